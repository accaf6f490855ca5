"""Messages from SMS, Telegram and WhatsApp become reports; replies leave through the outbox, retried until sent."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from waspada.accounts.permissions import can
from waspada.audit.services import audit_record
from waspada.core.enums import Channel, Marking
from waspada.core.exceptions import ApplicationError
from waspada.core.text import clean_text
from waspada.intake.channels import sms, telegram, whatsapp
from waspada.intake.channels.base import DeliveryError, Incoming, MessageKind, Transport, scrub, title_from_text
from waspada.intake.channels.media import inbound_media_enqueue, media_label, media_plan
from waspada.intake.enums import DeliveryStatus, MediaStatus, SourceKind
from waspada.intake.models import InboundMessage, OutboundMessage, Report
from waspada.intake.sealing import seal, unseal
from waspada.intake.services import report_submit, source_get_or_create

logger = logging.getLogger(__name__)

TRANSPORTS: dict[str, Transport] = {Channel.SMS: sms, Channel.TELEGRAM: telegram, Channel.WHATSAPP: whatsapp}
MESSAGING_CHANNELS = frozenset(TRANSPORTS)
# 30 s, 1, 2, 4, … minutes, at most an hour apart: ten attempts span about three hours of provider trouble.
MAX_ATTEMPTS = 10
FIRST_RETRY = dt.timedelta(seconds=30)
LONGEST_RETRY = dt.timedelta(hours=1)
# While one worker sends a message nobody else may; if that worker dies mid-send the message is due again after.
SEND_LEASE = dt.timedelta(minutes=2)
# A message the scheduler queued is queued again only if no worker has taken it within this time.
QUEUE_LEASE = dt.timedelta(minutes=5)
# A location shared this soon after a report completes that report instead of starting another.
FOLLOW_UP_WINDOW = dt.timedelta(minutes=30)
# Analysts see that a new report comes from the sender of an earlier one up to this far back.
SAME_SENDER_WINDOW = dt.timedelta(days=30)
# A gateway with a broken clock must not date a report decades back.
OLDEST_SENT_AT = dt.timedelta(days=365)
# The window of WASPADA_CHANNEL_SENDER_LIMIT_PER_HOUR.
SENDER_LIMIT_WINDOW = dt.timedelta(hours=1)
QUESTION_MAX = 1000


def transport_for(channel: str) -> Transport | None:
    return TRANSPORTS.get(channel)


@dataclass(frozen=True)
class ReceiveResult:
    inbound: InboundMessage
    report: Report | None
    created: bool


def sender_key(channel: str, sender: str) -> str:
    """A pseudonym for one sender on one channel: the same for all their messages, never readable as a number."""
    message = f"waspada-sender-pseudonym:{channel}:{sender}".encode()
    digest = hmac.new(settings.WASPADA_SEAL_KEY.encode(), message, hashlib.sha256)
    return digest.hexdigest()[:24]


def inbound_message_receive(*, message: Incoming) -> ReceiveResult:
    """Store one message and what it makes (a report, a reply, a media fetch); a provider's retry changes nothing.

    A sender over the hourly limit has the message stored all the same, but it makes no report and no reply.
    """
    pseudonym = sender_key(message.channel, message.sender)
    key = f"{pseudonym}:{message.message_id}"[:200]
    stored = _stored(message.channel, key)
    if stored is not None:
        return ReceiveResult(stored, stored.report, created=False)
    try:
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
            # The message row is written first: of two deliveries racing, the second fails here, storing nothing.
            inbound = InboundMessage.objects.create(
                channel=message.channel,
                provider_message_id=key,
                sender_key=pseudonym,
                sender_sealed=seal(message.sender),
                payload=scrub(message.payload),
                media_kind=message.media_kind[:20],
                media_ref=message.media_ref[:300],
            )
            if _over_sender_limit(message.channel, pseudonym):
                inbound.over_limit = True
                inbound.save(update_fields=["over_limit"])
                logger.warning(
                    "%s sender %s is over the hourly limit; message %s stored only",
                    message.channel,
                    pseudonym,
                    inbound.pk,
                )
                return ReceiveResult(inbound, None, created=True)
            report, reply = _act(message, key=key, sender=pseudonym)
            if report is not None:
                inbound.report = report
                inbound.media_status, inbound.media_error = media_plan(message)
                if inbound.media_status == MediaStatus.PENDING:
                    # Due now: if the queue entry below is lost, the sweep finds it by this time.
                    inbound.media_next_attempt_at = timezone.now()
                    transaction.on_commit(lambda: inbound_media_enqueue(inbound.pk, 0))
                inbound.save(update_fields=["report", "media_status", "media_error", "media_next_attempt_at"])
            outbound_queue(channel=message.channel, recipient_sealed=inbound.sender_sealed, text=reply, report=report)
    except IntegrityError:
        stored = _stored(message.channel, key)
        if stored is None:
            raise
        return ReceiveResult(stored, stored.report, created=False)
    return ReceiveResult(inbound, report, created=True)


def _stored(channel: str, key: str) -> InboundMessage | None:
    return InboundMessage.objects.select_related("report").filter(channel=channel, provider_message_id=key).first()


def _over_sender_limit(channel: str, pseudonym: str) -> bool:
    """Counted in the database (this message included), so every web worker sees the same count."""
    recent = InboundMessage.objects.filter(
        channel=channel, sender_key=pseudonym, received_at__gte=timezone.now() - SENDER_LIMIT_WINDOW
    )
    return recent.count() > settings.WASPADA_CHANNEL_SENDER_LIMIT_PER_HOUR


def _act(message: Incoming, *, key: str, sender: str) -> tuple[Report | None, str]:
    if message.kind == MessageKind.GREETING:
        return None, _(
            "Selamat datang di layanan laporan kewaspadaan dini. Kirim laporan berupa teks, foto, atau lokasi; "
            "identitas Anda kami rahasiakan."
        )
    if message.kind == MessageKind.UNSUPPORTED:
        return None, _("Maaf, jenis pesan ini belum dapat kami terima. Kirim laporan berupa teks, foto, atau lokasi.")
    previous = _latest_report_of_sender(message.channel, sender)
    if (
        message.kind == MessageKind.LOCATION
        and previous is not None
        and previous[1] >= timezone.now() - FOLLOW_UP_WINDOW
        and previous[0].latitude is None
    ):
        report = report_locate(
            report=previous[0],
            latitude=message.latitude,
            longitude=message.longitude,
            place=message.place,
            actor_label=message.channel,
        )
        return report, _("Lokasi ditambahkan ke laporan %(code)s. Terima kasih.") % {"code": _code(report)}
    report = _report_from(message, key=key, previous=previous[0] if previous else None)
    return report, _(
        "Laporan Anda diterima. Kode pelacakan: %(code)s. Simpan kode ini untuk menanyakan perkembangannya. "
        "Terima kasih."
    ) % {"code": _code(report)}


def _code(report: Report) -> str:
    return report.tracking_code or f"#{report.pk}"


def _latest_report_of_sender(channel: str, pseudonym: str) -> tuple[Report, dt.datetime] | None:
    latest = (
        InboundMessage.objects.select_related("report")
        .filter(
            channel=channel,
            sender_key=pseudonym,
            report__isnull=False,
            received_at__gte=timezone.now() - SAME_SENDER_WINDOW,
        )
        .order_by("-received_at", "-id")
        .first()
    )
    if latest is None or latest.report is None:
        return None
    return latest.report, latest.received_at


def _report_from(message: Incoming, *, key: str, previous: Report | None) -> Report:
    channel_label = Channel(message.channel).label
    text = message.text
    notes: list[str] = []
    if message.kind == MessageKind.MEDIA:
        label = media_label(message.media_kind)
        text = text or _("%(media)s tanpa keterangan") % {"media": label}
        notes.append(
            _("%(media)s dikirim lewat %(channel)s (ref: %(ref)s).")
            % {"media": label, "channel": channel_label, "ref": message.media_ref}
        )
    if message.kind == MessageKind.LOCATION and not text:
        point = {"place": message.place, "lat": message.latitude, "lng": message.longitude}
        if message.place:
            text = _("Pelapor membagikan lokasi: %(place)s (%(lat).5f, %(lng).5f).") % point
        else:
            text = _("Pelapor membagikan lokasi (%(lat).5f, %(lng).5f).") % point
    if previous is not None:
        notes.append(_("Pengirim sama dengan laporan %(code)s.") % {"code": _code(previous)})
    return report_submit(
        channel=message.channel,
        title=title_from_text(text),
        text=text,
        marking=Marking.TERBATAS,
        external_id=f"{message.channel}:{key}",
        with_tracking_code=True,
        contact=message.sender,
        latitude=message.latitude,
        longitude=message.longitude,
        location_detail=message.place,
        occurred_at=_occurred_at(message.sent_at),
        source=source_get_or_create(name=_("Kanal %(channel)s") % {"channel": channel_label}, kind=SourceKind.CHANNEL),
        source_detail=" ".join(notes),
    ).report


def _occurred_at(sent_at: dt.datetime | None) -> dt.datetime | None:
    """When the sender's device says it sent the message, unless its clock is plainly wrong."""
    now = timezone.now()
    if sent_at is None or sent_at < now - OLDEST_SENT_AT:
        return None
    return min(sent_at, now)


def report_locate(
    *, report: Report, latitude: float | None, longitude: float | None, place: str, actor_label: str
) -> Report:
    """The sender shared where it happened after reporting it: the point completes their report."""
    if latitude is None or longitude is None:
        raise ApplicationError(_("Titik lokasi tidak sah."))
    with transaction.atomic():
        report = Report.objects.select_for_update().get(pk=report.pk)
        report.latitude, report.longitude = latitude, longitude
        if place and not report.location_detail:
            report.location_detail = clean_text(place, max_length=300, single_line=True)
        report.save(update_fields=["latitude", "longitude", "location_detail"])
        audit_record(
            action="report.locate",
            actor_label=actor_label,
            target=report,
            summary=report.title,
            data={"latitude": latitude, "longitude": longitude},
        )
    return report


def outbound_queue(*, channel: str, recipient_sealed: str, text: str, report: Report | None) -> OutboundMessage:
    """A reply in the outbox, sent after commit; a channel with no way to send keeps it as failed, with why."""
    transport = transport_for(channel)
    if transport is None or not transport.can_send():
        return OutboundMessage.objects.create(
            channel=channel,
            recipient_sealed=recipient_sealed,
            text=text,
            report=report,
            status=DeliveryStatus.FAILED,
            last_error=_("Pengiriman balasan lewat kanal ini belum diatur (lihat docs/channels.md)."),
        )
    outbound = OutboundMessage.objects.create(
        channel=channel, recipient_sealed=recipient_sealed, text=text, report=report
    )
    transaction.on_commit(lambda: outbound_enqueue(outbound.pk, 0))
    return outbound


def outbound_enqueue(message_id: int, attempt: int) -> None:
    from waspada.intake.tasks import send_outbound_message

    try:
        send_outbound_message.enqueue(message_id, attempt)
    except Exception:
        # The message stays pending and due; the scheduler's sweep queues it again.
        logger.exception("could not queue outbound message %s", message_id)


def retry_delay(attempts: int) -> dt.timedelta:
    delay: dt.timedelta = FIRST_RETRY * 2 ** max(attempts - 1, 0)
    return min(delay, LONGEST_RETRY)


def outbound_deliver(*, message_id: int, attempt: int) -> str | None:
    """Send one queued reply; `attempt` is how many tries the queuer saw, so each try runs once however queued.

    Returns the status after this try, or None when another worker had already taken it.
    """
    now = timezone.now()
    claimed = OutboundMessage.objects.filter(pk=message_id, status=DeliveryStatus.PENDING, attempts=attempt).update(
        attempts=attempt + 1, next_attempt_at=now + SEND_LEASE
    )
    if not claimed:
        return None
    outbound = OutboundMessage.objects.get(pk=message_id)
    mine = OutboundMessage.objects.filter(pk=message_id, status=DeliveryStatus.PENDING, attempts=attempt + 1)
    transport = transport_for(outbound.channel)
    permanent, retry_after = False, None
    try:
        if transport is None or not transport.can_send():
            raise DeliveryError(
                _("Pengiriman balasan lewat kanal ini belum diatur (lihat docs/channels.md)."), permanent=True
            )
        transport.send(unseal(outbound.recipient_sealed), outbound.text)
    except DeliveryError as exc:
        error, permanent, retry_after = exc.reason, exc.permanent, exc.retry_after
    except ValueError as exc:  # the recipient was sealed with another key: no retry will open it
        error, permanent = str(exc), True
    except Exception as exc:
        logger.exception("sending outbound message %s failed unexpectedly", message_id)
        error = f"{type(exc).__name__}: {exc}"
    else:
        mine.update(status=DeliveryStatus.SENT, sent_at=timezone.now(), last_error="")
        return DeliveryStatus.SENT
    error = error[:500]
    if permanent or attempt + 1 >= MAX_ATTEMPTS:
        with transaction.atomic():
            if mine.update(status=DeliveryStatus.FAILED, last_error=error):
                audit_record(
                    action="outbound.failed",
                    actor_label="sistem",
                    target=outbound.report or outbound,
                    summary=error[:300],
                    data={"outbound_id": outbound.pk, "channel": outbound.channel, "attempts": attempt + 1},
                )
        logger.warning("outbound message %s failed for good after %s attempts: %s", message_id, attempt + 1, error)
        return DeliveryStatus.FAILED
    delay = retry_delay(attempt + 1)
    if retry_after is not None:
        delay = max(delay, dt.timedelta(seconds=min(retry_after, LONGEST_RETRY.total_seconds())))
    mine.update(next_attempt_at=timezone.now() + delay, last_error=error)
    return DeliveryStatus.PENDING


def outbound_requeue_due(*, now: dt.datetime | None = None, limit: int = 200) -> int:
    """The scheduler's job: queue every pending reply whose time has come (a retry, or a lost queue entry)."""
    now = now or timezone.now()
    due = list(
        OutboundMessage.objects.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at")
        .values_list("pk", "attempts")[:limit]
    )
    queued = 0
    for message_id, attempts in due:
        taken = OutboundMessage.objects.filter(
            pk=message_id, status=DeliveryStatus.PENDING, attempts=attempts, next_attempt_at__lte=now
        ).update(next_attempt_at=now + QUEUE_LEASE)
        if taken:
            outbound_enqueue(message_id, attempts)
            queued += 1
    return queued


def report_ask_sender(*, actor: Any, report: Report, question: str) -> OutboundMessage:
    """Ask the anonymous sender of a report a question, through the channel their report came in on."""
    if not can(actor, "report.triage", report):
        raise ApplicationError(_("Anda tidak berwenang menghubungi pelapor laporan ini."))
    if report.channel not in MESSAGING_CHANNELS or not report.contact_sealed:
        raise ApplicationError(_("Laporan ini tidak datang dari kanal pesan yang dapat dibalas."))
    transport = transport_for(report.channel)
    if transport is None or not transport.enabled() or not transport.can_send():
        raise ApplicationError(
            _("Kanal %(channel)s sedang tidak aktif atau belum dapat mengirim pesan.")
            % {"channel": report.get_channel_display()}
        )
    question = clean_text(question, max_length=QUESTION_MAX)
    if not question:
        raise ApplicationError(_("Pertanyaan wajib diisi."))
    with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
        text = _("Pertanyaan petugas tentang laporan %(code)s: %(question)s") % {
            "code": _code(report),
            "question": question,
        }
        outbound = outbound_queue(
            channel=report.channel, recipient_sealed=report.contact_sealed, text=text, report=report
        )
        audit_record(
            action="report.ask_sender",
            actor=actor,
            target=report,
            summary=question,
            data={"outbound_id": outbound.pk, "channel": report.channel},
        )
    return outbound
