"""Email through SMTP, with Django's SMTP backend and the EMAIL_* settings (WASPADA_EMAIL_* in the environment).

Plain text only: nothing a sender of a report wrote can become markup in a mail client. The SMTP backend is named
here rather than taken from EMAIL_BACKEND, so what reaches subscribers never depends on a development setting.
"""

from __future__ import annotations

import smtplib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from waspada.alerts.transports import DeliveryError, Envelope
from waspada.core.text import clean_text

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
MAX_ADDRESS = 254
MAX_SUBJECT = 200


def can_send() -> bool:
    return bool(settings.EMAIL_HOST)


def normalise_address(raw: str) -> str:
    value = (raw or "").strip()
    if not value or len(value) > MAX_ADDRESS:
        raise ValidationError(_("Masukkan alamat surel yang sah, mis. nama@instansi.go.id."))
    try:
        validate_email(value)
    except ValidationError:
        raise ValidationError(_("Masukkan alamat surel yang sah, mis. nama@instansi.go.id.")) from None
    local, _at, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}"


def send(envelope: Envelope) -> None:
    connection = get_connection(SMTP_BACKEND, fail_silently=False, timeout=settings.EMAIL_TIMEOUT)
    message = EmailMessage(
        # A newline in a subject would be a header injection; Django refuses it, we never produce one.
        subject=clean_text(envelope.subject, single_line=True, max_length=MAX_SUBJECT),
        body=envelope.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[envelope.address],
        headers={"Auto-Submitted": "auto-generated", "X-Waspada-Notification": str(envelope.notification_id)},
        connection=connection,
    )
    try:
        message.send()
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _text in exc.recipients.values()]
        # 5xx for the recipient: the mailbox does not exist or will never take this; 4xx: later.
        raise DeliveryError(_describe(exc), permanent=bool(codes) and all(500 <= c < 600 for c in codes)) from None
    except (smtplib.SMTPAuthenticationError, smtplib.SMTPSenderRefused) as exc:
        # The server's settings are wrong, not the message: once an admin fixes them, the retries go through.
        raise DeliveryError(_describe(exc)) from None
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(_describe(exc), permanent=500 <= exc.smtp_code < 600) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(_describe(exc)) from None


def _describe(exc: Exception) -> str:
    return f"SMTP {type(exc).__name__}: {exc}"[:300]
