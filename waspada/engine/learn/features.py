"""Hashed word 1–2-grams and character 2–5-grams of normalised text, weighted by sublinear tf × idf.

The feature space is scikit-learn's: two ``HashingVectorizer``s (words with ``token_pattern=r"\\S+"``,
characters with ``analyzer="char_wb"``), side by side, word columns first. Training builds its count matrix
with them (``FeatureSpec.sklearn_counts``). At analysis time the same columns come from ``hash_texts``,
which hashes every n-gram of one or many texts in a few numpy operations (``hashing.py``) instead of one
Python object per n-gram; a test checks that both give the same matrix.

A ``FeatureSpace`` is what training learned about the columns: which ones were seen in at least
``min_df`` training texts (the others are ignored, in training and after), their idf, and one n-gram
that produced each, so that a model's weights can be explained in words. A text's weight for a column
is ``(1 + ln count) × idf``, the row scaled to unit length (scikit-learn's ``TfidfTransformer(
sublinear_tf=True)`` with this idf): a chain message pasted five times scores like one copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import HashingVectorizer

from waspada.engine.learn.hashing import buckets, murmurhash3_runs, murmurhash3_spans, words_at
from waspada.engine.text.normalize import BREAKS

FloatArray = NDArray[np.float32]
IntArray = NDArray[np.int64]
_SPACE = 0x20
WORD_PATTERN = r"\S+"  # feature texts are words one space apart
DESCRIBED_CACHE = 100_000
_RADIX = 1 << 16


def feature_text(tokens: Iterable[str]) -> str:
    """The text the features are computed on: normalised tokens, one space apart, valid UTF-8."""
    # a break token ("|", ",") stands alone between two words, never first, never last (``Normalizer``)
    text = " ".join(tokens)
    for mark in BREAKS:
        text = text.replace(f" {mark} ", " ")
    if text in BREAKS:
        text = ""
    if not text.isascii():
        # a lone surrogate (possible in JSON input) cannot be encoded; hashing needs bytes
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


@dataclass(frozen=True, slots=True)
class FeatureSpec:
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    word_bits: int = 20
    char_bits: int = 20

    def __post_init__(self) -> None:
        for low, high in (self.word_ngrams, self.char_ngrams):
            if not 1 <= low <= high:
                raise ValueError(f"invalid n-gram range ({low}, {high})")
        if self.char_ngrams[0] < 2:
            raise ValueError("character n-grams start at 2 (a padded word is at least 3 characters)")
        if not (1 <= self.word_bits <= 30 and 1 <= self.char_bits <= 30):
            raise ValueError("bits must lie in 1..30")

    @property
    def word_size(self) -> int:
        return 1 << self.word_bits

    @property
    def n_features(self) -> int:
        return self.word_size + (1 << self.char_bits)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FeatureSpec:
        return cls(
            word_ngrams=(int(data["word_ngrams"][0]), int(data["word_ngrams"][1])),
            char_ngrams=(int(data["char_ngrams"][0]), int(data["char_ngrams"][1])),
            word_bits=int(data["word_bits"]),
            char_bits=int(data["char_bits"]),
        )

    def vectorizers(self) -> tuple[HashingVectorizer, HashingVectorizer]:
        from sklearn.feature_extraction.text import HashingVectorizer  # training only: a slow import

        common: dict[str, Any] = {"lowercase": False, "alternate_sign": False, "norm": None, "dtype": np.float64}
        words = HashingVectorizer(
            analyzer="word",
            token_pattern=WORD_PATTERN,
            ngram_range=self.word_ngrams,
            n_features=self.word_size,
            **common,
        )
        chars = HashingVectorizer(
            analyzer="char_wb", ngram_range=self.char_ngrams, n_features=1 << self.char_bits, **common
        )
        return words, chars

    def sklearn_counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        """n-gram counts of feature texts with scikit-learn: the reference for ``hash_texts``."""
        words, chars = self.vectorizers()
        return sp.hstack([words.transform(texts), chars.transform(texts)], format="csr")


class HashedSpans(NamedTuple):
    """Every n-gram of a batch of texts: its bytes in ``buffer``, its column and the text it belongs to."""

    buffer: bytes
    starts: IntArray
    lengths: IntArray
    columns: IntArray
    docs: IntArray


def hash_texts(texts: Sequence[str], spec: FeatureSpec) -> HashedSpans:
    """All word and character n-grams of ``texts`` (feature texts), hashed as ``spec.sklearn_counts`` does.

    The texts become one buffer, each as " text " (the padding of ``char_wb``). A character n-gram is a
    run of n characters with no space inside it (spaces may only open or close it); a word n-gram runs
    from the first letter of one word to the last letter of the n-th.
    """
    padded = [f" {t} " if t else "" for t in texts]
    joined = "".join(padded)
    buffer = joined.encode("utf-8")
    raw = np.frombuffer(buffer, dtype=np.uint8)
    n_chars = len(joined)
    is_ascii = len(buffer) == n_chars
    if is_ascii:
        char_at = np.arange(n_chars + 1, dtype=np.int64)  # byte offset of each character
    else:
        char_at = np.append(np.flatnonzero((raw & 0xC0) != 0x80), len(buffer)).astype(np.int64)
    char_counts = np.fromiter((len(p) for p in padded), dtype=np.int64, count=len(padded))
    doc_of = np.repeat(np.arange(len(texts), dtype=np.int64), char_counts)
    is_space = raw[char_at[:-1]] == _SPACE
    spaces_before = np.concatenate(([0], np.cumsum(is_space, dtype=np.int64)))
    words = words_at(buffer)

    blocks: list[_Block] = []

    def spans(first_char: IntArray, end_char: IntArray, doc: IntArray, is_char: bool) -> None:
        start = char_at[first_char]
        length = char_at[end_char] - start
        blocks.append(_Block(start, length, doc, murmurhash3_spans(buffer, start, length), is_char))

    space_at = np.flatnonzero(is_space)
    apart = np.diff(space_at) > 1
    # a word lies between two spaces of the same text that are not side by side
    word_first, word_end = space_at[:-1][apart] + 1, space_at[1:][apart]
    word_doc = doc_of[word_first]
    low, high = spec.word_ngrams
    for n in range(low, min(high, len(word_first)) + 1):
        first = np.arange(len(word_first) - n + 1)
        first = first[word_doc[first] == word_doc[first + n - 1]]
        spans(word_first[first], word_end[first + n - 1], word_doc[first], False)
    low, high = spec.char_ngrams
    for n in range(low, min(high, n_chars) + 1):
        count = n_chars - n + 1
        # no space inside; an n-gram across two texts has one there, except "  " (n = 2) itself
        if n == 2:
            valid = ~(is_space[:count] & is_space[1 : count + 1])
        else:
            valid = spaces_before[n - 1 : n - 1 + count] == spaces_before[1 : 1 + count]
        chosen = np.flatnonzero(valid)
        if is_ascii:
            hashes = murmurhash3_runs(words, n, count)[chosen]
            length = np.full(len(chosen), n, dtype=np.int64)
            blocks.append(_Block(chosen, length, doc_of[chosen], hashes, True))
        else:
            spans(chosen, chosen + n, doc_of[chosen], True)

    if not blocks:
        empty = np.zeros(0, dtype=np.int64)
        return HashedSpans(buffer, empty, empty, empty, empty)
    is_char = np.repeat(np.array([b.is_char for b in blocks], dtype=bool), [len(b.docs) for b in blocks])
    all_hashes = np.concatenate([b.hashes for b in blocks])
    columns = np.where(
        is_char,
        buckets(all_hashes, 1 << spec.char_bits).astype(np.int64) + spec.word_size,
        buckets(all_hashes, spec.word_size),
    )
    return HashedSpans(
        buffer,
        np.concatenate([b.starts for b in blocks]),
        np.concatenate([b.lengths for b in blocks]),
        columns,
        np.concatenate([b.docs for b in blocks]),
    )


class _Block(NamedTuple):
    starts: IntArray
    lengths: IntArray
    docs: IntArray
    hashes: NDArray[np.int32]
    is_char: bool


def hashed_counts(texts: Sequence[str], spec: FeatureSpec) -> sp.csr_matrix:
    """The same matrix as ``spec.sklearn_counts(texts)``, computed with ``hash_texts``."""
    spans = hash_texts(texts, spec)
    ones = np.ones(len(spans.columns), dtype=np.float64)
    matrix = sp.csr_matrix((ones, (spans.docs, spans.columns)), shape=(len(texts), spec.n_features))
    matrix.sum_duplicates()
    return matrix


class DocFeatures(NamedTuple):
    """One text over the known columns of a space: distinct slots (sorted) and their weights."""

    slots: NDArray[np.int32]
    values: NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class FeatureSpace:
    """Known columns (sorted), their idf and one n-gram each; built by ``fit``, stored with a model."""

    spec: FeatureSpec
    columns: IntArray
    idf: NDArray[np.float32]
    ngram_bytes: bytes
    ngram_ends: IntArray
    letters: IntArray = field(init=False, repr=False)  # characters of each column's n-gram, padding aside

    def __post_init__(self) -> None:
        if len(self.columns) != len(self.idf) or len(self.columns) != len(self.ngram_ends):
            raise ValueError("columns, idf and n-grams differ in length")
        if len(self.columns) and (self.columns.min() < 0 or self.columns.max() >= self.spec.n_features):
            raise ValueError("a column lies outside the feature space")
        slots = np.full(self.spec.n_features, -1, dtype=np.int32)
        slots[self.columns] = np.arange(len(self.columns), dtype=np.int32)
        object.__setattr__(self, "_slots", slots)
        object.__setattr__(self, "_idf64", self.idf.astype(np.float64))
        object.__setattr__(self, "_described", {})
        object.__setattr__(self, "letters", self._letters())

    @property
    def size(self) -> int:
        return len(self.columns)

    @classmethod
    def fit(cls, texts: Sequence[str], spec: FeatureSpec, min_df: int = 1) -> tuple[FeatureSpace, sp.csr_matrix]:
        """The space of ``texts`` and their weighted matrix, from scikit-learn's counts."""
        counts = spec.sklearn_counts(texts)
        df = np.bincount(counts.indices, minlength=spec.n_features)
        columns = np.flatnonzero(df >= max(1, min_df)).astype(np.int64)
        n_docs = len(texts)
        idf = (np.log((1 + n_docs) / (1 + df[columns])) + 1).astype(np.float32)
        ngram_bytes, ngram_ends = _first_ngrams(texts, spec, columns)
        space = cls(spec, columns, idf, ngram_bytes, ngram_ends)
        return space, space.weigh(counts[:, columns])

    def weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        """Counts over the known columns (no repeated column in a row) → ``(1 + ln count) × idf``, unit rows."""
        weighted = sp.csr_matrix(counts, dtype=np.float64, copy=True)
        weighted.data = (1.0 + np.log(weighted.data)) * self._idf()[weighted.indices]
        norms = np.sqrt(
            np.bincount(
                np.repeat(np.arange(weighted.shape[0]), np.diff(weighted.indptr)),
                weights=weighted.data**2,
                minlength=weighted.shape[0],
            )
        )
        norms[norms == 0] = 1.0
        weighted.data /= np.repeat(norms, np.diff(weighted.indptr))
        return weighted

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Weighted rows for feature texts, over the known columns."""
        spans = hash_texts(texts, self.spec)
        slots = self._slots_of(spans.columns)
        known = slots >= 0
        ones = np.ones(int(known.sum()), dtype=np.float64)
        counts = sp.csr_matrix((ones, (spans.docs[known], slots[known])), shape=(len(texts), self.size))
        counts.sum_duplicates()
        return self.weigh(counts)

    def documents(self, texts: Sequence[str], chunk: int = 64) -> Iterator[DocFeatures]:
        """Each text's features, hashed ``chunk`` texts at a time (one text costs most of what 64 do)."""
        for part in self.document_chunks(texts, chunk):
            yield from part

    def document_chunks(self, texts: Sequence[str], chunk: int = 64) -> Iterator[list[DocFeatures]]:
        for begin in range(0, len(texts), chunk):
            part = texts[begin : begin + chunk]
            spans = hash_texts(part, self.spec)
            slots = self._slots_of(spans.columns)
            known = slots >= 0
            yield self._chunk_features(spans.docs[known], slots[known], len(part))

    def _chunk_features(self, docs: IntArray, occurrences: NDArray[np.int32], n_docs: int) -> list[DocFeatures]:
        """``features`` of every text of a chunk, with the per-text work reduced to a sort and a norm: the same
        slots, counts and weights (``test_learn_features`` compares both)."""
        # sorted by text, then slot: two stable radix sorts (numpy's for 16-bit keys), slot first
        if self.size <= _RADIX and n_docs <= _RADIX:
            by_slot = np.argsort(occurrences.astype(np.uint16), kind="stable")
            order = by_slot[np.argsort(docs[by_slot].astype(np.uint16), kind="stable")]
        else:
            order = np.lexsort((occurrences, docs))
        slots, docs = occurrences[order], docs[order]
        # runs of one (text, slot) pair: what ``np.unique(return_counts=True)`` gives for each text
        first = np.ones(len(slots), dtype=bool)
        first[1:] = (slots[1:] != slots[:-1]) | (docs[1:] != docs[:-1])
        at = np.flatnonzero(first)
        counts = np.diff(np.append(at, len(slots)))
        distinct, owner = slots[at], docs[at]
        values = (1.0 + np.log(counts)) * self._idf()[distinct]
        out: list[DocFeatures] = []
        ends = np.cumsum(np.bincount(owner, minlength=n_docs)).tolist()
        for start, end in zip([0, *ends[:-1]], ends, strict=True):
            mine = values[start:end]
            norm = float(np.sqrt(mine @ mine))  # per text, summed as ``features`` sums it
            out.append(DocFeatures(distinct[start:end], mine / norm if norm > 0 else mine))
        return out

    def features(self, occurrences: NDArray[np.int32]) -> DocFeatures:
        """Distinct slots of a text's known n-gram occurrences and their weights."""
        slots, counts = np.unique(occurrences, return_counts=True)
        values = (1.0 + np.log(counts)) * self._idf()[slots]
        norm = float(np.sqrt(values @ values))
        return DocFeatures(slots, values / norm if norm > 0 else values)

    def _letters(self) -> IntArray:
        """How many characters each column's stored n-gram has besides its padding spaces (bytes, for speed:
        a character n-gram of non-ASCII letters counts more, which only makes it more nameable)."""
        ends = self.ngram_ends
        if len(ends) == 0:
            return np.zeros(0, dtype=np.int64)
        starts = np.concatenate(([0], ends[:-1]))
        raw = np.frombuffer(self.ngram_bytes + b"\0", dtype=np.uint8)
        empty = ends == starts
        first_pad = (raw[starts] == _SPACE) & ~empty
        last_pad = (raw[np.maximum(ends - 1, 0)] == _SPACE) & ~empty
        letters: IntArray = ends - starts - first_pad - last_pad
        return letters

    def described(self, slot: int) -> tuple[str, bool]:
        """``(ngram(slot), is_word_feature(slot))``, remembered (up to ``DESCRIBED_CACHE`` columns):
        explanations ask for the same columns over and over."""
        cache: dict[int, tuple[str, bool]] = self.__dict__["_described"]
        found = cache.get(slot)
        if found is None:
            found = (self.ngram(slot), self.is_word_feature(slot))
            if len(cache) < DESCRIBED_CACHE:
                cache[slot] = found
        return found

    def ngram(self, slot: int) -> str:
        """The n-gram that first produced a known column in training."""
        start = int(self.ngram_ends[slot - 1]) if slot > 0 else 0
        return self.ngram_bytes[start : int(self.ngram_ends[slot])].decode("utf-8", "replace")

    def is_word_feature(self, slot: int) -> bool:
        return int(self.columns[slot]) < self.spec.word_size

    def _slots_of(self, columns: IntArray) -> NDArray[np.int32]:
        slots: NDArray[np.int32] = self.__dict__["_slots"]
        return slots[columns]

    def _idf(self) -> NDArray[np.float64]:
        idf: NDArray[np.float64] = self.__dict__["_idf64"]
        return idf


def _first_ngrams(texts: Sequence[str], spec: FeatureSpec, columns: IntArray) -> tuple[bytes, IntArray]:
    """For every known column, the bytes of the first n-gram hashed into it, concatenated, and their ends."""
    found: dict[int, bytes] = {}
    wanted = set(columns.tolist())
    chunk = 1_000
    for begin in range(0, len(texts), chunk):
        spans = hash_texts(texts[begin : begin + chunk], spec)
        uniq, first = np.unique(spans.columns, return_index=True)
        for column, index in zip(uniq.tolist(), first.tolist(), strict=True):
            if column in wanted and column not in found:
                start = int(spans.starts[index])
                found[column] = spans.buffer[start : start + int(spans.lengths[index])]
        if len(found) == len(wanted):
            break
    pieces = [found.get(c, b"") for c in columns.tolist()]
    ends = np.cumsum([len(p) for p in pieces], dtype=np.int64) if pieces else np.zeros(0, dtype=np.int64)
    return b"".join(pieces), ends
