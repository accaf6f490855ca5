from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from waspada.alerts.models import Alert


class Command(BaseCommand):
    help = "List alerts, newest first."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--status", help="only alerts with this status (baru, diakui, …)")

    def handle(self, *args: Any, **options: Any) -> None:
        alerts = Alert.objects.select_related("rule").order_by("-raised_at", "-id")
        if options["status"]:
            alerts = alerts.filter(status=options["status"])
        rows: list[dict[str, Any]] = [
            {
                "id": a.pk,
                "region_code": a.region_id,
                "level": a.level.lower(),
                "status": a.status,
                "rule": a.rule.code,
                "created_at": a.raised_at.isoformat(),
                "explanation": a.explanation,
            }
            for a in alerts
        ]
        if options["json"]:
            self.stdout.write(json.dumps(rows, ensure_ascii=False))
            return
        for row in rows:
            self.stdout.write(
                f"#{row['id']} {row['created_at'][:16]} {row['region_code']} {row['level']} {row['status']}: "
                f"{row['explanation']}"
            )
