"""The two detectors, as vectorised steps over many series at once.

**Seasonal surprise** (``surprise``): for each window of the last 1, 3 and 6 hours, the probability of seeing
at least the window's count if the series followed its seasonal baseline. Counts are modelled as negative
binomial with the category's dispersion (``Var = θμ + φμ²``): the count divided by θ is NB with mean μ/θ and
size 1/φ, so copies weigh less than independent reports and busy media days are not surprising. The test
fires when that tail probability is below the tier's ``alpha`` *and* the window holds at least ``min_count``
reports *and* at least ``min_ratio`` times its expectation.

**Burst automaton** (``kleinberg``): Kleinberg's model with three states whose rates are the seasonal
baseline μ, then s·μ and s²·μ (s = ``burst_scale``) but at least ``burst_floor`` and s·``burst_floor``
reports an hour, so that where almost nothing is usual a burst still means "a report a day or more".
Moving up one state costs ``transition_cost`` nats, moving down is free; each hour costs the NB negative
log-likelihood of its count under the state's rate. The online Viterbi recursion keeps, for each state, the
cost of the best path ending there and when that path's burst began. The series is in a burst while the
cheapest path ends above the base state. With two states this is exactly a CUSUM of NB log-likelihood
ratios with threshold ``transition_cost`` (see ``docs/detectors.md``); the third state tells a strong burst
from a moderate one. It catches increases that are moderate but sustained, which no short window sees.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.special import betainc

from waspada.engine.burst.arrays import AUTOMATON_STATES, FloatArray, IntArray, SeriesState

# Evidence is capped here (a tail probability of 1e-300): it keeps every score finite.
MAX_SCORE = 300.0
_LN10 = math.log(10.0)


@dataclass(frozen=True, slots=True)
class Firing:
    """Which rows fired, and for each of them the burst's window."""

    rows: IntArray
    start: IntArray
    hours: IntArray
    count: FloatArray
    expected: FloatArray
    score: FloatArray


def nb_tail(count: FloatArray, mean: FloatArray, theta: FloatArray, phi: FloatArray) -> FloatArray:
    """P(X ≥ count) when X/θ is negative binomial with mean ``mean/θ`` and size ``1/φ`` (count > 0)."""
    events = count / theta
    size = 1.0 / phi
    mean_events = mean / theta
    tail: FloatArray = np.asarray(betainc(events, size, mean_events / (size + mean_events)), dtype=np.float64)
    return tail


def surprise_step(
    hour: int,
    series: SeriesState,
    *,
    windows: tuple[int, ...],
    theta: FloatArray,
    phi: FloatArray,
    alpha: FloatArray,
    min_count: FloatArray,
    min_ratio: FloatArray,
) -> Firing:
    """Test the windows that end with ``hour``; its count and expectation are already in the ring buffers."""
    width = series.recent_counts.shape[1]
    newest_first = np.array([(hour - lag) % width for lag in range(width)], dtype=np.int64)
    longest = max(windows)
    counts = series.recent_counts[:, newest_first[:longest]]
    candidates = np.flatnonzero(counts.sum(axis=1) >= min_count)
    if candidates.size == 0:
        return _no_firing()
    counts = counts[candidates]
    window_counts = np.cumsum(counts, axis=1)
    window_expected = np.cumsum(series.recent_expected[np.ix_(candidates, newest_first[:longest])], axis=1)

    lengths = np.array(windows, dtype=np.int64)
    x = window_counts[:, lengths - 1]
    mu = window_expected[:, lengths - 1]
    mc, mr, a = min_count[candidates, None], min_ratio[candidates, None], alpha[candidates, None]
    plausible = (x >= mc) & (x >= mr * mu)
    tail = np.ones_like(x)
    if plausible.any():
        th = np.broadcast_to(theta[candidates, None], x.shape)
        ph = np.broadcast_to(phi[candidates, None], x.shape)
        tail[plausible] = nb_tail(x[plausible], mu[plausible], th[plausible], ph[plausible])
    score = np.minimum(-np.log10(np.maximum(tail, 10.0**-MAX_SCORE)), MAX_SCORE)
    fires = plausible & (tail <= a)
    fired = np.flatnonzero(fires.any(axis=1))
    if fired.size == 0:
        return _no_firing()
    best = np.argmax(np.where(fires[fired], score[fired], -1.0), axis=1)
    hours = lengths[best]
    # The burst starts at the oldest hour of the window that had reports.
    lag_index = np.arange(longest)
    has_reports = (counts[fired] > 0) & (lag_index[None, :] < hours[:, None])
    oldest_lag = np.max(np.where(has_reports, lag_index[None, :], 0), axis=1)
    return Firing(
        rows=candidates[fired],
        start=hour - oldest_lag,
        hours=oldest_lag + 1,
        count=x[fired, best],
        expected=window_expected[fired, oldest_lag],
        score=score[fired, best],
    )


def state_rates(expected: FloatArray, scale: FloatArray, floor: FloatArray) -> FloatArray:
    """Expected count of each automaton state: μ, then max(s·μ, floor), then s times that."""
    powers = np.arange(AUTOMATON_STATES)
    relative = expected[:, None] * scale[:, None] ** powers[None, :]
    absolute = floor[:, None] * scale[:, None] ** np.maximum(powers - 1, 0)[None, :]
    rates: FloatArray = np.where(powers[None, :] == 0, relative, np.maximum(relative, absolute))
    return rates


def _state_costs(
    count: FloatArray, expected: FloatArray, scale: FloatArray, floor: FloatArray, theta: FloatArray, phi: FloatArray
) -> FloatArray:
    """NB negative log-likelihood of ``count`` under each state's rate, without the terms all states share."""
    size = (1.0 / phi)[:, None]
    events = (count / theta)[:, None]
    rates = state_rates(expected, scale, floor) / theta[:, None]
    costs: FloatArray = size * np.log1p(rates / size) + events * np.log1p(size / rates)
    return costs


def automaton_step(
    hour: int,
    count: FloatArray,
    expected: FloatArray,
    series: SeriesState,
    *,
    theta: FloatArray,
    phi: FloatArray,
    scale: FloatArray,
    floor: FloatArray,
    transition_cost: FloatArray,
    min_count: FloatArray,
    min_ratio: FloatArray,
) -> Firing:
    """One step of the online Viterbi recursion, in place on ``series``; fires while a burst state is best."""
    n = count.shape[0]
    states = np.arange(AUTOMATON_STATES)
    up = np.maximum(states[None, :] - states[:, None], 0).astype(np.float64)  # [from, to]
    candidates = series.costs[:, :, None] + transition_cost[:, None, None] * up[None, :, :]
    came_from = np.argmin(candidates, axis=1)  # (n, to)
    rows = np.arange(n)[:, None]
    costs = candidates[rows, came_from, states[None, :]] + _state_costs(count, expected, scale, floor, theta, phi)
    costs -= costs.min(axis=1, keepdims=True)

    starts_here = came_from == 0
    previous_start = series.run_start[rows, came_from]
    previous_count = series.run_count[rows, came_from]
    previous_expected = series.run_expected[rows, came_from]
    base = states[None, :] == 0
    # In place: ``series`` may be a view of the bank's storage.
    series.run_start[:] = np.where(base, -1, np.where(starts_here, hour, previous_start))
    series.run_count[:] = np.where(base, 0.0, np.where(starts_here, 0.0, previous_count) + count[:, None])
    series.run_expected[:] = np.where(base, 0.0, np.where(starts_here, 0.0, previous_expected) + expected[:, None])
    series.costs[:] = costs

    best = np.argmin(costs, axis=1)
    in_burst = np.flatnonzero(best > 0)
    if in_burst.size == 0:
        return _no_firing()
    state = best[in_burst]
    run_count = series.run_count[in_burst, state]
    run_expected = series.run_expected[in_burst, state]
    keep = (run_count >= min_count[in_burst]) & (run_count >= min_ratio[in_burst] * run_expected)
    chosen = in_burst[keep]
    start = series.run_start[chosen, state[keep]]
    return Firing(
        rows=chosen,
        start=start,
        hours=hour - start + 1,
        count=run_count[keep],
        expected=run_expected[keep],
        score=np.minimum(costs[chosen, 0] / _LN10, MAX_SCORE),
    )


def _no_firing() -> Firing:
    empty_int = np.zeros(0, dtype=np.int64)
    empty = np.zeros(0)
    return Firing(rows=empty_int, start=empty_int, hours=empty_int, count=empty, expected=empty, score=empty)
