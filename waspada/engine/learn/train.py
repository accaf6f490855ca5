"""Training a ``TextModel`` from labelled texts: features, one head per labelled question, pooling weights.

Every text is read the way the pipeline reads a report: ``title``, a newline, ``text``, tokenised and
normalised (``Normalizer.tokens``), then hashed (``features.py``). A head is trained for each question
that at least two classes answer with two examples or more; rows without that label are left out of it.
The pooling weights of each head (``pooling.py``) are fitted on its out-of-fold probabilities against the
lexicon classifier's answers, so the model is only ever combined with the rules it was trained beside.
"""

from __future__ import annotations

import hashlib
import json
import platform
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np
import scipy
import sklearn
from threadpoolctl import threadpool_limits

from waspada.engine.classify.classifier import LexiconClassifier
from waspada.engine.classify.combined import rule_probabilities
from waspada.engine.classify.taxonomy import DOMAINS, FALLBACK_CATEGORY, TAXONOMY
from waspada.engine.learn.features import FeatureSpace, FeatureSpec, feature_text
from waspada.engine.learn.linear import HeadSettings, fit_head
from waspada.engine.learn.model import (
    CATEGORY,
    DOMAIN,
    HEADS,
    NEGATIVE,
    POSITIVE,
    PROVOCATION,
    RELEVANT,
    SEVERITY,
    Head,
    TextModel,
)
from waspada.engine.learn.pooling import fit_pooling
from waspada.engine.version import ENGINE_VERSION

# Everything that decides a model's weights or how they pool with the rules: bump on any change, so that a
# stored default model of the old kind is not taken for the new one.
# 1: hashed word 1–2 + char_wb 2–5 grams, sublinear tf·idf (l2), LinearSVC + Platt, logarithmic pooling
LEARN_VERSION = "1"
DEFAULT_MIN_DF = 2


@dataclass(frozen=True, slots=True)
class LabelledText:
    """One training or evaluation text; a label left ``None`` is unknown, not "no"."""

    text: str
    title: str = ""
    relevant: bool | None = None
    domain: str | None = None
    category: str | None = None
    severity: int | None = None
    provocation: bool | None = None
    hoax: bool | None = None
    group: str | None = None  # texts written from one template or copied from one another: one fold

    def __post_init__(self) -> None:
        if self.domain is not None and self.domain not in DOMAINS:
            raise ValueError(f"unknown bidang {self.domain!r} (one of {', '.join(DOMAINS)})")
        if self.category is not None and self.category not in TAXONOMY:
            raise ValueError(f"unknown category {self.category!r} (see docs/taxonomy.md)")
        if self.severity is not None and self.severity not in (0, 1, 2, 3):
            raise ValueError(f"severity {self.severity!r} is not 0–3")

    @property
    def analysed_text(self) -> str:
        return f"{self.title}\n{self.text}"

    @property
    def is_relevant(self) -> bool | None:
        if self.relevant is not None:
            return self.relevant
        if self.severity is not None:
            return self.severity > 0
        if self.category is not None:
            return self.category != FALLBACK_CATEGORY
        return None

    def label(self, head: str) -> str | None:
        """This text's class for one head, as the head names it, or None when unknown or not applicable."""
        relevant = self.is_relevant
        if head == RELEVANT:
            return None if relevant is None else _yes_no(relevant)
        if head == DOMAIN:
            return self.domain if relevant is not False else None
        if head == CATEGORY:
            return self.category if relevant is not False else None
        if head == SEVERITY:
            return None if self.severity is None else str(self.severity)
        flag = self.provocation if head == PROVOCATION else self.hoax
        return None if flag is None else _yes_no(flag)


def _yes_no(value: bool) -> str:
    return POSITIVE if value else NEGATIVE


@dataclass(frozen=True, slots=True)
class TrainingSettings:
    spec: FeatureSpec = field(default_factory=FeatureSpec)
    min_df: int = DEFAULT_MIN_DF
    head: HeadSettings = field(default_factory=HeadSettings)

    def to_dict(self) -> dict[str, Any]:
        return {"feature_spec": self.spec.to_dict(), "min_df": self.min_df, "head": asdict(self.head)}


def data_hash(examples: Sequence[LabelledText]) -> str:
    """SHA-256 of the examples in order, each as canonical JSON: the same data gives the same hash."""
    digest = hashlib.sha256()
    for example in examples:
        digest.update(json.dumps(asdict(example), sort_keys=True, ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    return {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "scikit-learn": sklearn.__version__,
        "engine": ENGINE_VERSION,
        "learn": LEARN_VERSION,
    }


def train_model(
    examples: Sequence[LabelledText],
    *,
    name: str,
    version: str,
    heads: Sequence[str] = HEADS,
    settings: TrainingSettings | None = None,
    lexicon: LexiconClassifier | None = None,
    source: str = "",
    progress: Callable[[str], None] | None = None,
) -> TextModel:
    """A model with a head for each of ``heads`` that the examples can teach; raises if none can be taught.

    BLAS runs on one thread: the matrices here are small, and on a busy machine OpenBLAS's spinning
    threads made training twice as slow (measured).
    """
    with threadpool_limits(limits=1, user_api="blas"):
        return _train_model(examples, name, version, heads, settings, lexicon, source, progress)


def _train_model(
    examples: Sequence[LabelledText],
    name: str,
    version: str,
    heads: Sequence[str],
    settings: TrainingSettings | None,
    lexicon: LexiconClassifier | None,
    source: str,
    progress: Callable[[str], None] | None,
) -> TextModel:
    settings = settings or TrainingSettings()
    lexicon = lexicon or LexiconClassifier()
    say = progress or (lambda _message: None)
    unknown = set(heads) - set(HEADS)
    if unknown:
        raise ValueError(f"unknown heads {sorted(unknown)}; known: {', '.join(HEADS)}")
    started = datetime.now(UTC)

    tokens = [lexicon.normalizer.tokens(e.analysed_text) for e in examples]
    texts = [feature_text(t) for t in tokens]
    say(f"{len(texts)} teks: menghitung fitur")
    space, x = FeatureSpace.fit(texts, settings.spec, settings.min_df)
    rules = [lexicon.classify(t) for t in tokens]

    built: list[Head] = []
    weights: list[np.ndarray[Any, Any]] = []
    intercepts: list[np.ndarray[Any, Any]] = []
    platt_a: list[np.ndarray[Any, Any]] = []
    platt_b: list[np.ndarray[Any, Any]] = []
    report: dict[str, Any] = {}
    start = 0
    for head in heads:
        labelled = [(i, label) for i, e in enumerate(examples) if (label := e.label(head)) is not None]
        counts = Counter(label for _, label in labelled)
        kept = {label for label, n in counts.items() if n >= 2}
        rows = [i for i, label in labelled if label in kept]
        if len(kept) < 2:
            report[head] = {"skipped": f"kurang dari dua kelas berlabel (≥ 2 contoh): {dict(counts)}"}
            continue
        say(f"melatih {head}: {len(rows)} teks, {len(kept)} kelas")
        labels = [examples[i].label(head) or "" for i in rows]
        groups = [examples[i].group or f"#{i}" for i in rows]
        fit = fit_head(x[rows], labels, settings.head, groups)
        p_rules = np.array([rule_probabilities(rules[i], head, fit.classes) for i in rows])
        truth = np.array([fit.classes.index(label) for label in labels])
        pooling = fit_pooling(fit.oof_proba, p_rules, truth)
        head_spec = Head(head, fit.classes, start, pooling)
        start += head_spec.width
        built.append(head_spec)
        weights.append(fit.coef)
        intercepts.append(fit.intercept)
        platt_a.append(fit.platt_a)
        platt_b.append(fit.platt_b)
        report[head] = {
            "examples": len(rows),
            "classes": {label: counts[label] for label in fit.classes},
            "dropped": {label: n for label, n in counts.items() if label not in kept},
            "pooling": {"model": pooling[0], "rules": pooling[1], "bias": pooling[2]},
            "out_of_fold_accuracy": {
                "model": _accuracy(fit.oof_proba, truth),
                "rules": _accuracy(p_rules, truth),
            },
        }
    if not built:
        raise ValueError(f"no head can be trained from these examples: {report}")
    finished = datetime.now(UTC)
    metadata = {
        "created_at": finished.isoformat(timespec="seconds"),
        "training": {
            "source": source,
            "examples": len(examples),
            "data_sha256": data_hash(examples),
            "seconds": round((finished - started).total_seconds(), 2),
            "settings": settings.to_dict(),
            "heads": report,
        },
        "lexicon_version": lexicon.version,
        "normalizer_version": lexicon.normalizer.version,
        "libraries": library_versions(),
        "metrics": {},
    }
    return TextModel(
        name=name,
        version=version,
        space=space,
        heads=built,
        coef=np.ascontiguousarray(np.hstack(weights), dtype=np.float32),
        intercept=np.concatenate(intercepts),
        platt_a=np.concatenate(platt_a),
        platt_b=np.concatenate(platt_b),
        metadata=metadata,
    )


def with_metrics(model: TextModel, metrics: Mapping[str, Any]) -> TextModel:
    """The same model with evaluation figures in its record (before it is written)."""
    return TextModel(
        name=model.name,
        version=model.version,
        space=model.space,
        heads=list(model.heads.values()),
        coef=model.coef,
        intercept=model.intercept,
        platt_a=model.platt_a,
        platt_b=model.platt_b,
        metadata={**model.metadata, "metrics": dict(metrics)},
    )


def _accuracy(proba: np.ndarray[Any, Any], truth: np.ndarray[Any, Any]) -> float:
    return round(float(np.mean(np.argmax(proba, axis=1) == truth)), 4)
