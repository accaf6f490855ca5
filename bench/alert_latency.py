"""Latency from a report's commit to a stored alert, end to end in the embedded mode (`waspada run`).

Method
------
1. A fresh SQLite database in a temporary directory: `waspada migrate`, `waspada regions load`, an integration
   token (`waspada token create`), and three weeks of ordinary reporting from the ten kab/kota of Kalimantan
   Timur imported with `waspada import reports` (the calm background of `bench/replay.py`), so that the burst
   detectors have learned what is usual and are past their warm-up — none of this measured.
2. `waspada run` starts as an installation would: Granian (web), the task worker(s) of django-tasks-db, the
   scheduler; no demo data.
3. Measured, one report at a time: `POST /api/v1/reports` with a report of a clash in a desa (the engine decides
   its category and severity); each report tells another incident (other desa, numbers and wording), since
   near-duplicates count once. The clock starts when the request is sent (so the commit lies inside the measured
   time) and stops when a stored alert carries the report's id — a new alert, or an open one the report was
   folded into — polled every 10 ms in a read-only connection to the same database. Per region the first two
   reports are sent unmeasured (no rule or detector fires on one or two reports); every measured report is the
   third or later of its region within the hour, which the count rule (3 reports of severity ≥ 2 in 24 hours),
   the burst detectors (peek at the open hour) and the level rule all answer.
4. Baseline, the same reports: the time until the report's analysis is stored (`analysis_status = done`), i.e.
   what the queue and the engine cost before risk, detection and rules.

`--smoke` measures a handful of reports over a shorter history.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, free_port, parser, print_machine, print_table, result, waspada

# Distinct happenings, not copies: the analysis counts near-duplicates once (as one event), so every measured report
# tells another incident — another desa, other numbers, one of several wordings.
CLASHES = (
    "Bentrok antarwarga pecah di {place}, Kecamatan {kec}, sekitar pukul {hour}.00 WITA. Dua kelompok pemuda saling "
    "serang dengan batu dan senjata tajam; {hurt} orang luka-luka dan {houses} rumah dibakar. Aparat berjaga.",
    "Warga {place} ({kec}) diserang sekelompok orang bersenjata parang pukul {hour}.30 WITA. Korban {hurt} orang "
    "dibawa ke puskesmas, {houses} sepeda motor dirusak. Polsek memasang garis polisi.",
    "Tawuran massa di lapangan {place}, Kecamatan {kec}, berlanjut sejak pukul {hour}.15 WITA: lempar batu, "
    "{houses} kios dibakar, {hurt} warga terluka. Camat meminta warga menahan diri.",
    "Pengeroyokan berujung bentrok di {place}, {kec}. Sekitar {hurt}0 orang terlibat, {houses} rumah rusak berat, "
    "situasi masih tegang hingga pukul {hour}.45 WITA.",
)


def background(env: dict[str, str], workdir: Path, weeks: int) -> tuple[Path, list[tuple[str, str, str, str]]]:
    """The ordinary reporting of bench/replay.py, and a desa per kab/kota for the measured reports."""
    import datetime as dt

    os.environ.update({k: env[k] for k in ("DATABASE_URL", "WASPADA_DATA_DIR", "WASPADA_LOAD_DEMO")})
    os.environ["DJANGO_SETTINGS_MODULE"] = "waspada.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    import replay

    places, names = replay.places_by_kabkota(seed=3)
    end = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    rows = replay.background_rows(end=end, places=places, names=names, weeks=weeks, seed=3)
    path = workdir / "latar.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    targets = [(kab, *place) for kab in sorted(places) for place in places[kab]]
    return path, targets


def wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"waspada run exited:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/api/v1/health", timeout=2) as response:  # noqa: S310 — http://127.0.0.1
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("waspada run did not become healthy")


def submit(port: int, token: str, region: str, text: str, title: str, key: str) -> tuple[int, float]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    body = json.dumps({"title": title, "text": text, "region_code": region}).encode()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json", "Idempotency-Key": key}
    sent = time.perf_counter()
    connection.request("POST", "/api/v1/reports", body, headers)
    response = connection.getresponse()
    payload = json.loads(response.read())
    connection.close()
    if response.status not in (200, 201):
        raise RuntimeError(f"API answered {response.status}: {payload}")
    return int(payload["id"]), sent


def wait_for(
    db: sqlite3.Connection, report_id: int, sent: float, timeout: float, *, analysis_only: bool = False
) -> tuple[float | None, float | None, str, float | None]:
    """Seconds from `sent` until the analysis is stored, until an alert carries the report (and by which rule), and
    until a detector alert carries it (None: not within the timeout; after the first alert, 3 s more at most).
    With `analysis_only`, return as soon as the analysis is stored."""
    analysed = alerted = burst = None
    rule = ""
    deadline = sent + timeout
    while time.perf_counter() < deadline and burst is None:
        now = time.perf_counter() - sent
        if analysed is None:
            row = db.execute("SELECT analysis_status FROM intake_report WHERE id = ?", (report_id,)).fetchone()
            if row and row[0] == "done":
                analysed = now
                if analysis_only:
                    break
        hits = db.execute(
            "SELECT r.code, r.kind FROM alerts_alert a JOIN alerts_alertrule r ON r.id = a.rule_id "
            "WHERE EXISTS (SELECT 1 FROM json_each(a.report_ids) WHERE value = ?) ORDER BY a.id",
            (report_id,),
        ).fetchall()
        if hits and alerted is None:
            alerted, rule = now, hits[0][0]
            analysed = analysed if analysed is not None else now
            deadline = min(deadline, sent + now + 3.0)
        if any(kind == "burst" for _code, kind in hits):
            burst = now
        else:
            time.sleep(0.01)
    return analysed, alerted, rule, burst


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] if ordered else float("nan")


def main() -> None:
    cli = parser(__doc__.split("\n", 1)[0])
    cli.add_argument("--reports", type=int, default=60, help="measured reports")
    cli.add_argument("--weeks", type=int, default=3, help="weeks of imported background history")
    cli.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for each alert")
    args = cli.parse_args()
    if args.smoke:
        args.reports, args.weeks = 6, 1

    print_machine()
    workdir = Path(tempfile.mkdtemp(prefix="waspada-latency-"))
    database = workdir / "latency.sqlite3"
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "WASPADA_DATA_DIR": str(workdir / "var"),
        "WASPADA_LOAD_DEMO": "false",
        "WASPADA_LOG_LEVEL": "WARNING",
        "WASPADA_WEB_WORKERS": "1",
        "PORT": str(port),
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    process: subprocess.Popen[bytes] | None = None
    measured: list[dict[str, Any]] = []
    try:
        waspada(env, "migrate", "-v0")
        waspada(env, "regions", "load", "-v0")
        token = waspada(env, "token", "create", "Latensi", "--region", "64").strip().splitlines()[-1]
        history, targets = background(env, workdir, args.weeks)
        regions = sorted({t[0] for t in targets})[: 2 if args.smoke else None]
        by_region = [[t for t in targets if t[0] == kab] for kab in regions]
        started = time.perf_counter()
        waspada(env, "import", "reports", str(history), "-v0")
        print(
            f"history: {sum(1 for _ in history.open())} reports over {args.weeks} weeks imported in "
            f"{time.perf_counter() - started:.0f} s",
            flush=True,
        )
        log = workdir / "run.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "waspada.cli", "run"], env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
            )
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, process, log)
        time.sleep(2.0)  # the worker and the scheduler settle (the scheduler's first round runs every job once)
        db = sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
        per_region = Counter[str]()
        n = 0
        while len(measured) < args.reports:
            choices = by_region[n % len(by_region)]
            kab, code, place, kec = choices[(n // len(by_region)) % len(choices)]
            n += 1
            template = CLASHES[(n // len(by_region)) % len(CLASHES)]
            text = template.format(place=place, kec=kec, hour=8 + n % 10, hurt=2 + n % 7, houses=1 + n % 4)
            report_id, sent = submit(port, token, code, text, f"Bentrok antarwarga di {place} ({n})", f"lat-{n}")
            per_region[kab] += 1
            if per_region[kab] <= 2:  # the first two of a region prepare it; nothing is expected to fire yet
                wait_for(db, report_id, sent, args.timeout, analysis_only=True)
                continue
            analysed, alerted, rule, burst = wait_for(db, report_id, sent, args.timeout)
            measured.append(
                {
                    "report": report_id,
                    "analysed": analysed,
                    "alerted": alerted,
                    "rule": rule,
                    "burst": burst,
                    "region": kab,
                }
            )
            shown = [f"{v:.2f} s" if v is not None else "—" for v in (analysed, alerted, burst)]
            print(
                f"  #{report_id} {kab}: analysed {shown[0]}, alert {shown[1]} ({rule or 'none'}), detector {shown[2]}",
                flush=True,
            )
    finally:
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(workdir, ignore_errors=True)

    alerts = [m["alerted"] for m in measured if m["alerted"] is not None]
    analyses = [m["analysed"] for m in measured if m["analysed"] is not None]
    bursts = [m["burst"] for m in measured if m["burst"] is not None]
    rules = Counter(m["rule"] for m in measured if m["rule"])
    print()
    print_table(
        ["from commit (request sent) to", "n", "p50 s", "p95 s", "max s", "mean s", "missed"],
        [
            [
                "a stored alert carrying the report",
                len(alerts),
                percentile(alerts, 50),
                percentile(alerts, 95),
                max(alerts, default=float("nan")),
                statistics.fmean(alerts) if alerts else float("nan"),
                len(measured) - len(alerts),
            ],
            [
                "a detector alert carrying it",
                len(bursts),
                percentile(bursts, 50),
                percentile(bursts, 95),
                max(bursts, default=float("nan")),
                statistics.fmean(bursts) if bursts else float("nan"),
                len(measured) - len(bursts),
            ],
            [
                "baseline: its analysis stored",
                len(analyses),
                percentile(analyses, 50),
                percentile(analyses, 95),
                max(analyses, default=float("nan")),
                statistics.fmean(analyses) if analyses else float("nan"),
                len(measured) - len(analyses),
            ],
        ],
    )
    print(f"alerts by rule: {dict(rules)}; target p95 ≤ 5 s (aim ≤ 1 s)")
    result(
        {
            "bench": "alert_latency",
            "smoke": args.smoke,
            "reports": len(measured),
            "alert_p50_s": round(percentile(alerts, 50), 3) if alerts else None,
            "alert_p95_s": round(percentile(alerts, 95), 3) if alerts else None,
            "alert_max_s": round(max(alerts), 3) if alerts else None,
            "missed": len(measured) - len(alerts),
            "detector_alerts": len(bursts),
            "detector_p50_s": round(percentile(bursts, 50), 3) if bursts else None,
            "detector_p95_s": round(percentile(bursts, 95), 3) if bursts else None,
            "analysis_p50_s": round(percentile(analyses, 50), 3) if analyses else None,
            "analysis_p95_s": round(percentile(analyses, 95), 3) if analyses else None,
            "rules": dict(rules),
        }
    )


if __name__ == "__main__":
    main()
