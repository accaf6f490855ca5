"""An alert's life through the one transition function: every allowed move, every refused one, all audited."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from conftest import PASSWORD
from waspada.alerts.enums import AlertStatus
from waspada.alerts.models import Alert, AlertRule
from waspada.alerts.services.lifecycle import (
    ALERT_TRANSITIONS,
    alert_acknowledge,
    alert_close,
    alert_status_times,
    alert_transition,
)
from waspada.alerts.services.rules import alert_raise
from waspada.audit.models import AuditEvent
from waspada.cases.enums import CaseStage
from waspada.cases.services import case_open_from_alert
from waspada.core.exceptions import ApplicationError
from waspada.regions.models import Region

pytestmark = pytest.mark.django_db

RAISED = timezone.now().replace(second=0, microsecond=0) - dt.timedelta(hours=2)
ALL = (AlertStatus.BARU, AlertStatus.DIAKUI, AlertStatus.DITINDAKLANJUTI, AlertStatus.DITUTUP)
ALLOWED = {
    (AlertStatus.BARU, AlertStatus.DIAKUI),
    (AlertStatus.BARU, AlertStatus.DITINDAKLANJUTI),
    (AlertStatus.BARU, AlertStatus.DITUTUP),
    (AlertStatus.DIAKUI, AlertStatus.DITINDAKLANJUTI),
    (AlertStatus.DIAKUI, AlertStatus.DITUTUP),
    (AlertStatus.DITINDAKLANJUTI, AlertStatus.DITUTUP),
}


def an_alert(marking: str = "terbatas") -> Alert:
    alert = alert_raise(
        rule=AlertRule.objects.get(code="laporan-keparahan-24j"),
        region=Region.objects.get(code="64.08"),
        level="waspada",
        marking=marking,
        title="Kutai Timur: 3 laporan serius dalam 24 jam",
        explanation="uji",
        report_ids=[],
        raised_at=RAISED,
    )
    assert alert is not None
    return alert


def alert_in(status: str, actor: Any) -> Alert:
    """An alert brought straight to `status` (each status is one move away from baru)."""
    alert = an_alert()
    if status != AlertStatus.BARU:
        alert = alert_transition(actor=actor, alert=alert, to_status=status, outcome="tidak_dapat_dipastikan")
    return alert


def test_the_transition_table_is_the_documented_lifecycle() -> None:
    assert {(a, b) for a, targets in ALERT_TRANSITIONS.items() for b in targets} == ALLOWED


@pytest.mark.parametrize("start", ALL)
@pytest.mark.parametrize("target", [AlertStatus.DIAKUI, AlertStatus.DITINDAKLANJUTI, AlertStatus.DITUTUP])
def test_every_move_is_either_allowed_and_audited_or_refused_and_changes_nothing(
    analis: Any, start: str, target: str
) -> None:
    alert = alert_in(start, analis)
    before = AuditEvent.objects.filter(object_type="alert", object_id=str(alert.pk)).count()
    if (start, target) in ALLOWED:
        moved = alert_transition(
            actor=analis, alert=alert, to_status=target, outcome="alarm_palsu" if target == "ditutup" else ""
        )
        assert moved.status == target
        assert moved.acknowledged_at is not None and moved.acknowledged_by == analis
        event = AuditEvent.objects.filter(object_type="alert", object_id=str(alert.pk)).latest("id")
        assert (event.data["from"], event.data["to"], event.actor) == (start, target, analis)
    else:
        with pytest.raises(ApplicationError):
            alert_transition(actor=analis, alert=alert, to_status=target, outcome="alarm_palsu")
        assert Alert.objects.get(pk=alert.pk).status == start
        assert AuditEvent.objects.filter(object_type="alert", object_id=str(alert.pk)).count() == before


def test_nothing_moves_back_to_baru(analis: Any) -> None:
    alert = an_alert()
    with pytest.raises(ApplicationError, match="tidak dikenal"):
        alert_transition(actor=analis, alert=alert, to_status=AlertStatus.BARU)


def test_each_status_keeps_the_moment_it_began(analis: Any, operator_kutim: Any) -> None:
    alert = an_alert()
    acknowledged = RAISED + dt.timedelta(minutes=20)
    alert_acknowledge(actor=analis, alert=alert, now=acknowledged)
    case = case_open_from_alert(
        actor=analis, alert=alert, stage=CaseStage.PENCEGAHAN, assignee=operator_kutim, first_action="Dialog warga."
    )
    closed = timezone.now() + dt.timedelta(minutes=1)
    alert = alert_close(actor=analis, alert=alert, outcome="benar", event_at=RAISED + dt.timedelta(hours=1), now=closed)
    assert [label for label, _when in alert_status_times(alert)] == ["Baru", "Diakui", "Ditindaklanjuti", "Ditutup"]
    assert [when for _label, when in alert_status_times(alert)] == [RAISED, acknowledged, case.opened_at, closed]
    assert (alert.acknowledged_by, alert.closed_by, alert.outcome) == (analis, analis, "benar")
    actions = AuditEvent.objects.filter(object_type="alert", object_id=str(alert.pk)).values_list("action", flat=True)
    assert list(actions.order_by("id")) == ["alert.raise", "alert.acknowledge", "alert.handle", "alert.close"]


def test_a_second_case_leaves_the_alert_ditindaklanjuti(analis: Any, operator_kutim: Any) -> None:
    alert = an_alert()
    for action in ("Dialog warga.", "Koordinasi Polres."):
        case_open_from_alert(
            actor=analis, alert=alert, stage=CaseStage.PENCEGAHAN, assignee=operator_kutim, first_action=action
        )
    assert Alert.objects.get(pk=alert.pk).status == AlertStatus.DITINDAKLANJUTI
    assert AuditEvent.objects.filter(action="alert.handle", object_id=str(alert.pk)).count() == 1


def test_closing_needs_an_outcome_and_a_true_alert_needs_the_event_time(analis: Any) -> None:
    alert = an_alert()
    now = RAISED + dt.timedelta(hours=3)
    for outcome, event_at, message in (
        ("", None, "Pilih hasil"),
        ("menang", None, "Pilih hasil"),
        ("benar", None, "waktu kejadian sebenarnya"),
        ("alarm_palsu", RAISED, "hanya diisi bila peringatan benar"),
        ("benar", now + dt.timedelta(hours=1), "masa depan"),
        ("benar", RAISED - dt.timedelta(days=31), "lebih dari 30 hari"),
    ):
        with pytest.raises(ApplicationError, match=message):
            alert_close(actor=analis, alert=alert, outcome=outcome, event_at=event_at, now=now)
    assert Alert.objects.get(pk=alert.pk).status == AlertStatus.BARU
    # A warning that came after the event is still a true one (with a negative lead time).
    closed = alert_close(actor=analis, alert=alert, outcome="benar", event_at=RAISED - dt.timedelta(hours=2), now=now)
    assert closed.event_at == RAISED - dt.timedelta(hours=2)


def test_staff_without_the_right_cannot_move_an_alert(operator_kutim: Any, pimpinan: Any, fkdm_kutim: Any) -> None:
    alert = an_alert()
    for actor in (operator_kutim, pimpinan, fkdm_kutim):
        for target in (AlertStatus.DIAKUI, AlertStatus.DITUTUP, AlertStatus.DITINDAKLANJUTI):
            with pytest.raises(ApplicationError, match="tidak berwenang"):
                alert_transition(actor=actor, alert=alert, to_status=target, outcome="alarm_palsu")
    assert Alert.objects.get(pk=alert.pk).status == AlertStatus.BARU


def test_a_rahasia_alert_moves_only_for_kominda(analis: Any, kominda: Any) -> None:
    alert = an_alert(marking="rahasia")
    with pytest.raises(ApplicationError):
        alert_acknowledge(actor=analis, alert=alert)
    assert alert_acknowledge(actor=kominda, alert=alert).status == AlertStatus.DIAKUI


# --- Through the pages ------------------------------------------------------------------------------------


def client_for(username: str) -> Client:
    client = Client()
    assert client.login(username=username, password=PASSWORD)
    return client


def test_the_close_form_asks_for_the_event_time_of_a_true_alert(analis: Any) -> None:
    alert = an_alert()
    client = client_for("analis")
    page = client.get(f"/peringatan/{alert.pk}/").content.decode()
    assert 'name="event_at"' in page and "Tahap eskalasi" in page and "Staf kabupaten/kota" in page
    response = client.post(f"/peringatan/{alert.pk}/tutup/", {"outcome": "benar"})
    assert response.status_code == 400
    assert "Isi waktu kejadian sebenarnya" in response.content.decode()
    assert Alert.objects.get(pk=alert.pk).status == AlertStatus.BARU
    event = timezone.localtime(RAISED + dt.timedelta(hours=1, minutes=30))
    response = client.post(
        f"/peringatan/{alert.pk}/tutup/",
        {"outcome": "benar", "event_at": event.strftime("%Y-%m-%dT%H:%M"), "note": "Bentrok terjadi sore hari."},
    )
    assert response.status_code == 302
    alert.refresh_from_db()
    assert (alert.status, alert.outcome, alert.event_at) == ("ditutup", "benar", event.replace(second=0))
    page = client.get(f"/peringatan/{alert.pk}/").content.decode()
    assert "waktu tunggu" in page and "1 jam 30 menit" in page


def test_closing_twice_through_the_page_is_refused_with_a_message(analis: Any) -> None:
    alert = an_alert()
    client = client_for("analis")
    assert client.post(f"/peringatan/{alert.pk}/tutup/", {"outcome": "alarm_palsu"}).status_code == 302
    response = client.post(f"/peringatan/{alert.pk}/tutup/", {"outcome": "tidak_dapat_dipastikan"}, follow=True)
    assert "sudah ditutup" in response.content.decode()
    assert Alert.objects.get(pk=alert.pk).outcome == "alarm_palsu"
