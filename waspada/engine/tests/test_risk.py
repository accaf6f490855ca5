"""The kerawanan index of a kabupaten, told as the situations an analyst in Samarinda would recognise."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from waspada.engine.risk import (
    AWAS_FROM,
    INDICATOR_MAX,
    INDICATORS,
    LEVELS,
    PRECURSORS_MAX,
    SIAGA_FROM,
    WASPADA_FROM,
    BurstMark,
    CoverageFacts,
    IssueSignal,
    Previous,
    ReportSignal,
    assess_coverage,
    level_for_score,
    score_region,
)

NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
KUTIM = "64.08"
DESA = [f"64.08.{kec:02d}.20{d:02d}" for kec in (1, 4, 9, 12) for d in (1, 2, 3)]
BENGALON = {"64.08.01": "Muara Ancalong", "64.08.04": "Sangatta Utara", "64.08.09": "Bengalon", "64.08.12": "Kaliorang"}
DOCS = Path(__file__).resolve().parents[3] / "docs"


def signal(
    report_id: str, hours_ago: float, severity: int, place: str | None = DESA[0], weight: float = 1.0, **extra: Any
) -> ReportSignal:
    return replace(ReportSignal(report_id, NOW - timedelta(hours=hours_ago), severity, None, place, weight), **extra)


def background(seed: int, days: int = 30) -> list[ReportSignal]:
    """0–2 reports a day, mostly severity 0–1, now and then a protest, from all over the kabupaten."""
    rng = random.Random(seed)
    out = []
    for day in range(days):
        for n in range(rng.choice((0, 1, 1, 2))):
            severity = rng.choices((0, 1, 2), weights=(60, 35, 5))[0]
            out.append(signal(f"bg-{seed}-{day}-{n}", day * 24 + rng.uniform(0, 24), severity, rng.choice(DESA)))
    return out


def unhandled_isu(days_old: float = 6, severity: int = 2, *, handled: bool = False) -> IssueSignal:
    return IssueSignal(
        issue_id="isu-lahan",
        category="sengketa_lahan",
        max_severity=severity,
        first_seen=NOW - timedelta(days=days_old),
        last_serious_at=NOW - timedelta(hours=3),
        handled=handled,
        place_codes=(DESA[0],),
    )


def burst(tier: str = "sedang", hours_ago: float = 10, category: str = "sengketa_lahan") -> BurstMark:
    return BurstMark(category=category, tier=tier, detected_at=NOW - timedelta(hours=hours_ago))


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


def test_two_protests_alone_are_not_yet_waspada_even_with_their_isu_unhandled() -> None:
    result = score_region(
        KUTIM, "Kutai Timur", [signal("a", 40, 2), signal("b", 10, 2)], NOW, issues=[unhandled_isu(3)]
    )
    assert result.level == "normal", (result.score, result.indicators)


def escalating_land_conflict(reports: int, places: int, violent: int) -> list[ReportSignal]:
    """A dispute that grows over 72 h: grievances first, then blockades, violence at the end."""
    severities = [1] * 2 + [2] * (reports - 2 - violent) + [3] * violent
    return [
        signal(f"lahan-{i}", 70 - i * (68 / reports), severity, DESA[i % places])
        for i, severity in enumerate(severities)
    ]


ESCALATIONS = [(8, 3, 2), (10, 4, 2), (10, 4, 3), (12, 5, 3), (9, 3, 3), (11, 5, 2)]


@pytest.mark.parametrize(("reports", "places", "violent"), ESCALATIONS)
@pytest.mark.parametrize("seed", range(3))
def test_an_escalating_land_conflict_is_siaga_not_awas(seed: int, reports: int, places: int, violent: int) -> None:
    signals = background(seed) + escalating_land_conflict(reports, places, violent)
    plain = score_region(KUTIM, "Kutai Timur", signals, NOW)
    # As it comes in the app: its isu without a case for a week, the detectors seeing a burst, a hoax or two.
    flagged = [replace(s, hoax=0.9) if s.report_id in {"lahan-2", "lahan-3"} else s for s in signals]
    full = score_region(
        KUTIM, "Kutai Timur", flagged, NOW, issues=[unhandled_isu(7, 3)], bursts=[burst("sedang"), burst("tinggi")]
    )
    assert plain.level == full.level == "siaga", (plain.score, full.score, full.indicators)


@pytest.mark.parametrize("seed", range(3))
def test_sustained_violence_in_several_places_is_awas(seed: int) -> None:
    violence = [signal(f"kekerasan-{i}", 66 - i * 10, 3, DESA[i % 3]) for i in range(6)]
    protests = [signal(f"demo-{i}", 50 - i * 15, 2, DESA[3]) for i in range(2)]
    result = score_region(KUTIM, "Kutai Timur", background(seed) + violence + protests, NOW)
    assert result.level == "awas", (result.score, result.indicators)
    assert set(result.driver_report_ids[:6]) == {f"kekerasan-{i}" for i in range(6)}


def pre_violence_escalation() -> list[ReportSignal]:
    """Complaints, then blockades and protests spreading over five desa in three days, chain messages stirring it
    up: no violence yet."""
    severities = [1, 1, 2, 1, 2, 2, 1, 2, 1, 2]
    return [
        signal(f"pra-{i}", 70 - i * 7, severity, DESA[i % 5], hoax=0.9 if i in (3, 6, 8) else 0.0)
        for i, severity in enumerate(severities)
    ]


@pytest.mark.parametrize("seed", range(5))
def test_the_signs_before_violence_already_make_siaga_and_say_why(seed: int) -> None:
    signals = background(seed) + pre_violence_escalation()
    without_signs = score_region(KUTIM, "Kutai Timur", [replace(s, hoax=0.0) for s in signals], NOW)
    result = score_region(
        KUTIM,
        "Kutai Timur",
        signals,
        NOW,
        issues=[unhandled_isu(5)],
        bursts=[burst("sedang")],
        previous=Previous(level="waspada", score=48.0),
        place_names=BENGALON,
    )
    assert without_signs.level == "waspada", (without_signs.score, without_signs.indicators)
    assert result.level == "siaga", (result.score, result.indicators)
    assert result.indicators["burst"] > 0 and result.indicators["issues"] > 0 and result.indicators["provocation"] > 0
    assert result.explanation.startswith("Kutai Timur naik ke Siaga: ")
    assert "lonjakan laporan sengketa lahan terdeteksi" in result.explanation
    assert "1 isu belum ditangani" in result.explanation and "3 laporan provokasi/hoaks" in result.explanation


def test_once_violence_is_reported_it_speaks_instead_of_the_early_signs() -> None:
    signs = {"issues": [unhandled_isu(7, 3)], "bursts": [burst("tinggi"), burst("sedang", category="unjuk_rasa")]}
    calm = score_region(KUTIM, "K", pre_violence_escalation(), NOW, **signs)  # type: ignore[arg-type]
    violent = [*pre_violence_escalation(), *(signal(f"bentrok-{i}", 5 - i, 3, DESA[i]) for i in range(4))]
    clash = score_region(KUTIM, "K", violent, NOW, **signs)  # type: ignore[arg-type]
    early = ("provocation", "issues", "burst")
    assert sum(clash.indicators[n] for n in early) < sum(calm.indicators[n] for n in early)
    assert sum(clash.indicators[n] for n in early) + clash.indicators["violence"] >= 19


def test_the_explanation_tells_the_change_with_counts_places_and_violence() -> None:
    signals = [
        signal(f"lahan-{i}", 46 - i * 5, severity, DESA[6 + i % 3], category="sengketa_lahan")
        for i, severity in enumerate([1, 2, 2, 2, 1, 2, 3, 3, 3])
    ]
    result = score_region(
        KUTIM, "Kutai Timur", signals, NOW, previous=Previous(level="waspada", score=40.0), place_names=BENGALON
    )
    assert result.level == "siaga"
    assert result.explanation == (
        "Kutai Timur naik ke Siaga: 9 laporan sengketa lahan dari 3 desa di Kecamatan Bengalon dalam 48 jam, "
        "3 dengan kekerasan, 4 unjuk rasa/sengketa."
    )
    settled = score_region(KUTIM, "Kutai Timur", [], NOW, previous=Previous(level="siaga", score=70.0))
    assert settled.explanation == "Kutai Timur turun ke Normal: tidak ada laporan dalam 72 jam terakhir."


def test_the_indicators_add_up_to_the_score_and_stay_within_their_bounds() -> None:
    signals = [*escalating_land_conflict(9, 4, 3), signal("lama", 24 * 10, 1, DESA[5])]
    rumours = [replace(s, weight=0.4) if i % 2 else s for i, s in enumerate(signals)]
    result = score_region(KUTIM, "Kutai Timur", rumours, NOW, issues=[unhandled_isu()], bursts=[burst()], structural=12)
    assert tuple(result.indicators) == INDICATORS
    assert result.score == pytest.approx(sum(result.indicators.values()), abs=0.05)
    for name, points in result.indicators.items():
        if name == "credibility":
            assert points < 0
        else:
            assert 0 <= points <= INDICATOR_MAX[name], name
    assert result.indicators["structural"] == 12


def test_copies_of_one_event_count_once_and_independent_sources_raise_its_weight() -> None:
    one = [signal("asli", 5, 2, weight=0.4, event_key="isu:1:10", source_key="grup-wa")]
    copies = one + [
        signal(f"salinan-{i}", 5 - i / 10, 2, weight=0.4, event_key="isu:1:10", source_key="grup-wa")
        for i in range(1, 5)
    ]
    corroborated = [*one, signal("media", 4.5, 2, weight=0.4, event_key="isu:1:10", source_key="koran")]
    base = score_region(KUTIM, "K", one, NOW)
    assert score_region(KUTIM, "K", copies, NOW).indicators == base.indicators
    assert score_region(KUTIM, "K", corroborated, NOW).score > base.score
    assert set(score_region(KUTIM, "K", copies, NOW).driver_report_ids) == {
        "asli",
        *(f"salinan-{i}" for i in range(1, 5)),
    }


def test_low_reliability_reports_count_less_and_the_difference_is_shown_as_credibility() -> None:
    trusted = [signal(f"a{i}", i + 1, 2) for i in range(3)]
    rumours = [signal(f"a{i}", i + 1, 2, weight=0.4) for i in range(3)]
    low, high = score_region(KUTIM, "K", rumours, NOW), score_region(KUTIM, "K", trusted, NOW)
    assert low.score < high.score
    assert low.indicators["credibility"] < 0 == high.indicators["credibility"]
    assert low.indicators["serious"] == high.indicators["serious"]


def test_structural_context_lifts_a_conflict_prone_region_a_level_sooner() -> None:
    protests = [signal("demo-1", 40, 2), signal("demo-2", 10, 2)]
    assert score_region(KUTIM, "K", protests, NOW).level == "normal"
    prone = score_region(KUTIM, "K", protests, NOW, structural=15)
    assert prone.level == "waspada" and prone.indicators["structural"] == 15
    assert "konteks struktural +15" in prone.explanation
    assert score_region(KUTIM, "K", [], NOW, structural=99).indicators["structural"] == 20


def test_a_handled_isu_or_a_fresh_one_is_not_counted_as_unhandled() -> None:
    protests = [signal(f"d{i}", 10 + i, 2) for i in range(3)]
    for issue in (unhandled_isu(5, handled=True), unhandled_isu(1)):
        assert score_region(KUTIM, "K", protests, NOW, issues=[issue]).indicators["issues"] == 0
    assert score_region(KUTIM, "K", protests, NOW, issues=[unhandled_isu(5)]).indicators["issues"] == 2.5


def test_bursts_count_for_three_days_and_only_where_their_reports_are() -> None:
    old, fresh = burst(hours_ago=80), burst(hours_ago=2)
    elsewhere = replace(fresh, place_codes=("64.03.01.2001",))
    assert score_region(KUTIM, "K", [], NOW, bursts=[old, elsewhere]).indicators["burst"] == 0
    assert score_region(KUTIM, "K", [], NOW, bursts=[fresh]).indicators["burst"] == 6
    assert score_region(KUTIM, "K", [], NOW, bursts=[burst("tinggi"), fresh]).indicators["burst"] == 8
    # A kecamatan gets the burst of its kab/kota only when the burst's reports were placed in it.
    placed = replace(fresh, place_codes=("64.08.09.2001",))
    assert score_region("64.08.09", "Bengalon", [], NOW, bursts=[placed]).indicators["burst"] == 6
    assert score_region("64.08.04", "Sangatta Utara", [], NOW, bursts=[placed]).indicators["burst"] == 0


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


def test_the_indicator_table_in_the_docs_matches_the_engine() -> None:
    text = (DOCS / "levels.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (\w+) \| [^|]+ \| (−?\d+|≤ 0) \|$", text, re.MULTILINE))
    assert tuple(rows) == INDICATORS
    assert f"together they are worth at most {PRECURSORS_MAX:g} points less the violence points" in text
    for name, maximum in rows.items():
        assert maximum == ("≤ 0" if name == "credibility" else f"{INDICATOR_MAX[name]:g}"), name


def test_coverage_is_low_where_few_sources_no_fkdm_and_no_media_watch() -> None:
    thin = assess_coverage(
        CoverageFacts(reports=2, sources=1, channels=1, fkdm_reports=0, media_sources=0, active_staff=1)
    )
    assert thin.low and thin.met == 1
    assert "tidak ada laporan FKDM" in thin.missing and "tidak ada media yang dipantau" in thin.missing
    watched = assess_coverage(
        CoverageFacts(reports=40, sources=9, channels=4, fkdm_reports=3, media_sources=2, active_staff=2)
    )
    assert (watched.level, watched.missing) == ("baik", ())
    fair = assess_coverage(
        CoverageFacts(reports=10, sources=4, channels=2, fkdm_reports=0, media_sources=1, active_staff=0)
    )
    assert fair.level == "cukup" and not fair.low
