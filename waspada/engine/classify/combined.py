"""Rules and a trained model together: each answer pools both, and keeps the evidence of both.

For every question the model has a head for (relevance, bidang, category, severity, provocation, hoax):

1. the lexicon classifier's answer becomes a probability over the head's classes (``rule_probabilities``):
   its score for a yes/no question, floored at ``RULE_FLOOR`` because "no phrase found" is not certainty;
   for relevance, when the lexicon found conflict words and set them aside itself (a non-conflict context
   such as a festival, a match or a traffic accident, a negation, a word of violence in its everyday sense,
   a harm named as what is opposed) and so judged the text irrelevant, at most ``RULE_FLOOR`` and as low
   as ``RULE_SILENCED_FLOOR``: that is evidence against, not the absence of evidence, whatever topic words
   are left (measured on template-grouped folds of the training split: fewer hard negatives called
   relevant and more relevant texts found than when the score was kept as it was); its shares
   for bidang and category, smoothed; its severity level, held with ``RULE_SEVERITY_BELIEF``;
2. the two are pooled, ``logit p = a·logit p_model + b·logit p_rules + c`` (yes/no) or
   ``p ∝ p_model^a · p_rules^b``, with ``a, b, c`` learned at training time (``learn/pooling.py``);
3. the answers are made consistent: a text is relevant when pooled relevance ≥ 0.5; only a relevant text
   has a bidang and a category (the most probable) and a severity of 1–3; an irrelevant one has severity 0.

Hard negatives and negations act through the rules: a phrase that the lexicon silences (festival,
"tari perang", "tidak ada bentrok") gives the rules a low probability, which pulls the pooled answer down
as strongly as the learned weight ``b`` says the rules deserve.

A question without a head keeps the lexicon's answer. The evidence is the lexicon's, then for each
question one line of pooling and the features that pushed the model hardest towards the answer given,
one per word of the report (``DocScores.explain``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import numpy as np

from waspada.engine.classify.classifier import (
    AMBIGUOUS,
    CONTEXT,
    COUNTER,
    NEGATION,
    Classification,
    LexiconClassifier,
)
from waspada.engine.classify.taxonomy import DOMAINS, FALLBACK_CATEGORY, SEVERITY_LABELS, TAXONOMY
from waspada.engine.learn.features import feature_text
from waspada.engine.learn.model import (
    CATEGORY,
    DOMAIN,
    HOAX,
    NEGATIVE,
    POSITIVE,
    PROVOCATION,
    RELEVANT,
    SEVERITY,
    DocScores,
    Head,
    TextModel,
)
from waspada.engine.learn.pooling import pool
from waspada.engine.types import Evidence

RULE_FLOOR = 0.05
RULE_SILENCED_FLOOR = 0.005
RULE_SHARE_SMOOTHING = 0.05
RULE_SEVERITY_BELIEF = 0.85
TOP_FEATURES = 3
CHUNK = 64  # texts hashed and scored together
MODEL = "model"
MODEL_FEATURE = "model_feature"

# One head's answers for one text: its classes, the model's, the rules' and the pooled probabilities.
_HeadView = tuple[list[str], list[float], list[float], list[float]]

_QUESTION = {
    RELEVANT: "relevansi",
    DOMAIN: "bidang",
    CATEGORY: "kategori",
    SEVERITY: "tingkat keparahan",
    PROVOCATION: "provokasi",
    HOAX: "hoaks",
}


def rule_probabilities(result: Classification, head: str, classes: Sequence[str]) -> list[float]:
    """The lexicon's answer to one question as a probability over ``classes``."""
    if head in (RELEVANT, PROVOCATION, HOAX):
        score = {RELEVANT: result.conflict_score, PROVOCATION: result.provocation_score, HOAX: result.hoax_score}
        if head == RELEVANT and _set_aside(result):
            # evidence against: at most the floor that "nothing found" gets, whatever topic words remain
            p = max(min(score[head], RULE_FLOOR), RULE_SILENCED_FLOOR)
        else:
            p = min(max(score[head], RULE_FLOOR), 1.0 - RULE_FLOOR)
        return [1.0 - p if label == NEGATIVE else p for label in classes]
    if head == SEVERITY:
        other = (1.0 - RULE_SEVERITY_BELIEF) / max(1, len(classes) - 1)
        return [RULE_SEVERITY_BELIEF if label == str(result.severity) else other for label in classes]
    shares = result.domain_scores if head == DOMAIN else result.category_scores
    raw = [shares.get(label, 0.0) + RULE_SHARE_SMOOTHING for label in classes]
    total = sum(raw)
    return [value / total for value in raw]


def _set_aside(result: Classification) -> bool:
    """The lexicon judged a text irrelevant after setting conflict words aside (context, negation, everyday
    sense, prevention)."""
    return not result.conflict_relevant and any(e.component in _SET_ASIDE for e in result.evidence)


_SET_ASIDE = frozenset({CONTEXT, NEGATION, AMBIGUOUS, COUNTER})


class CombinedClassifier:
    """The lexicon classifier, with a ``TextModel`` pooled in when one is given; immutable, thread-safe."""

    def __init__(self, lexicon: LexiconClassifier, model: TextModel | None = None) -> None:
        self.lexicon = lexicon
        self.model = model
        self.normalizer = lexicon.normalizer

    def classify(self, tokens: Sequence[str]) -> Classification:
        return next(self.classify_many([tokens]))

    def classify_many(self, token_lists: Sequence[Sequence[str]]) -> Iterator[Classification]:
        """Normalised tokens of many texts; the model hashes and scores them a chunk at a time."""
        model = self.model
        if model is None:
            for tokens in token_lists:
                yield self.lexicon.classify(tokens)
            return
        for begin in range(0, len(token_lists), CHUNK):
            part = token_lists[begin : begin + CHUNK]
            scores = list(model.score_many([feature_text(tokens) for tokens in part]))
            yield from combine_many([self.lexicon.classify(tokens) for tokens in part], scores, model)


def combine(rules: Classification, scores: DocScores, model: TextModel) -> Classification:
    return combine_many([rules], [scores], model)[0]


def combine_many(
    rules: Sequence[Classification], scores: Sequence[DocScores], model: TextModel
) -> list[Classification]:
    """Pool every head for a batch of texts at once, then decide and explain text by text."""
    decision = np.vstack([s.decision for s in scores])
    views: dict[str, tuple[list[str], list[list[float]], list[list[float]], list[list[float]]]] = {}
    for name, head in model.heads.items():
        classes = list(head.classes)
        p_model = model.probabilities(decision, name)
        p_rules = np.array([rule_probabilities(r, name, classes) for r in rules])
        pooled = np.round(pool(p_model, p_rules, head.pooling), 4)  # as stored and shown
        views[name] = (classes, p_model.tolist(), p_rules.tolist(), pooled.tolist())
    return [
        _decide(result, doc_scores, model, {name: (v[0], v[1][i], v[2][i], v[3][i]) for name, v in views.items()})
        for i, (result, doc_scores) in enumerate(zip(rules, scores, strict=True))
    ]


def _decide(
    rules: Classification, scores: DocScores, model: TextModel, views: Mapping[str, _HeadView]
) -> Classification:
    evidence = list(rules.evidence)
    pooled = {name: dict(zip(v[0], v[3], strict=True)) for name, v in views.items()}

    def yes(name: str, lexicon_score: float) -> float:
        return pooled[name][POSITIVE] if name in pooled else lexicon_score

    conflict_score = yes(RELEVANT, rules.conflict_score)
    relevant = conflict_score >= 0.5
    provocation = yes(PROVOCATION, rules.provocation_score)
    hoax = yes(HOAX, rules.hoax_score)

    severity = _severity(rules, pooled.get(SEVERITY), relevant)
    domain_scores, domain = _choice(rules.domain_scores, pooled.get(DOMAIN), DOMAINS, (), rules.domain, relevant)
    # a conflict named in so many words ("sengketa lahan", "tolak tambang") decides among the categories
    # named, as it does for the lexicon; the model and the rules choose freely only when none is
    named = tuple(code for code in rules.named_categories if CATEGORY in pooled and code in pooled[CATEGORY])
    category_scores, category = _choice(
        rules.category_scores, pooled.get(CATEGORY), tuple(TAXONOMY), named, rules.category, relevant
    )
    if relevant and category is None:
        category = FALLBACK_CATEGORY

    answers: dict[str, tuple[str, str]] = {
        RELEVANT: (POSITIVE if relevant else NEGATIVE, f"{conflict_score:.2f} ({'relevan' if relevant else 'tidak'})"),
        PROVOCATION: (POSITIVE if provocation >= 0.5 else NEGATIVE, f"{provocation:.2f}"),
        HOAX: (POSITIVE if hoax >= 0.5 else NEGATIVE, f"{hoax:.2f}"),
        SEVERITY: (str(severity), f"{severity} ({SEVERITY_LABELS[severity]})"),
    }
    if domain is not None:
        answers[DOMAIN] = (domain, domain)
    if category is not None:
        answers[CATEGORY] = (category, TAXONOMY[category].label)
    explained: list[tuple[str, str]] = []
    for name, head in model.heads.items():
        if name not in answers:
            continue
        label, shown = answers[name]
        classes, p_model, p_rules, _ = views[name]
        evidence.append(_pooling_line(name, head, label, shown, classes, p_model, p_rules, model.ref))
        # the features against a rare flag explain little
        if label in head.classes and not (name in (PROVOCATION, HOAX) and label == NEGATIVE):
            explained.append((name, label))
    for (name, _label), features in zip(explained, scores.explain(explained, TOP_FEATURES), strict=True):
        shown = answers[name][1]
        for feature in features:
            piece = "" if feature.is_word else f", n-gram '{feature.ngram.strip()}'"
            detail = f"model {_QUESTION[name]} → {shown}: '{feature.word}' (+{feature.weight:.3f}{piece})"
            evidence.append(Evidence(MODEL_FEATURE, feature.word, round(feature.weight, 4), detail))
    return Classification(
        conflict_relevant=relevant,
        conflict_score=conflict_score,
        domain=domain,
        domain_scores=domain_scores,
        category=category,
        category_scores=category_scores,
        severity=severity,
        provocation_score=provocation,
        hoax_score=hoax,
        evidence=tuple(evidence),
        named_categories=rules.named_categories,
    )


def _pooling_line(
    name: str,
    head: Head,
    label: str,
    shown: str,
    classes: Sequence[str],
    p_model: Sequence[float],
    p_rules: Sequence[float],
    ref: str,
) -> Evidence:
    """ "relevansi: model 0.93, aturan 0.67 (bobot 1.20 : 0.80) → 0.88 (relevan)": for a yes/no question the
    probabilities of "yes", otherwise of the class given."""
    target = POSITIVE if name in (RELEVANT, PROVOCATION, HOAX) else label
    if target in classes:
        index = classes.index(target)
        model_p: float | None = p_model[index]
        parts = f"model {p_model[index]:.2f}, aturan {p_rules[index]:.2f}"
    else:
        model_p, parts = None, "kelas ini tidak dikenal model"
    a, b, _ = head.pooling
    line = f"{_QUESTION[name]}: {parts} (bobot {a:.2f} : {b:.2f}) → {shown} [{ref}]"
    return Evidence(MODEL, name, round(model_p or 0.0, 4), line)


def _severity(rules: Classification, pooled: Mapping[str, float] | None, relevant: bool) -> int:
    if not relevant:
        return 0
    if pooled is None:
        return max(1, rules.severity)
    acting = {int(label): p for label, p in pooled.items() if label != "0"}
    if not acting:
        return max(1, rules.severity)
    return max(sorted(acting), key=lambda level: acting[level])


def _choice(
    rule_scores: Mapping[str, float],
    pooled: Mapping[str, float] | None,
    vocabulary: Sequence[str],
    candidates: Sequence[str],
    rule_choice: str | None,
    relevant: bool,
) -> tuple[dict[str, float], str | None]:
    """Scores over the whole vocabulary (pooled where the model has a head) and the most probable of
    ``candidates`` (of the vocabulary when there are none); no choice for an irrelevant text."""
    if pooled is None:
        scores = dict(rule_scores)
        if not relevant:
            return scores, None
        best = max(vocabulary, key=lambda label: scores.get(label, 0.0))
        return scores, rule_choice or (best if scores.get(best, 0.0) > 0 else None)
    scores = {label: pooled.get(label, 0.0) for label in vocabulary}
    if not relevant:
        return scores, None
    among = list(candidates or vocabulary)
    return scores, max(among, key=lambda label: (pooled.get(label, 0.0), -among.index(label)))
