from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db.models import Count

from waspada.alerts.enums import AlertStatus
from waspada.alerts.models import Alert
from waspada.alerts.selectors import levels_by_count
from waspada.intake.models import Report
from waspada.issues.models import Issue


class Command(BaseCommand):
    help = "Counts of reports, issues, alerts by status and kab/kota by level."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        alerts = dict.fromkeys(AlertStatus.values, 0)
        for row in Alert.objects.values("status").annotate(n=Count("id")):
            alerts[row["status"]] = row["n"]
        stats: dict[str, Any] = {
            "reports": Report.objects.count(),
            "issues": Issue.objects.count(),
            "alerts": alerts,
            "regions_by_level": levels_by_count(province_code=settings.WASPADA_HOME_REGION),
        }
        if options["json"]:
            self.stdout.write(json.dumps(stats))
            return
        self.stdout.write(f"Laporan: {stats['reports']}  Isu: {stats['issues']}")
        self.stdout.write("Peringatan: " + ", ".join(f"{k} {v}" for k, v in alerts.items()))
        self.stdout.write(
            "Kab/kota per tingkat: " + ", ".join(f"{k} {v}" for k, v in stats["regions_by_level"].items())
        )
