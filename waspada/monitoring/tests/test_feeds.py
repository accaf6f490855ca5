"""What a feed says, made plain: entries from broken and non-UTF-8 feeds, URLs that identify, text without HTML."""

from __future__ import annotations

import datetime as dt

import pytest

from waspada.monitoring.feeds import (
    FeedUnreadable,
    content_hash,
    extract_article,
    html_to_text,
    normalise_url,
    parse_feed,
    url_identity,
)
from waspada.monitoring.tests.conftest import PARAGRAPH, Item, article, rss


def test_tracking_parameters_and_fragments_do_not_make_another_article() -> None:
    shared = "https://Kaltim.Contoh.ID:443/daerah/blokade-jalan?utm_source=facebook&page=2&fbclid=abc#komentar"
    assert normalise_url(shared) == "https://kaltim.contoh.id/daerah/blokade-jalan?page=2"
    assert normalise_url("https://kaltim.contoh.id/a?b=2&a=1") == "https://kaltim.contoh.id/a?a=1&b=2"
    assert url_identity(normalise_url("http://www.kaltim.contoh.id/a")) == url_identity(
        normalise_url("https://kaltim.contoh.id/a")
    )
    for not_web in ("javascript:alert(1)", "mailto:redaksi@contoh.id", "tag:contoh.id,2026:123", "", "http://"):
        assert normalise_url(not_web) == ""


def test_html_is_stripped_and_scripts_vanish_with_their_content() -> None:
    hostile = "<p>Warga &amp; aparat</p><script>alert('x')</script><style>p{}</style><b>berdialog</b><br>damai"
    assert html_to_text(hostile) == "Warga & aparat\nberdialog\ndamai"
    assert "<" not in html_to_text('<img src=x onerror="alert(1)">Judul')


def test_same_text_with_other_spacing_or_capitals_has_the_same_hash() -> None:
    assert content_hash("Warga  Bengalon\nberunjuk rasa") == content_hash("warga bengalon berunjuk RASA")
    assert content_hash("Warga Bengalon") != content_hash("Warga Sangatta")


def test_a_latin_1_feed_and_a_windows_1252_feed_that_claims_utf_8_are_both_read() -> None:
    latin = rss(
        Item("Café di Tenggarong ditutup", "https://contoh.id/a", "Pemilik café mengeluh"), encoding="iso-8859-1"
    )
    assert parse_feed(latin).entries[0].title == "Café di Tenggarong ditutup"
    lying = rss(Item("Aksi “damai” di Samarinda", "https://contoh.id/b", "—")).decode().encode("cp1252")
    [entry] = parse_feed(lying, content_type="application/rss+xml; charset=utf-8").entries
    assert entry.title == "Aksi “damai” di Samarinda"


def test_titles_with_markup_become_plain_text() -> None:
    feed = rss(Item("<script>alert(1)</script><b>Bentrok</b> di Berau", "https://contoh.id/c", "<p>Ringkasan</p>"))
    [entry] = parse_feed(feed).entries
    assert entry.title == "Bentrok di Berau"
    assert entry.summary == "Ringkasan"


def test_dates_are_read_in_utc_and_a_missing_or_absurd_date_is_none() -> None:
    when = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    [dated] = parse_feed(rss(Item("A", "https://contoh.id/a", published=when))).entries
    assert dated.published == when
    absurd = rss(Item("B", "https://contoh.id/b")).replace(
        b"<description>", b"<pubDate>kemarin sore</pubDate><description>"
    )
    assert parse_feed(absurd).entries[0].published is None


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"\x00\xff\xfe sampah biner",
        b"<html><body><h1>Bukan feed</h1></body></html>",
        b'<?xml version="1.0"?><rss><channel><item><title>terpotong',
    ],
)
def test_what_is_not_a_readable_feed_is_refused_with_a_reason(body: bytes) -> None:
    with pytest.raises(FeedUnreadable) as caught:
        parse_feed(body)
    assert str(caught.value)


def test_external_entities_are_never_resolved() -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>&e;</title><link>https://contoh.id/x</link></item></channel></rss>"
    )
    [entry] = parse_feed(xxe).entries
    assert entry.title == "" and "root:" not in repr(entry)


def test_a_feed_broken_after_its_first_entries_still_gives_them() -> None:
    broken = rss(Item("Utuh", "https://contoh.id/utuh"))[:-30] + b"<item><title>rusak"
    assert parse_feed(broken).entries[0].title == "Utuh"


def test_the_article_text_is_taken_from_the_page_whatever_its_encoding() -> None:
    page = article("Sengketa lahan “plasma” — warga menunggu", charset="windows-1252").encode("cp1252")
    text = extract_article(page, url="https://contoh.id/a", content_type="text/html")
    assert "Kecamatan Bengalon" in text and "Beranda" not in text and "Hak cipta" not in text
    declared = extract_article(page, url="https://contoh.id/a", content_type="text/html; charset=windows-1252")
    assert "“plasma” — warga" in declared


def test_a_page_that_is_not_html_or_has_no_text_gives_nothing() -> None:
    assert extract_article(b"%PDF-1.7 ...", url="https://contoh.id/a.pdf", content_type="application/pdf") == ""
    assert extract_article(b"\x00\x01\x02", url="https://contoh.id/a", content_type="text/html") == ""
    assert PARAGRAPH not in extract_article(b"<html><body></body></html>", url="", content_type="")


def test_an_atom_feed_with_relative_links_and_full_content_is_read() -> None:
    atom = (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Kaltim</title>'
        b'<entry><title>Rapat FKUB</title><id>tag:contoh.id,2026:17</id><link href="/berita/rapat-fkub"/>'
        b'<summary>Singkat.</summary><content type="html">&lt;p&gt;Isi lengkap rapat FKUB.&lt;/p&gt;</content>'
        b"<updated>2026-11-28T10:00:00+08:00</updated></entry></feed>"
    )
    [entry] = parse_feed(atom, base_url="https://kaltim.contoh.id/feed.atom").entries
    assert entry.link == "https://kaltim.contoh.id/berita/rapat-fkub"
    assert entry.guid == "tag:contoh.id,2026:17"
    assert entry.summary == "Isi lengkap rapat FKUB.", "the fuller of summary and content"
    assert entry.published == dt.datetime(2026, 11, 28, 2, 0, tzinfo=dt.UTC)
