"""Alert rules evaluated on a region's signals; the first one counts serious reports in a time window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from waspada.engine.risk import ReportSignal, in_region


@dataclass(frozen=True, slots=True)
class RuleHit:
    rule_code: str
    count: int
    report_ids: tuple[str, ...]
    window_start: datetime
    explanation: str


@dataclass(frozen=True, slots=True)
class CountRule:
    """Fires when at least ``min_reports`` reports of severity ≥ ``min_severity`` fall in the last window.

    The window is ``(now - window_hours, now]``: a report exactly ``window_hours`` old is already out.
    """

    code: str = "count_severity"
    min_reports: int = 3
    min_severity: int = 2
    window_hours: int = 24

    def __post_init__(self) -> None:
        if self.min_reports < 1 or self.window_hours < 1 or not 0 <= self.min_severity <= 3:
            raise ValueError(f"CountRule needs min_reports ≥ 1, window_hours ≥ 1 and min_severity in 0–3, got {self!r}")

    def evaluate(
        self, region_code: str, region_name: str, signals: Sequence[ReportSignal], now: datetime
    ) -> RuleHit | None:
        window_start = now - timedelta(hours=self.window_hours)
        hits = sorted(
            (
                s
                for s in signals
                if window_start < s.occurred_at <= now
                and s.severity >= self.min_severity
                and in_region(s.place_code, region_code)
            ),
            key=lambda s: (s.occurred_at, s.report_id),
        )
        if len(hits) < self.min_reports:
            return None
        return RuleHit(
            rule_code=self.code,
            count=len(hits),
            report_ids=tuple(s.report_id for s in hits),
            window_start=window_start,
            explanation=(
                f"{len(hits)} laporan dengan tingkat keparahan ≥ {self.min_severity} di {region_name} "
                f"dalam {self.window_hours} jam terakhir"
            ),
        )
