"""Every benchmark still runs: CI runs each one at a tiny size (`--smoke`) and reads its RESULT line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCRIPTS = sorted(p.name for p in BENCH.glob("[a-z]*.py"))

pytestmark = pytest.mark.slow


def test_there_are_benchmarks() -> None:
    assert len(SCRIPTS) >= 8


@pytest.mark.parametrize("script", SCRIPTS)
def test_benchmark_smoke_run_ends_with_a_result_line(script: str, tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, str(BENCH / script), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    last = completed.stdout.strip().splitlines()[-1]
    assert last.startswith("RESULT ")
    result = json.loads(last.removeprefix("RESULT "))
    assert result["machine"]["cores"] >= 1
