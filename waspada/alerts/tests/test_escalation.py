"""An alert nobody acknowledges climbs the chain of responsibility, one step per missed deadline, exactly once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from waspada.alerts.enums import AlertStatus
from waspada.alerts.models import Alert, AlertRule
from waspada.alerts.services.escalation import (
    alert_escalate,
    alerts_escalate_due,
    escalation_due_at,
    escalation_recipients,
)
from waspada.alerts.services.lifecycle import alert_acknowledge
from waspada.alerts.services.rules import alert_raise
from waspada.alerts.signals import alert_escalated
from waspada.audit.models import AuditEvent
from waspada.regions.models import Region

pytestmark = pytest.mark.django_db

RAISED = timezone.now().replace(second=0, microsecond=0) - dt.timedelta(days=1)


def minutes(n: float) -> dt.datetime:
    return RAISED + dt.timedelta(minutes=n)


@pytest.fixture(autouse=True)
def deadlines(settings: Any) -> None:
    settings.WASPADA_ALERT_ACK_MINUTES = 60
    settings.WASPADA_ALERT_ACK_MINUTES_BY_LEVEL = {"awas": 15}
    settings.WASPADA_ALERT_ESCALATION_MAX = 2


@pytest.fixture
def heard() -> Any:
    calls: list[tuple[int, int]] = []

    def listener(sender: Any, alert_id: int, escalation_level: int, **kwargs: Any) -> None:
        calls.append((alert_id, escalation_level))

    alert_escalated.connect(listener)
    yield calls
    alert_escalated.disconnect(listener)


def an_alert(level: str = "waspada", region: str = "64.08", marking: str = "terbatas") -> Alert:
    alert = alert_raise(
        rule=AlertRule.objects.get(code="laporan-keparahan-24j"),
        region=Region.objects.get(code=region),
        level=level,
        marking=marking,
        title=f"Uji {level}",
        explanation="uji",
        report_ids=[],
        raised_at=RAISED,
    )
    assert alert is not None
    # The deadline runs from when the alert appeared in Waspada (here: when the evidence was known, too).
    Alert.objects.filter(pk=alert.pk).update(created_at=RAISED)
    alert.refresh_from_db()
    return alert


def test_an_unacknowledged_alert_climbs_one_step_per_deadline_up_to_pimpinan(
    heard: list[tuple[int, int]], django_capture_on_commit_callbacks: Any
) -> None:
    alert = an_alert()
    assert escalation_due_at(alert) == minutes(60)
    with django_capture_on_commit_callbacks(execute=True):
        assert alerts_escalate_due(now=minutes(59)) == []
        assert alerts_escalate_due(now=minutes(60)) == [alert.pk]
        # The next step waits a full deadline from the escalation, not from the raising.
        assert alerts_escalate_due(now=minutes(119)) == []
        assert alerts_escalate_due(now=minutes(120)) == [alert.pk]
        # Pimpinan is the top: nothing further, however long it waits.
        assert alerts_escalate_due(now=minutes(1000)) == []
    alert.refresh_from_db()
    assert (alert.escalation_level, alert.escalated_at) == (2, minutes(120))
    assert escalation_due_at(alert) is None
    assert heard == [(alert.pk, 1), (alert.pk, 2)]
    events = AuditEvent.objects.filter(action="alert.escalate", object_id=str(alert.pk)).order_by("id")
    assert [(e.data["from"], e.data["to"], e.actor_label) for e in events] == [(0, 1, "sistem"), (1, 2, "sistem")]


def test_an_awas_alert_has_its_own_shorter_deadline() -> None:
    awas, waspada = an_alert("awas"), an_alert("waspada", region="64.03")
    assert alerts_escalate_due(now=minutes(15)) == [awas.pk]
    assert Alert.objects.get(pk=waspada.pk).escalation_level == 0


def test_acknowledging_stops_the_escalation(analis: Any, heard: list[tuple[int, int]]) -> None:
    alert = an_alert()
    alert_acknowledge(actor=analis, alert=alert, now=minutes(30))
    assert alerts_escalate_due(now=minutes(600)) == []
    alert.refresh_from_db()
    assert alert.escalation_level == 0 and escalation_due_at(alert) is None
    assert heard == []


def test_escalation_can_stop_at_the_analysts_or_be_switched_off(settings: Any) -> None:
    alert = an_alert()
    settings.WASPADA_ALERT_ESCALATION_MAX = 1
    alerts_escalate_due(now=minutes(60))
    alerts_escalate_due(now=minutes(500))
    assert Alert.objects.get(pk=alert.pk).escalation_level == 1
    settings.WASPADA_ALERT_ESCALATION_MAX = 0
    other = an_alert(region="64.03")
    assert alerts_escalate_due(now=minutes(500)) == []
    assert Alert.objects.get(pk=other.pk).escalation_level == 0


def test_two_schedulers_racing_escalate_once(
    heard: list[tuple[int, int]], django_capture_on_commit_callbacks: Any
) -> None:
    alert = an_alert()
    # Both schedulers read the alert at step 0 before either writes: only the first claim matches.
    with django_capture_on_commit_callbacks(execute=True):
        first = alert_escalate(alert_id=alert.pk, from_level=0, now=minutes(60))
        second = alert_escalate(alert_id=alert.pk, from_level=0, now=minutes(60) + dt.timedelta(seconds=1))
        # And a full pass after that, at the same moment, finds nothing due.
        assert alerts_escalate_due(now=minutes(60)) == []
    assert (first, second) == (True, False)
    alert.refresh_from_db()
    assert (alert.escalation_level, alert.escalated_at) == (1, minutes(60))
    assert AuditEvent.objects.filter(action="alert.escalate").count() == 1
    assert heard == [(alert.pk, 1)]


def test_an_acknowledgement_between_read_and_claim_wins(analis: Any) -> None:
    alert = an_alert()
    alert_acknowledge(actor=analis, alert=alert, now=minutes(59))
    assert alert_escalate(alert_id=alert.pk, from_level=0, now=minutes(60)) is False
    assert Alert.objects.get(pk=alert.pk).status == AlertStatus.DIAKUI


def test_each_step_names_who_holds_the_alert(
    analis: Any, operator_kutim: Any, operator_berau: Any, kominda: Any, pimpinan: Any, make_user: Any
) -> None:
    make_user("kominda.kutim", "kominda", "64.08")
    alert = an_alert()
    names = [{u.username for u in escalation_recipients(alert, step)} for step in (0, 1, 2)]
    assert names == [{"operator.kutim", "kominda.kutim"}, {"analis", "kominda"}, {"pimpinan"}]
    secret = an_alert(marking="rahasia", region="64.03")
    names = [{u.username for u in escalation_recipients(secret, step)} for step in (0, 1, 2)]
    assert names == [set(), {"kominda"}, set()]


def test_an_alert_from_imported_history_gets_its_full_deadline_from_when_it_appeared(
    heard: list[tuple[int, int]],
) -> None:
    old = alert_raise(
        rule=AlertRule.objects.get(code="laporan-keparahan-24j"),
        region=Region.objects.get(code="64.08"),
        level="waspada",
        marking="terbatas",
        title="Dari arsip",
        explanation="uji",
        report_ids=[],
        raised_at=timezone.now() - dt.timedelta(days=30),
    )
    assert old is not None
    assert alerts_escalate_due(now=timezone.now() + dt.timedelta(minutes=5)) == []
