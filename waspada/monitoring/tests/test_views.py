"""The news-monitoring pages as a provincial analyst uses them on a phone, and as everyone else does not see them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from conftest import PASSWORD
from waspada.core.enums import Marking
from waspada.monitoring.enums import FetchProblem
from waspada.monitoring.models import FeedSource
from waspada.monitoring.services import feed_source_create, feed_source_poll
from waspada.monitoring.tests.conftest import Item, LocalSite, rss

pytestmark = pytest.mark.django_db

APP = Path(__file__).resolve().parent.parent


def login(user: Any) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def form(**overrides: Any) -> dict[str, Any]:
    data = {
        "name": "Kaltim Today",
        "feed_url": "https://kaltimtoday.co/feed",
        "region": "",
        "poll_interval_minutes": "30",
        "reliability": "C",
        "marking": Marking.PUBLIK,
        "enabled": "1",
    }
    data.update(overrides)
    return data


def test_an_analyst_adds_edits_disables_and_deletes_a_source_from_the_phone(analis: Any) -> None:
    client = login(analis)
    home = client.get("/").content.decode()
    assert 'href="/pantauan/"' in home and "Pantauan berita" in home
    assert "Belum ada sumber berita" in client.get("/pantauan/").content.decode()

    response = client.post("/pantauan/baru/", form(region="64.72"))
    source = FeedSource.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/pantauan/{source.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Kaltim Today" in page and "Kota Samarinda" in page and "Belum pernah diperiksa" in page

    client.post(f"/pantauan/{source.pk}/ubah/", form(region="64.72", poll_interval_minutes="60", reliability="B"))
    source.refresh_from_db()
    assert (source.poll_interval_minutes, source.reliability) == (60, "B")

    client.post(f"/pantauan/{source.pk}/aktif/", {"enabled": "0"})
    source.refresh_from_db()
    assert not source.enabled
    assert "Nonaktif" in client.get("/pantauan/").content.decode()

    confirm = client.get(f"/pantauan/{source.pk}/hapus/").content.decode()
    assert "tetap tersimpan" in confirm
    assert client.post(f"/pantauan/{source.pk}/hapus/", {"confirm_name": "kaltim"}).status_code == 400
    assert FeedSource.objects.exists()
    response = client.post(f"/pantauan/{source.pk}/hapus/", {"confirm_name": "Kaltim Today"})
    assert response.status_code == 302 and not FeedSource.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"feed_url": "javascript:alert(1)"}, "URL"),
        ({"feed_url": "ftp://kaltimtoday.co/feed"}, "URL"),
        ({"poll_interval_minutes": "2"}, "5"),
        ({"marking": Marking.RAHASIA}, "rahasia"),
        ({"region": "32.73"}, "32.73"),
        ({"name": ""}, "tidak boleh kosong"),
    ],
)
def test_a_bad_form_is_answered_with_an_indonesian_error_and_stores_nothing(
    analis: Any, overrides: dict[str, Any], message: str
) -> None:
    response = login(analis).post("/pantauan/baru/", form(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not FeedSource.objects.exists()


def test_the_health_page_says_what_went_wrong_in_plain_indonesian(analis: Any, site: LocalSite) -> None:
    site.serve("/feed", b"Internal Server Error", status=500)
    source = feed_source_create(actor=analis, name="Antara Kaltim", feed_url=site.url("/feed"))
    feed_source_poll(source_id=source.pk, force=True)
    page = login(analis).get("/pantauan/").content.decode()
    assert "Gagal terakhir kali" in page
    assert "Server menjawab dengan kode galat HTTP" in page and "HTTP 500" in page
    assert "jeda pemeriksaan diperpanjang" in page
    assert 'name="viewport"' in page and "<table" not in page, "rows that fold on a narrow screen"


def test_the_health_page_counts_articles_per_day_and_links_the_reports(analis: Any, site: LocalSite) -> None:
    site.serve(
        "/feed",
        rss(*(Item(f"Berita {n}", site.url(f"/b{n}"), f"Isi berita ke-{n} tentang Samarinda.") for n in range(3))),
        content_type="text/xml",
    )
    source = feed_source_create(actor=analis, name="Samarinda Pos", feed_url=site.url("/feed"))
    feed_source_poll(source_id=source.pk, force=True)
    client = login(analis)
    listing = client.get("/pantauan/").content.decode()
    assert "Sehat" in listing and "3 dalam 7 hari" in listing
    assert re.search(r'data-field="total">\s*3\s*<', listing)
    detail = client.get(f"/pantauan/{source.pk}/").content.decode()
    assert len(re.findall(r'href="/laporan/\d+/"', detail)) == 3
    assert "teks dari ringkasan di feed" in detail


def test_a_problem_is_stored_as_a_code_and_worded_when_the_page_is_shown(analis: Any) -> None:
    source = feed_source_create(actor=analis, name="Tribun Kaltim", feed_url="https://kaltim.tribunnews.com/rss")
    FeedSource.objects.filter(pk=source.pk).update(
        last_error_at=timezone.now(), last_error_problem=FetchProblem.TIMEOUT, consecutive_failures=1
    )
    page = login(analis).get(f"/pantauan/{source.pk}/").content.decode()
    assert "Server terlalu lambat menjawab" in page, "stored as a code, worded when shown"


def test_scripts_in_names_titles_and_errors_are_shown_as_text(analis: Any, site: LocalSite) -> None:
    payload = "<script>alert('xss')</script>"
    site.serve(
        "/feed",
        rss(Item(f"Judul &lt;img src=x onerror=alert(1)&gt; {payload}", site.url("/x"), f"Isi {payload}")),
        content_type="text/xml",
    )
    source = feed_source_create(actor=analis, name=f"Media {payload}", feed_url=site.url("/feed"))
    feed_source_poll(source_id=source.pk, force=True)
    FeedSource.objects.filter(pk=source.pk).update(last_error_detail=payload, last_error_at=timezone.now())
    client = login(analis)
    for url in (
        "/pantauan/",
        f"/pantauan/{source.pk}/",
        f"/pantauan/{source.pk}/ubah/",
        f"/pantauan/{source.pk}/hapus/",
    ):
        page = client.get(url).content.decode()
        assert "<script>alert" not in page and "onerror=alert(1)>" not in page, url
        assert "&lt;script&gt;" in page, url


def test_no_template_or_code_of_this_app_switches_escaping_off() -> None:
    for path in [*APP.glob("templates/**/*.html"), *APP.glob("*.py"), *APP.glob("templatetags/*.py")]:
        text = path.read_text(encoding="utf-8")
        assert "|safe" not in text and "autoescape off" not in text and "mark_safe" not in text, path


@pytest.mark.parametrize("persona", ["operator_kutim", "fkdm_kutim", "kominda", "pimpinan"])
def test_other_roles_see_no_link_and_every_page_answers_404(
    request: pytest.FixtureRequest, analis: Any, persona: str
) -> None:
    source = feed_source_create(actor=analis, name="Kaltim Post", feed_url="https://kaltimpost.jawapos.com/feed")
    client = login(request.getfixturevalue(persona))
    assert 'href="/pantauan/"' not in client.get("/").content.decode()
    for url in ("/pantauan/", "/pantauan/baru/", f"/pantauan/{source.pk}/", f"/pantauan/{source.pk}/ubah/"):
        assert client.get(url).status_code == 404, url
    for url, data in (
        (f"/pantauan/{source.pk}/aktif/", {"enabled": "0"}),
        (f"/pantauan/{source.pk}/periksa/", {}),
        (f"/pantauan/{source.pk}/hapus/", {"confirm_name": "Kaltim Post"}),
        ("/pantauan/baru/", form()),
    ):
        assert client.post(url, data).status_code == 404, url
    assert list(FeedSource.objects.values_list("name", "enabled")) == [("Kaltim Post", True)]


def test_poll_now_is_queued_and_only_for_enabled_sources(analis: Any, django_capture_on_commit_callbacks: Any) -> None:
    source = feed_source_create(actor=analis, name="Niaga Asia", feed_url="https://www.niaga.asia/feed/")
    client = login(analis)
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(f"/pantauan/{source.pk}/periksa/", follow=True)
    assert "Pemeriksaan diantrekan" in response.content.decode() and len(callbacks) == 1
    client.post(f"/pantauan/{source.pk}/aktif/", {"enabled": "0"})
    response = client.post(f"/pantauan/{source.pk}/periksa/", follow=True)
    assert "aktifkan dulu" in response.content.decode()
    assert client.get(f"/pantauan/{source.pk}/periksa/").status_code == 405


def test_django_admin_shows_sources_but_changes_go_through_the_audited_pages(make_user: Any, analis: Any) -> None:
    source = feed_source_create(actor=analis, name="Kaltim Post", feed_url="https://kaltimpost.jawapos.com/feed")
    admin = make_user("admin", "admin", "64", is_staff=True, is_superuser=True)
    client = login(admin)
    assert "Kaltim Post" in client.get("/admin/monitoring/feedsource/").content.decode()
    page = client.get(f"/admin/monitoring/feedsource/{source.pk}/change/")
    assert page.status_code == 200 and 'type="submit"' not in page.content.decode().split('id="content-main"')[1]
    assert client.post(f"/admin/monitoring/feedsource/{source.pk}/delete/", {"post": "yes"}).status_code == 403
    assert FeedSource.objects.filter(pk=source.pk).exists()
    assert 'href="/pantauan/"' in client.get("/").content.decode()
