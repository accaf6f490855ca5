"""Generic SMS gateway: an Android gateway app or a Gammu/SMSD forwarder posts each received SMS here.

Authentication: HMAC-SHA256 with the shared secret over the raw body followed by the timestamp header's digits,
the scheme of "SMS Gateway for Android" (sms-gate.app), so that app needs no script in between. The timestamp must
be within WASPADA_SMS_MAX_SKEW_SECONDS of our clock, so a captured request cannot be replayed later.
Payload formats and field names are documented in docs/channels.md; tests hold both to each other.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from django.conf import settings
from django.utils.translation import gettext as _

from waspada.core.enums import Channel
from waspada.core.text import clean_text
from waspada.intake.channels.base import (
    Incoming,
    Malformed,
    MessageKind,
    Unauthorized,
    hmac_sha256_hex,
    json_bytes,
    parse_json_object,
    post,
    raise_for_delivery,
    signature_matches,
    timestamp_to_datetime,
)

CHANNEL = Channel.SMS

# Accepted names for each field, first match wins (documented in docs/channels.md).
SENDER_FIELDS = ("from", "phone", "sender", "phoneNumber")
TEXT_FIELDS = ("message", "text", "body")
ID_FIELDS = ("id", "message_id", "messageId")
SENT_AT_FIELDS = ("sent_at", "timestamp", "receivedAt")

SIGNATURE_HEADERS = ("X-Waspada-Signature", "X-Signature")
TIMESTAMP_HEADERS = ("X-Waspada-Timestamp", "X-Timestamp")

# Phone numbers, and the short alphanumeric names operators send from (e.g. "TELKOMSEL").
_SENDER = re.compile(r"^\+?[0-9A-Za-z][0-9A-Za-z .()-]{1,31}$")
_PHONE_SEPARATORS = re.compile(r"[ .()-]")


def enabled() -> bool:
    return bool(settings.WASPADA_SMS_ENABLED)


def can_send() -> bool:
    return bool(settings.WASPADA_SMS_SEND_URL)


def _header(headers: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = headers.get(name)
        if value:
            return value
    return None


def authenticate(body: bytes, headers: Mapping[str, str]) -> None:
    secret = settings.WASPADA_SMS_SECRET
    stamp = _header(headers, TIMESTAMP_HEADERS)
    signature = _header(headers, SIGNATURE_HEADERS)
    if not secret or not stamp or not signature:
        raise Unauthorized(_("Tanda tangan atau stempel waktu tidak ada."), reason="missing signature or timestamp")
    if not stamp.strip().isdigit():
        raise Unauthorized(_("Stempel waktu tidak sah."), reason="timestamp is not unix seconds")
    if not signature_matches(hmac_sha256_hex(secret, body + stamp.strip().encode("ascii")), signature):
        raise Unauthorized(_("Tanda tangan tidak cocok."), reason="signature mismatch")
    if abs(time.time() - int(stamp)) > settings.WASPADA_SMS_MAX_SKEW_SECONDS:
        raise Unauthorized(
            _("Stempel waktu di luar jendela yang diizinkan; periksa jam gateway."),
            reason=f"timestamp {stamp} outside the replay window",
        )


def parse(body: bytes, headers: Mapping[str, str], content_type: str) -> list[Incoming]:
    fields, envelope_format = _fields(body, content_type)
    if fields is None:
        return []
    sender = _first(fields, SENDER_FIELDS)
    text = clean_text(_first(fields, TEXT_FIELDS))
    if not sender or not text:
        raise Malformed(
            _("Pesan harus memuat nomor pengirim (from) dan isi pesan (message)."), reason="sender or text missing"
        )
    sender = clean_text(sender, single_line=True)
    if not _SENDER.match(sender):
        raise Malformed(_("Nomor pengirim tidak sah."), reason="sender is not a phone number or short name")
    if _PHONE_SEPARATORS.sub("", sender).lstrip("+").isdigit():
        # "+62 812-3456-7890" and "+6281234567890" are one sender, and a gateway sends to the digits.
        sender = _PHONE_SEPARATORS.sub("", sender)
    raw_sent_at = _raw(fields, SENT_AT_FIELDS)
    message_id = clean_text(_first(fields, ID_FIELDS), single_line=True)
    if not message_id or len(message_id) > 150:
        # Without an id of its own, one delivery is told from another by what it says and when it was sent
        # (or signed): a forwarder retrying the same request is stored once.
        stamp = _header(headers, TIMESTAMP_HEADERS) or ""
        basis = "\x1f".join([sender, text, str(raw_sent_at or stamp), message_id])
        message_id = "sha256-" + hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()[:40]
    return [
        Incoming(
            channel=CHANNEL,
            message_id=message_id,
            sender=sender,
            kind=MessageKind.TEXT,
            text=text,
            sent_at=timestamp_to_datetime(raw_sent_at),
            payload={
                "format": envelope_format,
                "fields": sorted(key for key in fields if key not in SENDER_FIELDS),
                "id": _first(fields, ID_FIELDS),
                "sent_at": raw_sent_at if isinstance(raw_sent_at, str | int | float) else None,
            },
        )
    ]


def _fields(body: bytes, content_type: str) -> tuple[dict[str, Any] | None, str]:
    """The message's fields, or None for an event that is not a received SMS (acknowledged, not stored)."""
    if content_type == "application/json":
        data = parse_json_object(
            body,
            invalid_utf8=_("Isi permintaan bukan UTF-8 yang sah."),
            invalid_json=_("Isi permintaan bukan JSON yang sah."),
            not_object=_("JSON harus berupa objek."),
        )
        # SMS Gateway for Android wraps the message: {"event": "sms:received", "id": …, "payload": {…}}.
        if isinstance(data.get("event"), str) and isinstance(data.get("payload"), dict):
            if data["event"] != "sms:received":
                return None, "sms-gate"
            inner = dict(data["payload"])
            if data.get("id"):
                inner["id"] = data["id"]  # the event id is unique; the app's messageId is a hash of the text
            return inner, "sms-gate"
        return data, "json"
    if content_type == "application/x-www-form-urlencoded":
        try:
            text = body.decode("utf-8")
            pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text), errors="strict")
        except (UnicodeDecodeError, ValueError):
            raise Malformed(_("Isi formulir tidak sah atau bukan UTF-8."), reason="form body unreadable") from None
        return dict(pairs), "form"
    raise Malformed(
        _("Jenis isi tidak didukung; kirim application/json atau application/x-www-form-urlencoded."),
        reason=f"content type {content_type!r}",
    )


def _raw(fields: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if fields.get(name) not in (None, ""):
            return fields[name]
    return None


def _first(fields: Mapping[str, Any], names: tuple[str, ...]) -> str:
    value = _raw(fields, names)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise Malformed(
            _("Kolom %(field)s harus berupa teks.") % {"field": "/".join(names)}, reason=f"{names[0]} not text"
        )
    return str(value)


def send(recipient: str, text: str) -> None:
    """POST {"to", "message", "phoneNumbers"} to the outbound gateway, signed like inbound requests.

    "phoneNumbers"/"message" is what SMS Gateway for Android's /message endpoint reads; "to"/"message" suits a
    forwarder of one's own. Credentials for the gateway go in the URL (https://user:password@host/message).
    """
    url = settings.WASPADA_SMS_SEND_URL
    body = json_bytes({"to": recipient, "message": text, "phoneNumbers": [recipient]})
    stamp = str(int(time.time()))
    secrets = (url, settings.WASPADA_SMS_SECRET)
    response = post(
        url,
        body,
        headers={
            "X-Waspada-Timestamp": stamp,
            "X-Waspada-Signature": "sha256=" + hmac_sha256_hex(settings.WASPADA_SMS_SECRET, body + stamp.encode()),
        },
        secrets=secrets,
    )
    raise_for_delivery(response, secrets=secrets)
