"""Server-drawn SVG map of kab/kota coloured by level: the same markup for the page and for print.

Shapes come from imported GeoJSON boundaries; without them, a schematic of tiles placed roughly where the
regions lie. No tiles, no script, nothing from the internet. Regions where reporting is thin are hatched and
labelled "cakupan rendah", so that their quiet is not read as calm.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Any

LEVEL_COLOURS = {
    "normal": "#2e7d32",
    "waspada": "#f9a825",
    "siaga": "#ef6c00",
    "awas": "#c62828",
    None: "#b0bec5",
}

# Schematic positions (column, row) for Kalimantan Timur's kab/kota, north at the top, coast to the east.
KALTIM_SCHEMATIC: dict[str, tuple[float, float]] = {
    "64.03": (3.0, 0.0),  # Berau
    "64.11": (0.0, 1.0),  # Mahakam Ulu
    "64.08": (3.0, 1.0),  # Kutai Timur
    "64.07": (1.0, 2.0),  # Kutai Barat
    "64.02": (2.0, 2.0),  # Kutai Kartanegara
    "64.74": (4.0, 2.0),  # Bontang
    "64.72": (3.0, 2.5),  # Samarinda
    "64.09": (2.0, 3.5),  # Penajam Paser Utara
    "64.71": (3.0, 3.5),  # Balikpapan
    "64.01": (1.5, 4.5),  # Paser
}


@dataclass(frozen=True)
class MapRegion:
    code: str
    name: str
    level: str | None  # None: outside the viewer's scope or never assessed
    level_label: str
    href: str | None
    geometry: dict[str, Any] | None = None
    coverage_low: bool = False


COVERAGE_LOW_LABEL = "cakupan rendah"
HATCH_ID = "arsir-cakupan-rendah"


def render_map(regions: list[MapRegion], *, title: str, width: int = 640) -> str:
    if regions and all(r.geometry for r in regions):
        return _render_shapes(regions, title=title, width=width)
    return _render_schematic(regions, title=title, width=width)


def _polygons(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    if geometry.get("type") == "Polygon":
        return [geometry["coordinates"]]
    return list(geometry.get("coordinates") or [])


def _render_shapes(regions: list[MapRegion], *, title: str, width: int) -> str:
    points = [
        (p[0], p[1]) for r in regions for polygon in _polygons(r.geometry or {}) for ring in polygon for p in ring
    ]
    min_x, max_x = min(p[0] for p in points), max(p[0] for p in points)
    min_y, max_y = min(p[1] for p in points), max(p[1] for p in points)
    # Equirectangular, corrected by the cosine of the middle latitude: good enough at province scale.
    x_scale = math.cos(math.radians((min_y + max_y) / 2))
    span_x = max((max_x - min_x) * x_scale, 1e-9)
    span_y = max(max_y - min_y, 1e-9)
    pad = 8
    scale = (width - 2 * pad) / span_x
    height = int(span_y * scale + 2 * pad)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return pad + (lon - min_x) * x_scale * scale, pad + (max_y - lat) * scale

    parts = [_svg_open(title, width, height)]
    labels = []
    for region in regions:
        path = []
        sum_x = sum_y = count = 0.0
        for polygon in _polygons(region.geometry or {}):
            for ring in polygon:
                last: tuple[float, float] | None = None
                commands = []
                for lon, lat, *_rest in ring:
                    x, y = project(lon, lat)
                    # Drop points closer than half a pixel to the previous one: the page stays small.
                    if last is not None and abs(x - last[0]) < 0.5 and abs(y - last[1]) < 0.5:
                        continue
                    commands.append(f"{x:.1f},{y:.1f}")
                    sum_x, sum_y, count = sum_x + x, sum_y + y, count + 1
                    last = (x, y)
                if len(commands) >= 3:
                    path.append("M" + "L".join(commands) + "Z")
        parts.append(_region_element(region, f'<path d="{"".join(path)}"/>'))
        if count:
            labels.append(_label(region, sum_x / count, sum_y / count))
    parts.extend(labels)
    parts.append("</svg>")
    return "".join(parts)


def _render_schematic(regions: list[MapRegion], *, title: str, width: int) -> str:
    placed = [(r, KALTIM_SCHEMATIC.get(r.code)) for r in regions]
    columns = 5
    if any(pos is None for _r, pos in placed):
        # Not Kalimantan Timur (or incomplete): a plain grid in code order.
        placed = [(r, (float(i % columns), float(i // columns))) for i, r in enumerate(regions)]
    rows = max((pos[1] for _r, pos in placed if pos), default=0) + 1
    cell_w = width / columns
    cell_h = cell_w * 0.62
    height = int(rows * cell_h + 8)
    parts = [_svg_open(title, width, height)]
    for region, pos in placed:
        assert pos is not None
        x, y = pos[0] * cell_w + 4, pos[1] * cell_h + 4
        rect = f'<rect x="{x:.1f}" y="{y:.1f}" width="{cell_w - 8:.1f}" height="{cell_h - 8:.1f}" rx="10"/>'
        parts.append(_region_element(region, rect))
        parts.append(_label(region, x + (cell_w - 8) / 2, y + (cell_h - 8) / 2))
    parts.append("</svg>")
    return "".join(parts)


def _svg_open(title: str, width: int, height: int) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="region-map" '
        f'role="img" aria-labelledby="map-title"><title id="map-title">{escape(title)}</title>'
        f'<defs><pattern id="{HATCH_ID}" patternUnits="userSpaceOnUse" width="7" height="7" '
        'patternTransform="rotate(45)">'
        '<line x1="0" y1="0" x2="0" y2="7" stroke="#10243e" stroke-width="2.2" stroke-opacity="0.55"/>'
        "</pattern></defs>"
    )


def _region_element(region: MapRegion, shape: str) -> str:
    colour = LEVEL_COLOURS.get(region.level, LEVEL_COLOURS[None])
    coverage = f" · {COVERAGE_LOW_LABEL}" if region.coverage_low else ""
    tooltip = escape(f"{region.name}: {region.level_label}{coverage}")
    coverage_attribute = ' data-coverage="rendah"' if region.coverage_low else ""
    shape_id = f"wilayah-{region.code.replace('.', '-')}"
    shape = shape.replace("<path ", f'<path id="{escape(shape_id)}" ', 1).replace(
        "<rect ", f'<rect id="{escape(shape_id)}" ', 1
    )
    # The hatching reuses the shape (no second copy of a long boundary path).
    hatch = (
        f'<use href="#{escape(shape_id)}" class="coverage-low" fill="url(#{HATCH_ID})"/>' if region.coverage_low else ""
    )
    body = (
        f'<g class="region level-{escape(region.level or "none")}" data-code="{escape(region.code)}" '
        f'data-level="{escape(region.level or "")}" fill="{colour}" stroke="#ffffff" stroke-width="1.5"'
        f"{coverage_attribute}>"
        f"<title>{tooltip}</title>{shape}{hatch}</g>"
    )
    if region.href:
        return f'<a href="{escape(region.href)}" aria-label="{tooltip}">{body}</a>'
    return body


def _name_lines(name: str, width: int = 13) -> list[str]:
    """Long names on two lines ("Penajam Paser" / "Utara") so they stay inside their tile."""
    words = name.split()
    if len(name) <= width or len(words) == 1:
        return [name]
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return [" ".join(words[:best]), " ".join(words[best:])]


def _label(region: MapRegion, x: float, y: float) -> str:
    lines = _name_lines(region.name)
    first_dy = -0.2 - 0.55 * (len(lines) - 1 + (1 if region.coverage_low else 0))
    spans = "".join(
        f'<tspan x="{x:.1f}" dy="{first_dy if i == 0 else 1.1:.2f}em">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    coverage = (
        f'<tspan x="{x:.1f}" dy="1.15em" class="map-coverage">{COVERAGE_LOW_LABEL}</tspan>'
        if region.coverage_low
        else ""
    )
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="middle" class="map-label" pointer-events="none">{spans}'
        f'<tspan x="{x:.1f}" dy="1.2em" class="map-level">{escape(region.level_label)}</tspan>{coverage}</text>'
    )
