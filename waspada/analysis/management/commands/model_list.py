from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from waspada.analysis.management.commands._modelargs import summary_of
from waspada.analysis.selectors import model_version_list


class Command(BaseCommand):
    help = "List the recorded text model versions, newest first; * marks the one analysis uses (waspada model list)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="one JSON object per version")

    def handle(self, *args: Any, **options: Any) -> None:
        versions = list(model_version_list())
        if options["json"]:
            for v in versions:
                row = {
                    "name": v.name,
                    "version": v.version,
                    "active": v.active,
                    "path": v.path,
                    "created_at": v.created_at.isoformat(),
                    "activated_at": v.activated_at.isoformat() if v.activated_at else None,
                    "heads": v.heads,
                    "source": v.source,
                    "data_sha256": v.data_sha256,
                    "metrics": v.metrics,
                }
                self.stdout.write(json.dumps(row, ensure_ascii=False))
            return
        if not versions:
            self.stdout.write("Belum ada versi model. Latih dengan: waspada model train")
            return
        for v in versions:
            mark = "*" if v.active else " "
            self.stdout.write(
                f"{mark} {v.ref:<32} {v.created_at:%Y-%m-%d %H:%M}  {summary_of(v.metrics)}  [{v.source or '-'}]"
            )
