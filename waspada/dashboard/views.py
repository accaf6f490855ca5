from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from waspada.accounts.permissions import region_in_scope
from waspada.alerts.models import RiskAssessment
from waspada.alerts.selectors import assessments_for_user, kabkota_levels, open_alerts_for_user
from waspada.core.enums import Level
from waspada.dashboard.maps import MapRegion, render_map
from waspada.intake.selectors import reports_for_user
from waspada.issues.enums import IssueStatus
from waspada.issues.selectors import issues_for_user
from waspada.regions.models import RegionLevel
from waspada.regions.selectors import get_region


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    province = get_region(settings.WASPADA_HOME_REGION)
    map_regions: list[MapRegion] = []
    attention: list[RiskAssessment] = []
    counts = dict.fromkeys(Level.values, 0)
    for region, assessment in kabkota_levels(province_code=settings.WASPADA_HOME_REGION):
        visible = region_in_scope(user, region.code)
        level = (assessment.level if assessment else Level.NORMAL) if visible else None
        if level:
            counts[level] += 1
        if visible and assessment and assessment.level != Level.NORMAL:
            attention.append(assessment)
        map_regions.append(
            MapRegion(
                code=region.code,
                name=region.short_name,
                level=level,
                level_label=str(Level(level).label if level else _("di luar wilayah tugas")),
                href=reverse("dashboard:region", args=[region.code]) if visible else None,
                geometry=region.boundary,
            )
        )
    now = timezone.now()
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
        "alerts": open_alerts_for_user(user)[:10],
        "recent_reports": reports[:10],
        "issues": issues_for_user(user).filter(status=IssueStatus.AKTIF).order_by("-max_severity", "-last_seen")[:8],
        "reports_24h": reports.filter(received_at__gte=now - dt.timedelta(hours=24)).count(),
        "reports_7d": reports.filter(received_at__gte=now - dt.timedelta(days=7)).count(),
    }
    return render(request, "dashboard/home.html", context)


@login_required
def region_detail(request: HttpRequest, code: str) -> HttpResponse:
    region = get_region(code)
    if region is None or region.level != RegionLevel.KABKOTA or not region_in_scope(request.user, code):
        raise Http404
    history = list(assessments_for_user(request.user).filter(region=region).order_by("-as_of")[:200])
    changes = [a for a in history if a.level != a.previous_level][:15]
    reports = reports_for_user(request.user).filter(kabkota=region)
    return render(
        request,
        "dashboard/region_detail.html",
        {
            "region": region,
            "assessment": history[0] if history else None,
            "changes": changes,
            "reports": reports[:20],
            "issues": issues_for_user(request.user).filter(region=region)[:10],
        },
    )
