"""WhatsApp Cloud API webhook: where most Kalimantan Timur residents already talk to their government."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.test import Client

from waspada.core.enums import Channel
from waspada.intake.channels.services import MAX_ATTEMPTS
from waspada.intake.enums import DeliveryStatus
from waspada.intake.models import InboundMessage, OutboundMessage, Report
from waspada.intake.sealing import unseal
from waspada.intake.tests.channel_fakes import (
    SQL,
    TEN_MEGABYTES,
    WHATSAPP_ACCESS_TOKEN,
    WHATSAPP_APP_SECRET,
    WHATSAPP_PHONE_NUMBER_ID,
    WHATSAPP_VERIFY_TOKEN,
    XSS,
    FakeProvider,
    run_queued_replies,
    stored_state,
    whatsapp_headers,
)

pytestmark = pytest.mark.django_db

URL = "/webhook/whatsapp/"
WA_ID = "6281250001111"


@pytest.fixture
def graph(settings: Any) -> Iterator[FakeProvider]:
    with FakeProvider(default=(200, {"messaging_product": "whatsapp", "messages": [{"id": "wamid.out"}]})) as fake:
        settings.WASPADA_WHATSAPP_ENABLED = True
        settings.WASPADA_WHATSAPP_APP_SECRET = WHATSAPP_APP_SECRET
        settings.WASPADA_WHATSAPP_VERIFY_TOKEN = WHATSAPP_VERIFY_TOKEN
        settings.WASPADA_WHATSAPP_ACCESS_TOKEN = WHATSAPP_ACCESS_TOKEN
        settings.WASPADA_WHATSAPP_PHONE_NUMBER_ID = WHATSAPP_PHONE_NUMBER_ID
        settings.WASPADA_WHATSAPP_API_BASE = f"{fake.url}/v21.0"
        yield fake


@pytest.fixture
def deliver(graph: FakeProvider, django_capture_on_commit_callbacks: Any) -> Callable[..., Any]:
    def post(body: bytes | dict[str, Any], *, headers: dict[str, str] | None = None) -> Any:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        with django_capture_on_commit_callbacks(execute=True):
            return Client().post(
                URL,
                data=data,
                content_type="application/json",
                headers=whatsapp_headers(data) if headers is None else headers,
            )

    return post


def message(wamid: str = "wamid.HBgNNjI4MTI1MDAwMTExMRUCABIYFDNB", **content: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"from": WA_ID, "id": wamid, "timestamp": "1764300000", "type": "text"}
    item.update(content or {"text": {"body": "Ada pengerahan massa ke kantor desa soal ganti rugi lahan"}})
    return item


def notification(*messages: dict[str, Any], statuses: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "6281100000000", "phone_number_id": WHATSAPP_PHONE_NUMBER_ID},
        "contacts": [{"profile": {"name": "Pak Darto"}, "wa_id": WA_ID}],
    }
    if messages:
        value["messages"] = list(messages)
    if statuses:
        value["statuses"] = statuses
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": value}]}],
    }


def test_meta_verifies_the_webhook_with_our_verify_token(graph: FakeProvider) -> None:
    params = {"hub.mode": "subscribe", "hub.verify_token": WHATSAPP_VERIFY_TOKEN, "hub.challenge": "1158201444"}
    response = Client().get(URL, params)
    assert response.status_code == 200 and response.content == b"1158201444"
    assert response["Content-Type"].startswith("text/plain")
    assert Client().get(URL, {**params, "hub.verify_token": "tebakan"}).status_code == 403
    assert Client().get(URL, {**params, "hub.challenge": "<script>"}).status_code == 403
    assert Client().get(URL).status_code == 403


def test_a_whatsapp_message_becomes_a_sealed_report_and_the_reply_goes_through_the_graph_api(
    deliver: Callable[..., Any], graph: FakeProvider
) -> None:
    assert deliver(notification(message())).status_code == 200
    report = Report.objects.get()
    assert report.channel == Channel.WHATSAPP and report.author is None
    assert unseal(report.contact_sealed) == WA_ID
    stored = json.dumps(InboundMessage.objects.get().payload)
    assert WA_ID not in stored and "Pak Darto" not in stored

    assert graph.requests == []
    run_queued_replies()
    (sent,) = graph.requests
    assert sent.path == f"/v21.0/{WHATSAPP_PHONE_NUMBER_ID}/messages"
    assert sent.headers["Authorization"] == f"Bearer {WHATSAPP_ACCESS_TOKEN}"
    assert sent.json()["to"] == WA_ID and sent.json()["type"] == "text"
    assert report.tracking_code and report.tracking_code in sent.json()["text"]["body"]


def test_an_image_is_noted_with_its_media_id(deliver: Callable[..., Any]) -> None:
    image = {"id": "1479537139650973", "mime_type": "image/jpeg", "sha256": "abc", "caption": "Jembatan dirusak"}
    deliver(notification(message(type="image", image=image)))
    report = Report.objects.get()
    assert report.text == "Jembatan dirusak" and "1479537139650973" in report.source_detail


def test_a_shared_location_sets_the_point(deliver: Callable[..., Any]) -> None:
    location = {"latitude": 1.1651, "longitude": 117.4821, "name": "Simpang Tiga", "address": "Kaliorang"}
    deliver(notification(message(type="location", location=location)))
    report = Report.objects.get()
    assert (report.latitude, report.longitude) == (1.1651, 117.4821)
    assert report.location_detail == "Simpang Tiga, Kaliorang"


def test_a_bare_location_is_described_in_words(deliver: Callable[..., Any]) -> None:
    deliver(notification(message(type="location", location={"latitude": -1.2654, "longitude": 116.8312})))
    assert Report.objects.get().text == "Pelapor membagikan lokasi (-1.26540, 116.83120)."


def test_one_notification_may_carry_several_messages(deliver: Callable[..., Any]) -> None:
    response = deliver(notification(message("wamid.A"), message("wamid.B", text={"body": "Susulan: massa bubar"})))
    assert response.json()["stored"] == 2
    assert Report.objects.count() == 2


def test_delivery_statuses_and_reactions_are_acknowledged_without_storing(deliver: Callable[..., Any]) -> None:
    statuses = [{"id": "wamid.out", "status": "delivered", "timestamp": "1764300001", "recipient_id": WA_ID}]
    before = stored_state()
    assert deliver(notification(statuses=statuses)).status_code == 200
    reaction = message(type="reaction", reaction={"message_id": "wamid.out", "emoji": "👍"})
    assert deliver(notification(reaction)).status_code == 200
    assert stored_state() == before


def test_meta_retrying_a_notification_stores_it_once(deliver: Callable[..., Any]) -> None:
    body = notification(message())
    deliver(body)
    assert deliver(body).json() == {"ok": True, "stored": 0, "duplicates": 1}
    assert Report.objects.count() == 1 and OutboundMessage.objects.count() == 1


@pytest.mark.parametrize("signature", ["", "sha256=", "sha256=deadbeef", "other-secret", "md5=abc"])
def test_a_missing_or_wrong_signature_gets_401_and_changes_nothing(deliver: Callable[..., Any], signature: str) -> None:
    deliver(notification(message("wamid.first")))
    before = stored_state()
    body = json.dumps(notification(message())).encode()
    if signature == "other-secret":
        headers = whatsapp_headers(body, secret="rahasia-lain")
    else:
        headers = {"X-Hub-Signature-256": signature} if signature else {}
    assert deliver(body, headers=headers).status_code == 401
    assert stored_state() == before


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b"{]", "bukan JSON"),
        (b'{"object": "whatsapp_business_account", "entry": ["\xed\xa0\x80"]}', "bukan UTF-8"),
        (json.dumps({"object": "page", "entry": []}).encode(), "WhatsApp Business"),
        (json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "1"}]}).encode(), "changes"),
        (json.dumps(notification(message(**{"from": "<b>x</b>"}))).encode(), "nomor pengirim"),
        (json.dumps(notification(message(id=None))).encode(), "tanpa id"),
        (json.dumps(notification(message(text={"body": 42}))).encode(), "berupa teks"),
        (json.dumps(notification(message(text={}))).encode(), "tanpa isi"),
        (json.dumps(notification(message(type="location", location={"latitude": 200}))).encode(), "lokasi"),
        # One bad message in a batch refuses the whole batch: the good one is not stored either.
        (json.dumps(notification(message("wamid.ok"), message("wamid.bad", type=None))).encode(), "type"),
    ],
)
def test_malformed_notifications_get_a_clear_400_and_change_nothing(
    deliver: Callable[..., Any], body: bytes, detail: str
) -> None:
    deliver(notification(message("wamid.first")))
    before = stored_state()
    response = deliver(body)
    assert response.status_code == 400
    assert detail in response.json()["detail"]
    assert stored_state() == before


def test_a_ten_megabyte_notification_is_refused_with_413(deliver: Callable[..., Any]) -> None:
    assert deliver(TEN_MEGABYTES).status_code == 413


def test_hostile_text_is_stored_verbatim(deliver: Callable[..., Any]) -> None:
    deliver(notification(message(text={"body": f"{SQL} {XSS}"})))
    assert Report.objects.get().text == f"{SQL} {XSS}"


def test_a_reply_outside_the_24_hour_window_fails_at_once_and_a_rate_limit_waits(
    deliver: Callable[..., Any], graph: FakeProvider
) -> None:
    graph.answer(400, {"error": {"message": "Re-engagement message", "code": 131047}})
    graph.answer(400, {"error": {"message": "Rate limit hit", "code": 130429}})
    deliver(notification(message("wamid.A"), message("wamid.B", text={"body": "Susulan"})))
    run_queued_replies()
    first, second = OutboundMessage.objects.order_by("pk")
    assert first.status == DeliveryStatus.FAILED and "131047" in first.last_error and first.attempts == 1
    assert second.status == DeliveryStatus.PENDING and second.attempts == 1 < MAX_ATTEMPTS
    assert WHATSAPP_ACCESS_TOKEN not in first.last_error + second.last_error


def test_a_disabled_channel_does_not_exist(settings: Any, graph: FakeProvider) -> None:
    settings.WASPADA_WHATSAPP_ENABLED = False
    params = {"hub.mode": "subscribe", "hub.verify_token": WHATSAPP_VERIFY_TOKEN, "hub.challenge": "1"}
    assert Client().get(URL, params).status_code == 404
    body = json.dumps(notification(message())).encode()
    response = Client().post(URL, data=body, content_type="application/json", headers=whatsapp_headers(body))
    assert response.status_code == 404
