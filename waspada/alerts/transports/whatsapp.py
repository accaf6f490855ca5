"""WhatsApp Cloud API, with the account the intake channel uses (WASPADA_WHATSAPP_ACCESS_TOKEN, _PHONE_NUMBER_ID,
_API_BASE).

Meta delivers free text only within 24 hours of the recipient's last message to the number. Alerts come when they
come, so an installation should register a message template with one body parameter and name it in
WASPADA_WHATSAPP_ALERT_TEMPLATE; the whole short message then goes in that parameter (on one line, as templates
require). Without a template, plain text is sent and a closed 24-hour window shows as a failed notification.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from lokal.phone import parse_phone

from waspada.alerts.transports import Envelope, fit
from waspada.intake.channels import whatsapp as whatsapp_channel

MAX_TEXT = 4096
# A template parameter is much shorter than a text message and may hold no newline or tab.
MAX_TEMPLATE_PARAMETER = 1000
_E164 = re.compile(r"^\+[1-9][0-9]{7,14}$")
_SEPARATORS = re.compile(r"[\s().-]")
_BLANK_RUN = re.compile(r"\s*\n\s*|\t| {4,}")


def can_send() -> bool:
    return whatsapp_channel.can_send()


def normalise_address(raw: str) -> str:
    """An E.164 number (+6281234567890); Indonesian numbers may be written 0812…, 62812… or +62 812…."""
    value = _SEPARATORS.sub("", (raw or "").strip())
    if value.startswith(("0", "62", "+62")):
        phone = parse_phone(value)
        if not phone.valid or not phone.whatsapp:
            raise ValidationError(_("Nomor WhatsApp harus nomor seluler yang sah, mis. 0812 3456 7890."))
        return f"+{phone.whatsapp}"
    if not _E164.match(value):
        raise ValidationError(_("Tulis nomor WhatsApp lengkap dengan kode negara, mis. +6281234567890 (format E.164)."))
    return value


def send(envelope: Envelope) -> None:
    recipient = envelope.address.lstrip("+")
    template = settings.WASPADA_WHATSAPP_ALERT_TEMPLATE
    if not template:
        whatsapp_channel.send(recipient, fit(envelope.body, MAX_TEXT))
        return
    parameter = fit(_BLANK_RUN.sub(" · ", envelope.body.strip()), MAX_TEMPLATE_PARAMETER)
    whatsapp_channel.send_message(
        {
            "to": recipient,
            "type": "template",
            "template": {
                "name": template,
                "language": {"code": settings.WASPADA_WHATSAPP_ALERT_TEMPLATE_LANGUAGE},
                "components": [{"type": "body", "parameters": [{"type": "text", "text": parameter}]}],
            },
        }
    )
