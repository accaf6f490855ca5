"""The count rule behind the first default alert: three serious reports in 24 hours in one kab/kota."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from waspada.engine import CountRule, ReportSignal

NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
RULE = CountRule()


def signal(report_id: str, hours_ago: float, severity: int = 2, place: str | None = "64.08.09") -> ReportSignal:
    return ReportSignal(report_id, NOW - timedelta(hours=hours_ago), severity, "unjuk_rasa", place)


def test_three_serious_reports_in_a_day_fire_the_rule() -> None:
    signals = [signal("c", 1, 3), signal("a", 20), signal("b", 5)]
    hit = RULE.evaluate("64.08", "Kutai Timur", signals, NOW)
    assert hit is not None
    assert hit.rule_code == "count_severity"
    assert hit.count == 3
    assert hit.report_ids == ("a", "b", "c")  # oldest first
    assert hit.window_start == NOW - timedelta(hours=24)
    assert hit.explanation == "3 laporan dengan tingkat keparahan ≥ 2 di Kutai Timur dalam 24 jam terakhir"


def test_two_serious_reports_do_not() -> None:
    assert RULE.evaluate("64.08", "Kutai Timur", [signal("a", 20), signal("b", 5)], NOW) is None


def test_the_window_is_open_at_its_start_and_closed_at_now() -> None:
    at_start = [signal("a", 24), signal("b", 5), signal("c", 1)]
    assert RULE.evaluate("64.08", "Kutai Timur", at_start, NOW) is None
    just_inside = [signal("a", 23.99), signal("b", 5), signal("c", 0)]
    hit = RULE.evaluate("64.08", "Kutai Timur", just_inside, NOW)
    assert hit is not None and hit.count == 3
    in_the_future = [signal("a", -0.01), signal("b", 5), signal("c", 1)]
    assert RULE.evaluate("64.08", "Kutai Timur", in_the_future, NOW) is None


def test_only_reports_at_or_above_the_severity_count() -> None:
    signals = [signal("a", 20, 1), signal("b", 5, 2), signal("c", 1, 3)]
    assert RULE.evaluate("64.08", "Kutai Timur", signals, NOW) is None
    lenient = CountRule(code="semua", min_severity=1)
    hit = lenient.evaluate("64.08", "Kutai Timur", signals, NOW)
    assert hit is not None and hit.rule_code == "semua" and "≥ 1" in hit.explanation


def test_reports_placed_in_another_region_do_not_count() -> None:
    signals = [signal("a", 20), signal("b", 5), signal("berau", 1, place="64.03")]
    assert RULE.evaluate("64.08", "Kutai Timur", signals, NOW) is None
    unplaced = [signal("a", 20), signal("b", 5), signal("c", 1, place=None)]
    assert RULE.evaluate("64.08", "Kutai Timur", unplaced, NOW) is not None


def test_a_longer_window_with_more_reports() -> None:
    rule = CountRule(code="minggu", min_reports=5, window_hours=168)
    signals = [signal(str(i), 30 * i + 1) for i in range(5)]
    hit = rule.evaluate("64.08", "Kutai Timur", signals, NOW)
    assert hit is not None and "dalam 168 jam terakhir" in hit.explanation
    assert rule.evaluate("64.08", "Kutai Timur", signals[:4], NOW) is None


@pytest.mark.parametrize(
    ("min_reports", "min_severity", "window_hours"),
    [(0, 2, 24), (3, 2, 0), (3, 4, 24), (3, -1, 24)],
)
def test_nonsense_parameters_are_refused(min_reports: int, min_severity: int, window_hours: int) -> None:
    with pytest.raises(ValueError, match="CountRule"):
        CountRule(min_reports=min_reports, min_severity=min_severity, window_hours=window_hours)
