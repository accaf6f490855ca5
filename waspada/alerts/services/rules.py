"""Alert rules: turn what the index and the reports say into alerts (one open alert per rule, region, marking)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from waspada.alerts.enums import OPEN_ALERT_STATUSES, AlertStatus, RuleKind
from waspada.alerts.models import Alert, AlertRule, RiskAssessment
from waspada.alerts.selectors import latest_assessment, risk_signal_rows
from waspada.alerts.services.risk import signals_from_reports
from waspada.alerts.signals import alert_raised, announce_after_commit
from waspada.audit.services import audit_record
from waspada.core.enums import LEVEL_RANK, Level, Marking
from waspada.engine import CountRule
from waspada.regions.models import Region


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
        hit = engine_rule.evaluate(region.code, region.short_name, signals_from_reports(rows), as_of)
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
            announce_after_commit(alert_raised, alert_id=alert.pk)
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
