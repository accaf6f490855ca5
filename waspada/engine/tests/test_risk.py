"""The kerawanan index of a kabupaten, told as the situations an analyst in Samarinda would recognise."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from waspada.engine import (
    AWAS_FROM,
    LEVELS,
    SIAGA_FROM,
    WASPADA_FROM,
    ReportSignal,
    level_for_score,
    score_region,
)

NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
KUTIM = "64.08"
DESA = [f"64.08.{kec:02d}.20{d:02d}" for kec in (1, 4, 9, 12) for d in (1, 2, 3)]


def signal(
    report_id: str, hours_ago: float, severity: int, place: str | None = DESA[0], weight: float = 1.0
) -> ReportSignal:
    return ReportSignal(report_id, NOW - timedelta(hours=hours_ago), severity, None, place, weight)


def background(seed: int, days: int = 30) -> list[ReportSignal]:
    """0–2 reports a day, mostly severity 0–1, now and then a protest, from all over the kabupaten."""
    rng = random.Random(seed)
    out = []
    for day in range(days):
        for n in range(rng.choice((0, 1, 1, 2))):
            severity = rng.choices((0, 1, 2), weights=(60, 35, 5))[0]
            out.append(signal(f"bg-{seed}-{day}-{n}", day * 24 + rng.uniform(0, 24), severity, rng.choice(DESA)))
    return out


@pytest.mark.parametrize("seed", range(25))
def test_ordinary_background_stays_normal(seed: int) -> None:
    result = score_region(KUTIM, "Kutai Timur", background(seed), NOW)
    assert result.level == "normal", (result.score, result.indicators)


def test_a_quiet_region_scores_zero_and_says_so() -> None:
    result = score_region(KUTIM, "Kutai Timur", [], NOW)
    assert result.score == 0 and result.level == "normal"
    assert result.explanation == "Kutai Timur: tidak ada laporan dalam 72 jam terakhir."
    assert result.driver_report_ids == ()


@pytest.mark.parametrize("seed", range(10))
def test_three_protests_in_three_days_make_waspada(seed: int) -> None:
    protests = [signal("demo-1", 60, 2), signal("demo-2", 30, 2), signal("demo-3", 5, 2)]
    result = score_region(KUTIM, "Kutai Timur", background(seed) + protests, NOW)
    assert result.level == "waspada", (result.score, result.indicators)
    assert set(result.driver_report_ids) >= {"demo-1", "demo-2", "demo-3"}


def test_two_protests_alone_are_not_yet_waspada() -> None:
    result = score_region(KUTIM, "Kutai Timur", [signal("a", 40, 2), signal("b", 10, 2)], NOW)
    assert result.level == "normal"


def escalating_land_conflict(reports: int, places: int, violent: int) -> list[ReportSignal]:
    """A dispute that grows over 72 h: grievances first, then blockades, violence at the end."""
    severities = [1] * 2 + [2] * (reports - 2 - violent) + [3] * violent
    return [
        signal(f"lahan-{i}", 70 - i * (68 / reports), severity, DESA[i % places])
        for i, severity in enumerate(severities)
    ]


@pytest.mark.parametrize(
    ("reports", "places", "violent"),
    [(8, 3, 2), (10, 4, 2), (10, 4, 3), (12, 5, 3), (9, 3, 3), (11, 5, 2)],
)
@pytest.mark.parametrize("seed", range(3))
def test_an_escalating_land_conflict_is_siaga_not_awas(seed: int, reports: int, places: int, violent: int) -> None:
    signals = background(seed) + escalating_land_conflict(reports, places, violent)
    result = score_region(KUTIM, "Kutai Timur", signals, NOW)
    assert result.level == "siaga", (result.score, result.indicators)


@pytest.mark.parametrize("seed", range(3))
def test_sustained_violence_in_several_places_is_awas(seed: int) -> None:
    violence = [signal(f"kekerasan-{i}", 66 - i * 10, 3, DESA[i % 3]) for i in range(6)]
    protests = [signal(f"demo-{i}", 50 - i * 15, 2, DESA[3]) for i in range(2)]
    result = score_region(KUTIM, "Kutai Timur", background(seed) + violence + protests, NOW)
    assert result.level == "awas", (result.score, result.indicators)
    assert set(result.driver_report_ids[:6]) == {f"kekerasan-{i}" for i in range(6)}


def test_the_indicators_add_up_to_the_score_and_explain_it() -> None:
    signals = [*escalating_land_conflict(9, 4, 3), signal("lama", 24 * 10, 1, DESA[5])]
    result = score_region(KUTIM, "Kutai Timur", signals, NOW)
    assert set(result.indicators) == {"volume", "serious", "violence", "velocity", "spread"}
    assert result.score == pytest.approx(sum(result.indicators.values()), abs=0.05)
    assert result.explanation == (
        "Kutai Timur: 9 laporan dalam 72 jam terakhir (4 unjuk rasa/sengketa, 3 kekerasan) "
        "dari 4 desa/kelurahan; di atas rata-rata harian 30 hari."
    )


def test_old_future_and_foreign_signals_are_ignored() -> None:
    protests = [signal(f"demo-{i}", 10 + i, 2) for i in range(4)]
    ignored = [
        signal("lama", 24 * 31, 3),
        signal("besok", -5, 3),
        signal("berau", 3, 3, "64.03.05.1001"),
        signal("kota-samarinda", 3, 3, "64.72"),
    ]
    assert score_region(KUTIM, "Kutai Timur", protests + ignored, NOW) == score_region(
        KUTIM, "Kutai Timur", protests, NOW
    )


def test_a_signal_without_a_place_counts_for_the_region_it_was_filed_under() -> None:
    result = score_region(KUTIM, "Kutai Timur", [signal(f"x{i}", i + 1, 2, None) for i in range(3)], NOW)
    assert result.indicators["serious"] == 27


def test_low_reliability_reports_count_less() -> None:
    trusted = [signal(f"a{i}", i + 1, 2) for i in range(3)]
    rumours = [signal(f"a{i}", i + 1, 2, weight=0.4) for i in range(3)]
    assert score_region(KUTIM, "K", rumours, NOW).score < score_region(KUTIM, "K", trusted, NOW).score


def test_the_score_does_not_depend_on_the_order_of_signals() -> None:
    signals = background(7) + escalating_land_conflict(10, 4, 3)
    shuffled = list(signals)
    random.Random(1).shuffle(shuffled)
    assert score_region(KUTIM, "Kutai Timur", signals, NOW) == score_region(KUTIM, "Kutai Timur", shuffled, NOW)


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0, "normal"),
        (WASPADA_FROM - 0.01, "normal"),
        (WASPADA_FROM, "waspada"),
        (SIAGA_FROM - 0.01, "waspada"),
        (SIAGA_FROM, "siaga"),
        (AWAS_FROM - 0.01, "siaga"),
        (AWAS_FROM, "awas"),
        (100, "awas"),
    ],
)
def test_levels_have_fixed_cut_offs(score: float, level: str) -> None:
    assert level_for_score(score) == level
    assert LEVELS == ("normal", "waspada", "siaga", "awas")
