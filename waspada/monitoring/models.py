from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from waspada.core.enums import Marking, Reliability
from waspada.monitoring.enums import FetchProblem, ItemOutcome, PollOutcome, TextOrigin

POLL_INTERVAL_MIN = 5
POLL_INTERVAL_MAX = 24 * 60


class FeedSource(models.Model):
    """An RSS/Atom feed of a news outlet, polled on its own interval; its articles become reports."""

    name = models.CharField(_("nama"), max_length=150, unique=True)
    feed_url = models.URLField(_("alamat feed (URL RSS/Atom)"), max_length=1000, unique=True)
    region = models.ForeignKey(
        "regions.Region",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("kabupaten/kota yang diliput"),
    )
    poll_interval_minutes = models.PositiveIntegerField(
        _("selang pemeriksaan (menit)"),
        default=30,
        validators=[MinValueValidator(POLL_INTERVAL_MIN), MaxValueValidator(POLL_INTERVAL_MAX)],
    )
    enabled = models.BooleanField(_("aktif"), default=True)
    reliability = models.CharField(
        _("keandalan sumber"), max_length=1, choices=Reliability.choices, default=Reliability.C
    )
    marking = models.CharField(_("klasifikasi laporan"), max_length=10, choices=Marking.choices, default=Marking.PUBLIK)
    # The intake Source its reports are attributed to (the outlet), so reports stay when the feed is deleted.
    intake_source = models.ForeignKey("intake.Source", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Conditional GET: what the server said last time.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)

    # Scheduling: the scheduler queues a source when next_poll_at has passed; a poll claims it by setting
    # polling_since with a conditional UPDATE, so two workers never poll the same source at once.
    next_poll_at = models.DateTimeField(_("pemeriksaan berikutnya"), default=timezone.now, db_index=True)
    queued_at = models.DateTimeField(null=True, blank=True)
    polling_since = models.DateTimeField(null=True, blank=True)

    # Health.
    consecutive_failures = models.PositiveIntegerField(_("gagal berturut-turut"), default=0)
    last_polled_at = models.DateTimeField(_("terakhir diperiksa"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("terakhir berhasil"), null=True, blank=True)
    last_outcome = models.CharField(_("hasil terakhir"), max_length=20, choices=PollOutcome.choices, blank=True)
    last_error_at = models.DateTimeField(_("galat terakhir"), null=True, blank=True)
    last_error_problem = models.CharField(max_length=30, choices=FetchProblem.choices, blank=True)
    last_error_detail = models.CharField(max_length=300, blank=True)
    last_new_items = models.PositiveIntegerField(default=0)
    last_known_items = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sumber berita")
        verbose_name_plural = _("sumber berita")
        indexes = [models.Index(fields=["enabled", "next_poll_at"])]

    def __str__(self) -> str:
        return self.name


class FeedItem(models.Model):
    """One article seen in a feed: what makes a re-poll store nothing and a duplicate be recognised."""

    source = models.ForeignKey(FeedSource, on_delete=models.SET_NULL, null=True, blank=True, related_name="items")
    url = models.CharField(max_length=2000, blank=True)
    guid = models.CharField(max_length=500, blank=True)
    # sha256 of the normalised URL, and of (feed URL, GUID): both survive the source being deleted.
    url_key = models.CharField(max_length=64, null=True, blank=True)
    guid_key = models.CharField(max_length=64, null=True, blank=True)
    content_hash = models.CharField(max_length=64, db_index=True)
    outcome = models.CharField(max_length=10, choices=ItemOutcome.choices)
    report = models.ForeignKey("intake.Report", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    text_origin = models.CharField(max_length=10, choices=TextOrigin.choices)
    # Why the page's own text was not used (robots.txt, too large, unreachable, extraction failed).
    page_problem = models.CharField(max_length=30, choices=FetchProblem.choices, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    fetched_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-fetched_at", "-id"]
        verbose_name = _("artikel terpantau")
        verbose_name_plural = _("artikel terpantau")
        constraints = [
            models.UniqueConstraint(
                fields=["url_key"], condition=Q(url_key__isnull=False), name="unique_feed_item_url"
            ),
            models.UniqueConstraint(
                fields=["guid_key"], condition=Q(guid_key__isnull=False), name="unique_feed_item_guid"
            ),
            # The same title and text are stored as a report once, whichever URL or feed they came under.
            models.UniqueConstraint(
                fields=["content_hash"], condition=Q(outcome="new"), name="unique_feed_item_new_content"
            ),
        ]
        indexes = [models.Index(fields=["source", "outcome", "fetched_at"])]

    def __str__(self) -> str:
        return self.url or self.guid


class RobotsFile(models.Model):
    """robots.txt of one origin (scheme://host:port), cached so a host is asked once a day, not per article."""

    origin = models.CharField(max_length=300, unique=True)
    fetched_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    # Missing robots.txt (4xx) allows everything; an unreachable one (5xx, network error) forbids everything.
    allow_all = models.BooleanField(default=False)
    disallow_all = models.BooleanField(default=False)
    body = models.TextField(blank=True)

    class Meta:
        verbose_name = _("robots.txt")
        verbose_name_plural = _("robots.txt")

    def __str__(self) -> str:
        return self.origin
