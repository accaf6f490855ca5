"""The seasonal count baseline: what each series usually sees in a given local hour of the week.

Expected count of series *s* (category *c*) in local hour of the week *b* (day *d*, hour *h*), floored:

    μ = level(s) × week(c, b) × day(s, d) × hour(s, h)

* **level** — reports per hour, decayed with ``level_half_life_hours`` (default 14 days), shrunk towards
  ``FLOOR_RATE`` by ``LEVEL_PRIOR_HOURS`` of pseudo-exposure, so a series with no history expects almost
  nothing and never zero;
* **week** — the category's shape over the 168 hours of the week, pooled over every region of the category:
  its reports in bin *b* over what a flat week would put there, shrunk by ``POOLED_PROFILE_PRIOR``
  pseudo-reports towards flat, normalised to mean 1. 168 bins, not day × hour, so that a Monday-morning
  peak of weekly reports does not make Monday night look busy;
* **day / hour** — how the series departs from its category's shape: its own reports on day *d* (at hour
  *h*) over what the category's shape would have put there, shrunk by ``SERIES_PROFILE_PRIOR``
  pseudo-reports towards 1. Busy series learn their own week; sparse ones keep their category's. Per series
  this costs 31 numbers, not 168, which keeps kecamatan-level banks (≈124,000 series) small.

Counts are decayed with ``profile_half_life_hours`` (default 8 weeks) and stored divided by
``profile_scale`` (the decay so far), so that forgetting costs nothing per hour; the scale is folded back
in long before it could underflow. Exposure is tracked per UTC hour of the week, so a profile is unbiased
from the first week on and across the three time zones.

The spread around that expectation is learned per category: ``Var = θ·μ + φ·μ²``. θ ≥ 1 measures reports
that arrive in copies (the same event reported several times, which deduplication missed); φ measures
media-attention days that lift every count together. θ comes from low-rate hours (squared residuals over
reports, which stays unbiased when the expectation lags), φ from busy ones; both only after the warm-up.

A count is learned only up to ``μ + 4·sd + 2θ`` so that a burst does not raise its own baseline much.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waspada.engine.burst.arrays import FloatArray, IntArray, SeriesState
from waspada.engine.burst.clock import HOURS_PER_WEEK, hour_of_week

FLOOR_RATE = 1.0 / 2160.0  # one report in 90 days
LEVEL_PRIOR_HOURS = 24.0
SERIES_PROFILE_PRIOR = 10.0
POOLED_PROFILE_PRIOR = 5.0
RESCALE_BELOW = 1e-150

THETA_PRIOR, THETA_PRIOR_WEIGHT, THETA_MIN, THETA_MAX = 1.2, 20.0, 1.0, 4.0
PHI_PRIOR, PHI_PRIOR_WEIGHT, PHI_MIN, PHI_MAX = 0.1, 50.0, 0.02, 2.0
LOW_RATE_BELOW = 0.5
LEARN_CAP_SDS, LEARN_CAP_COPIES = 4.0, 2.0

# Columns of the per-category dispersion sums.
R_LOW, X_LOW, R_HIGH, MU_HIGH, MU2_HIGH = range(5)
DISPERSION_SUMS = 5


@dataclass(slots=True)
class SharedState:
    """What the whole bank learns besides the series: exposure (hours seen, decayed), the weekly counts'
    scale, each category's counts per local hour of the week and its dispersion sums."""

    level_exposure: float
    exposure_how: FloatArray  # (168,), by UTC hour of the week
    profile_scale: float
    pooled_week: FloatArray  # (categories, 168), by local hour of the week, divided by profile_scale
    dispersion: FloatArray  # (categories, DISPERSION_SUMS)

    @classmethod
    def fresh(cls) -> SharedState:
        return cls(
            level_exposure=0.0,
            exposure_how=np.zeros(HOURS_PER_WEEK),
            profile_scale=1.0,
            pooled_week=np.zeros((0, HOURS_PER_WEEK)),
            dispersion=np.zeros((0, DISPERSION_SUMS)),
        )

    def add_categories(self, count: int) -> None:
        self.pooled_week = np.vstack([self.pooled_week, np.zeros((count, HOURS_PER_WEEK))])
        self.dispersion = np.vstack([self.dispersion, np.zeros((count, DISPERSION_SUMS))])


@dataclass(frozen=True, slots=True)
class Layout:
    """Static facts of each series (recomputed from the keys, never persisted)."""

    category: IntArray  # index into the bank's category list
    zone: IntArray  # index into ``offsets``
    offsets: IntArray  # distinct UTC offsets, hours


def _week_shares(exposure_how: FloatArray, offsets: IntArray) -> FloatArray:
    """(zones, 168): each local hour of the week's share of the exposure so far."""
    local = np.stack([np.roll(exposure_how, int(o)) for o in offsets]) if offsets.size else np.zeros((0, 168))
    total = float(exposure_how.sum())
    if total <= 0.0:
        return np.full_like(local, 1.0 / HOURS_PER_WEEK)
    shares: FloatArray = local / total
    return shares


def local_bins(hour: int, offsets: IntArray) -> IntArray:
    return np.array([hour_of_week(hour, int(o)) for o in offsets], dtype=np.int64)


def dispersion(shared: SharedState) -> tuple[FloatArray, FloatArray]:
    """θ and φ per category."""
    sums = shared.dispersion
    theta = (sums[:, R_LOW] + THETA_PRIOR_WEIGHT * THETA_PRIOR) / (sums[:, X_LOW] + THETA_PRIOR_WEIGHT)
    theta = np.clip(theta, THETA_MIN, THETA_MAX)
    excess = sums[:, R_HIGH] - theta * sums[:, MU_HIGH]
    phi = (excess + PHI_PRIOR_WEIGHT * PHI_PRIOR) / (sums[:, MU2_HIGH] + PHI_PRIOR_WEIGHT)
    return theta, np.clip(phi, PHI_MIN, PHI_MAX)


def expected_counts(hour: int, series: SeriesState, layout: Layout, shared: SharedState) -> FloatArray:
    """Expected count of every series in ``hour`` (UTC hour index), from what was learned before it."""
    n_categories = shared.dispersion.shape[0]
    n_zones = layout.offsets.shape[0]
    scale = shared.profile_scale
    zone, category = layout.zone, layout.category
    bins = local_bins(hour, layout.offsets)
    shares = _week_shares(shared.exposure_how, layout.offsets)  # (zones, 168)

    # The category's week: reports per bin over what a flat week would put there, over all its regions.
    by_zone = np.bincount(category * n_zones + zone, weights=series.profile_total, minlength=n_categories * n_zones)
    flat = (by_zone.reshape(n_categories, n_zones) * scale) @ shares
    week = (shared.pooled_week * scale + POOLED_PROFILE_PRIOR) / (flat + POOLED_PROFILE_PRIOR)  # (categories, 168)
    # Seen from each zone: the exposure-weighted mean (to normalise) and the shares of today and this hour.
    weighted = week[:, None, :] * shares[None, :, :]  # (categories, zones, 168)
    mean = weighted.sum(axis=2)
    by_day = weighted.reshape(n_categories, n_zones, 7, 24).sum(axis=3)
    by_hour = weighted.reshape(n_categories, n_zones, 7, 24).sum(axis=2)
    zones = np.arange(n_zones)
    day_share = by_day[:, zones, bins // 24] / mean  # (categories, zones)
    hour_share = by_hour[:, zones, bins % 24] / mean
    shape = week[:, bins] / mean

    rows = np.arange(len(series))
    my_bin = bins[zone]
    total = series.profile_total * scale
    day = (series.dow[rows, my_bin // 24] * scale + SERIES_PROFILE_PRIOR) / (
        total * day_share[category, zone] + SERIES_PROFILE_PRIOR
    )
    hour_of_day = (series.hod[rows, my_bin % 24] * scale + SERIES_PROFILE_PRIOR) / (
        total * hour_share[category, zone] + SERIES_PROFILE_PRIOR
    )
    level = (series.level + LEVEL_PRIOR_HOURS * FLOOR_RATE) / (shared.level_exposure + LEVEL_PRIOR_HOURS)
    expected: FloatArray = np.maximum(level * shape[category, zone] * day * hour_of_day, FLOOR_RATE)
    return expected


def learn_cap(expected: FloatArray, theta: FloatArray, phi: FloatArray) -> FloatArray:
    cap: FloatArray = (
        expected + LEARN_CAP_SDS * np.sqrt(theta * expected + phi * expected**2) + LEARN_CAP_COPIES * theta
    )
    return cap


def learn(
    hour: int,
    counts: FloatArray,
    expected: FloatArray,
    series: SeriesState,
    layout: Layout,
    shared: SharedState,
    *,
    level_decay: float,
    profile_decay: float,
    learn_dispersion: bool,
) -> None:
    """Fold one closed hour into the baseline, in place. Dispersion is learned only once expectations mean
    something (after the bank's warm-up): residuals against a baseline still at its prior are not spread."""
    theta, phi = dispersion(shared)
    learned = np.minimum(counts, learn_cap(expected, theta[layout.category], phi[layout.category]))

    series.level *= level_decay
    series.level += learned
    shared.level_exposure = shared.level_exposure * level_decay + 1.0

    shared.profile_scale *= profile_decay
    active = np.flatnonzero(learned)
    if active.size:
        bins = local_bins(hour, layout.offsets)[layout.zone[active]]
        scaled = learned[active] / shared.profile_scale
        series.dow[active, bins // 24] += scaled
        series.hod[active, bins % 24] += scaled
        series.profile_total[active] += scaled
        np.add.at(shared.pooled_week, (layout.category[active], bins), scaled)
    if shared.profile_scale < RESCALE_BELOW:
        for counts in (series.dow, series.hod, series.profile_total, shared.pooled_week):
            counts *= shared.profile_scale
        shared.profile_scale = 1.0
    shared.exposure_how *= profile_decay
    shared.exposure_how[hour_of_week(hour, 0)] += 1.0

    if not learn_dispersion:
        return
    residual = (learned - expected) ** 2
    low = expected < LOW_RATE_BELOW
    n_categories = shared.dispersion.shape[0]
    sums = np.stack(
        [
            np.bincount(layout.category, weights=np.where(low, residual, 0.0), minlength=n_categories),
            np.bincount(layout.category, weights=np.where(low, learned, 0.0), minlength=n_categories),
            np.bincount(layout.category, weights=np.where(low, 0.0, residual), minlength=n_categories),
            np.bincount(layout.category, weights=np.where(low, 0.0, expected), minlength=n_categories),
            np.bincount(layout.category, weights=np.where(low, 0.0, expected**2), minlength=n_categories),
        ],
        axis=1,
    )
    shared.dispersion *= profile_decay
    shared.dispersion += sums
