"""News monitoring: feed sources kept by analysts, and the poll that turns each new article into one report."""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from waspada.accounts.permissions import region_in_scope, visible_markings
from waspada.audit.services import audit_record
from waspada.core.enums import Channel, Credibility, Marking, Reliability
from waspada.core.exceptions import ApplicationError
from waspada.core.text import clean_text
from waspada.intake.enums import SourceKind
from waspada.intake.services import report_submit, source_get_or_create
from waspada.monitoring.enums import FetchProblem, ItemOutcome, PollOutcome, TextOrigin
from waspada.monitoring.feeds import (
    FeedEntry,
    FeedUnreadable,
    content_hash,
    extract_article,
    normalise_url,
    parse_feed,
    sha256,
    url_identity,
)
from waspada.monitoring.http import ROBOTS_AGENT, Fetcher, FetchError
from waspada.monitoring.models import POLL_INTERVAL_MAX, POLL_INTERVAL_MIN, FeedItem, FeedSource, RobotsFile
from waspada.monitoring.selectors import can_manage_sources, source_in_scope
from waspada.regions.models import Region, RegionLevel

logger = logging.getLogger(__name__)

# A poll that has held its claim this long is presumed dead (worker killed) and the source may be claimed again.
POLL_LEASE = dt.timedelta(minutes=30)
# A queued poll that has not started after this long is queued again (task lost with its worker).
QUEUE_LEASE = dt.timedelta(minutes=15)
ROBOTS_TTL = dt.timedelta(hours=24)
ROBOTS_RETRY_TTL = dt.timedelta(hours=1)
ROBOTS_MAX_BYTES = 512 * 1024
# Entries looked at per poll (a known entry costs one query; new ones are capped by a setting, as pages cost).
ENTRIES_MAX = 500
# A poll stops taking new articles after this long (the rest come next time), so it ends well inside its lease
# and a worker is not kept from analysing reports by one slow site.
POLL_BUDGET = dt.timedelta(minutes=10)
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
TITLE_MAX = 200
SOURCE_FIELDS = ("name", "feed_url", "region_id", "poll_interval_minutes", "enabled", "reliability", "marking")


# --- Sources, as analysts keep them ---------------------------------------------------------------------------


def _require_manager(actor: Any, source: FeedSource | None = None) -> None:
    """actor None is the system itself (demo loader, commands); a person must be allowed and in scope."""
    if actor is None:
        return
    if not can_manage_sources(actor):
        raise ApplicationError(_("Peran Anda tidak dapat mengelola sumber berita."))
    if source is not None and not source_in_scope(actor, source):
        raise ApplicationError(_("Sumber berita ini di luar wilayah tugas Anda."))


def _validated(
    *,
    actor: Any,
    name: str,
    feed_url: str,
    region_code: str | None,
    poll_interval_minutes: int,
    reliability: str,
    marking: str,
    exclude_pk: int | None = None,
) -> dict[str, Any]:
    name = clean_text(name, max_length=150, single_line=True)
    if not name:
        raise ApplicationError(_("Nama sumber wajib diisi."))
    feed_url = clean_text(feed_url, max_length=1000, single_line=True)
    parts = urlsplit(feed_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApplicationError(_("Alamat feed harus berupa URL http:// atau https://."))
    if not POLL_INTERVAL_MIN <= poll_interval_minutes <= POLL_INTERVAL_MAX:
        raise ApplicationError(
            _("Selang pemeriksaan harus %(low)s–%(high)s menit.")
            % {"low": POLL_INTERVAL_MIN, "high": POLL_INTERVAL_MAX}
        )
    if reliability not in Reliability.values:
        raise ApplicationError(_("Keandalan sumber harus A–F."))
    allowed_markings = visible_markings(actor) if actor is not None else Marking.values
    if marking not in allowed_markings:
        raise ApplicationError(
            _("Klasifikasi tidak dikenal atau di luar kewenangan Anda: %(marking)s") % {"marking": marking}
        )
    region = None
    code = clean_text(region_code, max_length=13, single_line=True)
    if code:
        region = Region.objects.filter(code=code, level=RegionLevel.KABKOTA).first()
        if region is None:
            raise ApplicationError(_("Kode kabupaten/kota tidak dikenal: %(code)s") % {"code": code})
    if actor is not None and not region_in_scope(actor, code or settings.WASPADA_HOME_REGION):
        raise ApplicationError(_("Wilayah ini di luar wilayah tugas Anda."))
    others = FeedSource.objects.all() if exclude_pk is None else FeedSource.objects.exclude(pk=exclude_pk)
    if others.filter(name=name).exists():
        raise ApplicationError(_("Sudah ada sumber bernama %(name)s.") % {"name": name})
    if others.filter(feed_url=feed_url).exists():
        raise ApplicationError(_("Alamat feed ini sudah dipantau oleh sumber lain."))
    return {
        "name": name,
        "feed_url": feed_url,
        "region": region,
        "poll_interval_minutes": poll_interval_minutes,
        "reliability": reliability,
        "marking": marking,
    }


def _snapshot(source: FeedSource) -> dict[str, Any]:
    return {field: getattr(source, field) for field in SOURCE_FIELDS}


def _audit_source(action: str, *, actor: Any, source: FeedSource, data: dict[str, Any], actor_label: str = "") -> None:
    audit_record(
        action=action,
        actor=actor,
        actor_label=actor_label,
        target=source,
        region_code=source.region_id or settings.WASPADA_HOME_REGION,
        marking=Marking.TERBATAS,
        summary=source.name,
        data=data,
    )


def feed_source_create(
    *,
    actor: Any,
    name: str,
    feed_url: str,
    region_code: str | None = None,
    poll_interval_minutes: int = 30,
    enabled: bool = True,
    reliability: str = Reliability.C,
    marking: str = Marking.PUBLIK,
    actor_label: str = "",
) -> FeedSource:
    _require_manager(actor)
    values = _validated(
        actor=actor,
        name=name,
        feed_url=feed_url,
        region_code=region_code,
        poll_interval_minutes=poll_interval_minutes,
        reliability=reliability,
        marking=marking,
    )
    with transaction.atomic():
        outlet = source_get_or_create(name=values["name"], kind=SourceKind.MEDIA, reliability=reliability)
        source = FeedSource.objects.create(**values, enabled=enabled, intake_source=outlet, next_poll_at=timezone.now())
        _audit_source(
            "monitoring.source_create", actor=actor, actor_label=actor_label, source=source, data=_snapshot(source)
        )
    return source


def feed_source_update(
    *,
    actor: Any,
    source: FeedSource,
    name: str,
    feed_url: str,
    region_code: str | None,
    poll_interval_minutes: int,
    enabled: bool,
    reliability: str,
    marking: str,
) -> FeedSource:
    _require_manager(actor, source)
    values = _validated(
        actor=actor,
        name=name,
        feed_url=feed_url,
        region_code=region_code,
        poll_interval_minutes=poll_interval_minutes,
        reliability=reliability,
        marking=marking,
        exclude_pk=source.pk,
    )
    with transaction.atomic():
        source = FeedSource.objects.select_for_update().get(pk=source.pk)
        before = _snapshot(source)
        for field, value in values.items():
            setattr(source, field, value)
        source.enabled = enabled
        if source.name != before["name"]:
            # New articles carry the new name; those already stored keep the one they arrived under.
            source.intake_source = source_get_or_create(
                name=source.name, kind=SourceKind.MEDIA, reliability=reliability
            )
        if source.feed_url != before["feed_url"]:
            # Another address is another document: forget what the old one said, and look at it soon.
            source.etag = source.last_modified = ""
            source.consecutive_failures = 0
            source.next_poll_at = timezone.now()
        if source.enabled and not before["enabled"]:
            source.next_poll_at = timezone.now()
        # Only what an edit may change: a poll finishing meanwhile keeps its own bookkeeping.
        source.save(
            update_fields=[
                *("region" if field == "region_id" else field for field in SOURCE_FIELDS),
                "intake_source",
                "etag",
                "last_modified",
                "consecutive_failures",
                "next_poll_at",
                "updated_at",
            ]
        )
        after = _snapshot(source)
        changes = {field: [before[field], after[field]] for field in SOURCE_FIELDS if before[field] != after[field]}
        if changes:
            _audit_source("monitoring.source_update", actor=actor, source=source, data=changes)
    return source


def feed_source_set_enabled(*, actor: Any, source: FeedSource, enabled: bool) -> FeedSource:
    _require_manager(actor, source)
    with transaction.atomic():
        source = FeedSource.objects.select_for_update().get(pk=source.pk)
        if source.enabled == enabled:
            return source
        source.enabled = enabled
        if enabled:
            source.next_poll_at = timezone.now()
        source.save(update_fields=["enabled", "next_poll_at", "updated_at"])
        action = "monitoring.source_enable" if enabled else "monitoring.source_disable"
        _audit_source(action, actor=actor, source=source, data={"enabled": enabled})
    return source


def feed_source_delete(*, actor: Any, source: FeedSource, confirm_name: str) -> None:
    """Stop monitoring a feed. Its reports stay (they belong to the outlet), and so does the memory of the
    articles already seen, so adding the feed again does not store them twice."""
    _require_manager(actor, source)
    if clean_text(confirm_name, single_line=True) != source.name:
        raise ApplicationError(_("Ketik nama sumber persis seperti tertulis untuk menghapusnya."))
    with transaction.atomic():
        source = FeedSource.objects.select_for_update().get(pk=source.pk)
        stored = FeedItem.objects.filter(source=source, outcome=ItemOutcome.NEW).count()
        _audit_source(
            "monitoring.source_delete", actor=actor, source=source, data={**_snapshot(source), "reports": stored}
        )
        source.delete()


def feed_source_poll_request(*, actor: Any, source: FeedSource) -> None:
    """'Periksa sekarang': queue a poll at once, whatever the interval or backoff said."""
    _require_manager(actor, source)
    if not source.enabled:
        raise ApplicationError(_("Sumber nonaktif tidak diperiksa; aktifkan dulu."))
    now = timezone.now()
    with transaction.atomic():
        FeedSource.objects.filter(pk=source.pk).update(next_poll_at=now, queued_at=now)
        _audit_source("monitoring.source_poll_request", actor=actor, source=source, data={})
        source_id = source.pk
        transaction.on_commit(lambda: _enqueue_poll(source_id))


# --- Scheduling -------------------------------------------------------------------------------------------------


def _free(now: dt.datetime) -> Q:
    return Q(polling_since__isnull=True) | Q(polling_since__lt=now - POLL_LEASE)


def feed_sources_enqueue_due(*, now: dt.datetime | None = None) -> int:
    """The scheduler's job: queue one poll for every enabled source whose time has come."""
    if not settings.WASPADA_MONITORING_ENABLED:
        return 0
    now = now or timezone.now()
    not_queued = Q(queued_at__isnull=True) | Q(queued_at__lt=now - QUEUE_LEASE)
    due = FeedSource.objects.filter(not_queued, _free(now), enabled=True, next_poll_at__lte=now)
    queued = 0
    for source_id in list(due.values_list("pk", flat=True)[:200]):
        # Marking it queued with a conditional UPDATE makes a second scheduler (or a restart) skip it.
        if FeedSource.objects.filter(not_queued, pk=source_id).update(queued_at=now):
            _enqueue_poll(source_id)
            queued += 1
    return queued


def _enqueue_poll(source_id: int) -> None:
    from waspada.monitoring.tasks import poll_source

    try:
        poll_source.enqueue(source_id)
    except Exception:
        # queued_at stays set; after QUEUE_LEASE the scheduler queues it again.
        logger.exception("could not queue a poll of feed source %s", source_id)


# --- The poll ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PollResult:
    source_id: int
    outcome: str
    new: int = 0
    known: int = 0
    duplicates: int = 0
    skipped: int = 0
    problem: str = ""
    detail: str = ""
    retry_after: int | None = None
    etag: str = ""
    last_modified: str = ""


def feed_source_poll(*, source_id: int, force: bool = False, now: dt.datetime | None = None) -> PollResult | None:
    """Poll one source if it is due (or `force`) and no one else is polling it; None when it was not claimed.

    Safe to run twice at once and to repeat: the claim is a conditional UPDATE, every article is known by its
    URL, its GUID and the hash of its title and text, and the feed's ETag/Last-Modified are only kept once all
    its entries are stored.
    """
    now = now or timezone.now()
    claim = FeedSource.objects.filter(_free(now), pk=source_id)
    if not force:
        claim = claim.filter(enabled=True, next_poll_at__lte=now)
    if claim.update(polling_since=now, queued_at=None) != 1:
        return None
    source = FeedSource.objects.select_related("intake_source").get(pk=source_id)
    try:
        with Fetcher() as fetcher:
            result = _poll(source, fetcher, now)
    except Exception as error:
        logger.exception("poll of feed source %s failed", source_id)
        result = PollResult(
            source_id, PollOutcome.FAILED, problem=FetchProblem.INTERNAL, detail=f"{type(error).__name__}: {error}"
        )
    _poll_record(source, result, now)
    return result


def _poll(source: FeedSource, fetcher: Fetcher, now: dt.datetime) -> PollResult:
    try:
        fetched = fetcher.get(source.feed_url, accept=FEED_ACCEPT, etag=source.etag, last_modified=source.last_modified)
    except FetchError as error:
        return PollResult(
            source.pk, PollOutcome.FAILED, problem=error.problem, detail=error.detail, retry_after=error.retry_after
        )
    if fetched.not_modified:
        return PollResult(source.pk, PollOutcome.NOT_MODIFIED)
    try:
        feed = parse_feed(fetched.body, content_type=fetched.content_type, base_url=fetched.url)
    except FeedUnreadable as error:
        return PollResult(source.pk, PollOutcome.FAILED, problem=FetchProblem.INVALID_FEED, detail=str(error))
    result = PollResult(source.pk, PollOutcome.OK, etag=fetched.etag, last_modified=fetched.last_modified)
    robots = _RobotsGuard(fetcher, now)
    started = time.monotonic()
    for entry in feed.entries[:ENTRIES_MAX]:
        enough = result.new + result.duplicates >= settings.WASPADA_MONITORING_MAX_ITEMS_PER_POLL
        if enough or time.monotonic() - started > POLL_BUDGET.total_seconds():
            # The rest waits for the next poll; forget the validators so that poll reads the feed again.
            result = replace(result, etag="", last_modified="")
            break
        taken = _entry_take(source, entry, fetcher, robots, now)
        result = replace(result, **{taken: getattr(result, taken) + 1})
    return result


def _entry_take(source: FeedSource, entry: FeedEntry, fetcher: Fetcher, robots: _RobotsGuard, now: dt.datetime) -> str:
    """Store one feed entry as a report unless it is known; the name of the PollResult counter it adds to."""
    url = normalise_url(entry.link) or normalise_url(entry.guid)
    if not url and not entry.guid:
        return "skipped"
    url_key = sha256(url_identity(url)) if url else None
    guid_key = sha256(f"{source.feed_url}\n{entry.guid}") if entry.guid else None
    if _known(url_key, guid_key):
        return "known"
    max_age = dt.timedelta(days=settings.WASPADA_MONITORING_MAX_AGE_DAYS)
    if entry.published is not None and entry.published < now - max_age:
        return "skipped"
    text, origin, page_problem = _article_text(entry, url, fetcher, robots)
    title = entry.title or text.split("\n", 1)[0] or url
    # Title and text together: the same article under another URL has both; two articles behind the same
    # paywall or cookie notice share only the notice.
    digest = content_hash(f"{title}\n{text}")
    item = FeedItem(
        source=source,
        url=url,
        guid=entry.guid,
        url_key=url_key,
        guid_key=guid_key,
        content_hash=digest,
        text_origin=origin,
        page_problem=page_problem,
        published_at=entry.published,
        fetched_at=now,
    )
    if _remember_duplicate(item):
        return "duplicates"
    try:
        with transaction.atomic():
            submitted = report_submit(
                channel=Channel.NEWS,
                external_id=f"news:{url_key or guid_key}",
                title=title[:TITLE_MAX],
                text=text,
                occurred_at=min(entry.published or now, now),
                received_at=now,
                region_code=source.region_id,
                source=source.intake_source,
                source_detail=url or entry.guid,
                reliability=source.reliability,
                credibility=Credibility.UNKNOWN,
                marking=source.marking,
                actor_label=f"pemantauan: {source.name}"[:100],
            )
            item.report = submitted.report
            item.outcome = ItemOutcome.NEW if submitted.created else ItemOutcome.DUPLICATE
            item.save()
    except IntegrityError:
        # Another poll stored this article, or the same title and text, a moment ago.
        if _known(url_key, guid_key):
            return "known"
        item.pk = None
        if _remember_duplicate(item):
            return "duplicates"
        raise
    except ApplicationError as error:
        logger.warning("feed source %s: entry %s refused: %s", source.pk, url or entry.guid, error.message)
        return "skipped"
    return "new" if item.outcome == ItemOutcome.NEW else "duplicates"


def _known(url_key: str | None, guid_key: str | None) -> bool:
    query = Q(pk__in=[])
    if url_key:
        query |= Q(url_key=url_key)
    if guid_key:
        query |= Q(guid_key=guid_key)
    return FeedItem.objects.filter(query).exists()


def _remember_duplicate(item: FeedItem) -> bool:
    """Same title and text under another URL: remember the URL (so it is not fetched again), pointing at the
    first report."""
    first = FeedItem.objects.filter(content_hash=item.content_hash, outcome=ItemOutcome.NEW).first()
    if first is None:
        return False
    item.report_id = first.report_id
    item.outcome = ItemOutcome.DUPLICATE
    try:
        with transaction.atomic():
            item.save()
    except IntegrityError:
        pass  # this very URL was remembered meanwhile
    return True


def _article_text(entry: FeedEntry, url: str, fetcher: Fetcher, robots: _RobotsGuard) -> tuple[str, str, str]:
    """(text, where it came from, why the page was not used). The page's text wins when it says more than
    the feed's summary; otherwise the summary, and the title when there is nothing else."""
    problem = ""
    if url:
        try:
            page = fetcher.get(url, accept=PAGE_ACCEPT, guard=robots.check)
        except FetchError as error:
            problem = error.problem
        else:
            text = extract_article(page.body, url=page.url, content_type=page.content_type)
            if text and len(text) > len(entry.summary):
                return text, TextOrigin.PAGE, ""
            problem = FetchProblem.EXTRACTION
    if entry.summary:
        return entry.summary, TextOrigin.SUMMARY, problem
    return entry.title or url or entry.guid, TextOrigin.TITLE, problem


def backoff_delay(*, interval_minutes: int, failures: int, retry_after: int | None = None) -> dt.timedelta:
    """After n failures in a row wait interval × 2ⁿ, never more than the configured ceiling; a server's
    Retry-After is honoured up to that ceiling."""
    ceiling = dt.timedelta(minutes=max(int(settings.WASPADA_MONITORING_MAX_BACKOFF_MINUTES), interval_minutes))
    delay = min(dt.timedelta(minutes=interval_minutes) * (1 << min(failures, 16)), ceiling)
    if retry_after:
        delay = max(delay, min(dt.timedelta(seconds=retry_after), ceiling))
    return delay


def _poll_record(source: FeedSource, result: PollResult, now: dt.datetime) -> None:
    fields: dict[str, Any] = {"polling_since": None, "last_polled_at": now, "last_outcome": result.outcome}
    if result.outcome == PollOutcome.FAILED:
        failures = source.consecutive_failures + 1
        fields |= {
            "consecutive_failures": failures,
            "last_error_at": now,
            "last_error_problem": result.problem,
            "last_error_detail": clean_text(result.detail, max_length=300, single_line=True),
            "next_poll_at": now
            + backoff_delay(
                interval_minutes=source.poll_interval_minutes, failures=failures, retry_after=result.retry_after
            ),
        }
    else:
        fields |= {
            "consecutive_failures": 0,
            "last_success_at": now,
            "last_new_items": result.new,
            "last_known_items": result.known + result.duplicates,
            "next_poll_at": now + dt.timedelta(minutes=source.poll_interval_minutes),
        }
        if result.outcome == PollOutcome.OK:
            fields |= {"etag": result.etag, "last_modified": result.last_modified}
    with transaction.atomic():
        # Only the holder of the claim writes; a poll that outlived its lease leaves the newer one's state alone.
        if not FeedSource.objects.filter(pk=source.pk, polling_since=now).update(**fields):
            logger.warning("feed source %s: claim lost before the poll finished", source.pk)
            return
        failed_now = result.outcome == PollOutcome.FAILED
        if failed_now and source.consecutive_failures == 0:
            _audit_source(
                "monitoring.source_failing",
                actor=None,
                actor_label="pemantauan",
                source=source,
                data={"problem": result.problem, "detail": fields["last_error_detail"]},
            )
        elif not failed_now and source.consecutive_failures > 0:
            _audit_source(
                "monitoring.source_recovered",
                actor=None,
                actor_label="pemantauan",
                source=source,
                data={"after_failures": source.consecutive_failures},
            )


# --- robots.txt ------------------------------------------------------------------------------------------------


class _RobotsGuard:
    """Refuses, by raising FetchError, a page its site's robots.txt forbids to WaspadaBot; robots.txt is read
    once per origin and kept a day (an hour when the site could not answer)."""

    def __init__(self, fetcher: Fetcher, now: dt.datetime) -> None:
        self.fetcher = fetcher
        self.now = now
        self._parsers: dict[str, RobotFileParser] = {}

    def check(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        parser = self._parsers.get(origin)
        if parser is None:
            parser = self._parsers[origin] = _robots_parser(robots_file_for(self.fetcher, origin, now=self.now))
        if not parser.can_fetch(ROBOTS_AGENT, url):
            raise FetchError(FetchProblem.ROBOTS, urlsplit(url).path[:200])


def _robots_parser(robots: RobotsFile) -> RobotFileParser:
    parser = RobotFileParser()
    if robots.disallow_all:
        parser.parse(["User-agent: *", "Disallow: /"])
    elif robots.allow_all:
        parser.parse([])
    else:
        parser.parse(robots.body.splitlines())
    return parser


def robots_file_for(fetcher: Fetcher, origin: str, *, now: dt.datetime) -> RobotsFile:
    cached = RobotsFile.objects.filter(origin=origin, expires_at__gt=now).first()
    if cached is not None:
        return cached
    values: dict[str, Any] = {"fetched_at": now, "allow_all": False, "disallow_all": False, "body": ""}
    try:
        fetched = fetcher.get(f"{origin}/robots.txt", accept="text/plain", max_bytes=ROBOTS_MAX_BYTES)
    except FetchError as error:
        if error.problem == FetchProblem.HTTP_STATUS and error.status is not None and 400 <= error.status < 500:
            values |= {"allow_all": True, "expires_at": now + ROBOTS_TTL}  # no robots.txt: nothing is forbidden
        else:
            values |= {"disallow_all": True, "expires_at": now + ROBOTS_RETRY_TTL}  # unknown: forbid, ask again soon
    else:
        body = fetched.body.decode("utf-8", errors="replace")
        values |= {"body": clean_text(body), "expires_at": now + ROBOTS_TTL}
    robots, _created = RobotsFile.objects.update_or_create(origin=origin, defaults=values)
    return robots
