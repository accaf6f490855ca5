"""Keeping the list of monitored outlets: who may, what is checked, what is audited, and how polls are scheduled."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from waspada.audit.models import AuditEvent
from waspada.core.enums import Marking
from waspada.core.exceptions import ApplicationError
from waspada.intake.models import Report, Source
from waspada.monitoring.models import FeedItem, FeedSource
from waspada.monitoring.services import (
    QUEUE_LEASE,
    feed_source_create,
    feed_source_delete,
    feed_source_poll,
    feed_source_poll_request,
    feed_source_set_enabled,
    feed_source_update,
    feed_sources_enqueue_due,
)
from waspada.monitoring.tasks import poll_source
from waspada.monitoring.tests.conftest import Item, LocalSite, rss

pytestmark = pytest.mark.django_db


def create(actor: Any, **overrides: Any) -> FeedSource:
    data: dict[str, Any] = {"name": "Tribun Kaltim", "feed_url": "https://kaltim.tribunnews.com/rss"}
    data.update(overrides)
    return feed_source_create(actor=actor, **data)


def update(actor: Any, source: FeedSource, **overrides: Any) -> FeedSource:
    data: dict[str, Any] = {
        "name": source.name,
        "feed_url": source.feed_url,
        "region_code": source.region_id,
        "poll_interval_minutes": source.poll_interval_minutes,
        "enabled": source.enabled,
        "reliability": source.reliability,
        "marking": source.marking,
    }
    data.update(overrides)
    return feed_source_update(actor=actor, source=source, **data)


def queued_polls() -> list[int]:
    return [r.args_kwargs["args"][0] for r in DBTaskResult.objects.filter(task_path__endswith="poll_source")]


def test_an_analyst_adds_an_outlet_with_sensible_defaults_and_an_audit_row(analis: Any) -> None:
    source = create(analis)
    assert (source.enabled, source.marking, source.reliability, source.poll_interval_minutes) == (
        True,
        Marking.PUBLIK,
        "C",
        30,
    )
    assert source.intake_source == Source.objects.get(name="Tribun Kaltim")
    assert source.intake_source.kind == "media"
    event = AuditEvent.objects.get(action="monitoring.source_create")
    assert event.actor == analis and event.region_code == "64" and event.data["feed_url"] == source.feed_url


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"name": "  "}, "Nama sumber wajib"),
        ({"feed_url": "javascript:alert(1)"}, "http:// atau https://"),
        ({"feed_url": "file:///etc/passwd"}, "http:// atau https://"),
        ({"poll_interval_minutes": 1}, "Selang pemeriksaan"),
        ({"reliability": "Z"}, "Keandalan"),
        ({"marking": "rahasia"}, "Klasifikasi"),
        ({"region_code": "64.08.01"}, "kabupaten/kota"),
        ({"region_code": "32.73"}, "di luar wilayah tugas"),
        ({"name": "Antara Kaltim"}, "Sudah ada sumber"),
        ({"feed_url": "https://kaltim.antaranews.com/rss/terkini.xml"}, "sudah dipantau"),
    ],
)
def test_invalid_sources_are_refused_with_a_clear_reason_and_nothing_is_stored(
    analis: Any, overrides: dict[str, Any], message: str
) -> None:
    create(analis, name="Antara Kaltim", feed_url="https://kaltim.antaranews.com/rss/terkini.xml")
    with pytest.raises(ApplicationError, match=message):
        create(analis, **overrides)
    assert FeedSource.objects.count() == 1


@pytest.mark.parametrize("persona", ["operator_kutim", "fkdm_kutim", "kominda", "pimpinan"])
def test_only_provincial_analysts_and_admins_manage_sources(request: pytest.FixtureRequest, persona: str) -> None:
    with pytest.raises(ApplicationError, match="tidak dapat mengelola"):
        create(request.getfixturevalue(persona))
    assert not FeedSource.objects.exists()


def test_an_analyst_of_another_province_cannot_touch_kaltim_sources(analis: Any, outsider: Any) -> None:
    source = create(analis)
    with pytest.raises(ApplicationError, match="di luar wilayah tugas"):
        feed_source_set_enabled(actor=outsider, source=source, enabled=False)
    with pytest.raises(ApplicationError, match="di luar wilayah tugas"):
        feed_source_delete(actor=outsider, source=source, confirm_name=source.name)
    assert FeedSource.objects.get().enabled


def test_editing_records_what_changed_and_a_new_address_starts_afresh(analis: Any) -> None:
    source = create(analis, region_code="64.72")
    FeedSource.objects.filter(pk=source.pk).update(etag='"lama"', consecutive_failures=3)
    source.refresh_from_db()
    update(analis, source, feed_url="https://kaltim.tribunnews.com/rss/samarinda", reliability="B")
    source.refresh_from_db()
    assert (source.etag, source.consecutive_failures) == ("", 0)
    event = AuditEvent.objects.get(action="monitoring.source_update")
    assert event.data == {
        "feed_url": ["https://kaltim.tribunnews.com/rss", "https://kaltim.tribunnews.com/rss/samarinda"],
        "reliability": ["C", "B"],
    }


def test_a_renamed_outlet_brings_new_reports_under_its_new_name(analis: Any) -> None:
    source = create(analis)
    old_outlet = source.intake_source
    source = update(analis, source, name="Tribun Kaltim (Samarinda)")
    assert source.intake_source.name == "Tribun Kaltim (Samarinda)"
    assert Source.objects.filter(pk=old_outlet.pk).exists(), "reports already stored keep their outlet"


def test_disabling_and_enabling_are_audited_and_enabling_polls_soon(analis: Any) -> None:
    source = create(analis)
    FeedSource.objects.filter(pk=source.pk).update(next_poll_at=timezone.now() + dt.timedelta(hours=5))
    feed_source_set_enabled(actor=analis, source=source, enabled=False)
    feed_source_set_enabled(actor=analis, source=source, enabled=False)
    source = feed_source_set_enabled(actor=analis, source=source, enabled=True)
    assert source.next_poll_at <= timezone.now()
    actions = list(AuditEvent.objects.filter(action__startswith="monitoring.source_").values_list("action", flat=True))
    assert sorted(actions) == ["monitoring.source_create", "monitoring.source_disable", "monitoring.source_enable"]


def test_deleting_asks_for_the_exact_name_and_keeps_reports_and_the_memory_of_seen_articles(
    analis: Any, site: LocalSite
) -> None:
    site.serve(
        "/feed", rss(Item("Banjir di Samarinda", site.url("/a"), "Air setinggi lutut.")), content_type="text/xml"
    )
    source = create(analis, feed_url=site.url("/feed"))
    feed_source_poll(source_id=source.pk, force=True)
    with pytest.raises(ApplicationError, match="Ketik nama sumber"):
        feed_source_delete(actor=analis, source=source, confirm_name="tribun")
    feed_source_delete(actor=analis, source=source, confirm_name="Tribun Kaltim")
    assert not FeedSource.objects.exists()
    assert Report.objects.filter(channel="news").count() == 1
    assert FeedItem.objects.get().source is None
    assert AuditEvent.objects.get(action="monitoring.source_delete").data["reports"] == 1
    # Added again, the feed brings nothing already stored.
    again = create(analis, feed_url=site.url("/feed"))
    result = feed_source_poll(source_id=again.pk, force=True)
    assert result is not None and (result.new, result.known) == (0, 1)


def test_the_scheduler_queues_each_due_enabled_source_once(analis: Any, settings: Any) -> None:
    now = timezone.now() + dt.timedelta(seconds=1)
    due = create(analis)
    create(analis, name="Nonaktif", feed_url="https://contoh.id/feed", enabled=False)
    later = create(analis, name="Nanti", feed_url="https://nanti.contoh.id/feed")
    FeedSource.objects.filter(pk=later.pk).update(next_poll_at=now + dt.timedelta(hours=2))
    assert feed_sources_enqueue_due(now=now) == 1
    assert feed_sources_enqueue_due(now=now) == 0, "already queued"
    assert queued_polls() == [due.pk]
    # A queued poll that never ran (its worker died) is queued again after a while.
    assert feed_sources_enqueue_due(now=now + QUEUE_LEASE + dt.timedelta(seconds=1)) == 1
    settings.WASPADA_MONITORING_ENABLED = False
    assert feed_sources_enqueue_due(now=now + dt.timedelta(days=1)) == 0


def test_the_task_polls_the_source_and_poll_now_queues_it(
    analis: Any, site: LocalSite, django_capture_on_commit_callbacks: Any
) -> None:
    site.serve("/feed", rss(Item("Pawai budaya Dayak", site.url("/p"), "Meriah dan tertib.")), content_type="text/xml")
    source = create(analis, feed_url=site.url("/feed"))
    FeedSource.objects.filter(pk=source.pk).update(next_poll_at=timezone.now() + dt.timedelta(hours=1))
    with pytest.raises(ApplicationError):
        feed_source_poll_request(
            actor=analis, source=create(analis, name="Mati", feed_url=site.url("/x"), enabled=False)
        )
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        feed_source_poll_request(actor=analis, source=source)
    assert len(callbacks) == 1 and queued_polls() == [source.pk]
    poll_source.call(source.pk)
    assert Report.objects.get(channel="news").title == "Pawai budaya Dayak"


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("monitoring_poll", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_operators_poll_from_the_command_line(analis: Any, site: LocalSite) -> None:
    from waspada.cli import _command_argv

    assert _command_argv(["monitoring", "poll", "--all"]) == ["monitoring_poll", "--all"]
    site.serve(
        "/feed", rss(Item("Rapat FKUB Balikpapan", site.url("/f"), "Membahas kerukunan.")), content_type="text/xml"
    )
    working = create(analis, name="Media Balikpapan", feed_url=site.url("/feed"), enabled=False)
    broken = create(analis, name="Media Rusak", feed_url=site.url("/hilang"))
    out, err = run("--source", str(working.pk))
    assert f"#{working.pk} Media Balikpapan: 1 artikel baru" in out, "a disabled source may be polled by hand"
    out, err = run("--all")
    assert f"#{broken.pk} Media Rusak: GAGAL — Server menjawab dengan kode galat HTTP: HTTP 404" in out
    assert "Media Balikpapan" not in out and "1 sumber gagal" in err
    out, _err = run()
    assert "Tidak ada sumber berita yang perlu diperiksa" in out, "the broken one waits for its backoff"
    with pytest.raises(CommandError, match="tidak ditemukan: 999"):
        run("--source", "999")


def test_the_demo_brings_kaltim_outlets_disabled_and_only_once() -> None:
    from waspada.demo.loader import demo_feed_sources_ensure

    created = demo_feed_sources_ensure()
    assert len(created) >= 5 and demo_feed_sources_ensure() == []
    assert not FeedSource.objects.filter(enabled=True).exists(), "no internet in the demo"
    assert {s.marking for s in created} == {Marking.PUBLIK}
    assert all(s.feed_url.startswith("https://") for s in created)
    assert AuditEvent.objects.filter(action="monitoring.source_create", actor_label="demo").count() == len(created)
    assert feed_sources_enqueue_due(now=timezone.now() + dt.timedelta(days=1)) == 0
