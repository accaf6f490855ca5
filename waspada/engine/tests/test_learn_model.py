"""A trained model scores texts without scikit-learn, exactly as scikit-learn would, and survives the disk."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.svm import LinearSVC

from waspada.engine.classify import LexiconClassifier
from waspada.engine.learn.features import feature_text
from waspada.engine.learn.linear import HeadSettings, calibrate, fit_head
from waspada.engine.learn.model import ARRAYS_FILE, HEADS, MODEL_FILE, ModelError, TextModel
from waspada.engine.learn.pooling import fit_pooling, pool
from waspada.engine.learn.train import LabelledText, TrainingSettings, data_hash, train_model
from waspada.engine.tests.toy_corpus import toy_corpus, toy_model

normalizer = LexiconClassifier().normalizer


def features_of(title: str, text: str) -> str:
    return feature_text(normalizer.tokens(f"{title}\n{text}"))


CLASH = features_of("Bentrok", "Bentrok antarwarga di Samarinda, tiga orang luka-luka terkena senjata tajam.")


def test_every_head_is_trained_and_recorded() -> None:
    model = toy_model()
    assert list(model.heads) == list(HEADS)
    assert model.heads["severity"].classes == ("0", "1", "2", "3")
    assert model.heads["relevant"].classes == ("0", "1")
    training = model.metadata["training"]
    assert training["examples"] == len(toy_corpus())
    assert training["data_sha256"] == data_hash(toy_corpus())
    assert {"scikit-learn", "numpy", "engine", "learn"} <= set(model.metadata["libraries"])
    assert model.ref == "toy:v1"


def test_one_text_scores_like_scikit_learns_own_decision_function() -> None:
    model = toy_model()
    examples = toy_corpus()
    texts = [features_of(e.title, e.text) for e in examples]
    x = model.space.transform(texts)
    labels = [e.label("severity") or "" for e in examples]
    settings = HeadSettings()
    reference = LinearSVC(C=settings.c, class_weight=settings.class_weight, random_state=0, max_iter=5_000)
    reference.fit(x, labels)
    expected = reference.decision_function(model.space.transform([CLASH]))[0]
    head = model.heads["severity"]
    got = model.score(CLASH).decision[head.start : head.start + head.width]
    assert np.allclose(got, expected, atol=1e-4)  # weights are kept in float32
    # and the batch path for evaluation agrees with the one-text path
    batch = model.predict_proba([CLASH], "severity")[0]
    one = model.score(CLASH).proba("severity")
    assert np.allclose(batch, [one[c] for c in head.classes])


def test_probabilities_are_calibrated_distributions() -> None:
    model = toy_model()
    for head in model.heads:
        proba = model.score(CLASH).proba(head)
        assert abs(sum(proba.values()) - 1) < 1e-9
        assert all(0 <= p <= 1 for p in proba.values())
    relevance = model.score(CLASH).proba("relevant")
    assert relevance["1"] > relevance["0"]


def test_the_features_that_pushed_the_answer_are_shown_as_words_of_the_text() -> None:
    model = toy_model()
    scores = model.score(CLASH)
    top = scores.top_features("relevant", "1", k=3)
    assert 1 <= len(top) <= 3
    assert [f.weight for f in top] == sorted((f.weight for f in top), reverse=True)
    words = CLASH.split(" ")
    assert all(f.weight > 0 for f in top)
    assert all(f.word in words or " " in f.word for f in top), "a word of the text, or a word pair"
    assert len({f.word for f in top}) == len(top), "one feature per word"
    for feature in top:
        if not feature.is_word:
            assert feature.ngram.strip() in feature.word
    # the weight is weight × value of that feature
    f = scores.features
    slot = int(np.flatnonzero([model.space.ngram(int(s)) == top[0].ngram for s in f.slots])[0])
    head = model.heads["relevant"]
    assert top[0].weight == pytest.approx(f.values[slot] * model.coef[f.slots[slot], head.start], rel=1e-5)


def test_a_character_ngram_is_shown_as_the_word_it_comes_from() -> None:
    from waspada.engine.learn.model import _word_around

    padded = " warga bentrok di jalan "
    assert _word_around(padded, "ntro") == "bentrok"
    assert _word_around(padded, " ben") == "bentrok"
    assert _word_around(padded, "rok ") == "bentrok"
    assert _word_around(padded, " di ") == "di"
    assert _word_around(padded, "bentrok di", is_word=True) == "bentrok di"
    assert _word_around(padded, "zzz") is None  # another n-gram with the same hash: not named
    assert _word_around(padded, "rok d", is_word=True) is None


def test_an_artefact_round_trips_and_predicts_the_same(tmp_path: Path) -> None:
    model = toy_model()
    path = model.to_path(tmp_path / "toy" / "v1")
    assert sorted(p.name for p in path.iterdir()) == [ARRAYS_FILE, MODEL_FILE]
    record = json.loads((path / MODEL_FILE).read_text())
    assert record["format"] == 1 and record["name"] == "toy" and record["version"] == "v1"
    assert record["training"]["data_sha256"] == model.metadata["training"]["data_sha256"]
    with np.load(path / ARRAYS_FILE, allow_pickle=False) as arrays:
        assert all(arrays[key].dtype != object for key in arrays.files)
    loaded = TextModel.from_path(path)
    assert loaded.ref == model.ref and loaded.metadata == model.metadata
    assert np.array_equal(loaded.score(CLASH).decision, model.score(CLASH).decision)
    with pytest.raises(ModelError, match="written once"):
        model.to_path(path)


def test_a_damaged_or_foreign_artefact_is_refused(tmp_path: Path) -> None:
    path = toy_model().to_path(tmp_path / "v1")
    (path / ARRAYS_FILE).write_bytes((path / ARRAYS_FILE).read_bytes()[:-10])
    with pytest.raises(ModelError, match="hash"):
        TextModel.from_path(path)
    other = toy_model().to_path(tmp_path / "v2")
    record = json.loads((other / MODEL_FILE).read_text())
    (other / MODEL_FILE).write_text(json.dumps({**record, "format": 99}))
    with pytest.raises(ModelError, match="format"):
        TextModel.from_path(other)
    with pytest.raises(ModelError, match=r"model\.json"):
        TextModel.from_path(tmp_path / "nothing-here")


@pytest.mark.parametrize("version", ["../evil", "Versi 1", "", "a" * 65])
def test_names_and_versions_are_safe_path_parts(version: str) -> None:
    model = toy_model()
    with pytest.raises(ModelError):
        TextModel(
            name="toy",
            version=version,
            space=model.space,
            heads=list(model.heads.values()),
            coef=model.coef,
            intercept=model.intercept,
            platt_a=model.platt_a,
            platt_b=model.platt_b,
            metadata={},
        )


def test_training_is_deterministic() -> None:
    settings = TrainingSettings(min_df=1, head=HeadSettings(folds=3))
    first = train_model(toy_corpus(copies=4), name="a", version="1", heads=("relevant",), settings=settings)
    again = train_model(toy_corpus(copies=4), name="a", version="1", heads=("relevant",), settings=settings)
    assert np.array_equal(first.coef, again.coef)
    assert first.heads == again.heads


def test_only_heads_the_labels_can_teach_are_trained() -> None:
    examples = [LabelledText(text=e.text, title=e.title, provocation=e.provocation) for e in toy_corpus(copies=3)]
    model = train_model(examples, name="provokasi", version="1", settings=TrainingSettings(min_df=1))
    assert list(model.heads) == ["provocation"]
    skipped = model.metadata["training"]["heads"]["relevant"]
    assert "skipped" in skipped
    with pytest.raises(ValueError, match="no head"):
        train_model([LabelledText(text="x", provocation=True)] * 3, name="x", version="1")


def test_a_class_with_one_example_is_left_out_not_fatal() -> None:
    examples = [*toy_corpus(copies=3), LabelledText(text="pilkades ricuh", title="", category="pemilu_jabatan")]
    model = train_model(examples, name="a", version="1", heads=("category",), settings=TrainingSettings(min_df=1))
    assert "pemilu_jabatan" not in model.heads["category"].classes
    assert model.metadata["training"]["heads"]["category"]["dropped"] == {"pemilu_jabatan": 1}


def test_labels_are_checked_and_derived() -> None:
    with pytest.raises(ValueError, match="bidang"):
        LabelledText(text="x", domain="olahraga")
    with pytest.raises(ValueError, match="category"):
        LabelledText(text="x", category="perang")
    assert LabelledText(text="x", severity=0).label("relevant") == "0"
    assert LabelledText(text="x", category="lainnya").label("relevant") == "0"
    assert LabelledText(text="x", relevant=False, category="lainnya", domain=None).label("category") is None
    assert LabelledText(text="x").label("hoax") is None


def test_a_head_fits_with_platt_probabilities_from_out_of_fold_values() -> None:
    examples = toy_corpus(copies=4)
    model = toy_model()
    x = model.space.transform([features_of(e.title, e.text) for e in examples])
    labels = [e.label("relevant") or "" for e in examples]
    fit = fit_head(x, labels, HeadSettings(folds=3), groups=[e.group or "" for e in examples])
    assert fit.classes == ("0", "1") and fit.coef.shape == (model.space.size, 1)
    assert fit.oof_proba.shape == (len(examples), 2)
    assert np.allclose(fit.oof_proba.sum(axis=1), 1)
    assert fit.platt_a[0] > 0  # a larger decision value means "yes" more surely


def test_calibration_of_several_classes_normalises_one_vs_rest_sigmoids() -> None:
    decision = np.array([[2.0, -1.0, 0.0]])
    p = calibrate(decision, np.ones(3), np.zeros(3))
    sig = 1 / (1 + np.exp(-decision[0]))
    assert np.allclose(p[0], sig / sig.sum())


def test_pooling_weights_choose_the_better_source() -> None:
    rng = np.random.default_rng(0)
    truth = rng.integers(0, 2, 400)
    good = np.where(truth == 1, 0.8, 0.2)
    noise = rng.uniform(0.05, 0.95, 400)
    p_good = np.column_stack([1 - good, good])
    p_noise = np.column_stack([1 - noise, noise])
    a, b, _ = fit_pooling(p_good, p_noise, truth)
    assert a > 1 and b < 0.2
    a, b, _ = fit_pooling(p_noise, p_good, truth)
    assert b > 1 and a < 0.2
    assert np.allclose(pool(p_good, p_noise, (1.0, 0.0, 0.0)), p_good)
