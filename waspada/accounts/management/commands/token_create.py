from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from waspada.accounts.services import api_token_create
from waspada.core.enums import Marking
from waspada.core.exceptions import ApplicationError


class Command(BaseCommand):
    help = (
        "Create an API token for an integration (an agency's system) and print it once; only its hash is kept. "
        "The same as adding a token in the admin."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="name of the integration, e.g. 'SIMPOLRES Kutai Timur'")
        parser.add_argument(
            "--region", action="append", required=True, help="Kemendagri code it covers (repeatable), e.g. 64.08"
        )
        parser.add_argument("--marking", default=Marking.TERBATAS, choices=Marking.values, help="marking ceiling")
        parser.add_argument("--read-only", action="store_true", help="may read reports but not file them")
        parser.add_argument("--submit-only", action="store_true", help="may file reports but not read them")
        parser.add_argument("--expires", help="last day of validity, YYYY-MM-DD")
        parser.add_argument("--organisation", default="")

    def handle(self, *args: Any, **options: Any) -> None:
        expires_at = None
        if options["expires"]:
            try:
                day = dt.date.fromisoformat(options["expires"])
            except ValueError:
                raise CommandError("--expires harus berbentuk YYYY-MM-DD") from None
            expires_at = timezone.make_aware(dt.datetime.combine(day, dt.time.max))
        try:
            _token, plain = api_token_create(
                actor=None,
                name=options["name"],
                region_codes=options["region"],
                marking_ceiling=options["marking"],
                can_read=not options["submit_only"],
                can_submit=not options["read_only"],
                expires_at=expires_at,
                organisation=options["organisation"],
            )
        except ApplicationError as error:
            raise CommandError(error.message) from None
        # The token alone on stdout, so that scripts can capture it; the warning on stderr.
        self.stderr.write("Simpan token ini sekarang; Waspada tidak dapat menampilkannya lagi.")
        self.stdout.write(plain)
