from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from waspada.accounts.permissions import can
from waspada.analysis.forms import CorrectionForm
from waspada.analysis.models import AnalysisCorrection
from waspada.analysis.services import analysis_correct
from waspada.core.enums import Channel, Domain, Severity
from waspada.core.exceptions import ApplicationError
from waspada.intake.attachments import attachments_clean
from waspada.intake.channels.media import FETCHERS as MEDIA_CHANNELS
from waspada.intake.channels.media import media_notes_for_report
from waspada.intake.enums import ReportStatus
from waspada.intake.forms import AskSenderForm, FieldReportForm, GradeForm, MarkingForm, MoveToIssueForm, RejectForm
from waspada.intake.models import Report
from waspada.intake.selectors import get_report_for_user, reports_for_user
from waspada.intake.services import report_submit
from waspada.intake.triage import (
    CONTACT_VERIFIER_ROLES,
    public_status,
    report_contact_reveal,
    report_grade,
    report_move_to_issue,
    report_reject,
    report_set_marking,
    report_verify,
)
from waspada.issues.enums import IssueStatus
from waspada.issues.selectors import issues_for_user
from waspada.regions.selectors import children_for_user, kabkota_choices_for_user


@login_required
def report_list(request: HttpRequest) -> HttpResponse:
    reports = reports_for_user(request.user)
    kabkota = request.GET.get("kabkota", "")
    channel = request.GET.get("channel", "")
    severity = request.GET.get("severity", "")
    status = request.GET.get("status", "")
    domain = request.GET.get("domain", "")
    if status in ReportStatus.values:
        reports = reports.filter(status=status)
    if domain in Domain.values:
        reports = reports.filter(domain=domain)
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
            "status_options": ReportStatus.choices,
            "domain_options": Domain.choices,
            "filters": {
                "kabkota": kabkota,
                "channel": channel,
                "severity": severity,
                "status": status,
                "domain": domain,
            },
        },
    )


def _detail_context(request: HttpRequest, report: Report) -> dict[str, Any]:
    analysis = getattr(report, "analysis", None)
    user = request.user
    context: dict[str, Any] = {
        "report": report,
        "analysis": analysis,
        # A place named twice is shown once.
        "places": list({p["code"]: p for p in analysis.locations}.values()) if analysis else [],
        "attachments": report.attachments.all(),
        "media_notes": media_notes_for_report(report) if report.channel in MEDIA_CHANNELS else [],
        "can_triage": can(user, "report.triage", report),
        "can_reveal_contact": bool(report.contact_sealed) and getattr(user, "role", None) in CONTACT_VERIFIER_ROLES,
        "public_status": public_status(report) if report.tracking_code else None,
        "correction": AnalysisCorrection.objects.filter(report=report).select_related("corrected_by").first(),
        # the first report of the event this one repeats, linked only when this user may see it
        "copy_of": get_report_for_user(user, analysis.copy_of_id) if analysis and analysis.copy_of_id else None,
    }
    if context["can_triage"]:
        issues = issues_for_user(user).filter(region_id=report.kabkota_id).exclude(status=IssueStatus.SELESAI)[:50]
        context.update(
            reject_form=RejectForm(),
            grade_form=GradeForm(initial={"reliability": report.reliability, "credibility": report.credibility}),
            marking_form=MarkingForm(initial={"marking": report.marking}),
            issue_form=MoveToIssueForm(issues=list(issues)) if report.kabkota_id else None,
            ask_form=AskSenderForm() if report.channel in ASKABLE_CHANNELS and report.contact_sealed else None,
            correction_form=CorrectionForm() if analysis else None,
        )
    return context


@login_required
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_report_for_user(request.user, pk)
    if report is None:
        raise Http404
    return render(request, "intake/report_detail.html", _detail_context(request, report))


@login_required
@require_POST
def report_triage(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    report = get_report_for_user(request.user, pk)
    if report is None or action not in TRIAGE_ACTIONS:
        raise Http404
    try:
        message = TRIAGE_ACTIONS[action](request, report)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, message)
    return redirect("intake:report_detail", pk=pk)


def _verify(request: HttpRequest, report: Report) -> str:
    report_verify(actor=request.user, report=report)
    return _("Laporan diverifikasi.")


def _reject(request: HttpRequest, report: Report) -> str:
    form = RejectForm(request.POST)
    if not form.is_valid():
        raise ApplicationError(_("Pilih alasan penolakan."))
    report_reject(actor=request.user, report=report, reason=form.cleaned_data["reason"])
    return _("Laporan ditolak.")


def _grade(request: HttpRequest, report: Report) -> str:
    form = GradeForm(request.POST)
    if not form.is_valid():
        raise ApplicationError(_("Penilaian harus A–F dan 1–6."))
    report_grade(actor=request.user, report=report, **form.cleaned_data)
    return _("Penilaian disimpan.")


def _marking(request: HttpRequest, report: Report) -> str:
    form = MarkingForm(request.POST)
    if not form.is_valid():
        raise ApplicationError(_("Klasifikasi tidak dikenal."))
    report_set_marking(actor=request.user, report=report, marking=form.cleaned_data["marking"])
    return _("Klasifikasi diubah.")


def _move(request: HttpRequest, report: Report) -> str:
    issues = list(issues_for_user(request.user).filter(region_id=report.kabkota_id))
    form = MoveToIssueForm(request.POST, issues=issues)
    if not form.is_valid():
        raise ApplicationError(_("Pilih isu."))
    issue = report_move_to_issue(actor=request.user, report=report, issue=form.chosen_issue())
    return _("Laporan dimasukkan ke isu: %(title)s") % {"title": issue.title}


def _ask(request: HttpRequest, report: Report) -> str:
    from waspada.intake.channels import report_ask_sender

    form = AskSenderForm(request.POST)
    if not form.is_valid():
        raise ApplicationError(_("Tulis pertanyaannya."))
    report_ask_sender(actor=request.user, report=report, question=form.cleaned_data["question"])
    return _("Pertanyaan dikirim lewat kanal pelapor.")


def _correct(request: HttpRequest, report: Report) -> str:
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        raise ApplicationError(
            _("Koreksi tidak sah: %(errors)s")
            % {"errors": "; ".join(str(message) for messages_ in form.errors.values() for message in messages_)}
        )
    analysis_correct(actor=request.user, report=report, **form.labels())
    return _("Koreksi disimpan; laporan memakai penilaian Anda dan model berikutnya belajar darinya.")


TRIAGE_ACTIONS: dict[str, Callable[[HttpRequest, Report], str]] = {
    "verifikasi": _verify,
    "tolak": _reject,
    "nilai": _grade,
    "klasifikasi": _marking,
    "isu": _move,
    "tanya": _ask,
    "koreksi": _correct,
}
ASKABLE_CHANNELS = {Channel.SMS, Channel.TELEGRAM, Channel.WHATSAPP}


@login_required
@require_POST
def report_contact(request: HttpRequest, pk: int) -> HttpResponse:
    """Open the sealed contact: shown once on this response, written to the audit log."""
    report = get_report_for_user(request.user, pk)
    if report is None:
        raise Http404
    context = _detail_context(request, report)
    try:
        context["revealed_contact"] = report_contact_reveal(actor=request.user, report=report)
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect("intake:report_detail", pk=pk)
    response = render(request, "intake/report_detail.html", context)
    response["Cache-Control"] = "no-store"
    return response


@login_required
def report_attachment(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    report = get_report_for_user(request.user, pk)
    attachment = report.attachments.filter(pk=attachment_pk).first() if report else None
    if attachment is None:
        raise Http404
    response = FileResponse(attachment.file.open("rb"), content_type=attachment.content_type)
    response["Content-Disposition"] = (
        f'inline; filename="lampiran-{attachment.pk}.{attachment.file.name.rsplit(".", 1)[-1]}"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def report_create(request: HttpRequest) -> HttpResponse:
    if not can(request.user, "report.submit"):
        raise Http404
    if request.method == "POST":
        form = FieldReportForm(request.POST, request.FILES, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            try:
                files = attachments_clean(data["attachments"])
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
                    source_relation=data["source_relation"],
                    obtained_how=data["obtained_how"],
                    obtained_at=data["obtained_at"],
                    latitude=data["latitude"],
                    longitude=data["longitude"],
                    attachments=files,
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
