"""Burst detection in the app: events counted once, the detectors' state surviving restarts, alerts raised once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from django.utils import timezone

from waspada.alerts.enums import RuleKind
from waspada.alerts.models import Alert, DetectorState
from waspada.alerts.selectors import arrival_rows
from waspada.alerts.services import detection, region_risk_and_alerts_update
from waspada.alerts.services.detection import (
    detection_advance,
    detection_peek,
    detection_reset,
    event_counts,
    event_key,
)
from waspada.analysis.models import ReportAnalysis
from waspada.core.enums import Channel, Marking
from waspada.engine.burst import hour_index, hour_start
from waspada.intake.enums import AnalysisStatus, ReportStatus
from waspada.intake.models import Report
from waspada.intake.services import report_submit
from waspada.issues.models import Issue

pytestmark = pytest.mark.django_db

# A whole hour two hours ago: the burst's hour, with the past of the story counted back from it.
NOW = timezone.now()
T = hour_start(hour_index(NOW)) - dt.timedelta(hours=2)
SANGATTA = "64.08.04.2001"


@pytest.fixture(autouse=True)
def fresh_detectors() -> Iterator[None]:
    detection_reset()
    yield
    detection_reset()


def report(
    at: dt.datetime,
    *,
    place: str = SANGATTA,
    category: str = "bentrok_antarkelompok",
    severity: int = 3,
    marking: str = Marking.TERBATAS,
    grading: str = "B2",
    issue: Issue | None = None,
    analysed: bool = True,
    status: str = ReportStatus.BARU,
    copy_of: Report | None = None,
) -> Report:
    created = report_submit(
        channel=Channel.FIELD_REPORT,
        title=f"Laporan {category}",
        text="Uraian fakta kejadian.",
        region_code=place,
        occurred_at=at,
        received_at=at,
        marking=marking,
        reliability=grading[0],
        credibility=int(grading[1]),
        enqueue_analysis=False,
    ).report
    Report.objects.filter(pk=created.pk).update(
        severity=severity,
        category=category,
        domain="hankam",
        issue=issue,
        status=status,
        analysis_status=AnalysisStatus.DONE if analysed else AnalysisStatus.PENDING,
    )
    if copy_of is not None:
        ReportAnalysis.objects.create(report=created, engine_version="uji", copy_of=copy_of, copy_similarity=0.9)
    return Report.objects.get(pk=created.pk)


def calm_history(days: int = 10) -> None:
    """A quiet fortnight in Kutai Timur: a complaint about public services twice a day, never a clash."""
    for day in range(days, 0, -1):
        for hour in (3, 9):
            report(T - dt.timedelta(days=day, hours=-hour), category="tata_kelola", severity=1)


def issue_in(region: str = "64.08") -> Issue:
    return Issue.objects.create(
        title="Isu", region_id=region, category="bentrok_antarkelompok", first_seen=T, last_seen=T
    )


def test_copies_count_once_and_other_reports_of_the_isu_are_events_of_their_own() -> None:
    isu = issue_in()
    first = report(T + dt.timedelta(minutes=5), issue=isu)
    copy = report(T + dt.timedelta(minutes=25), issue=isu, copy_of=first)  # a forwarded copy: counted once
    report(T + dt.timedelta(minutes=26), copy_of=first)  # another copy, not even in the isu
    report(T + dt.timedelta(minutes=40), issue=isu)  # the same isu, another happening: an event
    report(T + dt.timedelta(minutes=70), issue=isu)  # the same isu an hour later: an event
    report(T + dt.timedelta(minutes=30), place="64.08.09.2004")  # another event, another kecamatan
    report(T + dt.timedelta(minutes=31), marking=Marking.RAHASIA)  # never counted
    report(T + dt.timedelta(minutes=32), status=ReportStatus.DITOLAK)  # rejected: never counted
    report(T + dt.timedelta(minutes=33), analysed=False)  # not analysed yet
    report(T + dt.timedelta(minutes=34), grading="D4", category="sengketa_lahan")  # a rumour counts 0.4

    by_id = {row.pk: row for row in arrival_rows(start=T, end=T + dt.timedelta(hours=3))}
    assert event_key(by_id[copy.pk]) == event_key(by_id[first.pk]) == f"laporan:{first.pk}"
    rows = arrival_rows(start=T - dt.timedelta(hours=24), end=T + dt.timedelta(hours=3))
    hourly = event_counts(rows, start=T, end=T + dt.timedelta(hours=3))
    h = hour_index(T)
    assert hourly[h] == {("64.08", "bentrok_antarkelompok", "hankam"): 3.0, ("64.08", "sengketa_lahan", "hankam"): 0.4}
    assert hourly[h + 1] == {("64.08", "bentrok_antarkelompok", "hankam"): 1.0}
    by_kecamatan = event_counts(rows, start=T, end=T + dt.timedelta(hours=3), level="kecamatan", weighted=False)
    assert by_kecamatan[h][("64.08.04", "bentrok_antarkelompok", "hankam")] == 2.0
    assert by_kecamatan[h][("64.08.09", "bentrok_antarkelompok", "hankam")] == 1.0
    daily = event_counts(rows, start=T, end=T + dt.timedelta(hours=3), bucket="day", weighted=False)
    assert sum(v for day in daily.values() for v in day.values()) == 5


def test_first_start_learns_the_history_without_raising_anything() -> None:
    calm_history()
    for minute in (5, 15, 25, 35):  # a burst in the history: learned, not raised
        report(T - dt.timedelta(days=3) + dt.timedelta(minutes=minute))
    assert detection_advance(until=T) == []
    state = DetectorState.objects.get()
    assert state.next_hour == T and state.state["state"]["hours_seen"] >= 9 * 24
    assert not Alert.objects.exists()


def test_a_burst_is_raised_within_seconds_once_and_resumes_after_a_restart() -> None:
    calm_history()
    detection_advance(until=T)
    reports = [report(T + dt.timedelta(minutes=m)) for m in (5, 15, 25)]
    for r in reports:
        region_risk_and_alerts_update(region_code="64.08", as_of=r.received_at)

    # Peeking at the open hour raised it at the third clash report, without waiting for the hour to close.
    alert = Alert.objects.get(rule__kind=RuleKind.BURST)
    assert alert.raised_at == reports[2].received_at
    assert (alert.region_id, alert.category, alert.level) == ("64.08", "bentrok_antarkelompok", "siaga")
    assert sorted(alert.report_ids) == sorted(r.pk for r in reports)
    assert "Lonjakan laporan bentrok antarkelompok di Kutai Timur" in alert.title
    # The index takes the burst in: its assessment names it.
    assert (
        "lonjakan laporan bentrok antarkelompok terdeteksi"
        in region_risk_and_alerts_update(region_code="64.08", as_of=reports[2].received_at).explanation
    )

    # The scheduler closes the hour: the same burst folds into the open alert instead of raising another.
    detection_advance(until=T + dt.timedelta(hours=1, minutes=5))
    assert Alert.objects.filter(rule__kind=RuleKind.BURST).count() == 1

    # A restart: nothing in memory, everything from DetectorState. The cooldown survived: no new alert.
    detection_reset()
    before = DetectorState.objects.get()
    assert before.next_hour is not None
    report(T + dt.timedelta(hours=1, minutes=20))
    region_risk_and_alerts_update(region_code="64.08", as_of=T + dt.timedelta(hours=1, minutes=20))
    detection_advance(until=T + dt.timedelta(hours=2, minutes=1))
    after = DetectorState.objects.get()
    assert after.next_hour == before.next_hour + dt.timedelta(hours=1)
    assert after.state["state"]["hours_seen"] == before.state["state"]["hours_seen"] + 1
    assert Alert.objects.filter(rule__kind=RuleKind.BURST).count() == 1


def test_a_second_scheduler_that_closed_the_hours_first_makes_the_other_give_up(monkeypatch: Any) -> None:
    calm_history()
    detection_advance(until=T)
    for minute in (5, 15, 25, 35):
        report(T + dt.timedelta(minutes=minute))
    real_replay = detection._replay
    raced: list[bool] = []

    def replay_while_another_process_closes(bank: Any, start: dt.datetime, end: dt.datetime) -> Any:
        if not raced:
            raced.append(True)
            detection_reset()
            detection_advance(until=end)  # the other scheduler, faster
        return real_replay(bank, start, end)

    monkeypatch.setattr(detection, "_replay", replay_while_another_process_closes)
    assert detection_advance(until=T + dt.timedelta(hours=1, minutes=5)) == []
    state = DetectorState.objects.get()
    assert state.next_hour == T + dt.timedelta(hours=1)
    assert Alert.objects.filter(rule__kind=RuleKind.BURST).count() == 1


def test_a_crash_before_the_commit_replays_the_hour_instead_of_losing_or_doubling_it(monkeypatch: Any) -> None:
    calm_history()
    detection_advance(until=T)
    for minute in (5, 15, 25, 35):
        report(T + dt.timedelta(minutes=minute))
    hours_before = DetectorState.objects.get().state["state"]["hours_seen"]

    def crash(signal: Any) -> list[Alert]:
        raise RuntimeError("kill -9")

    monkeypatch.setattr(detection, "_alerts_for", crash)
    with pytest.raises(RuntimeError):
        detection_advance(until=T + dt.timedelta(hours=1, minutes=5))
    assert DetectorState.objects.get().next_hour == T and not Alert.objects.exists()

    monkeypatch.undo()
    raised = detection_advance(until=T + dt.timedelta(hours=1, minutes=5))
    assert len(raised) == 1 and Alert.objects.count() == 1
    state = DetectorState.objects.get()
    assert (state.next_hour, state.state["state"]["hours_seen"]) == (T + dt.timedelta(hours=1), hours_before + 1)


def test_an_hour_waits_for_reports_still_being_analysed() -> None:
    calm_history(days=2)
    detection_advance(until=T)
    report(T + dt.timedelta(minutes=50), analysed=False)
    detection_advance(until=T + dt.timedelta(hours=2))
    assert DetectorState.objects.get().next_hour == T
    Report.objects.update(analysis_status=AnalysisStatus.DONE)
    detection_advance(until=T + dt.timedelta(hours=2))
    assert DetectorState.objects.get().next_hour == T + dt.timedelta(hours=2)


def test_peeking_at_history_older_than_the_detectors_changes_nothing() -> None:
    calm_history(days=2)
    detection_advance(until=T)
    old = [report(T - dt.timedelta(hours=30, minutes=-m)) for m in (1, 2, 3, 4)]
    assert detection_peek(kabkota_code="64.08", as_of=old[-1].received_at) == []
    assert DetectorState.objects.get().next_hour == T and not Alert.objects.exists()


def test_an_analyst_who_switched_the_detector_rule_off_gets_no_detector_alerts() -> None:
    calm_history()
    detection_advance(until=T)
    detection.burst_rule_ensure()
    from waspada.alerts.models import AlertRule

    AlertRule.objects.filter(kind=RuleKind.BURST).update(active=False)
    for minute in (5, 15, 25, 35):
        report(T + dt.timedelta(minutes=minute))
    detection_advance(until=T + dt.timedelta(hours=1, minutes=5))
    assert not Alert.objects.exists()
    assert DetectorState.objects.get().next_hour == T + dt.timedelta(hours=1)
