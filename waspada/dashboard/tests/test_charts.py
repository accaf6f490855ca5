"""The history chart of a region: drawn on the server, readable without colour, without sight, and in print."""

from __future__ import annotations

import datetime as dt
import re

from waspada.dashboard.charts import ChartPoint, daily_summary, describe, render_risk_history, top_drivers

END = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)
START = END - dt.timedelta(days=14)


def point(days_before_end: float, score: float, level: str, **indicators: float) -> ChartPoint:
    return ChartPoint(at=END - dt.timedelta(days=days_before_end), score=score, level=level, indicators=indicators)


CLIMB = [
    point(20, 4, "normal", volume=2, spread=2),  # before the period: where the line starts
    point(9, 12, "normal", volume=4, serious=9, credibility=-1),
    point(5, 41, "waspada", volume=10, serious=27, spread=4),
    point(2, 62, "siaga", volume=12, serious=27, violence=18, burst=5),
    point(0.5, 71, "siaga", volume=15, serious=27, violence=28, spread=10, credibility=-9),
]


def test_the_chart_draws_level_bands_a_score_line_and_the_top_drivers() -> None:
    svg = render_risk_history(CLIMB, title="Riwayat Kutai Timur", start=START, end=END)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert svg.count("<rect") == 4 and all(f">{name}</text>" in svg for name in ("Normal", "Waspada", "Siaga", "Awas"))
    assert svg.count('class="chart-score"') == 1
    assert svg.count('class="chart-driver"') == 3
    # Drivers differ by dash pattern too (print, colour blindness); credibility never is a "driver".
    assert svg.count("stroke-dasharray") >= 2 and "Penyesuaian kredibilitas" not in svg
    assert top_drivers(CLIMB) == ["serious", "violence", "volume"]
    # Every point inside the period has a tooltip with its value; the one before it only starts the line.
    assert svg.count("<circle") == 4 and "skor 71 (Siaga)" in svg
    numbers = [float(n) for n in re.findall(r'(?:x|x1|x2|cx)="(-?\d+(?:\.\d+)?)"', svg)]
    assert numbers and all(0 <= n <= 720 for n in numbers)


def test_the_chart_has_a_title_and_a_description_for_screen_readers() -> None:
    svg = render_risk_history(CLIMB, title="Riwayat <Kutai Timur>", start=START, end=END, chart_id="kutim")
    assert 'role="img" aria-labelledby="kutim-title kutim-desc"' in svg
    assert '<title id="kutim-title">Riwayat &lt;Kutai Timur&gt;</title>' in svg
    text = describe(CLIMB[1:], ["serious", "violence"], start=START, end=END)
    assert "awal 12 (Normal)" in text and "tertinggi 71 (Siaga)" in text and "terakhir 71 (Siaga)" in text
    assert "Pendorong utama: Unjuk rasa/sengketa, Kekerasan." in text
    assert '<desc id="kutim-desc">Skor kerawanan dari' in svg


def test_an_empty_period_says_so() -> None:
    svg = render_risk_history([], title="Riwayat", start=START, end=END)
    assert "Belum ada penilaian pada periode ini" in svg and "chart-score" not in svg
    assert "Tidak ada penilaian kerawanan" in svg


def test_thousands_of_assessments_are_thinned_but_keep_the_peak_and_the_last() -> None:
    many = [point(14 - i / 300, 20 + (i % 7), "normal", volume=1) for i in range(4000)]
    many[2000] = point(14 - 2000 / 300, 90, "awas", violence=48)
    svg = render_risk_history(many, title="Riwayat", start=START, end=END)
    assert svg.count("<circle") <= 402
    assert "skor 90 (Awas)" in svg and f"skor {many[-1].score:.0f}" in svg
    assert len(svg) < 200_000


def test_the_daily_values_as_a_table() -> None:
    rows = daily_summary(CLIMB, start=START, end=END)
    assert [r.max_score for r in rows] == [12, 41, 62, 71]
    assert rows[-1].level == "siaga" and rows[-1].drivers[0] == ("Kekerasan", 28)
    assert all(label != "Penyesuaian kredibilitas" for r in rows for label, _ in r.drivers)
