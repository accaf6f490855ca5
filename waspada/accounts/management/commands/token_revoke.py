from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from waspada.accounts.models import ApiToken
from waspada.accounts.services import api_token_revoke


class Command(BaseCommand):
    help = "Revoke an integration's API token (by name or by its visible prefix); the next request is refused."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("token", help="the token's name or its prefix (wsp_…)")

    def handle(self, *args: Any, **options: Any) -> None:
        key = options["token"]
        token = ApiToken.objects.filter(name=key).first() or ApiToken.objects.filter(prefix=key).first()
        if token is None:
            raise CommandError(f"Token tidak ditemukan: {key}")
        api_token_revoke(actor=None, token=token)
        self.stdout.write(f"Token {token.name} ({token.prefix}…) dicabut.")
