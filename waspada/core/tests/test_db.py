"""The lean lookup used on every API call gives what the ORM would give."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from waspada.accounts.models import ApiToken
from waspada.accounts.services import api_token_create
from waspada.core.db import row_by_unique
from waspada.regions.models import Region


@pytest.mark.django_db
def test_a_row_is_found_by_its_unique_key_with_values_converted_as_the_orm_does() -> None:
    expires = timezone.now() + dt.timedelta(days=3)
    token, _plain = api_token_create(
        actor=None, name="SIAK Kutim", region_codes=["64.08"], expires_at=expires, can_read=False
    )
    found = row_by_unique(ApiToken, "key_hash", token.key_hash)
    expected = ApiToken.objects.get(pk=token.pk)
    assert found is not None
    assert found.pk == token.pk
    assert found.expires_at == expected.expires_at == expires
    assert found.expires_at is not None and timezone.is_aware(found.expires_at)
    assert found.can_read is False and found.can_submit is True
    assert found.name == "SIAK Kutim"


@pytest.mark.django_db
def test_an_unknown_key_gives_none_and_a_hostile_value_is_only_a_value() -> None:
    assert row_by_unique(ApiToken, "key_hash", "0" * 64) is None
    assert row_by_unique(Region, "code", "64.08' OR '1'='1") is None
    assert Region.objects.filter(code="64.08").exists()


@pytest.mark.django_db
def test_only_loads_the_columns_asked_for_and_the_rest_on_demand() -> None:
    region = row_by_unique(Region, "code", "64.08", only=("code", "name", "level"))
    assert region is not None
    assert (region.code, region.name) == ("64.08", Region.objects.get(code="64.08").name)
    assert region.get_deferred_fields()
