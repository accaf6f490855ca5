"""Report submissions per second through the REST API, next to a bare Django insert on the same database.

Method
------
For each database (SQLite in a temporary directory always; PostgreSQL when DATABASE_URL points to one or
--postgres-url is given, in a fresh database created for the run):

1. migrate, load the gazetteer, create an integration token (`waspada token create`) — not measured;
2. start the web server with the command `waspada run` uses (`waspada/core/server.py`: Granian, WORKERS
   processes × THREADS Python threads, access log on; defaults as WASPADA_WEB_WORKERS/THREADS) — but no task
   worker, so that the analysis queued by each submission waits in the queue and the figure is intake alone
   (analysis is asynchronous by design);
3. warm up, then CLIENTS threads in this process (default 8: two web processes are busy from 4 clients on;
   more clients only make the queue, and so the latency, longer), each with its own keep-alive connection,
   send REQUESTS `POST /api/v1/reports` with `Authorization: Bearer`, a distinct `Idempotency-Key` and a report
   for a desa of Kutai Timur. A submission counts when its 201 has arrived, i.e. after the report, its audit row and its
   queued analysis were committed (SQLite: WAL, synchronous=NORMAL, as configured; PostgreSQL: fsync as the
   server is configured). Latency is measured per request at the client; throughput is requests / wall time;
4. count the reports in the database afterwards: every 201 must be there;
5. baseline: in one separate Python process on the same database, `Report.objects.create()` in a loop, each in
   its own transaction (autocommit): what Django alone costs for a durable single-row insert.

The clients share the machine's cores with the server, as they would not in production; the figures are
therefore a lower bound for the server. `--smoke` runs a few requests to check that the script works.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, free_port, parser, print_machine, print_table, result, waspada

TEXT = (
    "Sekitar 60 warga Desa Sepaso memblokade jalan hauling perusahaan sawit sejak pukul 07.00 WITA, menuntut "
    "penyelesaian sengketa lahan plasma. Aparat desa dan Babinsa berada di lokasi; belum ada kekerasan."
)


@dataclass
class Run:
    database: str
    path: str
    requests: int
    seconds: float
    latencies_ms: list[float]
    errors: int
    stored: int
    server_cpu_ms: float = 0.0  # CPU time of the web processes per request
    client_cpu_ms: float = 0.0  # CPU time of this process (the client threads) per request

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@contextmanager
def _postgres_database(url: str) -> Any:
    import psycopg

    name = f"waspada_bench_{uuid.uuid4().hex[:10]}"
    admin = psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunparse(urlparse(url)._replace(path=f"/{name}"))
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of processes (Linux /proc; 0 elsewhere)."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def _process_tree(pid: int) -> list[int]:
    found = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return found
    for child in children:
        found += _process_tree(int(child))
    return found


@contextmanager
def _web_server(env: dict[str, str], port: int, workers: int, threads: int, log: Path) -> Any:
    from waspada.core.server import web_command

    command = web_command(host="127.0.0.1", port=port, workers=workers, threads=threads)
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(log.read_text()[-2000:])
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                connection.request("GET", "/api/v1/health")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("the web server did not start")
        yield process.pid
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def _submit(port: int, token: str, count: int, prefix: str, latencies: list[float], errors: list[int]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    for n in range(count):
        body = json.dumps(
            {"title": f"Blokade jalan hauling {prefix}-{n}", "text": TEXT, "region_code": "64.08.09"}
        ).encode()
        started = time.perf_counter()
        try:
            connection.request("POST", "/api/v1/reports", body, {**headers, "Idempotency-Key": f"{prefix}-{n}"})
            response = connection.getresponse()
            response.read()
            ok = response.status == 201
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            ok = False
        latencies.append((time.perf_counter() - started) * 1000)
        if not ok:
            errors.append(1)
    connection.close()


def _load(port: int, token: str, *, requests: int, clients: int, prefix: str) -> tuple[float, list[float], int]:
    latencies: list[float] = []
    errors: list[int] = []
    share = [requests // clients + (1 if i < requests % clients else 0) for i in range(clients)]
    threads = [
        threading.Thread(target=_submit, args=(port, token, n, f"{prefix}{i}", latencies, errors))
        for i, n in enumerate(share)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, latencies, len(errors)


BASELINE = """
import json, sys, time, django
django.setup()
from django.utils import timezone
from waspada.intake.models import Report
n = int(sys.argv[1])
latencies = []
started = time.perf_counter()
for i in range(n):
    t = time.perf_counter()
    now = timezone.now()
    Report.objects.create(channel="api", title=f"Baseline {i}", text=sys.argv[2], region_id="64.08.09",
                          kabkota_id="64.08", occurred_at=now, received_at=now, analysis_queued_at=now)
    latencies.append((time.perf_counter() - t) * 1000)
print(json.dumps({"seconds": time.perf_counter() - started, "latencies": latencies}))
"""


def bench_database(label: str, database_url: str, args: Any, workdir: Path) -> list[Run]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "WASPADA_DATA_DIR": str(workdir / "var"),
        "WASPADA_LOAD_DEMO": "false",
        "WASPADA_LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    print(f"[{label}] migrate, gazetteer, token …", flush=True)
    waspada(env, "migrate", "-v0")
    waspada(env, "regions_load", "-v0")
    token = waspada(env, "token", "create", "Bench", "--region", "64.08").strip()
    port = free_port()
    server_env = {**env, "DJANGO_SETTINGS_MODULE": "waspada.settings"}
    with _web_server(server_env, port, args.workers, args.threads, workdir / "web.log") as server_pid:
        _load(port, token, requests=args.warmup, clients=min(args.clients, max(args.warmup, 1)), prefix="warm")
        print(f"[{label}] {args.requests} submissions from {args.clients} clients …", flush=True)
        server_pids = _process_tree(server_pid)
        server_before, client_before = _cpu_seconds(server_pids), time.process_time()
        seconds, latencies, errors = _load(port, token, requests=args.requests, clients=args.clients, prefix="run")
        server_cpu = _cpu_seconds(server_pids) - server_before
        client_cpu = time.process_time() - client_before
    count = "from waspada.intake.models import Report; print(Report.objects.filter(channel='api').count())"
    stored = int(waspada(env, "shell", "--no-imports", "-c", count).strip().splitlines()[-1])
    api = Run(
        label,
        "API POST /reports",
        args.requests,
        seconds,
        latencies,
        errors,
        stored - args.warmup,
        server_cpu_ms=server_cpu * 1000 / args.requests,
        client_cpu_ms=client_cpu * 1000 / args.requests,
    )
    baseline_out = subprocess.run(
        [sys.executable, "-c", BASELINE, str(args.baseline), TEXT],
        env={**env, "DJANGO_SETTINGS_MODULE": "waspada.settings"},
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    measured = json.loads(baseline_out.strip().splitlines()[-1])
    bare = Run(
        label, "Report.objects.create loop", args.baseline, measured["seconds"], measured["latencies"], 0, args.baseline
    )
    return [api, bare]


def main() -> None:
    cli = parser(__doc__.split("\n", 1)[0])
    cli.add_argument("--requests", type=int, default=5000, help="submissions measured per database")
    cli.add_argument("--clients", type=int, default=8, help="concurrent client threads")
    cli.add_argument("--workers", type=int, default=2, help="web server processes (default as WASPADA_WEB_WORKERS)")
    cli.add_argument("--threads", type=int, default=1, help="Python threads per process (as WASPADA_WEB_THREADS)")
    cli.add_argument("--baseline", type=int, default=2000, help="inserts in the bare Django loop")
    cli.add_argument("--warmup", type=int, default=200)
    cli.add_argument("--postgres-url", default="", help="a PostgreSQL server to measure too (default: DATABASE_URL)")
    cli.add_argument("--no-sqlite", action="store_true")
    args = cli.parse_args()
    if args.smoke:
        args.requests, args.clients, args.baseline, args.warmup = 40, 4, 40, 10
    postgres = args.postgres_url or (
        os.environ.get("DATABASE_URL", "") if os.environ.get("DATABASE_URL", "").startswith("postgres") else ""
    )

    print_machine()
    runs: list[Run] = []
    workdir = Path(tempfile.mkdtemp(prefix="waspada-bench-"))
    try:
        if not args.no_sqlite:
            runs += bench_database("sqlite", f"sqlite:///{workdir / 'bench.sqlite3'}", args, workdir / "sqlite")
        if postgres:
            with _postgres_database(postgres) as url:
                runs += bench_database("postgresql", url, args, workdir / "postgresql")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    print()
    print_table(
        ["database", "path", "n", "per s", "p50 ms", "p95 ms", "p99 ms", "errors", "stored", "CPU ms/req srv+cli"],
        [
            [
                r.database,
                r.path,
                r.requests,
                r.per_second,
                r.percentile(50),
                r.percentile(95),
                r.percentile(99),
                r.errors,
                r.stored,
                f"{r.server_cpu_ms:.1f}+{r.client_cpu_ms:.1f}" if r.server_cpu_ms else "",
            ]
            for r in runs
        ],
    )
    print(
        f"(clients: {args.clients} threads; server: Granian {args.workers} processes × {args.threads} threads; "
        "no task worker running)"
    )
    result(
        {
            "benchmark": "intake",
            "smoke": args.smoke,
            "clients": args.clients,
            "web_workers": args.workers,
            "web_threads": args.threads,
            "runs": [
                {
                    "database": r.database,
                    "path": r.path,
                    "n": r.requests,
                    "per_second": round(r.per_second, 1),
                    "p50_ms": round(r.percentile(50), 2),
                    "p95_ms": round(r.percentile(95), 2),
                    "p99_ms": round(r.percentile(99), 2),
                    "mean_ms": round(statistics.fmean(r.latencies_ms), 2) if r.latencies_ms else 0.0,
                    "errors": r.errors,
                    "stored": r.stored,
                    "server_cpu_ms_per_request": round(r.server_cpu_ms, 2),
                    "client_cpu_ms_per_request": round(r.client_cpu_ms, 2),
                }
                for r in runs
            ],
        }
    )


if __name__ == "__main__":
    main()
