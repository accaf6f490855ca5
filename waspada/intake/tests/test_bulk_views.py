"""The import pages: a provincial analyst uploads the FKDM recap, reads the dry run, imports, watches it finish."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import StopUpload
from django.test import Client
from django.utils import timezone

from conftest import PASSWORD
from waspada.intake.enums import ImportStatus
from waspada.intake.models import ImportJob, Report
from waspada.intake.views_import import _SizeLimitedUpload

pytestmark = pytest.mark.django_db

RECAP = [
    ["id", "judul", "isi", "waktu_kejadian", "kode_wilayah", "sumber"],
    [
        "FKDM-1",
        "Blokade jalan hauling",
        "Warga Desa Sepaso memblokade jalan hauling.",
        "20/11/2026 07.30",
        "64.08.09",
        "FKDM Kutim",
    ],
    ["FKDM-2", "Unjuk rasa buruh", "Buruh berunjuk rasa menolak PHK.", "21/11/2026 10.00", "64.74", "FKDM Bontang"],
]


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def csv_file(rows: list[list[Any]], name: str = "rekap-november.csv") -> SimpleUploadedFile:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return SimpleUploadedFile(name, out.getvalue().encode(), content_type="text/csv")


def login(user: Any, **kwargs: Any) -> Client:
    client = Client(**kwargs)
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_an_analyst_uploads_reads_the_dry_run_imports_and_sees_it_finish(
    analis: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = login(analis)
    page = client.get("/laporan/impor/").content.decode()
    assert "waktu_kejadian" in page and "templat" in page.lower()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/laporan/impor/",
            {"berkas": csv_file(RECAP), "default_channel": "field_report", "default_marking": "terbatas"},
        )
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/laporan/impor/{job.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Siap diimpor" in page and "Blokade jalan hauling" in page and "Impor 2 laporan" in page
    assert Report.objects.count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/laporan/impor/{job.pk}/impor/")
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE and job.created_count == 2
    page = client.get(f"/laporan/impor/{job.pk}/").content.decode()
    assert "Selesai" in page and 'data-field="created">2<' in page
    assert set(Report.objects.values_list("external_id", flat=True)) == {"FKDM-1", "FKDM-2"}
    assert "rekap-november.csv" in client.get("/laporan/impor/").content.decode(), "listed among recent imports"


def test_the_progress_box_polls_while_busy_and_reloads_the_page_when_done(analis: Any) -> None:
    client = login(analis)
    job = ImportJob.objects.create(
        created_by=analis,
        original_name="besar.csv",
        file_format="csv",
        size=1,
        sha256="0" * 64,
        content=b"x",
        default_channel="field_report",
        default_marking="terbatas",
        status=ImportStatus.CHECKING,
        progress_done=12_500,
        progress_total=50_000,
    )
    busy = client.get(f"/laporan/impor/{job.pk}/kemajuan/", HTTP_HX_REQUEST="true")
    html = busy.content.decode()
    assert 'hx-trigger="every 1s"' in html and 'value="12500"' in html and "HX-Refresh" not in busy
    ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.READY)
    done = client.get(f"/laporan/impor/{job.pk}/kemajuan/", HTTP_HX_REQUEST="true")
    assert done["HX-Refresh"] == "true" and "hx-trigger" not in done.content.decode()


def test_a_bad_recap_shows_each_rows_problem_and_offers_no_import(
    analis: Any, django_capture_on_commit_callbacks: Any
) -> None:
    rows = [
        *RECAP,
        ["FKDM-3", "<script>alert('x')</script>", "Isi", "kemarin", "64.08", ""],
        ["FKDM-4", "Judul", "Isi", "20/11/2026", "=cmd|' /C calc'!A0", ""],
    ]
    client = login(analis)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/laporan/impor/", {"berkas": csv_file(rows), "default_channel": "news", "default_marking": "publik"}
        )
    job = ImportJob.objects.get()
    page = client.get(f"/laporan/impor/{job.pk}/").content.decode()
    assert job.status == ImportStatus.INVALID and "Impor 2 laporan" not in page
    assert "<script>alert" not in page
    assert "tanggal tidak dikenali" in page and "kode wilayah =cmd" in page
    report = client.get(f"/laporan/impor/{job.pk}/kesalahan.csv")
    assert report["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(report.content.decode("utf-8-sig"))))
    assert lines[0] == ["baris", "kolom", "masalah"]
    assert lines[1][:2] == ["4", "waktu_kejadian"] and lines[2][:2] == ["5", "kode_wilayah"]
    assert client.post(f"/laporan/impor/{job.pk}/impor/").status_code == 302
    assert ImportJob.objects.get().status == ImportStatus.INVALID and Report.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"\x00\xff\xfe binary junk \x00" * 200, "rekap.csv", "bukan teks"),
        (b"judul,isi,waktu_kejadian\n", "rekap.xlsx", "tidak sesuai"),
        (b"judul;isi\n", "rekap.exe", "tidak didukung"),
    ],
)
def test_hostile_uploads_are_refused_on_the_form_and_nothing_is_kept(
    analis: Any, content: bytes, name: str, message: str
) -> None:
    response = login(analis).post(
        "/laporan/impor/",
        {"berkas": SimpleUploadedFile(name, content), "default_channel": "news", "default_marking": "terbatas"},
    )
    assert response.status_code == 400 and message in response.content.decode()
    assert ImportJob.objects.count() == 0


def test_an_upload_over_the_limit_is_refused_before_it_is_read(analis: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from waspada.intake import views_import

    monkeypatch.setattr(views_import, "MAX_UPLOAD_BYTES", 1000)
    big = csv_file([*RECAP, *([["x", "y" * 1000, "20/11/2026", "", ""]] * 100)])
    response = login(analis).post(
        "/laporan/impor/", {"berkas": big, "default_channel": "news", "default_marking": "terbatas"}
    )
    assert response.status_code == 413 and "terlalu besar" in response.content.decode()
    assert ImportJob.objects.count() == 0


def test_the_upload_limit_holds_even_when_content_length_lies(rf: Any) -> None:
    limiter = _SizeLimitedUpload(rf.post("/"), limit=10)
    assert limiter.receive_data_chunk(b"12345", 0) == b"12345"
    with pytest.raises(StopUpload):
        limiter.receive_data_chunk(b"678901", 5)
    assert limiter.exceeded


def test_uploading_needs_the_csrf_token(analis: Any) -> None:
    client = login(analis, enforce_csrf_checks=True)
    response = client.post(
        "/laporan/impor/", {"berkas": csv_file(RECAP), "default_channel": "news", "default_marking": "terbatas"}
    )
    assert response.status_code == 403 and ImportJob.objects.count() == 0


def test_only_analysts_and_admins_import_and_each_sees_only_their_own_jobs(
    analis: Any, operator_kutim: Any, fkdm_kutim: Any, kominda: Any, pimpinan: Any, make_user: Any
) -> None:
    job = ImportJob.objects.create(
        created_by=analis,
        original_name="rekap.csv",
        file_format="csv",
        size=1,
        sha256="0" * 64,
        content=b"x",
        default_channel="field_report",
        default_marking="terbatas",
        status=ImportStatus.READY,
    )
    colleague = make_user("analis.dua", "analis_provinsi", "64")
    pages = [
        f"/laporan/impor/{job.pk}/",
        f"/laporan/impor/{job.pk}/kemajuan/",
        f"/laporan/impor/{job.pk}/kesalahan.csv",
    ]
    actions = [f"/laporan/impor/{job.pk}/impor/", f"/laporan/impor/{job.pk}/lanjutkan/"]
    for user in (operator_kutim, fkdm_kutim, kominda, pimpinan):
        client = login(user)
        assert client.get("/laporan/impor/").status_code == 404
        assert client.get("/laporan/impor/templat.csv").status_code == 404
        assert client.post("/laporan/impor/", {}).status_code == 404
    for user in (operator_kutim, colleague):
        client = login(user)
        for url in pages:
            assert client.get(url).status_code == 404, (user.username, url)
        for url in actions:
            assert client.post(url).status_code == 404, (user.username, url)
    assert ImportJob.objects.get().status == ImportStatus.READY
    assert "rekap.csv" not in login(colleague).get("/laporan/impor/").content.decode()
    assert Client().get("/laporan/impor/").status_code == 302


def test_a_job_left_hanging_by_a_dead_worker_offers_to_resume(
    analis: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = login(analis)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/laporan/impor/", {"berkas": csv_file(RECAP), "default_channel": "news", "default_marking": "terbatas"}
        )
    job = ImportJob.objects.get()
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportStatus.STORING, updated_at=timezone.now() - dt.timedelta(minutes=30)
    )
    page = client.get(f"/laporan/impor/{job.pk}/").content.decode()
    assert "Lanjutkan impor" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/laporan/impor/{job.pk}/lanjutkan/")
    assert ImportJob.objects.get().status == ImportStatus.DONE and Report.objects.count() == 2


def test_the_template_lists_the_documented_columns(analis: Any) -> None:
    response = login(analis).get("/laporan/impor/templat.csv")
    header = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {"judul", "isi", "waktu_kejadian", "kode_wilayah", "klasifikasi", "id"} <= set(header)
