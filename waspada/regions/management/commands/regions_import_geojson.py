from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from waspada.core.exceptions import ApplicationError
from waspada.regions.services import regions_import_geojson


class Command(BaseCommand):
    help = "Attach region boundaries from a GeoJSON FeatureCollection whose features carry Kemendagri codes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = regions_import_geojson(path=options["file"])
        except ApplicationError as error:
            raise CommandError(error.message) from None
        for problem in result.invalid:
            self.stderr.write(f"dilewati: {problem}")
        if result.unknown_codes:
            self.stderr.write(
                f"kode tidak dikenal ({len(result.unknown_codes)}): {', '.join(result.unknown_codes[:20])}"
            )
        if not result.updated:
            raise CommandError("Tidak ada batas wilayah yang dapat diimpor dari berkas ini.")
        self.stdout.write(f"{len(result.updated)} batas wilayah diimpor.")
