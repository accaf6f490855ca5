"""The kerawanan index: score kab/kota and kecamatan from their reports, as of a moment, and keep the history.

One code path for one kab/kota after a report and for the whole country every hour: `risk_recompute_batch`
reads everything it needs in a fixed number of queries (reports with their analysis, cases of their isu,
detector alerts, structural context, previous levels), scores every region in memory with the engine, and
writes the assessments in bulk. Kab/kota get an assessment every time (their history is the level's record);
a kecamatan only when its score or level moved, so that quiet places do not fill the table.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from waspada.alerts.models import RegionContext, RiskAssessment
from waspada.alerts.selectors import (
    SignalRow,
    burst_alert_rows,
    handled_issue_ids,
    latest_levels,
    rows_as_signals,
    signal_rows,
    structural_points,
)
from waspada.alerts.services.detection import event_key, source_key
from waspada.audit.services import AuditRow, audit_record, audit_record_many
from waspada.core.enums import Level, Marking
from waspada.core.exceptions import ApplicationError
from waspada.core.grading import grading_weight
from waspada.engine import ENGINE_VERSION, ReportSignal
from waspada.engine.burst import sensitivity_for
from waspada.engine.risk import (
    RECENT,
    RISK_VERSION,
    STRUCTURAL_MAX,
    BurstMark,
    IssueSignal,
    Previous,
    RiskScore,
    score_region,
)
from waspada.intake.models import Report
from waspada.regions.models import Region, RegionLevel

__all__ = [
    "grading_weight",
    "region_context_update",
    "risk_recompute",
    "risk_recompute_batch",
    "risk_recompute_province",
    "signals_from_reports",
]

logger = logging.getLogger(__name__)

RISK_ENGINE_VERSION = f"{ENGINE_VERSION}+risk.{RISK_VERSION}"
# A kecamatan's assessment is stored when its score moved at least this much (or its level changed).
KECAMATAN_STORE_DELTA = 1.0


def signals_from_reports(rows: QuerySet[Report]) -> list[ReportSignal]:
    """Reports as the engine's signals; the count and keyword rules read them this way."""
    return [_signal(row) for row in rows_as_signals(rows)]


def _signal(row: SignalRow) -> ReportSignal:
    return ReportSignal(
        report_id=str(row.pk),
        occurred_at=row.occurred_at,
        severity=row.severity,
        category=row.category or None,
        place_code=row.region_id,
        weight=grading_weight(row.reliability, row.credibility),
        event_key=event_key(row),
        source_key=source_key(row),
        provocation=row.provocation,
        hoax=row.hoax,
    )


def _kecamatan_of(code: str | None) -> str | None:
    return ".".join(code.split(".")[:3]) if code and code.count(".") >= 2 else None


def _issues(rows: Sequence[SignalRow], as_of: dt.datetime) -> dict[str, list[IssueSignal]]:
    """The isu of each kab/kota as its counted reports show them by `as_of`, and whether a case handles them."""
    grouped: dict[int, list[SignalRow]] = defaultdict(list)
    for row in rows:
        if row.issue_id is not None:
            grouped[row.issue_id].append(row)
    handled = handled_issue_ids(issue_ids=grouped, as_of=as_of)
    found: dict[str, list[IssueSignal]] = defaultdict(list)
    for issue_id, members in grouped.items():
        serious = [r.occurred_at for r in members if r.severity >= 2]
        found[members[0].kabkota_id or ""].append(
            IssueSignal(
                issue_id=str(issue_id),
                category=members[0].category or None,
                max_severity=max(r.severity for r in members),
                first_seen=min(r.occurred_at for r in members),
                last_serious_at=max(serious) if serious else None,
                handled=issue_id in handled,
                place_codes=tuple(sorted({r.region_id for r in members if r.region_id})),
            )
        )
    return found


def _bursts(
    rows: Sequence[SignalRow], as_of: dt.datetime, kabkota_codes: Sequence[str] | None
) -> dict[str, list[BurstMark]]:
    """Detector alerts of the last 72 hours, placed where their reports are (a kecamatan gets its own bursts)."""
    places = {row.pk: row.region_id for row in rows}
    found: dict[str, list[BurstMark]] = defaultdict(list)
    for alert in burst_alert_rows(since=as_of - RECENT, until=as_of, kabkota_codes=kabkota_codes):
        codes = {places[i] for i in alert["report_ids"] if places.get(i)}
        found[alert["region_id"]].append(
            BurstMark(
                category=alert["category"] or "lainnya",
                tier=sensitivity_for(alert["category"] or "lainnya").tier,
                detected_at=alert["raised_at"],
                explanation=alert["explanation"],
                place_codes=tuple(sorted(c for c in codes if c)) or (alert["region_id"],),
            )
        )
    return found


@dataclass(frozen=True)
class _Target:
    code: str
    name: str
    level: int
    kabkota: str


def _targets(kabkota_codes: Sequence[str] | None, *, kecamatan: bool) -> list[_Target]:
    kabkota = Region.objects.filter(level=RegionLevel.KABKOTA)
    if kabkota_codes is not None:
        kabkota = kabkota.filter(code__in=list(kabkota_codes))
    targets = [
        _Target(code, _short(name), RegionLevel.KABKOTA, code) for code, name in kabkota.values_list("code", "name")
    ]
    if kecamatan:
        districts = Region.objects.filter(level=RegionLevel.KECAMATAN)
        if kabkota_codes is not None:
            districts = districts.filter(parent_id__in=list(kabkota_codes))
        targets += [
            _Target(code, name, RegionLevel.KECAMATAN, parent)
            for code, name, parent in districts.values_list("code", "name", "parent_id")
        ]
    return targets


def _short(name: str) -> str:
    return name.removeprefix("Kabupaten ").removeprefix("Kab. ")


def _previous(
    targets: Sequence[_Target], kabkota_codes: Sequence[str] | None, as_of: dt.datetime
) -> dict[str, Previous]:
    regions = Region.objects.filter(level__in=sorted({t.level for t in targets}))
    if kabkota_codes is not None:
        regions = regions.filter(code__in=[t.code for t in targets])
    return {
        code: Previous(level=level, score=score)
        for code, (level, score) in latest_levels(regions=regions, before=as_of).items()
    }


def risk_recompute_batch(
    *, as_of: dt.datetime, kabkota_codes: Sequence[str] | None = None, kecamatan: bool = True
) -> dict[str, RiskAssessment]:
    """Score these kab/kota (None: every one) and their kecamatan as of `as_of`; returns the kab/kota assessments.

    Rahasia reports never colour the map: the index reads only what everyone in scope may see.
    """
    targets = _targets(kabkota_codes, kecamatan=kecamatan)
    rows = signal_rows(as_of=as_of, kabkota_codes=kabkota_codes)
    by_kabkota: dict[str, list[ReportSignal]] = defaultdict(list)
    by_kecamatan: dict[str, list[ReportSignal]] = defaultdict(list)
    for row in rows:
        signal = _signal(row)
        by_kabkota[row.kabkota_id or ""].append(signal)
        district = _kecamatan_of(row.region_id)
        if district:
            by_kecamatan[district].append(signal)
    issues = _issues(rows, as_of)
    bursts = _bursts(rows, as_of, kabkota_codes)
    context = structural_points(region_codes=None if kabkota_codes is None else [t.code for t in targets])
    previous = _previous(targets, kabkota_codes, as_of)
    names = {t.code: t.name for t in targets if t.level == RegionLevel.KECAMATAN}

    scored: list[tuple[_Target, RiskScore]] = []
    for target in targets:
        signals = by_kabkota if target.level == RegionLevel.KABKOTA else by_kecamatan
        before = previous.get(target.code)
        if target.level == RegionLevel.KECAMATAN and not signals.get(target.code) and before is None:
            continue  # a silent kecamatan never assessed stays unassessed (read as Normal)
        score = score_region(
            target.code,
            target.name if target.level == RegionLevel.KABKOTA else f"Kecamatan {target.name}",
            signals.get(target.code, []),
            as_of,
            issues=issues.get(target.kabkota, []),
            bursts=bursts.get(target.kabkota, []),
            structural=context.get(target.code, 0.0),
            previous=before or Previous(level=Level.NORMAL, score=0.0),
            place_names=names,
        )
        if target.level == RegionLevel.KECAMATAN and before is not None and not _moved(before, score):
            continue
        scored.append((target, score))
    return _store(scored, previous, as_of)


def _moved(before: Previous, score: RiskScore) -> bool:
    return before.level != score.level or abs(before.score - score.score) >= KECAMATAN_STORE_DELTA


def _store(
    scored: Sequence[tuple[_Target, RiskScore]], previous: Mapping[str, Previous], as_of: dt.datetime
) -> dict[str, RiskAssessment]:
    assessments = [
        RiskAssessment(
            region_id=target.code,
            as_of=as_of,
            score=score.score,
            level=score.level,
            previous_level=previous[target.code].level if target.code in previous else Level.NORMAL,
            indicators=dict(score.indicators),
            explanation=score.explanation,
            driver_report_ids=[int(i) for i in score.driver_report_ids],
            engine_version=RISK_ENGINE_VERSION,
        )
        for target, score in scored
    ]
    with transaction.atomic():
        created = RiskAssessment.objects.bulk_create(assessments, batch_size=500)
        changes = [a for a in created if a.level != a.previous_level]
        if changes:
            audit_record_many(
                action="risk.level_change",
                actor_label="sistem",
                object_type="riskassessment",
                rows=[
                    AuditRow(
                        object_id=a.pk,
                        region_code=a.region_id,
                        marking=Marking.TERBATAS,
                        summary=f"{a.region_id}: {a.previous_level} → {a.level}",
                        data={"score": a.score},
                    )
                    for a in changes
                ],
            )
    kabkota = {t.code for t, _s in scored if t.level == RegionLevel.KABKOTA}
    return {a.region_id: a for a in created if a.region_id in kabkota}


def risk_recompute(*, region_code: str, as_of: dt.datetime) -> RiskAssessment:
    """Score one kab/kota (and its kecamatan) from its non-rahasia reports as known at `as_of`."""
    if not Region.objects.filter(code=region_code, level=RegionLevel.KABKOTA).exists():
        raise Region.DoesNotExist(region_code)
    return risk_recompute_batch(as_of=as_of, kabkota_codes=[region_code])[region_code]


def risk_recompute_province(*, province_code: str, as_of: dt.datetime | None = None) -> list[RiskAssessment]:
    """The periodic pass: every kab/kota of the province (a province code of "" means the whole country) in one
    batch, so quiet regions settle back to Normal, then the alert rules of each."""
    from waspada.alerts.services.rules import alert_rules_evaluate

    as_of = as_of or timezone.now()
    codes = Region.objects.filter(level=RegionLevel.KABKOTA)
    if province_code:
        codes = codes.filter(parent_id=province_code)
    assessments = risk_recompute_batch(as_of=as_of, kabkota_codes=list(codes.values_list("code", flat=True)))
    for code, assessment in sorted(assessments.items()):
        alert_rules_evaluate(region_code=code, as_of=as_of, assessment=assessment)
    return [assessments[code] for code in sorted(assessments)]


def region_context_update(
    *, actor: Any, region: Region, structural_points: float, conflict_history: str = "", notes: str = ""
) -> RegionContext:
    """An admin sets the structural part of a region's index (0–20) with the history behind it; audited, and the
    region is scored again once the change is stored."""
    if not 0 <= structural_points <= STRUCTURAL_MAX:
        raise ApplicationError(f"Poin struktural harus antara 0 dan {STRUCTURAL_MAX:g}.")
    with transaction.atomic():
        context, _created = RegionContext.objects.select_for_update().get_or_create(region=region)
        before = {"structural_points": context.structural_points, "conflict_history": context.conflict_history}
        context.structural_points = structural_points
        context.conflict_history = conflict_history
        context.notes = notes
        context.updated_by = actor if getattr(actor, "is_authenticated", False) else None
        context.save()
        audit_record(
            action="risk.context_update",
            actor=actor,
            target=context,
            region_code=region.code,
            marking=Marking.TERBATAS,
            summary=f"{region.name}: poin struktural {before['structural_points']:g} → {structural_points:g}",
            data={"before": before, "structural_points": structural_points},
        )
        kabkota = region.kabkota_code
        if kabkota:
            from waspada.alerts.services import region_risk_and_alerts_update

            transaction.on_commit(lambda: region_risk_and_alerts_update(region_code=kabkota))
    return context
