"""How easily a burst in each category raises a signal: three sensitivity tiers and the category → tier table.

Three reports of an armed clash in a quiet kabupaten matter more than thirty about a festival, so the
categories where a few reports already mean violence or an identity conflict get the *tinggi* tier, and the
routine high-volume ones (crime blotter, public services, utilities, "lainnya" with its festivals) the
*rendah* tier. ``docs/detectors.md`` explains every number; a test keeps that page equal to this table.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Sensitivity:
    """Thresholds of one tier.

    ``alpha``: tail probability of the window count under the seasonal baseline below which the surprise
    test fires. ``min_count`` and ``min_ratio``: reports in the window (or the automaton's burst run), and
    reports over expected, that any signal needs. ``burst_scale``: the rate of each automaton state over the
    one below; ``burst_floor``: the least rate (reports an hour) of the first burst state;
    ``transition_cost``: nats the automaton pays to move one state up. ``cooldown_hours``: quiet hours
    before a series can open a new signal.
    """

    tier: str
    alpha: float
    min_count: float
    min_ratio: float
    burst_scale: float
    burst_floor: float
    transition_cost: float
    cooldown_hours: int

    def __post_init__(self) -> None:
        if not (0.0 < self.alpha < 1.0) or self.min_count <= 0 or self.min_ratio < 1.0:
            raise ValueError(f"Sensitivity needs 0 < alpha < 1, min_count > 0 and min_ratio ≥ 1, got {self!r}")
        if not (
            self.burst_scale > 1.0 and self.burst_floor > 0 and self.transition_cost > 0 and self.cooldown_hours >= 0
        ):
            raise ValueError(
                "Sensitivity needs burst_scale > 1, burst_floor > 0, transition_cost > 0 and cooldown_hours ≥ 0, "
                f"got {self!r}"
            )
        values = (self.alpha, self.min_count, self.min_ratio, self.burst_scale, self.burst_floor, self.transition_cost)
        if not all(math.isfinite(v) for v in values):
            raise ValueError(f"Sensitivity values must be finite, got {self!r}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Sensitivity:
        return cls(
            tier=str(data["tier"]),
            alpha=float(data["alpha"]),
            min_count=float(data["min_count"]),
            min_ratio=float(data["min_ratio"]),
            burst_scale=float(data["burst_scale"]),
            burst_floor=float(data["burst_floor"]),
            transition_cost=float(data["transition_cost"]),
            cooldown_hours=int(data["cooldown_hours"]),
        )


TINGGI, SEDANG, RENDAH = "tinggi", "sedang", "rendah"

SENSITIVITY_TIERS: Mapping[str, Sensitivity] = {
    TINGGI: Sensitivity(
        TINGGI,
        alpha=1e-5,
        min_count=3,
        min_ratio=2.0,
        burst_scale=2.0,
        burst_floor=1 / 24,
        transition_cost=8.0,
        cooldown_hours=24,
    ),
    SEDANG: Sensitivity(
        SEDANG,
        alpha=1e-6,
        min_count=5,
        min_ratio=2.5,
        burst_scale=2.5,
        burst_floor=1 / 12,
        transition_cost=10.0,
        cooldown_hours=24,
    ),
    RENDAH: Sensitivity(
        RENDAH,
        alpha=1e-7,
        min_count=5,
        min_ratio=3.0,
        burst_scale=3.0,
        burst_floor=1 / 6,
        transition_cost=12.0,
        cooldown_hours=24,
    ),
}

# Categories not listed here (a code added to the taxonomy later) get DEFAULT_TIER.
DEFAULT_TIER = SEDANG

CATEGORY_TIERS: Mapping[str, str] = {
    "bentrok_antarkelompok": TINGGI,
    "main_hakim_sendiri": TINGGI,
    "separatisme": TINGGI,
    "radikalisme": TINGGI,
    "sara_intoleransi": TINGGI,
    "sengketa_lahan": SEDANG,
    "tambang_sawit": SEDANG,
    "ikn": SEDANG,
    "buruh": SEDANG,
    "unjuk_rasa": SEDANG,
    "hoaks_provokasi": SEDANG,
    "pemilu_jabatan": SEDANG,
    "kriminalitas": RENDAH,
    "narkoba": RENDAH,
    "tata_kelola": RENDAH,
    "sumber_daya": RENDAH,
    "lainnya": RENDAH,
}


def sensitivity_for(category: str, overrides: Mapping[str, Sensitivity] | None = None) -> Sensitivity:
    if overrides and category in overrides:
        return overrides[category]
    return SENSITIVITY_TIERS[CATEGORY_TIERS.get(category, DEFAULT_TIER)]
