"""The first classifier: weighted Indonesian lexicons, negation- and context-aware, every point explained.

Scores are built from points of evidence (see ``lexicon.py``):

* relevance = severity points + relevance points + ½ of the points of phrases naming a conflict
  + ½ provocation + ⅓ hoax − non-conflict context; ``conflict_score = r / (r + 2)``, relevant from 0.5
  (two points: one "ketegangan", or "adu mulut" with any other sign);
* severity is the highest level among the severity phrases that survived (a planned, feared or rumoured
  act counts as tension, 1); a relevant text is at least 1, an irrelevant one always 0;
* category and domain are the best-scoring labels among topic words, only when relevant;
* provocation and hoax scores are ``p / (p + 3)`` of their own points.

A phrase counts once however often it is repeated, so a copied-and-pasted chain message does not
inflate its own score.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import ahocorasick

from waspada.engine.classify import lexicon as default_lexicon
from waspada.engine.classify.taxonomy import (
    DOMAINS,
    FALLBACK_CATEGORY,
    SEVERITY_LABELS,
    TAXONOMY,
)
from waspada.engine.text.normalize import BOUNDARY, Normalizer
from waspada.engine.types import Evidence

CATEGORY, DOMAIN, SEVERITY, RELEVANCE, CONTEXT, PROVOCATION, HOAX, NEGATION = (
    "category",
    "domain",
    "severity",
    "relevance",
    "context",
    "provocation",
    "hoax",
    "negation",
)
# Non-conflict context silences only the components that say "this is a conflict"; topic words stay.
_SILENCEABLE = frozenset({SEVERITY, RELEVANCE, PROVOCATION})

RELEVANCE_HALF_POINT = 2.0
CATEGORY_MIN_POINTS = 1.0
# A category term with this many points names the conflict itself (see lexicon.py) ...
NAMING_POINTS = 3.0
# ... and counts this share of its points towards relevance.
NAMING_RELEVANCE_SHARE = 0.5
# Without such a phrase, a category's topic words count this much while another category has one.
UNNAMED_SHARE = 0.25
PROVOCATION_SHARE = 0.5
HOAX_SHARE = 1 / 3


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All the word lists one classifier uses, with the version stored alongside every result."""

    version: str
    category_terms: Mapping[str, Mapping[str, float]]
    severity_terms: Mapping[str, tuple[int, float]]
    relevance_terms: Mapping[str, float]
    domain_terms: Mapping[str, Mapping[str, float]]
    non_conflict_context: Mapping[str, float]
    provocation_terms: Mapping[str, float]
    hoax_terms: Mapping[str, float]
    negators: frozenset[str]
    not_negating: frozenset[str]
    post_negations: frozenset[str]
    negation_window: int
    speculation_markers: frozenset[str]
    speculation_window: int

    @classmethod
    def default(cls) -> Lexicon:
        m = default_lexicon
        return cls(
            version=m.LEXICON_VERSION,
            category_terms=m.CATEGORY_TERMS,
            severity_terms=m.SEVERITY_TERMS,
            relevance_terms=m.RELEVANCE_TERMS,
            domain_terms=m.DOMAIN_TERMS,
            non_conflict_context=m.NON_CONFLICT_CONTEXT,
            provocation_terms=m.PROVOCATION_TERMS,
            hoax_terms=m.HOAX_TERMS,
            negators=m.NEGATORS,
            not_negating=m.NOT_NEGATING,
            post_negations=m.POST_NEGATIONS,
            negation_window=m.NEGATION_WINDOW,
            speculation_markers=m.SPECULATION_MARKERS,
            speculation_window=m.SPECULATION_WINDOW,
        )

    def terms(self) -> list[tuple[str, str, str, float, int]]:
        """Every (component, label, phrase, points, severity level) the lexicon holds."""
        out: list[tuple[str, str, str, float, int]] = []
        for category, terms in self.category_terms.items():
            out.extend((CATEGORY, category, p, w, 0) for p, w in terms.items())
        for domain, terms in self.domain_terms.items():
            out.extend((DOMAIN, domain, p, w, 0) for p, w in terms.items())
        out.extend((SEVERITY, str(lvl), p, w, lvl) for p, (lvl, w) in self.severity_terms.items())
        out.extend((RELEVANCE, "", p, w, 0) for p, w in self.relevance_terms.items())
        out.extend((CONTEXT, "", p, w, 0) for p, w in self.non_conflict_context.items())
        out.extend((PROVOCATION, "", p, w, 0) for p, w in self.provocation_terms.items())
        out.extend((HOAX, "", p, w, 0) for p, w in self.hoax_terms.items())
        return out


@dataclass(frozen=True, slots=True)
class Classification:
    conflict_relevant: bool
    conflict_score: float
    domain: str | None
    domain_scores: Mapping[str, float]
    category: str | None
    category_scores: Mapping[str, float]
    severity: int
    provocation_score: float
    hoax_score: float
    evidence: tuple[Evidence, ...]


class _Term(NamedTuple):
    component: str
    label: str
    phrase: str
    points: float
    level: int


class _Match(NamedTuple):
    term: _Term
    first: int  # token indices, inclusive
    last: int


class LexiconClassifier:
    """Classifies normalised tokens (``Normalizer.tokens``) with a ``Lexicon``; immutable, thread-safe."""

    def __init__(self, lexicon: Lexicon | None = None, normalizer: Normalizer | None = None) -> None:
        self.lexicon = lexicon or Lexicon.default()
        self.normalizer = normalizer or Normalizer()
        self.version = self.lexicon.version
        table: dict[str, list[_Term]] = {}
        for component, label, phrase, points, level in self.lexicon.terms():
            # stored as the normaliser reads it, so the lexicon matches whatever spelling reports use
            key = self.normalizer.normalize(phrase)
            if key:
                table.setdefault(key, []).append(_Term(component, label, key, points, level))
        automaton: Any = ahocorasick.Automaton()
        for key, terms in table.items():
            automaton.add_word(f" {key} ", (key.count(" ") + 1, tuple(terms)))
        automaton.make_automaton()
        self._automaton = automaton

    def classify_text(self, text: str) -> Classification:
        return self.classify(self.normalizer.tokens(text))

    def classify(self, tokens: Sequence[str]) -> Classification:
        matches = self._matches(tokens)
        contexts = [m for m in matches if m.term.component == CONTEXT]
        covered = {i for m in matches for i in range(m.first, m.last + 1)}
        evidence: list[Evidence] = []
        explained: set[tuple[str, int]] = set()
        survivors: list[_Match] = []
        for match in matches:
            dropped = self._silenced(match, contexts) or self._negated(tokens, match, covered)
            if dropped is None:
                survivors.append(self._speculative(tokens, match, evidence))
            elif (match.term.phrase, match.first) not in explained:
                # one line per phrase occurrence, even when several components list the phrase
                explained.add((match.term.phrase, match.first))
                evidence.append(Evidence(dropped[0], match.term.phrase, 0.0, dropped[1]))
        return self._score(_longest_per_component(survivors), evidence)

    @staticmethod
    def _silenced(match: _Match, contexts: Sequence[_Match]) -> tuple[str, str] | None:
        if match.term.component not in _SILENCEABLE:
            return None
        for context in contexts:
            if _overlaps(context, match):
                return CONTEXT, f"'{match.term.phrase}' diabaikan karena bagian dari '{context.term.phrase}'"
        return None

    def _negated(self, tokens: Sequence[str], match: _Match, covered: set[int]) -> tuple[str, str] | None:
        if match.term.component == CONTEXT:
            return None
        negator = self._negation(tokens, match, covered)
        if negator is None:
            return None
        return NEGATION, f"'{match.term.phrase}' diabaikan karena dinegasikan ('{negator}')"

    def _speculative(self, tokens: Sequence[str], match: _Match, evidence: list[Evidence]) -> _Match:
        """An act that is only planned, feared, threatened or rumoured is tension: level 1."""
        term = match.term
        if term.component != SEVERITY or term.level < 2:
            return match
        window = self.lexicon.speculation_window
        for k in range(match.first - 1, max(-1, match.first - 1 - window), -1):
            if tokens[k] == BOUNDARY:
                break
            if tokens[k] in self.lexicon.speculation_markers:
                evidence.append(
                    Evidence(
                        SEVERITY,
                        term.phrase,
                        0.0,
                        f"'{term.phrase}' baru rencana, kekhawatiran, ancaman atau kabar ('{tokens[k]}') → tingkat 1",
                    )
                )
                return match._replace(term=term._replace(label="1", level=1))
        return match

    def _matches(self, tokens: Sequence[str]) -> list[_Match]:
        if not tokens:
            return []
        text = f" {' '.join(tokens)} "
        token_ends: dict[int, int] = {}
        position = 1
        for i, token in enumerate(tokens):
            position += len(token)
            token_ends[position] = i
            position += 1
        matches: list[_Match] = []
        for end, (size, terms) in self._automaton.iter(text):
            last = token_ends[end]
            matches.extend(_Match(term, last - size + 1, last) for term in terms)
        matches.sort(key=lambda m: (m.first, -m.last))
        return matches

    def _negation(self, tokens: Sequence[str], match: _Match, covered: set[int]) -> str | None:
        window = self.lexicon.negation_window
        for k in range(match.first - 1, max(-1, match.first - 1 - window), -1):
            token = tokens[k]
            if token == BOUNDARY:
                break
            following = tokens[k + 1]
            if (
                token in self.lexicon.negators
                and k not in covered
                and f"{token} {following}" not in self.lexicon.not_negating
            ):
                return token
        for k in range(match.last + 1, min(len(tokens) - 1, match.last + 1 + window)):
            if tokens[k] == BOUNDARY:
                break
            pair = f"{tokens[k]} {tokens[k + 1]}"
            if pair in self.lexicon.post_negations:
                return pair
        return None

    def _score(self, active: Sequence[_Match], evidence: list[Evidence]) -> Classification:
        category_points = dict.fromkeys(TAXONOMY, 0.0)
        domain_points = dict.fromkeys(DOMAINS, 0.0)
        relevance = context = provocation = hoax = 0.0
        severity = 0
        for match in active:
            term = match.term
            phrase, points = term.phrase, term.points
            if term.component == CATEGORY:
                category_points[term.label] += points
                line = f"kata kunci '{phrase}' → {TAXONOMY[term.label].label} (+{points:.1f})"
            elif term.component == DOMAIN:
                domain_points[term.label] += points
                line = f"kata kunci '{phrase}' → bidang {term.label} (+{points:.1f})"
            elif term.component == SEVERITY:
                relevance += points
                severity = max(severity, term.level)
                line = (
                    f"'{phrase}' menandakan tingkat {term.level} ({SEVERITY_LABELS[term.level]}), "
                    f"relevansi +{points:.1f}"
                )
            elif term.component == RELEVANCE:
                relevance += points
                line = f"'{phrase}' adalah kerawanan tersendiri (relevansi +{points:.1f})"
            elif term.component == CONTEXT:
                context += points
                points = -points
                line = f"konteks non-konflik '{phrase}' ({points:+.1f})"
            elif term.component == PROVOCATION:
                provocation += points
                line = f"kata provokatif '{phrase}' (+{points:.1f})"
            else:
                hoax += points
                line = f"penanda hoaks '{phrase}' (+{points:.1f})"
            evidence.append(Evidence(term.component, phrase, points, line))

        naming = {
            (m.term.label, m.term.phrase): m.term.points
            for m in active
            if m.term.component == CATEGORY and m.term.points >= NAMING_POINTS
        }
        for (_, phrase), points in naming.items():
            share = NAMING_RELEVANCE_SHARE * points
            relevance += share
            evidence.append(
                Evidence(RELEVANCE, phrase, share, f"'{phrase}' menamai kerawanan (relevansi +{share:.1f})")
            )
        relevance += PROVOCATION_SHARE * provocation + HOAX_SHARE * hoax
        net = max(0.0, relevance - context)
        conflict_score = _squash(net, RELEVANCE_HALF_POINT)
        relevant = conflict_score >= 0.5
        evidence.append(
            Evidence(
                "conflict",
                "relevansi",
                round(conflict_score, 4),
                f"bukti konflik {relevance:.1f} − konteks non-konflik {context:.1f} = {net:.1f} → skor "
                f"{conflict_score:.2f} ({'relevan' if relevant else 'tidak relevan'})",
            )
        )
        if not relevant and severity:
            evidence.append(
                Evidence(SEVERITY, "tingkat", 0.0, f"tingkat keparahan 0: teks tidak relevan (bukan {severity})")
            )
        elif relevant and severity == 0:
            severity = 1
            evidence.append(
                Evidence(SEVERITY, "tingkat", 1.0, "tingkat 1 (ketegangan): relevan, tanpa tanda aksi atau kekerasan")
            )

        category_points["hoaks_provokasi"] += PROVOCATION_SHARE * (provocation + hoax)
        named = {label for label, _ in naming}
        if provocation + hoax >= NAMING_POINTS:
            named.add("hoaks_provokasi")
        if named:
            for code in category_points:
                if code not in named:
                    category_points[code] *= UNNAMED_SHARE
        for code, points in category_points.items():
            domain = TAXONOMY[code].domain
            if domain is not None:
                domain_points[domain] += points
        category: str | None = None
        domain_choice: str | None = None
        if relevant:
            best = max(category_points, key=lambda code: category_points[code])  # first in TAXONOMY on ties
            category = best if category_points[best] >= CATEGORY_MIN_POINTS else FALLBACK_CATEGORY
            if category == FALLBACK_CATEGORY:
                category_points[FALLBACK_CATEGORY] = CATEGORY_MIN_POINTS
            best_domain = max(domain_points, key=lambda d: domain_points[d])
            domain_choice = best_domain if domain_points[best_domain] > 0 else None
            naming = " (dipilih di antara kategori yang disebut dengan frasa konflik)" if category in named else ""
            evidence.append(
                Evidence(
                    CATEGORY,
                    category,
                    round(category_points[category], 4),
                    f"kategori {TAXONOMY[category].label}: {category_points[category]:.1f} poin{naming}",
                )
            )
        return Classification(
            conflict_relevant=relevant,
            conflict_score=round(conflict_score, 4),
            domain=domain_choice,
            domain_scores=_shares(domain_points),
            category=category,
            category_scores=_shares(category_points),
            severity=severity if relevant else 0,
            provocation_score=round(_squash(provocation, 3.0), 4),
            hoax_score=round(_squash(hoax, 3.0), 4),
            evidence=tuple(evidence),
        )


def _longest_per_component(matches: Sequence[_Match]) -> list[_Match]:
    """Each phrase once per component, and not when a longer phrase of the same component contains it."""
    contained: set[int] = set()
    by_component: dict[str, list[int]] = {}
    for index, match in enumerate(matches):
        by_component.setdefault(match.term.component, []).append(index)
    for indices in by_component.values():
        # sorted by start, longest first: a match is inside another iff an earlier, different range reaches
        # at least as far
        indices.sort(key=lambda i: (matches[i].first, -matches[i].last))
        reach = -1
        group_range: tuple[int, int] | None = None
        group_reach = -1
        for i in indices:
            span = (matches[i].first, matches[i].last)
            if span != group_range:
                reach = max(reach, group_reach)
                group_range, group_reach = span, span[1]
            if reach >= span[1]:
                contained.add(i)
    kept: list[_Match] = []
    seen: set[tuple[str, str, str]] = set()
    for index, match in enumerate(matches):
        key = (match.term.component, match.term.label, match.term.phrase)
        if index not in contained and key not in seen:
            seen.add(key)
            kept.append(match)
    return kept


def _overlaps(a: _Match, b: _Match) -> bool:
    return a.first <= b.last and b.first <= a.last


def _squash(points: float, half: float) -> float:
    return points / (points + half) if points > 0 else 0.0


def _shares(points: Mapping[str, float]) -> dict[str, float]:
    total = sum(points.values())
    return {key: round(value / total, 4) if total else 0.0 for key, value in points.items()}
