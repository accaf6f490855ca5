"""Keeping the alert rules: create, change and (de)activate them, validated as a whole and audited.

The same checks serve the form (every problem shown beside its field) and the services (which refuse what the
form would have refused, whoever calls them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from waspada.accounts.permissions import can, region_in_scope
from waspada.alerts.enums import RuleKind
from waspada.alerts.models import AlertRule
from waspada.alerts.rule_selectors import can_manage_rule, rule_home_region
from waspada.alerts.services.rules import ALERT_LEVELS, PARAM_DEFAULTS
from waspada.audit.services import audit_record
from waspada.core.enums import Category, Domain, Level, Marking
from waspada.core.exceptions import ApplicationError
from waspada.core.text import clean_text
from waspada.engine.text import normalize
from waspada.regions.models import Region, RegionLevel

WINDOW_HOURS_MAX = 168
MIN_REPORTS_MAX = 1000
COOLDOWN_HOURS_MAX = 720
KEYWORDS_MAX = 50
KEYWORD_MIN_CHARS = 3
KEYWORD_MAX_CHARS = 100
MIN_SCORE_MAX = 100.0


class RuleInvalid(ApplicationError):
    """A rule that cannot be saved; `errors` maps each form field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()), extra={"fields": errors})
        self.errors = errors


@dataclass(frozen=True)
class RuleValues:
    name: str
    kind: str
    params: dict[str, Any]
    level: str
    region: Region | None
    domain: str
    category: str
    cooldown_hours: int


def alert_rule_clean(
    *,
    actor: Any,
    name: str,
    kind: str,
    params: Mapping[str, Any],
    level: str,
    region_code: str | None,
    domain: str,
    category: str,
    cooldown_hours: Any,
) -> RuleValues:
    """Check a rule as a whole and return it cleaned, or raise RuleInvalid naming every problem."""
    errors: dict[str, str] = {}
    name = clean_text(name, max_length=150, single_line=True)
    if not name:
        errors["name"] = _("Nama aturan wajib diisi.")
    if kind not in RuleKind.values:
        raise RuleInvalid({**errors, "kind": _("Jenis aturan tidak dikenal.")})
    if level not in ALERT_LEVELS:
        errors["level"] = _("Tingkat peringatan harus Waspada, Siaga atau Awas.")
    cleaned = _clean_params(kind, params, errors)
    region = _clean_region(actor, kind, (region_code or "").strip(), errors)
    if domain and domain not in Domain.values:
        errors["domain"] = _("Bidang tidak dikenal.")
    if category and category not in Category.values:
        errors["category"] = _("Kategori tidak dikenal.")
    if kind == RuleKind.LEVEL:
        for field in ("domain", "category"):
            if (domain if field == "domain" else category) and field not in errors:
                errors[field] = _(
                    "Aturan kenaikan tingkat berlaku untuk semua bidang dan kategori: "
                    "indeks kerawanan dihitung per kabupaten/kota."
                )
    cooldown = _int_between(cooldown_hours, 0, COOLDOWN_HOURS_MAX)
    if cooldown is None:
        errors["cooldown_hours"] = _("Jeda setelah ditutup harus antara 0 dan 720 jam (30 hari).")
    if errors:
        raise RuleInvalid(errors)
    return RuleValues(
        name=name,
        kind=kind,
        params=cleaned,
        level=level,
        region=region,
        domain=domain or "",
        category=category or "",
        cooldown_hours=cooldown or 0,
    )


def _int_between(raw: Any, low: int, high: int) -> int | None:
    if isinstance(raw, bool):
        return None
    try:
        value = int(raw)
    except (TypeError, ValueError):
        return None
    if isinstance(raw, float) and raw != value:
        return None
    return value if low <= value <= high else None


def _clean_params(kind: str, params: Mapping[str, Any], errors: dict[str, str]) -> dict[str, Any]:
    values = {**PARAM_DEFAULTS[kind], **{k: v for k, v in params.items() if k in PARAM_DEFAULTS[kind]}}
    if "min_reports" in values:
        values["min_reports"] = _int_between(values["min_reports"], 1, MIN_REPORTS_MAX)
        if values["min_reports"] is None:
            errors["min_reports"] = _("Jumlah laporan minimal harus antara 1 dan 1000.")
    if "window_hours" in values:
        values["window_hours"] = _int_between(values["window_hours"], 1, WINDOW_HOURS_MAX)
        if values["window_hours"] is None:
            errors["window_hours"] = _("Jendela waktu harus antara 1 dan 168 jam (7 hari).")
    if "min_severity" in values:
        values["min_severity"] = _int_between(values["min_severity"], 0, 3)
        if values["min_severity"] is None:
            errors["min_severity"] = _("Keparahan minimal harus 0, 1, 2 atau 3.")
    if kind == RuleKind.LEVEL and values["min_level"] not in ALERT_LEVELS:
        errors["min_level"] = _("Pilih tingkat kerawanan: Waspada, Siaga atau Awas.")
    if kind == RuleKind.BURST:
        try:
            score = float(values["min_score"])
        except (TypeError, ValueError):
            score = -1.0
        if not 0 < score <= MIN_SCORE_MAX:
            errors["min_score"] = _("Skor lonjakan minimal harus lebih dari 0 dan paling besar 100.")
        values["min_score"] = score
    if kind == RuleKind.KEYWORD:
        keywords, problem = clean_keywords(values["keywords"])
        if problem:
            errors["keywords"] = problem
        values["keywords"] = keywords
    return values


def clean_keywords(raw: Iterable[str] | str) -> tuple[list[str], str]:
    """Keywords as the analyst wrote them (one per line or comma-separated), de-duplicated; and a problem."""
    items = raw.replace("\n", ",").split(",") if isinstance(raw, str) else list(raw)
    keywords: list[str] = []
    seen: set[str] = set()
    for item in items:
        keyword = clean_text(str(item), single_line=True)
        if not keyword:
            continue
        if len(keyword) > KEYWORD_MAX_CHARS:
            return keywords, _("Kata kunci «%(kw)s…» terlalu panjang (paling banyak 100 karakter).") % {
                "kw": keyword[:30]
            }
        folded = normalize(keyword)
        if len(folded.replace(" ", "")) < KEYWORD_MIN_CHARS:
            return keywords, _("Kata kunci «%(kw)s» terlalu pendek: paling sedikit 3 huruf atau angka.") % {
                "kw": keyword
            }
        if folded not in seen:
            seen.add(folded)
            keywords.append(keyword)
    if not keywords:
        return keywords, _("Isi paling sedikit satu kata kunci.")
    if len(keywords) > KEYWORDS_MAX:
        return keywords, _("Paling banyak 50 kata kunci dalam satu aturan.")
    return keywords, ""


def _clean_region(actor: Any, kind: str, code: str, errors: dict[str, str]) -> Region | None:
    code = code.split()[0] if code else ""
    if not code:
        if not region_in_scope(actor, settings.WASPADA_HOME_REGION):
            errors["region"] = _(
                "Aturan untuk seluruh wilayah hanya dapat dibuat oleh pengguna tingkat provinsi; "
                "isi kode kabupaten/kota Anda."
            )
        return None
    region = Region.objects.filter(code=code).first()
    if region is None:
        errors["region"] = _("Kode wilayah «%(code)s» tidak dikenal.") % {"code": code[:20]}
        return None
    if not region_in_scope(actor, region.code):
        errors["region"] = _("%(name)s di luar wilayah tugas Anda.") % {"name": region.name}
        return None
    if kind == RuleKind.LEVEL and region.level > RegionLevel.KABKOTA:
        errors["region"] = _("Aturan kenaikan tingkat hanya dapat dipersempit sampai kabupaten/kota.")
        return None
    return region


def _snapshot(rule: AlertRule) -> dict[str, Any]:
    return {
        "name": rule.name,
        "kind": rule.kind,
        "params": rule.params,
        "level": rule.level,
        "region": rule.region_id or "",
        "domain": rule.domain,
        "category": rule.category,
        "cooldown_hours": rule.cooldown_hours,
        "active": rule.active,
    }


def _audit_rule(action: str, *, actor: Any, rule: AlertRule, data: dict[str, Any]) -> None:
    audit_record(
        action=action,
        actor=actor,
        target=rule,
        region_code=rule_home_region(rule),
        marking=Marking.TERBATAS,
        summary=rule.name,
        data=data,
    )


def _unique_code(name: str) -> str:
    base = slugify(name)[:40].strip("-") or "aturan"
    code, n = base, 2
    while AlertRule.objects.filter(code=code).exists():
        code, n = f"{base}-{n}", n + 1
    return code


def alert_rule_create(
    *,
    actor: Any,
    name: str,
    kind: str,
    params: Mapping[str, Any],
    level: str = Level.WASPADA,
    region_code: str | None = None,
    domain: str = "",
    category: str = "",
    cooldown_hours: Any = 6,
    active: bool = True,
) -> AlertRule:
    if not can(actor, "rule.manage"):
        raise ApplicationError(_("Anda tidak berwenang mengatur aturan peringatan."))
    values = alert_rule_clean(
        actor=actor,
        name=name,
        kind=kind,
        params=params,
        level=level,
        region_code=region_code,
        domain=domain,
        category=category,
        cooldown_hours=cooldown_hours,
    )
    with transaction.atomic():
        rule = AlertRule.objects.create(
            code=_unique_code(values.name),
            name=values.name,
            kind=values.kind,
            params=values.params,
            level=values.level,
            region=values.region,
            domain=values.domain,
            category=values.category,
            cooldown_hours=values.cooldown_hours,
            active=active,
            created_by=actor,
        )
        _audit_rule("alert_rule.create", actor=actor, rule=rule, data=_snapshot(rule))
    return rule


def alert_rule_update(
    *,
    actor: Any,
    rule: AlertRule,
    name: str,
    params: Mapping[str, Any],
    level: str,
    region_code: str | None,
    domain: str,
    category: str,
    cooldown_hours: Any,
    active: bool,
) -> AlertRule:
    """Change a rule; its kind and code stay (alerts and evaluations refer to them)."""
    if not can_manage_rule(actor, rule):
        raise ApplicationError(_("Anda tidak berwenang mengubah aturan ini."))
    values = alert_rule_clean(
        actor=actor,
        name=name,
        kind=rule.kind,
        params=params,
        level=level,
        region_code=region_code,
        domain=domain,
        category=category,
        cooldown_hours=cooldown_hours,
    )
    with transaction.atomic():
        rule = AlertRule.objects.select_for_update().get(pk=rule.pk)
        before = _snapshot(rule)
        rule.name, rule.params, rule.level = values.name, values.params, values.level
        rule.region, rule.domain, rule.category = values.region, values.domain, values.category
        rule.cooldown_hours, rule.active = values.cooldown_hours, active
        after = _snapshot(rule)
        changed = {key: {"sebelum": before[key], "sesudah": after[key]} for key in after if before[key] != after[key]}
        if changed:
            rule.save()
            _audit_rule("alert_rule.update", actor=actor, rule=rule, data={"changes": changed})
    return rule


def alert_rule_set_active(*, actor: Any, rule: AlertRule, active: bool) -> AlertRule:
    if not can_manage_rule(actor, rule):
        raise ApplicationError(_("Anda tidak berwenang mengubah aturan ini."))
    with transaction.atomic():
        rule = AlertRule.objects.select_for_update().get(pk=rule.pk)
        if rule.active != active:
            rule.active = active
            rule.save(update_fields=["active", "updated_at"])
            action = "alert_rule.activate" if active else "alert_rule.deactivate"
            _audit_rule(action, actor=actor, rule=rule, data={"active": active})
    return rule
