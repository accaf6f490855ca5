"""The Kalimantan Timur demo: 60 days of reports a Kesbangpol team would receive.

A calm background over all ten kabupaten/kota (mostly talk and tension, thin protests, at most one
violent incident per kabupaten/kota and none in the last days), two smaller matters, hard negatives, and
one developing issue (`ISSUE_KEY`) that escalates to violence in Kutai Timur in the last 72 hours.

Deterministic for a given `(now, seed)`; every random decision is independent of `now`, so the same
`external_id` always names the same story and only its dates move with `now`.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from waspada.demo.issue_kutim import ISSUE_KEY, ISSUE_REPORTS
from waspada.demo.matters import MATTERS
from waspada.demo.model import SEVERITY_DISPUTE, SEVERITY_VIOLENCE, DemoReport, Persona, Template
from waspada.demo.places import BACKGROUND_EXCLUDED_KECAMATAN, KAB_BY_CODE, KECAMATAN, Place, place_for
from waspada.demo.slots import (
    DEFAULT_GRADES,
    RECEIPT_DELAY_MINUTES,
    WITA,
    default_marking,
    default_source,
    place_slots,
    random_slots,
    time_slots,
)
from waspada.demo.templates_budaya_hankam import BUDAYA, HANKAM
from waspada.demo.templates_ekonomi import EKONOMI
from waspada.demo.templates_ipol import IDEOLOGI, POLITIK
from waspada.demo.templates_kamtibmas import KAMTIBMAS
from waspada.demo.templates_sosial import SOSIAL

__all__ = [
    "BACKGROUND_TEMPLATES",
    "ISSUE_KEY",
    "PERSONAS",
    "DemoReport",
    "Persona",
    "build_demo_reports",
]

PERSONAS: tuple[Persona, ...] = (
    Persona("admin", "Dedi Kurniawan", "admin", "64", "Administrator Sistem Waspada"),
    Persona("analis", "Rina Wulandari", "analis_provinsi", "64", "Analis Kesbangpol Provinsi Kalimantan Timur"),
    Persona("operator.kutim", "Muhammad Ridwan Saputra", "operator", "64.08", "Operator Kesbangpol Kutai Timur"),
    Persona("operator.berau", "Siti Aisyah Rahmawati", "operator", "64.03", "Operator Kesbangpol Berau"),
    Persona("operator.samarinda", "Andi Firmansyah", "operator", "64.72", "Operator Kesbangpol Kota Samarinda"),
    Persona("operator.kukar", "Agustinus Lawing", "operator", "64.02", "Operator Kesbangpol Kutai Kartanegara"),
    Persona("fkdm.kutim", "Nurhayati Syamsuddin", "fkdm", "64.08", "Anggota FKDM Kabupaten Kutai Timur"),
    Persona("kominda", "Bambang Setiawan", "kominda", "64", "Sekretariat Kominda Provinsi Kalimantan Timur"),
    Persona("pimpinan", "Syahrial Effendi", "pimpinan", "64", "Kepala Badan Kesbangpol Provinsi Kalimantan Timur"),
)

BACKGROUND_TEMPLATES: tuple[Template, ...] = IDEOLOGI + POLITIK + EKONOMI + SOSIAL + KAMTIBMAS + BUDAYA + HANKAM

# Background reports per kabupaten/kota over 60 days (≈ 0.2–0.7 a day: calm).
BACKGROUND_QUOTAS: dict[str, int] = {
    "64.72": 36,
    "64.02": 38,
    "64.71": 34,
    "64.08": 30,
    "64.03": 30,
    "64.09": 30,
    "64.01": 26,
    "64.07": 24,
    "64.74": 20,
    "64.11": 14,
}
# Protests and disputes in the open, thinly spread and never in the last 10 days.
BACKGROUND_PROTESTS: dict[str, int] = {
    "64.72": 4,
    "64.02": 4,
    "64.71": 3,
    "64.08": 2,
    "64.03": 3,
    "64.09": 3,
    "64.01": 3,
    "64.07": 2,
    "64.74": 2,
    "64.11": 1,
}
# One violent incident in the whole 60 days, 12 or more days ago, in these kabupaten/kota only.
BACKGROUND_VIOLENT_REGIONS: frozenset[str] = frozenset({"64.01", "64.02", "64.03", "64.09", "64.71", "64.72"})

CALM_WINDOW_DAYS = 10
VIOLENT_WINDOW_DAYS = 12
PROTEST_GAP_DAYS = 6
OLDEST_DAY = 58

# Who files a field report from a kabupaten/kota; elsewhere the provincial analyst files what the
# kabupaten/kota Kesbangpol relays.
REGION_FILERS: dict[str, tuple[str, ...]] = {
    "64.08": ("operator.kutim", "fkdm.kutim"),
    "64.03": ("operator.berau",),
    "64.72": ("operator.samarinda",),
    "64.02": ("operator.kukar",),
}


@dataclass(frozen=True)
class _Planned:
    template: Template
    place: Place
    occurred_at: datetime
    issue_key: str | None
    author: str | None
    grade: str


def _fits(template: Template, kab_code: str) -> bool:
    if template.regions and kab_code not in template.regions:
        return False
    if template.kecamatan and not any(code.startswith(kab_code + ".") for code in template.kecamatan):
        return False
    return bool(_candidate_places(template, kab_code))


def _candidate_places(template: Template, kab_code: str) -> list[Place]:
    kab = KAB_BY_CODE[kab_code]
    if template.level == "kab":
        return [Place(kab)]
    places: list[Place] = []
    for kec in KECAMATAN[kab_code]:
        if kec.code in BACKGROUND_EXCLUDED_KECAMATAN:
            continue
        if template.kecamatan and kec.code not in template.kecamatan:
            continue
        if template.level == "kec":
            places.append(Place(kab, kec))
            continue
        places.extend(
            Place(kab, kec, village) for village in kec.villages if not (template.village_only and village.is_kelurahan)
        )
    return places


def _least_used(pool: list[Template], usage: Counter[str], rng: random.Random) -> Template:
    """The template used least so far; among those, one that fits the fewest regions, so that a
    story told only in a few places (coal holes, IKN, the upper Mahakam) is not crowded out."""

    def rank(template: Template) -> tuple[int, int]:
        return usage[template.key], _REGIONS_FITTING[template.key]

    best = min(rank(t) for t in pool)
    chosen = rng.choice([t for t in pool if rank(t) == best])
    usage[chosen.key] += 1
    return chosen


_REGIONS_FITTING: dict[str, int] = {
    template.key: sum(_fits(template, kab_code) for kab_code in BACKGROUND_QUOTAS) for template in BACKGROUND_TEMPLATES
}


def _spaced_days(rng: random.Random, count: int, low: int, avoid: list[int], gap: int) -> list[int]:
    days: list[int] = []
    while len(days) < count:
        day = rng.randint(low, OLDEST_DAY)
        if all(abs(day - other) >= gap for other in days + avoid):
            days.append(day)
    return days


def _local(now: datetime, days: int, hour: int, minute: int) -> datetime:
    local_day = now.astimezone(WITA).date() - timedelta(days=days)
    return datetime.combine(local_day, time(hour, minute), tzinfo=WITA).astimezone(UTC)


def _not_future(moment: datetime, now: datetime) -> datetime:
    """Today's items whose hour has not come yet move to yesterday."""
    return moment - timedelta(days=1) if moment > now - timedelta(minutes=15) else moment


def _filer(kab_code: str, rng: random.Random) -> str:
    return rng.choice(REGION_FILERS.get(kab_code, ("analis",)))


def _plan_background(now: datetime, rng: random.Random) -> list[_Planned]:
    usage: Counter[str] = Counter()
    fixed_protest_days: dict[str, list[int]] = {}
    for item in MATTERS:
        if item.template.severity >= SEVERITY_DISPUTE:
            fixed_protest_days.setdefault(item.place[:5], []).append(item.days)
    planned: list[_Planned] = []
    for kab_code, quota in BACKGROUND_QUOTAS.items():
        eligible = [t for t in BACKGROUND_TEMPLATES if _fits(t, kab_code)]
        calm = [t for t in eligible if t.severity < SEVERITY_DISPUTE]
        protests = [t for t in eligible if t.severity == SEVERITY_DISPUTE]
        violent = [t for t in eligible if t.severity == SEVERITY_VIOLENCE]
        n_violent = 1 if kab_code in BACKGROUND_VIOLENT_REGIONS else 0
        protest_days = _spaced_days(
            rng,
            BACKGROUND_PROTESTS[kab_code],
            CALM_WINDOW_DAYS,
            fixed_protest_days.get(kab_code, []),
            PROTEST_GAP_DAYS,
        )
        violent_days = _spaced_days(rng, n_violent, VIOLENT_WINDOW_DAYS, protest_days, 3)
        n_calm = quota - len(protest_days) - n_violent
        # Stratified, so that no week is crowded by chance.
        calm_days = [int((i + rng.random()) * (OLDEST_DAY + 1) / n_calm) for i in range(n_calm)]
        schedule = [(day, violent) for day in violent_days]
        schedule += [(day, protests) for day in protest_days]
        schedule += [(day, calm) for day in calm_days]
        for day, pool in schedule:
            template = _least_used(pool, usage, rng)
            place = rng.choice(_candidate_places(template, kab_code))
            low, high = template.hours
            hour, minute = rng.randint(low, high), rng.randrange(0, 60, 5)
            author = _filer(kab_code, rng) if template.channel == "field_report" else None
            grade = rng.choice(template.grades or DEFAULT_GRADES[template.channel])
            occurred = _not_future(_local(now, day, hour, minute), now)
            planned.append(_Planned(template, place, occurred, None, author, grade))
    return planned


def _issue_anchor(now: datetime) -> datetime:
    """The latest 21:00 WITA at or before `now`."""
    local_now = now.astimezone(WITA)
    anchor = datetime.combine(local_now.date(), time(21, 0), tzinfo=WITA)
    if anchor > local_now:
        anchor -= timedelta(days=1)
    return anchor.astimezone(UTC)


def _plan_fixed(now: datetime, rng: random.Random) -> list[_Planned]:
    anchor = _issue_anchor(now)
    planned: list[_Planned] = []
    for item in ISSUE_REPORTS + MATTERS:
        hour, minute = (int(part) for part in item.at.split(":"))
        if item.minutes_ago is not None:
            occurred = now - timedelta(minutes=item.minutes_ago)
        elif item.issue_key == ISSUE_KEY:
            anchor_day = anchor.astimezone(WITA).date() - timedelta(days=item.days)
            occurred = datetime.combine(anchor_day, time(hour, minute), tzinfo=WITA).astimezone(UTC)
        else:
            occurred = _not_future(_local(now, item.days, hour, minute), now)
        place = place_for(item.place)
        author = item.author
        if author is None and item.template.channel == "field_report":
            author = _filer(place.kab.code, rng)
        planned.append(_Planned(item.template, place, occurred, item.issue_key, author, item.grade))
    return planned


def _field_report_source(author: str, place: Place) -> str:
    if author == "fkdm.kutim":
        return "FKDM Kabupaten Kutai Timur"
    if author.startswith("operator."):
        return f"Operator Kesbangpol {place.kab.short}"
    return f"Kesbangpol {place.kab.name}"


def _render(number: int, item: _Planned, now: datetime, rng: random.Random) -> DemoReport:
    template = item.template
    slots = place_slots(item.place) | time_slots(item.occurred_at, now) | random_slots(rng, item.place.kab.alias)
    low, high = RECEIPT_DELAY_MINUTES[template.channel]
    delay = timedelta(minutes=rng.randint(low, high))
    source_choice = default_source(template.channel, item.place, rng)
    if template.source:
        source = template.source.format_map(slots)
    elif template.channel == "field_report" and item.author is not None:
        source = _field_report_source(item.author, item.place)
    else:
        source = source_choice
    return DemoReport(
        external_id=f"demo-{number:04d}",
        channel=template.channel,
        occurred_at=item.occurred_at,
        received_at=min(item.occurred_at + delay, now),
        title=template.title.format_map(slots),
        text=template.text.format_map(slots),
        opinion=template.opinion.format_map(slots),
        who=template.who.format_map(slots),
        why=template.why.format_map(slots),
        region_code=item.place.code,
        marking=template.marking or default_marking(template.channel),
        reliability=item.grade[0],
        credibility=int(item.grade[1]),
        author=item.author if template.channel == "field_report" else None,
        source_name=source,
        issue_key=item.issue_key,
        intended_domain=template.domain,
        intended_category=template.intended_category,
        intended_severity=template.severity,
        intended_theme=template.theme,
    )


def build_demo_reports(now: datetime, seed: int = 64) -> list[DemoReport]:
    """Reports over the 60 days before `now`, sorted by the time they happened.

    External ids are given in a fixed order (the developing issue first, then the other placed items,
    then the background), so an id keeps naming the same report whatever `now` is.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    rng = random.Random(seed)
    planned = _plan_fixed(now, rng) + _plan_background(now, rng)
    reports = [_render(number, item, now, rng) for number, item in enumerate(planned, start=1)]
    return sorted(reports, key=lambda report: (report.occurred_at, report.external_id))


def render_template(template: Template, place: Place, occurred_at: datetime, seed: int = 0) -> DemoReport:
    """One template written out at one place and time; the tests use it to check every template."""
    author = "analis" if template.channel == "field_report" else None
    item = _Planned(
        template, place, occurred_at, None, author, (template.grades or DEFAULT_GRADES[template.channel])[0]
    )
    return _render(0, item, occurred_at + timedelta(days=1), random.Random(seed))


def template_places(template: Template) -> list[Place]:
    """Every place in the demo gazetteer where the background may use `template`."""
    return [place for kab_code in BACKGROUND_QUOTAS for place in _candidate_places(template, kab_code)]
