"""Alert rules: evaluated on every assessment and turned into de-duplicated alerts (kept in rule_editing.py).

Kinds (params in `AlertRule.params`):

- count   — at least `min_reports` reports of severity ≥ `min_severity` within `window_hours`;
- keyword — at least `min_reports` reports within `window_hours` whose normalised title and text contain one
            of `keywords` as whole words (a phrase matches as consecutive words);
- level   — the kab/kota rises to `min_level` or above;
- burst   — a burst detector's signal scores at least `min_score` (raised by the detection code through
            `alert_raise`, with `burst_rules_matching` picking the rules).

Any rule may be narrowed to a region (and everything below it), a bidang and a category; level rules only to
a region down to kab/kota, since the index is computed per kab/kota over every category.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from waspada.alerts.enums import OPEN_ALERT_STATUSES, AlertStatus, RuleKind
from waspada.alerts.models import Alert, AlertRule, RiskAssessment
from waspada.alerts.selectors import latest_assessment, risk_signal_rows
from waspada.alerts.services.risk import signals_from_reports
from waspada.alerts.signals import alert_raised, announce_after_commit
from waspada.audit.services import audit_record
from waspada.core.enums import LEVEL_RANK, Category, Domain, Level, Marking
from waspada.engine import CountRule
from waspada.engine.text import normalize
from waspada.intake.models import Report
from waspada.issues.models import Issue
from waspada.regions.models import Region

logger = logging.getLogger(__name__)

# Which params each kind keeps, with defaults for the ones left out.
PARAM_DEFAULTS: dict[str, dict[str, Any]] = {
    RuleKind.COUNT: {"min_reports": 3, "min_severity": 2, "window_hours": 24},
    RuleKind.KEYWORD: {"keywords": [], "min_reports": 1, "window_hours": 24, "min_severity": 0},
    RuleKind.LEVEL: {"min_level": Level.SIAGA},
    RuleKind.BURST: {"min_score": 3.0},
}
ALERT_LEVELS = (Level.WASPADA, Level.SIAGA, Level.AWAS)


# --- Evaluating the rules ---------------------------------------------------------------------------------


def rule_covers(rule: AlertRule, region_code: str) -> bool:
    """Whether a rule can raise alerts about a region (its narrowing region above, at or below it)."""
    code = rule.region_id
    return (
        code is None or region_code == code or region_code.startswith(f"{code}.") or code.startswith(f"{region_code}.")
    )


def _narrowed(rows: QuerySet[Report], rule: AlertRule, region: Region) -> QuerySet[Report]:
    code = rule.region_id
    if code and code.startswith(f"{region.code}."):
        rows = rows.filter(Q(region_id=code) | Q(region__code__startswith=f"{code}."))
    if rule.domain:
        rows = rows.filter(domain=rule.domain)
    if rule.category:
        rows = rows.filter(category=rule.category)
    return rows


def _narrowing_label(rule: AlertRule, region: Region) -> str:
    parts: list[str] = []
    if rule.region_id and rule.region_id.startswith(f"{region.code}.") and rule.region is not None:
        parts.append(rule.region.name)
    if rule.domain:
        parts.append(str(Domain(rule.domain).label))
    if rule.category:
        parts.append(str(Category(rule.category).label))
    return f" ({', '.join(parts)})" if parts else ""


def alert_rules_evaluate(
    *, region_code: str, as_of: dt.datetime, assessment: RiskAssessment | None = None
) -> list[Alert]:
    region = Region.objects.get(code=region_code)
    raised: list[Alert] = []
    for rule in AlertRule.objects.filter(active=True).select_related("region"):
        if not rule_covers(rule, region.code):
            continue
        alert: Alert | None = None
        if rule.kind == RuleKind.COUNT:
            alert = _evaluate_count_rule(rule, region, as_of)
        elif rule.kind == RuleKind.KEYWORD:
            alert = _evaluate_keyword_rule(rule, region, as_of)
        elif rule.kind == RuleKind.LEVEL and assessment is not None:
            alert = _evaluate_level_rule(rule, region, assessment)
        if alert is not None:
            raised.append(alert)
    return raised


# First over what everyone in scope may see; only if that is quiet, over rahasia too (a Kominda-only alert).
_MARKING_PASSES = ((Marking.TERBATAS, False), (Marking.RAHASIA, True))


def _current_level(rule: AlertRule, region: Region, as_of: dt.datetime) -> str:
    current = latest_assessment(region_code=region.code, before=as_of)
    return _max_level(rule.level, current.level if current else Level.NORMAL)


def _evaluate_count_rule(rule: AlertRule, region: Region, as_of: dt.datetime) -> Alert | None:
    params = {**PARAM_DEFAULTS[RuleKind.COUNT], **rule.params}
    engine_rule = CountRule(
        code=rule.code,
        min_reports=int(params["min_reports"]),
        min_severity=int(params["min_severity"]),
        window_hours=int(params["window_hours"]),
    )
    for marking, include_rahasia in _MARKING_PASSES:
        rows = _narrowed(
            risk_signal_rows(region_code=region.code, as_of=as_of, include_rahasia=include_rahasia), rule, region
        )
        hit = engine_rule.evaluate(region.code, region.short_name, signals_from_reports(rows), as_of)
        if hit is not None:
            return alert_raise(
                rule=rule,
                region=region,
                level=_current_level(rule, region, as_of),
                marking=marking,
                title=_("%(region)s: %(count)s laporan serius dalam %(hours)s jam")
                % {"region": region.short_name, "count": hit.count, "hours": engine_rule.window_hours}
                + _narrowing_label(rule, region),
                explanation=hit.explanation,
                report_ids=[int(i) for i in hit.report_ids],
                raised_at=as_of,
                category=rule.category,
            )
    return None


def keyword_patterns(keywords: Iterable[str]) -> list[tuple[str, str]]:
    """(keyword as written, its normalised form padded for whole-word matching)."""
    patterns = []
    for keyword in keywords:
        folded = normalize(keyword)
        if folded:
            patterns.append((keyword, f" {folded} "))
    return patterns


@lru_cache(maxsize=2048)
def _padded_reading(text: str) -> str:
    # Every report in a rule's window is read again at each new report of its region: read each text once.
    return f" {normalize(text)} "


def keywords_found(text: str, patterns: list[tuple[str, str]]) -> list[str]:
    """The keywords a text mentions as whole words ("bentrok" is not found in "berbentrokan")."""
    padded = _padded_reading(text)
    return [keyword for keyword, pattern in patterns if pattern in padded]


def _evaluate_keyword_rule(rule: AlertRule, region: Region, as_of: dt.datetime) -> Alert | None:
    params = {**PARAM_DEFAULTS[RuleKind.KEYWORD], **rule.params}
    patterns = keyword_patterns(params["keywords"])
    if not patterns:
        return None
    hours, min_reports, min_severity = (
        int(params["window_hours"]),
        int(params["min_reports"]),
        int(params["min_severity"]),
    )
    for marking, include_rahasia in _MARKING_PASSES:
        rows = _narrowed(
            risk_signal_rows(region_code=region.code, as_of=as_of, include_rahasia=include_rahasia), rule, region
        ).filter(occurred_at__gt=as_of - dt.timedelta(hours=hours))
        if min_severity:
            rows = rows.filter(severity__gte=min_severity)
        hits: list[int] = []
        mentions: Counter[str] = Counter()
        for report_id, title, text in rows.order_by("occurred_at", "pk").values_list("pk", "title", "text"):
            found = keywords_found(f"{title}. {text}", patterns)
            if found:
                hits.append(report_id)
                mentions.update(found)
        if len(hits) < min_reports:
            continue
        named = ", ".join(f"«{kw}»" for kw, _n in mentions.most_common(3))
        listed = ", ".join(f"{kw} ({n})" for kw, n in mentions.most_common())
        return alert_raise(
            rule=rule,
            region=region,
            level=_current_level(rule, region, as_of),
            marking=marking,
            title=_("%(region)s: %(count)s laporan menyebut %(keywords)s dalam %(hours)s jam")
            % {"region": region.short_name, "count": len(hits), "keywords": named, "hours": hours}
            + _narrowing_label(rule, region),
            explanation=_(
                "%(count)s laporan di %(region)s dalam %(hours)s jam terakhir menyebut kata kunci aturan "
                "«%(rule)s»: %(listed)s."
            )
            % {"count": len(hits), "region": region.short_name, "hours": hours, "rule": rule.name, "listed": listed},
            report_ids=hits,
            raised_at=as_of,
            category=rule.category,
        )
    return None


def _evaluate_level_rule(rule: AlertRule, region: Region, assessment: RiskAssessment) -> Alert | None:
    threshold = LEVEL_RANK[Level(rule.params.get("min_level", Level.SIAGA))]
    rose = LEVEL_RANK[Level(assessment.level)] >= threshold > LEVEL_RANK[Level(assessment.previous_level)]
    if not rose:
        return None
    return alert_raise(
        rule=rule,
        region=region,
        level=_max_level(rule.level, assessment.level),
        marking=Marking.TERBATAS,
        title=_("%(region)s naik ke tingkat %(level)s")
        % {"region": region.short_name, "level": Level(assessment.level).label},
        explanation=assessment.explanation,
        report_ids=list(assessment.driver_report_ids),
        raised_at=assessment.as_of,
    )


def burst_rules_matching(*, region_code: str, category: str, domain: str, score: float) -> list[AlertRule]:
    """The active burst rules a detector signal about this region, category and bidang should raise."""
    return [
        rule
        for rule in AlertRule.objects.filter(active=True, kind=RuleKind.BURST).select_related("region")
        if (rule.region_id is None or region_code == rule.region_id or region_code.startswith(f"{rule.region_id}."))
        and (not rule.category or rule.category == category)
        and (not rule.domain or rule.domain == domain)
        and score >= float(rule.params.get("min_score", PARAM_DEFAULTS[RuleKind.BURST]["min_score"]))
    ]


def _max_level(a: str, b: str) -> str:
    return a if LEVEL_RANK[Level(a)] >= LEVEL_RANK[Level(b)] else b


# --- Raising alerts, without duplicates or flapping -------------------------------------------------------


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
    category: str = "",
    issue: Issue | None = None,
) -> Alert | None:
    """Raise an alert, or fold the news into the one already open about the same thing.

    The same thing is the isu most of the reports belong to (one open alert per region × isu × marking,
    whichever rule found it), or, when the reports share no isu, the rule (one per region × rule × marking).
    Nothing is raised when the rule is inactive, when every report behind it was already behind an alert
    that an analyst closed, or within the rule's cooldown after its last alert here was closed (flapping).
    """
    if not rule.active:
        return None
    report_ids = sorted(set(report_ids))
    with transaction.atomic():
        shared_issue, common_category = _issue_and_category(report_ids, marking)
        issue = issue or shared_issue
        category = category or common_category
        alert = _open_alert_about(rule=rule, region=region, marking=marking, issue=issue)
        if alert is None:
            if report_ids and set(report_ids) <= _recently_closed_report_ids(rule, region, marking, raised_at):
                logger.info("alert %s/%s not raised: its reports were behind a closed alert", rule.code, region.code)
                return None
            if _cooling_down(rule, region, marking, raised_at):
                logger.info("alert %s/%s not raised: cooldown after a closed alert", rule.code, region.code)
                return None
            alert = Alert.objects.create(
                rule=rule,
                region=region,
                level=level,
                marking=marking,
                title=title[:200],
                explanation=explanation,
                report_ids=report_ids,
                raised_at=raised_at,
                category=category,
                issue=issue,
            )
            audit_record(
                action="alert.raise",
                actor_label="sistem",
                target=alert,
                summary=title,
                data={"rule": rule.code, "issue_id": issue.pk if issue else None},
            )
            announce_after_commit(alert_raised, alert_id=alert.pk)
            return alert
        return _fold(
            alert,
            rule=rule,
            level=level,
            title=title,
            explanation=explanation,
            report_ids=report_ids,
            issue=issue,
            category=category,
        )


def _fold(
    alert: Alert,
    *,
    rule: AlertRule,
    level: str,
    title: str,
    explanation: str,
    report_ids: list[int],
    issue: Issue | None,
    category: str,
) -> Alert:
    merged = sorted(set(alert.report_ids) | set(report_ids))
    new_level = _max_level(alert.level, level)
    rose = new_level != alert.level
    if merged == alert.report_ids and not rose:
        return alert
    alert.report_ids = merged
    alert.level = new_level
    alert.explanation = explanation
    alert.title = title[:200]
    if alert.issue_id is None and issue is not None:
        alert.issue = issue
    if not alert.category and category:
        alert.category = category
    alert.save()
    audit_record(
        action="alert.update",
        actor_label="sistem",
        target=alert,
        summary=title,
        data={"report_ids": merged, "level": new_level, "rule": rule.code},
    )
    if rose:
        # Subscribers of the higher level hear of it now; the alert is, for them, newly raised.
        announce_after_commit(alert_raised, alert_id=alert.pk)
    return alert


def _issue_and_category(report_ids: list[int], marking: str) -> tuple[Issue | None, str]:
    """The isu more than half of the reports belong to (if any), and their most common category."""
    if not report_ids:
        return None, ""
    rows = list(Report.objects.filter(pk__in=report_ids).values_list("issue_id", "issue__marking", "category"))
    categories = Counter(c for _i, _m, c in rows if c)
    issues = Counter(i for i, m, _c in rows if i is not None and (marking == Marking.RAHASIA or m != Marking.RAHASIA))
    issue = None
    if issues:
        issue_id, count = issues.most_common(1)[0]
        if count * 2 > len(report_ids):
            issue = Issue.objects.get(pk=issue_id)
    return issue, categories.most_common(1)[0][0] if categories else ""


def _open_alert_about(*, rule: AlertRule, region: Region, marking: str, issue: Issue | None) -> Alert | None:
    open_alerts = Alert.objects.select_for_update().filter(
        region=region, marking=marking, status__in=OPEN_ALERT_STATUSES
    )
    newest = ("-raised_at", "-id")
    if issue is not None:
        alert = open_alerts.filter(issue=issue).order_by(*newest).first()
        # An alert of this rule that had no isu yet takes this one on.
        return alert or open_alerts.filter(rule=rule, issue__isnull=True).order_by(*newest).first()
    return (
        open_alerts.filter(rule=rule, issue__isnull=True).order_by(*newest).first()
        or open_alerts.filter(rule=rule).order_by(*newest).first()
    )


def _cooling_down(rule: AlertRule, region: Region, marking: str, when: dt.datetime) -> bool:
    if rule.cooldown_hours <= 0:
        return False
    return Alert.objects.filter(
        rule=rule,
        region=region,
        marking=marking,
        status=AlertStatus.DITUTUP,
        closed_at__gt=when - dt.timedelta(hours=rule.cooldown_hours),
    ).exists()


def _recently_closed_report_ids(rule: AlertRule, region: Region, marking: str, when: dt.datetime) -> set[int]:
    closed = Alert.objects.filter(
        rule=rule,
        region=region,
        marking=marking,
        status=AlertStatus.DITUTUP,
        raised_at__gte=when - dt.timedelta(days=7),
    ).values_list("report_ids", flat=True)
    return {report_id for ids in closed for report_id in ids}
