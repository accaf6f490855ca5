"""SMS gateway webhook: a villager texts what they saw; an Android phone or a Gammu box forwards it to Waspada."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from django.test import Client

from conftest import PASSWORD
from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel, Marking
from waspada.intake.enums import DeliveryStatus
from waspada.intake.models import InboundMessage, OutboundMessage, Report
from waspada.intake.sealing import unseal
from waspada.intake.tests.channel_fakes import (
    SMS_SECRET,
    SQL,
    TEN_MEGABYTES,
    XSS,
    FakeProvider,
    run_queued_replies,
    sms_headers,
    stored_state,
)

pytestmark = pytest.mark.django_db

URL = "/webhook/sms/"
PHONE = "+6281234567890"


@pytest.fixture
def gateway(settings: Any) -> Iterator[FakeProvider]:
    with FakeProvider() as fake:
        settings.WASPADA_SMS_ENABLED = True
        settings.WASPADA_SMS_SECRET = SMS_SECRET
        settings.WASPADA_SMS_SEND_URL = f"{fake.url}/message"
        yield fake


@pytest.fixture
def deliver(gateway: FakeProvider, django_capture_on_commit_callbacks: Any) -> Callable[..., Any]:
    """POST as the gateway does, running what the commit triggers (queueing the reply)."""

    def post(body: bytes, *, content_type: str = "application/json", headers: dict[str, str] | None = None) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return Client().post(
                URL, data=body, content_type=content_type, headers=sms_headers(body) if headers is None else headers
            )

    return post


def sms_json(**fields: Any) -> bytes:
    data = {"from": PHONE, "message": "Ada keributan antarwarga di pasar Sangatta, dua orang luka.", "id": "gw-1"}
    data.update(fields)
    return json.dumps({key: value for key, value in data.items() if value is not None}).encode()


def test_a_text_becomes_an_anonymous_sealed_report_and_the_sender_gets_the_tracking_code_by_sms(
    deliver: Callable[..., Any], gateway: FakeProvider
) -> None:
    response = deliver(sms_json())
    assert response.status_code == 200
    assert response.json() == {"ok": True, "stored": 1, "duplicates": 0}

    report = Report.objects.get()
    assert report.channel == Channel.SMS
    assert report.author is None
    assert report.marking == Marking.TERBATAS
    assert report.title == "Ada keributan antarwarga di pasar Sangatta, dua orang luka."
    assert report.tracking_code and report.tracking_code.startswith("WSP-")
    assert PHONE not in report.contact_sealed and unseal(report.contact_sealed) == PHONE
    assert report.source is not None and report.source.name == "Kanal SMS"
    inbound = InboundMessage.objects.get()
    assert inbound.report == report
    assert unseal(inbound.sender_sealed) == PHONE
    assert PHONE not in json.dumps(inbound.payload) and PHONE not in inbound.provider_message_id
    assert AuditEvent.objects.filter(action="report.submit", object_id=str(report.pk), actor_label="sms").exists()

    # The webhook answered before anything was sent: the reply waits in the outbox for a worker.
    reply = OutboundMessage.objects.get()
    assert reply.status == DeliveryStatus.PENDING and gateway.requests == []
    assert run_queued_replies() == 1
    reply.refresh_from_db()
    assert reply.status == DeliveryStatus.SENT and reply.sent_at is not None
    (sent,) = gateway.requests
    assert sent.path == "/message"
    assert sent.json()["to"] == PHONE and sent.json()["phoneNumbers"] == [PHONE]
    assert report.tracking_code in sent.json()["message"]
    # The outbound request is signed like the inbound ones, so the gateway can tell it comes from Waspada.
    assert (
        sms_headers(sent.body, stamp=int(sent.headers["X-Waspada-Timestamp"]))["X-Waspada-Signature"]
        == (sent.headers["X-Waspada-Signature"])
    )


def test_sms_gateway_for_android_posts_its_own_envelope_and_signature_headers(deliver: Callable[..., Any]) -> None:
    body = json.dumps(
        {
            "deviceId": "ffffffffceb0b1db",
            "event": "sms:received",
            "id": "Ey6ECgOkVVFjz3CL48B8C",
            "payload": {
                "messageId": "abc123",
                "message": "Spanduk provokatif dipasang di simpang empat Tenggarong",
                "phoneNumber": PHONE,
                "simNumber": 1,
                "receivedAt": "2026-11-28T10:15:00.000+08:00",
            },
            "webhookId": "LreFUt-Z3sSq0JufY9uWB",
        }
    ).encode()
    stamp = str(int(time.time()))
    signature = sms_headers(body, stamp=int(stamp))["X-Waspada-Signature"].removeprefix("sha256=")
    response = deliver(body, headers={"X-Timestamp": stamp, "X-Signature": signature})
    assert response.status_code == 200
    report = Report.objects.get()
    assert report.text.startswith("Spanduk provokatif")
    assert report.occurred_at.isoformat().startswith("2026-11-28T02:15:00")
    assert InboundMessage.objects.get().provider_message_id.endswith(":Ey6ECgOkVVFjz3CL48B8C")


def test_other_gateway_events_are_acknowledged_and_not_stored(deliver: Callable[..., Any]) -> None:
    body = json.dumps({"event": "sms:delivered", "id": "x1", "payload": {"phoneNumber": PHONE}}).encode()
    assert deliver(body).status_code == 200
    assert Report.objects.count() == 0 and InboundMessage.objects.count() == 0


def test_a_gammu_forwarder_posts_form_fields(deliver: Callable[..., Any]) -> None:
    body = urlencode({"phone": "081234567890", "text": "Warga menolak patok batas lahan sawit", "message_id": "17"})
    response = deliver(body.encode(), content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    report = Report.objects.get()
    assert report.text == "Warga menolak patok batas lahan sawit"
    assert unseal(report.contact_sealed) == "081234567890"


def test_a_gateway_that_retries_the_same_message_gets_one_report_and_one_reply(
    deliver: Callable[..., Any], gateway: FakeProvider
) -> None:
    body = sms_json()
    assert deliver(body).json()["stored"] == 1
    again = deliver(body)  # the same request replayed within the window
    assert again.status_code == 200 and again.json() == {"ok": True, "stored": 0, "duplicates": 1}
    assert Report.objects.count() == 1 and InboundMessage.objects.count() == 1 and OutboundMessage.objects.count() == 1
    run_queued_replies()
    assert len(gateway.requests) == 1


def test_a_message_without_an_id_is_still_stored_once_when_the_forwarder_repeats_it(
    deliver: Callable[..., Any],
) -> None:
    body = sms_json(id=None, sent_at="2026-11-28T08:00:00+08:00")
    deliver(body)
    deliver(body)
    assert Report.objects.count() == 1
    # A different message from the same phone is a different report.
    deliver(sms_json(id=None, message="Massa mulai membubarkan diri", sent_at="2026-11-28T08:05:00+08:00"))
    assert Report.objects.count() == 2


def test_a_number_written_with_spaces_and_dashes_is_the_same_sender(deliver: Callable[..., Any]) -> None:
    deliver(sms_json(**{"from": "+62 812-3456-7890"}))
    deliver(sms_json(id="gw-2"))
    first, second = Report.objects.order_by("pk")
    assert unseal(first.contact_sealed) == PHONE
    assert f"{first.tracking_code}" in second.source_detail


def test_a_second_message_from_the_same_phone_is_linked_for_the_analyst(deliver: Callable[..., Any]) -> None:
    deliver(sms_json())
    deliver(sms_json(id="gw-2", message="Polisi sudah tiba di lokasi"))
    first, second = Report.objects.order_by("pk")
    assert first.tracking_code and first.tracking_code in second.source_detail
    assert first.contact_sealed != second.contact_sealed  # sealed afresh each time; linked by a keyed pseudonym only


def test_a_request_captured_and_replayed_later_is_refused(deliver: Callable[..., Any]) -> None:
    body = sms_json()
    old = sms_headers(body, stamp=int(time.time()) - 3600)
    response = deliver(body, headers=old)
    assert response.status_code == 401
    assert "jendela" in response.json()["detail"]
    assert Report.objects.count() == 0 and InboundMessage.objects.count() == 0


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Waspada-Timestamp": str(int(time.time()))},
        {"X-Waspada-Signature": "sha256=" + "0" * 64},
        "wrong-secret",
        "tampered-body",
        "body-only",
        {"X-Waspada-Timestamp": "kemarin", "X-Waspada-Signature": "sha256=00"},
    ],
)
def test_a_missing_or_wrong_signature_gets_401_and_changes_nothing(deliver: Callable[..., Any], headers: Any) -> None:
    deliver(sms_json(id="earlier"))
    before = stored_state()
    body = sms_json()
    if headers == "wrong-secret":
        headers = sms_headers(body, secret="bukan-rahasianya")
    elif headers == "tampered-body":
        headers = sms_headers(body.replace(b"luka", b"aman"))
    elif headers == "body-only":  # a signature that leaves the timestamp out could be replayed with a fresh one
        from waspada.intake.tests.channel_fakes import hmac_hex

        headers = {"X-Waspada-Timestamp": str(int(time.time())), "X-Waspada-Signature": hmac_hex(SMS_SECRET, body)}
    response = deliver(body, headers=headers)
    assert response.status_code == 401
    assert response.json()["detail"]
    assert stored_state() == before


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b'{"from": "+62812", "message": ', "application/json", "bukan JSON"),
        (b'{"from": "+6281234", "message": "\xff\xfe rusak"}', "application/json", "bukan UTF-8"),
        (b'["+6281234567890", "pesan"]', "application/json", "objek"),
        (b'{"from": "+6281234567890", "message": NaN}', "application/json", "bukan JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "application/json", "bukan JSON"),
        (b'{"message": "tanpa pengirim"}', "application/json", "nomor pengirim"),
        (b'{"from": "+6281234567890"}', "application/json", "isi pesan"),
        (b'{"from": "+6281234567890", "message": "\\u0000\\u0007"}', "application/json", "isi pesan"),
        (b'{"from": "+6281234567890", "message": ["daftar"]}', "application/json", "berupa teks"),
        (b'{"from": "<script>alert(1)</script>", "message": "x"}', "application/json", "Nomor pengirim"),
        (b"phone=%2B628123&text=%FF%FE", "application/x-www-form-urlencoded", "UTF-8"),
        (b"<sms><from>+62812</from></sms>", "application/xml", "Jenis isi"),
    ],
)
def test_malformed_payloads_get_a_clear_400_and_change_nothing(
    deliver: Callable[..., Any], body: bytes, content_type: str, message: str
) -> None:
    deliver(sms_json(id="earlier"))
    before = stored_state()
    response = deliver(body, content_type=content_type)
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert stored_state() == before


@pytest.mark.parametrize("signed", [True, False])
def test_a_ten_megabyte_body_is_refused_unread_with_413(deliver: Callable[..., Any], signed: bool) -> None:
    before = stored_state()
    response = deliver(TEN_MEGABYTES, headers=sms_headers(TEN_MEGABYTES) if signed else {})
    assert response.status_code == 413
    assert stored_state() == before


def test_hostile_text_is_stored_verbatim_and_shown_escaped(
    deliver: Callable[..., Any], analis: Any, gateway: FakeProvider
) -> None:
    hostile = f"{XSS} {SQL}"
    assert deliver(sms_json(message=hostile)).status_code == 200
    report = Report.objects.get()
    assert report.text == hostile
    client = Client()
    client.login(username="analis", password=PASSWORD)
    page = client.get(f"/laporan/{report.pk}/").content.decode()
    assert "<script>alert('xss')</script>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in page
    assert Report.objects.count() == 1  # and the table is still there


def test_a_disabled_channel_does_not_exist(deliver: Callable[..., Any], settings: Any) -> None:
    assert Client().get(URL).status_code == 405
    settings.WASPADA_SMS_ENABLED = False
    assert deliver(sms_json()).status_code == 404
    assert Client().get(URL).status_code == 404
    assert Report.objects.count() == 0


def test_without_an_outbound_gateway_the_reply_is_kept_as_not_sendable(
    deliver: Callable[..., Any], settings: Any, gateway: FakeProvider
) -> None:
    settings.WASPADA_SMS_SEND_URL = ""
    assert deliver(sms_json()).status_code == 200
    reply = OutboundMessage.objects.get()
    assert reply.status == DeliveryStatus.FAILED and "belum diatur" in reply.last_error
    assert f"{Report.objects.get().tracking_code}" in reply.text
    assert run_queued_replies() == 0 and gateway.requests == []


def test_the_url_works_without_its_trailing_slash(deliver: Callable[..., Any]) -> None:
    body = sms_json()
    response = Client().post("/webhook/sms", data=body, content_type="application/json", headers=sms_headers(body))
    assert response.status_code == 200
