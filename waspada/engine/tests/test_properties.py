"""Properties that must hold for any text at all, including hostile Unicode."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from waspada.engine import Document, Gazetteer, LexiconClassifier, Pipeline, normalize, tokenize
from waspada.engine.text import fold_for_matching

PLACE_WORDS = [
    "Kutai Timur",
    "Kec. Bengalon",
    "Desa Sepaso Timur",
    "Kukar",
    "IKN",
    "Samarinda Seberang",
    "Kecamatan Batu Ampar",
    "Kota Malang",
    "ＫＵＴＩＭ",
    "Sungai Parit",
    "Penajam",
]
CONFLICT_WORDS = ["bentrok", "tidak ada", "demo", "tari perang", "gk", "sengketa lahan", "sebarkan", ",", "."]
CLASSIFIER = LexiconClassifier()
texts = st.lists(st.one_of(st.sampled_from(PLACE_WORDS + CONFLICT_WORDS), st.text(max_size=12)), max_size=25).map(
    " ".join
)


@settings(database=None)
@given(st.text())
def test_normalisation_never_fails_and_is_stable(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert all(token for token in tokenize(text))


@settings(database=None)
@given(st.text())
def test_folding_offsets_always_point_into_the_original(text: str) -> None:
    folded = fold_for_matching(text)
    assert len(folded.offsets) == len(folded.text)
    assert list(folded.offsets) == sorted(folded.offsets)
    assert all(0 <= offset < len(text) for offset in folded.offsets)


@settings(max_examples=150, deadline=None, database=None)
@given(text=texts, hint=st.sampled_from([None, "64.08", "64.09.01", "61.12"]))
def test_place_spans_always_index_the_matched_text(gazetteer: Gazetteer, text: str, hint: str | None) -> None:
    places = gazetteer.find(text, region_hint=hint)
    for place in places:
        assert text[place.start : place.end] == place.matched
        assert 0.0 < place.confidence <= 1.0
        assert gazetteer.entry(place.code) is not None
    spans = sorted((p.start, p.end) for p in places)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))


@settings(max_examples=100, deadline=None, database=None)
@given(title=texts, body=texts)
def test_any_document_gets_a_consistent_analysis(pipeline: Pipeline, title: str, body: str) -> None:
    analysis = pipeline.analyze(Document(id="x", title=title, text=body, region_hint="64.08"))
    assert 0 <= analysis.severity <= 3
    assert analysis.conflict_relevant == (analysis.conflict_score >= 0.5)
    assert analysis.conflict_relevant or (analysis.severity == 0 and analysis.category is None)
    if analysis.primary_location is not None:
        assert analysis.primary_location in analysis.locations
    text = f"{title}\n{body}"
    assert all(text[p.start : p.end] == p.matched for p in analysis.locations)


@settings(database=None)
@given(st.text())
def test_the_classifier_never_fails(text: str) -> None:
    result = CLASSIFIER.classify_text(text)
    assert 0.0 <= result.conflict_score < 1.0
