from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from waspada.core.enums import Channel, Marking
from waspada.intake.bulk import FileRejected, Limits, RowRules, check_file
from waspada.intake.imports import existing_external_ids, reports_import

# The command line is for administrators moving history in: larger files than the web form accepts.
CLI_LIMITS = Limits(max_bytes=512 * 1024 * 1024, max_rows=2_000_000)


class Command(BaseCommand):
    help = (
        "Import reports from a file: JSON lines (one object a line: external_id, channel, occurred_at, "
        "received_at, title, text, optional region_code, source, marking, reliability, credibility), or a CSV/XLSX "
        "table with a header row (judul, isi, waktu_kejadian, … — see docs/channels.md). Every row is checked "
        "first; then all are stored in one transaction, and each is analysed and fed to risk and alerts, in the "
        "order received, before the command returns. A repeated external_id is skipped."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="path to a .jsonl, .csv or .xlsx file, or - for standard input")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="import the valid rows even if some are invalid"
        )
        parser.add_argument("--dry-run", action="store_true", help="only check the file, store nothing")
        parser.add_argument(
            "--channel",
            default=Channel.FIELD_REPORT,
            choices=Channel.values,
            help="channel of CSV/XLSX rows without a kanal column (default: field_report)",
        )
        parser.add_argument(
            "--marking",
            default=Marking.TERBATAS,
            choices=Marking.values,
            help="marking of CSV/XLSX rows without a klasifikasi column (default: terbatas)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        source = options["file"]
        if source == "-":
            data, name = sys.stdin.buffer.read(), "-"
        else:
            path = Path(source)
            if not path.is_file():
                raise CommandError(f"Berkas tidak ditemukan: {path}")
            if path.stat().st_size > CLI_LIMITS.max_bytes:
                raise CommandError(f"Berkas lebih dari {CLI_LIMITS.max_bytes // (1024 * 1024)} MB; bagi dulu.")
            data, name = path.read_bytes(), path.name
        rules = RowRules(default_channel=options["channel"], default_marking=options["marking"])
        try:
            checked = check_file(data, name, rules=rules, limits=CLI_LIMITS)
        except FileRejected as error:
            raise CommandError(error.message) from None
        for warning in checked.warnings:
            self.stderr.write(warning)
        for problem in checked.errors[:200]:
            self.stderr.write(str(problem))
        if len(checked.errors) > 200:
            self.stderr.write(f"… dan {len(checked.errors) - 200} kesalahan lain")
        rows, errors = checked.rows, checked.errors
        if errors and not options["skip_invalid"]:
            raise CommandError(
                f"{len(errors)} baris tidak sah; tidak ada yang diimpor. Perbaiki berkas atau pakai --skip-invalid."
            )
        if options["dry_run"]:
            existing = existing_external_ids(r.external_id for r in rows)
            self.stdout.write(
                f"Pemeriksaan selesai: {len(rows)} baris sah, {len(errors)} tidak sah; "
                f"{len(rows) - len(existing)} baru, {len(existing)} sudah ada."
            )
            return
        with tqdm(total=len(rows), desc="impor", unit=" laporan", disable=options["verbosity"] == 0) as bar:
            result = reports_import(rows, progress=bar.update)
        self.stdout.write(
            f"{result.created} laporan diimpor dan dianalisis, {result.skipped_existing} sudah ada (dilewati), "
            f"{len(errors)} ditolak."
        )
