"""The outbox: replies leave after commit, survive provider outages and lost queues, and fail visibly.

Also: an analyst asking a reporter a question through the channel the report came from.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from conftest import PASSWORD
from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel
from waspada.core.exceptions import ApplicationError
from waspada.intake.channels import report_ask_sender, services, sms
from waspada.intake.channels.base import Incoming, MessageKind
from waspada.intake.channels.services import (
    FIRST_RETRY,
    LONGEST_RETRY,
    MAX_ATTEMPTS,
    inbound_message_receive,
    outbound_deliver,
    outbound_requeue_due,
)
from waspada.intake.enums import DeliveryStatus
from waspada.intake.models import OutboundMessage, Report
from waspada.intake.sealing import unseal
from waspada.intake.services import report_submit
from waspada.intake.tests.channel_fakes import (
    TELEGRAM_SECRET,
    TELEGRAM_TOKEN,
    FakeProvider,
    run_queued_replies,
    stored_state,
)

pytestmark = pytest.mark.django_db

CHAT_ID = "555000111"
DOCS = Path(__file__).resolve().parents[3] / "docs" / "channels.md"


@pytest.fixture
def bot_api(settings: Any) -> Iterator[FakeProvider]:
    with FakeProvider(default=(200, {"ok": True})) as fake:
        settings.WASPADA_TELEGRAM_ENABLED = True
        settings.WASPADA_TELEGRAM_WEBHOOK_SECRET = TELEGRAM_SECRET
        settings.WASPADA_TELEGRAM_BOT_TOKEN = TELEGRAM_TOKEN
        settings.WASPADA_TELEGRAM_API_BASE = fake.url
        yield fake


@pytest.fixture
def receive(bot_api: FakeProvider, django_capture_on_commit_callbacks: Any) -> Callable[..., Report]:
    """A Telegram message as the webhook hands it over, with what its commit triggers."""

    def receive(text: str = "Warga memblokade jalan tambang di Bengalon", message_id: str = "1") -> Report:
        with django_capture_on_commit_callbacks(execute=True):
            result = inbound_message_receive(
                message=Incoming(
                    channel=Channel.TELEGRAM,
                    message_id=message_id,
                    sender=CHAT_ID,
                    kind=MessageKind.TEXT,
                    text=text,
                )
            )
        assert result.report is not None
        return result.report

    return receive


def make_due() -> None:
    OutboundMessage.objects.filter(status=DeliveryStatus.PENDING).update(next_attempt_at=timezone.now())


def test_a_provider_that_keeps_failing_is_retried_with_growing_pauses_then_marked_failed(
    receive: Callable[..., Report], bot_api: FakeProvider, make_user: Callable[..., Any]
) -> None:
    bot_api.default = (502, {"ok": False, "description": "Bad Gateway"})
    report = receive()
    pauses: list[int] = []
    run_queued_replies()
    for _attempt in range(MAX_ATTEMPTS - 1):
        reply = OutboundMessage.objects.get()
        assert reply.status == DeliveryStatus.PENDING and "HTTP 502" in reply.last_error
        pauses.append(round((reply.next_attempt_at - timezone.now()).total_seconds()))
        make_due()
        assert outbound_requeue_due() == 1
        run_queued_replies()
    reply = OutboundMessage.objects.get()
    assert reply.status == DeliveryStatus.FAILED and reply.attempts == MAX_ATTEMPTS
    assert "HTTP 502" in reply.last_error and TELEGRAM_TOKEN not in reply.last_error
    assert len(bot_api.requests) == MAX_ATTEMPTS
    # 30 s, 1 min, 2 min, … never more than an hour apart.
    assert FIRST_RETRY.total_seconds() == 30 and LONGEST_RETRY.total_seconds() == 3600
    assert pauses == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert AuditEvent.objects.filter(action="outbound.failed", object_id=str(report.pk)).exists()
    # Nothing more happens to a failed reply.
    make_due()
    assert outbound_requeue_due() == 0

    # The failure is visible to the administrator.
    make_user("admin", "admin", None, is_staff=True, is_superuser=True)
    client = Client()
    client.login(username="admin", password=PASSWORD)
    listing = client.get("/admin/intake/outboundmessage/?status__exact=failed").content.decode()
    detail = client.get(f"/admin/intake/outboundmessage/{reply.pk}/change/").content.decode()
    assert "HTTP 502" in listing and f"{report.tracking_code}" in detail


def test_a_provider_that_recovers_gets_the_reply_on_a_later_attempt(
    receive: Callable[..., Report], bot_api: FakeProvider
) -> None:
    bot_api.answer(500, {"ok": False})
    report = receive()
    run_queued_replies()
    assert OutboundMessage.objects.get().status == DeliveryStatus.PENDING
    make_due()
    outbound_requeue_due()
    run_queued_replies()
    reply = OutboundMessage.objects.get()
    assert reply.status == DeliveryStatus.SENT and reply.attempts == 2 and reply.last_error == ""
    assert f"{report.tracking_code}" in bot_api.requests[-1].json()["text"]


def test_an_unreachable_provider_is_a_reason_to_try_again(receive: Callable[..., Report], settings: Any) -> None:
    settings.WASPADA_TELEGRAM_API_BASE = "http://127.0.0.1:9"  # discard port: nothing listens
    receive()
    run_queued_replies()
    reply = OutboundMessage.objects.get()
    assert reply.status == DeliveryStatus.PENDING and reply.last_error.startswith("ConnectError")


def test_a_blocked_bot_is_a_permanent_failure(receive: Callable[..., Report], bot_api: FakeProvider) -> None:
    bot_api.answer(403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})
    receive()
    run_queued_replies()
    reply = OutboundMessage.objects.get()
    assert reply.status == DeliveryStatus.FAILED and reply.attempts == 1 and "blocked" in reply.last_error


def test_a_reply_whose_channel_lost_its_sending_settings_fails_at_once(
    receive: Callable[..., Report], bot_api: FakeProvider, settings: Any
) -> None:
    receive()
    settings.WASPADA_TELEGRAM_BOT_TOKEN = ""
    run_queued_replies()
    reply = OutboundMessage.objects.get()
    assert reply.status == DeliveryStatus.FAILED and "belum diatur" in reply.last_error
    assert bot_api.requests == []


def test_flood_control_waits_as_long_as_telegram_asks(receive: Callable[..., Report], bot_api: FakeProvider) -> None:
    bot_api.answer(429, {"ok": False, "error_code": 429, "parameters": {"retry_after": 600}})
    receive()
    run_queued_replies()
    reply = OutboundMessage.objects.get()
    assert reply.next_attempt_at - timezone.now() > dt.timedelta(seconds=590)


def test_each_attempt_is_sent_once_however_often_it_was_queued(
    receive: Callable[..., Report], bot_api: FakeProvider
) -> None:
    receive()
    reply = OutboundMessage.objects.get()
    assert outbound_deliver(message_id=reply.pk, attempt=0) == DeliveryStatus.SENT
    assert outbound_deliver(message_id=reply.pk, attempt=0) is None
    assert run_queued_replies() == 1  # the task queued at commit finds the work done
    assert len(bot_api.requests) == 1


def test_a_lost_queue_entry_is_queued_again_by_the_scheduler_but_not_over_and_over(
    receive: Callable[..., Report], bot_api: FakeProvider
) -> None:
    from django_tasks_db.models import DBTaskResult

    receive()
    DBTaskResult.objects.all().delete()  # the queue lost it (or the enqueue after commit failed)
    assert outbound_requeue_due() == 1
    assert outbound_requeue_due() == 0  # queued; not queued again while a worker may still take it
    run_queued_replies()
    assert OutboundMessage.objects.get().status == DeliveryStatus.SENT


def test_a_worker_that_died_mid_send_leaves_the_reply_to_be_sent_again(
    receive: Callable[..., Report], bot_api: FakeProvider
) -> None:
    from django_tasks_db.models import DBTaskResult

    receive()
    DBTaskResult.objects.all().delete()
    reply = OutboundMessage.objects.get()
    # Claimed by a worker that then died: attempts counted, the send lease running.
    OutboundMessage.objects.filter(pk=reply.pk).update(attempts=1, next_attempt_at=timezone.now())
    assert outbound_requeue_due(now=timezone.now()) == 1
    run_queued_replies()
    reply.refresh_from_db()
    assert reply.status == DeliveryStatus.SENT and reply.attempts == 2


def test_the_scheduler_sends_due_replies(
    receive: Callable[..., Report], bot_api: FakeProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django_tasks_db.models import DBTaskResult

    # Between jobs the scheduler drops stale connections; here that would be the test's own (PostgreSQL).
    monkeypatch.setattr("waspada.core.management.commands.scheduler.close_old_connections", lambda: None)
    receive()
    DBTaskResult.objects.all().delete()
    call_command("scheduler", "--once")
    assert run_queued_replies() == 1
    assert OutboundMessage.objects.get().status == DeliveryStatus.SENT


def test_a_delivery_racing_another_is_stored_once(receive: Callable[..., Report], monkeypatch: Any) -> None:
    receive()
    before = stored_state()
    # The other delivery committed between our look-up and our insert: the unique constraint decides.
    monkeypatch.setattr(services, "_stored", _missing_once(services._stored))
    again = receive()
    assert again.pk == Report.objects.get().pk
    assert stored_state() == before


def _missing_once(real: Callable[..., Any]) -> Callable[..., Any]:
    calls = {"n": 0}

    def stored(channel: str, key: str) -> Any:
        calls["n"] += 1
        return None if calls["n"] == 1 else real(channel, key)

    return stored


# Asking the reporter a question.


def test_an_analyst_asks_the_reporter_a_question_through_their_own_channel(
    receive: Callable[..., Report], bot_api: FakeProvider, analis: Any, django_capture_on_commit_callbacks: Any
) -> None:
    report = receive()
    run_queued_replies()
    with django_capture_on_commit_callbacks(execute=True):
        question = report_ask_sender(actor=analis, report=report, question="Jam berapa blokade dimulai?")
    assert unseal(question.recipient_sealed) == CHAT_ID
    assert question.report == report and question.channel == Channel.TELEGRAM
    event = AuditEvent.objects.get(action="report.ask_sender")
    assert event.actor == analis and event.object_id == str(report.pk)
    assert event.data["outbound_id"] == question.pk
    run_queued_replies()
    sent = bot_api.requests[-1].json()
    assert sent["chat_id"] == CHAT_ID
    assert "Jam berapa blokade dimulai?" in sent["text"] and report.tracking_code in sent["text"]


@pytest.mark.parametrize("persona", ["operator_kutim", "fkdm_kutim", "pimpinan", "outsider"])
def test_only_those_who_triage_the_report_may_contact_its_sender(
    receive: Callable[..., Report], persona: str, request: pytest.FixtureRequest
) -> None:
    report = receive()
    before = stored_state()
    with pytest.raises(ApplicationError, match="tidak berwenang"):
        report_ask_sender(actor=request.getfixturevalue(persona), report=report, question="Siapa saja yang hadir?")
    assert stored_state() == before


def test_a_report_that_did_not_come_by_message_cannot_be_answered(analis: Any, bot_api: FakeProvider) -> None:
    report = report_submit(
        channel=Channel.FIELD_REPORT, actor=analis, title="Laporan petugas", text="Isi", enqueue_analysis=False
    ).report
    with pytest.raises(ApplicationError, match="kanal pesan"):
        report_ask_sender(actor=analis, report=report, question="Ada foto?")
    assert OutboundMessage.objects.count() == 0


def test_an_empty_question_or_a_switched_off_channel_is_refused(
    receive: Callable[..., Report], analis: Any, settings: Any
) -> None:
    report = receive()
    count = OutboundMessage.objects.count()
    with pytest.raises(ApplicationError, match="wajib"):
        report_ask_sender(actor=analis, report=report, question=" \x00 ")
    settings.WASPADA_TELEGRAM_ENABLED = False
    with pytest.raises(ApplicationError, match="tidak aktif"):
        report_ask_sender(actor=analis, report=report, question="Masih di lokasi?")
    assert OutboundMessage.objects.count() == count


def test_the_documentation_names_every_field_and_header_the_sms_webhook_reads() -> None:
    doc = DOCS.read_text(encoding="utf-8")
    for name in (*sms.SENDER_FIELDS, *sms.TEXT_FIELDS, *sms.ID_FIELDS, *sms.SENT_AT_FIELDS):
        assert f"`{name}`" in doc, name
    for header in (*sms.SIGNATURE_HEADERS, *sms.TIMESTAMP_HEADERS):
        assert header in doc, header
    settings_doc = (DOCS.parent / "settings.md").read_text(encoding="utf-8")
    for variable in set(re.findall(r"`(WASPADA_(?:SMS|TELEGRAM|WHATSAPP)_[A-Z_]+)`", doc)):
        assert f"`{variable}`" in settings_doc, variable


def test_what_is_kept_of_a_payload_holds_nothing_postgresql_refuses() -> None:
    from waspada.intake.channels.base import scrub

    assert scrub({"a\x00": ["\ud800x", float("nan"), {"b": "\x00"}]}) == {"a": ["\ufffdx", None, {"b": ""}]}


def test_the_bot_token_never_reaches_the_log(
    receive: Callable[..., Report], bot_api: FakeProvider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    bot_api.answer(500, {"ok": False, "description": f"echoing {TELEGRAM_TOKEN}"})
    receive()
    run_queued_replies()
    assert len(bot_api.requests) == 1
    assert TELEGRAM_TOKEN not in caplog.text
    assert TELEGRAM_TOKEN not in OutboundMessage.objects.get().last_error
