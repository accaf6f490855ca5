"""Pages for the public: send a tip, follow it. No login, nothing internal shown."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from waspada.core.exceptions import ApplicationError
from waspada.core.ratelimit import hit
from waspada.intake.attachments import attachments_clean
from waspada.intake.public import MAX_REQUEST_BYTES, PublicTipForm, report_for_tracking_code, tip_submit
from waspada.intake.triage import public_status


def _too_many(request: HttpRequest) -> HttpResponse:
    return render(request, "intake/public/too_many.html", status=429)


def tip_create(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES:
            return render(request, "intake/public/too_large.html", status=413)
        if not hit("tip", request, limit=settings.WASPADA_TIP_LIMIT_PER_HOUR, window_seconds=3600):
            return _too_many(request)
        form = PublicTipForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            try:
                files = attachments_clean(data["attachments"])
                result = tip_submit(
                    text=data["text"],
                    region_code=data["kabkota"] or None,
                    location_detail=data["location_detail"],
                    occurred_at=data["occurred_at"],
                    contact=data["contact"],
                    attachments=files,
                )
            except ApplicationError as error:
                form.add_error(None, error.message)
            else:
                query = urlencode({"kode": result.report.tracking_code or "", "baru": "1"})
                return redirect(f"{reverse('public:tip_track')}?{query}")
        return render(request, "intake/public/tip_form.html", {"form": form}, status=400)
    return render(request, "intake/public/tip_form.html", {"form": PublicTipForm()})


def tip_track(request: HttpRequest) -> HttpResponse:
    code = request.GET.get("kode", "").strip()[:40]
    context: dict[str, object] = {"code": code, "just_sent": request.GET.get("baru") == "1"}
    if code:
        if not hit("track", request, limit=settings.WASPADA_TIP_LIMIT_PER_HOUR * 10, window_seconds=3600):
            return _too_many(request)
        report = report_for_tracking_code(code)
        if report is None:
            context["not_found"] = _("Kode tidak ditemukan. Periksa kembali penulisannya.")
        else:
            context["tracking_code"] = report.tracking_code
            context["status"] = public_status(report)
            context["received_at"] = report.received_at
    return render(request, "intake/public/tip_track.html", context)
