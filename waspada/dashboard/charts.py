"""Server-drawn SVG charts: the same markup for the page and for print, no script, nothing from the internet.

`render_risk_history` draws a region's kerawanan over time: the four level bands, the score as a step line
(an assessment holds until the next one), and the indicators that drove it most as thinner lines told apart by
dash pattern as well as colour. It carries a title and a description for screen readers; `daily_summary` gives
the same values as rows for a table beside it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from django.utils import timezone

from waspada.engine.risk import AWAS_FROM, INDICATOR_LABELS, LEVEL_LABELS, SIAGA_FROM, WASPADA_FROM, level_for_score

BANDS = (
    ("normal", 0.0, WASPADA_FROM, "#e8f5e9"),
    ("waspada", WASPADA_FROM, SIAGA_FROM, "#fff8e1"),
    ("siaga", SIAGA_FROM, AWAS_FROM, "#fff0e0"),
    ("awas", AWAS_FROM, 100.0, "#ffebee"),
)
SCORE_COLOUR = "#10243e"
# Colour and dash pattern per driver line: readable in greyscale print and for colour-blind readers.
DRIVER_STYLES = (("#6a1b9a", ""), ("#00838f", "6 3"), ("#8d6e63", "2 3"))
MAX_POINTS = 400


@dataclass(frozen=True)
class ChartPoint:
    at: dt.datetime
    score: float
    level: str
    indicators: Mapping[str, float]


def top_drivers(points: Sequence[ChartPoint], count: int = 3) -> list[str]:
    """The indicators that added the most points over the period (credibility only ever takes points off)."""
    totals: dict[str, float] = {}
    for point in points:
        for name, value in point.indicators.items():
            if name != "credibility" and value > 0:
                totals[name] = totals.get(name, 0.0) + value
    return [name for name, _ in sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:count]]


def _thinned(points: Sequence[ChartPoint], start: dt.datetime, end: dt.datetime) -> list[ChartPoint]:
    """At most MAX_POINTS: per time slot the highest score, and always the last point."""
    if len(points) <= MAX_POINTS:
        return list(points)
    slot = (end - start) / MAX_POINTS
    kept: dict[int, ChartPoint] = {}
    for point in points:
        index = int((point.at - start) / slot) if point.at > start else 0
        if index not in kept or point.score > kept[index].score:
            kept[index] = point
    thinned = [kept[i] for i in sorted(kept)]
    return thinned if thinned[-1] is points[-1] else [*thinned, points[-1]]


def _local(moment: dt.datetime) -> dt.datetime:
    return timezone.localtime(moment) if timezone.is_aware(moment) else moment


def render_risk_history(
    points: Sequence[ChartPoint],
    *,
    title: str,
    start: dt.datetime,
    end: dt.datetime,
    width: int = 720,
    height: int = 280,
    chart_id: str = "riwayat",
) -> str:
    """The chart as one `<svg>` element. `points` oldest first; one before `start` sets where the line begins."""
    left, right, top, bottom = 34, 64, 10, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    span = max((end - start).total_seconds(), 1.0)

    def x(moment: dt.datetime) -> float:
        seconds = min(max((moment - start).total_seconds(), 0.0), span)
        return left + plot_w * seconds / span

    def y(value: float) -> float:
        return top + plot_h * (1 - min(max(value, 0.0), 100.0) / 100.0)

    shown = _thinned([p for p in points if p.at <= end], start, end)
    drivers = top_drivers(shown)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="risk-chart" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(describe(shown, drivers, start=start, end=end))}</desc>'
    ]
    for level, low, high, colour in BANDS:
        parts.append(
            f'<rect x="{left}" y="{y(high):.1f}" width="{plot_w}" height="{y(low) - y(high):.1f}" fill="{colour}"/>'
            f'<text x="{left + plot_w + 4}" y="{(y(low) + y(high)) / 2 + 4:.1f}" class="chart-band">'
            f"{escape(LEVEL_LABELS[level])}</text>"
        )
    for value in (0, WASPADA_FROM, SIAGA_FROM, AWAS_FROM, 100):
        dashes = "" if value in (0, 100) else ' stroke-dasharray="4 3"'
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y(value):.1f}" y2="{y(value):.1f}" stroke="#c5ccd6" '
            f'stroke-width="1"{dashes}/>'
            f'<text x="{left - 4}" y="{y(value) + 4:.1f}" text-anchor="end" class="chart-axis">{value:g}</text>'
        )
    parts.extend(_day_ticks(start, end, x, top + plot_h))
    for name, (colour, dash) in zip(drivers, DRIVER_STYLES, strict=False):
        path = _step_path([(p.at, p.indicators.get(name, 0.0)) for p in shown], x, y, end)
        if path:
            dashes = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(
                f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="1.6"{dashes} class="chart-driver">'
                f"<title>{escape(INDICATOR_LABELS.get(name, name))}</title></path>"
            )
    score_path = _step_path([(p.at, p.score) for p in shown], x, y, end)
    if score_path:
        parts.append(
            f'<path d="{score_path}" fill="none" stroke="{SCORE_COLOUR}" stroke-width="2.4" class="chart-score"/>'
        )
    for point in shown:
        if point.at >= start:
            label = (
                f"{_local(point.at):%d/%m %H:%M}: skor {point.score:.0f} ({LEVEL_LABELS.get(point.level, point.level)})"
            )
            parts.append(
                f'<circle cx="{x(point.at):.1f}" cy="{y(point.score):.1f}" r="2.2" fill="{SCORE_COLOUR}">'
                f"<title>{escape(label)}</title></circle>"
            )
    parts.extend(_legend(drivers, left, height - 14))
    if not shown:
        parts.append(
            f'<text x="{left + plot_w / 2}" y="{top + plot_h / 2}" text-anchor="middle" class="chart-empty">'
            "Belum ada penilaian pada periode ini</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


XScale = Callable[[dt.datetime], float]
YScale = Callable[[float], float]


def _step_path(values: Sequence[tuple[dt.datetime, float]], x: XScale, y: YScale, end: dt.datetime) -> str:
    if not values:
        return ""
    commands = [f"M{x(values[0][0]):.1f},{y(values[0][1]):.1f}"]
    for _before, (next_at, next_value) in itertools.pairwise(values):
        commands.append(f"H{x(next_at):.1f}V{y(next_value):.1f}")
    commands.append(f"H{x(end):.1f}")
    return "".join(commands)


def _day_ticks(start: dt.datetime, end: dt.datetime, x: XScale, baseline: float) -> list[str]:
    days = max(1, (end - start).days)
    step = 1 if days <= 10 else 2 if days <= 20 else 5 if days <= 45 else 10
    first = _local(start).replace(hour=0, minute=0, second=0, microsecond=0) + dt.timedelta(days=1)
    ticks = []
    day = first
    index = 0
    while day < end:
        if index % step == 0:
            ticks.append(
                f'<line x1="{x(day):.1f}" x2="{x(day):.1f}" y1="{baseline:.1f}" y2="{baseline + 4:.1f}" '
                'stroke="#5b6675"/>'
                f'<text x="{x(day):.1f}" y="{baseline + 16:.1f}" text-anchor="middle" class="chart-axis">'
                f"{day:%d/%m}</text>"
            )
        day += dt.timedelta(days=1)
        index += 1
    return ticks


def _legend(drivers: Sequence[str], left: float, baseline: float) -> list[str]:
    items = [("Skor", SCORE_COLOUR, "", 2.4)] + [
        (INDICATOR_LABELS.get(name, name), colour, dash, 1.6)
        for name, (colour, dash) in zip(drivers, DRIVER_STYLES, strict=False)
    ]
    parts = []
    position = left
    for label, colour, dash, stroke in items:
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<line x1="{position:.1f}" x2="{position + 22:.1f}" y1="{baseline - 4:.1f}" y2="{baseline - 4:.1f}" '
            f'stroke="{colour}" stroke-width="{stroke}"{dashes}/>'
            f'<text x="{position + 27:.1f}" y="{baseline:.1f}" class="chart-legend">{escape(label)}</text>'
        )
        position += 40 + 6.2 * len(label)
    return parts


def describe(points: Sequence[ChartPoint], drivers: Sequence[str], *, start: dt.datetime, end: dt.datetime) -> str:
    """The chart in one or two sentences, for screen readers and for print without colour."""
    period = f"{_local(start):%d/%m/%Y} sampai {_local(end):%d/%m/%Y}"
    if not points:
        return f"Tidak ada penilaian kerawanan dari {period}."
    first, last = points[0], points[-1]
    peak = max(points, key=lambda p: (p.score, p.at))
    text = (
        f"Skor kerawanan dari {period}: awal {first.score:.0f} ({LEVEL_LABELS.get(first.level, first.level)}), "
        f"tertinggi {peak.score:.0f} ({LEVEL_LABELS.get(peak.level, peak.level)}) pada {_local(peak.at):%d/%m %H:%M}, "
        f"terakhir {last.score:.0f} ({LEVEL_LABELS.get(last.level, last.level)})."
    )
    if drivers:
        text += " Pendorong utama: " + ", ".join(INDICATOR_LABELS.get(d, d) for d in drivers) + "."
    return text


@dataclass(frozen=True)
class DayRow:
    day: dt.date
    max_score: float
    level: str  # the level of the day's highest score
    last_score: float
    drivers: tuple[tuple[str, float], ...]  # at the day's highest score


def daily_summary(points: Sequence[ChartPoint], *, start: dt.datetime, end: dt.datetime) -> list[DayRow]:
    """One row per local day that had assessments: the values of the chart as text."""
    by_day: dict[dt.date, list[ChartPoint]] = {}
    for point in points:
        if start <= point.at <= end:
            by_day.setdefault(_local(point.at).date(), []).append(point)
    rows = []
    for day in sorted(by_day):
        members = by_day[day]
        peak = max(members, key=lambda p: (p.score, p.at))
        drivers = sorted(
            ((n, v) for n, v in peak.indicators.items() if v > 0 and n != "credibility"), key=lambda item: -item[1]
        )
        rows.append(
            DayRow(
                day=day,
                max_score=peak.score,
                level=level_for_score(peak.score),
                last_score=members[-1].score,
                drivers=tuple((INDICATOR_LABELS.get(n, n), v) for n, v in drivers[:3]),
            )
        )
    return rows
