"""From analysed reports to a kerawanan level and an alert, and through the alert's life."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from waspada.alerts.enums import AlertStatus
from waspada.alerts.models import Alert, RiskAssessment
from waspada.alerts.services import alert_acknowledge, alert_close, region_risk_and_alerts_update
from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel, Marking
from waspada.core.exceptions import ApplicationError
from waspada.intake.enums import AnalysisStatus
from waspada.intake.models import Report
from waspada.intake.services import report_submit

pytestmark = pytest.mark.django_db


def analysed(
    region: str,
    severity: int,
    *,
    hours_ago: float = 1,
    marking: str = Marking.TERBATAS,
    category: str = "sengketa_lahan",
) -> Report:
    when = timezone.now() - dt.timedelta(hours=hours_ago)
    report = report_submit(
        channel=Channel.FIELD_REPORT,
        title=f"Kejadian keparahan {severity}",
        text="Uraian fakta kejadian.",
        region_code=region,
        occurred_at=when,
        received_at=when,
        marking=marking,
        enqueue_analysis=False,
    ).report
    Report.objects.filter(pk=report.pk).update(
        severity=severity, category=category, analysis_status=AnalysisStatus.DONE
    )
    return Report.objects.get(pk=report.pk)


def test_three_serious_reports_in_a_day_raise_one_alert_with_its_reasons() -> None:
    reports = [analysed("64.08.01", 2, hours_ago=h) for h in (20, 10, 2)]
    region_risk_and_alerts_update(region_code="64.08")
    alert = Alert.objects.get(rule__code="laporan-keparahan-24j")
    assert alert.region_id == "64.08"
    assert alert.status == AlertStatus.BARU
    assert alert.marking == Marking.TERBATAS
    assert sorted(alert.report_ids) == sorted(r.pk for r in reports)
    assert "Kutai Timur" in alert.explanation
    assert AuditEvent.objects.filter(action="alert.raise", object_id=str(alert.pk)).exists()


def test_two_serious_reports_or_three_mild_ones_raise_nothing() -> None:
    analysed("64.08", 2, hours_ago=3)
    analysed("64.08", 2, hours_ago=2)
    for h in (1, 2, 3):
        analysed("64.08", 1, hours_ago=h)
    analysed("64.08", 2, hours_ago=30)  # outside the 24-hour window
    region_risk_and_alerts_update(region_code="64.08")
    assert not Alert.objects.filter(rule__code="laporan-keparahan-24j").exists()


def test_a_fourth_report_updates_the_open_alert_instead_of_raising_another() -> None:
    for h in (5, 4, 3):
        analysed("64.08", 2, hours_ago=h)
    region_risk_and_alerts_update(region_code="64.08")
    fourth = analysed("64.08", 3, hours_ago=1)
    region_risk_and_alerts_update(region_code="64.08")
    alerts = Alert.objects.filter(rule__code="laporan-keparahan-24j")
    assert alerts.count() == 1
    assert fourth.pk in alerts.get().report_ids


def test_rahasia_reports_never_colour_the_map_and_raise_only_a_kominda_alert() -> None:
    for h in (3, 2, 1):
        analysed("64.03", 3, hours_ago=h, marking=Marking.RAHASIA)
    assessment = region_risk_and_alerts_update(region_code="64.03")
    assert assessment.level == "normal"
    alert = Alert.objects.get(rule__code="laporan-keparahan-24j")
    assert alert.marking == Marking.RAHASIA


def test_an_escalating_conflict_raises_the_level_and_a_level_alert() -> None:
    # Nine reports in 72 hours from four desa of Kecamatan Sangkulirang, three of them violent.
    places = ["64.08.05.2001", "64.08.05.2002", "64.08.05.2003", "64.08.05.2004"]
    for i, severity in enumerate([1, 2, 2, 2, 2, 3, 2, 3, 3]):
        analysed(places[i % len(places)], severity, hours_ago=70 - i * 8)
    assessment = region_risk_and_alerts_update(region_code="64.08")
    assert assessment.level in {"siaga", "awas"}
    assert assessment.previous_level == "normal"
    assert Alert.objects.filter(rule__code="kenaikan-tingkat-siaga", region_id="64.08").exists()
    assert AuditEvent.objects.filter(action="risk.level_change", region_code="64.08").exists()


def test_acknowledge_then_close_with_an_outcome(analis: Any) -> None:
    for h in (3, 2, 1):
        analysed("64.08", 2, hours_ago=h)
    region_risk_and_alerts_update(region_code="64.08")
    alert = Alert.objects.get(rule__code="laporan-keparahan-24j")
    alert_acknowledge(actor=analis, alert=alert)
    with pytest.raises(ApplicationError):
        alert_acknowledge(actor=analis, alert=alert)
    alert_close(actor=analis, alert=alert, outcome="alarm_palsu", note="Hanya latihan.")
    alert.refresh_from_db()
    assert (alert.status, alert.outcome, alert.closed_by) == (AlertStatus.DITUTUP, "alarm_palsu", analis)
    actions = list(AuditEvent.objects.filter(object_id=str(alert.pk)).values_list("action", flat=True))
    assert {"alert.raise", "alert.acknowledge", "alert.close"} <= set(actions)
    # The same reports do not raise the alert again once an analyst has closed it.
    region_risk_and_alerts_update(region_code="64.08")
    assert Alert.objects.filter(rule__code="laporan-keparahan-24j").count() == 1


def test_an_operator_cannot_acknowledge(operator_kutim: Any) -> None:
    for h in (3, 2, 1):
        analysed("64.08", 2, hours_ago=h)
    region_risk_and_alerts_update(region_code="64.08")
    alert = Alert.objects.get()
    with pytest.raises(ApplicationError):
        alert_acknowledge(actor=operator_kutim, alert=alert)
    assert Alert.objects.get().status == AlertStatus.BARU


def test_quiet_regions_stay_normal_and_assessments_keep_history() -> None:
    analysed("64.72", 0, hours_ago=5)
    analysed("64.72", 1, hours_ago=30)
    first = region_risk_and_alerts_update(region_code="64.72")
    second = region_risk_and_alerts_update(region_code="64.72")
    assert first.level == second.level == "normal"
    assert RiskAssessment.objects.filter(region_id="64.72").count() == 2


def test_issues_quiet_for_a_week_settle_and_leave_the_active_list() -> None:
    from waspada.issues.enums import IssueStatus
    from waspada.issues.models import Issue
    from waspada.issues.services import issue_attach_report, issues_settle

    old = analysed("64.02", 2, hours_ago=24 * 10)
    fresh = analysed("64.72", 2, hours_ago=2)
    from django.db import transaction

    with transaction.atomic():
        issue_attach_report(report=old)
        issue_attach_report(report=fresh)
    assert issues_settle(now=timezone.now()) == 1
    assert Issue.objects.get(region_id="64.02").status == IssueStatus.MEREDA
    assert Issue.objects.get(region_id="64.72").status == IssueStatus.AKTIF
