from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from waspada.intake.imports import parse_lines, reports_import


class Command(BaseCommand):
    help = (
        "Import historical reports from a JSON-lines file (one object a line: external_id, channel, occurred_at, "
        "received_at, title, text, optional region_code, source). Each is analysed and fed to risk and alerts "
        "before the command returns. A repeated external_id is skipped."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="path to a .jsonl file, or - for standard input")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="import the valid lines even if some are invalid"
        )
        parser.add_argument("--dry-run", action="store_true", help="only check the file, store nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        source = options["file"]
        if source == "-":
            rows, errors = parse_lines(sys.stdin.buffer)
        else:
            path = Path(source)
            if not path.is_file():
                raise CommandError(f"Berkas tidak ditemukan: {path}")
            with path.open("rb") as handle:
                rows, errors = parse_lines(handle)
        for error in errors[:200]:
            self.stderr.write(error)
        if len(errors) > 200:
            self.stderr.write(f"… dan {len(errors) - 200} kesalahan lain")
        if errors and not options["skip_invalid"]:
            raise CommandError(
                f"{len(errors)} baris tidak sah; tidak ada yang diimpor. Perbaiki berkas atau pakai --skip-invalid."
            )
        if options["dry_run"]:
            self.stdout.write(f"Pemeriksaan selesai: {len(rows)} baris sah, {len(errors)} tidak sah.")
            return
        with tqdm(total=len(rows), desc="impor", unit=" laporan", disable=options["verbosity"] == 0) as bar:
            result = reports_import(rows, progress=bar.update)
        for error in result.errors:
            self.stderr.write(error)
        self.stdout.write(
            f"{result.created} laporan diimpor dan dianalisis, {result.skipped_existing} sudah ada (dilewati), "
            f"{len(result.errors) + len(errors)} ditolak."
        )
