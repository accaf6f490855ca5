"""How well a model, the rules, and both together answer each question on labelled texts.

``evaluate`` reports, per head and per system (``combined``: what the pipeline outputs, ``rules``: the
lexicon classifier alone, ``model``: the head's most probable class alone), accuracy, macro F1 over the
classes present in the truth, precision/recall/F1/support per class and the confusion matrix. For a yes/no
question the headline precision, recall and F1 are those of "yes". ``cross_validate`` trains and evaluates
on folds fixed by a seed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

from waspada.engine.classify.classifier import Classification, LexiconClassifier
from waspada.engine.classify.combined import CombinedClassifier
from waspada.engine.learn.features import feature_text
from waspada.engine.learn.model import (
    CATEGORY,
    DOMAIN,
    HEADS,
    HOAX,
    NEGATIVE,
    POSITIVE,
    PROVOCATION,
    RELEVANT,
    SEVERITY,
    TextModel,
)
from waspada.engine.learn.train import LabelledText, TrainingSettings, train_model

NONE = "-"  # no bidang or category: the text was judged irrelevant
SYSTEMS = ("combined", "rules", "model")


def predicted_label(result: Classification, head: str) -> str:
    if head == RELEVANT:
        return POSITIVE if result.conflict_relevant else NEGATIVE
    if head == DOMAIN:
        return result.domain or NONE
    if head == CATEGORY:
        return result.category or NONE
    if head == SEVERITY:
        return str(result.severity)
    score = result.provocation_score if head == PROVOCATION else result.hoax_score
    return POSITIVE if score >= 0.5 else NEGATIVE


def evaluate(
    examples: Sequence[LabelledText],
    model: TextModel | None,
    lexicon: LexiconClassifier | None = None,
    heads: Sequence[str] = HEADS,
) -> dict[str, Any]:
    lexicon = lexicon or LexiconClassifier()
    tokens = [lexicon.normalizer.tokens(e.analysed_text) for e in examples]
    rules = [lexicon.classify(t) for t in tokens]
    combined = list(CombinedClassifier(lexicon, model).classify_many(tokens)) if model is not None else rules
    texts = [feature_text(t) for t in tokens]
    x = model.space.transform(texts) if model is not None else None
    out: dict[str, Any] = {"examples": len(examples), "heads": {}}
    for head in heads:
        rows = [i for i, e in enumerate(examples) if e.label(head) is not None]
        if not rows:
            continue
        truth = [examples[i].label(head) or "" for i in rows]
        systems: dict[str, list[str]] = {
            "combined": [predicted_label(combined[i], head) for i in rows],
            "rules": [predicted_label(rules[i], head) for i in rows],
        }
        if model is not None and x is not None and head in model.heads:
            proba = model.predict_proba(x[rows], head)
            classes = model.heads[head].classes
            systems["model"] = [classes[k] for k in np.argmax(proba, axis=1)]
        out["heads"][head] = {name: report(truth, predicted, head) for name, predicted in systems.items()}
    return out


def report(truth: Sequence[str], predicted: Sequence[str], head: str) -> dict[str, Any]:
    labels = sorted(set(truth) | set(predicted))
    precision, recall, f1, support = precision_recall_fscore_support(truth, predicted, labels=labels, zero_division=0)
    per_class = {
        label: {
            "precision": round(float(p), 4),
            "recall": round(float(r), 4),
            "f1": round(float(f), 4),
            "support": int(s),
        }
        for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
    }
    present = sorted(set(truth))
    result: dict[str, Any] = {
        "n": len(truth),
        "accuracy": round(float(np.mean([t == p for t, p in zip(truth, predicted, strict=True)])), 4),
        "macro_f1": round(float(np.mean([per_class[label]["f1"] for label in present])), 4),
        "per_class": per_class,
        "confusion": {"labels": labels, "matrix": confusion_matrix(truth, predicted, labels=labels).tolist()},
    }
    if head in (RELEVANT, PROVOCATION, HOAX):
        positive = per_class.get(POSITIVE, {"precision": 0.0, "recall": 0.0, "f1": 0.0})
        result.update(precision=positive["precision"], recall=positive["recall"], f1=positive["f1"])
    return result


def headline(metrics: dict[str, Any]) -> float:
    """F1 of "yes" for a yes/no head, macro F1 otherwise."""
    return float(metrics["f1"] if "f1" in metrics else metrics["macro_f1"])


def cross_validate(
    examples: Sequence[LabelledText],
    *,
    heads: Sequence[str] = HEADS,
    folds: int = 5,
    seed: int = 0,
    settings: TrainingSettings | None = None,
    lexicon: LexiconClassifier | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Train on k−1 folds, evaluate on the k-th; folds stratified by the first head's label and fixed by ``seed``."""
    lexicon = lexicon or LexiconClassifier()
    say = progress or (lambda _message: None)
    strata = [e.label(heads[0]) or NONE for e in examples]
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    per_fold: list[dict[str, Any]] = []
    for number, (train, test) in enumerate(splitter.split(np.zeros(len(examples)), strata), start=1):
        say(f"lipatan {number}/{folds}: latih {len(train)}, uji {len(test)}")
        model = train_model(
            [examples[i] for i in train],
            name="cv",
            version=f"fold-{number}",
            heads=heads,
            settings=settings,
            lexicon=lexicon,
        )
        per_fold.append(evaluate([examples[i] for i in test], model, lexicon, heads))
    summary: dict[str, Any] = {}
    for head in heads:
        summary[head] = {}
        for system in SYSTEMS:
            figures = [fold["heads"][head][system] for fold in per_fold if system in fold["heads"].get(head, {})]
            if not figures:
                continue
            keys = ("f1", "precision", "recall", "accuracy") if "f1" in figures[0] else ("macro_f1", "accuracy")
            summary[head][system] = {
                key: {
                    "mean": round(float(np.mean([f[key] for f in figures])), 4),
                    "std": round(float(np.std([f[key] for f in figures])), 4),
                }
                for key in keys
            }
    return {"folds": folds, "seed": seed, "examples": len(examples), "summary": summary, "per_fold": per_fold}
