from __future__ import annotations

import re

from waspada.dashboard.maps import KALTIM_SCHEMATIC, MapRegion, render_map

NAMES = {
    "64.01": "Paser",
    "64.02": "Kutai Kartanegara",
    "64.03": "Berau",
    "64.07": "Kutai Barat",
    "64.08": "Kutai Timur",
    "64.09": "Penajam Paser Utara",
    "64.11": "Mahakam Ulu",
    "64.71": "Kota Balikpapan",
    "64.72": "Kota Samarinda",
    "64.74": "Kota Bontang",
}


def regions(**levels: str) -> list[MapRegion]:
    return [
        MapRegion(code=c, name=n, level=levels.get(c.replace(".", "_"), "normal"), level_label="L", href=f"/w/{c}/")
        for c, n in NAMES.items()
    ]


def test_without_shapes_the_ten_kabkota_are_drawn_as_a_schematic_coloured_by_level() -> None:
    svg = render_map(regions(**{"64_08": "siaga"}), title="Peta")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert svg.count("<rect") == 10 == len(KALTIM_SCHEMATIC)
    assert re.search(r'data-code="64.08" data-level="siaga" fill="#ef6c00"', svg)
    assert svg.count('data-level="normal"') == 9
    assert "Kutai Timur" in svg and 'href="/w/64.08/"' in svg


def test_with_shapes_paths_are_drawn_inside_the_view_box() -> None:
    square = {
        "type": "Polygon",
        "coordinates": [[[116.0, 0.0], [117.0, 0.0], [117.0, 1.0], [116.0, 1.0], [116.0, 0.0]]],
    }
    shifted = {
        "type": "MultiPolygon",
        "coordinates": [[[[117.0, 0.0], [118.0, 0.0], [118.0, 1.0], [117.0, 0.0]]]],
    }
    svg = render_map(
        [
            MapRegion(code="64.01", name="A", level="awas", level_label="Awas", href=None, geometry=square),
            MapRegion(code="64.02", name="B", level=None, level_label="-", href=None, geometry=shifted),
        ],
        title="Peta",
        width=400,
    )
    assert svg.count("<path") == 2 and "<rect" not in svg
    numbers = [float(n) for n in re.findall(r"[ML,](-?\d+\.\d)", svg)]
    assert numbers and all(-0.1 <= n <= 400.1 for n in numbers)


def test_names_are_escaped() -> None:
    svg = render_map(
        [MapRegion(code="64.01", name="<script>x</script>", level="normal", level_label="&", href=None)],
        title="<b>",
    )
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "<b>" not in svg


def test_long_names_are_split_over_two_lines() -> None:
    svg = render_map(regions(), title="Peta")
    assert ">Penajam</tspan>" in svg and ">Paser Utara</tspan>" in svg
    assert ">Kutai</tspan>" in svg and ">Kartanegara</tspan>" in svg
    assert ">Berau</tspan>" in svg
