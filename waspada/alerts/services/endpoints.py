"""Webhook endpoints of partner systems, kept by admins: the URL checked, the signing secret sealed, changes audited."""

from __future__ import annotations

import secrets
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from waspada.alerts.models import WebhookEndpoint
from waspada.alerts.transports.webhook import check_url
from waspada.audit.services import audit_record
from waspada.core.exceptions import ApplicationError
from waspada.intake.sealing import seal

MIN_SECRET = 16


def new_webhook_secret() -> str:
    return secrets.token_urlsafe(32)


def webhook_endpoint_save(*, actor: Any, endpoint: WebhookEndpoint, secret: str = "") -> WebhookEndpoint:
    """Create or change an endpoint; `secret` empty keeps the stored one (a new endpoint must be given one)."""
    try:
        endpoint.url = check_url(endpoint.url)
    except ValidationError as error:
        raise ApplicationError(" ".join(error.messages)) from None
    if secret:
        if len(secret) < MIN_SECRET:
            raise ApplicationError(_("Rahasia webhook paling sedikit %(n)s karakter.") % {"n": MIN_SECRET})
        endpoint.secret_sealed = seal(secret)
    elif not endpoint.secret_sealed:
        raise ApplicationError(_("Endpoint webhook baru memerlukan rahasia penandatangan."))
    creating = endpoint.pk is None
    with transaction.atomic():
        endpoint.save()
        audit_record(
            action="webhook_endpoint.create" if creating else "webhook_endpoint.update",
            actor=actor,
            target=endpoint,
            summary=endpoint.name,
            data={
                "url": endpoint.url,
                "region": endpoint.region_id,
                "min_level": endpoint.min_level,
                "active": endpoint.active,
                "secret_changed": bool(secret),
            },
        )
    return endpoint


def webhook_endpoint_delete(*, actor: Any, endpoint: WebhookEndpoint) -> None:
    with transaction.atomic():
        audit_record(
            action="webhook_endpoint.delete",
            actor=actor,
            target=endpoint,
            summary=endpoint.name,
            data={"url": endpoint.url},
        )
        endpoint.delete()
