"""Kerawanan assessments, alert rules and the alert lifecycle."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from waspada.accounts.permissions import can
from waspada.alerts.enums import OPEN_ALERT_STATUSES, AlertOutcome, AlertStatus, RuleKind
from waspada.alerts.models import Alert, AlertRule, RiskAssessment
from waspada.alerts.selectors import latest_assessment, risk_signal_rows
from waspada.audit.services import audit_record
from waspada.core.enums import LEVEL_RANK, Level, Marking
from waspada.core.exceptions import ApplicationError
from waspada.engine import ENGINE_VERSION, CountRule, ReportSignal, score_region
from waspada.intake.models import Report
from waspada.regions.models import Region, RegionLevel

logger = logging.getLogger(__name__)


def grading_weight(reliability: str, credibility: int) -> float:
    """How much one report counts in the index, from its Admiralty grading."""
    if reliability in "DE" or credibility in (4, 5):
        return 0.4
    if reliability == "F" or credibility == 6:
        return 0.7
    return 1.0


def _signals(rows: Iterable[Report]) -> list[ReportSignal]:
    return [
        ReportSignal(
            report_id=str(r.pk),
            occurred_at=r.occurred_at,
            severity=r.severity or 0,
            category=r.category or None,
            place_code=r.region_id,
            weight=grading_weight(r.reliability, r.credibility),
        )
        for r in rows
    ]


def region_risk_and_alerts_update(*, region_code: str, as_of: dt.datetime | None = None) -> RiskAssessment:
    as_of = as_of or timezone.now()
    assessment = risk_recompute(region_code=region_code, as_of=as_of)
    alert_rules_evaluate(region_code=region_code, as_of=as_of, assessment=assessment)
    return assessment


def risk_recompute(*, region_code: str, as_of: dt.datetime) -> RiskAssessment:
    """Score one kab/kota from its non-rahasia reports as known at `as_of` (rahasia never colours the map)."""
    region = Region.objects.get(code=region_code, level=RegionLevel.KABKOTA)
    rows = risk_signal_rows(region_code=region_code, as_of=as_of).only(
        "pk", "occurred_at", "severity", "category", "region_id", "reliability", "credibility"
    )
    score = score_region(region.code, region.short_name, _signals(rows), as_of)
    with transaction.atomic():
        previous = latest_assessment(region_code=region_code, before=as_of)
        assessment = RiskAssessment.objects.create(
            region=region,
            as_of=as_of,
            score=round(score.score, 2),
            level=score.level,
            previous_level=previous.level if previous else Level.NORMAL,
            indicators={k: round(v, 2) for k, v in score.indicators.items()},
            explanation=score.explanation,
            driver_report_ids=[int(i) for i in score.driver_report_ids],
            engine_version=ENGINE_VERSION,
        )
        if assessment.level != assessment.previous_level:
            audit_record(
                action="risk.level_change",
                actor_label="sistem",
                target=assessment,
                region_code=region.code,
                marking=Marking.TERBATAS,
                summary=f"{region.short_name}: {assessment.previous_level} → {assessment.level}",
                data={"score": assessment.score},
            )
    return assessment


def alert_rules_evaluate(
    *, region_code: str, as_of: dt.datetime, assessment: RiskAssessment | None = None
) -> list[Alert]:
    region = Region.objects.get(code=region_code)
    raised: list[Alert] = []
    for rule in AlertRule.objects.filter(active=True):
        if rule.kind == RuleKind.COUNT:
            raised.extend(_evaluate_count_rule(rule, region, as_of))
        elif rule.kind == RuleKind.LEVEL and assessment is not None:
            alert = _evaluate_level_rule(rule, region, assessment)
            if alert is not None:
                raised.append(alert)
    return raised


def _evaluate_count_rule(rule: AlertRule, region: Region, as_of: dt.datetime) -> list[Alert]:
    params = rule.params
    engine_rule = CountRule(
        code=rule.code,
        min_reports=int(params.get("min_reports", 3)),
        min_severity=int(params.get("min_severity", 2)),
        window_hours=int(params.get("window_hours", 24)),
    )
    current = latest_assessment(region_code=region.code, before=as_of)
    level = _max_level(rule.level, current.level if current else Level.NORMAL)
    # First over what everyone in scope may see; only if that is quiet, over rahasia too (a Kominda-only alert).
    for marking, include_rahasia in ((Marking.TERBATAS, False), (Marking.RAHASIA, True)):
        rows = risk_signal_rows(region_code=region.code, as_of=as_of, include_rahasia=include_rahasia)
        hit = engine_rule.evaluate(region.code, region.short_name, _signals(rows), as_of)
        if hit is not None:
            found = alert_raise(
                rule=rule,
                region=region,
                level=level,
                marking=marking,
                title=_("%(region)s: %(count)s laporan serius dalam %(hours)s jam")
                % {"region": region.short_name, "count": hit.count, "hours": engine_rule.window_hours},
                explanation=hit.explanation,
                report_ids=[int(i) for i in hit.report_ids],
                raised_at=as_of,
            )
            return [found] if found else []
    return []


def _evaluate_level_rule(rule: AlertRule, region: Region, assessment: RiskAssessment) -> Alert | None:
    threshold = LEVEL_RANK[Level(rule.params.get("min_level", Level.SIAGA))]
    rose = LEVEL_RANK[Level(assessment.level)] >= threshold > LEVEL_RANK[Level(assessment.previous_level)]
    if not rose:
        return None
    return alert_raise(
        rule=rule,
        region=region,
        level=assessment.level,
        marking=Marking.TERBATAS,
        title=_("%(region)s naik ke tingkat %(level)s")
        % {"region": region.short_name, "level": Level(assessment.level).label},
        explanation=assessment.explanation,
        report_ids=list(assessment.driver_report_ids),
        raised_at=assessment.as_of,
    )


def _max_level(a: str, b: str) -> str:
    return a if LEVEL_RANK[Level(a)] >= LEVEL_RANK[Level(b)] else b


def alert_raise(
    *,
    rule: AlertRule,
    region: Region,
    level: str,
    marking: str,
    title: str,
    explanation: str,
    report_ids: list[int],
    raised_at: dt.datetime,
) -> Alert | None:
    """Raise an alert, or fold the news into the one already open for this rule, region and marking.

    Nothing is raised when every report behind it was already behind an alert that an analyst closed.
    """
    with transaction.atomic():
        alert = (
            Alert.objects.select_for_update()
            .filter(rule=rule, region=region, marking=marking, status__in=OPEN_ALERT_STATUSES)
            .first()
        )
        if alert is None:
            if report_ids and set(report_ids) <= _recently_closed_report_ids(rule, region, marking, raised_at):
                return None
            alert = Alert.objects.create(
                rule=rule,
                region=region,
                level=level,
                marking=marking,
                title=title,
                explanation=explanation,
                report_ids=sorted(set(report_ids)),
                raised_at=raised_at,
            )
            audit_record(action="alert.raise", actor_label="sistem", target=alert, summary=title)
            return alert
        merged = sorted(set(alert.report_ids) | set(report_ids))
        new_level = _max_level(alert.level, level)
        if merged != alert.report_ids or new_level != alert.level:
            alert.report_ids = merged
            alert.level = new_level
            alert.explanation = explanation
            alert.title = title
            alert.save()
            audit_record(
                action="alert.update",
                actor_label="sistem",
                target=alert,
                summary=title,
                data={"report_ids": merged, "level": new_level},
            )
        return alert


def _recently_closed_report_ids(rule: AlertRule, region: Region, marking: str, when: dt.datetime) -> set[int]:
    closed = Alert.objects.filter(
        rule=rule,
        region=region,
        marking=marking,
        status=AlertStatus.DITUTUP,
        raised_at__gte=when - dt.timedelta(days=7),
    ).values_list("report_ids", flat=True)
    return {report_id for ids in closed for report_id in ids}


def alert_acknowledge(*, actor: Any, alert: Alert) -> Alert:
    if not can(actor, "alert.acknowledge", alert):
        raise ApplicationError(_("Anda tidak berwenang mengakui peringatan ini."))
    with transaction.atomic():
        alert = Alert.objects.select_for_update().get(pk=alert.pk)
        if alert.status != AlertStatus.BARU:
            raise ApplicationError(_("Peringatan ini sudah diakui."))
        alert.status = AlertStatus.DIAKUI
        alert.acknowledged_at = timezone.now()
        alert.acknowledged_by = actor
        alert.save()
        audit_record(action="alert.acknowledge", actor=actor, target=alert, summary=alert.title)
    return alert


def alert_mark_handled(*, actor: Any, alert: Alert) -> Alert:
    """A case was opened for the alert: it is being acted on (acknowledging it if nobody had)."""
    alert = Alert.objects.select_for_update().get(pk=alert.pk)
    if alert.status == AlertStatus.DITUTUP:
        raise ApplicationError(_("Peringatan ini sudah ditutup."))
    now = timezone.now()
    if alert.acknowledged_at is None:
        alert.acknowledged_at, alert.acknowledged_by = now, actor
    alert.status = AlertStatus.DITINDAKLANJUTI
    alert.save()
    audit_record(action="alert.handle", actor=actor, target=alert, summary=alert.title)
    return alert


def alert_close(*, actor: Any, alert: Alert, outcome: str, note: str = "") -> Alert:
    if not can(actor, "alert.close", alert):
        raise ApplicationError(_("Anda tidak berwenang menutup peringatan ini."))
    if outcome not in AlertOutcome.values:
        raise ApplicationError(_("Pilih hasil penutupan peringatan."))
    with transaction.atomic():
        alert = Alert.objects.select_for_update().get(pk=alert.pk)
        if alert.status == AlertStatus.DITUTUP:
            raise ApplicationError(_("Peringatan ini sudah ditutup."))
        alert.status = AlertStatus.DITUTUP
        alert.outcome = outcome
        alert.closing_note = note
        alert.closed_at = timezone.now()
        alert.closed_by = actor
        alert.save()
        audit_record(action="alert.close", actor=actor, target=alert, summary=alert.title, data={"outcome": outcome})
    return alert


def risk_recompute_province(*, province_code: str, as_of: dt.datetime | None = None) -> list[RiskAssessment]:
    """The daily pass: every kab/kota of the province, so quiet regions settle back to Normal."""
    as_of = as_of or timezone.now()
    codes = Region.objects.filter(parent_id=province_code, level=RegionLevel.KABKOTA).values_list("code", flat=True)
    return [region_risk_and_alerts_update(region_code=code, as_of=as_of) for code in codes]
