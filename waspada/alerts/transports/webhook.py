"""Signed webhook: a partner system receives each notification as a JSON POST (payload in docs/notifications.md).

Headers: `X-Waspada-Event`, `X-Waspada-Delivery` (the notification id: the same on every retry, so the receiver can
drop duplicates), `X-Waspada-Timestamp` (Unix seconds) and `X-Waspada-Signature: sha256=<hex HMAC-SHA256 of the
raw body with the endpoint's secret>`. The body repeats `delivery_id` and `timestamp`, so the signature covers both
and a captured request cannot be passed off as a fresh one.

The URL must be http(s), carry no credentials, and point at a public address unless
WASPADA_WEBHOOK_ALLOW_PRIVATE_ADDRESSES is on: an endpoint must not make the server post into its own network. The
check runs when an endpoint is saved and again before every send (a name can be re-pointed); redirects are never
followed.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import time
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from waspada import __version__
from waspada.alerts.transports import DeliveryError, Envelope
from waspada.intake.channels.base import hmac_sha256_hex, post, raise_for_delivery

SIGNATURE_HEADER = "X-Waspada-Signature"
TIMESTAMP_HEADER = "X-Waspada-Timestamp"
EVENT_HEADER = "X-Waspada-Event"
DELIVERY_HEADER = "X-Waspada-Delivery"
MAX_URL = 500


class UnresolvableHost(ValidationError):
    """DNS did not answer: refused when an endpoint is saved, tried again when sending."""


def can_send() -> bool:
    return True


def check_url(url: str) -> str:
    """The URL, if a webhook may be sent to it; otherwise ValidationError with a translated reason."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise ValidationError(_("Alamat webhook tidak sah.")) from None
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > MAX_URL:
        raise ValidationError(_("Alamat webhook harus berupa URL http:// atau https://."))
    if parts.username or parts.password:
        raise ValidationError(_("Alamat webhook tidak boleh memuat nama pengguna atau sandi."))
    if settings.WASPADA_WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        return url.strip()
    host = parts.hostname
    try:
        literal: ipaddress.IPv4Address | ipaddress.IPv6Address | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [literal]
    elif _through_proxy(parts.scheme, host):
        return url.strip()  # the proxy resolves the name and guards its own network
    else:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            raise UnresolvableHost(_("Nama host webhook tidak dapat ditemukan.")) from None
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if not addresses or not all(_public(address) for address in addresses):
        raise ValidationError(
            _("Alamat webhook menunjuk ke jaringan privat atau lokal; ini tidak diizinkan di server ini.")
        )
    return url.strip()


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_global
    return address.is_global


def _through_proxy(scheme: str, host: str) -> bool:
    proxies = urllib.request.getproxies_environment()
    return bool(proxies.get(scheme) or proxies.get("all")) and not urllib.request.proxy_bypass(host)


def sign(secret: str, body: bytes) -> str:
    return f"sha256={hmac_sha256_hex(secret, body)}"


def signed_request(envelope: Envelope, *, now: float | None = None) -> tuple[bytes, dict[str, str]]:
    """The body and headers of one delivery attempt."""
    timestamp = int(now if now is not None else time.time())
    payload = json.loads(envelope.body)
    payload["delivery_id"] = envelope.notification_id
    payload["timestamp"] = timestamp
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers = {
        "User-Agent": f"Waspada/{__version__}",
        EVENT_HEADER: str(payload.get("event", "")),
        DELIVERY_HEADER: str(envelope.notification_id),
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(envelope.secret, body),
    }
    return body, headers


def send(envelope: Envelope) -> None:
    if not envelope.secret:
        raise DeliveryError(_("Endpoint webhook tanpa rahasia penandatangan."), permanent=True)
    try:
        url = check_url(envelope.address)
    except UnresolvableHost as exc:
        raise DeliveryError(" ".join(exc.messages)) from None
    except ValidationError as exc:
        raise DeliveryError(" ".join(exc.messages), permanent=True) from None
    body, headers = signed_request(envelope)
    response = post(url, body, headers=headers, secrets=(envelope.secret,))
    raise_for_delivery(response, secrets=(envelope.secret,))
