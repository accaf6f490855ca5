"""No report is lost: the task worker is killed (-9) in the middle of a batch; after a restart every report is
there exactly once and ends analysed.

`waspada run` stops everything when one of its children dies (a half-running installation would be worse than a
stopped one), so the story is: kill the worker, watch the supervisor stop, start `waspada run` again. Agencies keep
retrying with the same Idempotency-Key while the server is down. On restart the scheduler's sweep queues again the
reports whose analysis was lost with the worker (after WASPADA_ANALYSIS_RETRY_SECONDS, set to its minimum here).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.server import ROOT, Server, free_port, separate_database, wait_until_healthy

pytestmark = pytest.mark.slow

BATCH = 200
RETRY_SECONDS = 5


def call(
    base: str, token: str, method: str, path: str, payload: dict[str, object] | None = None, **headers: str
) -> tuple[int, dict[str, object]]:
    request = urllib.request.Request(
        f"{base}{path}",
        data=json.dumps(payload).encode() if payload is not None else None,
        method=method,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json", **headers},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def report(n: int) -> dict[str, object]:
    return {
        "title": f"Laporan uji tahan-mati #{n}",
        "text": f"Sekitar {20 + n} warga Desa Sepaso memblokade jalan hauling perusahaan sawit, menuntut ganti rugi.",
        "region_code": "64.08.09",
    }


def submit_until_accepted(base: str, token: str, n: int, deadline: float) -> tuple[int, int]:
    """What a well-behaved agency system does: retry the same key until it gets an answer."""
    while time.monotonic() < deadline:
        try:
            status, body = call(base, token, "POST", "/api/v1/reports", report(n), **{"Idempotency-Key": f"tahan-{n}"})
        except (OSError, ValueError):  # refused, reset or cut off while the server stops and starts
            time.sleep(0.2)
            continue
        if status in (200, 201):
            return status, int(body["id"])  # type: ignore[call-overload]
        time.sleep(0.2)
    raise AssertionError(f"report {n} was never accepted")


def reports_listed(base: str, token: str) -> list[dict[str, object]]:
    status, body = call(base, token, "GET", "/api/v1/reports?limit=200&q=tahan-mati")
    assert status == 200, body
    items = body["items"]
    assert isinstance(items, list) and len(items) <= BATCH
    return items


def children(pid: int) -> dict[int, str]:
    out = subprocess.run(["ps", "-o", "pid=,args=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return {int(line.split(None, 1)[0]): line.split(None, 1)[1] for line in out.strip().splitlines()}


@contextmanager
def waspada_run(env: dict[str, str], log: Path) -> Iterator[Server]:
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "waspada.cli", "run"], env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT
        )
    server = Server(url=f"http://127.0.0.1:{env['PORT']}", env=env, process=process, log=log)
    try:
        wait_until_healthy(server)
        yield server
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_killing_the_worker_mid_batch_loses_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    with separate_database(tmp_path) as database_url:
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "WASPADA_DATA_DIR": str(tmp_path / "var"),
            "PORT": str(free_port()),
            "WASPADA_LOAD_DEMO": "false",
            "WASPADA_WEB_WORKERS": "1",
            "WASPADA_ANALYSIS_RETRY_SECONDS": str(RETRY_SECONDS),
            "PYTHONUNBUFFERED": "1",
        }
        env.pop("DJANGO_SETTINGS_MODULE", None)
        log = tmp_path / "run.log"
        base = f"http://127.0.0.1:{env['PORT']}"
        pool = ThreadPoolExecutor(max_workers=8)

        with waspada_run(env, log) as first:  # migrates and loads the gazetteer itself
            token = subprocess.run(
                [sys.executable, "-m", "waspada.cli", "token", "create", "Polres Kutai Timur", "--region", "64.08"],
                env=env,
                check=True,
                cwd=ROOT,
                capture_output=True,
                text=True,
            ).stdout.strip()
            deadline = time.monotonic() + 90
            futures = [pool.submit(submit_until_accepted, base, token, n, deadline) for n in range(BATCH)]
            # Wait until the worker is through its warm-up and busy with the backlog, then kill it where it stands.
            while time.monotonic() < deadline:
                done = [r for r in reports_listed(base, token) if r["analysis_status"] == "done"]
                if len(done) >= 3:
                    break
                time.sleep(0.1)
            workers = [pid for pid, args in children(first.process.pid).items() if "db_worker" in args]
            assert len(workers) == 1, children(first.process.pid)
            listed = reports_listed(base, token)
            pending_at_kill = sum(1 for r in listed if r["analysis_status"] != "done")
            os.kill(workers[0], signal.SIGKILL)
            killed_at = time.monotonic()
            # The supervisor notices and stops the web server and the scheduler too.
            assert first.process.wait(timeout=30) != 0
            assert "worker-1 berhenti" in log.read_text()
        assert pending_at_kill > 0, "the worker had finished before it could be killed: make the batch larger"

        # The restarted scheduler sweeps at once; what the dead worker held is older than the retry delay by then.
        time.sleep(max(0.0, RETRY_SECONDS - (time.monotonic() - killed_at)))
        with waspada_run(env, log) as second:
            accepted = [future.result(timeout=60) for future in futures]
            while time.monotonic() < deadline:
                listed = reports_listed(second.url, token)
                if len(listed) == BATCH and all(r["analysis_status"] == "done" for r in listed):
                    break
                time.sleep(0.5)
            else:
                waiting = [r["id"] for r in listed if r["analysis_status"] != "done"]
                raise AssertionError(f"{len(listed)} reports, still waiting for analysis: {waiting[:20]}")

            # Exactly once: one report per key, and every retry of a key returns that same report.
            ids = [report_id for _status, report_id in accepted]
            assert len(set(ids)) == BATCH
            assert {r["id"] for r in listed} == set(ids)
            assert sorted(str(r["title"]) for r in listed) == sorted(str(report(n)["title"]) for n in range(BATCH))
            again = list(pool.map(lambda n: submit_until_accepted(second.url, token, n, deadline), range(BATCH)))
            assert again == [(200, report_id) for report_id in ids]
            assert all(r["category"] and r["severity"] is not None for r in listed)
        pool.shutdown()
