from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery

from waspada.accounts.enums import Role
from waspada.accounts.permissions import region_q, scope_q
from waspada.alerts.enums import OPEN_ALERT_STATUSES, AlertOutcome, RuleKind
from waspada.alerts.models import Alert, RegionContext, RiskAssessment
from waspada.core.enums import Level, Marking
from waspada.engine.risk import Coverage, CoverageFacts, assess_coverage
from waspada.intake.enums import AnalysisStatus, ReportStatus, SourceKind
from waspada.intake.models import Report
from waspada.regions.models import Region, RegionLevel, kabkota_code

RISK_LOOKBACK = dt.timedelta(days=30)
COVERAGE_WINDOW = dt.timedelta(days=30)

# What the index and the detectors read of a report, in one query (no N+1): see signal_rows().
SIGNAL_FIELDS = (
    "pk",
    "occurred_at",
    "received_at",
    "severity",
    "category",
    "domain",
    "region_id",
    "kabkota_id",
    "reliability",
    "credibility",
    "issue_id",
    "source_id",
    "author_id",
    "channel",
)


@dataclass(frozen=True, slots=True)
class SignalRow:
    """One analysed report as the index and the detectors read it."""

    pk: int
    occurred_at: dt.datetime
    received_at: dt.datetime
    severity: int
    category: str
    domain: str
    region_id: str | None
    kabkota_id: str | None
    reliability: str
    credibility: int
    issue_id: int | None
    source_id: int | None
    author_id: int | None
    channel: str
    provocation: float
    hoax: float
    copy_of_id: int | None = None  # the first report of the near-duplicate event this one repeats


def counted_reports(*, include_rahasia: bool = False) -> QuerySet[Report]:
    """The reports the index, the rules and the detectors count: analysed, not rejected, (not rahasia)."""
    rows = Report.objects.filter(analysis_status=AnalysisStatus.DONE).exclude(status=ReportStatus.DITOLAK)
    if not include_rahasia:
        rows = rows.exclude(marking=Marking.RAHASIA)
    return rows


def risk_signal_rows(*, region_code: str, as_of: dt.datetime, include_rahasia: bool = False) -> QuerySet[Report]:
    """Analysed reports of a kab/kota known by `as_of` and that happened in the 30 days before it."""
    return counted_reports(include_rahasia=include_rahasia).filter(
        kabkota_id=region_code,
        received_at__lte=as_of,
        occurred_at__gt=as_of - RISK_LOOKBACK,
        occurred_at__lte=as_of,
    )


def rows_as_signals(queryset: QuerySet[Report]) -> list[SignalRow]:
    """Reports as the index, the rules and the detectors read them, in one query."""
    values = queryset.values_list(
        *SIGNAL_FIELDS,
        "analysis__provocation_score",
        "analysis__hoax_score",
        "analysis__copy_of_id",
        named=False,
    ).order_by()
    return [
        SignalRow(
            pk=v[0],
            occurred_at=v[1],
            received_at=v[2],
            severity=v[3] or 0,
            category=v[4] or "",
            domain=v[5] or "",
            region_id=v[6],
            kabkota_id=v[7],
            reliability=v[8],
            credibility=v[9],
            issue_id=v[10],
            source_id=v[11],
            author_id=v[12],
            channel=v[13],
            provocation=v[14] or 0.0,
            hoax=v[15] or 0.0,
            copy_of_id=v[16],
        )
        for v in values
    ]


def _kabkota_filter(queryset: QuerySet[Report], kabkota_codes: Sequence[str] | None) -> QuerySet[Report]:
    if kabkota_codes is None:
        return queryset.filter(kabkota_id__isnull=False)
    if len(kabkota_codes) == 1:
        return queryset.filter(kabkota_id=kabkota_codes[0])
    return queryset.filter(kabkota_id__in=list(kabkota_codes))


def signal_rows(*, as_of: dt.datetime, kabkota_codes: Sequence[str] | None = None) -> list[SignalRow]:
    """Every counted report of these kab/kota (None: all) known by `as_of` that happened in the 30 days before."""
    rows = counted_reports().filter(
        received_at__lte=as_of, occurred_at__gt=as_of - RISK_LOOKBACK, occurred_at__lte=as_of
    )
    return rows_as_signals(_kabkota_filter(rows, kabkota_codes))


def arrival_rows(
    *, start: dt.datetime, end: dt.datetime, kabkota_codes: Sequence[str] | None = None, category: str | None = None
) -> list[SignalRow]:
    """Counted reports that arrived in [start, end] (the detectors count by arrival)."""
    rows = counted_reports().filter(received_at__gte=start, received_at__lte=end).exclude(category="")
    if category is not None:
        rows = rows.filter(category=category)
    return rows_as_signals(_kabkota_filter(rows, kabkota_codes))


def first_pending_arrival(*, start: dt.datetime, end: dt.datetime) -> dt.datetime | None:
    """The earliest report that arrived in [start, end) and still waits for its analysis."""
    return (
        Report.objects.filter(analysis_status=AnalysisStatus.PENDING, received_at__gte=start, received_at__lt=end)
        .order_by("received_at")
        .values_list("received_at", flat=True)
        .first()
    )


def earliest_arrival(*, start: dt.datetime, end: dt.datetime) -> dt.datetime | None:
    return (
        counted_reports()
        .filter(received_at__gte=start, received_at__lt=end)
        .order_by("received_at")
        .values_list("received_at", flat=True)
        .first()
    )


def handled_issue_ids(*, issue_ids: Iterable[int], as_of: dt.datetime) -> set[int]:
    """Isu for which a case (penanganan) had been opened by `as_of`."""
    from waspada.cases.models import Case

    ids = sorted(set(issue_ids))
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        found.update(
            i
            for i in Case.objects.filter(issue_id__in=ids[start : start + 500], opened_at__lte=as_of).values_list(
                "issue_id", flat=True
            )
            if i is not None
        )
    return found


def burst_alert_rows(
    *, since: dt.datetime, until: dt.datetime, kabkota_codes: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Detector alerts raised in (since, until], except those an analyst closed as false alarms."""
    rows = (
        Alert.objects.filter(rule__kind=RuleKind.BURST, raised_at__gt=since, raised_at__lte=until)
        .exclude(outcome=AlertOutcome.ALARM_PALSU)
        .exclude(marking=Marking.RAHASIA)
    )
    if kabkota_codes is not None:
        rows = rows.filter(region_id__in=list(kabkota_codes))
    return [
        dict(row)
        for row in rows.values("pk", "region_id", "category", "raised_at", "report_ids", "explanation", "level")
    ]


def structural_points(*, region_codes: Sequence[str] | None = None) -> dict[str, float]:
    rows = RegionContext.objects.exclude(structural_points=0)
    if region_codes is not None:
        rows = rows.filter(region_id__in=list(region_codes))
    return dict(rows.values_list("region_id", "structural_points"))


def region_context(*, region_code: str) -> RegionContext | None:
    return RegionContext.objects.filter(region_id=region_code).first()


def latest_assessment(*, region_code: str, before: dt.datetime | None = None) -> RiskAssessment | None:
    rows = RiskAssessment.objects.filter(region_id=region_code)
    if before is not None:
        rows = rows.filter(as_of__lte=before)
    return rows.order_by("-as_of", "-id").first()


def latest_levels(*, regions: QuerySet[Region], before: dt.datetime) -> dict[str, tuple[str, float]]:
    """(level, score) of each region's latest assessment as of `before`, in one query."""
    latest = (
        RiskAssessment.objects.filter(region_id=OuterRef("code"), as_of__lte=before)
        .order_by("-as_of", "-id")
        .values("id")[:1]
    )
    ids = [i for i in regions.annotate(latest_id=Subquery(latest)).values_list("latest_id", flat=True) if i]
    found: dict[str, tuple[str, float]] = {}
    for start in range(0, len(ids), 900):
        for code, level, score in RiskAssessment.objects.filter(id__in=ids[start : start + 900]).values_list(
            "region_id", "level", "score"
        ):
            found[code] = (level, score)
    return found


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


def kecamatan_assessments(*, kabkota_code: str) -> list[RiskAssessment]:
    """The latest assessment of each kecamatan of a kab/kota that has one, highest score first."""
    latest = RiskAssessment.objects.filter(region_id=OuterRef("code")).order_by("-as_of", "-id")
    ids = (
        Region.objects.filter(parent_id=kabkota_code, level=RegionLevel.KECAMATAN)
        .annotate(latest_id=Subquery(latest.values("id")[:1]))
        .exclude(latest_id=None)
        .values_list("latest_id", flat=True)
    )
    rows = RiskAssessment.objects.filter(id__in=list(ids)).select_related("region")
    return sorted(rows, key=lambda a: (-a.score, a.region_id))


def assessment_history(*, region_code: str, since: dt.datetime) -> list[RiskAssessment]:
    """A region's assessments since a moment, oldest first, with the one just before it (where the line starts)."""
    rows = RiskAssessment.objects.filter(region_id=region_code)
    before = rows.filter(as_of__lt=since).order_by("-as_of", "-id").first()
    history = list(rows.filter(as_of__gte=since).order_by("as_of", "id"))
    return ([before] if before else []) + history


def alerts_for_user(user: Any) -> QuerySet[Alert]:
    return Alert.objects.filter(scope_q(user)).select_related("region", "rule")


def open_alerts_for_user(user: Any) -> QuerySet[Alert]:
    return alerts_for_user(user).filter(status__in=OPEN_ALERT_STATUSES)


def get_alert_for_user(user: Any, pk: int) -> Alert | None:
    return alerts_for_user(user).filter(pk=pk).first()


def assessments_for_user(user: Any) -> QuerySet[RiskAssessment]:
    return RiskAssessment.objects.filter(region_q(user)).select_related("region")


# -------------------------------------------------------------------------------------------------------- coverage


def coverage_facts(
    *, kabkota_codes: Sequence[str], as_of: dt.datetime, window: dt.timedelta = COVERAGE_WINDOW
) -> dict[str, CoverageFacts]:
    """How each kab/kota is watched over the window before `as_of`: a handful of grouped queries, not one per region."""
    codes = list(kabkota_codes)
    reports = Report.objects.filter(
        kabkota_id__in=codes, received_at__gt=as_of - window, received_at__lte=as_of
    ).exclude(status=ReportStatus.DITOLAK)
    per_region = {
        row["kabkota_id"]: row
        for row in reports.values("kabkota_id")
        .annotate(
            n=Count("pk"),
            sources=Count("source_id", distinct=True),
            authors=Count("author_id", distinct=True),
            channels=Count("channel", distinct=True),
            fkdm=Count("pk", filter=Q(source__kind=SourceKind.FKDM) | Q(author__role=Role.FKDM)),
        )
        .order_by()
    }
    media = _media_sources(codes)
    staff = _active_staff(codes, as_of=as_of, window=window)
    facts = {}
    for code in codes:
        row = per_region.get(code, {})
        facts[code] = CoverageFacts(
            reports=row.get("n", 0),
            sources=row.get("sources", 0) + row.get("authors", 0),
            channels=row.get("channels", 0),
            fkdm_reports=row.get("fkdm", 0),
            media_sources=media.get(code, 0),
            active_staff=staff.get(code, 0),
        )
    return facts


def coverage_by_kabkota(
    *, kabkota_codes: Sequence[str], as_of: dt.datetime
) -> dict[str, tuple[Coverage, CoverageFacts]]:
    return {
        code: (assess_coverage(facts), facts)
        for code, facts in coverage_facts(kabkota_codes=kabkota_codes, as_of=as_of).items()
    }


def _media_sources(codes: Sequence[str]) -> dict[str, int]:
    """Enabled news feeds that cover each kab/kota (a feed placed on a kecamatan covers its kab/kota)."""
    try:
        from waspada.monitoring.models import FeedSource
    except ImportError:  # an installation without news monitoring
        return {}
    counts: dict[str, int] = defaultdict(int)
    for region_id in FeedSource.objects.filter(enabled=True, region__isnull=False).values_list("region_id", flat=True):
        code = kabkota_code(region_id)
        if code is not None and code in codes:
            counts[code] += 1
    return counts


def _active_staff(codes: Sequence[str], *, as_of: dt.datetime, window: dt.timedelta) -> dict[str, int]:
    """Operators and FKDM members assigned to a kab/kota (or below it) who logged in or reported in the window."""
    from waspada.accounts.models import User

    since = as_of - window
    reporters = set(
        Report.objects.filter(received_at__gt=since, received_at__lte=as_of, author__isnull=False)
        .values_list("author_id", flat=True)
        .distinct()
    )
    rows = (
        User.objects.filter(is_active=True, role__in=[Role.OPERATOR, Role.FKDM])
        .annotate(code=F("regions__code"))
        .exclude(code=None)
        .values_list("pk", "code", "last_login")
    )
    staff: dict[str, set[int]] = defaultdict(set)
    for pk, code, last_login in rows:
        active = pk in reporters or (last_login is not None and last_login > since)
        region = kabkota_code(code) if code.count(".") >= 1 else None
        if active and region is not None and region in codes:
            staff[region].add(pk)
    return {code: len(users) for code, users in staff.items()}
