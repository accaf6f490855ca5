"""Webhooks of the messaging channels: public endpoints, authenticated by each provider's signature or secret.

Order of checks: channel switched on (else 404), size (413), authenticity (401), shape (400). Only then is
anything stored, durably, before the provider hears 200; replies are sent later by a worker.
"""

from __future__ import annotations

import logging

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from waspada.core.exceptions import ApplicationError
from waspada.intake.channels import sms, telegram, whatsapp
from waspada.intake.channels.base import MAX_BODY_BYTES, Malformed, TooLarge, Transport, WebhookRefused
from waspada.intake.channels.services import inbound_message_receive

logger = logging.getLogger(__name__)


@csrf_exempt
def sms_webhook(request: HttpRequest) -> HttpResponse:
    return _receive(request, "sms", sms)


@csrf_exempt
def telegram_webhook(request: HttpRequest) -> HttpResponse:
    return _receive(request, "telegram", telegram)


@csrf_exempt
def whatsapp_webhook(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        if not whatsapp.enabled():
            raise Http404
        challenge = whatsapp.subscription_challenge(request.GET)
        if challenge is None:
            logger.warning("whatsapp webhook verification refused")
            return JsonResponse({"detail": _("Token verifikasi tidak cocok.")}, status=403)
        return HttpResponse(challenge, content_type="text/plain; charset=utf-8")
    return _receive(request, "whatsapp", whatsapp)


def _receive(request: HttpRequest, name: str, transport: Transport) -> HttpResponse:
    # A switched-off channel does not exist, whatever the method.
    if not transport.enabled():
        raise Http404
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"] if transport is whatsapp else ["POST"])
    try:
        body = _body(request)
        transport.authenticate(body, request.headers)
        messages = transport.parse(body, request.headers, request.content_type or "")
    except WebhookRefused as refusal:
        logger.warning("%s webhook refused with %s: %s", name, refusal.status, refusal.reason)
        return JsonResponse({"detail": refusal.message}, status=refusal.status)
    stored = duplicates = 0
    for message in messages:
        try:
            result = inbound_message_receive(message=message)
        except ApplicationError as exc:
            logger.warning("%s webhook: message %s refused: %s", name, message.message_id, exc.message)
            return JsonResponse({"detail": exc.message}, status=400)
        stored += result.created
        duplicates += not result.created
    return JsonResponse({"ok": True, "stored": stored, "duplicates": duplicates})


def _body(request: HttpRequest) -> bytes:
    """The raw body, refused unread when it announces more than the cap."""
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if not declared.isdigit():
        raise Malformed(_("Content-Length tidak sah."), reason=f"content length {declared!r}")
    too_large = TooLarge(
        _("Isi permintaan melebihi batas %(size)s bait.") % {"size": MAX_BODY_BYTES},
        reason=f"body of {declared} bytes",
    )
    if int(declared) > MAX_BODY_BYTES:
        raise too_large
    body = request.body
    if len(body) > MAX_BODY_BYTES:
        raise too_large
    return body
