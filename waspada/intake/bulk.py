"""Files of reports for bulk import — CSV, XLSX and JSON lines — read, bounded and checked row by row.

Nothing here writes: `check_file()` is the dry run. It recognises the format by content (the name only has to
agree), refuses hostile files as a whole (too big, binary junk, invalid UTF-8, zip bombs) and reports every bad
row with its number, its column and the problem in Bahasa Indonesia. `waspada.intake.imports` stores the rows.

Columns (a header row is needed in CSV and XLSX; it may sit below a few title lines):

| field | header names accepted |
|---|---|
| title (required) | judul, title, perihal |
| text (required) | isi, text, fakta, uraian |
| occurred_at (required) | waktu_kejadian, occurred_at, tanggal_kejadian |
| received_at | waktu_diterima, received_at (default: waktu_kejadian) |
| channel | kanal, channel (default chosen at upload) |
| region_code | kode_wilayah, region_code (default: the home province) |
| source | sumber, source |
| marking | klasifikasi, marking (default chosen at upload) |
| reliability | keandalan, reliability (A–F, default F) |
| credibility | kredibilitas, credibility (1–6, default 6) |
| external_id | id, external_id (default: a fingerprint of the row, so a re-import is skipped) |
| who, why, opinion, location_detail | siapa, mengapa, pendapat, detail_lokasi (or the English names) |

JSON lines keep their stricter contract: `external_id`, `channel`, `occurred_at`, `received_at`, `title` and
`text` are required, as strings, times in ISO 8601.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from waspada.core.enums import Channel, Credibility, Marking, Reliability
from waspada.core.exceptions import ApplicationError
from waspada.core.text import clean_text
from waspada.intake.services import FUTURE_TOLERANCE, TEXT_MAX, TITLE_MAX
from waspada.regions.models import Region

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
LINE_MAX_BYTES = 1024 * 1024
# An XLSX is a zip: what it inflates to is bounded in total and per member, whatever the upload size.
XLSX_MAX_UNCOMPRESSED = 200 * 1024 * 1024
XLSX_MAX_RATIO = 100
XLSX_MAX_MEMBERS = 10_000
HEADER_SEARCH_ROWS = 10
ERRORS_KEPT = 1_000
PREVIEW_ROWS = 5

# Every cell of a file within the size limit can be read, so that an oversized cell becomes a row error
# ("terlalu panjang") instead of a parser crash.
csv.field_size_limit(max(csv.field_size_limit(), 1024 * 1024 * 1024))


class FileFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    JSONL = "jsonl"


class FileRejected(ApplicationError):
    """The file as a whole cannot be imported (type, size, encoding, missing columns)."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int = MAX_UPLOAD_BYTES
    max_rows: int = MAX_ROWS


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    problem: str

    def __str__(self) -> str:
        if self.column:
            return _("baris %(n)s, kolom %(column)s: %(problem)s") % {
                "n": self.row,
                "column": self.column,
                "problem": self.problem,
            }
        return _("baris %(n)s: %(problem)s") % {"n": self.row, "problem": self.problem}


@dataclass(frozen=True)
class ImportRow:
    line: int
    external_id: str
    channel: str
    occurred_at: dt.datetime
    received_at: dt.datetime
    title: str
    text: str
    region_code: str | None
    source: str | None
    marking: str
    reliability: str
    credibility: int
    extra: dict[str, str]


@dataclass
class CheckResult:
    file_format: FileFormat
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    total_rows: int = 0
    columns: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RowRules:
    """What a row may hold besides its own consistency: defaults, and the uploader's reach."""

    default_channel: str = Channel.FIELD_REPORT
    default_marking: str = Marking.TERBATAS
    # Markings the uploader may import (None: any) and whether a region code lies in their reach (None: any).
    allowed_markings: frozenset[str] | None = None
    region_allowed: Callable[[str], bool] | None = None


# Canonical field → header names accepted (after normalising: lower case, spaces and dashes to "_").
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("judul", "title", "perihal"),
    "text": ("isi", "text", "fakta", "uraian"),
    "occurred_at": ("waktu_kejadian", "occurred_at", "tanggal_kejadian"),
    "received_at": ("waktu_diterima", "received_at"),
    "channel": ("kanal", "channel"),
    "region_code": ("kode_wilayah", "region_code"),
    "source": ("sumber", "source"),
    "marking": ("klasifikasi", "marking"),
    "reliability": ("keandalan", "reliability"),
    "credibility": ("kredibilitas", "credibility"),
    "external_id": ("id", "external_id"),
    "who": ("siapa", "who"),
    "why": ("mengapa", "why"),
    "opinion": ("pendapat", "opinion"),
    "location_detail": ("detail_lokasi", "location_detail"),
}
_FIELD_OF = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
REQUIRED_TABLE = ("title", "text", "occurred_at")
REQUIRED_JSONL = ("external_id", "channel", "occurred_at", "received_at", "title", "text")
_EXTRA_LIMITS = {"who": 500, "why": TEXT_MAX, "opinion": TEXT_MAX, "location_detail": 300}
_ID_MAX = 200
_SOURCE_MAX = 150


# ---------------------------------------------------------------------------------------------------------------
# Recognising the file


def detect_format(data: bytes, filename: str, *, limits: Limits = Limits()) -> FileFormat:
    """The format by content; an extension that says otherwise is refused (a .csv that is really a zip…)."""
    if len(data) > limits.max_bytes:
        raise FileRejected(
            _("Berkas terlalu besar (%(size)s MB; paling besar %(max)s MB).")
            % {"size": _mb(len(data)), "max": _mb(limits.max_bytes)}
        )
    if not data.strip():
        raise FileRejected(_("Berkas kosong."))
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension in {"xls", "ods", "numbers"} or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileRejected(
            _("Format Excel lama (.xls), .ods atau berkas terenkripsi tidak didukung; simpan sebagai .xlsx.")
        )
    expected = {
        "csv": FileFormat.CSV,
        "txt": FileFormat.CSV,
        "tsv": FileFormat.CSV,
        "xlsx": FileFormat.XLSX,
        "jsonl": FileFormat.JSONL,
        "ndjson": FileFormat.JSONL,
        "json": FileFormat.JSONL,
    }.get(extension)
    if expected is None and extension:
        raise FileRejected(
            _("Jenis berkas .%(ext)s tidak didukung; pakai .csv, .xlsx atau .jsonl.") % {"ext": extension}
        )
    is_zip = data.startswith(b"PK\x03\x04")
    if not is_zip and b"\x00" in data[:65536]:
        raise FileRejected(_("Berkas ini bukan teks (berisi data biner)."))
    if is_zip != (expected == FileFormat.XLSX) and expected is not None:
        raise FileRejected(
            _("Isi berkas tidak sesuai dengan namanya: berakhiran .%(ext)s tetapi isinya %(kind)s.")
            % {"ext": extension, "kind": _("arsip zip/XLSX") if is_zip else _("teks")}
        )
    if is_zip:
        return FileFormat.XLSX
    if expected is not None:
        return expected
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return FileFormat.JSONL if first == b"{" else FileFormat.CSV


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------------------------------------------------------
# Reading tables: each yields (row number as the user sees it, {field: raw value}) after the header is found.

Progress = Callable[[int, int], None]


@dataclass
class _Table:
    columns: dict[str, str]  # field → the header as written in the file
    positions: dict[int, str]  # cell index → field
    header_row: int
    rows: Iterator[tuple[int, list[Any]]]
    total_hint: int
    warnings: list[str]


def _normalise_header(value: Any) -> str:
    text = clean_text(str(value) if value is not None else "", max_length=100, single_line=True).lower()
    text = re.sub(r"\(.*?\)|\*", "", text).strip()
    whole = re.sub(r"[\s\-]+", "_", text)
    if whole in _FIELD_OF:
        return whole
    # "Isi / Uraian", "Judul atau perihal": the first name we know.
    for part in re.split(r"/|\batau\b", text):
        name = re.sub(r"[\s\-]+", "_", part.strip())
        if name in _FIELD_OF:
            return name
    return whole


def _find_header(
    first_rows: list[tuple[int, list[Any]]],
) -> tuple[int, dict[int, str], dict[str, str], list[str]]:
    for number, cells in first_rows:
        positions: dict[int, str] = {}
        columns: dict[str, str] = {}
        unknown: list[str] = []
        for index, cell in enumerate(cells):
            name = _normalise_header(cell)
            if not name:
                continue
            known = _FIELD_OF.get(name)
            if known is None:
                unknown.append(clean_text(str(cell), max_length=40, single_line=True))
                continue
            if known in columns:
                raise FileRejected(
                    _("Kolom %(field)s muncul dua kali (%(a)s dan %(b)s).")
                    % {"field": ALIASES[known][0], "a": columns[known], "b": str(cell)[:40]}
                )
            positions[index] = known
            columns[known] = clean_text(str(cell), max_length=40, single_line=True)
        if "title" in columns or "text" in columns:
            missing = [ALIASES[name][0] for name in REQUIRED_TABLE if name not in columns]
            if missing:
                raise FileRejected(
                    _("Kolom wajib tidak ada: %(columns)s (baris judul kolom: %(row)s).")
                    % {"columns": ", ".join(missing), "row": number}
                )
            notes = []
            if unknown:
                notes.append(_("Kolom yang tidak dikenal diabaikan: %(columns)s.") % {"columns": ", ".join(unknown)})
            return number, positions, columns, notes
    raise FileRejected(
        _("Baris judul kolom tidak ditemukan di %(n)s baris pertama. Kolom wajib: judul, isi, waktu_kejadian.")
        % {"n": HEADER_SEARCH_ROWS}
    )


def _table_from_rows(numbered: Iterator[tuple[int, list[Any]]], total_hint: int) -> _Table:
    first: list[tuple[int, list[Any]]] = []
    for item in numbered:
        first.append(item)
        if len(first) >= HEADER_SEARCH_ROWS:
            break
    header_row, positions, columns, notes = _find_header(first)

    def rest() -> Iterator[tuple[int, list[Any]]]:
        for number, cells in first:
            if number > header_row:
                yield number, cells
        yield from numbered

    return _Table(columns, positions, header_row, rest(), total_hint, notes)


def _read_csv(data: bytes) -> _Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FileRejected(
            _("Berkas bukan teks UTF-8 yang sah (baris %(line)s). Simpan ulang sebagai “CSV UTF-8”.") % {"line": line}
        ) from None
    first_line = text.split("\n", HEADER_SEARCH_ROWS)[:HEADER_SEARCH_ROWS]
    # Excel in an Indonesian locale writes ";" (the comma is the decimal separator); others write ",".
    sample = "\n".join(first_line)
    delimiter = max((";", ",", "\t"), key=sample.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def numbered() -> Iterator[tuple[int, list[Any]]]:
        try:
            for number, cells in enumerate(reader, start=1):
                yield number, list(cells)
        except csv.Error as error:
            raise FileRejected(
                _("CSV rusak di baris %(line)s: %(error)s") % {"line": reader.line_num, "error": str(error)[:80]}
            ) from None

    return _table_from_rows(numbered(), text.count("\n"))


def _check_zip(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise FileRejected(_("Berkas XLSX rusak (bukan arsip zip yang sah).")) from None
    with archive:
        members = archive.infolist()
        names = {m.filename for m in members}
        if "xl/workbook.xml" not in names:
            if "content.xml" in names:
                raise FileRejected(_("Format OpenDocument (.ods) tidak didukung; simpan sebagai .xlsx."))
            raise FileRejected(_("Arsip zip ini bukan buku kerja Excel (.xlsx)."))
        if len(members) > XLSX_MAX_MEMBERS:
            raise FileRejected(_("Berkas XLSX berisi terlalu banyak bagian."))
        # Python's zipfile never inflates a member beyond its declared size (and checks its CRC), so the
        # declared sizes bound what reading the workbook can cost.
        total = sum(m.file_size for m in members)
        if total > XLSX_MAX_UNCOMPRESSED:
            raise FileRejected(
                _("Isi berkas XLSX terlalu besar setelah dibuka (%(size)s MB; paling besar %(max)s MB).")
                % {"size": _mb(total), "max": _mb(XLSX_MAX_UNCOMPRESSED)}
            )
        for member in members:
            if member.file_size > 1024 * 1024 and member.file_size > XLSX_MAX_RATIO * max(member.compress_size, 1):
                raise FileRejected(_("Berkas XLSX mencurigakan: rasio kompresi tidak wajar (bom zip)."))


def _read_xlsx(data: bytes) -> _Table:
    import openpyxl

    _check_zip(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception:  # openpyxl raises many kinds on a damaged workbook
        raise FileRejected(_("Berkas XLSX rusak atau tidak dapat dibaca.")) from None
    sheets = book.worksheets
    if not sheets:
        book.close()
        raise FileRejected(_("Buku kerja tidak berisi lembar kerja."))
    named = [s for s in sheets if s.title.strip().lower() in {"laporan", "reports"}]
    sheet = named[0] if named else sheets[0]
    total_hint = getattr(sheet, "max_row", None) or 0
    # A writer may record wrong dimensions; without them every row is read rather than silently cut off.
    sheet.reset_dimensions()

    def numbered() -> Iterator[tuple[int, list[Any]]]:
        try:
            for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, list(cells)
        except FileRejected:
            raise
        except Exception:
            raise FileRejected(_("Berkas XLSX rusak atau tidak dapat dibaca.")) from None
        finally:
            book.close()

    return _table_from_rows(numbered(), int(total_hint or 0))


# ---------------------------------------------------------------------------------------------------------------
# Values


_MONTHS = {
    **dict.fromkeys(("januari", "jan", "january"), 1),
    **dict.fromkeys(("februari", "feb", "pebruari", "february"), 2),
    **dict.fromkeys(("maret", "mar", "march"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "jun", "june"), 6),
    **dict.fromkeys(("juli", "jul", "july"), 7),
    **dict.fromkeys(("agustus", "agu", "agt", "aug", "august"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "okt", "oct", "october"), 10),
    **dict.fromkeys(("november", "nov", "nopember", "nop"), 11),
    **dict.fromkeys(("desember", "des", "dec", "december"), 12),
}
_ZONES = {"wib": 7, "wita": 8, "wit": 9}
_TIME = r"(?:[ T,]+(?:pukul\s+|jam\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?(?:\s*(wib|wita|wit))?"
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})" + _TIME + "$", re.IGNORECASE)
_D_MONTH_Y = re.compile(r"^(?:[a-z']+,\s*)?(\d{1,2})\s+([a-z]+)\s+(\d{4})" + _TIME + "$", re.IGNORECASE)


def parse_when(value: Any) -> dt.datetime:
    """A time as people write it in Indonesia; raises ValueError with the reason in Bahasa Indonesia.

    ISO 8601 (2026-11-20T08:00+08:00, 2026-11-20 08:00), day first (20/11/2026 08.30, 20-11-2026), Indonesian
    or English month names (Senin, 20 November 2026 pukul 08.30 WITA), spreadsheet dates and serial numbers.
    Without a zone, the installation's time zone (WASPADA_TIME_ZONE) is meant.
    """
    if isinstance(value, dt.datetime):
        return timezone.make_aware(value) if timezone.is_naive(value) else value
    if isinstance(value, dt.date):
        return timezone.make_aware(dt.datetime.combine(value, dt.time()))
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20_000 <= value <= 80_000:  # a spreadsheet serial day number (1954–2119)
            return timezone.make_aware(dt.datetime(1899, 12, 30) + dt.timedelta(days=float(value)))
        raise ValueError(_("bukan tanggal"))
    text = clean_text(str(value), max_length=60, single_line=True)
    if not text:
        raise ValueError(_("kosong"))
    try:
        parsed = parse_datetime(text)
        if parsed is None:
            day = parse_date(text)
            parsed = dt.datetime.combine(day, dt.time()) if day else None
    except ValueError:
        raise ValueError(_("tanggal tidak ada di kalender: %(value)s") % {"value": text}) from None
    if parsed is None:
        parsed = _parse_indonesian(text)
    if parsed is None:
        raise ValueError(
            _("tanggal tidak dikenali: %(value)s (contoh: 20/11/2026 08.30 atau 2026-11-20T08:30+08:00)")
            % {"value": text}
        )
    return timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed


def _parse_indonesian(text: str) -> dt.datetime | None:
    match = _DMY.match(text)
    if match:
        day, month, year = int(match[1]), int(match[2]), int(match[3])
    else:
        match = _D_MONTH_Y.match(text)
        if not match or match[2].lower() not in _MONTHS:
            return None
        day, month, year = int(match[1]), _MONTHS[match[2].lower()], int(match[3])
    hour, minute, second = int(match[4] or 0), int(match[5] or 0), int(match[6] or 0)
    try:
        parsed = dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise ValueError(_("tanggal tidak ada di kalender: %(value)s") % {"value": text}) from None
    if match[7]:
        parsed = parsed.replace(tzinfo=dt.timezone(dt.timedelta(hours=_ZONES[match[7].lower()])))
    return parsed


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _echo(value: Any) -> str:
    """A short, single-line quote of what the file held, for an error message."""
    text = clean_text(_as_text(value), single_line=True)
    return text if len(text) <= 40 else text[:39] + "…"


_CHANNEL_WORDS = {
    **{value: value for value in Channel.values},
    **{str(label).lower(): value for value, label in Channel.choices},
    "laporan informasi": Channel.FIELD_REPORT,
    "laporan": Channel.FIELD_REPORT,
    "aduan": Channel.PUBLIC_TIP,
    "medsos": Channel.SOCIAL,
    "wa": Channel.WHATSAPP,
    "surel": Channel.EMAIL,
}


def _region_code(value: Any) -> str:
    if isinstance(value, bool):
        raise ValueError(_("bukan kode wilayah"))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Excel turns 64.10 typed into a number into 64.1; kab/kota codes always have two digits after the dot.
        return f"{value:.2f}"
    return clean_text(str(value), max_length=20, single_line=True)


# ---------------------------------------------------------------------------------------------------------------
# Checking rows


class _Checker:
    def __init__(self, *, file_format: FileFormat, rules: RowRules, columns: dict[str, str]) -> None:
        self.strict = file_format == FileFormat.JSONL
        self.rules = rules
        self.columns = columns
        self.known_regions: set[str] = set(Region.objects.values_list("code", flat=True))
        self.home = settings.WASPADA_HOME_REGION
        self.now = timezone.now()
        self.first_seen: dict[str, int] = {}

    def column(self, name: str) -> str:
        return self.columns.get(name, name)

    def row(self, number: int, values: dict[str, Any]) -> tuple[ImportRow | None, list[RowError]]:
        errors: list[RowError] = []

        def problem(name: str, message: str) -> None:
            errors.append(RowError(number, self.column(name) if name else "", message))

        required = REQUIRED_JSONL if self.strict else REQUIRED_TABLE
        for name in required:
            if values.get(name) in (None, ""):
                problem(name, _("wajib diisi"))
        if self.strict:
            for name in ("external_id", "channel", "title", "text", "occurred_at", "received_at"):
                if values.get(name) not in (None, "") and not isinstance(values[name], str):
                    problem(name, _("harus berupa teks"))
        if errors:
            return None, errors

        title = clean_text(_as_text(values["title"]), single_line=True)
        text = clean_text(_as_text(values["text"]))
        if not title:
            problem("title", _("wajib diisi"))
        elif len(title) > TITLE_MAX:
            problem(
                "title",
                _("terlalu panjang (%(n)s karakter; paling banyak %(max)s)") % {"n": len(title), "max": TITLE_MAX},
            )
        if not text:
            problem("text", _("wajib diisi"))
        elif len(text) > TEXT_MAX:
            problem(
                "text", _("terlalu panjang (%(n)s karakter; paling banyak %(max)s)") % {"n": len(text), "max": TEXT_MAX}
            )

        occurred_at = self.time(values.get("occurred_at"), "occurred_at", problem)
        received_at = (
            self.time(values.get("received_at"), "received_at", problem)
            if values.get("received_at") not in (None, "")
            else occurred_at
        )
        if occurred_at and received_at:
            if occurred_at > self.now + FUTURE_TOLERANCE:
                problem("occurred_at", _("di masa depan"))
            elif received_at > self.now + FUTURE_TOLERANCE:
                problem("received_at", _("di masa depan"))
            elif occurred_at > received_at + FUTURE_TOLERANCE:
                problem("occurred_at", _("sesudah waktu diterima"))

        channel = self.choice_channel(values.get("channel"), problem)
        marking = self.choice_marking(values.get("marking"), problem)
        reliability = self.choice_reliability(values.get("reliability"), problem)
        credibility = self.choice_credibility(values.get("credibility"), problem)
        region_code = self.region(values.get("region_code"), problem)

        source = clean_text(_as_text(values.get("source")), single_line=True) or None
        if self.strict and values.get("source") is not None and not isinstance(values.get("source"), str):
            problem("source", _("harus berupa teks"))
        elif source and len(source) > _SOURCE_MAX:
            problem("source", _("terlalu panjang (paling banyak %(max)s karakter)") % {"max": _SOURCE_MAX})
        extra: dict[str, str] = {}
        for name, limit in _EXTRA_LIMITS.items():
            raw = values.get(name)
            if raw in (None, "") or (self.strict and not isinstance(raw, str)):
                continue
            value = clean_text(_as_text(raw), single_line=name in {"who", "location_detail"})
            if len(value) > limit:
                problem(name, _("terlalu panjang (paling banyak %(max)s karakter)") % {"max": limit})
            elif value:
                extra[name] = value

        external_id = clean_text(_as_text(values.get("external_id")), single_line=True)
        if len(external_id) > _ID_MAX:
            problem("external_id", _("terlalu panjang (paling banyak %(max)s karakter)") % {"max": _ID_MAX})
        if errors or occurred_at is None or received_at is None:
            return None, errors
        if not external_id:
            # No id in the file: a fingerprint of what the row says, so that importing the same file twice
            # stores each report once.
            digest = hashlib.sha256(
                "\x1f".join((channel, title, text, occurred_at.isoformat(), region_code or "")).encode()
            ).hexdigest()
            external_id = f"impor:{digest[:32]}"
        first = self.first_seen.setdefault(external_id, number)
        if first != number:
            if external_id.startswith("impor:"):
                problem("", _("sama persis dengan baris %(first)s") % {"first": first})
            else:
                problem(
                    "external_id",
                    _("%(id)s sudah dipakai di baris %(first)s") % {"id": _echo(external_id), "first": first},
                )
            return None, errors
        return (
            ImportRow(
                line=number,
                external_id=external_id,
                channel=channel,
                occurred_at=occurred_at,
                received_at=received_at,
                title=title,
                text=text,
                region_code=region_code,
                source=source,
                marking=marking,
                reliability=reliability,
                credibility=credibility,
                extra=extra,
            ),
            [],
        )

    def time(self, value: Any, name: str, problem: Callable[[str, str], None]) -> dt.datetime | None:
        if self.strict:
            if not isinstance(value, str):
                problem(name, _("harus berupa teks tanggal ISO 8601"))
                return None
            parsed = parse_datetime(value.strip())
            if parsed is None:
                problem(name, _("bukan tanggal ISO 8601: %(value)s") % {"value": _echo(value)})
                return None
            return timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed
        try:
            return parse_when(value)
        except ValueError as error:
            problem(name, str(error))
            return None

    def choice_channel(self, value: Any, problem: Callable[[str, str], None]) -> str:
        if value in (None, ""):
            return self.rules.default_channel
        if self.strict:
            if value not in Channel.values:
                problem(
                    "channel",
                    _("%(value)s tidak dikenal (pilihan: %(choices)s)")
                    % {"value": _echo(value), "choices": ", ".join(Channel.values)},
                )
            return str(value)
        found = _CHANNEL_WORDS.get(clean_text(_as_text(value), single_line=True).lower())
        if found is None:
            problem(
                "channel",
                _("%(value)s tidak dikenal (pilihan: %(choices)s)")
                % {"value": _echo(value), "choices": ", ".join(Channel.values)},
            )
            return self.rules.default_channel
        return found

    def choice_marking(self, value: Any, problem: Callable[[str, str], None]) -> str:
        marking = self.rules.default_marking if value in (None, "") else value
        if not self.strict and isinstance(marking, str):
            marking = marking.strip().lower()
        if marking not in Marking.values:
            problem("marking", _("%(value)s tidak dikenal (publik, terbatas, rahasia)") % {"value": _echo(value)})
            return Marking.TERBATAS
        allowed = self.rules.allowed_markings
        if allowed is not None and marking not in allowed:
            problem("marking", _("Anda tidak berwenang mengimpor laporan %(marking)s") % {"marking": marking})
        return str(marking)

    def choice_reliability(self, value: Any, problem: Callable[[str, str], None]) -> str:
        if value in (None, ""):
            return Reliability.F
        reliability = value if self.strict else _as_text(value).strip().upper()
        if reliability not in Reliability.values:
            problem("reliability", _("harus A–F, bukan %(value)s") % {"value": _echo(value)})
            return Reliability.F
        return str(reliability)

    def choice_credibility(self, value: Any, problem: Callable[[str, str], None]) -> int:
        if value in (None, ""):
            return Credibility.UNKNOWN
        if isinstance(value, bool) or (self.strict and not isinstance(value, int)):
            problem("credibility", _("harus 1–6"))
            return Credibility.UNKNOWN
        try:
            number = int(float(_as_text(value))) if not isinstance(value, int) else value
        except ValueError:
            number = 0
        if number not in Credibility.values or (isinstance(value, float) and not value.is_integer()):
            problem("credibility", _("harus 1–6, bukan %(value)s") % {"value": _echo(value)})
            return Credibility.UNKNOWN
        return number

    def region(self, value: Any, problem: Callable[[str, str], None]) -> str | None:
        if value in (None, ""):
            code = None
        else:
            if self.strict and not isinstance(value, str):
                problem("region_code", _("harus berupa teks"))
                return None
            try:
                code = _region_code(value)
            except ValueError as error:
                problem("region_code", str(error))
                return None
            if code not in self.known_regions:
                problem("region_code", _("kode wilayah %(value)s tidak dikenal") % {"value": _echo(value)})
                return None
        allowed = self.rules.region_allowed
        if allowed is not None and not allowed(code or self.home):
            problem("region_code", _("wilayah %(code)s di luar wilayah tugas Anda") % {"code": code or self.home})
        return code


def check_file(
    data: bytes,
    filename: str,
    *,
    rules: RowRules = RowRules(),
    limits: Limits = Limits(),
    progress: Progress | None = None,
) -> CheckResult:
    """The dry run: every row read and checked, nothing stored. Raises FileRejected for the file as a whole."""
    kind = detect_format(data, filename, limits=limits)
    if kind == FileFormat.JSONL:
        return _check_jsonl(data, rules=rules, limits=limits, progress=progress)
    table = _read_csv(data) if kind == FileFormat.CSV else _read_xlsx(data)
    result = CheckResult(file_format=kind, warnings=list(table.warnings), columns=dict(table.columns))
    checker = _Checker(file_format=kind, rules=rules, columns=table.columns)
    for number, cells in table.rows:
        if all(_as_text(c).strip() == "" for c in cells):
            continue
        result.total_rows += 1
        if result.total_rows > limits.max_rows:
            raise FileRejected(
                _("Berkas berisi lebih dari %(max)s baris; bagi menjadi beberapa berkas.") % {"max": limits.max_rows}
            )
        # Cells under headers that are not ours are ignored, as the warning says.
        values = {name: cells[index] for index, name in table.positions.items() if index < len(cells)}
        _add(result, checker.row(number, values))
        if progress and result.total_rows % 500 == 0:
            progress(result.total_rows, max(table.total_hint - table.header_row, result.total_rows))
    if progress:
        progress(result.total_rows, result.total_rows)
    return result


def _add(result: CheckResult, outcome: tuple[ImportRow | None, list[RowError]]) -> None:
    row, errors = outcome
    if row is not None:
        result.rows.append(row)
    result.errors.extend(errors)


def _check_jsonl(data: bytes, *, rules: RowRules, limits: Limits, progress: Progress | None) -> CheckResult:
    return check_json_lines(io.BytesIO(data).readlines(), rules=rules, limits=limits, progress=progress)


def check_json_lines(
    lines: Any,
    *,
    rules: RowRules = RowRules(),
    limits: Limits | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """JSON lines, one object a line, from a list or a stream of lines (bytes or str)."""
    result = CheckResult(file_format=FileFormat.JSONL)
    checker = _Checker(file_format=FileFormat.JSONL, rules=rules, columns={})
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        result.total_rows += 1
        if limits is not None and result.total_rows > limits.max_rows:
            raise FileRejected(
                _("Berkas berisi lebih dari %(max)s baris; bagi menjadi beberapa berkas.") % {"max": limits.max_rows}
            )
        try:
            obj = _json_object(raw)
        except ValueError as error:
            result.errors.append(RowError(number, "", str(error)))
            continue
        values = {_FIELD_OF.get(_normalise_header(k), k): v for k, v in obj.items()}
        _add(result, checker.row(number, values))
        if progress and result.total_rows % 500 == 0:
            progress(result.total_rows, 0)
    if progress:
        progress(result.total_rows, result.total_rows)
    return result


def _json_object(raw: bytes | str) -> dict[str, Any]:
    if isinstance(raw, bytes):
        if len(raw) > LINE_MAX_BYTES:
            raise ValueError(_("baris lebih dari 1 MB"))
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError(_("bukan UTF-8 yang sah")) from None
    elif len(raw) > LINE_MAX_BYTES:
        raise ValueError(_("baris lebih dari 1 MB"))
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValueError(_("JSON tidak sah: %(error)s") % {"error": error.msg}) from None
    except RecursionError:
        raise ValueError(_("JSON terlalu dalam bersarang")) from None
    if not isinstance(obj, dict):
        raise ValueError(_("setiap baris harus berupa objek JSON"))
    return obj


# ---------------------------------------------------------------------------------------------------------------
# Echoing cells back into a spreadsheet


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_safe(value: Any) -> str:
    """A cell that a spreadsheet will show as text, never run as a formula (CSV injection: =cmd|' /C calc'!A0)."""
    text = _as_text(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def errors_csv(errors: list[tuple[int, str, str]] | list[list[Any]]) -> str:
    """The error report of a dry run as CSV for a spreadsheet, every cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("baris"), _("kolom"), _("masalah")])
    for row, column, problem in errors:
        writer.writerow([spreadsheet_safe(row), spreadsheet_safe(column), spreadsheet_safe(problem)])
    return out.getvalue()


def template_csv() -> str:
    """An empty file with the documented headers and one example row, for people filling in a recap."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "id",
            "judul",
            "isi",
            "waktu_kejadian",
            "waktu_diterima",
            "kode_wilayah",
            "kanal",
            "sumber",
            "klasifikasi",
            "keandalan",
            "kredibilitas",
            "siapa",
            "detail_lokasi",
        ]
    )
    writer.writerow(
        [
            "FKDM-KUTIM-2026-11-001",
            "Warga memblokade jalan hauling",
            "Sekitar 60 warga Desa Sepaso memblokade jalan hauling perusahaan sawit sejak pukul 07.00.",
            "20/11/2026 07.00",
            "20/11/2026 09.15",
            "64.08.09",
            "field_report",
            "FKDM Kutai Timur",
            "terbatas",
            "B",
            "2",
            "warga Desa Sepaso; PT contoh",
            "Jalan hauling km 12",
        ]
    )
    return out.getvalue()
