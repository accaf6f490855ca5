"""Notification channels, one module each: email (SMTP), Telegram, WhatsApp Cloud API, signed webhook.

Each module offers `can_send()` (is the channel set up on this server), `send(envelope)` (raises DeliveryError,
`permanent` when trying again cannot help) and, except the webhook, `normalise_address(raw)` (raises
ValidationError with a translated message). Telegram and WhatsApp send through the same provider settings and HTTP
helper as the intake channels (`waspada/intake/channels/`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from waspada.alerts.enums import NotificationChannel
from waspada.intake.channels.base import DeliveryError


@dataclass(frozen=True)
class Envelope:
    notification_id: int
    kind: str
    # Email address, Telegram chat id, E.164 number, or the webhook URL.
    address: str
    subject: str
    body: str
    # The webhook endpoint's signing secret; empty for the other channels.
    secret: str = ""


class Transport(Protocol):
    def can_send(self) -> bool: ...

    def send(self, envelope: Envelope) -> None: ...


def transport_for(channel: str) -> Transport | None:
    from waspada.alerts.transports import email, telegram, webhook, whatsapp

    transports: dict[str, Transport] = {
        NotificationChannel.EMAIL: email,
        NotificationChannel.TELEGRAM: telegram,
        NotificationChannel.WHATSAPP: whatsapp,
        NotificationChannel.WEBHOOK: webhook,
    }
    return transports.get(channel)


def subscription_channels() -> list[str]:
    """The channels a person may subscribe on here: those the server can send through (never the webhook)."""
    return [
        channel
        for channel in (NotificationChannel.EMAIL, NotificationChannel.TELEGRAM, NotificationChannel.WHATSAPP)
        if (transport := transport_for(channel)) is not None and transport.can_send()
    ]


def fit(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


__all__ = ["DeliveryError", "Envelope", "Transport", "fit", "subscription_channels", "transport_for"]
