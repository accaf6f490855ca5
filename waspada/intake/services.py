"""Every channel ends here: one service writes a report durably and queues its analysis."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from waspada.accounts.permissions import can, region_in_scope
from waspada.audit.services import audit_record
from waspada.core.db import insert_instance, row_by_unique
from waspada.core.enums import Channel, Credibility, Marking, Reliability
from waspada.core.exceptions import ApplicationError
from waspada.core.text import clean_text
from waspada.intake.attachments import CleanFile, attachments_store
from waspada.intake.enums import AnalysisStatus, SourceKind
from waspada.intake.models import Report, Source
from waspada.intake.sealing import seal
from waspada.regions.models import Region, RegionLevel, kabkota_code

logger = logging.getLogger(__name__)

# A clock a little fast on a phone must not refuse a report; a date far in the future is a typing error.
FUTURE_TOLERANCE = dt.timedelta(minutes=15)
TITLE_MAX = 200
TEXT_MAX = 20_000


@dataclass(frozen=True)
class SubmitResult:
    report: Report
    created: bool


def source_get_or_create(*, name: str, kind: str = SourceKind.PUBLIC, reliability: str = "F") -> Source:
    source, _created = Source.objects.get_or_create(
        name=clean_text(name, max_length=150, single_line=True),
        defaults={"kind": kind, "reliability": reliability},
    )
    return source


def _existing(external_id: str | None, idempotency_key: str | None) -> Report | None:
    if external_id:
        found = next(iter(Report.objects.filter(external_id=external_id).order_by()[:1]), None)
        if found:
            return found
    if idempotency_key:
        return next(iter(Report.objects.filter(idempotency_key=idempotency_key).order_by()[:1]), None)
    return None


def report_submit(
    *,
    channel: str,
    title: str,
    text: str,
    actor: Any = None,
    actor_label: str = "",
    region_code: str | None = None,
    occurred_at: dt.datetime | None = None,
    received_at: dt.datetime | None = None,
    who: str = "",
    why: str = "",
    opinion: str = "",
    location_detail: str = "",
    source: Source | None = None,
    source_detail: str = "",
    reliability: str = Reliability.F,
    credibility: int = Credibility.UNKNOWN,
    marking: str = Marking.TERBATAS,
    external_id: str | None = None,
    idempotency_key: str | None = None,
    enqueue_analysis: bool = True,
    with_tracking_code: bool = False,
    contact: str = "",
    latitude: float | None = None,
    longitude: float | None = None,
    source_relation: str = "",
    obtained_how: str = "",
    obtained_at: dt.datetime | None = None,
    attachments: list[CleanFile] | None = None,
) -> SubmitResult:
    """Store one report; a repeat of the same external id or idempotency key returns the first one."""
    if actor is not None and getattr(actor, "is_authenticated", False) and not can(actor, "report.submit"):
        raise ApplicationError(_("Peran Anda tidak dapat mengirim laporan."))
    if channel not in Channel.values:
        raise ApplicationError(_("Kanal tidak dikenal: %(channel)s") % {"channel": channel})
    if marking not in Marking.values:
        raise ApplicationError(_("Klasifikasi tidak dikenal: %(marking)s") % {"marking": marking})
    if reliability not in Reliability.values:
        raise ApplicationError(_("Keandalan sumber harus A–F."))
    if credibility not in Credibility.values:
        raise ApplicationError(_("Kredibilitas informasi harus 1–6."))
    title = clean_text(title, max_length=TITLE_MAX, single_line=True)
    text = clean_text(text, max_length=TEXT_MAX)
    if not title:
        raise ApplicationError(_("Judul laporan wajib diisi."))
    if not text:
        raise ApplicationError(_("Isi laporan (fakta) wajib diisi."))
    external_id = clean_text(external_id, max_length=200, single_line=True) or None
    idempotency_key = clean_text(idempotency_key, max_length=100, single_line=True) or None

    now = timezone.now()
    received_at = received_at or now
    occurred_at = occurred_at or received_at
    if occurred_at > max(received_at, now) + FUTURE_TOLERANCE:
        raise ApplicationError(_("Waktu kejadian tidak boleh di masa depan."))

    region = _resolve_region(region_code, actor)
    if (latitude is None) != (longitude is None) or (
        latitude is not None and longitude is not None and not (-90 <= latitude <= 90 and -180 <= longitude <= 180)
    ):
        raise ApplicationError(_("Titik lokasi tidak sah."))

    # A provider's retry of the same message is common: look first. A repeated idempotency key is rare (a client
    # retrying after a lost answer): the unique constraint catches it below, sparing every submission a query.
    existing = _existing(external_id, None)
    if existing is not None:
        return SubmitResult(existing, created=False)
    try:
        with transaction.atomic():
            # the lean insert: every submission from every channel comes through here
            report = insert_instance(
                Report(
                    channel=channel,
                    external_id=external_id,
                    idempotency_key=idempotency_key,
                    title=title,
                    text=text,
                    who=clean_text(who, max_length=500, single_line=True),
                    why=clean_text(why, max_length=TEXT_MAX),
                    opinion=clean_text(opinion, max_length=TEXT_MAX),
                    location_detail=clean_text(location_detail, max_length=300, single_line=True),
                    region=region,
                    kabkota_id=kabkota_code(region.code) if region and region.level >= RegionLevel.KABKOTA else None,
                    occurred_at=occurred_at,
                    received_at=received_at,
                    source=source,
                    source_detail=clean_text(source_detail, max_length=300, single_line=True),
                    reliability=reliability,
                    credibility=credibility,
                    marking=marking,
                    author=actor if getattr(actor, "is_authenticated", False) else None,
                    analysis_queued_at=now if enqueue_analysis else None,
                    tracking_code=new_tracking_code() if with_tracking_code else None,
                    contact_sealed=seal(clean_text(contact, max_length=200, single_line=True)),
                    latitude=latitude,
                    longitude=longitude,
                    source_relation=clean_text(source_relation, max_length=200, single_line=True),
                    obtained_how=clean_text(obtained_how, max_length=200, single_line=True),
                    obtained_at=obtained_at,
                )
            )
            if attachments:
                attachments_store(report=report, files=attachments)
            audit_record(
                action="report.submit",
                actor=actor,
                actor_label=actor_label or (channel if actor is None else ""),
                target=report,
                summary=report.title,
                data={"channel": channel, "external_id": external_id},
            )
            if enqueue_analysis:
                transaction.on_commit(lambda: analysis_enqueue(report.pk))
    except IntegrityError:
        # Two deliveries of the same message raced; the other one won and holds the report.
        existing = _existing(external_id, idempotency_key)
        if existing is None:
            raise
        return SubmitResult(existing, created=False)
    return SubmitResult(report, created=True)


# No 0/O, 1/I/L: a code read out over the phone or copied by hand must survive.
_TRACKING_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_tracking_code() -> str:
    body = "".join(secrets.choice(_TRACKING_ALPHABET) for _ in range(8))
    return f"WSP-{body[:4]}-{body[4:]}"


def _resolve_region(region_code: str | None, actor: Any) -> Region | None:
    code = clean_text(region_code, max_length=13, single_line=True)
    if not code:
        return Region.objects.filter(code=settings.WASPADA_HOME_REGION).first()
    # Only what is needed here (a region row may carry a large boundary geometry), on every submission: the lean lookup.
    region = row_by_unique(Region, "code", code, only=("code", "name", "level"))
    if region is None:
        raise ApplicationError(_("Kode wilayah tidak dikenal: %(code)s") % {"code": code})
    if getattr(actor, "is_authenticated", False) and not region_in_scope(actor, region.code):
        raise ApplicationError(_("Wilayah %(name)s di luar wilayah tugas Anda.") % {"name": region.name})
    return region


def analysis_enqueue(report_id: int) -> None:
    from waspada.analysis.tasks import analyse_report

    try:
        analyse_report.enqueue(report_id)
    except Exception:
        # The report is stored and marked pending; the scheduler's sweep queues it again.
        logger.exception("could not queue analysis of report %s", report_id)


def reports_requeue_stale(*, older_than: dt.timedelta) -> int:
    """Queue again the reports whose analysis never finished (worker crash, queue loss)."""
    cutoff = timezone.now() - older_than
    stale = list(
        Report.objects.filter(
            analysis_status=AnalysisStatus.PENDING, analysis_queued_at__lt=cutoff, analysis_attempts__lt=5
        ).values_list("pk", flat=True)[:500]
    )
    if stale:
        Report.objects.filter(pk__in=stale).update(analysis_queued_at=timezone.now())
        for report_id in stale:
            analysis_enqueue(report_id)
    return len(stale)
