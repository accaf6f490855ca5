"""Loads the Kalimantan Timur demo into the database through the same services as live data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from waspada.accounts.enums import Role
from waspada.accounts.models import User
from waspada.audit.models import AuditEvent
from waspada.audit.services import audit_record
from waspada.demo.scenarios import PERSONAS, DemoReport, build_demo_reports
from waspada.intake.imports import ImportResult, ImportRow, reports_import
from waspada.monitoring.models import FeedSource
from waspada.monitoring.services import feed_source_create
from waspada.regions.models import Region


def demo_is_loaded() -> bool:
    return AuditEvent.objects.filter(action="demo.load").exists()


def demo_personas() -> list[tuple[str, str]]:
    return [(p.username, f"{p.full_name} — {Role(p.role).label} ({p.region_code})") for p in PERSONAS]


def demo_users_ensure() -> dict[str, User]:
    users: dict[str, User] = {}
    for persona in PERSONAS:
        first, _space, last = persona.full_name.partition(" ")
        user, created = User.objects.get_or_create(
            username=persona.username,
            defaults={
                "first_name": first,
                "last_name": last,
                "role": persona.role,
                "is_staff": persona.role == Role.ADMIN,
                "is_superuser": persona.role == Role.ADMIN,
            },
        )
        if created:
            user.set_password(settings.WASPADA_DEMO_PASSWORD)
            user.save()
            region = Region.objects.get(code=persona.region_code)
            user.regions.set([region])
        users[persona.username] = user
    return users


def _row(number: int, report: DemoReport) -> ImportRow:
    return ImportRow(
        line=number,
        external_id=report.external_id,
        channel=report.channel,
        occurred_at=report.occurred_at,
        received_at=report.received_at,
        title=report.title,
        text=report.text,
        region_code=report.region_code,
        source=report.source_name,
        marking=report.marking,
        reliability=report.reliability,
        credibility=report.credibility,
        extra={"who": report.who, "why": report.why, "opinion": report.opinion},
    )


# Kalimantan Timur outlets with their feeds (name, feed URL, kab/kota covered or None for the province,
# reliability). Disabled: the demo runs without internet; an administrator checks each URL before enabling it.
DEMO_FEEDS: tuple[tuple[str, str, str | None, str], ...] = (
    ("Antara Kaltim", "https://kaltim.antaranews.com/rss/terkini.xml", None, "B"),
    ("Tribun Kaltim", "https://kaltim.tribunnews.com/rss", None, "C"),
    ("Kaltim Post", "https://kaltimpost.jawapos.com/feed", None, "C"),
    ("Kaltim Today", "https://kaltimtoday.co/feed", None, "C"),
    ("Sapos (Samarinda Pos)", "https://sapos.co.id/feed", "64.72", "C"),
    ("Niaga Asia", "https://www.niaga.asia/feed/", None, "C"),
)


def demo_feed_sources_ensure() -> list[FeedSource]:
    existing = set(FeedSource.objects.values_list("name", flat=True))
    return [
        feed_source_create(
            actor=None,
            actor_label="demo",
            name=name,
            feed_url=url,
            region_code=region,
            reliability=reliability,
            enabled=False,
        )
        for name, url, region, reliability in DEMO_FEEDS
        if name not in existing
    ]


def demo_load(*, now: dt.datetime | None = None, progress: Callable[[int], None] | None = None) -> ImportResult:
    now = now or timezone.now()
    users = demo_users_ensure()
    demo_feed_sources_ensure()
    reports = build_demo_reports(now)
    authors = {r.external_id: users.get(r.author) if r.author else None for r in reports}
    result = reports_import(
        [_row(n, r) for n, r in enumerate(reports, start=1)],
        actor_label="demo",
        progress=progress,
        author_for=lambda row: authors.get(row.external_id),
    )
    with transaction.atomic():
        audit_record(
            action="demo.load",
            actor_label="demo",
            summary=f"{result.created} laporan demo",
            data={"created": result.created, "skipped": result.skipped_existing},
        )
    return result
