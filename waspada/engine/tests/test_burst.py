"""Burst detection, told as the stories a Kesbangpol analyst would recognise."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from waspada.engine.burst import (
    CATEGORY_PHRASES,
    CATEGORY_TIERS,
    KLEINBERG,
    SENSITIVITY_TIERS,
    SURPRISE,
    BurstDetector,
    BurstSignal,
    DetectorBank,
    Sensitivity,
    hour_index,
    hour_start,
    sensitivity_for,
    utc_offset_for_region,
)
from waspada.engine.burst.clock import hour_of_week, local_label
from waspada.engine.burst.explain import format_number, format_ratio
from waspada.engine.classify.taxonomy import TAXONOMY

DOCS = Path(__file__).resolve().parents[3] / "docs"
# Monday 00:00 WITA (UTC+8), the local time of Kalimantan Timur.
MONDAY = datetime(2025, 3, 2, 16, tzinfo=UTC)
KUTIM, SAMARINDA, BERAU = "64.08", "64.72", "64.03"
NAMES = {KUTIM: "Kutai Timur", SAMARINDA: "Samarinda", BERAU: "Berau"}
Key = tuple[str, str]


def feed(
    bank: DetectorBank,
    rates: Mapping[Key, Callable[[int], float]],
    *,
    hours: range,
    seed: int = 7,
    extra: Mapping[int, Mapping[Key, int]] | None = None,
) -> list[tuple[int, BurstSignal]]:
    """Poisson counts hour by hour from ``MONDAY``; ``rates[key](hour_of_week)`` gives each series' mean."""
    rng = np.random.default_rng(seed)
    signals = []
    for h in hours:
        local = hour_of_week(hour_index(MONDAY) + h, 8)
        counts = {key: int(rng.poisson(rate(local))) for key, rate in rates.items()}
        for key, more in (extra or {}).get(h, {}).items():
            counts[key] = counts.get(key, 0) + more
        signals += [(h, s) for s in bank.update(counts, MONDAY + timedelta(hours=h))]
    return signals


def flat(rate: float) -> Callable[[int], float]:
    return lambda _: rate


def office_with_monday_peak(base: float, peak: float) -> Callable[[int], float]:
    """Office hours on weekdays, and the weekly reports filed on Monday 08–11 local time."""

    def rate(how: int) -> float:
        day, hour = divmod(how, 24)
        if day == 0 and 8 <= hour < 12:
            return peak
        if day < 5 and 8 <= hour < 17:
            return base * 2
        return base * 0.3

    return rate


QUIET_KALTIM = {
    (KUTIM, "bentrok_antarkelompok"): flat(0.01),
    (KUTIM, "lainnya"): flat(0.3),
    (SAMARINDA, "unjuk_rasa"): flat(0.15),
    (BERAU, "sengketa_lahan"): flat(0.02),
}


def test_a_clash_burst_in_a_quiet_kabupaten_is_signalled_at_the_end_of_its_hour() -> None:
    bank = DetectorBank(region_names=NAMES)
    burst_hour = 4 * 7 * 24 + 14
    signals = feed(
        bank,
        QUIET_KALTIM,
        hours=range(burst_hour + 1),
        extra={burst_hour: {(KUTIM, "bentrok_antarkelompok"): 7}},
    )

    assert [(h, s.region_code, s.category) for h, s in signals] == [(burst_hour, KUTIM, "bentrok_antarkelompok")]
    signal = signals[0][1]
    assert signal.detector == SURPRISE
    assert signal.tier == "tinggi"
    assert signal.start == MONDAY + timedelta(hours=burst_hour)
    assert signal.detected_at == MONDAY + timedelta(hours=burst_hour + 1)
    assert signal.explanation.startswith("Lonjakan laporan bentrok antarkelompok di Kutai Timur: 7 laporan dalam 1 jam")
    assert signal.size_ratio > 10 and math.isfinite(signal.score) and signal.score > 4
    assert signal.explanation_id == "burst.acute.unprecedented"


def test_the_burst_window_and_ratio_are_told_in_indonesian() -> None:
    bank = DetectorBank(region_names=NAMES)
    lainnya = (KUTIM, "lainnya")
    start = 5 * 7 * 24 + 10
    signals = feed(
        bank,
        {lainnya: flat(1.5)},
        hours=range(start + 3),
        extra={start: {lainnya: 6}, start + 1: {lainnya: 8}, start + 2: {lainnya: 9}},
    )

    assert len(signals) == 1
    signal = signals[0][1]
    assert signal.start <= MONDAY + timedelta(hours=start + 1)
    match = re.fullmatch(
        r"Lonjakan laporan lain-lain di Kutai Timur: (\d+) laporan dalam (\d) jam, (\d+,\d)× di atas pola biasa",
        signal.explanation,
    )
    assert match, signal.explanation
    assert int(match[1]) == signal.count and int(match[2]) == signal.window_hours
    assert match[3] == f"{signal.size_ratio:.1f}".replace(".", ",")
    assert signal.explanation_args["ratio"] == f"{match[3]}×"


def test_the_weekly_peak_is_learned_and_raises_nothing() -> None:
    bank = DetectorBank(region_names=NAMES)
    peaked = {(code, "unjuk_rasa"): office_with_monday_peak(0.2, 4.0) for code in (KUTIM, SAMARINDA, BERAU)}
    signals = feed(bank, peaked, hours=range(10 * 7 * 24))
    monday_peak_hours = [w * 168 + h for w in range(2, 10) for h in range(8, 12)]

    assert [s for h, s in signals if h >= 2 * 7 * 24] == []
    # The peak is far above what a fixed "≥ 5 reports an hour" rule tolerates, and the bank expects it.
    rng_counts = np.random.default_rng(1).poisson(4.0, size=len(monday_peak_hours))
    assert rng_counts.max() >= 5
    assert bank.expected((KUTIM, "unjuk_rasa")) < 0.2  # Monday 00:00: night
    at_peak = DetectorBank.from_dict(bank.to_dict())
    at_peak.update({}, MONDAY + timedelta(hours=10 * 7 * 24 + 7))
    assert at_peak.expected((KUTIM, "unjuk_rasa")) > 2.0


def test_a_slow_build_up_over_two_days_is_caught_by_the_automaton_only() -> None:
    key = (BERAU, "sengketa_lahan")
    build_up = 4 * 7 * 24
    extra = {build_up + h: {key: 1} for h in range(0, 48, 5)}  # ten reports, one every five hours
    found = {}
    for detectors in ((SURPRISE,), (KLEINBERG,), (SURPRISE, KLEINBERG)):
        bank = DetectorBank(detectors=detectors, region_names=NAMES)
        found[detectors] = [s for h, s in feed(bank, QUIET_KALTIM, hours=range(build_up + 48), extra=extra)]

    assert found[(SURPRISE,)] == []
    assert [(s.region_code, s.category, s.detector) for s in found[(KLEINBERG,)]] == [
        (BERAU, "sengketa_lahan", KLEINBERG)
    ]
    assert found[(SURPRISE, KLEINBERG)] == found[(KLEINBERG,)]
    signal = found[(KLEINBERG,)][0]
    # The burst path may begin with an ordinary report shortly before; it is caught within the two days.
    assert MONDAY + timedelta(hours=build_up - 48) <= signal.start
    assert signal.detected_at <= MONDAY + timedelta(hours=build_up + 48)
    assert re.fullmatch(
        r"Peningkatan laporan sengketa lahan di Berau sejak \w+ \d\d\.00 WITA: \d+ laporan dalam \d+ jam, .+",
        signal.explanation,
    ), signal.explanation


def test_three_clash_reports_matter_and_three_festival_reports_do_not() -> None:
    bank = DetectorBank(region_names=NAMES)
    clash, festival = (KUTIM, "bentrok_antarkelompok"), (KUTIM, "lainnya")
    hour = 3 * 7 * 24 + 20
    signals = feed(
        bank,
        {clash: flat(0.005), festival: flat(0.005), (SAMARINDA, "lainnya"): flat(0.2)},
        hours=range(hour + 1),
        extra={hour: {clash: 3, festival: 3}},
    )
    assert [(s.region_code, s.category) for _, s in signals] == [clash]


def test_the_smallest_burst_that_signals_grows_from_tinggi_to_rendah() -> None:
    """The same background in three categories; ``peek`` tries every count without changing the bank."""
    categories = ("bentrok_antarkelompok", "unjuk_rasa", "lainnya")
    assert [sensitivity_for(c).tier for c in categories] == ["tinggi", "sedang", "rendah"]
    smallest: dict[str, dict[float, int]] = {}
    for base in (0.0, 0.02, 0.3, 1.0):
        bank = DetectorBank()
        rates: dict[Key, Callable[[int], float]] = {(KUTIM, c): flat(base) for c in categories}
        feed(bank, rates, hours=range(3 * 7 * 24))
        as_of = MONDAY + timedelta(hours=3 * 7 * 24, minutes=30)
        for category in categories:
            smallest.setdefault(category, {})[base] = next(
                n for n in range(1, 200) if bank.peek({(KUTIM, category): n}, as_of)
            )
    for base in (0.0, 0.02, 0.3, 1.0):
        tinggi, sedang, rendah = (smallest[c][base] for c in categories)
        assert tinggi <= sedang <= rendah, (base, tinggi, sedang, rendah)
    assert smallest["bentrok_antarkelompok"][0.0] == 3
    assert smallest["lainnya"][1.0] > smallest["bentrok_antarkelompok"][1.0]
    # A busier background needs a bigger burst.
    assert smallest["unjuk_rasa"][1.0] > smallest["unjuk_rasa"][0.02]


def test_a_region_with_no_history_expects_little_but_never_zero() -> None:
    bank = DetectorBank(region_names={**NAMES, "64.11": "Mahakam Ulu"})
    silent = ("64.11", "bentrok_antarkelompok")
    feed(bank, {(SAMARINDA, "lainnya"): flat(0.5)}, hours=range(3 * 7 * 24))

    expected = bank.expected(silent)
    assert 0 < expected < 0.001
    assert silent not in bank.keys
    as_of = MONDAY + timedelta(hours=3 * 7 * 24, minutes=5)
    assert bank.peek({silent: 1}, as_of) == []
    [signal] = bank.update({silent: 4}, as_of)
    assert math.isfinite(signal.size_ratio) and math.isfinite(signal.score)
    assert signal.explanation == (
        "Lonjakan laporan bentrok antarkelompok di Mahakam Ulu: 4 laporan dalam 1 jam, "
        "padahal biasanya hampir tidak ada"
    )


def test_a_bank_that_has_seen_nothing_at_all_stays_calm() -> None:
    bank = DetectorBank(warmup_hours=0)
    for h in range(48):
        assert bank.update({}, MONDAY + timedelta(hours=h)) == []
    assert bank.keys == ()
    assert 0 < bank.expected((KUTIM, "narkoba")) < 0.01
    [signal] = bank.update({(KUTIM, "narkoba"): 6}, MONDAY + timedelta(hours=48))
    assert math.isfinite(signal.size_ratio)


def test_nothing_is_signalled_during_the_warm_up() -> None:
    bank = DetectorBank(warmup_hours=48)
    key = (KUTIM, "bentrok_antarkelompok")
    assert bank.update({key: 9}, MONDAY + timedelta(hours=47)) == []
    assert len(bank.update({key: 9}, MONDAY + timedelta(hours=47 + 48 + 30))) == 1


def test_peek_signals_before_the_hour_closes_and_changes_nothing() -> None:
    bank = DetectorBank(region_names=NAMES)
    feed(bank, QUIET_KALTIM, hours=range(3 * 7 * 24))
    before = bank.to_dict()
    key = (KUTIM, "bentrok_antarkelompok")
    as_of = MONDAY + timedelta(hours=3 * 7 * 24, minutes=12)

    [early] = bank.peek({key: 5}, as_of)
    assert bank.peek({key: 1}, as_of) == []
    assert bank.peek({("64.01", "ikn"): 1, (KUTIM, "kategori_baru"): 1}, as_of) == []
    assert bank.to_dict() == before
    assert early.detected_at == as_of

    [closed] = bank.update({key: 6}, as_of)
    assert (closed.region_code, closed.category, closed.start) == (early.region_code, early.category, early.start)
    assert closed.detected_at == as_of.replace(minute=0) + timedelta(hours=1)


def test_one_burst_raises_one_signal_until_the_series_has_been_quiet_for_a_day() -> None:
    bank = DetectorBank(region_names=NAMES)
    key = (KUTIM, "bentrok_antarkelompok")
    first = 3 * 7 * 24
    extra = {first + h: {key: 4} for h in range(6)} | {first + 6 + 24 + 5: {key: 6}}
    signals = feed(bank, {key: flat(0.01)}, hours=range(first + 40), extra=extra)
    assert [h for h, _ in signals] == [first, first + 6 + 24 + 5]


def test_skipped_hours_are_closed_as_empty() -> None:
    every_hour, skipping = DetectorBank(), DetectorBank()
    key = (KUTIM, "narkoba")
    for h in range(0, 400, 7):
        counts = {key: h % 3}
        every_hour.update(counts, MONDAY + timedelta(hours=h))
        skipping.update(counts, MONDAY + timedelta(hours=h))
        for gap in range(1, 7):
            every_hour.update({}, MONDAY + timedelta(hours=h + gap))
    skipping.update({}, MONDAY + timedelta(hours=405))
    assert every_hour.to_dict() == skipping.to_dict()
    assert skipping.next_hour == MONDAY + timedelta(hours=406)


def test_a_gap_of_more_than_a_year_is_refused() -> None:
    bank = DetectorBank()
    bank.update({}, MONDAY)
    with pytest.raises(ValueError, match="start a new bank"):
        bank.update({}, MONDAY + timedelta(days=400))
    assert bank.next_hour == MONDAY + timedelta(hours=1)


def test_forgetting_fast_for_a_long_time_neither_underflows_nor_changes_the_expectation() -> None:
    """Weekly counts are stored divided by the decay so far; the scale is folded back in before it underflows."""
    fast = DetectorBank(profile_half_life_hours=1.0, warmup_hours=0)
    key = (KUTIM, "kriminalitas")
    feed(fast, {key: flat(0.5)}, hours=range(600))
    scale = fast.shared_.profile_scale
    assert 1e-150 < scale <= 1.0  # 600 halvings would be 1e-181 without folding
    restored = DetectorBank.from_dict(fast.to_dict())
    assert restored.expected(key) == fast.expected(key)
    assert math.isfinite(fast.expected(key)) and fast.expected(key) > 0


def test_a_single_series_detector_works_on_its_own() -> None:
    detector = BurstDetector(KUTIM, "bentrok_antarkelompok", region_name="Kutai Timur")
    rng = np.random.default_rng(3)
    raised = []
    for h in range(4 * 7 * 24):
        signal = detector.update(int(rng.poisson(0.02)) + (8 if h == 600 else 0), MONDAY + timedelta(hours=h))
        if signal:
            raised.append((h, signal))
    assert [h for h, _ in raised] == [600]
    assert raised[0][1].explanation.startswith("Lonjakan laporan bentrok antarkelompok di Kutai Timur: ")
    assert 0 < detector.expected() < 0.1


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ({(KUTIM, "narkoba"): -1}, "≥ 0"),
        ({(KUTIM, "narkoba"): math.nan}, "finite"),
        ({(KUTIM, "narkoba"): math.inf}, "finite"),
        ({"64.08": 1}, "pairs"),
        ({(KUTIM, 3): 1}, "pairs"),
    ],
)
def test_invalid_counts_are_refused(counts: Mapping[object, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        DetectorBank().update(counts, MONDAY)  # type: ignore[arg-type]


def test_time_must_be_aware_and_move_forward() -> None:
    bank = DetectorBank()
    with pytest.raises(ValueError, match="timezone-aware"):
        bank.update({}, datetime(2025, 3, 3, 9))
    bank.update({}, MONDAY + timedelta(hours=5))
    with pytest.raises(ValueError, match="already closed"):
        bank.update({}, MONDAY + timedelta(hours=5, minutes=59))
    with pytest.raises(ValueError, match="peek needs"):
        bank.peek({(KUTIM, "narkoba"): 1}, MONDAY + timedelta(hours=8))
    with pytest.raises(ValueError, match="peek needs"):
        DetectorBank().peek({(KUTIM, "narkoba"): 1}, MONDAY)


def test_parameters_are_checked() -> None:
    with pytest.raises(ValueError, match="detectors"):
        DetectorBank(detectors=("cusum",))
    with pytest.raises(ValueError, match="windows"):
        DetectorBank(windows=(0, 3))
    tinggi = SENSITIVITY_TIERS["tinggi"]
    with pytest.raises(ValueError, match="alpha"):
        Sensitivity(**{**tinggi.to_dict(), "alpha": 0.0})
    with pytest.raises(ValueError, match="burst_scale"):
        Sensitivity(**{**tinggi.to_dict(), "burst_scale": 1.0})


def test_a_category_can_be_made_more_sensitive() -> None:
    key = (KUTIM, "lainnya")
    sharp = Sensitivity(**{**SENSITIVITY_TIERS["tinggi"].to_dict(), "tier": "khusus"})
    results = {}
    for overrides in (None, {"lainnya": sharp}):
        bank = DetectorBank(sensitivity=overrides)
        feed(bank, {key: flat(0.01)}, hours=range(200))
        results[overrides is None] = bank.peek({key: 3}, MONDAY + timedelta(hours=200))
    assert results[True] == []
    assert [s.tier for s in results[False]] == ["khusus"]


def test_every_category_has_a_tier_and_a_phrase_and_the_tiers_are_ordered() -> None:
    assert set(CATEGORY_TIERS) == set(TAXONOMY)
    assert set(CATEGORY_PHRASES) == set(TAXONOMY)
    tinggi, sedang, rendah = (SENSITIVITY_TIERS[t] for t in ("tinggi", "sedang", "rendah"))
    assert tinggi.alpha > sedang.alpha > rendah.alpha
    assert tinggi.min_count <= sedang.min_count <= rendah.min_count
    assert tinggi.min_ratio < sedang.min_ratio < rendah.min_ratio
    assert tinggi.transition_cost < sedang.transition_cost < rendah.transition_cost
    assert tinggi.burst_floor < sedang.burst_floor < rendah.burst_floor
    assert sensitivity_for("kategori_baru").tier == "sedang"


def test_the_parameter_tables_in_the_docs_match_the_code() -> None:
    text = (DOCS / "detectors.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| \*\*(\w+)\*\* \|(.+)\|$", text, re.MULTILINE)
    documented = {tier: [cell.strip() for cell in cells.split("|")] for tier, cells in rows}
    assert set(documented) == set(SENSITIVITY_TIERS)
    for tier, s in SENSITIVITY_TIERS.items():
        floor_per_day = f"{s.burst_floor * 24:g}/hari"
        expected = [f"{s.alpha:.0e}", f"{s.min_count:g}", f"{s.min_ratio:g}", f"{s.burst_scale:g}", floor_per_day]
        assert documented[tier][: len(expected) + 2] == [*expected, f"{s.transition_cost:g}", f"{s.cooldown_hours}"]
    listed = dict(re.findall(r"^\| `(\w+)` \| (tinggi|sedang|rendah) \|", text, re.MULTILINE))
    assert listed == dict(CATEGORY_TIERS)
    defaults = dict(re.findall(r"^\| `(\w+)` \| `?([^|`]+?)`? \|", text, re.MULTILINE))
    bank = DetectorBank()
    assert defaults["windows"] == str(bank.windows)
    assert defaults["warmup_hours"] == str(bank.warmup_hours)
    assert defaults["level_half_life_hours"].startswith(f"{bank.level_half_life_hours:,.0f} ")
    assert defaults["profile_half_life_hours"].startswith(f"{bank.profile_half_life_hours:,.0f} ")


def test_time_zones_follow_the_province() -> None:
    assert [utc_offset_for_region(c) for c in ("64.72", "31.71", "62.01", "51.03", "73.71", "81.01", "96.01")] == [
        8,
        7,
        7,
        8,
        8,
        9,
        9,
    ]
    assert utc_offset_for_region("?") == 7
    assert local_label(hour_index(MONDAY) + 14, 8) == "Senin 14.00 WITA"
    assert local_label(hour_index(MONDAY) + 14, 7) == "Senin 13.00 WIB"
    assert hour_start(hour_index(MONDAY)) == MONDAY


def test_numbers_are_written_the_indonesian_way() -> None:
    assert format_ratio(4.5) == "4,5×"
    assert format_ratio(4.46) == "4,5×"
    assert format_ratio(12.3) == "12×"
    assert format_ratio(1250.0) == "1.250×"
    assert format_number(7.0) == "7"
    assert format_number(6.5) == "6,5"
    assert format_number(1250.0) == "1.250"
