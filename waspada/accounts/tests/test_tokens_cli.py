"""`waspada token create` and `waspada token revoke`: tokens for installations without a browser at hand."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from waspada.accounts.models import ApiToken
from waspada.accounts.services import api_token_authenticate
from waspada.cli import _command_argv

pytestmark = pytest.mark.django_db


def test_a_token_created_on_the_command_line_is_printed_once_and_can_be_revoked() -> None:
    assert _command_argv(["token", "create", "x"]) == ["token_create", "x"]
    out = io.StringIO()
    call_command("token_create", "SIMPOLRES", "--region", "64.08", "--read-only", stdout=out, stderr=io.StringIO())
    plain = out.getvalue().strip()
    token = api_token_authenticate(plain)
    assert token is not None and token.region_codes() == ["64.08"] and not token.can_submit
    call_command("token_revoke", token.prefix, stdout=io.StringIO())
    assert api_token_authenticate(plain) is None
    assert ApiToken.objects.get().revoked_at is not None


def test_unknown_regions_and_names_are_refused() -> None:
    with pytest.raises(CommandError, match=r"99\.99"):
        call_command("token_create", "X", "--region", "99.99", stdout=io.StringIO(), stderr=io.StringIO())
    with pytest.raises(CommandError, match="tidak ditemukan"):
        call_command("token_revoke", "tidak-ada", stdout=io.StringIO())
