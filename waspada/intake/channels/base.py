"""What every messaging channel shares: the message a webhook hands over, refusals, signatures, sending over HTTP."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import json
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
from django.utils import timezone
from django.utils.translation import gettext as _

from waspada.core.text import clean_text

# A text report is a few kilobytes; a megabyte is already generous for a provider's JSON envelope.
MAX_BODY_BYTES = 1_000_000
SEND_TIMEOUT_SECONDS = 10.0
# Fetching a photo: a provider that does not answer within these is tried again later, never waited on for long.
MEDIA_CONNECT_TIMEOUT_SECONDS = 5.0
MEDIA_READ_TIMEOUT_SECONDS = 20.0
MEDIA_TOTAL_TIMEOUT_SECONDS = 60.0
# The provider's JSON about a file (Telegram getFile, the Graph API's media URL) is a few hundred bytes.
MEDIA_INFO_MAX_BYTES = 64 * 1024
TITLE_WORDS = 10
TITLE_CHARS = 80


class MessageKind(enum.StrEnum):
    TEXT = "text"
    MEDIA = "media"
    LOCATION = "location"
    # A bot command such as Telegram's /start: greeted, never a report.
    GREETING = "greeting"
    # Stickers, contacts, polls…: answered with what the channel accepts, never a report.
    UNSUPPORTED = "unsupported"


@dataclass(frozen=True)
class Incoming:
    """One message as a channel module understood it; `sender` is sealed before anything stores it."""

    channel: str
    message_id: str
    sender: str
    kind: MessageKind
    text: str = ""
    sent_at: dt.datetime | None = None
    latitude: float | None = None
    longitude: float | None = None
    place: str = ""
    # photo, audio, video, document; with the provider's reference to fetch it (Telegram file_id, WhatsApp media id).
    media_kind: str = ""
    media_ref: str = ""
    # The type the provider declares for the file (documents, WhatsApp media); the content decides in the end.
    media_mime_type: str = ""
    # What the provider sent that is worth keeping, without the sender's identity.
    payload: dict[str, Any] = field(default_factory=dict)


class WebhookRefused(Exception):
    """A request a webhook answers with an error status; `message` is translated, `reason` goes to the log."""

    status = 400

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason or message


class Malformed(WebhookRefused):
    status = 400


class Unauthorized(WebhookRefused):
    status = 401


class TooLarge(WebhookRefused):
    status = 413


class DeliveryError(Exception):
    """A reply the provider did not take; permanent ones are not tried again."""

    def __init__(self, reason: str, *, permanent: bool = False, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after


class MediaUnavailable(Exception):
    """A file the provider did not hand over; `reason` is shown to analysts, so it is translated and secret-free.

    Permanent ones (refused, too large, not an image) are not tried again; the others are, a bounded number of times.
    """

    def __init__(self, reason: str, *, permanent: bool, skipped: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent or skipped
        # Not a failure: a kind of file Waspada does not take (a voice note, a video).
        self.skipped = skipped


@dataclass(frozen=True)
class Downloaded:
    body: bytes
    content_type: str


class Transport(Protocol):
    """What a channel module (sms, telegram, whatsapp) provides."""

    def enabled(self) -> bool: ...

    def can_send(self) -> bool: ...

    def authenticate(self, body: bytes, headers: Mapping[str, str]) -> None: ...

    def parse(self, body: bytes, headers: Mapping[str, str], content_type: str) -> list[Incoming]: ...

    def send(self, recipient: str, text: str) -> None: ...


def hmac_sha256_hex(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def signature_matches(expected_hex: str, given: str | None) -> bool:
    """Compare in constant time; `given` may carry the `sha256=` prefix GitHub and Meta use."""
    if not given:
        return False
    value = given.strip()
    if value.lower().startswith("sha256="):
        value = value[len("sha256=") :]
    return hmac.compare_digest(expected_hex.encode("ascii"), value.lower().encode("ascii", "replace"))


def secret_matches(expected: str, given: str | None) -> bool:
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8", "replace"))


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def parse_json_object(body: bytes, *, invalid_utf8: str, invalid_json: str, not_object: str) -> dict[str, Any]:
    """The body as a JSON object; NaN, Infinity and absurd nesting are refused like any other broken JSON."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Malformed(invalid_utf8, reason="body is not UTF-8") from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise Malformed(invalid_json, reason=f"invalid JSON: {type(exc).__name__}") from None
    if not isinstance(data, dict):
        raise Malformed(not_object, reason="JSON body is not an object")
    return data


def scrub(value: Any) -> Any:
    """A JSON value safe for every database: no NUL, no lone surrogate (PostgreSQL's jsonb refuses both)."""
    if isinstance(value, str):
        return clean_text(value) if value else value
    if isinstance(value, dict):
        return {clean_text(str(key)): scrub(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [scrub(item) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def title_from_text(text: str) -> str:
    """The first words of a message, as the report's title."""
    words = clean_text(text, single_line=True).split(" ")
    title = " ".join(words[:TITLE_WORDS])
    if len(title) > TITLE_CHARS:
        title = title[: TITLE_CHARS - 1].rstrip()
        return f"{title}…"
    return f"{title}…" if len(words) > TITLE_WORDS else title


def as_object(value: Any) -> dict[str, Any]:
    """A JSON object, or an empty one for anything else (for optional parts of a payload)."""
    return value if isinstance(value, dict) else {}


def number(value: Any) -> float | None:
    """A finite JSON number (bool is not one), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    result = float(value)
    return result if math.isfinite(result) else None


def timestamp_to_datetime(value: Any) -> dt.datetime | None:
    """Unix seconds (or milliseconds), or ISO 8601; a time without zone is taken in the installation's zone."""
    if isinstance(value, str) and value.strip().lstrip("-").replace(".", "", 1).isdigit():
        value = float(value.strip())
    seconds = number(value)
    if seconds is not None:
        if seconds > 1e11:  # milliseconds, as Android apps often send
            seconds /= 1000
        try:
            return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str) and value.strip():
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
        return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)
    return None


def redact(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def json_bytes(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def post(
    url: str,
    body: bytes,
    *,
    headers: Mapping[str, str] | None = None,
    secrets: tuple[str, ...] = (),
) -> httpx.Response:
    """POST JSON; a network failure is worth another try. Error texts never carry a credential or the URL
    (the Telegram token is part of its URL)."""
    try:
        return httpx.post(
            url,
            content=body,
            headers={"Content-Type": "application/json", **(headers or {})},
            timeout=SEND_TIMEOUT_SECONDS,
        )
    except httpx.HTTPError as exc:
        raise DeliveryError(redact(f"{type(exc).__name__}: {exc}", (url, *secrets))[:300]) from None


def raise_for_delivery(
    response: httpx.Response, *, secrets: tuple[str, ...] = (), retry_after: float | None = None
) -> None:
    """408, 429 and 5xx are worth another try; another 4xx will not get better by repeating it."""
    if response.is_success:
        return
    detail = redact(response.text[:300], secrets)
    transient = response.status_code in (408, 429) or response.status_code >= 500
    raise DeliveryError(
        f"HTTP {response.status_code}: {detail}",
        permanent=not transient,
        retry_after=retry_after if retry_after is not None else _retry_after(response.headers.get("Retry-After")),
    )


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def get_bounded(
    url: str,
    *,
    max_bytes: int,
    too_large: str,
    headers: Mapping[str, str] | None = None,
    secrets: tuple[str, ...] = (),
) -> Downloaded:
    """GET with connect, read and total time limits, reading no further than `max_bytes` (+1 to know it is more).

    `too_large` is the reason given when the body passes the cap. 408, 429, 5xx and network trouble are worth
    another try; another 4xx will not get better by repeating it.
    """
    deadline = time.monotonic() + MEDIA_TOTAL_TIMEOUT_SECONDS
    timeout = httpx.Timeout(MEDIA_READ_TIMEOUT_SECONDS, connect=MEDIA_CONNECT_TIMEOUT_SECONDS)
    timed_out = MediaUnavailable(
        _("penyedia tidak menjawab dalam %(seconds)s detik") % {"seconds": f"{MEDIA_TOTAL_TIMEOUT_SECONDS:g}"},
        permanent=False,
    )
    try:
        with httpx.stream("GET", url, headers=dict(headers or {}), timeout=timeout, follow_redirects=True) as response:
            if not response.is_success:
                status = response.status_code
                transient = status in (408, 429) or status >= 500
                said = _provider_said(response, secrets=(url, *secrets))
                raise MediaUnavailable(
                    _("penyedia menjawab HTTP %(status)s") % {"status": status} + (f" ({said})" if said else ""),
                    permanent=not transient,
                )
            declared = response.headers.get("content-length", "").strip()
            if declared.isdigit() and int(declared) > max_bytes:
                raise MediaUnavailable(too_large, permanent=True)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise MediaUnavailable(too_large, permanent=True)
                if time.monotonic() > deadline:
                    raise timed_out
            return Downloaded(bytes(body), response.headers.get("content-type", "")[:100])
    except httpx.TimeoutException:
        raise timed_out from None
    except httpx.HTTPError as exc:
        detail = redact(f"{type(exc).__name__}: {exc}", (url, *secrets))[:200]
        raise MediaUnavailable(_("gangguan jaringan (%(detail)s)") % {"detail": detail}, permanent=False) from None


def json_from(downloaded: Downloaded) -> dict[str, Any]:
    """A provider's JSON answer about a file; anything else is an answer nobody can use, now or later."""
    try:
        data = json.loads(downloaded.body.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        raise MediaUnavailable(_("jawaban penyedia tentang berkas bukan JSON yang sah"), permanent=True)
    return data


def _provider_said(response: httpx.Response, *, secrets: tuple[str, ...]) -> str:
    """The provider's own words about an error (Telegram's `description`, the Graph API's `error.message`)."""
    head = bytearray()
    for chunk in response.iter_bytes():
        head += chunk
        if len(head) > 4096:
            return ""
    try:
        answer = as_object(json.loads(head.decode("utf-8")))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return ""
    said = answer.get("description") or as_object(answer.get("error")).get("message")
    return redact(clean_text(said, single_line=True), secrets)[:150] if isinstance(said, str) else ""
