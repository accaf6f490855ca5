"""What every benchmark shares: the machine it ran on, a printed table, and the closing `RESULT {json}` line; for
the ones that run Waspada itself, a free port and the `waspada` command.

Benchmarks print; they never assert timings. `--smoke` runs a tiny size so CI can check the script still works.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The public datasets beside the repository, read in place and never copied into it.
SHARED_DATA = Path(os.environ.get("WASPADA_SHARED_DATA", ROOT.parent / "shared" / "data"))


def parser(description: str) -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(description=description)
    cli.add_argument("--smoke", action="store_true", help="tiny run for CI: checks the script, not the figures")
    return cli


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "cpu": cpu,
        "cores": os.cpu_count(),
    }


def print_machine() -> None:
    info = machine()
    print(f"machine: {info['cpu']} · {info['cores']} cores · Python {info['python']} · {info['platform']}")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(str(h)), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    print("  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def result(payload: dict[str, Any]) -> None:
    """The last line of every benchmark: one JSON object that scripts can read."""
    print("RESULT " + json.dumps({**payload, "machine": machine()}, ensure_ascii=False, sort_keys=True))
    sys.stdout.flush()


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def waspada(env: dict[str, str], *args: str) -> str:
    """`waspada ARGS` in a subprocess with `env`; its standard output, or an error with both outputs' tails."""
    done = subprocess.run(
        [sys.executable, "-m", "waspada.cli", *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise RuntimeError(f"waspada {' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return done.stdout
