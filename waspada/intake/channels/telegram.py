"""Telegram bot: Telegram posts each Update to our webhook with the secret token set by setWebhook.

Only private chats make reports: in a group, the sealed contact would be the group and the reply would
expose the reporter to everyone in it. Photos and other media are noted with their file_id; after the report
is stored a worker fetches photos and documents through getFile (`fetch_media`), see docs/channels.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

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
    json_bytes,
    json_from,
    number,
    parse_json_object,
    post,
    raise_for_delivery,
    redact,
    secret_matches,
    timestamp_to_datetime,
)

CHANNEL = Channel.TELEGRAM
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 — a header name, not a secret
GREETING_COMMANDS = frozenset({"/start", "/help", "/bantuan"})
MEDIA_FIELDS = ("voice", "audio", "video", "video_note", "document", "animation")


def enabled() -> bool:
    return bool(settings.WASPADA_TELEGRAM_ENABLED)


def can_send() -> bool:
    return bool(settings.WASPADA_TELEGRAM_BOT_TOKEN)


def authenticate(body: bytes, headers: Mapping[str, str]) -> None:
    if not secret_matches(settings.WASPADA_TELEGRAM_WEBHOOK_SECRET, headers.get(SECRET_HEADER)):
        raise Unauthorized(_("Token rahasia webhook tidak cocok."), reason="secret token missing or wrong")


def parse(body: bytes, headers: Mapping[str, str], content_type: str) -> list[Incoming]:
    update = parse_json_object(
        body,
        invalid_utf8=_("Isi permintaan bukan UTF-8 yang sah."),
        invalid_json=_("Isi permintaan bukan JSON yang sah."),
        not_object=_("Update Telegram harus berupa objek JSON."),
    )
    update_id = update.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        raise Malformed(_("Update Telegram tanpa update_id."), reason="update_id missing")
    message = update.get("message")
    if message is None:
        return []  # edited messages, channel posts, button presses…: acknowledged, nothing to store
    if not isinstance(message, dict):
        raise Malformed(_("Kolom message harus berupa objek."), reason="message not an object")
    chat = message.get("chat")
    message_id = message.get("message_id")
    if (
        not isinstance(chat, dict)
        or not isinstance(chat.get("id"), int)
        or not isinstance(message_id, int)
        or isinstance(message_id, bool)
    ):
        raise Malformed(_("Pesan Telegram tanpa chat.id atau message_id."), reason="chat.id or message_id missing")
    if chat.get("type") != "private":
        return []
    base: dict[str, Any] = {
        "channel": CHANNEL,
        # message_id counts per chat; the sender key the services prefix makes it unique.
        "message_id": str(message_id),
        "sender": str(chat["id"]),
        "sent_at": timestamp_to_datetime(message.get("date")),
    }
    payload: dict[str, Any] = {"update_id": update_id, "message_id": message_id, "date": message.get("date")}
    caption = _text(message, "caption")

    text = _text(message, "text")
    if text:
        command = text.split(maxsplit=1)[0].split("@", 1)[0].lower()
        if command in GREETING_COMMANDS:
            return [Incoming(kind=MessageKind.GREETING, payload={**payload, "type": "command"}, **base)]
        return [Incoming(kind=MessageKind.TEXT, text=text, payload={**payload, "type": "text"}, **base)]

    photo = message.get("photo")
    if photo is not None:
        sizes = [size for size in photo if isinstance(size, dict)] if isinstance(photo, list) else []
        largest = sizes[-1] if sizes else {}
        file_id = largest.get("file_id")
        if not isinstance(file_id, str) or not file_id:
            raise Malformed(_("Foto Telegram tanpa file_id."), reason="photo without file_id")
        kept = {key: largest.get(key) for key in ("file_id", "file_unique_id", "width", "height", "file_size")}
        return [
            Incoming(
                kind=MessageKind.MEDIA,
                text=caption,
                media_kind="photo",
                media_ref=file_id,
                payload={**payload, "type": "photo", "photo": kept},
                **base,
            )
        ]

    for field_name in MEDIA_FIELDS:
        media = message.get(field_name)
        if media is not None:
            file_id = media.get("file_id") if isinstance(media, dict) else None
            if not isinstance(file_id, str) or not file_id:
                raise Malformed(_("Media Telegram tanpa file_id."), reason=f"{field_name} without file_id")
            kept = {key: media.get(key) for key in ("file_id", "file_unique_id", "mime_type", "file_size", "duration")}
            mime_type = media.get("mime_type") if isinstance(media, dict) else None
            return [
                Incoming(
                    kind=MessageKind.MEDIA,
                    text=caption,
                    media_kind=field_name,
                    media_ref=file_id,
                    media_mime_type=mime_type if isinstance(mime_type, str) else "",
                    payload={**payload, "type": field_name, field_name: kept},
                    **base,
                )
            ]

    location = message.get("location")
    if location is not None:
        latitude, longitude = _point(location)
        venue = as_object(message.get("venue"))
        place = ", ".join(part for part in (_text(venue, "title"), _text(venue, "address")) if part)
        return [
            Incoming(
                kind=MessageKind.LOCATION,
                latitude=latitude,
                longitude=longitude,
                place=place,
                payload={**payload, "type": "location", "location": {"latitude": latitude, "longitude": longitude}},
                **base,
            )
        ]

    return [Incoming(kind=MessageKind.UNSUPPORTED, payload={**payload, "type": "other"}, **base)]


def _text(container: Mapping[str, Any], key: str) -> str:
    value = container.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Malformed(_("Kolom %(field)s harus berupa teks.") % {"field": key}, reason=f"{key} not text")
    return clean_text(value)


def _point(location: Any) -> tuple[float, float]:
    latitude = number(location.get("latitude")) if isinstance(location, dict) else None
    longitude = number(location.get("longitude")) if isinstance(location, dict) else None
    if latitude is None or longitude is None or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise Malformed(_("Titik lokasi tidak sah."), reason="location out of range")
    return latitude, longitude


def send(recipient: str, text: str) -> None:
    token = settings.WASPADA_TELEGRAM_BOT_TOKEN
    url = f"{settings.WASPADA_TELEGRAM_API_BASE.rstrip('/')}/bot{token}/sendMessage"
    response = post(url, json_bytes({"chat_id": recipient, "text": text}), secrets=(token,))
    try:
        answer = response.json()
    except ValueError:
        answer = None
    answer = as_object(answer)
    # Flood control answers 429 with the wait in the body, not in a header.
    parameters = as_object(answer.get("parameters"))
    raise_for_delivery(response, secrets=(token,), retry_after=number(parameters.get("retry_after")))
    if answer.get("ok") is not True:
        raise DeliveryError(redact(f"Bot API did not confirm: {response.text[:200]}", (token,)))


def can_fetch_media() -> bool:
    return bool(settings.WASPADA_TELEGRAM_BOT_TOKEN)


def fetch_media(file_id: str, *, max_bytes: int, too_large: str, accepted_types: frozenset[str]) -> Downloaded:
    """getFile gives the file's path on the Bot API server, valid for an hour; then the file itself."""
    token = settings.WASPADA_TELEGRAM_BOT_TOKEN
    base = settings.WASPADA_TELEGRAM_API_BASE.rstrip("/")
    info = json_from(
        get_bounded(
            f"{base}/bot{token}/getFile?{urlencode({'file_id': file_id})}",
            max_bytes=MEDIA_INFO_MAX_BYTES,
            too_large=too_large,
            secrets=(token,),
        )
    )
    result = as_object(info.get("result"))
    file_path = result.get("file_path")
    if info.get("ok") is not True or not isinstance(file_path, str) or not file_path or ".." in file_path:
        raise MediaUnavailable(_("Telegram tidak memberikan alamat berkas (getFile)"), permanent=True)
    size = number(result.get("file_size"))
    if size is not None and size > max_bytes:
        raise MediaUnavailable(too_large, permanent=True)
    return get_bounded(
        f"{base}/file/bot{token}/{quote(file_path, safe='/')}",
        max_bytes=max_bytes,
        too_large=too_large,
        secrets=(token,),
    )
