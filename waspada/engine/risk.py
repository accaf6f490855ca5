"""The kerawanan index of a region, first version: 0–100 from five explainable indicators.

Every indicator is worth points, and the points add up to the score:

==========  ===============================================================  ======
indicator   what it counts                                                   max
==========  ===============================================================  ======
volume      severity-weighted reports of the last 72 h above the region's     20
            own baseline (its mean daily load of days 4–30, times three);
            2 points per unit of load (severity 0: 0.1, 1: 0.5, 2: 1.5, 3: 3)
serious     reports of severity ≥ 2 in the last 72 h (protests, disputes),    27
            9 points each
violence    reports of severity 3 in the last 72 h: 4 points for each of the  40
            first three, 8 for each further one: sustained violence is what
            makes "Awas"
velocity    load of the last 24 h above the daily load of the 48 h before,      6
            2 points per unit
spread      distinct kecamatan/desa with reports of severity ≥ 1 in 7 days,   10
            2.5 points for each beyond the third (background reports come
            from a few places anyway)
==========  ===============================================================  ======

Levels: Normal < 30 ≤ Waspada < 55 ≤ Siaga < 80 ≤ Awas. Calibrated on these stories: ordinary background
(0–2 reports a day, mostly severity 0–1) stays Normal; three protests in 72 h make Waspada; an escalating
land conflict (8–12 reports in 72 h from 3–5 desa, 2–3 of them violent) is Siaga; six or more violent
reports in 72 h from several places is Awas. Signals older than 30 days, in the future, or placed outside
the region are ignored. A signal's ``weight`` (e.g. from its Admiralty grading) scales everything it counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

RISK_VERSION = "1"

LEVELS: tuple[str, ...] = ("normal", "waspada", "siaga", "awas")
WASPADA_FROM = 30.0
SIAGA_FROM = 55.0
AWAS_FROM = 80.0

SEVERITY_LOAD: Mapping[int, float] = {0: 0.1, 1: 0.5, 2: 1.5, 3: 3.0}
RECENT = timedelta(hours=72)
LAST_DAY = timedelta(hours=24)
SPREAD_WINDOW = timedelta(days=7)
HORIZON = timedelta(days=30)
BASELINE_DAYS = (HORIZON - RECENT) / timedelta(days=1)

VOLUME_POINTS_PER_LOAD, VOLUME_MAX = 2.0, 20.0
SERIOUS_POINTS_EACH, SERIOUS_MAX = 9.0, 27.0
VIOLENCE_POINTS_FIRST, VIOLENCE_FIRST_COUNT, VIOLENCE_POINTS_MORE, VIOLENCE_MAX = 4.0, 3.0, 8.0, 40.0
VELOCITY_POINTS_PER_LOAD, VELOCITY_MAX = 2.0, 6.0
SPREAD_POINTS_EACH, SPREAD_FREE_PLACES, SPREAD_MAX = 2.5, 3, 10.0
DRIVERS_MAX = 10


@dataclass(frozen=True, slots=True)
class ReportSignal:
    """One analysed report as the index sees it. ``place_code``: its most specific known Kemendagri code."""

    report_id: str
    occurred_at: datetime
    severity: int
    category: str | None
    place_code: str | None
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class RiskScore:
    score: float
    level: str
    indicators: Mapping[str, float]
    explanation: str
    driver_report_ids: tuple[str, ...]


def level_for_score(score: float) -> str:
    if score >= AWAS_FROM:
        return "awas"
    if score >= SIAGA_FROM:
        return "siaga"
    if score >= WASPADA_FROM:
        return "waspada"
    return "normal"


def in_region(place_code: str | None, region_code: str) -> bool:
    """Signals without a place count for the region they were filed under."""
    return place_code is None or place_code == region_code or place_code.startswith(f"{region_code}.")


def _level_of(code: str) -> int:
    return code.count(".") + 1


def _severity(signal: ReportSignal) -> int:
    return min(3, max(0, signal.severity))


def _load(signals: Sequence[ReportSignal]) -> float:
    return sum(SEVERITY_LOAD[_severity(s)] * s.weight for s in signals)


def score_region(region_code: str, region_name: str, signals: Sequence[ReportSignal], now: datetime) -> RiskScore:
    considered = [s for s in signals if now - HORIZON < s.occurred_at <= now and in_region(s.place_code, region_code)]
    recent = [s for s in considered if s.occurred_at > now - RECENT]
    baseline = [s for s in considered if s.occurred_at <= now - RECENT]
    last_day = [s for s in recent if s.occurred_at > now - LAST_DAY]
    day_before = [s for s in recent if s.occurred_at <= now - LAST_DAY]

    baseline_daily = _load(baseline) / BASELINE_DAYS
    excess = _load(recent) - baseline_daily * (RECENT / timedelta(days=1))
    serious = sum(s.weight for s in recent if _severity(s) >= 2)
    violent = sum(s.weight for s in recent if _severity(s) == 3)
    previous_daily = _load(day_before) / ((RECENT - LAST_DAY) / timedelta(days=1))
    places = {
        s.place_code
        for s in considered
        if s.place_code and _level_of(s.place_code) >= 3 and _severity(s) >= 1 and s.occurred_at > now - SPREAD_WINDOW
    }

    indicators = {
        "volume": min(VOLUME_MAX, VOLUME_POINTS_PER_LOAD * max(0.0, excess)),
        "serious": min(SERIOUS_MAX, SERIOUS_POINTS_EACH * serious),
        "violence": min(
            VIOLENCE_MAX,
            VIOLENCE_POINTS_FIRST * min(violent, VIOLENCE_FIRST_COUNT)
            + VIOLENCE_POINTS_MORE * max(0.0, violent - VIOLENCE_FIRST_COUNT),
        ),
        "velocity": min(VELOCITY_MAX, VELOCITY_POINTS_PER_LOAD * max(0.0, _load(last_day) - previous_daily)),
        "spread": min(SPREAD_MAX, SPREAD_POINTS_EACH * max(0, len(places) - SPREAD_FREE_PLACES)),
    }
    indicators = {name: round(points, 2) for name, points in indicators.items()}
    score = round(min(100.0, sum(indicators.values())), 2)
    return RiskScore(
        score=score,
        level=level_for_score(score),
        indicators=indicators,
        explanation=_explain(region_name, recent, baseline),
        driver_report_ids=_drivers(recent),
    )


def _explain(region_name: str, recent: Sequence[ReportSignal], baseline: Sequence[ReportSignal]) -> str:
    if not recent:
        return f"{region_name}: tidak ada laporan dalam 72 jam terakhir."
    sentence = f"{region_name}: {len(recent)} laporan dalam 72 jam terakhir"
    kinds = []
    protests = sum(1 for s in recent if _severity(s) == 2)
    violent = sum(1 for s in recent if _severity(s) == 3)
    if protests:
        kinds.append(f"{protests} unjuk rasa/sengketa")
    if violent:
        kinds.append(f"{violent} kekerasan")
    if kinds:
        sentence += f" ({', '.join(kinds)})"
    places = {s.place_code for s in recent if s.place_code and _level_of(s.place_code) >= 3}
    if places:
        where = "desa/kelurahan" if all(_level_of(p) == 4 for p in places) else "lokasi"
        sentence += f" dari {len(places)} {where}"
    recent_daily = len(recent) / (RECENT / timedelta(days=1))
    baseline_daily = len(baseline) / BASELINE_DAYS
    if recent_daily > 1.5 * baseline_daily:
        trend = "di atas"
    elif recent_daily < 0.5 * baseline_daily:
        trend = "di bawah"
    else:
        trend = "sekitar"
    return f"{sentence}; {trend} rata-rata harian 30 hari."


def _drivers(recent: Sequence[ReportSignal]) -> tuple[str, ...]:
    floor = 2 if any(_severity(s) >= 2 for s in recent) else 1
    ranked = sorted(
        (s for s in recent if _severity(s) >= floor),
        key=lambda s: (-_severity(s), -s.occurred_at.timestamp(), s.report_id),
    )
    return tuple(s.report_id for s in ranked[:DRIVERS_MAX])
