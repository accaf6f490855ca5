"""Each notification channel against a local stand-in: an SMTP server, the Bot API, the Graph API, a partner's
webhook. Nothing here reaches the internet."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from waspada.alerts.tests.notify_fakes import SmtpSink
from waspada.alerts.transports import DeliveryError, Envelope, email, subscription_channels, telegram, webhook, whatsapp
from waspada.intake.tests.channel_fakes import (
    TELEGRAM_TOKEN,
    WHATSAPP_ACCESS_TOKEN,
    WHATSAPP_PHONE_NUMBER_ID,
    FakeProvider,
)

SECRET = "rahasia-penandatangan-mitra-bpbd"


def envelope(address: str, body: str = "Peringatan dini SIAGA · Kutai Timur", **extra: Any) -> Envelope:
    return Envelope(
        notification_id=extra.pop("notification_id", 41),
        kind=extra.pop("kind", "alert"),
        address=address,
        subject=extra.pop("subject", "[Waspada] Siaga — Kabupaten Kutai Timur: peringatan dini baru"),
        body=body,
        **extra,
    )


# --- email ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def smtp(settings: Any) -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = sink.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_HOST_USER = "waspada"
        settings.EMAIL_HOST_PASSWORD = "sandi-smtp"
        settings.DEFAULT_FROM_EMAIL = "Waspada Kaltim <waspada@kaltimprov.go.id>"
        yield sink


def test_email_goes_through_the_configured_smtp_server_as_plain_text(smtp: SmtpSink) -> None:
    body = "Peringatan dini baru di Kabupaten Kutai Timur.\n\nTingkat: Siaga\n<b>bukan markup</b>"
    email.send(envelope("camat@kutaitimurkab.go.id", body))
    (received,) = smtp.received
    assert smtp.logins == [("waspada", "sandi-smtp")]
    assert received.recipients == ["camat@kutaitimurkab.go.id"]
    message = received.message
    assert str(message["Subject"]).strip() == "[Waspada] Siaga — Kabupaten Kutai Timur: peringatan dini baru"
    assert message["From"] == "Waspada Kaltim <waspada@kaltimprov.go.id>"
    assert message["Auto-Submitted"] == "auto-generated" and message["X-Waspada-Notification"] == "41"
    assert message.get_content_type() == "text/plain"
    assert message.get_content().replace("\r\n", "\n").strip() == body


def test_a_subject_can_never_carry_a_second_header(smtp: SmtpSink) -> None:
    email.send(envelope("a@contoh.go.id", subject="Judul\r\nBcc: mata-mata@contoh.id"))
    (received,) = smtp.received
    assert received.recipients == ["a@contoh.go.id"]
    assert received.message["Bcc"] is None


def test_a_mailbox_that_does_not_exist_fails_for_good_and_a_full_one_is_tried_again(smtp: SmtpSink) -> None:
    smtp.rcpt_reply = "550 5.1.1 No such user"
    with pytest.raises(DeliveryError) as refused:
        email.send(envelope("tidakada@contoh.go.id"))
    assert refused.value.permanent and "550" in refused.value.reason
    smtp.rcpt_reply = "452 4.2.2 Mailbox full"
    with pytest.raises(DeliveryError) as full:
        email.send(envelope("penuh@contoh.go.id"))
    assert not full.value.permanent


def test_an_smtp_server_that_is_down_is_tried_again(settings: Any) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the block ends: nobody listens there
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    with pytest.raises(DeliveryError) as down:
        email.send(envelope("a@contoh.go.id"))
    assert not down.value.permanent


@pytest.mark.parametrize(
    "raw",
    ["", "bukan-surel", "a@b", "nama@contoh.go.id\nBcc: x@y.id", "<script>@x.id", "a" * 250 + "@x.id", "a@@x.id"],
)
def test_email_addresses_are_checked(raw: str) -> None:
    with pytest.raises(ValidationError):
        email.normalise_address(raw)


def test_email_addresses_are_tidied() -> None:
    assert email.normalise_address("  Camat.Sangatta@KutaiTimurKab.GO.ID ") == "Camat.Sangatta@kutaitimurkab.go.id"


def test_only_channels_the_server_can_send_through_are_offered(settings: Any) -> None:
    settings.EMAIL_HOST = ""
    settings.WASPADA_TELEGRAM_BOT_TOKEN = ""
    settings.WASPADA_WHATSAPP_ACCESS_TOKEN = ""
    assert subscription_channels() == []
    settings.EMAIL_HOST = "smtp.kaltimprov.go.id"
    settings.WASPADA_TELEGRAM_BOT_TOKEN = TELEGRAM_TOKEN
    assert subscription_channels() == ["email", "telegram"]


# --- Telegram ------------------------------------------------------------------------------------------------------


@pytest.fixture
def bot_api(settings: Any) -> Iterator[FakeProvider]:
    with FakeProvider(default=(200, {"ok": True, "result": {}})) as fake:
        settings.WASPADA_TELEGRAM_BOT_TOKEN = TELEGRAM_TOKEN
        settings.WASPADA_TELEGRAM_API_BASE = fake.url
        yield fake


def test_telegram_sends_plain_text_through_the_configured_bot_api(bot_api: FakeProvider) -> None:
    telegram.send(envelope("-1001234567890", "<b>Siaga</b> & *bukan markdown*"))
    (request,) = bot_api.requests
    assert request.path == f"/bot{TELEGRAM_TOKEN}/sendMessage"
    assert request.json() == {"chat_id": "-1001234567890", "text": "<b>Siaga</b> & *bukan markdown*"}


def test_a_long_telegram_message_is_cut_to_what_the_bot_api_takes(bot_api: FakeProvider) -> None:
    telegram.send(envelope("1", "x" * 10_000))
    text = bot_api.requests[0].json()["text"]
    assert len(text) == telegram.MAX_TEXT and text.endswith("…")


@pytest.mark.parametrize("raw", ["", "abc", "@waspada_kaltim", "12 34", "1" * 21, "123;DROP", "--5"])
def test_telegram_chat_ids_are_numbers(raw: str) -> None:
    with pytest.raises(ValidationError):
        telegram.normalise_address(raw)


def test_telegram_chat_ids_of_people_and_groups() -> None:
    assert telegram.normalise_address(" 555000111 ") == "555000111"
    assert telegram.normalise_address("-1001234567890") == "-1001234567890"


# --- WhatsApp ------------------------------------------------------------------------------------------------------


@pytest.fixture
def graph_api(settings: Any) -> Iterator[FakeProvider]:
    with FakeProvider(default=(200, {"messages": [{"id": "wamid.1"}]})) as fake:
        settings.WASPADA_WHATSAPP_ACCESS_TOKEN = WHATSAPP_ACCESS_TOKEN
        settings.WASPADA_WHATSAPP_PHONE_NUMBER_ID = WHATSAPP_PHONE_NUMBER_ID
        settings.WASPADA_WHATSAPP_API_BASE = fake.url
        settings.WASPADA_WHATSAPP_ALERT_TEMPLATE = ""
        yield fake


def test_whatsapp_without_a_template_sends_text(graph_api: FakeProvider) -> None:
    whatsapp.send(envelope("+6281234567890", "Peringatan dini SIAGA\nKutai Timur"))
    (request,) = graph_api.requests
    assert request.path == f"/{WHATSAPP_PHONE_NUMBER_ID}/messages"
    assert request.headers["Authorization"] == f"Bearer {WHATSAPP_ACCESS_TOKEN}"
    payload = request.json()
    assert payload["to"] == "6281234567890" and payload["type"] == "text"
    assert payload["text"]["body"] == "Peringatan dini SIAGA\nKutai Timur"


def test_whatsapp_with_a_template_puts_the_message_on_one_line_in_its_parameter(
    graph_api: FakeProvider, settings: Any
) -> None:
    settings.WASPADA_WHATSAPP_ALERT_TEMPLATE = "peringatan_waspada"
    whatsapp.send(envelope("+6281234567890", "Peringatan dini SIAGA · Kutai Timur\nJudul\n\n\tPenjelasan     panjang"))
    payload = graph_api.requests[0].json()
    assert payload["type"] == "template"
    assert payload["template"]["name"] == "peringatan_waspada"
    assert payload["template"]["language"] == {"code": "id"}
    (parameter,) = payload["template"]["components"][0]["parameters"]
    assert parameter["text"] == "Peringatan dini SIAGA · Kutai Timur · Judul · Penjelasan · panjang"


def test_whatsapp_rate_limits_are_tried_again_and_a_closed_window_is_not(
    graph_api: FakeProvider, settings: Any
) -> None:
    settings.WASPADA_WHATSAPP_ALERT_TEMPLATE = "peringatan_waspada"
    graph_api.answer(400, {"error": {"code": 130429, "message": "Rate limit hit"}})
    with pytest.raises(DeliveryError) as limited:
        whatsapp.send(envelope("+6281234567890"))
    assert not limited.value.permanent
    graph_api.answer(400, {"error": {"code": 131047, "message": "Re-engagement message"}})
    with pytest.raises(DeliveryError) as closed:
        whatsapp.send(envelope("+6281234567890"))
    assert closed.value.permanent and WHATSAPP_ACCESS_TOKEN not in closed.value.reason


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_whatsapp_numbers_become_e164(raw: str, expected: str) -> None:
    assert whatsapp.normalise_address(raw) == expected


@pytest.mark.parametrize("raw", ["", "12345", "0541-123456", "+0812345678", "08123<script>", "+62 812 abc", "0812"])
def test_whatsapp_numbers_must_be_mobile_numbers(raw: str) -> None:
    with pytest.raises(ValidationError):
        whatsapp.normalise_address(raw)


# --- signed webhook ------------------------------------------------------------------------------------------------


@pytest.fixture
def partner(settings: Any) -> Iterator[FakeProvider]:
    with FakeProvider(default=(200, {"diterima": True})) as fake:
        settings.WASPADA_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
        yield fake


def webhook_envelope(url: str) -> Envelope:
    body = json.dumps({"event": "alert.raised", "alert": {"id": 7, "level": "siaga", "title": "Kutai Timur"}})
    return envelope(url, body, secret=SECRET, notification_id=99, subject="alert.raised")


def test_a_webhook_is_posted_as_json_signed_with_the_endpoint_secret(partner: FakeProvider) -> None:
    webhook.send(webhook_envelope(f"{partner.url}/waspada"))
    (request,) = partner.requests
    assert request.path == "/waspada"
    assert request.headers["Content-Type"] == "application/json"
    expected = "sha256=" + hmac.new(SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(request.headers["X-Waspada-Signature"], expected)
    payload = request.json()
    assert payload["event"] == request.headers["X-Waspada-Event"] == "alert.raised"
    assert payload["delivery_id"] == 99 and request.headers["X-Waspada-Delivery"] == "99"
    # The timestamp is inside the signed body too: an old request cannot be passed off as new.
    assert str(payload["timestamp"]) == request.headers["X-Waspada-Timestamp"]
    assert payload["alert"] == {"id": 7, "level": "siaga", "title": "Kutai Timur"}


def test_a_webhook_redirect_is_not_followed(partner: FakeProvider) -> None:
    partner.answer(302, {}, {"Location": "http://169.254.169.254/latest/meta-data/"})
    with pytest.raises(DeliveryError) as refused:
        webhook.send(webhook_envelope(partner.url))
    assert refused.value.permanent
    assert len(partner.requests) == 1


def test_a_partner_outage_is_tried_again_and_a_refusal_is_not(partner: FakeProvider) -> None:
    partner.answer(503, {"error": "maintenance"})
    with pytest.raises(DeliveryError) as outage:
        webhook.send(webhook_envelope(partner.url))
    assert not outage.value.permanent
    partner.answer(410, {"error": "gone"})
    with pytest.raises(DeliveryError) as gone:
        webhook.send(webhook_envelope(partner.url))
    assert gone.value.permanent and SECRET not in gone.value.reason


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://192.168.1.10/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://0.0.0.0/hook",
        "ftp://93.184.216.34/hook",
        "javascript:alert(1)",
        "https://user:sandi@93.184.216.34/hook",
        "https:///tanpa-host",
    ],
)
def test_webhook_urls_must_be_public_http(url: str, settings: Any) -> None:
    settings.WASPADA_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    with pytest.raises(ValidationError):
        webhook.check_url(url)


def test_a_public_webhook_url_is_accepted_and_a_private_one_is_never_posted_to(
    settings: Any, partner: FakeProvider
) -> None:
    settings.WASPADA_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    assert webhook.check_url("https://93.184.216.34/waspada?kunci=1") == "https://93.184.216.34/waspada?kunci=1"
    with pytest.raises(DeliveryError) as blocked:
        webhook.send(webhook_envelope(partner.url))
    assert blocked.value.permanent and "privat" in blocked.value.reason
    assert partner.requests == []


# --- through the outbox --------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_email_subscriber_gets_the_fuller_message_with_the_link(
    smtp: SmtpSink, settings: Any, operator_kutim: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from waspada.alerts.enums import NotificationKind
    from waspada.alerts.services.notify import notifications_for_alert
    from waspada.alerts.tests.notify_fakes import make_alert, run_queued_notifications, subscribe

    settings.WASPADA_SITE_URL = "https://waspada.kaltimprov.go.id"
    subscribe(operator_kutim, channel="email", address="operator@kutaitimurkab.go.id")
    alert = make_alert(level="siaga")
    with django_capture_on_commit_callbacks(execute=True):
        notifications_for_alert(alert_id=alert.pk, kind=NotificationKind.ALERT)
    run_queued_notifications()
    (received,) = smtp.received
    body = received.message.get_content()
    assert received.recipients == ["operator@kutaitimurkab.go.id"]
    assert "Tingkat: Siaga" in body and "Kategori: Sengketa lahan dan hak adat" in body
    assert "3 laporan sengketa lahan dari 2 desa" in body
    assert f"https://waspada.kaltimprov.go.id/peringatan/{alert.pk}/" in body
    assert "https://waspada.kaltimprov.go.id/langganan/" in body


@pytest.mark.django_db
def test_a_partner_endpoint_gets_the_alert_signed_with_its_sealed_secret(
    partner: FakeProvider, django_capture_on_commit_callbacks: Any
) -> None:
    from waspada.alerts.enums import NotificationKind
    from waspada.alerts.models import Notification, WebhookEndpoint
    from waspada.alerts.services.notify import notifications_for_alert
    from waspada.alerts.tests.notify_fakes import make_alert, run_queued_notifications
    from waspada.intake.sealing import seal

    WebhookEndpoint.objects.create(name="BPBD Kaltim", url=f"{partner.url}/hook", secret_sealed=seal(SECRET))
    alert = make_alert()
    with django_capture_on_commit_callbacks(execute=True):
        notifications_for_alert(alert_id=alert.pk, kind=NotificationKind.ALERT)
    run_queued_notifications()
    (request,) = partner.requests
    row = Notification.objects.get()
    assert row.status == "sent"
    expected = "sha256=" + hmac.new(SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    assert request.headers["X-Waspada-Signature"] == expected
    payload = request.json()
    assert payload["delivery_id"] == row.pk and payload["alert"]["id"] == alert.pk
    assert payload["alert"]["region"]["code"] == "64.08"
