"""Whatever non-negative counts arrive, in whatever rhythm, the bank answers with finite numbers."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waspada.engine.burst import DetectorBank

START = datetime(2025, 1, 6, tzinfo=UTC)
KEYS = [
    ("64.08", "bentrok_antarkelompok"),
    ("64.08", "lainnya"),
    ("91.01", "separatisme"),
    ("11.01", "kategori_tak_dikenal"),
]

counts = st.one_of(
    st.integers(min_value=0, max_value=10**6),
    st.floats(min_value=0.0, max_value=1e6, allow_nan=False, allow_infinity=False),
)
hours = st.lists(
    st.tuples(st.integers(min_value=1, max_value=12), st.dictionaries(st.sampled_from(KEYS), counts, max_size=4)),
    min_size=1,
    max_size=30,
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hours=hours, warmup=st.integers(min_value=0, max_value=48))
def test_update_never_raises_and_every_number_is_finite(
    hours: list[tuple[int, dict[tuple[str, str], float]]], warmup: int
) -> None:
    bank = DetectorBank(warmup_hours=warmup)
    moment = START
    for gap, hour_counts in hours:
        moment += timedelta(hours=gap)
        for signal in bank.peek(hour_counts, moment) if bank.next_hour == moment else []:
            assert math.isfinite(signal.score)
        for signal in bank.update(hour_counts, moment):
            assert math.isfinite(signal.score) and signal.score >= 0
            assert math.isfinite(signal.size_ratio) and signal.size_ratio > 0
            assert signal.start < signal.detected_at
            assert signal.explanation
        for key in KEYS:
            expected = bank.expected(key)
            assert math.isfinite(expected) and expected > 0
    restored = DetectorBank.from_dict(json.loads(json.dumps(bank.to_dict())))
    assert restored.to_dict() == bank.to_dict()
