"""The fast hashing path computes exactly scikit-learn's features, for one text or thousands."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.utils import murmurhash3_32

from waspada.engine.learn.features import FeatureSpace, FeatureSpec, feature_text, hash_texts, hashed_counts
from waspada.engine.learn.hashing import buckets, murmurhash3_runs, murmurhash3_spans, words_at

SPEC = FeatureSpec()
SMALL = FeatureSpec(word_bits=8, char_bits=9)  # many collisions: the bucket arithmetic is exercised

TEXTS = [
    "",
    "a",
    "ab cd",
    "warga desa sepaso memblokade jalan hauling perusahaan",
    "cafe 中文 naive ok é",
    "x" * 70 + " yy",
    "a b c d e f g",
    "",
    "ta",
]

words = st.text(alphabet="abcdezé中1", min_size=1, max_size=14)


@given(st.binary(max_size=40), st.integers(min_value=0, max_value=2**32 - 1))
def test_span_hashes_are_murmurhash3(data: bytes, seed: int) -> None:
    hashes = murmurhash3_spans(data, np.array([0]), np.array([len(data)]), seed=seed)
    assert int(hashes[0]) == murmurhash3_32(data, seed=seed, positive=False)


@given(st.binary(min_size=1, max_size=60), st.integers(min_value=1, max_value=9))
def test_runs_of_one_length_hash_like_spans(data: bytes, length: int) -> None:
    count = len(data) - length + 1
    if count <= 0:
        return
    runs = murmurhash3_runs(words_at(data), length, count)
    expected = [murmurhash3_32(data[i : i + length], positive=False) for i in range(count)]
    assert runs.tolist() == expected


def test_buckets_follow_scikit_learn_including_the_smallest_int32() -> None:
    hashes = np.array([-(2**31), -5, 5, 2**31 - 1, -1, 0], dtype=np.int32)
    assert buckets(hashes, 1024).tolist() == [0, 5, 5, 1023, 1, 0]
    # not a power of two: scikit-learn's (2**31 - 1 - (n - 1)) % n for -2**31
    assert buckets(hashes, 1000).tolist() == [648, 5, 5, 647, 1, 0]


@pytest.mark.parametrize("spec", [SPEC, SMALL, FeatureSpec(word_ngrams=(1, 3), char_ngrams=(3, 6))])
def test_hashed_counts_equal_scikit_learns_hashing_vectorizers(spec: FeatureSpec) -> None:
    assert (hashed_counts(TEXTS, spec) != spec.sklearn_counts(TEXTS)).nnz == 0


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(words, max_size=12).map(" ".join), min_size=1, max_size=6))
def test_any_batch_of_texts_hashes_like_scikit_learn(texts: list[str]) -> None:
    assert (hashed_counts(texts, SMALL) != SMALL.sklearn_counts(texts)).nnz == 0


def test_every_ngram_span_points_at_its_text() -> None:
    spans = hash_texts(["ab cd", "", "efg"], SPEC)
    pieces = {
        spans.buffer[s : s + n].decode() for s, n in zip(spans.starts.tolist(), spans.lengths.tolist(), strict=True)
    }
    assert {"ab", "cd", "ab cd", "efg", " a", "d ", " efg ", "fg "} <= pieces
    assert "  " not in pieces and "b c" not in pieces
    assert set(spans.docs.tolist()) == {0, 2}


def test_feature_text_drops_breaks_and_survives_lone_surrogates() -> None:
    assert feature_text(["warga", ",", "resah", "|", "bentrok"]) == "warga resah bentrok"
    text = feature_text(["a\ud800b"])
    assert text.encode("utf-8") and hash_texts([text], SPEC).columns.size > 0


def test_a_space_transforms_like_it_fitted_and_document_by_document() -> None:
    texts = [t for t in TEXTS if t] * 3 + ["warga resah sengketa lahan"]
    space, fitted = FeatureSpace.fit(texts, SPEC, min_df=1)
    assert abs(space.transform(texts) - fitted).max() < 1e-12
    for row, doc in enumerate(space.documents(texts, chunk=4)):
        expected = fitted[row]
        assert doc.slots.tolist() == sorted(expected.indices.tolist())
        order = np.argsort(expected.indices)
        assert np.allclose(doc.values, expected.data[order])
    norms = np.sqrt(np.asarray(fitted.multiply(fitted).sum(axis=1)).ravel())
    assert np.allclose(norms, 1.0)


def test_a_text_pasted_five_times_weighs_like_one_copy_give_or_take_tf() -> None:
    text = "sebarkan info penyerangan malam ini"
    space, _ = FeatureSpace.fit([text, "warga resah"], SPEC, min_df=1)
    once, five = space.documents([text, " ".join([text] * 5)])
    common = np.intersect1d(once.slots, five.slots)
    assert len(common) == len(once.slots)
    cosine = once.values @ five.values[np.searchsorted(five.slots, once.slots)]
    assert cosine > 0.9


def test_min_df_forgets_rare_ngrams_and_unknown_text_has_no_features() -> None:
    space, _ = FeatureSpace.fit(["bentrok warga", "bentrok aparat", "festival"], SPEC, min_df=2)
    known = {space.ngram(slot) for slot in range(space.size)}
    assert "bentrok" in known and "festival" not in known
    assert len(next(space.documents(["qqqq"])).slots) == 0


def test_each_column_remembers_an_ngram_that_produced_it() -> None:
    space, _ = FeatureSpace.fit(["sengketa lahan", "sengketa tambang"], SPEC, min_df=1)
    by_ngram = {space.ngram(slot): slot for slot in range(space.size)}
    assert {"sengketa", "sengketa lahan", " seng", "ahan "} <= set(by_ngram)
    assert space.is_word_feature(by_ngram["sengketa lahan"])
    assert not space.is_word_feature(by_ngram[" seng"])
    assert space.letters[by_ngram[" seng"]] == 4 and space.letters[by_ngram["an "]] == 2
    assert space.described(by_ngram["sengketa lahan"]) == ("sengketa lahan", True)


def test_importing_the_engine_does_not_import_scikit_learn() -> None:
    # scikit-learn takes a second or more to import: only training needs it, never analysis
    import subprocess
    import sys

    code = "import sys, waspada.engine, waspada.engine.learn; print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("radix", [True, False])
def test_a_chunk_of_texts_gets_exactly_the_features_of_each_text_alone(
    radix: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the batch path (one sort of the whole chunk) against ``features`` on each text's n-grams
    import waspada.engine.learn.features as features

    if not radix:
        monkeypatch.setattr(features, "_RADIX", 0)  # the path for spaces of more than 65,536 columns
    texts = [feature_text(t.split()) for t in TEXTS] + ["sebarkan info penyerangan malam ini " * 5, "qqqq"]
    space, _ = FeatureSpace.fit([t for t in texts if t], SPEC, min_df=1)
    spans = hash_texts(texts, SPEC)
    slots = space._slots_of(spans.columns)
    for row, doc in enumerate(next(space.document_chunks(texts, chunk=len(texts)))):
        mine = slots[(spans.docs == row) & (slots >= 0)]
        alone = space.features(mine)
        assert doc.slots.dtype == alone.slots.dtype
        assert np.array_equal(doc.slots, alone.slots)
        assert np.array_equal(doc.values, alone.values)  # bit for bit, not approximately
