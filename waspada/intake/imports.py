"""Bulk import of reports: stored all at once, then analysed in the order they were received, as if live.

Two steps, on purpose (see docs/channels.md, "Impor massal"):

1. **Store** — every row of a file in ONE database transaction (bulk inserts, one `report.submit` audit row per
   report, the import job's own audit row). Either every report is there or none is: a database error, a crash or
   a `kill -9` half-way leaves nothing behind. The rows were all checked first (the dry run, `bulk.check_file`).
2. **Analyse** — each stored report, oldest first, through the same analysis, risk and alert logic as a live one
   (as of the moment it was received). This step may stop anywhere and lose nothing: the reports are stored with
   their analysis pending, analysis is idempotent, and what is left is picked up again — by the import's next
   chunk, or, if the worker died, by the scheduler's sweep of stale pending reports. While an import is being
   analysed it keeps its pending reports' `analysis_queued_at` fresh, so the sweep leaves them in order.

Imports from the web run as background tasks (`waspada.intake.import_tasks`) and record their progress on the
`ImportJob` row that the import page polls; the command line (`waspada import reports FILE`) runs both steps in
its own process.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from waspada.accounts.permissions import can, region_in_scope, visible_markings
from waspada.audit.services import AuditRow, audit_record, audit_record_many
from waspada.core.db import insert_many
from waspada.core.enums import Channel, Marking
from waspada.core.exceptions import ApplicationError
from waspada.core.text import clean_text
from waspada.intake.bulk import (
    ERRORS_KEPT,
    PREVIEW_ROWS,
    CheckResult,
    FileRejected,
    ImportRow,
    Limits,
    RowRules,
    check_file,
    detect_format,
)
from waspada.intake.enums import AnalysisStatus, ImportStatus, SourceKind
from waspada.intake.models import ImportJob, Report
from waspada.intake.services import TEXT_MAX, TITLE_MAX, source_get_or_create
from waspada.regions.models import Region, kabkota_code

__all__ = ["ImportResult", "ImportRow", "reports_import", "reports_store"]

logger = logging.getLogger(__name__)

# The analysis of a web import runs in chunks of this many seconds, each a low-priority task, so that live
# reports queued meanwhile are analysed first.
ANALYSIS_CHUNK_SECONDS = 5.0
ANALYSIS_CHUNK_REPORTS = 500
# A job that has not moved for this long was interrupted (a worker killed); its page offers to resume it.
STALE_AFTER = dt.timedelta(minutes=5)
PROGRESS_EVERY_SECONDS = 0.5
WEB_LIMITS = Limits()


@dataclass
class ImportResult:
    created: int = 0
    skipped_existing: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StoreOutcome:
    created_ids: list[int]  # in the order the reports were received
    skipped_existing: int


def existing_external_ids(external_ids: Iterable[str]) -> set[str]:
    ids = list(dict.fromkeys(external_ids))
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = Report.objects.filter(external_id__in=ids[start : start + 500])
        found.update(value for value in chunk.values_list("external_id", flat=True) if value)
    return found


def reports_store(
    rows: Sequence[ImportRow],
    *,
    actor: Any = None,
    actor_label: str = "impor",
    import_job: ImportJob | None = None,
    author_for: Callable[[ImportRow], Any] | None = None,
) -> StoreOutcome:
    """Store every new row in one transaction; a row whose external id is already stored is skipped.

    The rows are prepared before the transaction opens and written with multi-row inserts, so that SQLite's
    single write lock is held for seconds even for 50,000 rows (live reports wait for it, they are not refused).
    """
    now = timezone.now()
    home = Region.objects.filter(code=settings.WASPADA_HOME_REGION).values_list("code", flat=True).first()
    ordered = sorted(rows, key=lambda r: (r.received_at, r.line))
    author_ids = {id(r): _user_id(author_for(r) if author_for else actor) for r in ordered}
    prepared = [
        (
            _report_values(row, home=home, now=now, author_id=author_ids[id(row)], job=import_job),
            clean_text(row.source, max_length=150, single_line=True),
        )
        for row in ordered
    ]
    with transaction.atomic():
        existing = existing_external_ids(values["external_id"] for values, _source in prepared)
        fresh = []
        for values, source in prepared:
            if values["external_id"] not in existing:
                existing.add(values["external_id"])  # a second row with the same id is skipped, not a conflict
                fresh.append((values, source))
        source_ids = {
            name: source_get_or_create(name=name, kind=SourceKind.IMPORT).pk
            for name in sorted({source for _values, source in fresh if source})
        }
        for values, source in fresh:
            values["source_id"] = source_ids.get(source) if source else None
        insert_many(Report, [values for values, _source in fresh])
        ids = _ids_by_external_id([values["external_id"] for values, _source in fresh])
        audit_record_many(
            action="report.submit",
            actor=actor,
            actor_label=actor_label,
            object_type="report",
            rows=[
                AuditRow(
                    object_id=ids[values["external_id"]],
                    region_code=values["region_id"],
                    marking=values["marking"],
                    summary=values["title"],
                    data={
                        "channel": values["channel"],
                        "external_id": values["external_id"],
                        "import_job": import_job.pk if import_job else None,
                    },
                    actor_id=values["author_id"],
                )
                for values, _source in fresh
            ],
        )
    return StoreOutcome(
        created_ids=[ids[values["external_id"]] for values, _source in fresh],
        skipped_existing=len(prepared) - len(fresh),
    )


def _user_id(actor: Any) -> int | None:
    return (
        actor.pk if getattr(actor, "is_authenticated", False) and not getattr(actor, "is_integration", False) else None
    )


def _report_values(
    row: ImportRow, *, home: str | None, now: dt.datetime, author_id: int | None, job: ImportJob | None
) -> dict[str, Any]:
    """The columns of one report, cleaned as report_submit cleans them."""
    code = row.region_code or home
    return {
        "channel": row.channel,
        "external_id": clean_text(row.external_id, max_length=200, single_line=True),
        "title": clean_text(row.title, max_length=TITLE_MAX, single_line=True),
        "text": clean_text(row.text, max_length=TEXT_MAX),
        "who": clean_text(row.extra.get("who"), max_length=500, single_line=True),
        "why": clean_text(row.extra.get("why"), max_length=TEXT_MAX),
        "opinion": clean_text(row.extra.get("opinion"), max_length=TEXT_MAX),
        "location_detail": clean_text(row.extra.get("location_detail"), max_length=300, single_line=True),
        "region_id": code,
        "kabkota_id": kabkota_code(code) if code else None,
        "occurred_at": row.occurred_at,
        "received_at": row.received_at,
        "created_at": now,
        "reliability": row.reliability,
        "credibility": row.credibility,
        "marking": row.marking,
        "author_id": author_id,
        "analysis_queued_at": now,
        "import_job_id": job.pk if job else None,
    }


def _ids_by_external_id(external_ids: list[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for start in range(0, len(external_ids), 500):
        chunk = external_ids[start : start + 500]
        for external_id, pk in Report.objects.filter(external_id__in=chunk).values_list("external_id", "pk"):
            if external_id:
                ids[external_id] = pk
    return ids


def reports_analyse_in_order(
    report_ids: Sequence[int],
    *,
    heartbeat: Callable[[Sequence[int]], None],
    progress: Callable[[int], None] | None = None,
    stop_after_seconds: float | None = None,
) -> int:
    """Analyse reports one by one in the given order, each followed by its region's risk and alerts as of its
    arrival. `heartbeat(remaining ids)` keeps the sweep away from the ones still to come. Returns how many ran."""
    from waspada.alerts.services import region_risk_and_alerts_update
    from waspada.analysis.services import analysis_record_failure, analysis_run_for_report

    beat_every = max(1.0, settings.WASPADA_ANALYSIS_RETRY_SECONDS / 3)
    started = last_beat = time.monotonic()
    done = 0
    for index, report_id in enumerate(report_ids):
        if time.monotonic() - last_beat >= beat_every:
            heartbeat(report_ids[index:])
            last_beat = time.monotonic()
        try:
            report = analysis_run_for_report(report_id=report_id, followups=False)
            if report is not None and report.kabkota_id:
                region_risk_and_alerts_update(region_code=report.kabkota_id, as_of=report.received_at)
        except Exception:
            # Counted as an attempt, as the task would; after five the report is marked failed.
            logger.exception("analysis of imported report %s failed", report_id)
            analysis_record_failure(report_id=report_id)
        done += 1
        if progress:
            progress(1)
        if stop_after_seconds is not None and time.monotonic() - started >= stop_after_seconds:
            break
    return done


def _touch_reports(report_ids: Sequence[int]) -> None:
    now = timezone.now()
    for start in range(0, len(report_ids), 500):
        Report.objects.filter(pk__in=report_ids[start : start + 500], analysis_status=AnalysisStatus.PENDING).update(
            analysis_queued_at=now
        )


def reports_import(
    rows: list[ImportRow],
    *,
    actor_label: str = "impor",
    progress: Callable[[int], None] | None = None,
    author_for: Callable[[ImportRow], Any] | None = None,
) -> ImportResult:
    """Store all rows in one go, then analyse and assess each new report in the order they were received."""
    from waspada.issues.services import issues_settle

    outcome = reports_store(rows, actor_label=actor_label, author_for=author_for)
    if progress and outcome.skipped_existing:
        progress(outcome.skipped_existing)
    reports_analyse_in_order(outcome.created_ids, heartbeat=_touch_reports, progress=progress)
    issues_settle(now=timezone.now())
    return ImportResult(created=len(outcome.created_ids), skipped_existing=outcome.skipped_existing)


# ---------------------------------------------------------------------------------------------------------------
# Import jobs: the web flow (upload → dry run → confirm → store → analyse), one row per file.


def rules_for(actor: Any, *, default_channel: str, default_marking: str) -> RowRules:
    """The uploader's reach: rows outside their regions, or above the markings they may see, are errors."""
    if actor is None:
        return RowRules(default_channel=default_channel, default_marking=default_marking)
    return RowRules(
        default_channel=default_channel,
        default_marking=default_marking,
        allowed_markings=frozenset(visible_markings(actor)),
        region_allowed=lambda code: region_in_scope(actor, code),
    )


def import_job_create(
    *,
    actor: Any,
    filename: str,
    data: bytes,
    default_channel: str = Channel.FIELD_REPORT,
    default_marking: str = Marking.TERBATAS,
    limits: Limits = WEB_LIMITS,
) -> ImportJob:
    """Accept an uploaded file (type and size checked by content) and queue its dry run."""
    if not can(actor, "report.import"):
        raise ApplicationError(_("Peran Anda tidak dapat mengimpor laporan."))
    if default_channel not in Channel.values:
        raise ApplicationError(_("Kanal tidak dikenal: %(channel)s") % {"channel": default_channel})
    if default_marking not in visible_markings(actor):
        raise ApplicationError(_("Klasifikasi bawaan tidak boleh melebihi wewenang Anda."))
    name = clean_text(filename.replace("\\", "/").rsplit("/", 1)[-1], max_length=200, single_line=True) or "berkas"
    kind = detect_format(data, name, limits=limits)
    with transaction.atomic():
        job = ImportJob.objects.create(
            created_by=actor,
            original_name=name,
            file_format=kind.value,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            content=data,
            default_channel=default_channel,
            default_marking=default_marking,
            status=ImportStatus.CHECKING,
        )
        audit_record(
            action="import.upload",
            actor=actor,
            target=job,
            region_code="",
            summary=name,
            data={"size": job.size, "sha256": job.sha256, "format": job.file_format},
        )
        transaction.on_commit(lambda: _enqueue("import_check", job.pk))
    return job


def _enqueue(task_name: str, job_id: int) -> None:
    from waspada.intake import import_tasks

    try:
        getattr(import_tasks, task_name).enqueue(job_id)
    except Exception:
        # The job row stays in its state; its page offers to resume it once it looks stale.
        logger.exception("could not queue %s for import job %s", task_name, job_id)


class _Progress:
    """Writes the job's progress at most twice a second (each write is its own small transaction)."""

    def __init__(self, job_id: int) -> None:
        self.job_id = job_id
        self.last = 0.0
        self.done = 0

    def set(self, done: int, total: int, *, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.last >= PROGRESS_EVERY_SECONDS:
            ImportJob.objects.filter(pk=self.job_id).update(
                progress_done=done, progress_total=max(total, done), updated_at=timezone.now()
            )
            self.last = now


def _check(job: ImportJob, progress: _Progress) -> CheckResult:
    return check_file(
        bytes(job.content),
        job.original_name,
        rules=rules_for(job.created_by, default_channel=job.default_channel, default_marking=job.default_marking),
        progress=progress.set,
    )


def _errors_json(result: CheckResult) -> list[list[Any]]:
    return [[e.row, e.column, e.problem] for e in result.errors[:ERRORS_KEPT]]


def import_job_check(*, job_id: int) -> ImportJob | None:
    """The dry run of an uploaded file: counts, the first errors and a preview, stored on the job."""
    claimed = ImportJob.objects.filter(pk=job_id, status=ImportStatus.CHECKING).update(
        started_at=timezone.now(), progress_done=0, progress_total=0
    )
    if not claimed:
        return None
    job = ImportJob.objects.select_related("created_by").get(pk=job_id)
    progress = _Progress(job.pk)
    try:
        result = _check(job, progress)
    except FileRejected as error:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportStatus.INVALID, message=error.message[:500], content=b"", finished_at=timezone.now()
        )
        return ImportJob.objects.get(pk=job.pk)
    existing = existing_external_ids(r.external_id for r in result.rows)
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportStatus.INVALID if result.errors else ImportStatus.READY,
        total_rows=result.total_rows,
        valid_rows=len(result.rows),
        new_rows=sum(1 for r in result.rows if r.external_id not in existing),
        existing_rows=sum(1 for r in result.rows if r.external_id in existing),
        error_count=len(result.errors),
        errors=_errors_json(result),
        warnings=result.warnings,
        preview=[_preview(r) for r in result.rows[:PREVIEW_ROWS]],
        progress_done=result.total_rows,
        progress_total=result.total_rows,
        # A file with errors is never imported: it is dropped now, the uploader fixes it and uploads again.
        **({"content": b"", "finished_at": timezone.now()} if result.errors else {}),
    )
    return ImportJob.objects.get(pk=job.pk)


def _preview(row: ImportRow) -> dict[str, Any]:
    return {
        "line": row.line,
        "title": row.title[:100],
        "occurred_at": timezone.localtime(row.occurred_at).strftime("%d-%m-%Y %H:%M"),
        "region_code": row.region_code or "",
        "channel": row.channel,
        "marking": row.marking,
        "grading": f"{row.reliability}{row.credibility}",
    }


def import_job_confirm(*, actor: Any, job: ImportJob) -> ImportJob:
    """The uploader, having read the dry run, asks for the import."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job.pk)
        if job.created_by_id != getattr(actor, "pk", None) and not getattr(actor, "is_superuser", False):
            raise ApplicationError(_("Hanya pengunggah berkas yang dapat mengimpornya."))
        if not can(actor, "report.import"):
            raise ApplicationError(_("Peran Anda tidak dapat mengimpor laporan."))
        if job.status != ImportStatus.READY:
            raise ApplicationError(_("Berkas ini tidak dalam keadaan siap diimpor."))
        job.status = ImportStatus.QUEUED
        job.progress_done = job.progress_total = 0
        job.save(update_fields=["status", "progress_done", "progress_total", "updated_at"])
        audit_record(
            action="import.confirm",
            actor=actor,
            target=job,
            region_code="",
            summary=job.original_name,
            data={"rows": job.valid_rows, "new": job.new_rows},
        )
        transaction.on_commit(lambda: _enqueue("import_run", job.pk))
    return job


def import_job_run(*, job_id: int) -> ImportJob | None:
    """Check the file again (the database may have changed since the dry run), then store it in one go."""
    claimed = ImportJob.objects.filter(pk=job_id, status=ImportStatus.QUEUED).update(
        status=ImportStatus.STORING, started_at=timezone.now(), progress_done=0, progress_total=0
    )
    if not claimed:
        return None
    job = ImportJob.objects.select_related("created_by").get(pk=job_id)
    progress = _Progress(job.pk)
    try:
        result = _check(job, progress)
    except FileRejected as error:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportStatus.INVALID, message=error.message[:500], content=b"", finished_at=timezone.now()
        )
        return ImportJob.objects.get(pk=job.pk)
    if result.errors:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportStatus.INVALID,
            error_count=len(result.errors),
            errors=_errors_json(result),
            message=_("Berkas tidak lagi lolos pemeriksaan; tidak ada yang diimpor."),
            content=b"",
            finished_at=timezone.now(),
        )
        return ImportJob.objects.get(pk=job.pk)
    progress.set(0, len(result.rows), force=True)
    try:
        with transaction.atomic():
            outcome = reports_store(result.rows, actor=job.created_by, actor_label=f"impor #{job.pk}", import_job=job)
            ImportJob.objects.filter(pk=job.pk).update(
                status=ImportStatus.ANALYSING if outcome.created_ids else ImportStatus.DONE,
                created_count=len(outcome.created_ids),
                existing_rows=outcome.skipped_existing,
                progress_done=0,
                progress_total=len(outcome.created_ids),
                content=b"",
                **({} if outcome.created_ids else {"finished_at": timezone.now()}),
            )
            audit_record(
                action="import.run",
                actor=job.created_by,
                target=job,
                region_code="",
                summary=job.original_name,
                data={
                    "created": len(outcome.created_ids),
                    "skipped_existing": outcome.skipped_existing,
                    "sha256": job.sha256,
                },
            )
            if outcome.created_ids:
                transaction.on_commit(lambda: _enqueue("import_analyse", job.pk))
    except Exception:
        logger.exception("import job %s failed while storing; nothing was stored", job.pk)
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportStatus.FAILED,
            message=_("Penyimpanan gagal; tidak ada laporan yang disimpan. Coba impor lagi."),
            finished_at=timezone.now(),
        )
    return ImportJob.objects.get(pk=job.pk)


def import_job_analyse(*, job_id: int) -> bool:
    """Analyse the next chunk of the job's reports, oldest first. True when reports are left for another chunk."""
    from waspada.issues.services import issues_settle

    job = ImportJob.objects.filter(pk=job_id, status=ImportStatus.ANALYSING).first()
    if job is None:
        return False

    def heartbeat(_remaining: Sequence[int]) -> None:
        pending.update(analysis_queued_at=timezone.now())
        ImportJob.objects.filter(pk=job_id).update(updated_at=timezone.now())

    pending = Report.objects.filter(import_job_id=job_id, analysis_status=AnalysisStatus.PENDING)
    heartbeat([])
    ids = list(pending.order_by("received_at", "id").values_list("pk", flat=True)[:ANALYSIS_CHUNK_REPORTS])
    reports_analyse_in_order(ids, heartbeat=heartbeat, stop_after_seconds=ANALYSIS_CHUNK_SECONDS)
    left = pending.count()
    ImportJob.objects.filter(pk=job_id).update(progress_done=max(job.created_count - left, 0))
    if left:
        return True
    issues_settle(now=timezone.now())
    with transaction.atomic():
        finished = ImportJob.objects.filter(pk=job_id, status=ImportStatus.ANALYSING).update(
            status=ImportStatus.DONE, finished_at=timezone.now()
        )
        if finished:
            audit_record(
                action="import.finish",
                actor=job.created_by,
                actor_label=f"impor #{job.pk}",
                target=job,
                region_code="",
                summary=job.original_name,
                data=import_job_counts(job),
            )
    return False


def import_job_counts(job: ImportJob) -> dict[str, int]:
    """How far the analysis of the job's reports has come (read from the reports themselves)."""
    counts = dict.fromkeys(AnalysisStatus.values, 0)
    for row in Report.objects.filter(import_job=job).values("analysis_status").order_by():
        counts[row["analysis_status"]] = counts.get(row["analysis_status"], 0) + 1
    return counts


def import_job_is_stale(job: ImportJob) -> bool:
    busy = {ImportStatus.CHECKING, ImportStatus.QUEUED, ImportStatus.STORING, ImportStatus.ANALYSING}
    return job.status in busy and timezone.now() - job.updated_at > STALE_AFTER


def import_job_resume(*, actor: Any, job: ImportJob) -> ImportJob:
    """Start an interrupted job's current step again (after a worker was killed); every step is idempotent."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job.pk)
        if job.created_by_id != getattr(actor, "pk", None) and not getattr(actor, "is_superuser", False):
            raise ApplicationError(_("Hanya pengunggah berkas yang dapat melanjutkannya."))
        if not import_job_is_stale(job) and job.status != ImportStatus.FAILED:
            raise ApplicationError(_("Impor ini masih berjalan."))
        if job.status == ImportStatus.FAILED and not job.content:
            raise ApplicationError(_("Berkasnya sudah tidak ada; unggah lagi."))
        # A store that died never committed: the job goes back to the queue and stores again from the start.
        step = {
            ImportStatus.CHECKING: (ImportStatus.CHECKING, "import_check"),
            ImportStatus.QUEUED: (ImportStatus.QUEUED, "import_run"),
            ImportStatus.STORING: (ImportStatus.QUEUED, "import_run"),
            ImportStatus.FAILED: (ImportStatus.QUEUED, "import_run"),
            ImportStatus.ANALYSING: (ImportStatus.ANALYSING, "import_analyse"),
        }[ImportStatus(job.status)]
        job.status = step[0]
        job.message = ""
        job.save(update_fields=["status", "message", "updated_at"])
        audit_record(action="import.resume", actor=actor, target=job, region_code="", summary=job.original_name)
        transaction.on_commit(lambda: _enqueue(step[1], job.pk))
    return job
