"""Importing a checked file: all of it in one transaction or nothing, then analysed as if it came live."""

from __future__ import annotations

import csv
import datetime as dt
import io
import time
from typing import Any

import pytest
from django.utils import timezone

from waspada.alerts.models import Alert
from waspada.analysis.tasks import analyse_report
from waspada.audit.models import AuditEvent
from waspada.core.exceptions import ApplicationError
from waspada.intake import import_tasks, imports
from waspada.intake.enums import AnalysisStatus, ImportStatus
from waspada.intake.imports import (
    import_job_analyse,
    import_job_check,
    import_job_confirm,
    import_job_create,
    import_job_resume,
    import_job_run,
)
from waspada.intake.models import ImportJob, Report
from waspada.intake.services import reports_requeue_stale

pytestmark = pytest.mark.django_db

PROTESTS = [
    ["id", "judul", "isi", "waktu_kejadian", "waktu_diterima", "kode_wilayah", "kanal"],
    *[
        [
            f"arsip-{n}",
            "Unjuk rasa buruh tambang di Bontang",
            "Ratusan buruh berunjuk rasa di depan kantor perusahaan tambang di Bontang menolak PHK massal.",
            f"20/11/2026 0{n}.00",
            f"20/11/2026 1{n}.30",
            "64.74",
            "news",
        ]
        for n in (3, 1, 2)  # not in the order received: the import sorts them
    ],
]


def csv_bytes(rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def upload(actor: Any, rows: list[list[Any]] = PROTESTS, name: str = "arsip.csv") -> ImportJob:
    job = import_job_create(actor=actor, filename=name, data=csv_bytes(rows))
    checked = import_job_check(job_id=job.pk)
    assert checked is not None
    return checked


def run_to_the_end(actor: Any, job: ImportJob) -> ImportJob:
    import_job_confirm(actor=actor, job=job)
    import_job_run(job_id=job.pk)
    while import_job_analyse(job_id=job.pk):
        pass
    return ImportJob.objects.get(pk=job.pk)


def test_a_recap_is_checked_first_then_stored_in_one_go_and_analysed_in_the_order_received(analis: Any) -> None:
    job = upload(analis)
    assert job.status == ImportStatus.READY
    assert (job.total_rows, job.valid_rows, job.new_rows, job.existing_rows, job.error_count) == (3, 3, 3, 0, 0)
    assert job.preview[0]["title"].startswith("Unjuk rasa") and Report.objects.count() == 0, "a dry run stores nothing"

    job = run_to_the_end(analis, job)
    assert job.status == ImportStatus.DONE and job.created_count == 3 and job.content == b""
    reports = list(Report.objects.order_by("received_at"))
    assert [r.external_id for r in reports] == ["arsip-1", "arsip-2", "arsip-3"]
    assert all(r.import_job == job and r.author == analis and r.channel == "news" for r in reports)
    assert all(r.analysis_status == AnalysisStatus.DONE and r.severity == 2 for r in reports)
    # Three protests within a day in Bontang: the rule fires as of the third one's arrival, not of the import.
    alert = Alert.objects.get(region_id="64.74")
    assert timezone.localtime(alert.raised_at).date() == dt.date(2026, 11, 20)
    actions = list(AuditEvent.objects.filter(object_type="importjob").values_list("action", flat=True))
    assert set(actions) == {"import.upload", "import.confirm", "import.run", "import.finish"}
    submits = AuditEvent.objects.filter(action="report.submit")
    assert submits.count() == 3 and {e.actor for e in submits} == {analis}
    assert {e.data["import_job"] for e in submits} == {job.pk}


def test_importing_the_same_file_again_stores_nothing_twice(analis: Any) -> None:
    run_to_the_end(analis, upload(analis))
    again = upload(analis)
    assert (again.status, again.new_rows, again.existing_rows) == (ImportStatus.READY, 0, 3)
    again = run_to_the_end(analis, again)
    assert again.status == ImportStatus.DONE and again.created_count == 0
    assert Report.objects.count() == 3


def test_a_file_with_a_bad_row_imports_nothing_and_cannot_be_confirmed(analis: Any) -> None:
    rows = [*PROTESTS, ["arsip-9", "Judul", "Isi", "kemarin", "", "99.99", "news"]]
    job = upload(analis, rows)
    assert job.status == ImportStatus.INVALID and job.error_count == 2 and job.content == b""
    assert [e[:2] for e in job.errors] == [[5, "waktu_kejadian"], [5, "kode_wilayah"]]
    with pytest.raises(ApplicationError, match="tidak dalam keadaan siap"):
        import_job_confirm(actor=analis, job=job)
    assert Report.objects.count() == 0


def test_a_failure_half_way_through_storing_leaves_nothing_and_the_import_can_be_retried(
    analis: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = upload(analis)
    import_job_confirm(actor=analis, job=job)

    def crash(**kwargs: Any) -> int:
        assert Report.objects.count() == 3, "the reports were inserted before the failure"
        raise RuntimeError("disk penuh")

    # The reports are inserted, then the audit rows fail: the whole transaction goes.
    monkeypatch.setattr(imports, "audit_record_many", crash)
    failed = import_job_run(job_id=job.pk)
    assert failed is not None and failed.status == ImportStatus.FAILED and "tidak ada laporan" in failed.message
    assert Report.objects.count() == 0 and not AuditEvent.objects.filter(action="report.submit").exists()
    assert ImportJob.objects.get(pk=job.pk).content, "the file is kept so that the import can be tried again"

    monkeypatch.undo()
    import_job_resume(actor=analis, job=job)
    import_job_run(job_id=job.pk)
    while import_job_analyse(job_id=job.pk):
        pass
    assert ImportJob.objects.get(pk=job.pk).status == ImportStatus.DONE
    assert Report.objects.count() == 3


def test_the_file_is_checked_again_at_import_time(analis: Any) -> None:
    job = upload(analis)
    analis.regions.set(["64.08"])  # reassigned between the dry run and the import
    analis._region_codes = None
    import_job_confirm(actor=analis, job=job)
    checked = import_job_run(job_id=job.pk)
    assert checked is not None and checked.status == ImportStatus.INVALID and "tidak lagi lolos" in checked.message
    assert Report.objects.count() == 0


def test_only_the_uploader_confirms_and_operators_cannot_import(analis: Any, operator_kutim: Any, kominda: Any) -> None:
    with pytest.raises(ApplicationError, match="tidak dapat mengimpor"):
        import_job_create(actor=operator_kutim, filename="x.csv", data=csv_bytes(PROTESTS))
    job = upload(analis)
    with pytest.raises(ApplicationError, match="pengunggah"):
        import_job_confirm(actor=kominda, job=job)


def test_a_killed_analysis_is_finished_by_the_sweep_and_live_reports_go_first(analis: Any) -> None:
    job = upload(analis)
    import_job_confirm(actor=analis, job=job)
    import_job_run(job_id=job.pk)  # stored; the worker "dies" before analysing anything
    pending = Report.objects.filter(import_job=job, analysis_status=AnalysisStatus.PENDING)
    assert pending.count() == 3 and all(r.analysis_queued_at for r in pending)
    assert reports_requeue_stale(older_than=dt.timedelta(seconds=0)) == 3, "the scheduler's sweep takes over"
    assert import_tasks.import_analyse.priority < analyse_report.priority
    assert import_tasks.import_run.priority < analyse_report.priority


def test_while_an_import_is_analysed_its_waiting_reports_stay_out_of_the_sweep(
    analis: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = upload(analis)
    import_job_confirm(actor=analis, job=job)
    import_job_run(job_id=job.pk)
    long_ago = timezone.now() - dt.timedelta(hours=1)
    Report.objects.filter(import_job=job).update(analysis_queued_at=long_ago)
    monkeypatch.setattr(imports, "ANALYSIS_CHUNK_REPORTS", 1)
    assert import_job_analyse(job_id=job.pk) is True
    waiting = Report.objects.filter(import_job=job, analysis_status=AnalysisStatus.PENDING)
    assert waiting.count() == 2
    assert all(r.analysis_queued_at and r.analysis_queued_at > long_ago for r in waiting), "heartbeat"
    assert reports_requeue_stale(older_than=dt.timedelta(minutes=1)) == 0
    assert ImportJob.objects.get(pk=job.pk).progress_done == 1


def test_an_interrupted_job_can_be_resumed_once_it_looks_stale(analis: Any) -> None:
    job = upload(analis)
    import_job_confirm(actor=analis, job=job)
    ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.STORING)  # the worker died while storing
    job.refresh_from_db()
    with pytest.raises(ApplicationError, match="masih berjalan"):
        import_job_resume(actor=analis, job=job)
    ImportJob.objects.filter(pk=job.pk).update(updated_at=timezone.now() - dt.timedelta(minutes=10))
    job.refresh_from_db()
    assert import_job_resume(actor=analis, job=job).status == ImportStatus.QUEUED
    import_job_run(job_id=job.pk)
    assert Report.objects.filter(import_job=job).count() == 3


def test_the_background_tasks_run_the_whole_flow(
    analis: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        job = import_job_create(actor=analis, filename="arsip.csv", data=csv_bytes(PROTESTS))
    job.refresh_from_db()
    assert job.status == ImportStatus.READY
    with django_capture_on_commit_callbacks(execute=True):
        import_job_confirm(actor=analis, job=job)
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE and Report.objects.filter(analysis_status="done").count() == 3


@pytest.mark.slow
def test_fifty_thousand_rows_are_checked_and_stored_in_one_transaction(
    analis: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [["id", "judul", "isi", "waktu_kejadian", "kode_wilayah"]]
    rows += [
        [
            f"rekap-{n}",
            f"Laporan {n}",
            "Warga berkumpul di balai desa membahas batas kebun. " * 3,
            "20/11/2026",
            "64.08",
        ]
        for n in range(50_000)
    ]
    data = csv_bytes(rows)
    assert len(data) < 20 * 1024 * 1024
    monkeypatch.setattr(imports, "_enqueue", lambda *args: None)
    started = time.perf_counter()
    uploaded = import_job_create(actor=analis, filename="besar.csv", data=data)
    job = import_job_check(job_id=uploaded.pk)
    checked = time.perf_counter()
    assert job is not None and (job.status, job.new_rows) == (ImportStatus.READY, 50_000)
    assert job.progress_done == job.progress_total == 50_000
    import_job_confirm(actor=analis, job=job)
    stored_job = import_job_run(job_id=job.pk)
    stored = time.perf_counter()
    assert stored_job is not None and stored_job.status == ImportStatus.ANALYSING and stored_job.created_count == 50_000
    assert Report.objects.filter(import_job=stored_job).count() == 50_000
    assert AuditEvent.objects.filter(action="report.submit").count() == 50_000
    print(f"50k rows: dry run {checked - started:.1f} s, check again and store {stored - checked:.1f} s")
