"""Who may manage news sources, which sources they see, and how healthy each one is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from waspada.accounts.enums import Role
from waspada.accounts.permissions import region_in_scope, region_q
from waspada.intake.selectors import reports_for_user
from waspada.monitoring.enums import ItemOutcome
from waspada.monitoring.models import FeedItem, FeedSource

# Kept here until accounts.permissions gains a "monitoring.manage" action (same roles).
MANAGER_ROLES = frozenset({Role.ADMIN, Role.ANALIS_PROVINSI})
HEALTH_DAYS = 7


def can_manage_sources(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.role in MANAGER_ROLES)


def source_in_scope(user: Any, source: FeedSource) -> bool:
    """A source covering a kab/kota belongs to it; one without a region belongs to the home province."""
    return region_in_scope(user, source.region_id or settings.WASPADA_HOME_REGION)


def feed_sources_for_user(user: Any) -> QuerySet[FeedSource]:
    if not can_manage_sources(user):
        return FeedSource.objects.none()
    scope = region_q(user, "region__code")
    if region_in_scope(user, settings.WASPADA_HOME_REGION):
        scope |= Q(region__isnull=True)
    return FeedSource.objects.filter(scope).select_related("region")


def get_feed_source_for_user(user: Any, pk: int) -> FeedSource | None:
    return feed_sources_for_user(user).filter(pk=pk).first()


@dataclass(frozen=True)
class DayCount:
    day: dt.date
    count: int
    index: int
    bar_height: int  # of 24 pixels, relative to the busiest day of the week shown

    @property
    def bar_x(self) -> int:
        return self.index * 10

    @property
    def bar_y(self) -> int:
        return 25 - self.bar_height


@dataclass(frozen=True)
class SourceHealth:
    source: FeedSource
    state: str  # sehat · bermasalah · nonaktif · belum
    state_label: str
    level_class: str  # reuses the level colours: normal (green), siaga (orange), awas (red), none (grey)
    days: tuple[DayCount, ...]
    week_total: int
    total: int
    poll_due: bool

    @property
    def per_day(self) -> float:
        return round(self.week_total / len(self.days), 1) if self.days else 0.0


def _state(source: FeedSource) -> tuple[str, str, str]:
    if not source.enabled:
        return "nonaktif", str(_("Nonaktif")), "none"
    if source.consecutive_failures >= 3:
        return "bermasalah", str(_("Gagal berulang")), "awas"
    if source.consecutive_failures:
        return "bermasalah", str(_("Gagal terakhir kali")), "siaga"
    if source.last_success_at is None:
        return "belum", str(_("Belum pernah diperiksa")), "none"
    return "sehat", str(_("Sehat")), "normal"


def sources_health(sources: list[FeedSource], *, now: dt.datetime | None = None) -> list[SourceHealth]:
    """Per source: state, new articles per day over the last seven days (local time) and in total."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    first_day = today - dt.timedelta(days=HEALTH_DAYS - 1)
    since = timezone.make_aware(dt.datetime.combine(first_day, dt.time.min))
    ids = [s.pk for s in sources]
    stored = FeedItem.objects.filter(source_id__in=ids, outcome=ItemOutcome.NEW)
    per_day: dict[tuple[int, dt.date], int] = {
        (row["source_id"], row["day"]): row["n"]
        for row in stored.filter(fetched_at__gte=since)
        .annotate(day=TruncDate("fetched_at", tzinfo=timezone.get_current_timezone()))
        .values("source_id", "day")
        .annotate(n=Count("id"))
    }
    totals = {row["source_id"]: row["n"] for row in stored.values("source_id").annotate(n=Count("id"))}
    health = []
    for source in sources:
        counts = [per_day.get((source.pk, first_day + dt.timedelta(days=i)), 0) for i in range(HEALTH_DAYS)]
        busiest = max(counts) or 1
        state, label, level_class = _state(source)
        health.append(
            SourceHealth(
                source=source,
                state=state,
                state_label=label,
                level_class=level_class,
                days=tuple(
                    DayCount(first_day + dt.timedelta(days=i), n, i, round(24 * n / busiest))
                    for i, n in enumerate(counts)
                ),
                week_total=sum(counts),
                total=totals.get(source.pk, 0),
                poll_due=source.enabled and source.next_poll_at <= now,
            )
        )
    return health


@dataclass(frozen=True)
class RecentItem:
    item: FeedItem
    report: Any  # the report, when the viewer may see it


def recent_items_for_user(user: Any, source: FeedSource, *, limit: int = 20) -> tuple[list[RecentItem], int]:
    """The latest articles of a source, each with its report if the viewer may see it; and how many are hidden."""
    items = list(FeedItem.objects.filter(source=source)[:limit])
    visible = {r.pk: r for r in reports_for_user(user).filter(pk__in=[i.report_id for i in items if i.report_id])}
    rows = [RecentItem(item, visible.get(item.report_id)) for item in items if item.report_id in visible]
    return rows, len(items) - len(rows)


def duplicates_of_source(source: FeedSource) -> int:
    """Articles of this source recognised as the same title and text as one already stored."""
    return FeedItem.objects.filter(source=source, outcome=ItemOutcome.DUPLICATE).count()
