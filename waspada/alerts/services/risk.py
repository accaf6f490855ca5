"""The kerawanan index: score every kab/kota from its reports, as of a moment, and keep the history."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from waspada.alerts.models import RiskAssessment
from waspada.alerts.selectors import latest_assessment, risk_signal_rows
from waspada.audit.services import audit_record
from waspada.core.enums import Level, Marking
from waspada.engine import ENGINE_VERSION, ReportSignal, score_region
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


def signals_from_reports(rows: Iterable[Report]) -> list[ReportSignal]:
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


def risk_recompute(*, region_code: str, as_of: dt.datetime) -> RiskAssessment:
    """Score one kab/kota from its non-rahasia reports as known at `as_of` (rahasia never colours the map)."""
    region = Region.objects.get(code=region_code, level=RegionLevel.KABKOTA)
    rows = risk_signal_rows(region_code=region_code, as_of=as_of).only(
        "pk", "occurred_at", "severity", "category", "region_id", "reliability", "credibility"
    )
    score = score_region(region.code, region.short_name, signals_from_reports(rows), as_of)
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


def risk_recompute_province(*, province_code: str, as_of: dt.datetime | None = None) -> list[RiskAssessment]:
    """The daily pass: every kab/kota of the province, so quiet regions settle back to Normal."""
    as_of = as_of or timezone.now()
    codes = Region.objects.filter(parent_id=province_code, level=RegionLevel.KABKOTA).values_list("code", flat=True)
    from waspada.alerts.services import region_risk_and_alerts_update

    return [region_risk_and_alerts_update(region_code=code, as_of=as_of) for code in codes]
