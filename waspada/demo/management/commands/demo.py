from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from waspada.demo.loader import demo_load, demo_personas, demo_users_ensure
from waspada.regions.models import Region


class Command(BaseCommand):
    help = "Load the Kalimantan Timur demo: personas and 300+ reports over the last 60 days, analysed live."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--users-only", action="store_true", help="create the demo accounts, no reports")

    def handle(self, *args: Any, **options: Any) -> None:
        if not Region.objects.filter(code="64").exists():
            raise CommandError("Gazetir kosong: jalankan dulu `waspada regions load`.")
        if options["users_only"]:
            demo_users_ensure()
        else:
            with tqdm(desc="demo", unit=" laporan", disable=options["verbosity"] == 0) as bar:
                result = demo_load(progress=bar.update)
            self.stdout.write(f"{result.created} laporan demo dimuat, {result.skipped_existing} sudah ada.")
        for username, description in demo_personas():
            self.stdout.write(f"  {username:<20} {description}")
