"""The alert rules every installation starts with (created by migration 0002, editable afterwards)."""

from __future__ import annotations

from typing import Any

DEFAULT_RULES: tuple[dict[str, Any], ...] = (
    {
        "code": "laporan-keparahan-24j",
        "name": "3 laporan dengan keparahan ≥ 2 dalam 24 jam di satu kab/kota",
        "kind": "count",
        "params": {"min_reports": 3, "min_severity": 2, "window_hours": 24},
        "level": "waspada",
    },
    {
        "code": "kenaikan-tingkat-siaga",
        "name": "Kab/kota naik ke tingkat Siaga atau lebih",
        "kind": "level",
        "params": {"min_level": "siaga"},
        "level": "siaga",
    },
)
