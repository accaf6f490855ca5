"""The lean lookup used on every API call gives what the ORM would give."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from waspada.accounts.models import ApiToken
from waspada.accounts.services import api_token_create
from waspada.core.db import insert_instance, row_by_unique
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


@pytest.mark.django_db(transaction=True)
def test_an_inserted_instance_is_stored_exactly_as_the_orm_stores_it() -> None:
    from django.db import IntegrityError, transaction

    from waspada.audit.models import AuditEvent
    from waspada.intake.models import Report

    now = timezone.now()
    fields = {
        "channel": "api",
        "title": "Blokade jalan hauling",
        "text": "Warga memblokade jalan; belum ada kekerasan. <script>alert(1)</script> ' OR 1=1 --",
        "region_id": "64.08.09",
        "kabkota_id": "64.08",
        "occurred_at": now - dt.timedelta(hours=2),
        "received_at": now,
        "latitude": 0.51,
        "longitude": 117.6,
    }
    with transaction.atomic():
        by_orm = Report.objects.create(**fields, idempotency_key="orm")
        lean = insert_instance(Report(**fields, idempotency_key="lean"))
    assert lean.pk and lean.pk != by_orm.pk and not lean._state.adding
    stored = {r.pk: r for r in Report.objects.filter(pk__in=[by_orm.pk, lean.pk])}
    skip = {"id", "idempotency_key", "created_at", "updated_at"}
    for field in Report._meta.concrete_fields:
        if field.attname not in skip:
            orm_value, lean_value = (getattr(stored[pk], field.attname) for pk in (by_orm.pk, lean.pk))
            assert lean_value == orm_value, field.attname

    with transaction.atomic():
        event = insert_instance(AuditEvent(action="uji", actor_label="sistem", data={"kunci": "nilai", "n": [1, 2]}))
    again = AuditEvent.objects.get(pk=event.pk)
    assert again.created_at is not None and again.created_at == event.created_at  # auto_now_add, as save() sets it
    assert again.data == {"kunci": "nilai", "n": [1, 2]}

    # a unique key met twice is the database's IntegrityError, as with save(); nothing else is written
    count = Report.objects.count()
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_instance(Report(**fields, idempotency_key="lean"))
    assert Report.objects.count() == count


@pytest.mark.django_db
def test_a_model_someone_listens_to_is_saved_with_its_signals() -> None:
    from django.db import transaction
    from django.db.models.signals import post_save

    from waspada.audit.models import AuditEvent

    heard: list[int] = []

    def receiver(sender: type, instance: AuditEvent, created: bool, **kwargs: object) -> None:
        heard.append(instance.pk)

    post_save.connect(receiver, sender=AuditEvent, dispatch_uid="test-insert-instance")
    try:
        with transaction.atomic():
            event = insert_instance(AuditEvent(action="uji", actor_label="sistem"))
    finally:
        post_save.disconnect(dispatch_uid="test-insert-instance", sender=AuditEvent)
    assert heard == [event.pk] and AuditEvent.objects.filter(pk=event.pk).exists()
