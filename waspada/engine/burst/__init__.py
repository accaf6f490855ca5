"""Burst detection: streaming detectors over hourly report counts per (region, category), with per-category
sensitivity, explanations in Bahasa Indonesia and state that survives a restart exactly.

Typical use: ``bank = DetectorBank(region_names=names)``; every hour ``bank.update(counts, hour)`` with the
counts of that hour; ``bank.to_dict()`` / ``DetectorBank.from_dict(...)`` around a restart. See
``docs/detectors.md``.
"""

from waspada.engine.burst.bank import (
    BURST_VERSION,
    DETECTORS,
    KLEINBERG,
    SURPRISE,
    BurstSignal,
    DetectorBank,
    SeriesKey,
)
from waspada.engine.burst.clock import hour_index, hour_start, utc_offset_for_region
from waspada.engine.burst.explain import CATEGORY_PHRASES, TEMPLATES
from waspada.engine.burst.sensitivity import (
    CATEGORY_TIERS,
    DEFAULT_TIER,
    SENSITIVITY_TIERS,
    Sensitivity,
    sensitivity_for,
)
from waspada.engine.burst.single import BurstDetector

__all__ = [
    "BURST_VERSION",
    "CATEGORY_PHRASES",
    "CATEGORY_TIERS",
    "DEFAULT_TIER",
    "DETECTORS",
    "KLEINBERG",
    "SENSITIVITY_TIERS",
    "SURPRISE",
    "TEMPLATES",
    "BurstDetector",
    "BurstSignal",
    "DetectorBank",
    "Sensitivity",
    "SeriesKey",
    "hour_index",
    "hour_start",
    "sensitivity_for",
    "utc_offset_for_region",
]
