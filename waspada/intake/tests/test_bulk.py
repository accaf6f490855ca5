"""Reading import files: what a recap from the field looks like, and what a hostile file tries."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import secrets
import zipfile
from typing import Any

import openpyxl
import pytest
from django.utils import timezone

from waspada.accounts.permissions import region_in_scope, visible_markings
from waspada.intake import bulk
from waspada.intake.bulk import FileFormat, FileRejected, Limits, RowRules, check_file, errors_csv, parse_when

pytestmark = pytest.mark.django_db

HEADER = ["id", "judul", "isi", "waktu_kejadian", "kode_wilayah", "kanal", "klasifikasi", "keandalan", "kredibilitas"]
ROW = [
    "FKDM-KUTIM-001",
    "Warga blokade jalan hauling",
    "Sekitar 60 warga Desa Sepaso memblokade jalan hauling perusahaan sawit.",
    "20/11/2026 07.30",
    "64.08.09",
    "field_report",
    "terbatas",
    "B",
    "2",
]


def csv_bytes(rows: list[list[Any]], *, delimiter: str = ",", bom: bool = False) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return ("\ufeff" if bom else "").encode() + out.getvalue().encode()


def xlsx_bytes(rows: list[list[Any]], *, title: str = "Rekap") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def problems(result: bulk.CheckResult) -> list[tuple[int, str, str]]:
    return [(e.row, e.column, e.problem) for e in result.errors]


def test_an_fkdm_recap_saved_by_an_indonesian_excel_is_read_with_its_semicolons_bom_and_title_lines() -> None:
    data = csv_bytes(
        [
            ["REKAP LAPORAN FKDM KUTAI TIMUR — NOVEMBER 2026"],
            [],
            ["No", "Judul", "Isi / Uraian", "Waktu Kejadian (dd/mm/yyyy)", "Kode Wilayah", "Sumber"],
            [
                "1",
                "Blokade jalan hauling",
                "Warga memblokade jalan.",
                "20 November 2026 pukul 07.30 WITA",
                "64.08.09",
                "FKDM",
            ],
            ["2", "Unjuk rasa buruh", "Buruh berunjuk rasa.", "21/11/2026", "64.08", ""],
        ],
        delimiter=";",
        bom=True,
    )
    result = check_file(data, "rekap-fkdm.csv")
    assert result.file_format == FileFormat.CSV and result.errors == []
    assert result.total_rows == 2 and [r.line for r in result.rows] == [4, 5]
    first, second = result.rows
    assert first.title == "Blokade jalan hauling" and first.region_code == "64.08.09" and first.source == "FKDM"
    assert first.occurred_at == dt.datetime(2026, 11, 20, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert first.received_at == first.occurred_at, "without waktu_diterima the report arrived when it happened"
    assert second.occurred_at == timezone.make_aware(dt.datetime(2026, 11, 21))
    assert (first.channel, first.marking, first.reliability, first.credibility) == ("field_report", "terbatas", "F", 6)
    assert "No" in result.warnings[0], "an unknown column is named, and ignored"
    assert first.external_id.startswith("impor:") and first.external_id != second.external_id


def test_english_headers_and_defaults_chosen_at_upload() -> None:
    data = csv_bytes(
        [["title", "text", "occurred_at", "received_at"], ["A", "B", "2026-11-20T08:00:00+08:00", "2026-11-20 09:00"]]
    )
    result = check_file(data, "export.csv", rules=RowRules(default_channel="news", default_marking="publik"))
    (row,) = result.rows
    assert (row.channel, row.marking) == ("news", "publik")
    assert row.received_at - row.occurred_at == dt.timedelta(hours=1)


def test_an_xlsx_with_typed_cells_is_read_in_read_only_mode() -> None:
    data = xlsx_bytes(
        [
            ["Judul", "Isi", "Waktu kejadian", "Kode wilayah", "Kredibilitas", "Keandalan", "Kanal"],
            [
                "Bentrok warga",
                "Dua kelompok pemuda bentrok.",
                dt.datetime(2026, 11, 20, 22, 0),
                64.08,
                2,
                "c",
                "Berita",
            ],
            [None, None, None, None, None, None, None],
            ["Serial", "Tanggal sebagai angka.", 46346.5, "64.72", 3.0, "A", "sms"],
        ]
    )
    result = check_file(data, "rekap.xlsx")
    assert result.file_format == FileFormat.XLSX and problems(result) == []
    first, second = result.rows
    assert first.region_code == "64.08" and first.credibility == 2 and first.reliability == "C"
    assert first.channel == "news" and first.occurred_at == timezone.make_aware(dt.datetime(2026, 11, 20, 22, 0))
    assert second.line == 4 and second.occurred_at.date() == dt.date(2026, 11, 20)
    assert second.occurred_at.hour == 12


def test_a_sheet_named_laporan_is_preferred_and_lying_dimensions_do_not_hide_rows() -> None:
    book = openpyxl.Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Sampul"
    cover.append(["Rekap FKDM"])
    sheet = book.create_sheet("Laporan")
    sheet.append(["judul", "isi", "waktu_kejadian"])
    for n in range(30):
        sheet.append([f"Laporan {n}", "Isi", "2026-11-20"])
    out = io.BytesIO()
    book.save(out)
    # Rewrite the recorded dimension to claim the sheet ends at row 3.
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    forged = io.BytesIO()
    with zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                content = content.replace(b'<dimension ref="A1:C31"/>', b'<dimension ref="A1:C3"/>')
                assert b'ref="A1:C3"' in content
            target.writestr(item, content)
    result = check_file(forged.getvalue(), "rekap.xlsx")
    assert len(result.rows) == 30


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-20T08:30:00+08:00", dt.datetime(2026, 11, 20, 0, 30, tzinfo=dt.UTC)),
        ("20/11/2026 08.30", dt.datetime(2026, 11, 20, 0, 30, tzinfo=dt.UTC)),
        ("20-11-2026 08:30:15", dt.datetime(2026, 11, 20, 0, 30, 15, tzinfo=dt.UTC)),
        ("Jumat, 20 Nopember 2026 jam 08.30 WIB", dt.datetime(2026, 11, 20, 1, 30, tzinfo=dt.UTC)),
        ("20 Agustus 2026", dt.datetime(2026, 8, 19, 16, 0, tzinfo=dt.UTC)),
        ("2026-11-20", dt.datetime(2026, 11, 19, 16, 0, tzinfo=dt.UTC)),
    ],
)
def test_times_as_people_write_them(value: str, expected: dt.datetime) -> None:
    assert parse_when(value) == expected


@pytest.mark.parametrize("value", ["kemarin sore", "31/02/2026", "2026-13-01", "", "20 Brumaire 2026", True, 12.5])
def test_times_that_are_not_times(value: Any) -> None:
    with pytest.raises(ValueError):
        parse_when(value)


def test_every_bad_row_is_named_with_its_number_column_and_problem() -> None:
    later = (timezone.localtime() + dt.timedelta(days=3)).strftime("%d/%m/%Y")
    data = csv_bytes(
        [
            HEADER,
            ROW,
            ["", "", "isi tanpa judul", "20/11/2026", "", "", "", "", ""],
            ["x2", "Judul", "Isi", "kemarin", "99.99", "merpati", "sangat rahasia", "Z", "9"],
            ["x3", "Judul", "Isi", later, "", "", "", "", ""],
            ["FKDM-KUTIM-001", "Judul", "Isi", "20/11/2026", "", "", "", "", ""],
            ["x4", "J" * 201, "I" * 20_001, "20/11/2026", "", "", "", "", ""],
        ]
    )
    result = check_file(data, "rekap.csv")
    assert [r.line for r in result.rows] == [2]
    found = problems(result)
    assert (3, "judul", "wajib diisi") in found
    row4 = {column: problem for row, column, problem in found if row == 4}
    assert set(row4) == {"waktu_kejadian", "kode_wilayah", "kanal", "klasifikasi", "keandalan", "kredibilitas"}
    assert "tidak dikenali" in row4["waktu_kejadian"] and "99.99" in row4["kode_wilayah"]
    assert "merpati" in row4["kanal"] and "A–F" in row4["keandalan"]
    assert (5, "waktu_kejadian", "di masa depan") in found
    assert (6, "id", "FKDM-KUTIM-001 sudah dipakai di baris 2") in found
    assert {column for row, column, _p in found if row == 7} == {"judul", "isi"}
    assert str(result.errors[0]).startswith("baris 3, kolom judul:")


def test_identical_rows_without_an_id_are_one_report_twice() -> None:
    result = check_file(csv_bytes([HEADER[1:4], ROW[1:4], ROW[1:4]]), "rekap.csv")
    assert len(result.rows) == 1 and problems(result) == [(3, "", "sama persis dengan baris 2")]


def test_the_uploaders_reach_limits_regions_and_markings(operator_kutim: Any) -> None:
    rules = RowRules(
        allowed_markings=frozenset(visible_markings(operator_kutim)),
        region_allowed=lambda code: region_in_scope(operator_kutim, code),
    )
    data = csv_bytes(
        [
            ["judul", "isi", "waktu_kejadian", "kode_wilayah", "klasifikasi"],
            ["Kutim", "Isi", "20/11/2026", "64.08", "terbatas"],
            ["Berau", "Isi", "20/11/2026", "64.03", "terbatas"],
            ["Rahasia", "Isi", "20/11/2026", "64.08", "rahasia"],
            ["Tanpa wilayah", "Isi", "20/11/2026", "", ""],
        ]
    )
    result = check_file(data, "x.csv", rules=rules)
    assert [r.title for r in result.rows] == ["Kutim"]
    assert [(row, column) for row, column, _p in problems(result)] == [
        (3, "kode_wilayah"),
        (4, "klasifikasi"),
        (5, "kode_wilayah"),  # the province is not the operator's
    ]


# Hostile files --------------------------------------------------------------------------------------------


def test_csv_injection_is_kept_as_data_but_neutralised_in_the_error_report() -> None:
    payload = "=cmd|' /C calc'!A0"
    data = csv_bytes([HEADER, ["x1", payload, "@SUM(1+1)*cmd|' /C calc'!A0", "20/11/2026", "", payload, "", "", ""]])
    result = check_file(data, "rekap.csv")
    assert result.rows == []
    (error,) = result.errors
    assert error.column == "kanal" and error.problem.startswith(payload)
    report = list(csv.reader(io.StringIO(errors_csv([[e.row, e.column, e.problem] for e in result.errors]))))
    assert report[1][2].startswith("'=cmd"), "a spreadsheet shows it as text, never runs it"
    for value in ("=1+1", "+1", "-1", "@x", "\t=1", "\uff1d1"):
        assert bulk.spreadsheet_safe(value).startswith("'")
    assert bulk.spreadsheet_safe("Warga = 60 orang") == "Warga = 60 orang"


def test_invalid_utf8_is_refused_with_the_line_where_it_breaks() -> None:
    data = csv_bytes([HEADER, ROW]) + b"Judul;Isi;20/11/2026\n" + b"caf\xe9 \xff\n"
    with pytest.raises(FileRejected, match=r"UTF-8.*baris 4"):
        check_file(data, "rekap.csv")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"\x00\x01\x02binary\x00junk" * 100, "rekap.csv", "bukan teks"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "rekap.xls", "tidak didukung"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "rekap.xlsx", "tidak didukung"),
        (b"judul,isi\nA,B\n", "rekap.xlsx", "tidak sesuai"),
        (b"", "rekap.csv", "kosong"),
        (b"   \n\n", "rekap.csv", "kosong"),
        (b"judul,isi\n", "rekap.exe", "tidak didukung"),
        (b"PK\x03\x04 not really a zip", "rekap.xlsx", "rusak"),
        (b"nama,umur\nBudi,30\n", "data.csv", "judul kolom tidak ditemukan"),
        (b"judul,isi\nA,B\n", "data.csv", "waktu_kejadian"),
        (b"judul,title,isi,waktu_kejadian\n", "data.csv", "dua kali"),
    ],
)
def test_files_that_are_not_what_they_claim_are_refused_as_a_whole(data: bytes, name: str, message: str) -> None:
    with pytest.raises(FileRejected, match=message):
        check_file(data, name)


def test_a_zip_pretending_to_be_csv_is_refused() -> None:
    with pytest.raises(FileRejected, match="tidak sesuai"):
        check_file(xlsx_bytes([["judul", "isi", "waktu_kejadian"]]), "rekap.csv")


def test_an_xlsx_zip_bomb_is_refused_before_it_is_inflated() -> None:
    out = io.BytesIO(xlsx_bytes([["judul", "isi", "waktu_kejadian"], ["A", "B", "2026-11-20"]]))
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("xl/media/nol.bin", "w") as member:
        for _ in range(20):
            member.write(b"\x00" * (1024 * 1024))
    assert len(out.getvalue()) < 200_000
    with pytest.raises(FileRejected, match="bom zip"):
        check_file(out.getvalue(), "rekap.xlsx")


def test_an_xlsx_that_inflates_beyond_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "XLSX_MAX_UNCOMPRESSED", 4096)
    with pytest.raises(FileRejected, match="terlalu besar setelah dibuka"):
        check_file(xlsx_bytes([["judul", "isi", "waktu_kejadian"], ["A", "B" * 5000, "2026-11-20"]]), "rekap.xlsx")


def test_an_ods_or_a_random_zip_named_xlsx_is_refused() -> None:
    for members, message in (({"content.xml": b"<x/>"}, "OpenDocument"), ({"a.txt": b"halo"}, "bukan buku kerja")):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for member, content in members.items():
                archive.writestr(member, content)
        with pytest.raises(FileRejected, match=message):
            check_file(out.getvalue(), "rekap.xlsx")


def test_a_10_mb_cell_is_one_rows_error_not_a_crash() -> None:
    huge = secrets.token_hex(5 * 1024 * 1024)  # 10 MB of text that does not compress away
    for data, name in (
        (csv_bytes([HEADER[1:4], ["Judul", huge, "20/11/2026"], ROW[1:4]]), "rekap.csv"),
        (xlsx_bytes([HEADER[1:4], ["Judul", huge, "20/11/2026"], ROW[1:4]]), "rekap.xlsx"),
    ):
        result = check_file(data, name)
        assert [r.line for r in result.rows] == [3]
        (error,) = result.errors
        assert (error.row, error.column) == (2, "isi") and "terlalu panjang" in error.problem


def test_size_and_row_limits() -> None:
    with pytest.raises(FileRejected, match="terlalu besar"):
        check_file(b"judul,isi,waktu_kejadian\n" + b"a,b,2026-11-20\n" * 10, "x.csv", limits=Limits(max_bytes=100))
    rows = [HEADER[1:4]] + [[f"L{n}", "isi", "20/11/2026"] for n in range(5)]
    with pytest.raises(FileRejected, match="lebih dari 3 baris"):
        check_file(csv_bytes(rows), "x.csv", limits=Limits(max_rows=3))
    with pytest.raises(FileRejected, match="lebih dari 3 baris"):
        lines = [json.dumps({"external_id": f"e{n}"}) for n in range(5)]
        check_file("\n".join(lines).encode(), "x.jsonl", limits=Limits(max_rows=3))


def test_a_default_upload_limit_of_20_mb() -> None:
    assert bulk.MAX_UPLOAD_BYTES == 20 * 1024 * 1024
    with pytest.raises(FileRejected, match="paling besar 20 MB"):
        bulk.detect_format(b"a" * (bulk.MAX_UPLOAD_BYTES + 1), "x.csv")


def test_json_lines_keep_their_strict_contract_and_deeply_nested_json_is_one_rows_error() -> None:
    good = {
        "external_id": "arsip-1",
        "channel": "news",
        "occurred_at": "2026-11-20T08:00:00+08:00",
        "received_at": "2026-11-20T09:00:00+08:00",
        "title": "Unjuk rasa",
        "text": "Isi",
    }
    lines = [
        json.dumps(good),
        json.dumps({**good, "external_id": "arsip-2", "occurred_at": "20/11/2026"}),  # ISO 8601 only
        json.dumps({**good, "external_id": "arsip-3", "channel": "News"}),  # exact codes only
        "[" * 100_000 + "]" * 100_000,
        json.dumps({**good, "external_id": "arsip-4", "judul": "alias diterima"}).replace(
            '"title": "Unjuk rasa", ', ""
        ),
    ]
    result = check_file("\n".join(lines).encode(), "arsip.jsonl")
    assert [r.external_id for r in result.rows] == ["arsip-1", "arsip-4"]
    assert [(e.row, e.column) for e in result.errors] == [(2, "occurred_at"), (3, "channel"), (4, "")]
