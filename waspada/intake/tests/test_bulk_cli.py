"""`waspada import reports FILE` takes the FKDM's CSV or XLSX as well as JSON lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from waspada.intake.models import Report

pytestmark = pytest.mark.django_db


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_reports", *args, "--verbosity", "0", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_csv_recap_is_imported_from_the_command_line_and_a_second_run_skips_it(tmp_path: Path) -> None:
    path = tmp_path / "rekap.csv"
    path.write_text(
        "judul;isi;waktu_kejadian;kode_wilayah\n"
        "Unjuk rasa buruh;Ratusan buruh berunjuk rasa di Bontang menolak PHK massal.;20/11/2026 08.00;64.74\n",
        encoding="utf-8",
    )
    out, _err = run(str(path), "--channel", "news", "--marking", "publik")
    assert "1 laporan diimpor" in out
    report = Report.objects.get()
    assert (report.channel, report.marking, report.analysis_status) == ("news", "publik", "done")
    out, _err = run(str(path), "--channel", "news", "--marking", "publik")
    assert "0 laporan diimpor" in out and "1 sudah ada" in out


def test_an_xlsx_with_an_error_stops_everything_with_its_row_and_column(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Judul", "Isi", "Waktu kejadian"])
    sheet.append(["Baik", "Isi", "20/11/2026"])
    sheet.append(["Buruk", "Isi", "besok lusa"])
    path = tmp_path / "rekap.xlsx"
    book.save(path)
    with pytest.raises(CommandError, match="tidak ada yang diimpor"):
        run(str(path))
    with pytest.raises(CommandError):
        call_command("import_reports", str(path), stdout=io.StringIO(), stderr=(err := io.StringIO()))
    assert "baris 3, kolom Waktu kejadian" in err.getvalue()
    assert Report.objects.count() == 0


def test_a_dry_run_counts_new_and_known_rows_and_a_file_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "arsip.jsonl"
    line = {
        "external_id": "arsip-1",
        "channel": "news",
        "occurred_at": "2026-11-20T08:00:00+08:00",
        "received_at": "2026-11-20T09:00:00+08:00",
        "title": "Unjuk rasa",
        "text": "Isi",
    }
    path.write_text(json.dumps(line) + "\n")
    out, _err = run(str(path), "--dry-run")
    assert "1 baris sah" in out and "1 baru" in out and Report.objects.count() == 0
    junk = tmp_path / "rekap.csv"
    junk.write_bytes(b"\x00\x01" * 100)
    with pytest.raises(CommandError, match="bukan teks"):
        run(str(junk))
