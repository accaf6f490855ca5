from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import OuterRef, QuerySet, Subquery

from waspada.accounts.permissions import region_q, scope_q
from waspada.alerts.enums import OPEN_ALERT_STATUSES
from waspada.alerts.models import Alert, RiskAssessment
from waspada.core.enums import Level, Marking
from waspada.intake.enums import AnalysisStatus, ReportStatus
from waspada.intake.models import Report
from waspada.regions.models import Region, RegionLevel

RISK_LOOKBACK = dt.timedelta(days=30)


def risk_signal_rows(*, region_code: str, as_of: dt.datetime, include_rahasia: bool = False) -> QuerySet[Report]:
    """Analysed reports of a kab/kota known by `as_of` and that happened in the 30 days before it."""
    rows = Report.objects.filter(
        kabkota_id=region_code,
        analysis_status=AnalysisStatus.DONE,
        received_at__lte=as_of,
        occurred_at__gt=as_of - RISK_LOOKBACK,
        occurred_at__lte=as_of,
    ).exclude(status=ReportStatus.DITOLAK)
    if not include_rahasia:
        rows = rows.exclude(marking=Marking.RAHASIA)
    return rows


def latest_assessment(*, region_code: str, before: dt.datetime | None = None) -> RiskAssessment | None:
    rows = RiskAssessment.objects.filter(region_id=region_code)
    if before is not None:
        rows = rows.filter(as_of__lte=before)
    return rows.order_by("-as_of", "-id").first()


def kabkota_levels(*, province_code: str) -> list[tuple[Region, RiskAssessment | None]]:
    """Every kab/kota of a province with its current assessment (None: never assessed, read as Normal)."""
    latest = RiskAssessment.objects.filter(region_id=OuterRef("code")).order_by("-as_of", "-id")
    regions = list(
        Region.objects.filter(parent_id=province_code, level=RegionLevel.KABKOTA).annotate(
            latest_id=Subquery(latest.values("id")[:1])
        )
    )
    assessments = RiskAssessment.objects.in_bulk([r.latest_id for r in regions if r.latest_id])
    return [(r, assessments.get(r.latest_id)) for r in regions]


def levels_by_count(*, province_code: str) -> dict[str, int]:
    counts = dict.fromkeys(Level.values, 0)
    for _region, assessment in kabkota_levels(province_code=province_code):
        counts[assessment.level if assessment else Level.NORMAL] += 1
    return counts


def alerts_for_user(user: Any) -> QuerySet[Alert]:
    return Alert.objects.filter(scope_q(user)).select_related("region", "rule")


def open_alerts_for_user(user: Any) -> QuerySet[Alert]:
    return alerts_for_user(user).filter(status__in=OPEN_ALERT_STATUSES)


def get_alert_for_user(user: Any, pk: int) -> Alert | None:
    return alerts_for_user(user).filter(pk=pk).first()


def assessments_for_user(user: Any) -> QuerySet[RiskAssessment]:
    return RiskAssessment.objects.filter(region_q(user)).select_related("region")
