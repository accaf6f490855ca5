"""Opening a case from an alert and carrying it through its stages, every step audited."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from waspada.alerts.enums import AlertStatus
from waspada.alerts.models import Alert, AlertRule
from waspada.alerts.services import alert_raise
from waspada.audit.models import AuditEvent
from waspada.cases.enums import CaseStage, CaseStatus
from waspada.cases.services import case_add_action, case_open_from_alert, case_transition
from waspada.core.exceptions import ApplicationError
from waspada.regions.models import Region

pytestmark = pytest.mark.django_db


@pytest.fixture
def alert() -> Alert:
    raised = alert_raise(
        rule=AlertRule.objects.get(code="laporan-keparahan-24j"),
        region=Region.objects.get(code="64.08"),
        level="siaga",
        marking="terbatas",
        title="Kutai Timur: 3 laporan serius",
        explanation="uji",
        report_ids=[],
        raised_at=timezone.now(),
    )
    assert raised is not None
    return raised


def test_the_analyst_opens_a_case_with_stage_assignee_and_first_action(
    alert: Alert, analis: Any, operator_kutim: Any
) -> None:
    case = case_open_from_alert(
        actor=analis,
        alert=alert,
        stage=CaseStage.PENCEGAHAN,
        assignee=operator_kutim,
        first_action="Fasilitasi dialog warga dan perusahaan bersama FKUB.",
    )
    alert.refresh_from_db()
    assert alert.status == AlertStatus.DITINDAKLANJUTI and alert.acknowledged_by == analis
    assert (case.stage, case.status, case.assignee, case.region_id) == (
        "pencegahan",
        "dibuka",
        operator_kutim,
        "64.08",
    )
    assert case.actions.get().description.startswith("Fasilitasi dialog")
    assert set(AuditEvent.objects.filter(object_type="case").values_list("action", flat=True)) == {
        "case.open",
        "case.action",
    }


def test_an_assignee_who_cannot_see_the_alert_is_refused(alert: Alert, analis: Any, operator_berau: Any) -> None:
    with pytest.raises(ApplicationError, match="tidak dapat melihat"):
        case_open_from_alert(
            actor=analis, alert=alert, stage=CaseStage.PENCEGAHAN, assignee=operator_berau, first_action="x"
        )
    assert not alert.cases.exists()


def test_a_case_moves_only_along_allowed_transitions(alert: Alert, analis: Any, operator_kutim: Any) -> None:
    case = case_open_from_alert(
        actor=analis,
        alert=alert,
        stage=CaseStage.PENGHENTIAN,
        assignee=operator_kutim,
        first_action="Mediasi.",
    )
    case_add_action(actor=operator_kutim, case=case, description="Pertemuan dengan tokoh adat di balai desa.")
    case = case_transition(actor=operator_kutim, case=case, status=CaseStatus.BERJALAN)
    assert case.started_at is not None
    case = case_transition(actor=analis, case=case, status=CaseStatus.SELESAI, note="Kesepakatan damai ditandatangani.")
    assert case.resolved_at is not None and case.outcome.startswith("Kesepakatan")
    with pytest.raises(ApplicationError):
        case_transition(actor=analis, case=case, status=CaseStatus.DIBUKA)
    assert [a.kind for a in case.actions.all()] == ["tindakan", "tindakan", "status", "status"]


def test_a_leader_cannot_write_to_a_case(alert: Alert, analis: Any, operator_kutim: Any, pimpinan: Any) -> None:
    case = case_open_from_alert(
        actor=analis, alert=alert, stage=CaseStage.PENCEGAHAN, assignee=operator_kutim, first_action="x"
    )
    with pytest.raises(ApplicationError):
        case_add_action(actor=pimpinan, case=case, description="y")
    assert case.actions.count() == 1
