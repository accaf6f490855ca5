"""The kerawanan index of a region, second version: 0–100 from explainable indicators that add up to the score.

The index counts *events*, not copies: signals that share an ``event_key`` (copies of one message, reports
merged into one isu within an hour) count once, with the best grading among them, raised when independent
sources tell the same (``CORROBORATION_STEP`` per further source). Every indicator is worth points:

===========  ==============================================================  =======
indicator    what it counts                                                  points
===========  ==============================================================  =======
volume       severity-weighted events of the last 72 h above the region's    0–15
             own baseline (its mean daily load of days 4–30, times three);
             2 points per unit of load (severity 0: 0.1, 1: 0.5, 2: 1.5, 3: 3)
serious      events of severity 2 in the last 72 h (protests, disputes,      0–27
             blockades), 9 points each
violence     events of severity 3 in the last 72 h: 6 points for each of     0–48
             the first three, 10 for each further one (sustained violence
             is what makes "Awas")
velocity     load of the last 24 h above the daily load of the 48 h before,  0–6
             2 points per unit
spread       distinct kecamatan/desa with events of severity ≥ 1 in 7 days,  0–10
             2.5 points for each beyond the third
provocation  share of the last 72 h's events that provoke or spread hoaxes   0–6
             (counted over at least four events), times 6
issues       isu with a report of severity ≥ 2 in 7 days, going on for at    0–5
             least 48 h and still without a case (penanganan): 2.5 each
burst        burst detector signals in the last 72 h: 8 for a *tinggi*       0–8
             category, 6 *sedang*, 4 *rendah*, 2 more per further category
credibility  what the grading takes off volume, serious, violence and        ≤ 0
             velocity: their points with each event weighted by its grading
             minus their points with every event at full weight
structural   entered by an admin: conflict history, IKP-style context        0–20
===========  ==============================================================  =======

Provocation, unhandled isu and bursts are early signs: together they are worth at most ``PRECURSORS_MAX`` points
less the violence points, so they lift an escalation before violence and give way to the violence indicator
after it.

Levels: Normal < 30 ≤ Waspada < 55 ≤ Siaga < 80 ≤ Awas. Calibrated on these stories (``tests/test_risk.py``):
ordinary background stays Normal; two protests stay Normal; three protests in 72 h make Waspada; an escalating
land conflict (8–12 reports from 3–5 desa, 2–3 of them violent) is Siaga, with or without its unhandled isu,
bursts and hoaxes; its non-violent phase (protests and blockades spreading over five desa, chain messages, a
burst, its isu unhandled) already reaches Siaga; six violent events in 72 h from several places is Awas. Signals
older than 30 days, in the future, or placed outside the region are ignored.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from waspada.engine.burst.explain import category_phrase

RISK_VERSION = "2"

LEVELS: tuple[str, ...] = ("normal", "waspada", "siaga", "awas")
LEVEL_LABELS: Mapping[str, str] = {"normal": "Normal", "waspada": "Waspada", "siaga": "Siaga", "awas": "Awas"}
WASPADA_FROM = 30.0
SIAGA_FROM = 55.0
AWAS_FROM = 80.0

SEVERITY_LOAD: Mapping[int, float] = {0: 0.1, 1: 0.5, 2: 1.5, 3: 3.0}
RECENT = timedelta(hours=72)
LAST_DAY = timedelta(hours=24)
SPREAD_WINDOW = timedelta(days=7)
HORIZON = timedelta(days=30)
BASELINE_DAYS = (HORIZON - RECENT) / timedelta(days=1)

VOLUME_POINTS_PER_LOAD, VOLUME_MAX = 2.0, 15.0
SERIOUS_POINTS_EACH, SERIOUS_MAX = 9.0, 27.0
VIOLENCE_POINTS_FIRST, VIOLENCE_FIRST_COUNT, VIOLENCE_POINTS_MORE, VIOLENCE_MAX = 6.0, 3.0, 10.0, 48.0
VELOCITY_POINTS_PER_LOAD, VELOCITY_MAX = 2.0, 6.0
SPREAD_POINTS_EACH, SPREAD_FREE_PLACES, SPREAD_MAX = 2.5, 3, 10.0
PROVOCATION_MAX, PROVOCATION_MIN_BASE, PROVOCATION_FLAG_FROM = 6.0, 4, 0.5
PROVOCATION_CATEGORY = "hoaks_provokasi"
ISSUE_POINTS_EACH, ISSUE_MAX = 2.5, 5.0
ISSUE_MIN_AGE = timedelta(hours=48)
ISSUE_ACTIVE_WINDOW = timedelta(days=7)
BURST_POINTS: Mapping[str, float] = {"tinggi": 8.0, "sedang": 6.0, "rendah": 4.0}
BURST_POINTS_MORE, BURST_MAX = 2.0, 8.0
STRUCTURAL_MAX = 20.0
# Provocation, unhandled isu and bursts are early signs: together worth at most this, less the violence points.
PRECURSORS_MAX = PROVOCATION_MAX + ISSUE_MAX + BURST_MAX
CORROBORATION_STEP = 0.3
DRIVERS_MAX = 10

# The indicators in the order they are shown; their points add up to the score (before it is kept in 0–100).
INDICATORS: tuple[str, ...] = (
    "volume",
    "serious",
    "violence",
    "velocity",
    "spread",
    "provocation",
    "issues",
    "burst",
    "credibility",
    "structural",
)
INDICATOR_MAX: Mapping[str, float] = {
    "volume": VOLUME_MAX,
    "serious": SERIOUS_MAX,
    "violence": VIOLENCE_MAX,
    "velocity": VELOCITY_MAX,
    "spread": SPREAD_MAX,
    "provocation": PROVOCATION_MAX,
    "issues": ISSUE_MAX,
    "burst": BURST_MAX,
    "credibility": 0.0,
    "structural": STRUCTURAL_MAX,
}
INDICATOR_LABELS: Mapping[str, str] = {
    "volume": "Volume di atas kebiasaan",
    "serious": "Unjuk rasa/sengketa",
    "violence": "Kekerasan",
    "velocity": "Percepatan 24 jam",
    "spread": "Sebaran lokasi",
    "provocation": "Provokasi dan hoaks",
    "issues": "Isu belum ditangani",
    "burst": "Lonjakan (detektor)",
    "credibility": "Penyesuaian kredibilitas",
    "structural": "Konteks struktural",
}


@dataclass(frozen=True, slots=True)
class ReportSignal:
    """One analysed report as the index sees it. ``place_code``: its most specific known Kemendagri code.

    ``event_key``: reports with the same key are one event (None: the report is its own event);
    ``source_key``: who told it (None: unknown, counted as independent); ``provocation`` and ``hoax``: the
    analysis' scores in 0–1; ``weight``: from the Admiralty grading.
    """

    report_id: str
    occurred_at: datetime
    severity: int
    category: str | None
    place_code: str | None
    weight: float = 1.0
    event_key: str | None = None
    source_key: str | None = None
    provocation: float = 0.0
    hoax: float = 0.0


@dataclass(frozen=True, slots=True)
class IssueSignal:
    """An isu (cluster of reports) as known at the moment of the assessment."""

    issue_id: str
    category: str | None
    max_severity: int
    first_seen: datetime
    last_serious_at: datetime | None  # the latest report of severity ≥ 2, if any
    handled: bool  # a case (penanganan) was opened for it
    place_codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BurstMark:
    """A burst detector signal raised for the region (or for places in it)."""

    category: str
    tier: str
    detected_at: datetime
    explanation: str = ""
    place_codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Previous:
    """The region's assessment before this one: the explanation tells what changed."""

    level: str
    score: float


@dataclass(frozen=True, slots=True)
class RiskScore:
    score: float
    level: str
    indicators: Mapping[str, float]
    explanation: str
    driver_report_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Event:
    key: str
    report_ids: tuple[str, ...]
    occurred_at: datetime
    severity: int
    category: str | None
    places: frozenset[str]
    weight: float
    flagged: bool


def level_for_score(score: float) -> str:
    if score >= AWAS_FROM:
        return "awas"
    if score >= SIAGA_FROM:
        return "siaga"
    if score >= WASPADA_FROM:
        return "waspada"
    return "normal"


def in_region(place_code: str | None, region_code: str) -> bool:
    """Signals without a place count for the region they were filed under."""
    return place_code is None or place_code == region_code or place_code.startswith(f"{region_code}.")


def _level_of(code: str) -> int:
    return code.count(".") + 1


def _severity(value: int) -> int:
    return min(3, max(0, value))


def _flagged(signal: ReportSignal) -> bool:
    return (
        signal.category == PROVOCATION_CATEGORY
        or signal.provocation >= PROVOCATION_FLAG_FROM
        or signal.hoax >= PROVOCATION_FLAG_FROM
    )


def events_from_signals(signals: Iterable[ReportSignal]) -> list[_Event]:
    """Group signals into events; an event is as old as its first report and as severe as its worst."""
    groups: dict[str, list[ReportSignal]] = defaultdict(list)
    for s in signals:
        groups[s.event_key or f"report:{s.report_id}"].append(s)
    events = []
    for key, members in groups.items():
        members.sort(key=lambda s: (s.occurred_at, s.report_id))
        worst = max(members, key=lambda s: (_severity(s.severity), s.weight))
        sources = {s.source_key or f"report:{s.report_id}" for s in members}
        best = max(s.weight for s in members)
        events.append(
            _Event(
                key=key,
                report_ids=tuple(s.report_id for s in members),
                occurred_at=members[0].occurred_at,
                severity=_severity(worst.severity),
                category=worst.category,
                places=frozenset(s.place_code for s in members if s.place_code),
                weight=min(1.0, max(best, best + CORROBORATION_STEP * (len(sources) - 1))),
                flagged=any(_flagged(s) for s in members),
            )
        )
    return events


def _load(events: Iterable[_Event], weighted: bool) -> float:
    return sum(SEVERITY_LOAD[e.severity] * (e.weight if weighted else 1.0) for e in events)


def _activity(events: Sequence[_Event], now: datetime, *, weighted: bool) -> dict[str, float]:
    """Volume, serious, violence and velocity points, with or without each event's grading weight."""
    recent = [e for e in events if e.occurred_at > now - RECENT]
    baseline = [e for e in events if e.occurred_at <= now - RECENT]
    last_day = [e for e in recent if e.occurred_at > now - LAST_DAY]
    day_before = [e for e in recent if e.occurred_at <= now - LAST_DAY]

    def weight(e: _Event) -> float:
        return e.weight if weighted else 1.0

    # What is usual is measured at full weight, so that grading only ever takes points off (credibility ≤ 0).
    baseline_daily = _load(baseline, False) / BASELINE_DAYS
    excess = _load(recent, weighted) - baseline_daily * (RECENT / timedelta(days=1))
    serious = sum(weight(e) for e in recent if e.severity == 2)
    violent = sum(weight(e) for e in recent if e.severity == 3)
    previous_daily = _load(day_before, False) / ((RECENT - LAST_DAY) / timedelta(days=1))
    return {
        "volume": min(VOLUME_MAX, VOLUME_POINTS_PER_LOAD * max(0.0, excess)),
        "serious": min(SERIOUS_MAX, SERIOUS_POINTS_EACH * serious),
        "violence": min(
            VIOLENCE_MAX,
            VIOLENCE_POINTS_FIRST * min(violent, VIOLENCE_FIRST_COUNT)
            + VIOLENCE_POINTS_MORE * max(0.0, violent - VIOLENCE_FIRST_COUNT),
        ),
        "velocity": min(VELOCITY_MAX, VELOCITY_POINTS_PER_LOAD * max(0.0, _load(last_day, weighted) - previous_daily)),
    }


def _spread_places(events: Iterable[_Event], now: datetime) -> set[str]:
    return {
        p
        for e in events
        if e.severity >= 1 and e.occurred_at > now - SPREAD_WINDOW
        for p in e.places
        if _level_of(p) >= 3
    }


def _unhandled(issues: Iterable[IssueSignal], region_code: str, now: datetime) -> list[IssueSignal]:
    return [
        i
        for i in issues
        if not i.handled
        and i.first_seen <= now - ISSUE_MIN_AGE
        and i.last_serious_at is not None
        and now - ISSUE_ACTIVE_WINDOW < i.last_serious_at <= now
        and (not i.place_codes or any(in_region(p, region_code) for p in i.place_codes))
    ]


def _recent_bursts(bursts: Iterable[BurstMark], region_code: str, now: datetime) -> list[BurstMark]:
    return sorted(
        (
            b
            for b in bursts
            if now - RECENT < b.detected_at <= now
            and (not b.place_codes or any(in_region(p, region_code) for p in b.place_codes))
        ),
        key=lambda b: (-BURST_POINTS.get(b.tier, 0.0), b.detected_at, b.category),
    )


def _burst_points(bursts: Sequence[BurstMark]) -> float:
    if not bursts:
        return 0.0
    categories = {b.category for b in bursts}
    top = max(BURST_POINTS.get(b.tier, BURST_POINTS["sedang"]) for b in bursts)
    return min(BURST_MAX, top + BURST_POINTS_MORE * (len(categories) - 1))


def _precursors(points: Mapping[str, float], *, violence: float) -> dict[str, float]:
    """Early signs count fully until violence is reported; then the violence indicator speaks instead of them."""
    room = max(0.0, PRECURSORS_MAX - violence)
    total = sum(points.values())
    if total <= room:
        return dict(points)
    return {name: value * room / total for name, value in points.items()}


def score_region(
    region_code: str,
    region_name: str,
    signals: Sequence[ReportSignal],
    now: datetime,
    *,
    issues: Sequence[IssueSignal] = (),
    bursts: Sequence[BurstMark] = (),
    structural: float = 0.0,
    previous: Previous | None = None,
    place_names: Mapping[str, str] | None = None,
) -> RiskScore:
    """Score one region as of ``now``. ``place_names`` (kecamatan code → name) serve the explanation."""
    considered = [s for s in signals if now - HORIZON < s.occurred_at <= now and in_region(s.place_code, region_code)]
    events = events_from_signals(considered)
    recent = [e for e in events if e.occurred_at > now - RECENT]

    weighted = _activity(events, now, weighted=True)
    full = _activity(events, now, weighted=False)
    places = _spread_places(events, now)
    flagged = sum(1 for e in recent if e.flagged)
    unhandled = _unhandled(issues, region_code, now)
    recent_bursts = _recent_bursts(bursts, region_code, now)

    precursors = _precursors(
        {
            "provocation": min(PROVOCATION_MAX, PROVOCATION_MAX * flagged / max(len(recent), PROVOCATION_MIN_BASE)),
            "issues": min(ISSUE_MAX, ISSUE_POINTS_EACH * len(unhandled)),
            "burst": _burst_points(recent_bursts),
        },
        violence=full["violence"],
    )
    indicators = {
        **full,
        "spread": min(SPREAD_MAX, SPREAD_POINTS_EACH * max(0, len(places) - SPREAD_FREE_PLACES)),
        **precursors,
        "credibility": sum(weighted.values()) - sum(full.values()),
        "structural": min(STRUCTURAL_MAX, max(0.0, structural)),
    }
    indicators = {name: round(indicators[name], 2) + 0.0 for name in INDICATORS}
    score = round(min(100.0, max(0.0, sum(indicators.values()))), 2)
    level = level_for_score(score)
    return RiskScore(
        score=score,
        level=level,
        indicators=indicators,
        explanation=_explain(
            region_name,
            level=level,
            score=score,
            previous=previous,
            events=events,
            now=now,
            indicators=indicators,
            flagged=flagged,
            unhandled=unhandled,
            bursts=recent_bursts,
            place_names=place_names or {},
        ),
        driver_report_ids=_drivers(recent),
    )


# ---------------------------------------------------------------------------------------------------- explanation


def _head(region_name: str, level: str, score: float, previous: Previous | None) -> str:
    label = LEVEL_LABELS[level]
    if previous is None:
        return region_name
    if LEVELS.index(level) > LEVELS.index(previous.level):
        return f"{region_name} naik ke {label}"
    if LEVELS.index(level) < LEVELS.index(previous.level):
        return f"{region_name} turun ke {label}"
    if abs(score - previous.score) >= 5:
        return f"{region_name} tetap {label} (skor {previous.score:.0f} → {score:.0f})"
    return f"{region_name} tetap {label}"


def _where(events: Sequence[_Event], place_names: Mapping[str, str]) -> str:
    places = {p for e in events for p in e.places if _level_of(p) >= 3}
    if not places:
        return ""
    kind = _place_kind(places)
    text = f" dari {len(places)} {kind}"
    districts = sorted({".".join(p.split(".")[:3]) for p in places})
    names = [place_names[d] for d in districts if d in place_names]
    if len(names) != len(districts):
        return text
    if len(names) == 1:
        return f"{text} di Kecamatan {names[0]}"
    if len(names) <= 3:
        return f"{text} di {len(names)} kecamatan ({', '.join(names)})"
    return f"{text} di {len(names)} kecamatan"


def _place_kind(places: Iterable[str]) -> str:
    """Kemendagri codes tell desa (2xxx) from kelurahan (1xxx)."""
    kinds = {
        ("kelurahan" if p.rsplit(".", 1)[-1].startswith("1") else "desa") if _level_of(p) == 4 else "" for p in places
    }
    if kinds == {"desa"} or kinds == {"kelurahan"}:
        return kinds.pop()
    return "desa/kelurahan" if "" not in kinds else "lokasi"


def _span(events: Sequence[_Event], now: datetime) -> str:
    hours = (now - min(e.occurred_at for e in events)) / timedelta(hours=1)
    for bucket in (24, 48):
        if hours <= bucket:
            return f"dalam {bucket} jam"
    return "dalam 72 jam"


def _what(events: Sequence[_Event]) -> str:
    categories = Counter(e.category for e in events if e.category)
    text = f"{len(events)} laporan"
    if categories:
        top, n = categories.most_common(1)[0]
        if n == len(events):
            text += f" {category_phrase(top)}"
        elif n * 2 >= len(events) and n > 1:
            text += f" (terbanyak {category_phrase(top)}: {n})"
    return text


def _explain(
    region_name: str,
    *,
    level: str,
    score: float,
    previous: Previous | None,
    events: Sequence[_Event],
    now: datetime,
    indicators: Mapping[str, float],
    flagged: int,
    unhandled: Sequence[IssueSignal],
    bursts: Sequence[BurstMark],
    place_names: Mapping[str, str],
) -> str:
    head = _head(region_name, level, score, previous)
    recent = [e for e in events if e.occurred_at > now - RECENT]
    if not recent:
        body = "tidak ada laporan dalam 72 jam terakhir"
    else:
        told = [e for e in recent if e.severity >= 1] or recent
        body = f"{_what(told)}{_where(told, place_names)} {_span(told, now)}"
        violent = sum(1 for e in told if e.severity == 3)
        protests = sum(1 for e in told if e.severity == 2)
        if violent:
            body += f", {violent} dengan kekerasan"
        if protests:
            body += f", {protests} unjuk rasa/sengketa"
    extras = []
    if bursts:
        extras.append(f"lonjakan laporan {category_phrase(bursts[0].category)} terdeteksi")
    if indicators["provocation"] > 0:
        extras.append(f"{flagged} laporan provokasi/hoaks")
    if unhandled:
        extras.append(f"{len(unhandled)} isu belum ditangani")
    if indicators["structural"] > 0:
        extras.append(f"konteks struktural +{indicators['structural']:g}")
    if recent and not any(e.severity >= 2 for e in recent):
        extras.append(_trend(events, now))
    return f"{head}: {'; '.join([body, *extras])}."


def _trend(events: Sequence[_Event], now: datetime) -> str:
    recent_daily = sum(1 for e in events if e.occurred_at > now - RECENT) / (RECENT / timedelta(days=1))
    baseline_daily = sum(1 for e in events if e.occurred_at <= now - RECENT) / BASELINE_DAYS
    if recent_daily > 1.5 * baseline_daily:
        return "di atas rata-rata harian 30 hari"
    if recent_daily < 0.5 * baseline_daily:
        return "di bawah rata-rata harian 30 hari"
    return "sekitar rata-rata harian 30 hari"


def _drivers(recent: Sequence[_Event]) -> tuple[str, ...]:
    floor = 2 if any(e.severity >= 2 for e in recent) else 1
    ranked = sorted(
        (e for e in recent if e.severity >= floor),
        key=lambda e: (-e.severity, -e.occurred_at.timestamp(), e.key),
    )
    ids = [report_id for e in ranked for report_id in e.report_ids]
    return tuple(ids[:DRIVERS_MAX])


# ------------------------------------------------------------------------------------------------------- coverage

COVERAGE_LOW, COVERAGE_FAIR, COVERAGE_GOOD = "rendah", "cukup", "baik"
COVERAGE_MIN_SOURCES, COVERAGE_MIN_CHANNELS = 3, 2
COVERAGE_LOW_AT_MOST = 2  # criteria met


@dataclass(frozen=True, slots=True)
class CoverageFacts:
    """How a kab/kota is watched, over the last 30 days."""

    reports: int
    sources: int  # distinct sources and staff authors
    channels: int
    fkdm_reports: int
    media_sources: int  # monitored news feeds covering it
    active_staff: int  # operators and FKDM members assigned to it who worked in the period


@dataclass(frozen=True, slots=True)
class Coverage:
    level: str  # rendah · cukup · baik
    met: int
    missing: tuple[str, ...]  # what is missing, in Bahasa Indonesia

    @property
    def low(self) -> bool:
        return self.level == COVERAGE_LOW


def assess_coverage(facts: CoverageFacts) -> Coverage:
    """Five criteria; two or fewer met is low coverage: silence there says little about calm."""
    checks = (
        (facts.sources >= COVERAGE_MIN_SOURCES, f"kurang dari {COVERAGE_MIN_SOURCES} sumber ({facts.sources})"),
        (facts.channels >= COVERAGE_MIN_CHANNELS, f"kurang dari {COVERAGE_MIN_CHANNELS} kanal ({facts.channels})"),
        (facts.fkdm_reports >= 1, "tidak ada laporan FKDM"),
        (facts.media_sources >= 1, "tidak ada media yang dipantau"),
        (facts.active_staff >= 1, "tidak ada petugas/FKDM yang aktif"),
    )
    met = sum(1 for ok, _ in checks if ok)
    level = COVERAGE_LOW if met <= COVERAGE_LOW_AT_MOST else COVERAGE_GOOD if met == len(checks) else COVERAGE_FAIR
    return Coverage(level=level, met=met, missing=tuple(text for ok, text in checks if not ok))
