"""Bulk import pages: upload a file, read its dry run, import it, follow the progress (htmx polling)."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_POST

from waspada.accounts.permissions import can, visible_markings
from waspada.core.enums import Channel, Marking
from waspada.core.exceptions import ApplicationError
from waspada.intake.bulk import ALIASES, MAX_UPLOAD_BYTES, errors_csv, template_csv
from waspada.intake.enums import AnalysisStatus, ImportStatus
from waspada.intake.imports import (
    import_job_confirm,
    import_job_counts,
    import_job_create,
    import_job_is_stale,
    import_job_resume,
)
from waspada.intake.models import ImportJob
from waspada.intake.selectors import get_import_job_for_user, import_jobs_for_user

ERRORS_SHOWN = 200
BUSY = {ImportStatus.CHECKING, ImportStatus.QUEUED, ImportStatus.STORING, ImportStatus.ANALYSING}


class ImportUploadForm(forms.Form):
    berkas = forms.FileField(
        label=gettext_lazy("Berkas"),
        help_text=gettext_lazy("CSV (UTF-8), XLSX atau JSON lines; paling besar 20 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,.jsonl,.txt"}),
    )
    default_channel = forms.ChoiceField(
        label=gettext_lazy("Kanal, bila kolom kanal tidak ada atau kosong"),
        choices=Channel.choices,
        initial=Channel.FIELD_REPORT,
    )
    default_marking = forms.ChoiceField(
        label=gettext_lazy("Klasifikasi, bila kolom klasifikasi tidak ada atau kosong"),
        initial=Marking.TERBATAS,
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        allowed = visible_markings(user)
        field = self.fields["default_marking"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(value, label) for value, label in Marking.choices if value in allowed]


class _SizeLimitedUpload(FileUploadHandler):
    """Stops reading an upload as soon as it passes the limit, whatever Content-Length claimed."""

    def __init__(self, request: HttpRequest, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.exceeded = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > self.limit:
            self.exceeded = True
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


def _require_import(request: HttpRequest) -> None:
    if not can(request.user, "report.import"):
        raise Http404


def _job_or_404(request: HttpRequest, pk: int) -> ImportJob:
    _require_import(request)
    job = get_import_job_for_user(request.user, pk)
    if job is None:
        raise Http404
    return job


@csrf_exempt  # checked in _import_upload, once the upload size limit is in place (Django's documented pattern)
@login_required
def import_start(request: HttpRequest) -> HttpResponse:
    _require_import(request)
    if request.method == "POST":
        declared = request.META.get("CONTENT_LENGTH") or "0"
        if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES + 64 * 1024:
            return _start_page(request, ImportUploadForm(user=request.user), too_large=True, status=413)
        limiter = _SizeLimitedUpload(request, MAX_UPLOAD_BYTES + 64 * 1024)
        handlers = cast(list[FileUploadHandler], request.upload_handlers)
        handlers.insert(0, limiter)
        return _import_upload(request, limiter)
    return _start_page(request, ImportUploadForm(user=request.user))


@csrf_protect
def _import_upload(request: HttpRequest, limiter: _SizeLimitedUpload) -> HttpResponse:
    form = ImportUploadForm(request.POST, request.FILES, user=request.user)
    if limiter.exceeded:
        return _start_page(request, ImportUploadForm(user=request.user), too_large=True, status=413)
    if not form.is_valid():
        return _start_page(request, form, status=400)
    upload = form.cleaned_data["berkas"]
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    try:
        job = import_job_create(
            actor=request.user,
            filename=upload.name or "",
            data=data,
            default_channel=form.cleaned_data["default_channel"],
            default_marking=form.cleaned_data["default_marking"],
        )
    except ApplicationError as error:
        form.add_error("berkas", error.message)
        return _start_page(request, form, status=400)
    messages.info(request, _("Berkas diterima; pemeriksaan (uji coba) berjalan. Belum ada yang diimpor."))
    return redirect("intake:import_detail", pk=job.pk)


def _start_page(
    request: HttpRequest, form: ImportUploadForm, *, too_large: bool = False, status: int = 200
) -> HttpResponse:
    return render(
        request,
        "intake/import_start.html",
        {
            "form": form,
            "too_large": too_large,
            "max_mb": MAX_UPLOAD_BYTES // (1024 * 1024),
            "jobs": import_jobs_for_user(request.user)[:20],
            "aliases": ALIASES,
        },
        status=status,
    )


@login_required
@require_GET
def import_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job_or_404(request, pk)
    return render(request, "intake/import_detail.html", _detail_context(job))


def _detail_context(job: ImportJob) -> dict[str, Any]:
    counts = import_job_counts(job) if job.status in {ImportStatus.ANALYSING, ImportStatus.DONE} else {}
    analysed = counts.get(AnalysisStatus.DONE, 0) + counts.get(AnalysisStatus.FAILED, 0)
    return {
        "job": job,
        "busy": job.status in BUSY,
        "stale": import_job_is_stale(job),
        "errors": job.errors[:ERRORS_SHOWN],
        "more_errors": max(job.error_count - ERRORS_SHOWN, 0),
        "counts": counts,
        "analysed": analysed,
        "percent": _percent(job, analysed),
    }


def _percent(job: ImportJob, analysed: int) -> int | None:
    if job.status == ImportStatus.ANALYSING and job.created_count:
        return min(100, analysed * 100 // job.created_count)
    if job.progress_total:
        return min(100, job.progress_done * 100 // job.progress_total)
    return None


@login_required
@require_GET
def import_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """The progress box, polled by htmx every second while the job runs; a finished job reloads the page."""
    job = _job_or_404(request, pk)
    response = render(request, "intake/import_progress.html", _detail_context(job))
    if job.status not in BUSY and request.headers.get("HX-Request"):
        response["HX-Refresh"] = "true"
    return response


@login_required
@require_POST
def import_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job_or_404(request, pk)
    try:
        import_job_confirm(actor=request.user, job=job)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Impor dimulai. Semua baris disimpan sekaligus, lalu dianalisis satu per satu."))
    return redirect("intake:import_detail", pk=job.pk)


@login_required
@require_POST
def import_resume(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job_or_404(request, pk)
    try:
        import_job_resume(actor=request.user, job=job)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.info(request, _("Impor dilanjutkan."))
    return redirect("intake:import_detail", pk=job.pk)


@login_required
@require_GET
def import_errors(request: HttpRequest, pk: int) -> HttpResponse:
    """The row-by-row error report as CSV for a spreadsheet; every cell is neutralised against formulas."""
    job = _job_or_404(request, pk)
    response = HttpResponse("\ufeff" + errors_csv(job.errors), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="kesalahan-impor-{job.pk}.csv"'
    return response


@login_required
@require_GET
def import_template(request: HttpRequest) -> HttpResponse:
    _require_import(request)
    response = HttpResponse("\ufeff" + template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="templat-impor-laporan.csv"'
    return response
