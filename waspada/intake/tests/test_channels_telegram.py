"""Telegram bot webhook: a resident chats with the Kesbangpol bot — text, a photo, where it happened."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel
from waspada.intake.enums import DeliveryStatus
from waspada.intake.models import InboundMessage, OutboundMessage, Report
from waspada.intake.sealing import unseal
from waspada.intake.tests.channel_fakes import (
    SQL,
    TELEGRAM_SECRET,
    TELEGRAM_TOKEN,
    TEN_MEGABYTES,
    XSS,
    FakeProvider,
    run_queued_replies,
    stored_state,
)

pytestmark = pytest.mark.django_db

URL = "/webhook/telegram/"
CHAT_ID = 987654321
SECRET = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}


@pytest.fixture
def bot_api(settings: Any) -> Iterator[FakeProvider]:
    with FakeProvider(default=(200, {"ok": True, "result": {"message_id": 1}})) as fake:
        settings.WASPADA_TELEGRAM_ENABLED = True
        settings.WASPADA_TELEGRAM_WEBHOOK_SECRET = TELEGRAM_SECRET
        settings.WASPADA_TELEGRAM_BOT_TOKEN = TELEGRAM_TOKEN
        settings.WASPADA_TELEGRAM_API_BASE = fake.url
        yield fake


@pytest.fixture
def deliver(bot_api: FakeProvider, django_capture_on_commit_callbacks: Any) -> Callable[..., Any]:
    def post(body: bytes | dict[str, Any], *, headers: dict[str, str] | None = None) -> Any:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        with django_capture_on_commit_callbacks(execute=True):
            return Client().post(
                URL, data=data, content_type="application/json", headers=SECRET if headers is None else headers
            )

    return post


def update(update_id: int = 1001, message_id: int = 55, chat_type: str = "private", **content: Any) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": message_id,
        "from": {"id": CHAT_ID, "is_bot": False, "first_name": "Siti", "username": "siti_kutim"},
        "chat": {"id": CHAT_ID, "first_name": "Siti", "username": "siti_kutim", "type": chat_type},
        "date": int(timezone.now().timestamp()),
    }
    message.update(content or {"text": "Dua kelompok pemuda saling lempar batu di Sangatta Utara malam ini"})
    return {"update_id": update_id, "message": message}


def test_a_chat_message_becomes_a_sealed_report_and_the_bot_replies_with_the_tracking_code(
    deliver: Callable[..., Any], bot_api: FakeProvider
) -> None:
    response = deliver(update())
    assert response.status_code == 200 and response.json()["stored"] == 1

    report = Report.objects.get()
    assert report.channel == Channel.TELEGRAM and report.author is None
    assert report.title == "Dua kelompok pemuda saling lempar batu di Sangatta Utara malam…"
    assert unseal(report.contact_sealed) == str(CHAT_ID)
    payload = json.dumps(InboundMessage.objects.get().payload)
    assert "siti_kutim" not in payload and "Siti" not in payload and str(CHAT_ID) not in payload

    assert bot_api.requests == []  # nothing leaves before the worker runs
    run_queued_replies()
    (sent,) = bot_api.requests
    assert sent.path == f"/bot{TELEGRAM_TOKEN}/sendMessage"
    assert sent.json()["chat_id"] == str(CHAT_ID)
    assert report.tracking_code and report.tracking_code in sent.json()["text"]
    assert OutboundMessage.objects.get().status == DeliveryStatus.SENT


def test_start_is_greeted_and_makes_no_report(deliver: Callable[..., Any], bot_api: FakeProvider) -> None:
    assert deliver(update(text="/start")).status_code == 200
    assert Report.objects.count() == 0
    run_queued_replies()
    assert "Kirim laporan" in bot_api.requests[0].json()["text"]
    # Telegram retrying the same update does not greet twice.
    deliver(update(text="/start"))
    run_queued_replies()
    assert len(bot_api.requests) == 1


def test_a_photo_is_noted_with_its_file_id_and_its_caption_becomes_the_text(deliver: Callable[..., Any]) -> None:
    photo = [
        {"file_id": "small-id", "file_unique_id": "s", "width": 90, "height": 60},
        {"file_id": "AgACAgUAAxkBAAIBlarge", "file_unique_id": "l", "width": 1280, "height": 853},
    ]
    deliver(update(photo=photo, caption="Spanduk ujaran kebencian di depan masjid"))
    report = Report.objects.get()
    assert report.text == "Spanduk ujaran kebencian di depan masjid"
    assert "AgACAgUAAxkBAAIBlarge" in report.source_detail
    assert InboundMessage.objects.get().payload["photo"]["file_id"] == "AgACAgUAAxkBAAIBlarge"


def test_a_photo_without_caption_is_still_a_report(deliver: Callable[..., Any]) -> None:
    deliver(update(photo=[{"file_id": "AgAC-only", "width": 1, "height": 1}]))
    assert Report.objects.get().text == "Foto tanpa keterangan"


def test_a_voice_note_is_kept_as_a_report_too(deliver: Callable[..., Any]) -> None:
    deliver(update(voice={"file_id": "AwACAgUAAx-voice", "duration": 12, "mime_type": "audio/ogg"}))
    report = Report.objects.get()
    assert report.text == "Pesan suara tanpa keterangan" and "AwACAgUAAx-voice" in report.source_detail


def test_a_location_shared_right_after_a_report_completes_it(
    deliver: Callable[..., Any], bot_api: FakeProvider
) -> None:
    deliver(update())
    deliver(update(update_id=1002, message_id=56, location={"latitude": 0.5123, "longitude": 117.6501}))
    report = Report.objects.get()
    assert (report.latitude, report.longitude) == (0.5123, 117.6501)
    assert AuditEvent.objects.filter(action="report.locate", object_id=str(report.pk)).exists()
    run_queued_replies()
    assert "Lokasi ditambahkan" in bot_api.requests[-1].json()["text"]


def test_a_location_long_after_the_last_report_is_a_report_of_its_own(deliver: Callable[..., Any]) -> None:
    deliver(update())
    InboundMessage.objects.update(received_at=timezone.now() - dt.timedelta(hours=2))
    venue = {"location": {"latitude": -0.5, "longitude": 117.15}, "title": "Pasar Segiri", "address": "Samarinda"}
    deliver(update(update_id=1002, message_id=56, location={"latitude": -0.5, "longitude": 117.15}, venue=venue))
    first, second = Report.objects.order_by("pk")
    assert first.latitude is None
    assert (second.latitude, second.longitude) == (-0.5, 117.15)
    assert second.location_detail == "Pasar Segiri, Samarinda"
    assert "Pasar Segiri" in second.text


def test_group_chats_are_ignored_so_no_reply_exposes_a_reporter(deliver: Callable[..., Any]) -> None:
    before = stored_state()
    assert deliver(update(chat_type="group")).status_code == 200
    assert stored_state() == before


def test_updates_without_a_message_are_acknowledged(deliver: Callable[..., Any]) -> None:
    edited = {"update_id": 5, "edited_message": update()["message"]}
    assert deliver(edited).status_code == 200
    assert Report.objects.count() == 0


def test_a_sticker_gets_told_what_the_bot_accepts(deliver: Callable[..., Any], bot_api: FakeProvider) -> None:
    deliver(update(sticker={"file_id": "CAAC", "emoji": "😡"}))
    assert Report.objects.count() == 0
    run_queued_replies()
    assert "belum dapat kami terima" in bot_api.requests[0].json()["text"]


def test_a_retried_update_is_stored_once(deliver: Callable[..., Any]) -> None:
    deliver(update())
    assert deliver(update()).json() == {"ok": True, "stored": 0, "duplicates": 1}
    assert Report.objects.count() == 1 and OutboundMessage.objects.count() == 1


def test_the_same_message_id_in_another_chat_is_another_message(deliver: Callable[..., Any]) -> None:
    deliver(update())
    other = update(update_id=1002)
    other["message"]["chat"]["id"] = 1122334455
    deliver(other)
    assert Report.objects.count() == 2


@pytest.mark.parametrize("headers", [{}, {"X-Telegram-Bot-Api-Secret-Token": "tebakan"}, {"X-Other": TELEGRAM_SECRET}])
def test_a_missing_or_wrong_secret_token_gets_401_and_changes_nothing(
    deliver: Callable[..., Any], headers: dict[str, str]
) -> None:
    deliver(update(update_id=1, message_id=1))
    before = stored_state()
    assert deliver(update(), headers=headers).status_code == 401
    assert stored_state() == before


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "bukan JSON"),
        (b'{"update_id": 1, "message": {"text": "\xc3\x28"}}', "bukan UTF-8"),
        (b'"just a string"', "objek JSON"),
        (json.dumps({"message": {"text": "tanpa update_id"}}).encode(), "update_id"),
        (json.dumps({"update_id": 1, "message": "teks"}).encode(), "objek"),
        (json.dumps({"update_id": 1, "message": {"text": "x", "chat": {"type": "private"}}}).encode(), "chat.id"),
        (json.dumps(update(text=["bukan", "teks"])).encode(), "berupa teks"),
        (json.dumps(update(location={"latitude": 91, "longitude": 0})).encode(), "lokasi"),
        (json.dumps(update(location={"latitude": "0.5", "longitude": True})).encode(), "lokasi"),
        (json.dumps(update(photo=[{"width": 1}])).encode(), "file_id"),
    ],
)
def test_malformed_updates_get_a_clear_400_and_change_nothing(
    deliver: Callable[..., Any], body: bytes, message: str
) -> None:
    deliver(update(update_id=1, message_id=1))
    before = stored_state()
    response = deliver(body)
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert stored_state() == before


def test_a_ten_megabyte_update_is_refused_with_413(deliver: Callable[..., Any]) -> None:
    assert deliver(TEN_MEGABYTES).status_code == 413
    assert Report.objects.count() == 0


def test_hostile_text_is_stored_verbatim(deliver: Callable[..., Any]) -> None:
    hostile = f"{XSS}\n{SQL}\x00"
    deliver(update(text=hostile))
    assert Report.objects.get().text == f"{XSS}\n{SQL}"


def test_a_disabled_bot_does_not_exist(deliver: Callable[..., Any], settings: Any) -> None:
    settings.WASPADA_TELEGRAM_ENABLED = False
    assert deliver(update()).status_code == 404
    assert Report.objects.count() == 0
