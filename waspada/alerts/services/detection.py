"""Burst detection wired to the database: event counts per hour, the detector bank's state, detector alerts.

Time series (``event_counts``): per region (kab/kota, or kecamatan where a report is placed that deep) ×
category × bidang, per hour or per day, from counted reports (analysed, not rejected, not rahasia), by the
time they *arrived*. Events, not copies: reports with the same ``event_key`` count once, in the hour their
first report arrived, weighted by the best Admiralty grading among them and raised when independent sources
tell the same.

The bank (``DetectorBank``, kab/kota × category) lives in one ``DetectorState`` row, as JSON:

- ``detection_advance(until=…)`` closes every hour from the state's ``next_hour`` to the last one before
  ``until`` — but never an hour that still has reports waiting for their analysis — raises the signals as
  detector alerts and saves the new state in ONE transaction, guarded by ``UPDATE … WHERE next_hour =
  previous``: a crash replays the hours (same counts, same state, the open alerts absorb the same signals),
  a second process that closed them first makes this one give up. The scheduler calls it every minute; each
  analysed report calls it too (as of its arrival), which is what moves the detectors through an import of
  history exactly as they would have moved live.
- ``detection_peek(kabkota_code=…, as_of=…)`` after each analysed report evaluates the open hour without
  learning, so a burst becomes an alert seconds after the report that makes it one.
- First start (no state yet): the bank replays up to eight weeks of stored history without raising alerts.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from waspada.alerts.enums import RuleKind
from waspada.alerts.models import Alert, AlertRule, DetectorState
from waspada.alerts.selectors import SignalRow, arrival_rows, earliest_arrival, first_pending_arrival
from waspada.core.enums import LEVEL_RANK, Level, Marking
from waspada.core.grading import grading_weight
from waspada.engine.burst import BURST_VERSION, BurstSignal, DetectorBank, hour_index, hour_start
from waspada.regions.models import Region, RegionLevel

logger = logging.getLogger(__name__)

STATE_NAME = "kabkota"
BURST_RULE_CODE = "lonjakan-detektor"
FIRST_START_HISTORY = dt.timedelta(weeks=8)
# Copies of one event may arrive in different hours; the count looks this far back for an event's first report.
EVENT_LOOKBACK = dt.timedelta(hours=24)
CORROBORATION_STEP = 0.3
HOUR = dt.timedelta(hours=1)


def event_key(row: SignalRow) -> str:
    """Which reports are one event: the ONE place that decides it. Near-duplicates (a forwarded chain, a syndicated
    article, a retyped copy; found at analysis) share the key of their first report; any other report is its own
    event, even in the same isu: three reports of a blockade, a protest and a clash are three events. A report an
    analyst rejects as a duplicate is not counted at all."""
    return f"laporan:{row.copy_of_id or row.pk}"


def source_key(row: SignalRow) -> str:
    """Who told it: the source, else the staff author, else the report itself (an unknown sender)."""
    if row.source_id:
        return f"sumber:{row.source_id}"
    if row.author_id:
        return f"petugas:{row.author_id}"
    return f"laporan:{row.pk}"


@dataclass(frozen=True, slots=True)
class Event:
    key: str
    first_arrival: dt.datetime
    kabkota: str
    kecamatan: str | None
    category: str
    domain: str
    weight: float
    report_ids: tuple[int, ...]


def events_of(rows: Iterable[SignalRow]) -> list[Event]:
    """Group reports into events: placed where and about what its first report says, weighted by the best grading."""
    groups: dict[str, list[SignalRow]] = defaultdict(list)
    for row in rows:
        if row.kabkota_id and row.category:
            groups[event_key(row)].append(row)
    events = []
    for key, members in groups.items():
        members.sort(key=lambda r: (r.received_at, r.pk))
        first = members[0]
        best = max(grading_weight(r.reliability, r.credibility) for r in members)
        sources = {source_key(r) for r in members}
        place = first.region_id or ""
        events.append(
            Event(
                key=key,
                first_arrival=first.received_at,
                kabkota=first.kabkota_id or "",
                kecamatan=".".join(place.split(".")[:3]) if place.count(".") >= 2 else None,
                category=first.category,
                domain=first.domain,
                weight=min(1.0, best + CORROBORATION_STEP * (len(sources) - 1)),
                report_ids=tuple(r.pk for r in members),
            )
        )
    return events


SeriesCounts = dict[tuple[str, str, str], float]


def event_counts(
    rows: Iterable[SignalRow],
    *,
    start: dt.datetime,
    end: dt.datetime,
    bucket: str = "hour",
    level: str = "kabkota",
    weighted: bool = True,
) -> dict[int, SeriesCounts]:
    """Events per bucket (hour or local day index) and series (region, category, bidang) whose first report
    arrived in [start, end). ``level``: "kabkota", or "kecamatan" (events placed at least that deep)."""
    counts: dict[int, SeriesCounts] = defaultdict(lambda: defaultdict(float))
    for event in events_of(rows):
        if not start <= event.first_arrival < end:
            continue
        region = event.kabkota if level == "kabkota" else event.kecamatan
        if not region:
            continue
        index = hour_index(event.first_arrival)
        if bucket == "day":
            index = (index + _utc_offset(region)) // 24
        counts[index][(region, event.category, event.domain)] += event.weight if weighted else 1.0
    return {k: dict(v) for k, v in counts.items()}


def _utc_offset(region_code: str) -> int:
    from waspada.engine.burst import utc_offset_for_region

    return utc_offset_for_region(region_code)


def detector_counts(rows: Iterable[SignalRow], *, start: dt.datetime, end: dt.datetime) -> dict[int, dict[Any, float]]:
    """The bank's input: events per UTC hour and (kab/kota, category), summed over bidang."""
    hourly: dict[int, dict[Any, float]] = {}
    for hour, series in event_counts(rows, start=start, end=end).items():
        per_key: dict[Any, float] = defaultdict(float)
        for (region, category, _domain), value in series.items():
            per_key[(region, category)] += value
        hourly[hour] = dict(per_key)
    return hourly


# ------------------------------------------------------------------------------------------------ the bank's state


@dataclass
class _Loaded:
    next_hour: dt.datetime | None
    updated_at: dt.datetime
    bank: DetectorBank


_cache: dict[str, _Loaded] = {}
_peek_cache: dict[tuple[str, dt.datetime, int], DetectorBank] = {}
# The banks in memory are shared by the threads of a web process (triage re-assesses on commit): one at a time.
_lock = threading.RLock()


def _region_names() -> dict[str, str]:
    return {
        code: name.removeprefix("Kabupaten ").removeprefix("Kab. ")
        for code, name in Region.objects.filter(level=RegionLevel.KABKOTA).values_list("code", "name")
    }


def _state_row() -> dict[str, Any] | None:
    row = DetectorState.objects.filter(name=STATE_NAME).values("next_hour", "updated_at").first()
    return dict(row) if row is not None else None


def _loaded_bank(row: Mapping[str, Any]) -> DetectorBank:
    """The bank as stored; read from the database only when another process has moved it since."""
    cached = _cache.get(STATE_NAME)
    if cached is not None and cached.next_hour == row["next_hour"] and cached.updated_at == row["updated_at"]:
        return cached.bank
    state = DetectorState.objects.values_list("state", flat=True).get(name=STATE_NAME)
    bank = DetectorBank.from_dict(state, region_names=_region_names())
    _cache[STATE_NAME] = _Loaded(next_hour=row["next_hour"], updated_at=row["updated_at"], bank=bank)
    return bank


def _closable_until(next_hour: dt.datetime, until: dt.datetime) -> dt.datetime:
    """The start of the first hour that may not be closed yet: the one holding `until`, or an earlier one that still
    has reports waiting for analysis (they will count there once analysed)."""
    open_hour = hour_start(hour_index(until))
    pending = first_pending_arrival(start=next_hour, end=open_hour)
    return hour_start(hour_index(pending)) if pending is not None else open_hour


def _replay(bank: DetectorBank, start: dt.datetime, end: dt.datetime) -> list[BurstSignal]:
    """Close the hours [start, end) on `bank` with the stored counts; return their signals."""
    rows = arrival_rows(start=start - EVENT_LOOKBACK, end=end)
    counts = detector_counts(rows, start=start, end=end)
    last = hour_index(end) - 1
    signals: list[BurstSignal] = []
    for hour in sorted(h for h in counts if h <= last):
        signals += bank.update(counts[hour], hour_start(hour))
    if bank.next_hour is None or hour_index(bank.next_hour) <= last:
        signals += bank.update({}, hour_start(last))
    return signals


def _first_start(until: dt.datetime) -> None:
    """Build the bank from up to eight weeks of stored history, raising nothing, and store it."""
    open_hour = hour_start(hour_index(until))
    earliest = earliest_arrival(start=open_hour - FIRST_START_HISTORY, end=open_hour)
    start = hour_start(hour_index(earliest)) if earliest is not None else open_hour - HOUR
    end = max(start + HOUR, _closable_until(start, until))
    bank = DetectorBank(region_names=_region_names())
    ignored = _replay(bank, start, end)
    try:
        with transaction.atomic():
            DetectorState.objects.create(
                name=STATE_NAME, next_hour=bank.next_hour, state=bank.to_dict(), version=BURST_VERSION
            )
    except IntegrityError:
        logger.info("another process started the detectors first")
        return
    logger.info(
        "detectors started from %s to %s (%d signals of the history not raised)", start, bank.next_hour, len(ignored)
    )


class _Moved(Exception):
    """Another process closed these hours first."""


def detection_advance(*, until: dt.datetime | None = None, raise_alerts: bool = True) -> list[Alert]:
    """Close every hour before the one holding `until` (default now) whose reports are all analysed."""
    # Never an hour that has not ended yet, whatever a caller's clock says.
    until = min(until or timezone.now(), timezone.now())
    with _lock:
        return _advance(until, raise_alerts=raise_alerts)


def _advance(until: dt.datetime, *, raise_alerts: bool) -> list[Alert]:
    row = _state_row()
    if row is None:
        _first_start(until)
        return []
    previous = row["next_hour"]
    if previous is None:
        return []
    end = _closable_until(previous, until)
    if end <= previous:
        return []
    bank = _loaded_bank(row)
    try:
        signals = _replay(bank, previous, end)
    except ValueError:
        # A gap longer than the bank accepts (a wrong clock, a stale state): start again from the history.
        logger.exception("the detector state cannot be moved to %s; starting it again", end)
        _cache.pop(STATE_NAME, None)
        DetectorState.objects.filter(name=STATE_NAME, next_hour=previous).delete()
        _first_start(until)
        return []
    now = timezone.now()
    try:
        with transaction.atomic():
            moved = DetectorState.objects.filter(name=STATE_NAME, next_hour=previous).update(
                next_hour=bank.next_hour, state=bank.to_dict(), version=BURST_VERSION, updated_at=now
            )
            if not moved:
                raise _Moved
            alerts = [a for s in signals for a in _alerts_for(s)] if raise_alerts else []
    except _Moved:
        _cache.pop(STATE_NAME, None)
        logger.info("detector hours from %s were closed by another process", previous)
        return []
    except BaseException:
        _cache.pop(STATE_NAME, None)  # the bank in memory moved, the stored one did not
        raise
    _cache[STATE_NAME] = _Loaded(next_hour=bank.next_hour, updated_at=now, bank=bank)
    return alerts


def _bank_for_hour(hour: int) -> DetectorBank | None:
    """A bank whose next hour is `hour`: the stored one, or (when closing waits for analyses) a copy moved on in
    memory only. None when `hour` lies before the stored state (history older than the detectors' clock)."""
    row = _state_row()
    if row is None or row["next_hour"] is None:
        return None
    stored = hour_index(row["next_hour"])
    if hour < stored:
        return None
    bank = _loaded_bank(row)
    if hour == stored:
        return bank
    key = (STATE_NAME, row["updated_at"], hour)
    if key not in _peek_cache:
        _peek_cache.clear()
        copy = DetectorBank.from_dict(bank.to_dict(), region_names=bank.region_names)
        _replay(copy, row["next_hour"], hour_start(hour))
        _peek_cache[key] = copy
    return _peek_cache[key]


def detection_peek(*, kabkota_code: str, as_of: dt.datetime) -> list[Alert]:
    """Evaluate the open hour of one kab/kota's series with what has arrived so far; raise what it shows."""
    if as_of > timezone.now():
        return []
    with _lock:
        return _peek(kabkota_code, as_of)


def _peek(kabkota_code: str, as_of: dt.datetime) -> list[Alert]:
    hour = hour_index(as_of)
    bank = _bank_for_hour(hour)
    if bank is None:
        return []
    start = hour_start(hour)
    rows = arrival_rows(start=start - EVENT_LOOKBACK, end=as_of, kabkota_codes=[kabkota_code])
    counts = detector_counts(rows, start=start, end=as_of + dt.timedelta(microseconds=1)).get(hour, {})
    if not counts:
        return []
    signals = bank.peek(counts, as_of)
    if not signals:
        return []
    with transaction.atomic():
        return [a for s in signals for a in _alerts_for(s)]


def detection_reset() -> None:
    """Forget the per-process copies (tests; a restored database)."""
    with _lock:
        _cache.clear()
        _peek_cache.clear()


# ----------------------------------------------------------------------------------------------- detector alerts


def burst_rule_ensure() -> None:
    """The default detector rule, created the first time no rule of kind "burst" exists at all (a deactivated one
    stays deactivated)."""
    if not AlertRule.objects.filter(kind=RuleKind.BURST).exists():
        AlertRule.objects.get_or_create(
            code=BURST_RULE_CODE,
            defaults={
                "name": "Lonjakan laporan terdeteksi oleh detektor",
                "kind": RuleKind.BURST,
                "params": {"min_score": 3.0},
                "level": Level.WASPADA,
            },
        )


def _level(rule: AlertRule, signal: BurstSignal) -> str:
    """Bursts of the most sensitive categories (clashes, mob justice, SARA…) are at least Siaga."""
    if signal.tier == "tinggi" and LEVEL_RANK[Level(rule.level)] < LEVEL_RANK[Level.SIAGA]:
        return Level.SIAGA
    return rule.level


def _reports_behind(signal: BurstSignal) -> tuple[list[int], str]:
    """The reports of the events in the signal's window, and their most common bidang."""
    rows = arrival_rows(
        start=signal.start - EVENT_LOOKBACK,
        end=signal.detected_at,
        kabkota_codes=[signal.region_code],
        category=signal.category,
    )
    events = [e for e in events_of(rows) if e.first_arrival >= signal.start]
    domains = Counter(e.domain for e in events if e.domain)
    ids = sorted(pk for e in events for pk in e.report_ids)
    return ids, domains.most_common(1)[0][0] if domains else ""


def _alerts_for(signal: BurstSignal) -> list[Alert]:
    from waspada.alerts.services.rules import alert_raise, burst_rules_matching

    report_ids, domain = _reports_behind(signal)
    burst_rule_ensure()
    rules = burst_rules_matching(
        region_code=signal.region_code, category=signal.category, domain=domain, score=signal.score
    )
    if not rules:
        return []
    region = Region.objects.get(code=signal.region_code)
    detail = (
        f"{signal.explanation}. Detektor {signal.detector}, skor {signal.score:.1f}: {signal.count:g} kejadian "
        f"dalam {signal.window_hours} jam, biasanya {signal.expected:.2f} (kepekaan {signal.tier}, "
        f"versi detektor {BURST_VERSION})."
    )
    alerts = []
    for rule in rules:
        alert = alert_raise(
            rule=rule,
            region=region,
            level=_level(rule, signal),
            marking=Marking.TERBATAS,
            title=signal.explanation,
            explanation=detail,
            report_ids=report_ids,
            raised_at=signal.detected_at,
            category=signal.category,
        )
        if alert is not None:
            alerts.append(alert)
    return alerts


def kabkota_of(alerts: Sequence[Alert]) -> list[str]:
    return sorted({a.region_id for a in alerts})
