"""Polling a news feed: each new article becomes one report, nothing is stored twice, and a misbehaving server
leaves a clear error on the source while everything already stored stays as it was."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel, Marking
from waspada.intake.models import Report
from waspada.monitoring.enums import FetchProblem, ItemOutcome, PollOutcome, TextOrigin
from waspada.monitoring.models import FeedItem, FeedSource, RobotsFile
from waspada.monitoring.services import PollResult, feed_source_create, feed_source_poll
from waspada.monitoring.tests.conftest import PARAGRAPH, Answer, Item, LocalSite, article, rss

pytestmark = pytest.mark.django_db

RSS = "application/rss+xml; charset=utf-8"


def add_source(
    actor: Any, site: LocalSite, *, name: str = "Kaltim Today", path: str = "/feed", **kw: Any
) -> FeedSource:
    return feed_source_create(actor=actor, name=name, feed_url=site.url(path), **kw)


def poll(source: FeedSource, **kw: Any) -> PollResult:
    result = feed_source_poll(source_id=source.pk, force=True, **kw)
    assert result is not None
    source.refresh_from_db()
    return result


def news_reports() -> list[Report]:
    return list(Report.objects.filter(channel=Channel.NEWS).order_by("pk"))


def snapshot() -> list[tuple[Any, ...]]:
    return list(Report.objects.order_by("pk").values_list("pk", "title", "text", "marking", "reliability"))


@pytest.fixture
def newsroom(site: LocalSite) -> LocalSite:
    """A small outlet: two articles in its feed, both pages readable, robots.txt forbidding only /internal/."""
    site.serve("/robots.txt", "User-agent: *\nDisallow: /internal/\n", content_type="text/plain")
    site.serve("/berita/blokade-bengalon", article("Warga blokade jalan hauling di Bengalon"))
    site.serve(
        "/berita/dialog-sangatta",
        article("Dialog damai di Sangatta", PARAGRAPH.replace("Bengalon", "Sangatta Utara"), PARAGRAPH),
    )
    site.serve(
        "/feed",
        rss(
            Item(
                "Warga blokade jalan hauling di Bengalon",
                site.url("/berita/blokade-bengalon?utm_source=rss"),
                "Warga menuntut ganti rugi lahan.",
                guid="kt-1001",
            ),
            Item(
                "Dialog damai di Sangatta",
                site.url("/berita/dialog-sangatta"),
                "Pertemuan berjalan tertib.",
                guid="kt-1002",
            ),
        ),
        content_type=RSS,
        headers={"ETag": '"feed-v1"'},
    )
    return site


def test_an_analyst_adds_an_outlet_and_each_article_becomes_one_graded_public_news_report(
    analis: Any, newsroom: LocalSite
) -> None:
    source = add_source(analis, newsroom, region_code="64.08", reliability="B")
    result = poll(source)
    assert (result.outcome, result.new, result.known) == (PollOutcome.OK, 2, 0)
    first, second = news_reports()
    assert first.title == "Warga blokade jalan hauling di Bengalon"
    assert "Kecamatan Bengalon" in first.text and "Beranda" not in first.text, "the page's text, not its menus"
    assert (first.marking, first.reliability, first.credibility) == (Marking.PUBLIK, "B", 6)
    assert first.source == source.intake_source and first.source.name == "Kaltim Today"
    assert first.kabkota_id == "64.08"
    assert first.external_id and first.external_id.startswith("news:")
    assert first.source_detail == newsroom.url("/berita/blokade-bengalon"), "tracking parameters removed"
    assert first.analysis_queued_at is not None, "queued for analysis like any report"
    assert "Sangatta Utara" in second.text
    assert source.last_success_at is not None and source.consecutive_failures == 0
    assert source.etag == '"feed-v1"' and source.last_new_items == 2
    assert source.last_polled_at is not None
    assert source.next_poll_at == source.last_polled_at + dt.timedelta(minutes=30)
    assert AuditEvent.objects.filter(action="report.submit", actor_label="pemantauan: Kaltim Today").count() == 2
    # The bot asked politely: its own name, and robots.txt before the first page.
    assert newsroom.last("/feed").headers["user-agent"].startswith("WaspadaBot/")
    assert newsroom.requests[1].path == "/robots.txt"


def test_a_repoll_sends_the_etag_back_and_a_not_modified_feed_stores_nothing(analis: Any, newsroom: LocalSite) -> None:
    source = add_source(analis, newsroom)
    poll(source)
    before = snapshot()
    newsroom.answer(
        "/feed",
        lambda seen: Answer(status=304) if seen.headers.get("if-none-match") == '"feed-v1"' else Answer(status=500),
    )
    result = poll(source)
    assert result.outcome == PollOutcome.NOT_MODIFIED
    assert snapshot() == before
    assert source.last_outcome == PollOutcome.NOT_MODIFIED and source.consecutive_failures == 0
    assert newsroom.hits("/berita/blokade-bengalon") == 1


def test_a_server_that_ignores_conditional_requests_still_gets_nothing_stored_twice(
    analis: Any, newsroom: LocalSite
) -> None:
    source = add_source(analis, newsroom)
    poll(source)
    before = snapshot()
    result = poll(source)
    assert (result.new, result.known) == (0, 2)
    assert snapshot() == before
    assert newsroom.hits("/berita/blokade-bengalon") == 1, "a known article's page is not fetched again"


def test_the_same_article_in_two_feeds_and_the_same_text_under_another_url_are_stored_once(
    analis: Any, newsroom: LocalSite
) -> None:
    kaltim_today = add_source(analis, newsroom)
    poll(kaltim_today)
    # A second outlet carries the same article (other tracking tags, http→https-insensitive) and a syndicated
    # copy of the other one under its own URL.
    newsroom.serve(
        "/mirror/dialog",
        article("Dialog damai di Sangatta", PARAGRAPH.replace("Bengalon", "Sangatta Utara"), PARAGRAPH),
    )
    newsroom.serve(
        "/feed-mitra",
        rss(
            Item(
                "Blokade di Bengalon", newsroom.url("/berita/blokade-bengalon?utm_medium=social&fbclid=x"), guid="m-1"
            ),
            Item("Dialog damai di Sangatta", newsroom.url("/mirror/dialog"), guid="m-2"),
        ),
        content_type=RSS,
    )
    mitra = add_source(analis, newsroom, name="Media Mitra", path="/feed-mitra")
    result = poll(mitra)
    assert (result.new, result.known, result.duplicates) == (0, 1, 1)
    assert len(news_reports()) == 2
    copy = FeedItem.objects.get(url=newsroom.url("/mirror/dialog"))
    assert copy.outcome == ItemOutcome.DUPLICATE and copy.report == news_reports()[1]
    assert poll(mitra).known == 2, "the copy's URL is remembered too"


def test_two_articles_behind_the_same_cookie_wall_are_not_taken_for_one(analis: Any, newsroom: LocalSite) -> None:
    wall = article(
        "Persetujuan cookie", *["Situs ini memakai cookie untuk pengalaman membaca yang lebih baik. " * 4] * 2
    )
    newsroom.serve("/a", wall)
    newsroom.serve("/b", wall)
    newsroom.serve(
        "/feed",
        rss(
            Item("Banjir di Sangatta", newsroom.url("/a"), "Banjir."),
            Item("Jalan rusak di Muara Wahau", newsroom.url("/b"), "Jalan."),
        ),
        content_type=RSS,
    )
    assert poll(add_source(analis, newsroom)).new == 2


def test_robots_txt_is_obeyed_for_pages_and_read_once_per_site(analis: Any, newsroom: LocalSite) -> None:
    newsroom.serve("/internal/memo", article("Memo redaksi"))
    newsroom.serve(
        "/feed",
        rss(
            Item(
                "Memo redaksi tentang unjuk rasa", newsroom.url("/internal/memo"), "Ringkasan dari feed saja.", guid="m"
            ),
            Item("Warga blokade jalan", newsroom.url("/berita/blokade-bengalon"), "Ringkasan.", guid="b"),
        ),
        content_type=RSS,
    )
    source = add_source(analis, newsroom)
    poll(source)
    memo = Report.objects.get(title="Memo redaksi tentang unjuk rasa")
    assert memo.text == "Ringkasan dari feed saja."
    item = FeedItem.objects.get(report=memo)
    assert (item.text_origin, item.page_problem) == (TextOrigin.SUMMARY, FetchProblem.ROBOTS)
    assert newsroom.hits("/internal/memo") == 0
    newsroom.serve("/feed", rss(Item("Baru", newsroom.url("/berita/dialog-sangatta"), guid="c")), content_type=RSS)
    poll(source)
    assert newsroom.hits("/robots.txt") == 1
    assert RobotsFile.objects.get(origin=newsroom.url("")).body.startswith("User-agent")


def test_a_site_whose_robots_txt_fails_is_not_crawled_but_its_feed_summaries_still_arrive(
    analis: Any, newsroom: LocalSite
) -> None:
    newsroom.serve("/robots.txt", "kacau", status=503)
    source = add_source(analis, newsroom)
    poll(source)
    assert [r.text for r in news_reports()] == ["Warga menuntut ganti rugi lahan.", "Pertemuan berjalan tertib."]
    assert newsroom.hits("/berita/blokade-bengalon") == 0


def test_pages_too_large_unreachable_or_without_text_fall_back_to_the_feed_summary(
    analis: Any, newsroom: LocalSite
) -> None:
    newsroom.serve("/besar", b"<html>" + b"x" * 1_000_000, send_length=False)
    newsroom.serve("/lambat", article("Lambat"), delay=2.0)
    newsroom.serve("/kosong", b"%PDF-1.7", content_type="application/pdf")
    newsroom.serve(
        "/feed",
        rss(
            Item("Halaman raksasa", newsroom.url("/besar"), "Ringkasan raksasa."),
            Item("Halaman lambat", newsroom.url("/lambat"), "Ringkasan lambat."),
            Item("Berkas PDF", newsroom.url("/kosong"), "Ringkasan PDF."),
            Item("Halaman hilang", newsroom.url("/hilang"), "Ringkasan hilang."),
            Item("Tanpa ringkasan", newsroom.url("/hilang-juga")),
        ),
        content_type=RSS,
    )
    source = add_source(analis, newsroom)
    assert poll(source).new == 5
    problems = dict(FeedItem.objects.values_list("report__title", "page_problem"))
    assert problems == {
        "Halaman raksasa": FetchProblem.TOO_LARGE,
        "Halaman lambat": FetchProblem.TIMEOUT,
        "Berkas PDF": FetchProblem.EXTRACTION,
        "Halaman hilang": FetchProblem.HTTP_STATUS,
        "Tanpa ringkasan": FetchProblem.HTTP_STATUS,
    }
    assert Report.objects.get(title="Halaman raksasa").text == "Ringkasan raksasa."
    assert Report.objects.get(title="Tanpa ringkasan").text == "Tanpa ringkasan", "the title when nothing else"
    assert source.last_outcome == PollOutcome.OK, "a bad page is not a bad feed"


def test_feeds_and_pages_in_old_windows_encodings_arrive_as_proper_text(analis: Any, newsroom: LocalSite) -> None:
    headline = "Café “Mahakam” — sengketa lahan"
    newsroom.serve("/berita/cafe", article(headline, charset="windows-1252").encode("cp1252"), content_type="text/html")
    newsroom.serve(
        "/feed",
        rss(Item(headline, newsroom.url("/berita/cafe"), "Pemilik café"), encoding="windows-1252"),
        content_type="application/rss+xml",
    )
    source = add_source(analis, newsroom)
    poll(source)
    [report] = news_reports()
    assert report.title == headline
    assert "“Mahakam” — sengketa" in report.text


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        (Answer(body=b"<rss><channel><item><title>rusak", headers={"Content-Type": RSS}), FetchProblem.INVALID_FEED),
        (Answer(body=b"<html><body>Halaman depan</body></html>"), FetchProblem.INVALID_FEED),
        (Answer(body=b"<rss>" + b" " * 400_000), FetchProblem.TOO_LARGE),
        (Answer(body=rss(), delay=2.0), FetchProblem.TIMEOUT),
        (Answer(status=500, body=b"Internal Server Error"), FetchProblem.HTTP_STATUS),
        (Answer(status=302, headers={"Location": "/feed"}), FetchProblem.REDIRECT_LOOP),
    ],
    ids=["malformed-xml", "not-a-feed", "huge-feed", "slow-server", "server-error", "redirect-loop"],
)
def test_a_broken_feed_leaves_a_clear_error_and_changes_nothing_stored(
    analis: Any, newsroom: LocalSite, answer: Answer, problem: FetchProblem
) -> None:
    source = add_source(analis, newsroom)
    poll(source)
    before = snapshot()
    newsroom.answer("/feed", lambda seen: answer)
    result = poll(source)
    assert (result.outcome, result.problem) == (PollOutcome.FAILED, problem)
    assert source.last_error_problem == problem and source.last_error_detail
    assert source.consecutive_failures == 1 and source.etag == '"feed-v1"'
    assert snapshot() == before


def test_failures_back_off_exponentially_and_a_success_resets_the_count(
    analis: Any, newsroom: LocalSite, settings: Any
) -> None:
    settings.WASPADA_MONITORING_MAX_BACKOFF_MINUTES = 300
    source = add_source(analis, newsroom)
    newsroom.answer("/feed", lambda seen: Answer(status=500))
    now = timezone.now()
    waits = []
    for attempt in range(4):
        at = now + dt.timedelta(hours=attempt * 6)
        poll(source, now=at)
        waits.append(source.next_poll_at - at)
    assert waits == [dt.timedelta(minutes=m) for m in (60, 120, 240, 300)], "30-minute interval × 2ⁿ up to the ceiling"
    assert source.consecutive_failures == 4
    assert AuditEvent.objects.filter(action="monitoring.source_failing").count() == 1, "once, when it starts failing"
    newsroom.serve("/feed", rss(), content_type=RSS)
    poll(source, now=now + dt.timedelta(days=2))
    assert source.consecutive_failures == 0 and source.last_error_problem == FetchProblem.HTTP_STATUS
    assert AuditEvent.objects.filter(action="monitoring.source_recovered").count() == 1


def test_a_server_asking_to_retry_later_is_left_alone_that_long(analis: Any, newsroom: LocalSite) -> None:
    source = add_source(analis, newsroom)
    newsroom.serve("/feed", b"", status=503, headers={"Retry-After": "10800"})
    now = timezone.now()
    poll(source, now=now)
    assert source.next_poll_at == now + dt.timedelta(hours=3)


def test_markup_and_scripts_in_titles_and_summaries_are_stored_as_plain_text(analis: Any, newsroom: LocalSite) -> None:
    newsroom.serve(
        "/feed",
        rss(
            Item(
                '<img src=x onerror="alert(1)"><script>alert("xss")</script>Bentrok <b>warga</b>',
                newsroom.url("/tidak-ada"),
                "<p>Dua kelompok <i>bentrok</i></p><script>document.cookie</script>",
            )
        ),
        content_type=RSS,
    )
    poll(add_source(analis, newsroom))
    [report] = news_reports()
    assert report.title == "Bentrok warga"
    assert report.text == "Dua kelompok bentrok"


def test_articles_older_than_the_window_are_skipped_and_a_future_date_is_not_believed(
    analis: Any, newsroom: LocalSite
) -> None:
    now = timezone.now()
    newsroom.serve(
        "/feed",
        rss(
            Item("Arsip lama", newsroom.url("/lama"), "Lama.", published=now - dt.timedelta(days=30)),
            Item("Jam server kacau", newsroom.url("/depan"), "Depan.", published=now + dt.timedelta(days=3)),
            Item("Kemarin", newsroom.url("/kemarin"), "Kemarin.", published=now - dt.timedelta(days=1)),
        ),
        content_type=RSS,
    )
    source = add_source(analis, newsroom)
    result = poll(source, now=now)
    assert (result.new, result.skipped) == (2, 1)
    assert Report.objects.get(title="Jam server kacau").occurred_at == now
    assert Report.objects.get(title="Kemarin").occurred_at.date() == (now - dt.timedelta(days=1)).date()


def test_entries_without_link_or_guid_are_ignored_and_a_guid_alone_identifies_within_its_feed(
    analis: Any, newsroom: LocalSite
) -> None:
    newsroom.serve(
        "/feed",
        rss(Item("Tanpa tautan", "", "Isi tanpa tautan.", guid="urn:kt:77"), Item("Kosong sama sekali", "", "x")),
        content_type=RSS,
    )
    source = add_source(analis, newsroom)
    assert poll(source).new == 1
    assert poll(source).known == 1
    assert [r.text for r in news_reports()] == ["Isi tanpa tautan."]


def test_only_so_many_new_articles_per_poll_and_the_rest_come_next_time(
    analis: Any, newsroom: LocalSite, settings: Any
) -> None:
    settings.WASPADA_MONITORING_MAX_ITEMS_PER_POLL = 2
    newsroom.serve(
        "/feed",
        rss(*(Item(f"Berita {n}", newsroom.url(f"/n{n}"), f"Isi berita nomor {n}.") for n in range(3))),
        content_type=RSS,
        headers={"ETag": '"v"'},
    )
    source = add_source(analis, newsroom)
    assert poll(source).new == 2
    assert source.etag == "", "the feed must be read in full next time"
    assert poll(source).new == 1
    assert source.etag == '"v"'


def test_a_source_being_polled_is_not_polled_again_until_its_claim_expires(analis: Any, newsroom: LocalSite) -> None:
    source = add_source(analis, newsroom)
    now = timezone.now()
    FeedSource.objects.filter(pk=source.pk).update(polling_since=now - dt.timedelta(minutes=5))
    assert feed_source_poll(source_id=source.pk, force=True, now=now) is None
    assert newsroom.hits("/feed") == 0
    FeedSource.objects.filter(pk=source.pk).update(polling_since=now - dt.timedelta(hours=1))
    assert feed_source_poll(source_id=source.pk, force=True, now=now) is not None, "a dead worker's claim lapses"
    assert len(news_reports()) == 2


def test_without_force_only_enabled_sources_whose_time_has_come_are_polled(analis: Any, newsroom: LocalSite) -> None:
    source = add_source(analis, newsroom, enabled=False)
    now = timezone.now() + dt.timedelta(seconds=1)
    assert feed_source_poll(source_id=source.pk, now=now) is None
    FeedSource.objects.filter(pk=source.pk).update(enabled=True, next_poll_at=now + dt.timedelta(minutes=5))
    assert feed_source_poll(source_id=source.pk, now=now) is None
    assert feed_source_poll(source_id=source.pk, now=now + dt.timedelta(minutes=6)) is not None
    assert feed_source_poll(source_id=9999, force=True) is None


def test_a_poll_that_lost_its_claim_does_not_overwrite_the_newer_state(
    analis: Any, newsroom: LocalSite, monkeypatch: Any
) -> None:
    source = add_source(analis, newsroom)
    import waspada.monitoring.services as services

    real = services._poll

    def slow_poll(source_: FeedSource, fetcher: Any, now: dt.datetime) -> PollResult:
        # Meanwhile another worker took over the claim.
        FeedSource.objects.filter(pk=source_.pk).update(polling_since=now + dt.timedelta(minutes=31))
        return real(source_, fetcher, now)

    monkeypatch.setattr(services, "_poll", slow_poll)
    poll(source)
    assert source.last_success_at is None and source.polling_since is not None


def test_an_unexpected_error_is_recorded_as_internal_and_releases_the_claim(
    analis: Any, newsroom: LocalSite, monkeypatch: Any
) -> None:
    import waspada.monitoring.services as services

    def explode(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(services, "parse_feed", explode)
    source = add_source(analis, newsroom)
    result = poll(source)
    assert (result.problem, source.last_error_problem) == (FetchProblem.INTERNAL, FetchProblem.INTERNAL)
    assert "disk penuh" in source.last_error_detail and source.polling_since is None
