from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from waspada.core.server import web_command


class Command(BaseCommand):
    help = (
        "Migrate, load the gazetteer (and the demo on first start), then serve the web app with a task worker "
        "and the scheduler."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-demo", action="store_true", help="do not load the Kalimantan Timur demo")

    def handle(self, *args: Any, **options: Any) -> None:
        from waspada.regions.models import Region

        started = time.monotonic()
        self.stdout.write("Waspada: menyiapkan basis data…")
        call_command("migrate", interactive=False, verbosity=0)
        if not Region.objects.exists():
            self.stdout.write("Memuat gazetir wilayah Indonesia (sekali saja)…")
            call_command("regions_load", verbosity=1)
        demo_accounts: list[tuple[str, str]] = []
        if settings.WASPADA_LOAD_DEMO and not options["no_demo"]:
            from waspada.demo.loader import demo_is_loaded, demo_personas

            if not demo_is_loaded():
                self.stdout.write("Memuat data demo Kalimantan Timur (sekali saja)…")
                call_command("demo", verbosity=1)
            demo_accounts = demo_personas()
        from waspada.analysis.adapter import text_model_enabled

        if text_model_enabled():
            from waspada.analysis.services import model_default_ensure

            # Trains the seed-corpus model on the very first start (seconds), so no report waits for it.
            model_default_ensure(progress=lambda message: self.stdout.write(message))
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write(f"Siap dalam {time.monotonic() - started:.1f} s.")
        self._serve(demo_accounts)

    def _serve(self, demo_accounts: list[tuple[str, str]]) -> None:
        bind = f"{settings.WASPADA_BIND}:{settings.WASPADA_PORT}"
        python = sys.executable
        waspada = [python, "-m", "waspada.cli"]
        commands = {
            "web": web_command(
                host=settings.WASPADA_BIND,
                port=settings.WASPADA_PORT,
                workers=settings.WASPADA_WEB_WORKERS,
                threads=settings.WASPADA_WEB_THREADS,
            ),
            **{
                f"worker-{n}": [
                    *waspada,
                    "db_worker",
                    "--interval",
                    "0.05",
                    "--no-reload",
                    "--no-startup-delay",
                ]
                for n in range(1, settings.WASPADA_TASK_WORKERS + 1)
            },
            "scheduler": [*waspada, "scheduler"],
        }
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        children = {name: subprocess.Popen(cmd, env=env) for name, cmd in commands.items()}  # noqa: S603
        self.stdout.write("")
        self.stdout.write(f"Waspada berjalan di http://{bind}/  (Ctrl-C untuk berhenti)")
        if demo_accounts:
            self.stdout.write(f"Akun demo (kata sandi: {settings.WASPADA_DEMO_PASSWORD}):")
            for username, description in demo_accounts:
                self.stdout.write(f"  {username:<20} {description}")
        self.stdout.write("")

        stopping = False

        def stop(*_args: object) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        exit_code = 0
        while not stopping:
            for name, child in children.items():
                if child.poll() is not None:
                    self.stderr.write(f"{name} berhenti (kode {child.returncode}); menghentikan semuanya.")
                    exit_code = child.returncode or 1
                    stopping = True
                    break
            time.sleep(0.5)
        self.stdout.write("Menghentikan Waspada…")
        for child in children.values():
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        for child in children.values():
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
        self.stdout.write("Waspada berhenti.")
        if exit_code:
            sys.exit(exit_code)
