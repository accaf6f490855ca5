from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from waspada.accounts.permissions import can
from waspada.core.enums import Channel, Severity
from waspada.core.exceptions import ApplicationError
from waspada.intake.forms import FieldReportForm
from waspada.intake.selectors import get_report_for_user, reports_for_user
from waspada.intake.services import report_submit
from waspada.regions.selectors import children_for_user, kabkota_choices_for_user


@login_required
def report_list(request: HttpRequest) -> HttpResponse:
    reports = reports_for_user(request.user)
    kabkota = request.GET.get("kabkota", "")
    channel = request.GET.get("channel", "")
    severity = request.GET.get("severity", "")
    if kabkota:
        reports = reports.filter(kabkota_id=kabkota)
    if channel in Channel.values:
        reports = reports.filter(channel=channel)
    if severity.isdigit():
        reports = reports.filter(severity__gte=int(severity))
    page = Paginator(reports, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "intake/report_list.html",
        {
            "page": page,
            "kabkota_options": kabkota_choices_for_user(request.user),
            "channel_options": Channel.choices,
            "severity_options": Severity.choices,
            "filters": {"kabkota": kabkota, "channel": channel, "severity": severity},
        },
    )


@login_required
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_report_for_user(request.user, pk)
    if report is None:
        raise Http404
    analysis = getattr(report, "analysis", None)
    # A place named twice is shown once.
    places = list({p["code"]: p for p in analysis.locations}.values()) if analysis else []
    return render(request, "intake/report_detail.html", {"report": report, "analysis": analysis, "places": places})


@login_required
def report_create(request: HttpRequest) -> HttpResponse:
    if not can(request.user, "report.submit"):
        raise Http404
    if request.method == "POST":
        form = FieldReportForm(request.POST, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            try:
                result = report_submit(
                    channel=Channel.FIELD_REPORT,
                    actor=request.user,
                    title=data["title"],
                    text=data["text"],
                    who=data["who"],
                    why=data["why"],
                    opinion=data["opinion"],
                    location_detail=data["location_detail"],
                    region_code=data["region_code"],
                    occurred_at=data["occurred_at"],
                    source_detail=data["source_detail"],
                    reliability=data["reliability"],
                    credibility=data["credibility"],
                    marking=data["marking"],
                    idempotency_key=f"form:{request.user.pk}:{data['idempotency_key']}",
                )
            except ApplicationError as error:
                form.add_error(None, error.message)
            else:
                if result.created:
                    messages.success(
                        request,
                        _("Laporan tersimpan (No. %(id)s). Analisis berjalan di latar belakang.")
                        % {"id": result.report.pk},
                    )
                else:
                    messages.info(request, _("Laporan ini sudah diterima sebelumnya; tidak disimpan dua kali."))
                return redirect(reverse("intake:report_detail", args=[result.report.pk]) + "?terkirim=1")
    else:
        form = FieldReportForm(user=request.user)
    return render(request, "intake/report_form.html", {"form": form})


@login_required
@require_GET
def region_options(request: HttpRequest) -> HttpResponse:
    """<option>s for the kab/kota → kecamatan → desa picker (htmx sends the changed select's value)."""
    kecamatan = request.GET.get("kecamatan")
    if kecamatan is not None:
        regions = children_for_user(request.user, kecamatan) if kecamatan else []
        return render(request, "intake/_region_options.html", {"regions": regions})
    kabkota = request.GET.get("kabkota", "")
    regions = children_for_user(request.user, kabkota) if kabkota else []
    return render(request, "intake/_region_options.html", {"regions": regions, "reset_desa": True})
