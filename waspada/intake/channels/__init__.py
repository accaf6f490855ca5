"""Messaging channels: SMS gateway, Telegram bot, WhatsApp Cloud API — one transport module each (docs/channels.md).

A webhook view authenticates and parses with the channel's module; `services.inbound_message_receive` stores the
message as a report through `report_submit` and queues the reply in the outbox; a task sends it with the same
module's `send`. Photos are fetched after commit by `media.inbound_media_fetch` and stored as attachments. Triage
asks a sender a question with `report_ask_sender`.
"""

from __future__ import annotations

from waspada.intake.channels.services import report_ask_sender

__all__ = ["report_ask_sender"]
