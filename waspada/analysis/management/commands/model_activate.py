from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from waspada.analysis.selectors import model_version_get, model_version_previous
from waspada.analysis.services import model_version_activate
from waspada.engine.learn.model import ModelError


class Command(BaseCommand):
    help = (
        "Make a text model version the one every analysis uses (waspada model activate NAME:VERSION); "
        "--previous goes back to the version active before the current one (rollback)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("ref", nargs="?", help="NAME:VERSION, or VERSION when only one model has it")
        parser.add_argument("--previous", action="store_true", help="the version active before the current one")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["previous"] == bool(options["ref"]):
            raise CommandError("Sebutkan satu versi (NAME:VERSION) atau --previous.")
        version = model_version_previous() if options["previous"] else model_version_get(options["ref"])
        if version is None:
            target = "sebelumnya" if options["previous"] else repr(options["ref"])
            raise CommandError(f"Tidak ada versi {target} (lihat waspada model list).")
        try:
            version = model_version_activate(version=version, actor_label="cli")
        except ModelError as exc:
            raise CommandError(f"{version.ref} tidak dapat diaktifkan: {exc}") from exc
        self.stdout.write(f"Versi {version.ref} kini aktif; analisis berikutnya memakainya.")
