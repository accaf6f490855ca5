"""Subscription pages: people keep their own subscriptions from a phone; hostile input is refused, addresses sealed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client

from conftest import PASSWORD
from waspada.accounts.enums import Role
from waspada.alerts.models import Subscription
from waspada.alerts.services.subscriptions import (
    MAX_SUBSCRIPTIONS_PER_USER,
    SubscriptionInput,
    subscription_create,
)
from waspada.alerts.tests.notify_fakes import subscribe
from waspada.audit.models import AuditEvent
from waspada.core.exceptions import ApplicationError
from waspada.intake.sealing import unseal
from waspada.intake.tests.channel_fakes import TELEGRAM_TOKEN, XSS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def channels(settings: Any) -> None:
    settings.EMAIL_HOST = "smtp.kaltimprov.go.id"
    settings.WASPADA_TELEGRAM_BOT_TOKEN = TELEGRAM_TOKEN
    settings.WASPADA_WHATSAPP_ACCESS_TOKEN = ""


def login(user: Any) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


FORM = {
    "channel": "whatsapp",
    "address": "0812-3456-7890",
    "region": "",
    "min_level": "siaga",
    "categories": ["sengketa_lahan", "bentrok_antarkelompok"],
    "quiet_start": "22:00",
    "quiet_end": "06:00",
    "daily_digest": "on",
    "active": "on",
}


def test_an_operator_subscribes_from_her_phone_and_the_number_is_sealed(operator_kutim: Any, settings: Any) -> None:
    settings.WASPADA_WHATSAPP_ACCESS_TOKEN = "token"
    settings.WASPADA_WHATSAPP_PHONE_NUMBER_ID = "1098"
    client = login(operator_kutim)
    page = client.get("/langganan/baru/").content.decode()
    assert 'name="viewport"' in page and 'type="time"' in page and 'value="22:00"' in page
    assert "Kabupaten Kutai Timur" in page and "Kabupaten Berau" not in page

    response = client.post("/langganan/baru/", FORM)
    assert response.status_code == 302
    subscription = Subscription.objects.get()
    assert subscription.user == operator_kutim
    assert "6281234567890" not in subscription.address_sealed
    assert unseal(subscription.address_sealed) == "+6281234567890"
    assert (subscription.min_level, subscription.daily_digest) == ("siaga", True)
    assert subscription.quiet_start == dt.time(22) and subscription.quiet_end == dt.time(6)
    assert subscription.categories == ["bentrok_antarkelompok", "sengketa_lahan"]

    listing = client.get("/langganan/").content.decode()
    assert "+62***890" in listing and "6281234567890" not in listing
    event = AuditEvent.objects.get(action="subscription.create")
    assert "6281234567890" not in str(event.data) and "6281234567890" not in event.summary


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"channel": "email", "address": "bukan-surel"}, "address"),
        ({"channel": "email", "address": XSS}, "address"),
        ({"channel": "telegram", "address": "@operator_kutim"}, "address"),
        ({"channel": "telegram", "address": ""}, "address"),
        ({"channel": "whatsapp", "address": "0812-3456-7890"}, "channel"),  # not set up on this server
        ({"channel": "webhook", "address": "https://93.184.216.34/"}, "channel"),
        ({"channel": "sms", "address": "0812"}, "channel"),
        ({"region": "64.03"}, "region"),  # Berau is not hers
        ({"region": "64.08.09"}, "region"),  # a kecamatan is not offered
        ({"min_level": "normal"}, "min_level"),
        ({"categories": ["bukan_kategori"]}, "categories"),
        ({"quiet_start": "25:00"}, "quiet_start"),
        ({"quiet_start": "22:00", "quiet_end": ""}, "quiet_end"),
        ({"quiet_start": "22:00", "quiet_end": "22:00"}, "quiet_end"),
    ],
)
def test_hostile_or_wrong_input_is_refused_with_a_reason_and_stores_nothing(
    operator_kutim: Any, changes: dict[str, Any], field: str
) -> None:
    data = {**FORM, "channel": "telegram", "address": "555000111", **changes}
    response = login(operator_kutim).post("/langganan/baru/", data)
    assert response.status_code == 400
    assert response.context["form"].errors.get(field), response.context["form"].errors
    assert not Subscription.objects.exists()
    assert "<script>alert(" not in response.content.decode()


def test_editing_keeps_the_stored_address_unless_a_new_one_is_given(operator_kutim: Any) -> None:
    subscription = subscribe(operator_kutim, channel="telegram", address="555000111")
    client = login(operator_kutim)
    page = client.get(f"/langganan/{subscription.pk}/").content.decode()
    assert "555***111" in page and "555000111" not in page
    data = {**FORM, "channel": "telegram", "address": "", "min_level": "awas"}
    assert client.post(f"/langganan/{subscription.pk}/", data).status_code == 302
    subscription.refresh_from_db()
    assert unseal(subscription.address_sealed) == "555000111" and subscription.min_level == "awas"
    # Another channel needs its own address.
    response = client.post(f"/langganan/{subscription.pk}/", {**data, "channel": "email"})
    assert response.status_code == 400
    assert client.post(f"/langganan/{subscription.pk}/", {**data, "address": "-100777"}).status_code == 302
    subscription.refresh_from_db()
    assert unseal(subscription.address_sealed) == "-100777"
    assert AuditEvent.objects.filter(action="subscription.update").count() == 2


def test_deleting_asks_first(operator_kutim: Any) -> None:
    subscription = subscribe(operator_kutim)
    client = login(operator_kutim)
    assert client.get(f"/langganan/{subscription.pk}/hapus/").status_code == 200
    assert Subscription.objects.exists()
    assert client.post(f"/langganan/{subscription.pk}/hapus/").status_code == 302
    assert not Subscription.objects.exists()
    assert AuditEvent.objects.filter(action="subscription.delete", actor=operator_kutim).exists()


def test_people_see_only_their_own_subscriptions_and_admins_see_all(
    operator_kutim: Any, operator_berau: Any, make_user: Any
) -> None:
    mine = subscribe(operator_kutim, address="111000111")
    hers = subscribe(operator_berau, address="222000222")
    client = login(operator_kutim)
    listing = client.get("/langganan/").content.decode()
    assert f"/langganan/{mine.pk}/" in listing and f"/langganan/{hers.pk}/" not in listing
    for url in (f"/langganan/{hers.pk}/", f"/langganan/{hers.pk}/hapus/"):
        assert client.get(url).status_code == 404
        assert client.post(url, {**FORM, "channel": "telegram", "address": "1"}).status_code == 404
    assert unseal(Subscription.objects.get(pk=hers.pk).address_sealed) == "222000222"

    admin = make_user("admin", Role.ADMIN, "64")
    admin_client = login(admin)
    listing = admin_client.get("/langganan/").content.decode()
    assert f"/langganan/{mine.pk}/" in listing and f"/langganan/{hers.pk}/" in listing and "Sari Berau" in listing
    # The admin edits within the owner's regions, not the admin's.
    page = admin_client.get(f"/langganan/{hers.pk}/").content.decode()
    assert "Kabupaten Berau" in page and "Kabupaten Kutai Timur" not in page
    response = admin_client.post(f"/langganan/{hers.pk}/", {**FORM, "channel": "telegram", "address": "", "active": ""})
    assert response.status_code == 302
    assert Subscription.objects.get(pk=hers.pk).active is False


def test_without_any_channel_the_page_says_whom_to_ask(operator_kutim: Any, settings: Any) -> None:
    settings.EMAIL_HOST = ""
    settings.WASPADA_TELEGRAM_BOT_TOKEN = ""
    page = login(operator_kutim).get("/langganan/").content.decode()
    assert "Hubungi admin" in page and "/langganan/baru/" not in page


def test_a_person_has_at_most_a_few_subscriptions(operator_kutim: Any) -> None:
    data = SubscriptionInput(channel="telegram", address="555000111", region_code=None, min_level="waspada")
    for _ in range(MAX_SUBSCRIPTIONS_PER_USER):
        subscription_create(actor=operator_kutim, data=data)
    with pytest.raises(ApplicationError):
        subscription_create(actor=operator_kutim, data=data)


def test_anonymous_visitors_are_sent_to_log_in() -> None:
    response = Client().get("/langganan/")
    assert response.status_code == 302 and response["Location"].startswith("/masuk/")
