"""A restart resumes exactly: the state written mid-stream gives the same signals as never stopping."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from waspada.engine.burst import BurstDetector, BurstSignal, DetectorBank, Sensitivity

START = datetime(2025, 6, 2, 1, tzinfo=UTC)
KEYS = [
    ("64.08", "bentrok_antarkelompok"),
    ("64.08", "lainnya"),
    ("64.72", "unjuk_rasa"),
    ("64.72", "hoaks_provokasi"),
    ("94.01", "separatisme"),  # WIT
    ("31.71", "kriminalitas"),  # WIB
]
RATES = [0.01, 0.6, 0.1, 0.2, 0.005, 1.2]


def stream(hours: range, seed: int) -> list[dict[tuple[str, str], int]]:
    rng = np.random.default_rng(seed)
    out = []
    for h in hours:
        counts = {k: int(c) for k, c in zip(KEYS, rng.poisson(RATES), strict=True) if c}
        if h % 97 == 0:  # a burst every four days or so, in turn in each series
            key = KEYS[(h // 97) % len(KEYS)]
            counts[key] = counts.get(key, 0) + 9
        out.append(counts)
    return out


def run(bank: DetectorBank, counts: list[dict[tuple[str, str], int]], first: int) -> list[BurstSignal]:
    signals = []
    for i, c in enumerate(counts):
        signals += bank.update(c, START + timedelta(hours=first + i))
    return signals


def test_state_written_mid_stream_resumes_with_identical_signals_and_state() -> None:
    names = {"64.08": "Kutai Timur", "64.72": "Samarinda"}
    sharp = Sensitivity("khusus", 1e-3, 2, 1.5, 2.0, 0.1, 5.0, 6)
    original = DetectorBank(region_names=names, sensitivity={"lainnya": sharp}, warmup_hours=72)
    run(original, stream(range(0, 500), seed=1), 0)
    snapshot = json.dumps(original.to_dict())

    later = stream(range(500, 1100), seed=2)
    continued = run(original, later, 500)
    restored = DetectorBank.from_dict(json.loads(snapshot), region_names=names)
    resumed = run(restored, later, 500)

    assert len(continued) >= 5
    assert {s.detector for s in continued} >= {"surprise"}
    assert resumed == continued
    assert restored.to_dict() == original.to_dict()
    assert restored.get_params() == original.get_params()


def test_state_files_are_written_atomically_and_read_back(tmp_path: Path) -> None:
    bank = DetectorBank()
    run(bank, stream(range(0, 300), seed=3), 0)
    path = tmp_path / "state" / "burst.json"
    bank.to_path(path)
    assert [p.name for p in path.parent.iterdir()] == ["burst.json"]
    assert DetectorBank.from_path(path).to_dict() == bank.to_dict()


def test_an_empty_bank_round_trips() -> None:
    bank = DetectorBank(warmup_hours=3)
    restored = DetectorBank.from_dict(json.loads(json.dumps(bank.to_dict())))
    assert restored.next_hour is None
    assert restored.to_dict() == bank.to_dict()


def test_a_single_detector_round_trips() -> None:
    detector = BurstDetector("64.08", "bentrok_antarkelompok", region_name="Kutai Timur", warmup_hours=24)
    rng = np.random.default_rng(4)
    counts = [int(c) for c in rng.poisson(0.05, size=400)]
    counts[300] += 6
    for h, c in enumerate(counts[:200]):
        detector.update(c, START + timedelta(hours=h))
    restored = BurstDetector.from_dict(json.loads(json.dumps(detector.to_dict())), region_name="Kutai Timur")
    outputs = [
        [d.update(c, START + timedelta(hours=200 + h)) for h, c in enumerate(counts[200:])]
        for d in (detector, restored)
    ]
    assert outputs[0] == outputs[1]
    assert any(s is not None for s in outputs[0])


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(version=99),
        lambda d: d.update(format="something.else"),
        lambda d: d["state"]["series"]["level"].update(dtype="<U8"),
        lambda d: d["state"]["series"]["level"].update(shape=[3]),
        lambda d: d["state"].update(keys=d["state"]["keys"][:-1]),
    ],
)
def test_damaged_or_foreign_state_is_refused(damage: object) -> None:
    bank = DetectorBank()
    run(bank, stream(range(0, 50), seed=5), 0)
    data = json.loads(json.dumps(bank.to_dict()))
    damage(data)  # type: ignore[operator]
    with pytest.raises(ValueError):
        DetectorBank.from_dict(data)
