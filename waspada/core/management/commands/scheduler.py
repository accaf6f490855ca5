from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections
from django.utils import timezone

logger = logging.getLogger("waspada.scheduler")


class Command(BaseCommand):
    help = "Periodic jobs: requeue analyses that never finished, recompute every kab/kota's kerawanan hourly."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="run every job once and exit")

    def handle(self, *args: Any, **options: Any) -> None:
        from waspada.alerts.services import detection_hourly, risk_recompute_province
        from waspada.alerts.services.digest import digests_queue_due
        from waspada.alerts.services.escalation import alerts_escalate_due
        from waspada.alerts.services.notify import notifications_enqueue_due
        from waspada.intake.channels.media import inbound_media_requeue_due
        from waspada.intake.channels.services import outbound_requeue_due
        from waspada.intake.services import reports_requeue_stale
        from waspada.issues.services import issues_settle
        from waspada.monitoring.services import feed_sources_enqueue_due

        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        retry_after = dt.timedelta(seconds=settings.WASPADA_ANALYSIS_RETRY_SECONDS)
        jobs: list[tuple[str, float, Any]] = [
            ("requeue", 30.0, lambda: reports_requeue_stale(older_than=retry_after)),
            ("replies", 30.0, lambda: outbound_requeue_due()),
            # Photos from Telegram/WhatsApp whose fetch was lost or whose worker died mid-download.
            ("media", 60.0, lambda: inbound_media_requeue_due()),
            # Burst detectors: close each hour that ended (once its reports are analysed) within a minute.
            ("detectors", 60.0, lambda: detection_hourly(now=timezone.now())),
            ("risk", 3600.0, lambda: risk_recompute_province(province_code=settings.WASPADA_HOME_REGION)),
            ("issues", 3600.0, lambda: issues_settle(now=timezone.now())),
            ("news", 60.0, lambda: feed_sources_enqueue_due(now=timezone.now())),
            # Notifications due again (retries, quiet hours over, a lost queue entry); each day's digests.
            ("notifications", 30.0, lambda: notifications_enqueue_due()),
            ("digests", 300.0, lambda: digests_queue_due()),
            ("escalate", 60.0, lambda: alerts_escalate_due(now=timezone.now())),
        ]
        next_run = {name: 0.0 for name, _interval, _job in jobs}
        clock = 0.0
        while not stop.is_set():
            for name, interval, job in jobs:
                if clock >= next_run[name]:
                    try:
                        close_old_connections()
                        job()
                    except Exception:
                        logger.exception("scheduled job %s failed", name)
                    next_run[name] = clock + interval
            if options["once"]:
                return
            stop.wait(5.0)
            clock += 5.0
