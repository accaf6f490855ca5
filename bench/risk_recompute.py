"""Recomputing the kerawanan index of every kab/kota (514) and kecamatan (7,285) of Indonesia, next to a naive loop.

Method
------
1. A fresh SQLite database (in a temporary directory; PostgreSQL too with --postgres-url), `migrate` and the whole
   Kemendagri gazetteer — not measured.
2. A synthetic national month, generated here with a fixed seed (no real data): every kab/kota gets a base rate
   between 0.2 and 25 reports a day (log-uniform), reports placed in random desa of random kecamatan over 30 days,
   severity 0–3 (55/30/12/3 %), a category, an Admiralty grading, an analysis row with provocation and hoax scores,
   about a third of them gathered into isu (a tenth of the isu with a case); 40 kab/kota get an escalating dispute
   in one kecamatan over their last three days; 60 regions a structural context; 30 detector alerts. Written with
   multi-row inserts, not measured.
3. Measured: `risk_recompute_batch(as_of=now)` — the path the hourly scheduler job and every analysed report take —
   twice: a first pass (no previous assessment anywhere) and a second one an hour later (the steady state: previous
   levels to compare with, unchanged kecamatan not stored again). Wall time, queries issued, rows written.
4. Baseline, same data, same process: the naive per-region loop — for every kab/kota and kecamatan one query for its
   reports, one for its previous assessment, the engine, one INSERT — as the first index did per kab/kota.
   With --naive-sample N only N regions of each level are looped and the time is extrapolated (marked as such).

Both paths call the same engine (`waspada.engine.risk.score_region`); what differs is how the database is read and
written. The scoring itself is single-threaded: the machine's second core is idle.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, parser, print_machine, print_table, result

CATEGORIES = (
    "sengketa_lahan",
    "tambang_sawit",
    "buruh",
    "unjuk_rasa",
    "kriminalitas",
    "tata_kelola",
    "sumber_daya",
    "pemilu_jabatan",
    "hoaks_provokasi",
    "bentrok_antarkelompok",
    "narkoba",
    "lainnya",
)
GRADES = (("B", 2), ("C", 3), ("F", 6), ("A", 1), ("D", 4), ("E", 5))


def setup_django(database_url: str, workdir: Path) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["WASPADA_DATA_DIR"] = str(workdir / "var")
    os.environ["WASPADA_LOAD_DEMO"] = "false"
    os.environ.setdefault("WASPADA_LOG_LEVEL", "WARNING")
    os.environ["DJANGO_SETTINGS_MODULE"] = "waspada.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("regions_load", verbosity=0)


def generate(now: dt.datetime, *, seed: int, scale: float) -> dict[str, int]:
    """The synthetic national month; returns how much of it there is."""
    from django.db import transaction

    from waspada.alerts.models import Alert, AlertRule, RegionContext
    from waspada.alerts.services.detection import burst_rule_ensure
    from waspada.analysis.models import ReportAnalysis
    from waspada.cases.models import Case
    from waspada.core.db import insert_many
    from waspada.issues.models import Issue
    from waspada.regions.models import Region, RegionLevel

    rng = random.Random(seed)
    kabkota = list(Region.objects.filter(level=RegionLevel.KABKOTA).values_list("code", flat=True))
    districts: dict[str, list[str]] = {}
    for code, parent in Region.objects.filter(level=RegionLevel.KECAMATAN).values_list("code", "parent_id"):
        districts.setdefault(parent, []).append(code)
    villages: dict[str, list[str]] = {}
    for code, parent in Region.objects.filter(level=RegionLevel.DESA).values_list("code", "parent_id"):
        villages.setdefault(parent, []).append(code)
    escalating = set(rng.sample(kabkota, 40))
    reports: list[dict[str, Any]] = []
    pk = 0
    for code in kabkota:
        rate = math.exp(rng.uniform(math.log(0.2), math.log(25))) * scale
        places = districts.get(code) or [code]
        for _ in range(int(rng.expovariate(1 / (rate * 30))) if rate else 0):
            district = rng.choice(places)
            place = rng.choice(villages.get(district) or [district])
            occurred = now - dt.timedelta(days=rng.uniform(0, 30))
            reports.append(
                _report(pk := pk + 1, code, place, occurred, rng, rng.choices((0, 1, 2, 3), (55, 30, 12, 3))[0])
            )
        if code in escalating:
            district = rng.choice(places)
            desa = villages.get(district) or [district]
            for i, severity in enumerate([1, 1, 2, 1, 2, 2, 2, 3, 2, 3]):
                occurred = now - dt.timedelta(hours=70 - i * 7)
                reports.append(_report(pk := pk + 1, code, rng.choice(desa), occurred, rng, severity, "sengketa_lahan"))
    with transaction.atomic():
        issue_rows = []
        for i, r in enumerate(reports):
            if r["severity"] >= 1 and rng.random() < 0.4:
                issue_rows.append(
                    {
                        "title": f"Isu {i}",
                        "region_id": r["kabkota_id"],
                        "category": r["category"],
                        "domain": "",
                        "status": "aktif",
                        "marking": "terbatas",
                        "first_seen": r["occurred_at"],
                        "last_seen": r["occurred_at"],
                        "report_count": 1,
                        "max_severity": r["severity"],
                        "created_at": now,
                    }
                )
                r["_issue"] = len(issue_rows)
        insert_many(Issue, issue_rows)
        issue_ids = list(Issue.objects.order_by("id").values_list("id", flat=True))
        for r in reports:
            index = r.pop("_issue", None)
            r["issue_id"] = issue_ids[index - 1] if index else None
        from waspada.intake.models import Report

        insert_many(Report, reports)
        report_ids = list(Report.objects.order_by("id").values_list("id", flat=True))
        insert_many(
            ReportAnalysis,
            [
                {
                    "report_id": report_id,
                    "engine_version": "bench",
                    "versions": {},
                    "language": "id",
                    "conflict_relevant": True,
                    "conflict_score": 0.5,
                    "domain": "",
                    "domain_scores": {},
                    "category": r["category"],
                    "category_scores": {},
                    "severity": r["severity"],
                    "provocation_score": rng.random() ** 4,
                    "hoax_score": rng.random() ** 4,
                    "locations": [],
                    "primary_location": "",
                    "evidence": [],
                    "analysed_at": now,
                    "duration_ms": 1.0,
                }
                for report_id, r in zip(report_ids, reports, strict=True)
            ],
        )
        from waspada.accounts.models import User

        staff = User.objects.create(username="bench", role="analis_provinsi")
        handled = rng.sample(issue_ids, len(issue_ids) // 10)
        insert_many(
            Case,
            [
                {
                    "title": f"Penanganan {i}",
                    "region_id": region,
                    "issue_id": i,
                    "stage": "pencegahan",
                    "status": "dibuka",
                    "marking": "terbatas",
                    "opened_by_id": staff.pk,
                    "opened_at": now - dt.timedelta(days=1),
                }
                for i, region in Issue.objects.filter(id__in=handled).values_list("id", "region_id")
            ],
        )
        for code in rng.sample(kabkota, 40) + [rng.choice(districts[k]) for k in rng.sample(sorted(districts), 20)]:
            RegionContext.objects.update_or_create(region_id=code, defaults={"structural_points": rng.uniform(2, 18)})
        burst_rule_ensure()
        rule = AlertRule.objects.get(kind="burst")
        for code in rng.sample(sorted(escalating), 30):
            Alert.objects.create(
                rule=rule,
                region_id=code,
                level="waspada",
                title="Lonjakan",
                explanation="Lonjakan laporan sengketa lahan",
                category="sengketa_lahan",
                report_ids=[],
                raised_at=now - dt.timedelta(hours=rng.uniform(1, 60)),
            )
    return {
        "kabkota": len(kabkota),
        "kecamatan": sum(len(v) for v in districts.values()),
        "reports": len(reports),
        "issues": len(issue_ids),
        "cases": len(handled),
    }


def _report(
    pk: int, kabkota: str, place: str, occurred: dt.datetime, rng: random.Random, severity: int, category: str = ""
) -> dict[str, Any]:
    reliability, credibility = rng.choice(GRADES)
    received = occurred + dt.timedelta(minutes=rng.uniform(1, 180))
    return {
        "channel": rng.choice(("field_report", "news", "public_tip", "sms", "social")),
        "external_id": f"bench-{pk}",
        "title": f"Laporan {pk}",
        "text": "Laporan sintetis untuk uji kecepatan.",
        "region_id": place,
        "kabkota_id": kabkota,
        "occurred_at": occurred,
        "received_at": min(received, occurred + dt.timedelta(hours=3)),
        "created_at": received,
        "reliability": reliability,
        "credibility": credibility,
        "marking": "rahasia" if rng.random() < 0.02 else "terbatas",
        "status": "ditolak" if rng.random() < 0.03 else "baru",
        "analysis_status": "done",
        "category": category or rng.choice(CATEGORIES),
        "severity": severity,
        "domain": "",
    }


class QueryCounter:
    """Counts the statements the database receives (Django's own query log stops at 9,000)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        self.count += 1
        return execute(sql, params, many, context)


def measure_batch(as_of: dt.datetime) -> dict[str, Any]:
    from django.db import connection

    from waspada.alerts.models import RiskAssessment
    from waspada.alerts.services.risk import risk_recompute_batch

    before = RiskAssessment.objects.count()
    queries = QueryCounter()
    with connection.execute_wrapper(queries):
        started = time.perf_counter()
        kabkota = risk_recompute_batch(as_of=as_of)
        seconds = time.perf_counter() - started
    levels: dict[str, int] = {}
    for assessment in kabkota.values():
        levels[assessment.level] = levels.get(assessment.level, 0) + 1
    return {
        "seconds": seconds,
        "queries": queries.count,
        "written": RiskAssessment.objects.count() - before,
        "kabkota_levels": levels,
    }


def measure_naive(as_of: dt.datetime, sample: int, rng: random.Random) -> dict[str, Any]:
    """The first index's shape, per region: its reports, its previous assessment, the engine, one INSERT."""
    from django.db import connection

    from waspada.alerts.models import RiskAssessment
    from waspada.alerts.selectors import counted_reports, latest_assessment
    from waspada.alerts.services.risk import RISK_ENGINE_VERSION, signals_from_reports
    from waspada.engine.risk import HORIZON, score_region
    from waspada.regions.models import Region, RegionLevel

    figures: dict[str, Any] = {"seconds": 0.0, "regions": 0, "looped": 0, "queries": 0, "extrapolated": False}
    for level in (RegionLevel.KABKOTA, RegionLevel.KECAMATAN):
        regions = list(Region.objects.filter(level=level).values_list("code", "name"))
        looped = rng.sample(regions, sample) if 0 < sample < len(regions) else regions
        field = "kabkota_id" if level == RegionLevel.KABKOTA else "region__code__startswith"
        queries = QueryCounter()
        with connection.execute_wrapper(queries):
            started = time.perf_counter()
            for code, name in looped:
                key = code if level == RegionLevel.KABKOTA else f"{code}."
                rows = counted_reports().filter(
                    **{field: key}, received_at__lte=as_of, occurred_at__gt=as_of - HORIZON, occurred_at__lte=as_of
                )
                previous = latest_assessment(region_code=code, before=as_of)
                score = score_region(code, name, signals_from_reports(rows), as_of)
                RiskAssessment.objects.create(
                    region_id=code,
                    as_of=as_of,
                    score=score.score,
                    level=score.level,
                    previous_level=previous.level if previous else "normal",
                    indicators=dict(score.indicators),
                    explanation=score.explanation,
                    driver_report_ids=[int(i) for i in score.driver_report_ids],
                    engine_version=RISK_ENGINE_VERSION,
                )
            seconds = time.perf_counter() - started
        figures["seconds"] += seconds * len(regions) / len(looped)
        figures["regions"] += len(regions)
        figures["looped"] += len(looped)
        figures["queries"] += round(queries.count * len(regions) / len(looped))
        figures["extrapolated"] = figures["extrapolated"] or len(looped) < len(regions)
    return figures


def main() -> None:
    cli = parser(__doc__.split("\n", 1)[0])
    cli.add_argument("--scale", type=float, default=1.0, help="multiplies every region's report rate")
    cli.add_argument("--seed", type=int, default=5)
    cli.add_argument("--naive-sample", type=int, default=0, help="loop only N regions per level and extrapolate")
    cli.add_argument("--keep", action="store_true", help="keep the temporary database")
    args = cli.parse_args()
    if args.smoke:
        args.scale, args.naive_sample = 0.02, 30

    print_machine()
    workdir = Path(tempfile.mkdtemp(prefix="waspada-risk-"))
    try:
        setup_django(f"sqlite:///{workdir / 'risk.sqlite3'}", workdir)
        from django.utils import timezone

        now = timezone.now()
        started = time.perf_counter()
        size = generate(now, seed=args.seed, scale=args.scale)
        print(
            f"synthetic month: {size['reports']:,} reports in {size['kabkota']} kab/kota and {size['kecamatan']:,} "
            f"kecamatan, {size['issues']:,} isu, {size['cases']:,} cases (generated in "
            f"{time.perf_counter() - started:.1f} s)",
            flush=True,
        )
        first = measure_batch(now)
        print(f"batch, first pass: {first['seconds']:.2f} s", flush=True)
        second = measure_batch(now + dt.timedelta(hours=1))
        print(f"batch, an hour later: {second['seconds']:.2f} s; now the naive loop …", flush=True)
        naive = measure_naive(now + dt.timedelta(hours=2), args.naive_sample, random.Random(args.seed))
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    print()
    regions = size["kabkota"] + size["kecamatan"]
    print_table(
        ["path", "regions", "seconds", "queries", "rows written", "note"],
        [
            ["batch, first pass", regions, first["seconds"], first["queries"], first["written"], "no previous level"],
            ["batch, an hour later", regions, second["seconds"], second["queries"], second["written"], "steady state"],
            [
                "naive per-region loop",
                regions,
                naive["seconds"],
                naive["queries"],
                naive["looped"],
                f"extrapolated from {naive['looped']} regions" if naive["extrapolated"] else "measured",
            ],
        ],
    )
    print(f"kab/kota levels (second pass): {second['kabkota_levels']}")
    speedup = naive["seconds"] / second["seconds"] if second["seconds"] else 0.0
    print(f"batch is {speedup:.0f}× faster than the naive loop; target ≤ 10 s for {regions:,} regions")
    result(
        {
            "bench": "risk_recompute",
            "smoke": args.smoke,
            "reports": size["reports"],
            "kabkota": size["kabkota"],
            "kecamatan": size["kecamatan"],
            "batch_first_s": round(first["seconds"], 3),
            "batch_s": round(second["seconds"], 3),
            "batch_queries": second["queries"],
            "batch_rows_written": second["written"],
            "naive_s": round(naive["seconds"], 3),
            "naive_queries": naive["queries"],
            "naive_extrapolated": naive["extrapolated"],
            "speedup": round(speedup, 1),
            "kabkota_levels": second["kabkota_levels"],
        }
    )


if __name__ == "__main__":
    main()
