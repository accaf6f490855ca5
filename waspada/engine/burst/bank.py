"""Many series at once: one row per (region_code, category), one vectorised step per closed hour.

The bank owns a clock. ``update(counts, t)`` closes hour ``t`` with the counts of the series that had
reports in it (every other series saw none); hours skipped since the previous update are closed as empty
first. ``peek(counts, as_of)`` evaluates the hour still open without learning from it, so a report can
raise a signal seconds after it is stored. A series appears the first time it has a report and is treated
as if it had seen nothing since the bank started, which is what happened.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from waspada.engine.burst import baseline
from waspada.engine.burst.arrays import FloatArray, IntArray, SeriesState, decode_array, encode_array
from waspada.engine.burst.baseline import Layout, SharedState
from waspada.engine.burst.clock import HOURS_PER_WEEK, hour_index, hour_start, local_label, utc_offset_for_region
from waspada.engine.burst.detectors import Firing, automaton_step, surprise_step
from waspada.engine.burst.explain import explain
from waspada.engine.burst.sensitivity import Sensitivity, sensitivity_for

BURST_VERSION = "1"
STATE_FORMAT = "waspada.burst.DetectorBank"
STATE_VERSION = 1

SURPRISE, KLEINBERG = "surprise", "kleinberg"
# A longer gap is a mistake (a wrong clock, a stale state), not downtime: closing it hour by hour would take
# minutes and teach the baseline that nothing ever happens.
MAX_GAP_HOURS = 366 * 24
DETECTORS: tuple[str, ...] = (SURPRISE, KLEINBERG)

SeriesKey = tuple[str, str]


@dataclass(frozen=True, slots=True)
class BurstSignal:
    """A burst in one series. Times are aware UTC datetimes; ``start`` is the first hour of the burst,
    ``detected_at`` the end of the hour whose counts raised it (or the moment of the ``peek``).

    ``size_ratio`` is ``count / expected`` over the burst's ``window_hours``; ``score`` the evidence in log10
    units (surprise: −log10 of the tail probability; kleinberg: log10 likelihood ratio of the burst path).
    ``explanation`` is rendered from ``explanation_id`` and ``explanation_args`` (see ``explain.TEMPLATES``).
    """

    region_code: str
    category: str
    start: datetime
    detected_at: datetime
    size_ratio: float
    score: float
    detector: str
    explanation_id: str
    explanation: str
    explanation_args: Mapping[str, str]
    count: float
    expected: float
    window_hours: int
    tier: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["start"] = self.start.isoformat()
        data["detected_at"] = self.detected_at.isoformat()
        data["explanation_args"] = dict(self.explanation_args)
        return data


class DetectorBank:
    """Burst detectors for every (region_code, category) series, with per-category sensitivity.

    Parameters: ``sensitivity`` overrides the tier of given categories; ``detectors`` chooses among
    ``"surprise"`` and ``"kleinberg"``; ``windows`` are the surprise test's windows in hours; the half-lives
    set how fast the level and the weekly profile forget; no signal is raised during the first
    ``warmup_hours`` the bank sees (feed history first); ``utc_offsets`` overrides the time zone that a
    region's code implies; ``region_names`` only serve the explanations.
    """

    def __init__(
        self,
        *,
        sensitivity: Mapping[str, Sensitivity] | None = None,
        detectors: Sequence[str] = DETECTORS,
        windows: Sequence[int] = (1, 3, 6),
        level_half_life_hours: float = 14 * 24,
        profile_half_life_hours: float = 8 * 7 * 24,
        warmup_hours: int = 7 * 24,
        utc_offsets: Mapping[str, int] | None = None,
        region_names: Mapping[str, str] | None = None,
    ) -> None:
        self.sensitivity = dict(sensitivity or {})
        self.detectors = tuple(detectors)
        self.windows = tuple(int(w) for w in windows)
        self.level_half_life_hours = float(level_half_life_hours)
        self.profile_half_life_hours = float(profile_half_life_hours)
        self.warmup_hours = int(warmup_hours)
        self.utc_offsets = dict(utc_offsets or {})
        self.region_names = dict(region_names or {})
        unknown = set(self.detectors) - set(DETECTORS)
        if unknown or not self.detectors:
            raise ValueError(f"detectors must be a non-empty subset of {DETECTORS}, got {self.detectors}")
        if not self.windows or min(self.windows) < 1 or max(self.windows) > 7 * 24:
            raise ValueError(f"windows must be between 1 and 168 hours, got {self.windows}")
        if not (self.level_half_life_hours > 0 and self.profile_half_life_hours > 0 and self.warmup_hours >= 0):
            raise ValueError("half-lives must be positive and warmup_hours non-negative")

    # ---------------------------------------------------------------- feeding

    @property
    def next_hour(self) -> datetime | None:
        """The hour ``update`` expects next (any later one is fine: the gap is closed as empty)."""
        return hour_start(self.hour_ + 1) if self._started() else None

    @property
    def keys(self) -> tuple[SeriesKey, ...]:
        return tuple(self.keys_) if self._started() else ()

    def update(self, counts: Mapping[SeriesKey, float], t: datetime) -> list[BurstSignal]:
        """Close hour ``t`` (the hour containing it) with these counts; return the signals it opens."""
        hour = hour_index(t)
        values = _validated(counts)
        if not self._started():
            self._begin(hour)
        elif hour <= self.hour_:
            raise ValueError(f"hour {hour_start(hour).isoformat()} is already closed; next is {self.next_hour}")
        elif hour - self.hour_ > MAX_GAP_HOURS:
            raise ValueError(f"{hour - self.hour_} hours since the last closed one: start a new bank instead")
        signals: list[BurstSignal] = []
        while self.hour_ + 1 < hour:
            signals += self._step(self.hour_ + 1, {})
        signals += self._step(hour, values)
        return signals

    def peek(self, counts: Mapping[SeriesKey, float], as_of: datetime) -> list[BurstSignal]:
        """Signals the open hour would raise with the counts it has so far; learns nothing.

        ``as_of`` must fall in the hour after the last closed one. A signal raised here is raised again by
        ``update`` when the hour closes with at least these counts (both tests only grow with the counts).
        """
        hour = hour_index(as_of)
        values = _validated(counts)
        if not self._started() or hour != self.hour_ + 1:
            raise ValueError(f"peek needs the hour after the last closed one ({self.next_hour}); close hours first")
        if not values:
            return []
        keys = list(values)
        with self._unchanged_categories():
            series, layout, rows = self._with_rows(keys)
            expected = baseline.expected_counts(hour, series, layout, self.shared_)
            sub = series.take(rows)
            sub_layout = Layout(category=layout.category[rows], zone=layout.zone[rows], offsets=layout.offsets)
            fresh = np.array([k not in self.index_ for k in keys])
            sub.recent_expected[fresh] = expected[rows][fresh, None]
            count = np.array([values[k] for k in keys])
            firings = self._detect(hour, count, expected[rows], sub, sub_layout)
            return self._signals(hour, firings, keys, sub, sub_layout, detected_at=as_of, commit=False)

    def expected(self, key: SeriesKey) -> float:
        """Expected count of ``key`` in the next hour under its seasonal baseline."""
        if not self._started():
            raise ValueError("the bank has seen no hour yet")
        with self._unchanged_categories():
            series, layout, rows = self._with_rows([key])
            return float(baseline.expected_counts(self.hour_ + 1, series, layout, self.shared_)[rows[0]])

    # ---------------------------------------------------------------- persistence

    def get_params(self) -> dict[str, Any]:
        return {
            "sensitivity": {code: s.to_dict() for code, s in sorted(self.sensitivity.items())},
            "detectors": list(self.detectors),
            "windows": list(self.windows),
            "level_half_life_hours": self.level_half_life_hours,
            "profile_half_life_hours": self.profile_half_life_hours,
            "warmup_hours": self.warmup_hours,
            "utc_offsets": dict(sorted(self.utc_offsets.items())),
        }

    def to_dict(self) -> dict[str, Any]:
        """Parameters and everything learned, JSON-able; ``from_dict`` resumes exactly where this stopped."""
        state: dict[str, Any] | None = None
        if self._started():
            state = {
                "hour": self.hour_,
                "hours_seen": self.hours_seen_,
                "keys": [list(k) for k in self.keys_],
                "categories": list(self.categories_),
                "level_exposure": self.shared_.level_exposure,
                "exposure_how": encode_array(self.shared_.exposure_how),
                "profile_scale": self.shared_.profile_scale,
                "pooled_week": encode_array(self.shared_.pooled_week),
                "dispersion": encode_array(self.shared_.dispersion),
                "series": self.series_.to_dict(),
            }
        return {
            "format": STATE_FORMAT,
            "version": STATE_VERSION,
            "burst_version": BURST_VERSION,
            "params": self.get_params(),
            "state": state,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, region_names: Mapping[str, str] | None = None) -> DetectorBank:
        if data.get("format") != STATE_FORMAT or data.get("version") != STATE_VERSION:
            raise ValueError(
                f"not a detector bank state this version can read (format {data.get('format')!r}, "
                f"version {data.get('version')!r}; expected {STATE_FORMAT!r} {STATE_VERSION})"
            )
        params = data["params"]
        bank = cls(
            sensitivity={code: Sensitivity.from_dict(s) for code, s in params["sensitivity"].items()},
            detectors=params["detectors"],
            windows=params["windows"],
            level_half_life_hours=params["level_half_life_hours"],
            profile_half_life_hours=params["profile_half_life_hours"],
            warmup_hours=params["warmup_hours"],
            utc_offsets=params["utc_offsets"],
            region_names=region_names,
        )
        state = data["state"]
        if state is None:
            return bank
        bank._begin(int(state["hour"]))
        bank.hour_ = int(state["hour"])
        bank.hours_seen_ = int(state["hours_seen"])
        keys = [(str(r), str(c)) for r, c in state["keys"]]
        bank.categories_ = [str(c) for c in state["categories"]]
        bank._category_arrays()
        bank.shared_ = SharedState(
            level_exposure=float(state["level_exposure"]),
            exposure_how=decode_array(state["exposure_how"]),
            profile_scale=float(state["profile_scale"]),
            pooled_week=decode_array(state["pooled_week"]),
            dispersion=decode_array(state["dispersion"]),
        )
        n_categories = len(bank.categories_)
        if bank.shared_.dispersion.shape != (n_categories, baseline.DISPERSION_SUMS) or (
            bank.shared_.pooled_week.shape != (n_categories, HOURS_PER_WEEK)
        ):
            raise ValueError("detector state: category arrays do not match its categories")
        bank.keys_ = keys
        bank.index_ = {k: i for i, k in enumerate(keys)}
        bank.layout_ = bank._layout_for(keys, base=None)
        bank._storage = SeriesState.from_dict(state["series"], n=len(keys), width=bank._width())
        bank.series_ = bank._storage
        return bank

    def to_path(self, path: str | Path) -> None:
        """Write ``to_dict()`` as JSON, atomically (a crash leaves the previous file)."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(self.to_dict(), out, separators=(",", ":"))
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    @classmethod
    def from_path(cls, path: str | Path, *, region_names: Mapping[str, str] | None = None) -> DetectorBank:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")), region_names=region_names)

    # ---------------------------------------------------------------- learned state

    hour_: int
    hours_seen_: int
    keys_: list[SeriesKey]
    index_: dict[SeriesKey, int]
    categories_: list[str]
    series_: SeriesState  # views of the first len(keys_) rows of _storage
    _storage: SeriesState
    layout_: Layout
    shared_: SharedState
    _alpha: FloatArray
    _min_count: FloatArray
    _min_ratio: FloatArray
    _scale: FloatArray
    _floor: FloatArray
    _transition_cost: FloatArray
    _cooldown: IntArray
    _tiers: list[str]

    def _started(self) -> bool:
        return hasattr(self, "hour_")

    def _begin(self, hour: int) -> None:
        self.hour_ = hour - 1
        self.hours_seen_ = 0
        self.keys_ = []
        self.index_ = {}
        self.categories_ = []
        self.shared_ = SharedState.fresh()
        self._category_arrays()
        self.layout_ = Layout(
            category=np.zeros(0, dtype=np.int64), zone=np.zeros(0, dtype=np.int64), offsets=np.zeros(0, dtype=np.int64)
        )
        self._storage = SeriesState.fresh(0, width=self._width(), transition_cost=np.zeros(0))
        self.series_ = self._storage

    def _width(self) -> int:
        return max(self.windows)

    def _category_arrays(self) -> None:
        tiers = [sensitivity_for(c, self.sensitivity) for c in self.categories_]
        self._alpha = np.array([s.alpha for s in tiers], dtype=np.float64)
        self._min_count = np.array([s.min_count for s in tiers], dtype=np.float64)
        self._min_ratio = np.array([s.min_ratio for s in tiers], dtype=np.float64)
        self._scale = np.array([s.burst_scale for s in tiers], dtype=np.float64)
        self._floor = np.array([s.burst_floor for s in tiers], dtype=np.float64)
        self._transition_cost = np.array([s.transition_cost for s in tiers], dtype=np.float64)
        self._cooldown = np.array([s.cooldown_hours for s in tiers], dtype=np.int64)
        self._tiers = [s.tier for s in tiers]

    def _offset(self, region_code: str) -> int:
        return int(self.utc_offsets.get(region_code, utc_offset_for_region(region_code)))

    def _layout_for(self, keys: Sequence[SeriesKey], base: Layout | None) -> Layout:
        """Layout of ``keys`` appended to ``base`` (or alone); new categories must already be known."""
        offsets = [int(o) for o in base.offsets] if base is not None else []
        zones = []
        for region, _ in keys:
            offset = self._offset(region)
            if offset not in offsets:
                offsets.append(offset)
            zones.append(offsets.index(offset))
        category_index = {c: i for i, c in enumerate(self.categories_)}
        category = np.array([category_index[c] for _, c in keys], dtype=np.int64)
        zone = np.array(zones, dtype=np.int64)
        if base is not None:
            category = np.concatenate([base.category, category])
            zone = np.concatenate([base.zone, zone])
        return Layout(category=category, zone=zone, offsets=np.array(offsets, dtype=np.int64))

    def _know_categories(self, keys: Sequence[SeriesKey]) -> None:
        new = sorted({c for _, c in keys} - set(self.categories_))
        if new:
            self.categories_ += new
            self.shared_.add_categories(len(new))
            self._category_arrays()

    def _fresh_rows(self, keys: Sequence[SeriesKey], layout: Layout) -> SeriesState:
        category = layout.category[len(layout.category) - len(keys) :]
        return SeriesState.fresh(len(keys), width=self._width(), transition_cost=self._transition_cost[category])

    def _register(self, keys: Sequence[SeriesKey]) -> IntArray:
        new = [k for k in keys if k not in self.index_]
        if not new:
            return np.zeros(0, dtype=np.int64)
        self._know_categories(new)
        first, used = len(self.keys_), len(self.keys_) + len(new)
        self.layout_ = self._layout_for(new, self.layout_)
        # Storage grows by doubling, so that series first met one by one cost amortised constant time.
        if used > len(self._storage):
            self._storage = self._storage.with_capacity(max(used, 2 * len(self._storage), 64), used=first)
        self._storage.put(first, self._fresh_rows(new, self.layout_))
        self.series_ = self._storage.head(used)
        for i, key in enumerate(new):
            self.index_[key] = first + i
        self.keys_ += new
        return np.arange(first, first + len(new), dtype=np.int64)

    @contextmanager
    def _unchanged_categories(self) -> Iterator[None]:
        """Reading must not leave a trace: categories first met while peeking are forgotten afterwards."""
        categories = list(self.categories_)
        pooled_week, dispersion = self.shared_.pooled_week, self.shared_.dispersion
        try:
            yield
        finally:
            if len(self.categories_) != len(categories):
                self.categories_ = categories
                self.shared_.pooled_week, self.shared_.dispersion = pooled_week, dispersion
                self._category_arrays()

    def _with_rows(self, keys: Sequence[SeriesKey]) -> tuple[SeriesState, Layout, IntArray]:
        """The bank's series plus fresh rows for unknown keys (nothing stored), and the rows of ``keys``."""
        unknown = list(dict.fromkeys(k for k in keys if k not in self.index_))
        series, layout = self.series_, self.layout_
        if unknown:
            self._know_categories(unknown)
            layout = self._layout_for(unknown, layout)
            series = series.extend(self._fresh_rows(unknown, layout))
        where = {k: len(self.keys_) + i for i, k in enumerate(unknown)}
        rows = np.array([self.index_.get(k, where.get(k, -1)) for k in keys], dtype=np.int64)
        return series, layout, rows

    # ---------------------------------------------------------------- one hour

    def _step(self, hour: int, values: Mapping[SeriesKey, float]) -> list[BurstSignal]:
        new_rows = self._register(list(values))
        series, layout = self.series_, self.layout_
        count = np.zeros(len(series))
        if values:
            count[[self.index_[k] for k in values]] = list(values.values())
        expected = baseline.expected_counts(hour, series, layout, self.shared_)
        if new_rows.size:
            series.recent_expected[new_rows] = expected[new_rows, None]
        firings = self._detect(hour, count, expected, series, layout)
        signals = self._signals(hour, firings, self.keys_, series, layout, detected_at=None, commit=True)
        baseline.learn(
            hour,
            count,
            expected,
            series,
            layout,
            self.shared_,
            level_decay=0.5 ** (1.0 / self.level_half_life_hours),
            profile_decay=0.5 ** (1.0 / self.profile_half_life_hours),
            learn_dispersion=self.hours_seen_ >= self.warmup_hours,
        )
        self.hour_ = hour
        self.hours_seen_ += 1
        return signals

    def _detect(
        self, hour: int, count: FloatArray, expected: FloatArray, series: SeriesState, layout: Layout
    ) -> list[tuple[str, Firing]]:
        slot = hour % self._width()
        series.recent_counts[:, slot] = count
        series.recent_expected[:, slot] = expected
        theta_by_category, phi_by_category = baseline.dispersion(self.shared_)
        category = layout.category
        theta, phi = theta_by_category[category], phi_by_category[category]
        firings: list[tuple[str, Firing]] = []
        if SURPRISE in self.detectors:
            firing = surprise_step(
                hour,
                series,
                windows=self.windows,
                theta=theta,
                phi=phi,
                alpha=self._alpha[category],
                min_count=self._min_count[category],
                min_ratio=self._min_ratio[category],
            )
            firings.append((SURPRISE, firing))
        if KLEINBERG in self.detectors:
            firing = automaton_step(
                hour,
                count,
                expected,
                series,
                theta=theta,
                phi=phi,
                scale=self._scale[category],
                floor=self._floor[category],
                transition_cost=self._transition_cost[category],
                min_count=self._min_count[category],
                min_ratio=self._min_ratio[category],
            )
            firings.append((KLEINBERG, firing))
        return firings

    def _signals(
        self,
        hour: int,
        firings: Sequence[tuple[str, Firing]],
        keys: Sequence[SeriesKey],
        series: SeriesState,
        layout: Layout,
        *,
        detected_at: datetime | None,
        commit: bool,
    ) -> list[BurstSignal]:
        if self.hours_seen_ < self.warmup_hours:
            return []
        chosen: dict[int, tuple[str, Firing, int]] = {}
        for detector, firing in firings:  # the surprise test's window explains an acute burst best
            for i, row in enumerate(firing.rows.tolist()):
                chosen.setdefault(row, (detector, firing, i))
        signals: list[BurstSignal] = []
        for row in sorted(chosen):
            detector, firing, i = chosen[row]
            category = int(layout.category[row])
            quiet_for = hour - int(series.last_alarm[row])
            if commit:
                series.last_alarm[row] = hour
            if quiet_for <= int(self._cooldown[category]):
                continue
            signals.append(
                self._signal(
                    keys[row], detector, firing, i, category, int(layout.offsets[layout.zone[row]]), hour, detected_at
                )
            )
        return signals

    def _signal(
        self,
        key: SeriesKey,
        detector: str,
        firing: Firing,
        i: int,
        category: int,
        utc_offset: int,
        hour: int,
        detected_at: datetime | None,
    ) -> BurstSignal:
        region_code, category_code = key
        start = int(firing.start[i])
        count, expected = float(firing.count[i]), float(firing.expected[i])
        hours = int(firing.hours[i])
        template_id, args, text = explain(
            sustained=detector == KLEINBERG,
            category=category_code,
            region=self.region_names.get(region_code, region_code),
            count=count,
            expected=expected,
            hours=hours,
            since=local_label(start, utc_offset),
        )
        return BurstSignal(
            region_code=region_code,
            category=category_code,
            start=hour_start(start),
            detected_at=detected_at or hour_start(hour + 1),
            size_ratio=count / expected,
            score=float(firing.score[i]),
            detector=detector,
            explanation_id=template_id,
            explanation=text,
            explanation_args=args,
            count=count,
            expected=expected,
            window_hours=hours,
            tier=self._tiers[category],
        )


def _validated(counts: Mapping[SeriesKey, float]) -> dict[SeriesKey, float]:
    values: dict[SeriesKey, float] = {}
    for key, raw in counts.items():
        if not (isinstance(key, tuple) and len(key) == 2 and all(isinstance(part, str) for part in key)):
            raise ValueError(f"series keys are (region_code, category) pairs of strings, got {key!r}")
        value = float(raw)
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"count for {key} must be a finite number ≥ 0, got {raw!r}")
        if value > 0:
            values[key] = value
    return values
