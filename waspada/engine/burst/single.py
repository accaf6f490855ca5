"""One series on its own: ``update(count, t)`` hour by hour, the same detectors as the bank.

Alone, a series cannot borrow a weekly profile from other regions of its category, so a bank is the better
choice wherever several series exist; this is for a single feed, notebooks and tests.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from waspada.engine.burst.bank import DETECTORS, BurstSignal, DetectorBank
from waspada.engine.burst.sensitivity import Sensitivity

STATE_FORMAT = "waspada.burst.BurstDetector"


class BurstDetector:
    def __init__(
        self,
        region_code: str,
        category: str,
        *,
        region_name: str | None = None,
        sensitivity: Sensitivity | None = None,
        detectors: Sequence[str] = DETECTORS,
        windows: Sequence[int] = (1, 3, 6),
        level_half_life_hours: float = 14 * 24,
        profile_half_life_hours: float = 8 * 7 * 24,
        warmup_hours: int = 7 * 24,
        utc_offset: int | None = None,
    ) -> None:
        self.region_code = region_code
        self.category = category
        self.region_name = region_name
        self._bank = DetectorBank(
            sensitivity={category: sensitivity} if sensitivity else None,
            detectors=detectors,
            windows=windows,
            level_half_life_hours=level_half_life_hours,
            profile_half_life_hours=profile_half_life_hours,
            warmup_hours=warmup_hours,
            utc_offsets={region_code: utc_offset} if utc_offset is not None else None,
            region_names={region_code: region_name} if region_name else None,
        )

    @property
    def key(self) -> tuple[str, str]:
        return (self.region_code, self.category)

    def update(self, count: float, t: datetime) -> BurstSignal | None:
        """Close the hour containing ``t`` with ``count`` reports; skipped hours count as empty."""
        signals = self._bank.update({self.key: count}, t)
        return signals[-1] if signals else None

    def peek(self, count: float, as_of: datetime) -> BurstSignal | None:
        signals = self._bank.peek({self.key: count}, as_of)
        return signals[0] if signals else None

    def expected(self) -> float:
        return self._bank.expected(self.key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": STATE_FORMAT,
            "region_code": self.region_code,
            "category": self.category,
            "bank": self._bank.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, region_name: str | None = None) -> BurstDetector:
        if data.get("format") != STATE_FORMAT:
            raise ValueError(f"not a burst detector state: format {data.get('format')!r}")
        detector = cls(str(data["region_code"]), str(data["category"]), region_name=region_name)
        detector._bank = DetectorBank.from_dict(
            data["bank"], region_names={detector.region_code: region_name} if region_name else None
        )
        return detector
