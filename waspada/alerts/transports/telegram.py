"""Telegram: the bot that takes reports (WASPADA_TELEGRAM_BOT_TOKEN, WASPADA_TELEGRAM_API_BASE) sends alerts too.

Plain text (no parse_mode), so nothing in an alert can become Telegram markup. A person must have started a chat
with the bot before it can write to them; a group works too, with its negative chat id.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from waspada.alerts.transports import Envelope, fit
from waspada.intake.channels import telegram as telegram_channel

# The Bot API allows 4096 characters and counts some in UTF-16 units; stay well below.
MAX_TEXT = 4000
_CHAT_ID = re.compile(r"^-?[0-9]{1,20}$")


def can_send() -> bool:
    return telegram_channel.can_send()


def normalise_address(raw: str) -> str:
    value = (raw or "").strip()
    if not _CHAT_ID.match(value):
        raise ValidationError(
            _("ID chat Telegram berupa angka (mis. 123456789; grup diawali tanda minus). Lihat petunjuk di bawah.")
        )
    return value


def send(envelope: Envelope) -> None:
    telegram_channel.send(envelope.address, fit(envelope.body, MAX_TEXT))
