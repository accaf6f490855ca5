from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from waspada.accounts.permissions import region_in_scope
from waspada.alerts.enums import RuleKind
from waspada.alerts.models import RiskAssessment
from waspada.alerts.selectors import (
    assessment_history,
    assessments_for_user,
    coverage_by_kabkota,
    kabkota_levels,
    kecamatan_assessments,
    open_alerts_for_user,
    region_context,
)
from waspada.core.enums import Level
from waspada.dashboard.charts import ChartPoint, daily_summary, render_risk_history
from waspada.dashboard.maps import MapRegion, render_map
from waspada.engine.risk import INDICATOR_LABELS, INDICATOR_MAX, INDICATORS
from waspada.intake.selectors import reports_for_user
from waspada.issues.enums import IssueStatus
from waspada.issues.selectors import issues_for_user
from waspada.regions.models import RegionLevel
from waspada.regions.selectors import get_region

HISTORY_DAYS = (7, 30, 90)


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    province = get_region(settings.WASPADA_HOME_REGION)
    now = timezone.now()
    regions = kabkota_levels(province_code=settings.WASPADA_HOME_REGION)
    visible = {region.code for region, _assessment in regions if region_in_scope(user, region.code)}
    coverage = coverage_by_kabkota(kabkota_codes=sorted(visible), as_of=now)
    map_regions: list[MapRegion] = []
    attention: list[RiskAssessment] = []
    thin: list[tuple[str, str, tuple[str, ...]]] = []
    counts = dict.fromkeys(Level.values, 0)
    for region, assessment in regions:
        seen = region.code in visible
        level = (assessment.level if assessment else Level.NORMAL) if seen else None
        if level:
            counts[level] += 1
        if seen and assessment and assessment.level != Level.NORMAL:
            attention.append(assessment)
        low = seen and coverage[region.code][0].low
        if low:
            thin.append((region.code, region.short_name, coverage[region.code][0].missing))
        map_regions.append(
            MapRegion(
                code=region.code,
                name=region.short_name,
                level=level,
                level_label=str(Level(level).label if level else _("di luar wilayah tugas")),
                href=reverse("dashboard:region", args=[region.code]) if seen else None,
                geometry=region.boundary,
                coverage_low=low,
            )
        )
    reports = reports_for_user(user)
    context = {
        "province": province,
        "map_svg": mark_safe(  # noqa: S308 — render_map escapes every text it writes
            render_map(map_regions, title=_("Peta tingkat kerawanan %(name)s") % {"name": province.name})
        )
        if province
        else "",
        "level_counts": [(Level(level), n) for level, n in counts.items()],
        "attention": sorted(attention, key=lambda a: -a.score),
        "thin_coverage": thin,
        "alerts": open_alerts_for_user(user)[:10],
        "recent_reports": reports[:10],
        "issues": issues_for_user(user).filter(status=IssueStatus.AKTIF).order_by("-max_severity", "-last_seen")[:8],
        "reports_24h": reports.filter(received_at__gte=now - dt.timedelta(hours=24)).count(),
        "reports_7d": reports.filter(received_at__gte=now - dt.timedelta(days=7)).count(),
    }
    return render(request, "dashboard/home.html", context)


def _days(request: HttpRequest) -> int:
    try:
        days = int(request.GET.get("hari", "30"))
    except ValueError:
        return 30
    return days if days in HISTORY_DAYS else 30


@login_required
def region_detail(request: HttpRequest, code: str) -> HttpResponse:
    region = get_region(code)
    if region is None or region.level != RegionLevel.KABKOTA or not region_in_scope(request.user, code):
        raise Http404
    now = timezone.now()
    days = _days(request)
    since = now - dt.timedelta(days=days)
    assessment = assessments_for_user(request.user).filter(region=region).order_by("-as_of", "-id").first()
    history = assessment_history(region_code=region.code, since=since)
    points = [ChartPoint(at=a.as_of, score=a.score, level=a.level, indicators=a.indicators) for a in history]
    chart = render_risk_history(
        points,
        title=_("Riwayat tingkat kerawanan %(name)s, %(days)s hari terakhir")
        % {"name": region.short_name, "days": days},
        start=since,
        end=now,
    )
    changes = list(
        assessments_for_user(request.user)
        .filter(region=region)
        .exclude(level=F("previous_level"))
        .order_by("-as_of", "-id")[:15]
    )
    coverage, facts = coverage_by_kabkota(kabkota_codes=[region.code], as_of=now)[region.code]
    reports = reports_for_user(request.user).filter(kabkota=region)
    alerts = open_alerts_for_user(request.user).filter(region=region)
    return render(
        request,
        "dashboard/region_detail.html",
        {
            "region": region,
            "assessment": assessment,
            "indicators": _indicator_rows(assessment),
            "chart_svg": mark_safe(chart),  # noqa: S308 — render_risk_history escapes every text it writes
            "chart_rows": list(reversed(daily_summary(points, start=since, end=now))),
            "days": days,
            "day_choices": HISTORY_DAYS,
            "changes": changes,
            "coverage": coverage,
            "coverage_facts": facts,
            "context": region_context(region_code=region.code),
            "districts": [a for a in kecamatan_assessments(kabkota_code=region.code) if a.score > 0][:10],
            "detector_alerts": alerts.filter(rule__kind=RuleKind.BURST)[:5],
            "reports": reports[:20],
            "issues": issues_for_user(request.user).filter(region=region)[:10],
        },
    )


def _indicator_rows(assessment: RiskAssessment | None) -> list[dict[str, object]]:
    if assessment is None:
        return []
    rows: list[dict[str, object]] = []
    for name in INDICATORS:
        if name not in assessment.indicators:
            continue
        value = float(assessment.indicators[name])
        rows.append(
            {
                "name": name,
                "label": INDICATOR_LABELS.get(name, name),
                "value": value,
                "max": INDICATOR_MAX.get(name, 0.0),
                "bar": max(value, 0.0),
            }
        )
    # Assessments of the first index (v1) have indicators this table does not know: show them as they are.
    rows.extend(
        {"name": n, "label": n, "value": v, "max": 0.0, "bar": 0.0}
        for n, v in assessment.indicators.items()
        if n not in INDICATORS
    )
    return rows
