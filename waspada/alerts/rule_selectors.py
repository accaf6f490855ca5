"""Who sees and who may change which alert rule (reads only; the writes are in services/rules.py).

A rule narrowed to a region belongs to that region; a rule without one covers the whole installation, i.e.
the home province. A user sees the rules that can raise alerts in their regions (their region inside the
rule's, or the rule's inside theirs) and may change those whose region lies inside their own.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from waspada.accounts.permissions import can, region_in_scope, region_q
from waspada.alerts.enums import RuleKind
from waspada.alerts.models import AlertRule
from waspada.core.enums import Category, Domain, Level


def rule_home_region(rule: AlertRule) -> str:
    return rule.region_id or settings.WASPADA_HOME_REGION


def _ancestors(code: str) -> list[str]:
    parts = code.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def _overlaps(user: Any, code: str) -> bool:
    return region_in_scope(user, code) or any(c.startswith(f"{code}.") for c in user.region_codes())


def rules_for_user(user: Any) -> QuerySet[AlertRule]:
    if not can(user, "rule.view"):
        return AlertRule.objects.none()
    rules = AlertRule.objects.select_related("region")
    if getattr(user, "is_superuser", False):
        return rules
    ancestors = sorted({a for code in user.region_codes() for a in [*_ancestors(code), code]})
    query = region_q(user, "region__code") | Q(region__code__in=ancestors)
    if _overlaps(user, settings.WASPADA_HOME_REGION):
        query |= Q(region__isnull=True)
    return rules.filter(query)


def get_rule_for_user(user: Any, pk: int) -> AlertRule | None:
    return rules_for_user(user).filter(pk=pk).first()


def can_manage_rules(user: Any) -> bool:
    return can(user, "rule.manage")


def can_manage_rule(user: Any, rule: AlertRule) -> bool:
    return can(user, "rule.manage") and region_in_scope(user, rule_home_region(rule))


def describe_rule(rule: AlertRule) -> str:
    """What a rule waits for, in one Indonesian sentence fragment."""
    p = rule.params
    if rule.kind == RuleKind.COUNT:
        return _("≥ %(n)s laporan dengan keparahan ≥ %(sev)s dalam %(h)s jam") % {
            "n": p.get("min_reports", 3),
            "sev": p.get("min_severity", 2),
            "h": p.get("window_hours", 24),
        }
    if rule.kind == RuleKind.KEYWORD:
        return _("≥ %(n)s laporan dalam %(h)s jam menyebut: %(kw)s") % {
            "n": p.get("min_reports", 1),
            "h": p.get("window_hours", 24),
            "kw": ", ".join(f"«{k}»" for k in p.get("keywords", [])),
        }
    if rule.kind == RuleKind.LEVEL:
        level = p.get("min_level", Level.SIAGA)
        label = Level(level).label if level in Level.values else level
        return _("kab/kota naik ke tingkat %(level)s atau lebih") % {"level": label}
    return _("detektor lonjakan dengan skor ≥ %(score)s") % {"score": p.get("min_score", 3)}


def describe_narrowing(rule: AlertRule) -> str:
    parts = [rule.region.name if rule.region is not None else str(_("seluruh wilayah"))]
    if rule.domain in Domain.values:
        parts.append(str(_("bidang %(d)s") % {"d": Domain(rule.domain).label}))
    if rule.category in Category.values:
        parts.append(str(Category(rule.category).label))
    return " · ".join(parts)
