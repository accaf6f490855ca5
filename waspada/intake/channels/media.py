"""Photos and files senders attach on Telegram and WhatsApp become attachments of their report.

The webhook only notes the provider's reference and marks the media pending; after the report is committed a
worker fetches the file (`inbound_media_fetch`) and stores it through the same check web uploads go through
(`attachments.clean_content`: type by content, 5 MB, EXIF/GPS removed). Network trouble and 5xx are tried again
with growing pauses a bounded number of times; a refusal, a file too large or not an image is recorded on the
inbound message and shown on the report page. The report never depends on its media.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from typing import Protocol

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from waspada.audit.services import audit_record
from waspada.core.enums import Channel
from waspada.core.exceptions import ApplicationError
from waspada.intake import attachments
from waspada.intake.attachments import CleanFile, attachments_store, clean_content
from waspada.intake.channels import telegram, whatsapp
from waspada.intake.channels.base import Downloaded, Incoming, MediaUnavailable, MessageKind
from waspada.intake.enums import MediaStatus
from waspada.intake.models import Attachment, InboundMessage, Report

logger = logging.getLogger(__name__)

# What the upload path accepts; anything a provider declares otherwise is not fetched at all.
ACCEPTED_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "application/pdf"})
FETCHED_KINDS = frozenset({"photo", "document"})
# 30 s, 1, 2, 4 minutes: five tries span about eight minutes of provider trouble (a WhatsApp media URL lives five).
MAX_MEDIA_ATTEMPTS = 5
FIRST_MEDIA_RETRY = dt.timedelta(seconds=30)
# Two bounded GETs take at most two minutes; a worker that died mid-fetch leaves the media due again after this.
FETCH_LEASE = dt.timedelta(minutes=3)


class MediaFetcher(Protocol):
    def can_fetch_media(self) -> bool: ...

    def fetch_media(
        self, ref: str, /, *, max_bytes: int, too_large: str, accepted_types: frozenset[str]
    ) -> Downloaded: ...


FETCHERS: dict[str, MediaFetcher] = {Channel.TELEGRAM: telegram, Channel.WHATSAPP: whatsapp}


def media_label(media_kind: str) -> str:
    labels = {
        "photo": _("Foto"),
        "voice": _("Pesan suara"),
        "audio": _("Audio"),
        "video": _("Video"),
        "video_note": _("Video"),
        "animation": _("Video"),
        "document": _("Dokumen"),
    }
    return labels.get(media_kind, _("Berkas"))


def _not_fetched_types() -> str:
    return _("hanya foto, gambar JPEG, PNG, WebP dan PDF yang disimpan sebagai lampiran")


def media_plan(message: Incoming) -> tuple[str, str]:
    """How a message's media starts out: pending for the worker, or skipped with the reason it will not be fetched."""
    if message.kind != MessageKind.MEDIA or not message.media_ref:
        return MediaStatus.NONE, ""
    if message.media_kind not in FETCHED_KINDS:
        return MediaStatus.SKIPPED, _not_fetched_types()
    declared = message.media_mime_type.split(";", 1)[0].strip().lower()
    if declared and declared not in ACCEPTED_TYPES:
        return MediaStatus.SKIPPED, _("jenis %(type)s tidak diambil; %(only)s") % {
            "type": declared[:50],
            "only": _not_fetched_types(),
        }
    fetcher = FETCHERS.get(message.channel)
    if fetcher is None or not fetcher.can_fetch_media():
        return MediaStatus.SKIPPED, _("pengambilan berkas lewat kanal ini belum diatur (lihat docs/channels.md)")
    return MediaStatus.PENDING, ""


def inbound_media_enqueue(inbound_id: int, attempt: int, *, run_after: dt.datetime | None = None) -> None:
    from waspada.intake.tasks import fetch_inbound_media

    try:
        task = fetch_inbound_media if run_after is None else fetch_inbound_media.using(run_after=run_after)
        task.enqueue(inbound_id, attempt)
    except Exception:
        # The media stays pending and due; `inbound_media_requeue_due` queues it again.
        logger.exception("could not queue the media of inbound message %s", inbound_id)


def media_retry_delay(attempts: int) -> dt.timedelta:
    delay: dt.timedelta = FIRST_MEDIA_RETRY * 2 ** max(attempts - 1, 0)
    return delay


def inbound_media_fetch(*, inbound_id: int, attempt: int) -> str | None:
    """Fetch one message's media; `attempt` is how many tries the queuer saw, so each try runs once however queued.

    Returns the media status after this try, or None when another worker had already taken it.
    """
    claimed = InboundMessage.objects.filter(
        pk=inbound_id, media_status=MediaStatus.PENDING, media_attempts=attempt
    ).update(media_attempts=attempt + 1, media_next_attempt_at=timezone.now() + FETCH_LEASE)
    if not claimed:
        return None
    inbound = InboundMessage.objects.select_related("report").get(pk=inbound_id)
    mine = InboundMessage.objects.filter(pk=inbound_id, media_status=MediaStatus.PENDING, media_attempts=attempt + 1)
    with translation.override(settings.LANGUAGE_CODE):
        skipped = permanent = False
        try:
            clean = _fetch_clean(inbound)
        except MediaUnavailable as exc:
            reason, permanent, skipped = exc.reason, exc.permanent, exc.skipped
        except ApplicationError as exc:  # the upload check refused it: not an image or PDF, or too large
            reason, permanent = exc.message, True
        except Exception as exc:
            logger.exception("fetching the media of inbound message %s failed unexpectedly", inbound_id)
            reason = _("kesalahan tak terduga (%(kind)s)") % {"kind": type(exc).__name__}
        else:
            return _store(inbound, clean, attempt=attempt)
        reason = reason[:500]
        if skipped or permanent or attempt + 1 >= MAX_MEDIA_ATTEMPTS:
            status = MediaStatus.SKIPPED if skipped else MediaStatus.FAILED
            with transaction.atomic():
                if mine.update(media_status=status, media_error=reason, media_next_attempt_at=None):
                    audit_record(
                        action="report.media_skipped" if skipped else "report.media_failed",
                        actor_label=inbound.channel,
                        target=inbound.report or inbound,
                        summary=reason[:300],
                        data={"inbound_id": inbound.pk, "channel": inbound.channel, "attempts": attempt + 1},
                    )
            logger.warning("media of inbound message %s not stored (%s): %s", inbound_id, status, reason)
            return status
        next_attempt_at = timezone.now() + media_retry_delay(attempt + 1)
        if mine.update(media_next_attempt_at=next_attempt_at, media_error=reason):
            inbound_media_enqueue(inbound_id, attempt + 1, run_after=next_attempt_at)
        return MediaStatus.PENDING


def _fetch_clean(inbound: InboundMessage) -> CleanFile:
    if inbound.report is None:
        raise MediaUnavailable(_("laporannya sudah tidak ada"), permanent=True, skipped=True)
    fetcher = FETCHERS.get(inbound.channel)
    if fetcher is None or not fetcher.can_fetch_media():
        raise MediaUnavailable(
            _("pengambilan berkas lewat kanal ini belum diatur (lihat docs/channels.md)"), permanent=True, skipped=True
        )
    limit_mb = attachments.MAX_FILE_BYTES // (1024 * 1024)
    downloaded = fetcher.fetch_media(
        inbound.media_ref,
        max_bytes=attachments.MAX_FILE_BYTES,
        too_large=_("berkas lebih dari %(mb)s MB") % {"mb": limit_mb},
        accepted_types=ACCEPTED_TYPES,
    )
    name = f"{media_label(inbound.media_kind).lower().replace(' ', '-')}-{inbound.channel}-{inbound.pk}"
    return clean_content(downloaded.body, name=name)


def _store(inbound: InboundMessage, clean: CleanFile, *, attempt: int) -> str | None:
    report = inbound.report
    assert report is not None  # _fetch_clean refused a message without one
    with transaction.atomic():
        # The conditional update is the gate: of a retry and a late first try, only one stores the file.
        taken = InboundMessage.objects.filter(
            pk=inbound.pk, media_status=MediaStatus.PENDING, media_attempts=attempt + 1
        ).update(media_status=MediaStatus.STORED, media_error="", media_next_attempt_at=None)
        if not taken:
            return None
        digest = hashlib.sha256(clean.content).hexdigest()
        attachment = Attachment.objects.filter(report=report, sha256=digest).first()
        if attachment is None:
            (attachment,) = attachments_store(report=report, files=[clean])
        InboundMessage.objects.filter(pk=inbound.pk).update(media_attachment=attachment)
        audit_record(
            action="report.media_stored",
            actor_label=inbound.channel,
            target=report,
            summary=attachment.original_name,
            data={
                "inbound_id": inbound.pk,
                "attachment_id": attachment.pk,
                "content_type": attachment.content_type,
                "size": attachment.size,
            },
        )
    return MediaStatus.STORED


def inbound_media_requeue_due(*, now: dt.datetime | None = None, limit: int = 200) -> int:
    """Queue again media whose retry was lost or whose worker died mid-fetch (its lease ran out).

    Retries are queued to run at their time, so this takes only those a full lease overdue.
    """
    now = now or timezone.now()
    due = list(
        InboundMessage.objects.filter(media_status=MediaStatus.PENDING, media_next_attempt_at__lte=now - FETCH_LEASE)
        .order_by("media_next_attempt_at")
        .values_list("pk", "media_attempts")[:limit]
    )
    queued = 0
    for inbound_id, attempts in due:
        taken = InboundMessage.objects.filter(
            pk=inbound_id, media_status=MediaStatus.PENDING, media_attempts=attempts
        ).update(media_next_attempt_at=now)
        if taken:
            inbound_media_enqueue(inbound_id, attempts)
            queued += 1
    return queued


def media_notes_for_report(report: Report) -> list[str]:
    """One line per photo or file of the report's messages that is not (yet) an attachment, for the staff."""
    notes = []
    rows = InboundMessage.objects.filter(
        report=report, media_status__in=[MediaStatus.PENDING, MediaStatus.FAILED, MediaStatus.SKIPPED]
    ).order_by("received_at", "pk")
    for row in rows.only("channel", "media_kind", "media_status", "media_error"):
        values = {
            "media": media_label(row.media_kind),
            "channel": Channel(row.channel).label,
            "reason": row.media_error,
        }
        if row.media_status == MediaStatus.FAILED:
            notes.append(_("%(media)s dari %(channel)s tidak dapat diambil: %(reason)s") % values)
        elif row.media_status == MediaStatus.SKIPPED:
            notes.append(_("%(media)s dari %(channel)s tidak diambil: %(reason)s") % values)
        elif row.media_error:
            notes.append(_("%(media)s dari %(channel)s sedang diambil; percobaan terakhir: %(reason)s") % values)
        else:
            notes.append(_("%(media)s dari %(channel)s sedang diambil.") % values)
    return notes
