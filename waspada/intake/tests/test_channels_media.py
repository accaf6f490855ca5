"""Photos sent to the Telegram bot or the WhatsApp number reach the analyst, stripped of where they were taken.

Also: one sender flooding a channel is stored, but makes no reports and gets no replies.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from PIL import Image

from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel
from waspada.intake.channels import base
from waspada.intake.channels.base import Incoming, MessageKind
from waspada.intake.channels.media import MAX_MEDIA_ATTEMPTS, inbound_media_fetch
from waspada.intake.channels.services import inbound_message_receive
from waspada.intake.enums import MediaStatus
from waspada.intake.models import Attachment, InboundMessage, OutboundMessage, Report
from waspada.intake.tests.channel_fakes import (
    TELEGRAM_SECRET,
    TELEGRAM_TOKEN,
    WHATSAPP_ACCESS_TOKEN,
    WHATSAPP_APP_SECRET,
    WHATSAPP_PHONE_NUMBER_ID,
    WHATSAPP_VERIFY_TOKEN,
    FakeProvider,
    Raw,
    run_queued_media_fetches,
    run_queued_replies,
    whatsapp_headers,
)

pytestmark = pytest.mark.django_db

CHAT_ID = 987654321
WA_ID = "6281250001111"
FETCH_TASK = "waspada.intake.tasks.fetch_inbound_media"
HTML_PAGE = b"<!doctype html><html><body><h1>Login</h1><script>alert(1)</script></body></html>"


def jpeg_with_gps() -> bytes:
    """A phone photo as it leaves the phone: camera make and the GPS position in its EXIF."""
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = image.getexif()
    exif[0x010F] = "KameraPelapor"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (0.0, 30.0, 44.0), 3: "E", 4: (117.0, 39.0, 1.0)})
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


PHOTO = jpeg_with_gps()


def file_info(path: str = "photos/file_7.jpg", size: int = len(PHOTO)) -> dict[str, Any]:
    return {
        "ok": True,
        "result": {"file_id": "AgAC-large", "file_unique_id": "u", "file_size": size, "file_path": path},
    }


@pytest.fixture
def bot_api(settings: Any) -> Iterator[FakeProvider]:
    with FakeProvider(default=(200, {"ok": True, "result": {"message_id": 1}})) as fake:
        settings.WASPADA_TELEGRAM_ENABLED = True
        settings.WASPADA_TELEGRAM_WEBHOOK_SECRET = TELEGRAM_SECRET
        settings.WASPADA_TELEGRAM_BOT_TOKEN = TELEGRAM_TOKEN
        settings.WASPADA_TELEGRAM_API_BASE = fake.url
        yield fake


@pytest.fixture
def telegram(bot_api: FakeProvider, django_capture_on_commit_callbacks: Any) -> Callable[..., Any]:
    """The bot's webhook called by Telegram with one update; what commit triggers is queued."""

    def post(update_id: int = 1001, message_id: int = 55, **content: Any) -> Any:
        message: dict[str, Any] = {
            "message_id": message_id,
            "chat": {"id": CHAT_ID, "type": "private"},
            "date": int(timezone.now().timestamp()),
        }
        if not set(content) & {"text", "photo", "voice", "document", "location"}:
            content = {"photo": [{"file_id": "AgAC-large", "width": 64, "height": 48}], **content}
        message.update(content)
        with django_capture_on_commit_callbacks(execute=True):
            return Client().post(
                "/webhook/telegram/",
                data=json.dumps({"update_id": update_id, "message": message}),
                content_type="application/json",
                headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET},
            )

    return post


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
def whatsapp(graph: FakeProvider, django_capture_on_commit_callbacks: Any) -> Callable[..., Any]:
    def post(wamid: str = "wamid.HBgNNjI4MTI1", **content: Any) -> Any:
        item: dict[str, Any] = {"from": WA_ID, "id": wamid, "timestamp": str(int(time.time())), "type": "image"}
        item.update(content or {"image": {"id": "1479537139650973", "mime_type": "image/jpeg", "caption": "Jembatan"}})
        value = {"messaging_product": "whatsapp", "metadata": {"phone_number_id": WHATSAPP_PHONE_NUMBER_ID}}
        body = json.dumps(
            {
                "object": "whatsapp_business_account",
                "entry": [{"id": "1", "changes": [{"field": "messages", "value": {**value, "messages": [item]}}]}],
            }
        ).encode()
        with django_capture_on_commit_callbacks(execute=True):
            return Client().post(
                "/webhook/whatsapp/", data=body, content_type="application/json", headers=whatsapp_headers(body)
            )

    return post


def report_page(analis: Any, report: Report) -> str:
    client = Client()
    client.force_login(analis)
    response = client.get(f"/laporan/{report.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def assert_untouched(report: Report) -> None:
    """A media failure leaves the report exactly as the message made it."""
    fresh = Report.objects.get(pk=report.pk)
    assert (fresh.title, fresh.text, fresh.status, fresh.source_detail) == (
        report.title,
        report.text,
        report.status,
        report.source_detail,
    )
    assert not Attachment.objects.filter(report=report).exists()


# Telegram


def test_a_telegram_photo_is_fetched_after_the_webhook_and_stored_without_its_exif(
    telegram: Callable[..., Any], bot_api: FakeProvider, analis: Any
) -> None:
    response = telegram(caption="Spanduk provokatif di depan balai desa")
    assert response.status_code == 200
    # The webhook answered without waiting for Telegram: nothing was fetched yet.
    assert [r for r in bot_api.requests if "getFile" in r.path or "/file/" in r.path] == []
    inbound = InboundMessage.objects.get()
    assert inbound.media_status == MediaStatus.PENDING and inbound.media_ref == "AgAC-large"

    bot_api.answer(200, file_info())
    bot_api.answer(200, Raw(PHOTO, "image/jpeg"))
    assert run_queued_media_fetches() == 1

    get_file, download = bot_api.requests
    assert get_file.method == "GET" and get_file.path == f"/bot{TELEGRAM_TOKEN}/getFile?file_id=AgAC-large"
    assert download.path == f"/file/bot{TELEGRAM_TOKEN}/photos/file_7.jpg"
    report = Report.objects.get()
    attachment = Attachment.objects.get(report=report)
    assert attachment.content_type == "image/jpeg"
    stored = attachment.file.read()
    with Image.open(io.BytesIO(stored)) as picture:
        assert picture.size == (64, 48)
        assert dict(picture.getexif()) == {}
    assert b"KameraPelapor" not in stored and b"Exif" not in stored
    inbound.refresh_from_db()
    assert inbound.media_status == MediaStatus.STORED and inbound.media_attachment == attachment
    assert AuditEvent.objects.filter(action="report.media_stored", object_id=str(report.pk)).exists()
    page = report_page(analis, report)
    assert f"/laporan/{report.pk}/lampiran/{attachment.pk}/" in page and "tidak dapat diambil" not in page


def test_telegram_refusing_the_file_is_a_permanent_failure_shown_on_the_report(
    telegram: Callable[..., Any], bot_api: FakeProvider, analis: Any
) -> None:
    telegram()
    report = Report.objects.get()
    bot_api.answer(404, {"ok": False, "error_code": 404, "description": "Not Found"})
    run_queued_media_fetches()

    inbound = InboundMessage.objects.get()
    assert inbound.media_status == MediaStatus.FAILED and inbound.media_attempts == 1
    assert "HTTP 404" in inbound.media_error and "Not Found" in inbound.media_error
    assert TELEGRAM_TOKEN not in inbound.media_error
    assert not DBTaskResult.objects.filter(task_path=FETCH_TASK, status="READY").exists()  # never tried again
    assert_untouched(report)
    assert AuditEvent.objects.filter(action="report.media_failed", object_id=str(report.pk)).exists()
    assert "Foto dari Telegram tidak dapat diambil: penyedia menjawab HTTP 404" in report_page(analis, report)


def test_a_file_larger_than_the_attachment_limit_is_not_read_past_it(
    telegram: Callable[..., Any], bot_api: FakeProvider
) -> None:
    telegram()
    report = Report.objects.get()
    six_megabytes = b"\xff\xd8\xff\xe0" + b"\0" * (6 * 1024 * 1024)
    # Telegram says nothing of the size, and the server sends no Content-Length: the cap alone stops it.
    bot_api.answer(200, {"ok": True, "result": {"file_path": "photos/file_8.jpg"}})
    bot_api.answer(200, Raw(six_megabytes, "image/jpeg", declare_length=False))
    run_queued_media_fetches()

    inbound = InboundMessage.objects.get()
    assert inbound.media_status == MediaStatus.FAILED and "lebih dari 5 MB" in inbound.media_error
    assert_untouched(report)


def test_a_file_telegram_says_is_too_large_is_not_downloaded_at_all(
    telegram: Callable[..., Any], bot_api: FakeProvider
) -> None:
    telegram()
    bot_api.answer(200, file_info(size=30 * 1024 * 1024))
    run_queued_media_fetches()
    assert len(bot_api.requests) == 1
    assert InboundMessage.objects.get().media_status == MediaStatus.FAILED


def test_an_html_page_pretending_to_be_a_photo_is_refused_by_content(
    telegram: Callable[..., Any], bot_api: FakeProvider, analis: Any
) -> None:
    telegram()
    report = Report.objects.get()
    bot_api.answer(200, file_info(path="photos/file_9.jpg"))
    bot_api.answer(200, Raw(HTML_PAGE, "image/jpeg"))
    run_queued_media_fetches()

    inbound = InboundMessage.objects.get()
    assert inbound.media_status == MediaStatus.FAILED and "bukan gambar" in inbound.media_error
    assert_untouched(report)
    page = report_page(analis, report)
    assert "Foto dari Telegram tidak dapat diambil" in page and "<script>alert(1)" not in page


def test_a_provider_outage_is_retried_after_a_pause_and_the_photo_arrives(
    telegram: Callable[..., Any], bot_api: FakeProvider, analis: Any
) -> None:
    telegram()
    report = Report.objects.get()
    bot_api.answer(503, {"ok": False, "error_code": 503, "description": "Service Unavailable"})
    run_queued_media_fetches()

    inbound = InboundMessage.objects.get()
    assert inbound.media_status == MediaStatus.PENDING and "HTTP 503" in inbound.media_error
    retry = DBTaskResult.objects.get(task_path=FETCH_TASK, status="READY")
    assert retry.args_kwargs["args"] == [inbound.pk, 1]
    assert retry.run_after > timezone.now() + dt.timedelta(seconds=20)  # a pause, not a hammering
    assert "Foto dari Telegram sedang diambil" in report_page(analis, report)

    bot_api.answer(200, file_info())
    bot_api.answer(200, Raw(PHOTO, "image/jpeg"))
    run_queued_media_fetches()
    inbound.refresh_from_db()
    assert inbound.media_status == MediaStatus.STORED and inbound.media_attempts == 2
    assert Attachment.objects.filter(report=report).count() == 1


def test_a_provider_that_stays_down_is_given_up_after_a_bounded_number_of_tries(
    telegram: Callable[..., Any], bot_api: FakeProvider
) -> None:
    telegram()
    bot_api.default = (502, {"ok": False})
    for _ in range(MAX_MEDIA_ATTEMPTS + 2):
        run_queued_media_fetches()
    inbound = InboundMessage.objects.get()
    assert inbound.media_status == MediaStatus.FAILED and inbound.media_attempts == MAX_MEDIA_ATTEMPTS
    assert len([r for r in bot_api.requests if "getFile" in r.path]) == MAX_MEDIA_ATTEMPTS


def test_a_server_that_does_not_answer_in_time_is_left_behind_and_tried_again(
    telegram: Callable[..., Any], bot_api: FakeProvider, monkeypatch: Any
) -> None:
    monkeypatch.setattr(base, "MEDIA_READ_TIMEOUT_SECONDS", 0.3)
    telegram()
    bot_api.answer(200, file_info())
    bot_api.answer(200, Raw(PHOTO, "image/jpeg", delay=2.0))
    started = time.monotonic()
    run_queued_media_fetches()
    assert time.monotonic() - started < 1.5

    inbound = InboundMessage.objects.get()
    assert inbound.media_status == MediaStatus.PENDING and "tidak menjawab" in inbound.media_error
    assert DBTaskResult.objects.filter(task_path=FETCH_TASK, status="READY").count() == 1
    assert not Attachment.objects.exists()


def test_a_replayed_webhook_or_a_repeated_task_never_stores_the_photo_twice(
    telegram: Callable[..., Any], bot_api: FakeProvider
) -> None:
    telegram()
    bot_api.answer(200, file_info())
    bot_api.answer(200, Raw(PHOTO, "image/jpeg"))
    inbound = InboundMessage.objects.get()
    assert inbound_media_fetch(inbound_id=inbound.pk, attempt=0) == MediaStatus.STORED
    # The queued copy of the same try, and Telegram delivering the same update again.
    run_queued_media_fetches()
    assert telegram().json() == {"ok": True, "stored": 0, "duplicates": 1}
    run_queued_media_fetches()

    assert Attachment.objects.count() == 1 and InboundMessage.objects.count() == 1
    assert len(bot_api.requests) == 2  # getFile and the download, once


def test_a_voice_note_is_kept_as_a_report_and_its_file_skipped_with_the_reason(
    telegram: Callable[..., Any], bot_api: FakeProvider, analis: Any
) -> None:
    telegram(voice={"file_id": "AwACAgUAAx-voice", "duration": 12, "mime_type": "audio/ogg"})
    inbound = InboundMessage.objects.get()
    assert inbound.media_status == MediaStatus.SKIPPED and "PDF" in inbound.media_error
    assert not DBTaskResult.objects.filter(task_path=FETCH_TASK).exists()
    assert "Pesan suara dari Telegram tidak diambil" in report_page(analis, Report.objects.get())


def test_a_pdf_document_goes_through_the_same_check_as_an_upload(
    telegram: Callable[..., Any], bot_api: FakeProvider
) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Author": "Nama Asli Pelapor"})
    pdf = io.BytesIO()
    writer.write(pdf)
    telegram(document={"file_id": "BQAC-doc", "file_name": "kronologi.pdf", "mime_type": "application/pdf"})
    bot_api.answer(200, file_info(path="documents/file_1.pdf"))
    bot_api.answer(200, Raw(pdf.getvalue(), "application/pdf"))
    run_queued_media_fetches()

    attachment = Attachment.objects.get()
    assert attachment.content_type == "application/pdf"
    assert b"Nama Asli Pelapor" not in attachment.file.read()


# WhatsApp


def test_a_whatsapp_image_is_fetched_with_the_access_token_and_stored_without_its_exif(
    whatsapp: Callable[..., Any], graph: FakeProvider
) -> None:
    assert whatsapp().status_code == 200
    assert graph.requests == []
    graph.answer(
        200,
        {
            "messaging_product": "whatsapp",
            "url": f"{graph.url}/whatsapp_business/attachments/?mid=1479537139650973&ext=1",
            "mime_type": "image/jpeg",
            "file_size": len(PHOTO),
            "id": "1479537139650973",
        },
    )
    graph.answer(200, Raw(PHOTO, "image/jpeg"))
    run_queued_media_fetches()

    info, download = graph.requests
    assert info.path == "/v21.0/1479537139650973"
    assert download.path.startswith("/whatsapp_business/attachments/")
    assert {r.headers["Authorization"] for r in graph.requests} == {f"Bearer {WHATSAPP_ACCESS_TOKEN}"}
    attachment = Attachment.objects.get(report=Report.objects.get())
    assert b"KameraPelapor" not in attachment.file.read()
    assert InboundMessage.objects.get().media_status == MediaStatus.STORED


def test_a_whatsapp_media_id_meta_no_longer_knows_is_a_permanent_failure(
    whatsapp: Callable[..., Any], graph: FakeProvider
) -> None:
    whatsapp()
    report = Report.objects.get()
    graph.answer(400, {"error": {"message": "Unsupported get request.", "code": 100}})
    run_queued_media_fetches()
    inbound = InboundMessage.objects.get()
    assert inbound.media_status == MediaStatus.FAILED and "Unsupported get request" in inbound.media_error
    assert WHATSAPP_ACCESS_TOKEN not in inbound.media_error
    assert_untouched(report)


def test_a_whatsapp_file_declared_as_another_type_is_skipped_before_download(
    whatsapp: Callable[..., Any], graph: FakeProvider
) -> None:
    whatsapp(type="document", document={"id": "777", "mime_type": "application/zip", "filename": "data.zip"})
    inbound = InboundMessage.objects.get()
    assert inbound.media_status == MediaStatus.SKIPPED and "application/zip" in inbound.media_error
    assert run_queued_media_fetches() == 0 and graph.requests == []


# Flood limit


def test_a_sender_over_the_hourly_limit_is_stored_but_makes_no_report_and_gets_no_reply(
    telegram: Callable[..., Any], bot_api: FakeProvider, settings: Any
) -> None:
    assert settings.WASPADA_CHANNEL_SENDER_LIMIT_PER_HOUR == 20
    for number in range(1, 22):
        response = telegram(update_id=2000 + number, message_id=number, text=f"Pesan ke-{number} soal demo tambang")
        assert response.status_code == 200 and response.json()["stored"] == 1

    assert InboundMessage.objects.count() == 21
    assert Report.objects.count() == 20 and OutboundMessage.objects.count() == 20
    flooded = InboundMessage.objects.get(over_limit=True)
    assert flooded.report is None and flooded.payload["message_id"] == 21
    run_queued_replies()
    assert len(bot_api.requests) == 20

    # An hour later the sender is heard again.
    InboundMessage.objects.update(received_at=timezone.now() - dt.timedelta(hours=1, minutes=1))
    telegram(update_id=3000, message_id=99, text="Situasi sudah kondusif")
    assert Report.objects.count() == 21


def test_the_limit_counts_one_sender_on_one_channel_across_every_kind_of_message(settings: Any) -> None:
    settings.WASPADA_CHANNEL_SENDER_LIMIT_PER_HOUR = 2

    def sms(sender: str, number: int) -> Report | None:
        message = Incoming(
            channel=Channel.SMS, message_id=f"gw-{sender}-{number}", sender=sender, kind=MessageKind.TEXT, text="Ribut"
        )
        return inbound_message_receive(message=message).report

    assert sms("+6281200000001", 1) is not None
    assert sms("+6281200000001", 2) is not None
    assert sms("+6281200000001", 3) is None
    assert sms("+6281200000002", 1) is not None  # another sender is not held back
    assert InboundMessage.objects.filter(channel=Channel.SMS).count() == 4


def test_a_fetch_whose_worker_died_is_queued_again_once_its_lease_is_over(
    telegram: Callable[..., Any], bot_api: FakeProvider
) -> None:
    from waspada.intake.channels.media import FETCH_LEASE, inbound_media_requeue_due

    telegram()
    DBTaskResult.objects.filter(task_path=FETCH_TASK).delete()  # the queue entry is lost
    assert inbound_media_requeue_due() == 0  # not yet: its own queue entry may still be on its way
    later = timezone.now() + FETCH_LEASE + dt.timedelta(seconds=1)
    assert inbound_media_requeue_due(now=later) == 1
    assert inbound_media_requeue_due(now=later) == 0  # queued once, not on every sweep

    bot_api.answer(200, file_info())
    bot_api.answer(200, Raw(PHOTO, "image/jpeg"))
    run_queued_media_fetches()
    assert InboundMessage.objects.get().media_status == MediaStatus.STORED
