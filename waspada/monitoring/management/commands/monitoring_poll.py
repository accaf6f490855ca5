from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from waspada.monitoring.enums import FetchProblem, PollOutcome
from waspada.monitoring.models import FeedSource
from waspada.monitoring.services import PollResult, feed_source_poll


class Command(BaseCommand):
    help = (
        "Poll news feeds now, in this process: the due ones (default), one source (--source ID, even when disabled) "
        "or every enabled source (--all)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--source", type=int, action="append", metavar="ID", help="poll this source (repeatable)")
        parser.add_argument("--all", action="store_true", help="poll every enabled source, due or not")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["source"] and options["all"]:
            raise CommandError("Pilih --source atau --all, tidak keduanya.")
        if options["source"]:
            missing = set(options["source"]) - set(
                FeedSource.objects.filter(pk__in=options["source"]).values_list("pk", flat=True)
            )
            if missing:
                raise CommandError(f"Sumber berita tidak ditemukan: {', '.join(map(str, sorted(missing)))}")
            ids, force = options["source"], True
        elif options["all"]:
            ids, force = list(FeedSource.objects.filter(enabled=True).values_list("pk", flat=True)), True
        else:
            due = FeedSource.objects.filter(enabled=True, next_poll_at__lte=timezone.now())
            ids, force = list(due.values_list("pk", flat=True)), False
        if not ids:
            self.stdout.write("Tidak ada sumber berita yang perlu diperiksa.")
            return
        names = dict(FeedSource.objects.filter(pk__in=ids).values_list("pk", "name"))
        failed = 0
        for source_id in ids:
            result = feed_source_poll(source_id=source_id, force=force)
            self.stdout.write(f"#{source_id} {names.get(source_id, '')}: {self._describe(result)}")
            failed += result is not None and result.outcome == PollOutcome.FAILED
        if failed:
            self.stderr.write(f"{failed} sumber gagal diperiksa.")

    @staticmethod
    def _describe(result: PollResult | None) -> str:
        if result is None:
            return "dilewati (sedang diperiksa proses lain, atau belum waktunya)"
        if result.outcome == PollOutcome.FAILED:
            return f"GAGAL — {FetchProblem(result.problem).label}: {result.detail}"
        if result.outcome == PollOutcome.NOT_MODIFIED:
            return "tidak ada perubahan (304)"
        return (
            f"{result.new} artikel baru, {result.known} sudah dikenal, "
            f"{result.duplicates} duplikat isi, {result.skipped} dilewati"
        )
