"""WhatsApp Cloud API: Meta verifies the webhook once (GET with the verify token), then posts signed batches.

Every POST is signed with the app secret (`X-Hub-Signature-256: sha256=<hex>` over the raw body). A batch may hold
several messages and delivery status updates; statuses and reactions are acknowledged without storing anything.
A free-form reply reaches the sender only within 24 hours of their last message: a later question to them fails
at Meta and shows as failed in the outbox (see docs/channels.md).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx
from django.conf import settings
from django.utils.translation import gettext as _

from waspada.core.enums import Channel
from waspada.core.text import clean_text
from waspada.intake.channels.base import (
    MEDIA_INFO_MAX_BYTES,
    DeliveryError,
    Downloaded,
    Incoming,
    Malformed,
    MediaUnavailable,
    MessageKind,
    Unauthorized,
    as_object,
    get_bounded,
    hmac_sha256_hex,
    json_bytes,
    json_from,
    number,
    parse_json_object,
    post,
    raise_for_delivery,
    secret_matches,
    signature_matches,
    timestamp_to_datetime,
)

CHANNEL = Channel.WHATSAPP
SIGNATURE_HEADER = "X-Hub-Signature-256"
MEDIA_TYPES = ("image", "audio", "video", "document")
SILENT_TYPES = frozenset({"reaction", "system"})
# Graph error codes that mean "later", not "never": rate limits and temporary unavailability.
TRANSIENT_ERROR_CODES = frozenset({1, 2, 4, 80007, 130429, 131000, 131016, 131056})
_WA_ID = re.compile(r"^[0-9]{5,20}$")
_CHALLENGE = re.compile(r"^[A-Za-z0-9._-]{1,200}$")


def enabled() -> bool:
    return bool(settings.WASPADA_WHATSAPP_ENABLED)


def can_send() -> bool:
    return bool(settings.WASPADA_WHATSAPP_ACCESS_TOKEN and settings.WASPADA_WHATSAPP_PHONE_NUMBER_ID)


def subscription_challenge(params: Mapping[str, str]) -> str | None:
    """The challenge to echo when Meta's verification request carries our verify token, else None."""
    if params.get("hub.mode") != "subscribe":
        return None
    if not secret_matches(settings.WASPADA_WHATSAPP_VERIFY_TOKEN, params.get("hub.verify_token")):
        return None
    challenge = params.get("hub.challenge", "")
    return challenge if _CHALLENGE.match(challenge) else None


def authenticate(body: bytes, headers: Mapping[str, str]) -> None:
    secret = settings.WASPADA_WHATSAPP_APP_SECRET
    if not secret or not signature_matches(hmac_sha256_hex(secret, body), headers.get(SIGNATURE_HEADER)):
        raise Unauthorized(_("Tanda tangan X-Hub-Signature-256 tidak cocok."), reason="signature missing or wrong")


def parse(body: bytes, headers: Mapping[str, str], content_type: str) -> list[Incoming]:
    data = parse_json_object(
        body,
        invalid_utf8=_("Isi permintaan bukan UTF-8 yang sah."),
        invalid_json=_("Isi permintaan bukan JSON yang sah."),
        not_object=_("Notifikasi WhatsApp harus berupa objek JSON."),
    )
    if data.get("object") != "whatsapp_business_account" or not isinstance(data.get("entry"), list):
        raise Malformed(_("Bukan notifikasi WhatsApp Business (object/entry)."), reason="not a WABA notification")
    incoming: list[Incoming] = []
    for entry in data["entry"]:
        changes = entry.get("changes") if isinstance(entry, dict) else None
        if not isinstance(changes, list):
            raise Malformed(_("Entri WhatsApp tanpa daftar changes."), reason="entry without changes")
        for change in changes:
            value = change.get("value") if isinstance(change, dict) else None
            if not isinstance(value, dict):
                raise Malformed(_("Perubahan WhatsApp tanpa value."), reason="change without value")
            messages = value.get("messages", [])
            if not isinstance(messages, list):
                raise Malformed(_("Kolom messages harus berupa daftar."), reason="messages not a list")
            phone_number_id = as_object(value.get("metadata")).get("phone_number_id")
            for message in messages:
                parsed = _message(message, phone_number_id)
                if parsed is not None:
                    incoming.append(parsed)
    return incoming


def _message(message: Any, phone_number_id: Any) -> Incoming | None:
    if not isinstance(message, dict):
        raise Malformed(_("Pesan WhatsApp harus berupa objek."), reason="message not an object")
    sender, message_id, kind = message.get("from"), message.get("id"), message.get("type")
    if not isinstance(sender, str) or not _WA_ID.match(sender):
        raise Malformed(_("Pesan WhatsApp tanpa nomor pengirim yang sah."), reason="from missing or not a wa_id")
    if not isinstance(message_id, str) or not message_id or len(message_id) > 150:
        raise Malformed(_("Pesan WhatsApp tanpa id."), reason="id missing")
    if not isinstance(kind, str):
        raise Malformed(_("Pesan WhatsApp tanpa type."), reason="type missing")
    if kind in SILENT_TYPES:
        return None
    base: dict[str, Any] = {
        "channel": CHANNEL,
        "message_id": message_id,
        "sender": sender,
        "sent_at": timestamp_to_datetime(message.get("timestamp")),
    }
    payload: dict[str, Any] = {
        "id": message_id,
        "timestamp": message.get("timestamp"),
        "type": kind,
        "phone_number_id": phone_number_id if isinstance(phone_number_id, str) else None,
    }
    if kind == "text":
        content = _object(message, "text")
        text = _text(content, "body")
        if not text:
            raise Malformed(_("Pesan teks WhatsApp tanpa isi."), reason="text.body missing")
        return Incoming(kind=MessageKind.TEXT, text=text, payload=payload, **base)
    if kind in MEDIA_TYPES:
        media = _object(message, kind)
        media_id = media.get("id")
        if not isinstance(media_id, str) or not media_id:
            raise Malformed(_("Media WhatsApp tanpa id."), reason=f"{kind}.id missing")
        kept = {key: media.get(key) for key in ("id", "mime_type", "sha256", "filename", "voice")}
        mime_type = media.get("mime_type")
        return Incoming(
            kind=MessageKind.MEDIA,
            text=_text(media, "caption"),
            media_kind="photo" if kind == "image" else kind,
            media_ref=media_id,
            media_mime_type=mime_type if isinstance(mime_type, str) else "",
            payload={**payload, kind: kept},
            **base,
        )
    if kind == "location":
        location = _object(message, "location")
        latitude, longitude = number(location.get("latitude")), number(location.get("longitude"))
        if latitude is None or longitude is None or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise Malformed(_("Titik lokasi tidak sah."), reason="location out of range")
        place = ", ".join(part for part in (_text(location, "name"), _text(location, "address")) if part)
        return Incoming(
            kind=MessageKind.LOCATION,
            latitude=latitude,
            longitude=longitude,
            place=place,
            payload={**payload, "location": {"latitude": latitude, "longitude": longitude}},
            **base,
        )
    return Incoming(kind=MessageKind.UNSUPPORTED, payload=payload, **base)


def _object(message: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = message.get(key)
    if not isinstance(value, dict):
        raise Malformed(_("Pesan %(type)s tanpa objek %(type)s.") % {"type": key}, reason=f"{key} object missing")
    return value


def _text(container: Mapping[str, Any], key: str) -> str:
    value = container.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Malformed(_("Kolom %(field)s harus berupa teks.") % {"field": key}, reason=f"{key} not text")
    return clean_text(value)


def send(recipient: str, text: str) -> None:
    send_message({"to": recipient, "type": "text", "text": {"preview_url": False, "body": text}})


def send_message(message: Mapping[str, Any]) -> None:
    """One message through the Cloud API (``message``: recipient, type and content); errors as DeliveryError, the
    Graph API's rate-limit codes being worth a retry."""
    token = settings.WASPADA_WHATSAPP_ACCESS_TOKEN
    url = f"{settings.WASPADA_WHATSAPP_API_BASE.rstrip('/')}/{settings.WASPADA_WHATSAPP_PHONE_NUMBER_ID}/messages"
    body = json_bytes({"messaging_product": "whatsapp", "recipient_type": "individual", **message})
    response = post(url, body, headers={"Authorization": f"Bearer {token}"}, secrets=(token,))
    try:
        raise_for_delivery(response, secrets=(token,))
    except DeliveryError as exc:
        if _graph_error_code(response) in TRANSIENT_ERROR_CODES:
            raise DeliveryError(exc.reason, permanent=False, retry_after=exc.retry_after) from None
        raise


def _graph_error_code(response: httpx.Response) -> int | None:
    try:
        answer = response.json()
    except ValueError:
        return None
    error = answer.get("error") if isinstance(answer, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, int) and not isinstance(code, bool) else None


def can_fetch_media() -> bool:
    return bool(settings.WASPADA_WHATSAPP_ACCESS_TOKEN)


def fetch_media(media_id: str, *, max_bytes: int, too_large: str, accepted_types: frozenset[str]) -> Downloaded:
    """The Graph API gives a short-lived URL for the media id (and its type and size); the file needs the token too."""
    token = settings.WASPADA_WHATSAPP_ACCESS_TOKEN
    headers = {"Authorization": f"Bearer {token}"}
    base = settings.WASPADA_WHATSAPP_API_BASE.rstrip("/")
    info = json_from(
        get_bounded(
            f"{base}/{quote(media_id, safe='')}",
            max_bytes=MEDIA_INFO_MAX_BYTES,
            too_large=too_large,
            headers=headers,
            secrets=(token,),
        )
    )
    url = info.get("url")
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise MediaUnavailable(_("Graph API tidak memberikan alamat media"), permanent=True)
    mime_type = info.get("mime_type")
    declared = mime_type.split(";", 1)[0].strip().lower() if isinstance(mime_type, str) else ""
    if declared and declared not in accepted_types:
        raise MediaUnavailable(
            _("jenis %(type)s tidak diambil (hanya gambar JPEG, PNG, WebP dan PDF)") % {"type": declared[:50]},
            permanent=True,
            skipped=True,
        )
    size = number(info.get("file_size"))
    if size is not None and size > max_bytes:
        raise MediaUnavailable(too_large, permanent=True)
    downloaded = get_bounded(url, max_bytes=max_bytes, too_large=too_large, headers=headers, secrets=(token,))
    return Downloaded(downloaded.body, declared or downloaded.content_type)
