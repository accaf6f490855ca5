"""A trained text model: a feature space, linear heads with calibrated probabilities, and its record.

Stored as a directory with two files, never as a pickle:

* ``arrays.npz`` — numeric arrays only (loaded with ``allow_pickle=False``): known columns, idf, the
  n-gram of each column, the weights of every head side by side, intercepts and Platt parameters;
* ``model.json`` — format, name, version, feature settings, heads (classes, columns, pooling weights),
  and the record: created_at, library versions, training-data hash, metrics; plus the SHA-256 of
  ``arrays.npz``, checked on load.

Scoring needs no scikit-learn: ``features · weights + intercept`` over the known columns of each text,
then Platt scaling (see ``linear.py``). For one report and six heads that is ~0.6 ms, where six
scikit-learn ``predict_proba`` calls on one row cost ~17–19 ms, mostly input validation
(``bench/engine_speed.py`` measures both).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from waspada.engine.learn.features import DocFeatures, FeatureSpace, FeatureSpec
from waspada.engine.learn.linear import calibrate

ARTEFACT_FORMAT = 1
MODEL_FILE = "model.json"
ARRAYS_FILE = "arrays.npz"

RELEVANT, DOMAIN, CATEGORY, SEVERITY, PROVOCATION, HOAX = (
    "relevant",
    "domain",
    "category",
    "severity",
    "provocation",
    "hoax",
)
HEADS: tuple[str, ...] = (RELEVANT, DOMAIN, CATEGORY, SEVERITY, PROVOCATION, HOAX)
BINARY_HEADS = frozenset({RELEVANT, PROVOCATION, HOAX})
POSITIVE, NEGATIVE = "1", "0"

_SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


class ModelError(Exception):
    """An artefact that cannot be read or written: missing, corrupt, of another format."""


def check_name(value: str, what: str = "name") -> str:
    if not _SAFE_NAME.fullmatch(value) or ".." in value:
        raise ModelError(f"{what} {value!r}: use 1–64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit")
    return value


@dataclass(frozen=True, slots=True)
class Head:
    """One question the model answers; its columns are ``start : start + width`` of the weight matrix."""

    name: str
    classes: tuple[str, ...]
    start: int
    pooling: tuple[float, float, float]  # weight of the model, weight of the rules, bias (see combine)

    @property
    def width(self) -> int:
        return 1 if len(self.classes) == 2 else len(self.classes)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "classes": list(self.classes), "start": self.start, "pooling": list(self.pooling)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Head:
        a, b, c = (float(v) for v in data["pooling"])
        return cls(str(data["name"]), tuple(str(c) for c in data["classes"]), int(data["start"]), (a, b, c))


class Contribution(NamedTuple):
    """A feature of one text and how much it moved one class's decision value (weight × value).

    ``word``: what a reader sees — a word n-gram as it is; for a character n-gram, the word of the text it
    comes from ("…entr…" → "bentrok"), or the n-gram itself when the text does not show it (a hash
    collision with another n-gram).
    """

    ngram: str
    weight: float
    word: str

    @property
    def is_word(self) -> bool:
        return self.word == self.ngram


class DocScores:
    """One text's features and the model's decision values for it, with the explanations they allow."""

    __slots__ = ("_model", "decision", "features", "text")

    def __init__(self, model: TextModel, text: str, features: DocFeatures, decision: NDArray[np.float64]) -> None:
        self._model = model
        self.text = text  # the feature text: normalised words, one space apart
        self.features = features
        self.decision = decision  # one value per column of the weight matrix

    def proba(self, head: str) -> dict[str, float]:
        p = self._model.probabilities(self.decision.reshape(1, -1), head)[0]
        return {label: float(value) for label, value in zip(self._model.heads[head].classes, p, strict=True)}

    def top_features(self, head: str, label: str, k: int = 3) -> list[Contribution]:
        """The ``k`` features that pushed hardest towards ``label`` (for a yes/no head, "0" means against "1"),
        one per word of the text: "bentrok" is shown once, not as "bent", "entr" and "ntro". Character
        n-grams of fewer than ``SHOWN_LETTERS`` letters count in the score but are not shown."""
        return self.explain([(head, label)], k)[0]

    def explain(self, answers: Sequence[tuple[str, str]], k: int = 3) -> list[list[Contribution]]:
        """``top_features`` for several (head, label) answers at once: one gather of weights for all."""
        model = self._model
        columns, signs = [], []
        for head, label in answers:
            spec = model.heads[head]
            if spec.width == 1:
                columns.append(spec.start)
                signs.append(1.0 if label == spec.classes[1] else -1.0)
            else:
                columns.append(spec.start + spec.classes.index(label))
                signs.append(1.0)
        slots = self.features.slots
        wanted = min(EXPLAIN_CANDIDATES * k, len(slots))
        if wanted == 0 or not answers:
            return [[] for _ in answers]
        # rows first, then columns: the same numbers as ``coef[slots[:, None], columns]``, gathered faster
        contributions = model.coef_shown.take(slots, axis=0)[:, columns] * (
            self.features.values[:, None] * np.array(signs)
        )
        space = model.space
        across = np.arange(len(columns))
        part = np.argpartition(-contributions, wanted - 1, axis=0)[:wanted]
        top = contributions[part, across]
        order = np.argsort(-top, axis=0, kind="stable")
        padded = f" {self.text} "
        describe = space.described
        out: list[list[Contribution]] = []
        ranked = slots[part[order, across]].T.tolist()
        for candidates, values in zip(ranked, top[order, across].T.tolist(), strict=True):
            found: list[Contribution] = []
            shown: set[str] = set()
            # the words shown, one space apart: a character n-gram (no space once stripped of its padding) is
            # in one of them iff it is in this string
            shown_text = ""
            for slot, value in zip(candidates, values, strict=True):
                if value <= 0 or len(found) == k:
                    break
                ngram, is_word = describe(slot)
                if not is_word and shown and ngram.strip(" ") in shown_text:
                    continue  # most likely one more piece of a word already shown
                word = _word_around(padded, ngram, is_word)
                # None: the text holds another n-gram with the same hash, which cannot be named
                if word is not None and word not in shown:
                    shown.add(word)
                    shown_text = f"{shown_text} {word}"
                    found.append(Contribution(ngram, value, word))
            out.append(found)
        return out


EXPLAIN_CANDIDATES = 6  # features looked at per feature shown: several often come from one word
SHOWN_LETTERS = 3  # a character n-gram names its word from this many letters


def _word_around(padded: str, ngram: str, is_word: bool = False) -> str | None:
    """The word (or words, for a word n-gram) of `` text `` in which an n-gram first occurs; None if absent."""
    if is_word:
        return ngram if f" {ngram} " in padded else None
    at = padded.find(ngram)
    if at < 0:
        return None
    start = padded.rfind(" ", 0, at + (1 if ngram.startswith(" ") else 0)) + 1
    end = padded.find(" ", at + len(ngram) - (1 if ngram.endswith(" ") else 0))
    return padded[start:end]


class TextModel:
    """Immutable once built; safe to share between threads."""

    def __init__(
        self,
        *,
        name: str,
        version: str,
        space: FeatureSpace,
        heads: Sequence[Head],
        coef: NDArray[np.float32],
        intercept: NDArray[np.float64],
        platt_a: NDArray[np.float64],
        platt_b: NDArray[np.float64],
        metadata: Mapping[str, Any],
    ) -> None:
        self.name = check_name(name)
        self.version = check_name(version, "version")
        self.space = space
        self.heads = {h.name: h for h in heads}
        width = sum(h.width for h in heads)
        if coef.shape != (space.size, width) or intercept.shape != (width,):
            raise ModelError(f"weights {coef.shape} do not fit {space.size} features × {width} columns")
        if platt_a.shape != (width,) or platt_b.shape != (width,):
            raise ModelError("Platt parameters do not fit the heads")
        self.coef = coef
        # a character n-gram of one or two letters is in too many words to say which one it stands for
        self.unnamed: NDArray[np.bool_] = (space.letters < SHOWN_LETTERS) & (space.columns >= space.spec.word_size)
        # the weights as explanations read them: those of unnamed n-grams zeroed once here, not for every text
        self.coef_shown = np.where(self.unnamed[:, None], coef.dtype.type(0), coef)
        self.intercept = intercept
        self.platt_a = platt_a
        self.platt_b = platt_b
        # as it will read back from model.json: JSON types only (a tuple becomes a list now, not on load)
        self.metadata: dict[str, Any] = json.loads(json.dumps(dict(metadata), ensure_ascii=False))

    @property
    def ref(self) -> str:
        """How results name the model that produced them: ``name:version``."""
        return f"{self.name}:{self.version}"

    def __repr__(self) -> str:
        return f"TextModel({self.ref}, heads={list(self.heads)}, features={self.space.size})"

    def score(self, text: str) -> DocScores:
        """One feature text (``features.feature_text``)."""
        return next(self.score_many([text]))

    def score_many(self, texts: Sequence[str]) -> Iterator[DocScores]:
        """Each text's scores; texts are hashed and scored a chunk at a time (one sparse product each)."""
        begin = 0
        for chunk in self.space.document_chunks(texts):
            lengths = [len(f.slots) for f in chunk]
            indptr = np.concatenate(([0], np.cumsum(lengths, dtype=np.int64)))
            x = sp.csr_matrix(
                (
                    np.concatenate([f.values for f in chunk]).astype(np.float32),
                    np.concatenate([f.slots for f in chunk]),
                    indptr,
                ),
                shape=(len(chunk), self.space.size),
            )
            decision = np.asarray(x @ self.coef, dtype=np.float64) + self.intercept
            for text, features, row in zip(texts[begin : begin + len(chunk)], chunk, decision, strict=True):
                yield DocScores(self, text, features, row)
            begin += len(chunk)

    def probabilities(self, decision: NDArray[np.float64], head: str) -> NDArray[np.float64]:
        """Decision values (rows × all columns) → one head's class probabilities (rows × its classes)."""
        spec = self.heads[head]
        columns = slice(spec.start, spec.start + spec.width)
        return calibrate(decision[:, columns], self.platt_a[columns], self.platt_b[columns])

    def predict_proba(self, texts: Sequence[str] | sp.csr_matrix, head: str) -> NDArray[np.float64]:
        """Class probabilities of many texts at once (rows × ``heads[head].classes``), for evaluation."""
        x = self.space.transform(texts) if not isinstance(texts, sp.csr_matrix) else texts
        decision = np.asarray(x.astype(np.float32) @ self.coef, dtype=np.float64) + self.intercept
        return self.probabilities(decision, head)

    # -- artefacts -------------------------------------------------------------------------------------

    def to_path(self, directory: Path) -> Path:
        """Write the artefact into a new ``directory`` (never over an existing version), atomically."""
        directory = Path(directory)
        if directory.exists():
            raise ModelError(f"{directory} already exists: a version is written once")
        directory.parent.mkdir(parents=True, exist_ok=True)
        staging = directory.with_name(f".{directory.name}.{os.getpid()}.tmp")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        try:
            space = self.space
            np.savez_compressed(
                staging / ARRAYS_FILE,
                columns=space.columns,
                idf=space.idf,
                ngram_bytes=np.frombuffer(space.ngram_bytes, dtype=np.uint8),
                ngram_ends=space.ngram_ends,
                coef=self.coef,
                intercept=self.intercept,
                platt_a=self.platt_a,
                platt_b=self.platt_b,
            )
            record = {
                "format": ARTEFACT_FORMAT,
                "name": self.name,
                "version": self.version,
                "feature_spec": space.spec.to_dict(),
                "heads": [h.to_dict() for h in self.heads.values()],
                "arrays_sha256": _sha256(staging / ARRAYS_FILE),
                **{k: v for k, v in self.metadata.items() if k not in _RESERVED},
            }
            (staging / MODEL_FILE).write_text(json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True))
            staging.rename(directory)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return directory

    @classmethod
    def from_path(cls, directory: Path) -> TextModel:
        directory = Path(directory)
        try:
            record = json.loads((directory / MODEL_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{directory}: no readable {MODEL_FILE} ({exc})") from exc
        if record.get("format") != ARTEFACT_FORMAT:
            raise ModelError(f"{directory}: artefact format {record.get('format')!r}, expected {ARTEFACT_FORMAT}")
        arrays_path = directory / ARRAYS_FILE
        if not arrays_path.is_file() or _sha256(arrays_path) != record.get("arrays_sha256"):
            raise ModelError(f"{directory}: {ARRAYS_FILE} is missing or does not match its recorded hash")
        try:
            with np.load(arrays_path, allow_pickle=False) as arrays:
                data = {key: arrays[key] for key in arrays.files}
            space = FeatureSpace(
                FeatureSpec.from_dict(record["feature_spec"]),
                data["columns"].astype(np.int64),
                data["idf"].astype(np.float32),
                data["ngram_bytes"].astype(np.uint8).tobytes(),
                data["ngram_ends"].astype(np.int64),
            )
            return cls(
                name=record["name"],
                version=record["version"],
                space=space,
                heads=[Head.from_dict(h) for h in record["heads"]],
                coef=np.ascontiguousarray(data["coef"], dtype=np.float32),
                intercept=data["intercept"].astype(np.float64),
                platt_a=data["platt_a"].astype(np.float64),
                platt_b=data["platt_b"].astype(np.float64),
                metadata={k: v for k, v in record.items() if k not in _RESERVED},
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise ModelError(f"{directory}: inconsistent artefact ({exc})") from exc


_RESERVED = frozenset({"format", "name", "version", "feature_spec", "heads", "arrays_sha256"})


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
