"""The first classifier: weighted Indonesian lexicons, negation- and context-aware, every point explained.

Scores are built from points of evidence (see ``lexicon.py``):

* relevance = severity points + relevance points + ½ of the best category's points + ½ provocation
  + ⅓ hoax − non-conflict context; ``conflict_score = r / (r + 2)``, relevant from 0.5 (two points: one
  "ketegangan", a phrase naming a conflict such as "sengketa lahan", or a grievance about a topic);
  words of violence and harm with an everyday sense ("diserbu pembeli", "serangan hama", "terluka" in an
  accident) count only beside other conflict evidence, an act that hurt people, a conflict actor ("massa")
  or a target ("membakar rumah"); a harm named as what is opposed ("memerangi hoaks", "menolak politik
  uang") is prevention and does not count at all;
* severity is the highest level among the severity phrases that survived; an act that is only talk of an
  act counts as tension (1): planned, called for, feared, threatened or rumoured; shown in a post, a video
  or a news item; referred back to ("bentrokan tersebut"); named as the past cause of a claim for redress;
  a weapon found or seized by a security operation; and anything in a chain message. A relevant text is
  at least 1, an irrelevant one always 0;
* category and domain are the best-scoring labels among topic words, only when relevant;
* provocation and hoax scores are ``p / (p + 3)`` of their own points; calling for violence or a hostile
  act against people adds the act's points to provocation.

A phrase counts once however often it is repeated, so a copied-and-pasted chain message does not
inflate its own score.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, pairwise
from typing import Any, NamedTuple

import ahocorasick

from waspada.engine.classify import lexicon as default_lexicon
from waspada.engine.classify.taxonomy import (
    DOMAINS,
    FALLBACK_CATEGORY,
    SEVERITY_LABELS,
    TAXONOMY,
)
from waspada.engine.text.normalize import BREAKS, Normalizer
from waspada.engine.types import Evidence

CATEGORY, DOMAIN, SEVERITY, RELEVANCE, CONTEXT, PROVOCATION, HOAX, NEGATION, CONFLICT, AMBIGUOUS, COUNTER = (
    "category",
    "domain",
    "severity",
    "relevance",
    "context",
    "provocation",
    "hoax",
    "negation",
    "conflict",
    "ambiguous",
    "counter",
)
# Context and negation only touch the components that say "this is happening"; what a text is about
# stays ("diberhentikan tanpa pesangon" is still about pesangon).
_SILENCEABLE = frozenset({SEVERITY, RELEVANCE, PROVOCATION})
_NEGATABLE = frozenset({SEVERITY, RELEVANCE, PROVOCATION, HOAX})

RELEVANCE_HALF_POINT = 2.0
# Words with an everyday sense count only beside this many points of other evidence (or a conflict named).
CORROBORATION_POINTS = 1.0
CATEGORY_MIN_POINTS = 1.0
# Non-conflict context worth this much, with no act of protest or violence, makes the topic words what an
# event talks about ("seminar bahaya hoaks") rather than a sign of conflict.
EVENT_CONTEXT_POINTS = 1.5
# A category term with this many points names the conflict itself (see lexicon.py).
NAMING_POINTS = 3.0
# What a report is about counts towards relevance: this share of the best category's points.
TOPIC_RELEVANCE_SHARE = 0.5
# Chain-message markers worth this many points make the whole text a rumour: acts in it are tension.
RUMOUR_POINTS = 3.0
# Without such a phrase, a category's topic words count this much while another category has one.
UNNAMED_SHARE = 0.25
PROVOCATION_SHARE = 0.5
HOAX_SHARE = 1 / 3

# The cues that make an act talk of an act (tension), and how the evidence explains each.
SPECULATION, CALL, MENTION, REFERENCE, REDRESS, SEIZURE = (
    "speculation",
    "call",
    "mention",
    "reference",
    "redress",
    "seizure",
)
_REFRAMED_BECAUSE: Mapping[str, str] = {
    SPECULATION: "baru rencana, kekhawatiran, ancaman atau kabar",
    CALL: "baru ajakan atau seruan",
    MENTION: "hanya isi unggahan, video atau berita",
    REFERENCE: "merujuk kejadian yang sudah dilaporkan",
    REDRESS: "penyebab lampau dari tuntutan denda atau ganti rugi",
    SEIZURE: "senjata yang ditemukan atau disita aparat, bukan dipakai",
}


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
    list_words: frozenset[str]
    call_markers: frozenset[str]
    purpose_words: frozenset[str]
    mention_markers: frozenset[str]
    reference_before: frozenset[str]
    reference_after: frozenset[str]
    redress_markers: frozenset[str]
    cause_words: frozenset[str]
    redress_window: int
    redress_adjacent: int
    seizure_markers: frozenset[str]
    seized_after: frozenset[str]
    seizure_window: int
    weapon_terms: frozenset[str]
    hostile_acts: frozenset[str]
    ambiguous_acts: frozenset[str]
    ambiguous_harm: frozenset[str]
    conflict_actors: frozenset[str]
    act_targets: frozenset[str]
    act_target_window: int
    countered_harms: frozenset[str]
    counter_markers: frozenset[str]
    counter_window: int

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
            list_words=m.LIST_WORDS,
            call_markers=m.CALL_MARKERS,
            purpose_words=m.PURPOSE_WORDS,
            mention_markers=m.MENTION_MARKERS,
            reference_before=m.REFERENCE_BEFORE,
            reference_after=m.REFERENCE_AFTER,
            redress_markers=m.REDRESS_MARKERS,
            cause_words=m.CAUSE_WORDS,
            redress_window=m.REDRESS_WINDOW,
            redress_adjacent=m.REDRESS_ADJACENT,
            seizure_markers=m.SEIZURE_MARKERS,
            seized_after=m.SEIZED_AFTER,
            seizure_window=m.SEIZURE_WINDOW,
            weapon_terms=m.WEAPON_TERMS,
            hostile_acts=m.HOSTILE_ACTS,
            ambiguous_acts=m.AMBIGUOUS_ACTS,
            ambiguous_harm=m.AMBIGUOUS_HARM,
            conflict_actors=m.CONFLICT_ACTORS,
            act_targets=m.ACT_TARGETS,
            act_target_window=m.ACT_TARGET_WINDOW,
            countered_harms=m.COUNTERED_HARMS,
            counter_markers=m.COUNTER_MARKERS,
            counter_window=m.COUNTER_WINDOW,
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
    # categories named by a phrase that names the conflict itself ("sengketa lahan"), in TAXONOMY order
    named_categories: tuple[str, ...] = ()


class _Term(NamedTuple):
    component: str
    label: str
    phrase: str
    points: float
    level: int


class _Cues:
    """Which cue (a negator, a word of opposing) covers which term, and the list it runs on over: "tidak ada
    pengerahan massa, unjuk rasa maupun bentrok" negates all three, as "menolak politik uang, hoaks" opposes
    both."""

    def __init__(self, list_words: frozenset[str]) -> None:
        self.list_words = list_words
        self.by_span: dict[tuple[int, int], str] = {}
        self.through = -2  # the last token of the last term covered
        self.last = ""

    def cue(self, tokens: Sequence[str], match: _Match, look: Callable[[], str | None]) -> str | None:
        """The cue that covers ``match``: the one already found for its span, ``look()``, or the list's."""
        span = (match.first, match.last)
        cue = self.by_span.get(span) or look()
        if cue is None and self._continues_list(tokens, match.first):
            cue = self.last
        if cue is not None:
            self.by_span[span] = cue
            self.through, self.last = max(self.through, match.last), cue
        return cue

    def _continues_list(self, tokens: Sequence[str], first: int) -> bool:
        if self.through < 0 or first <= self.through:
            return False
        return all(tokens[k] in self.list_words for k in range(self.through + 1, first))


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
        self._ambiguous = self.lexicon.ambiguous_acts | self.lexicon.ambiguous_harm

    def classify_text(self, text: str) -> Classification:
        return self.classify(self.normalizer.tokens(text))

    def classify(self, tokens: Sequence[str]) -> Classification:
        matches = self._matches(tokens)
        contexts = [m for m in matches if m.term.component == CONTEXT]
        covered = {i for m in matches for i in range(m.first, m.last + 1)}
        evidence: list[Evidence] = []
        explained: set[tuple[str, int]] = set()
        survivors: list[_Match] = []
        negated = _Cues(self.lexicon.list_words)
        negated_acts: set[tuple[int, int]] = set()  # spans of acts said not to have happened
        countered = _Cues(self.lexicon.list_words)
        counter_at: set[int] = set()  # where the opposing words are: "menolak" that opposes is no protest
        for match in matches:
            phrase = match.term.phrase
            dropped: tuple[str, str] | None = None
            silencer = self._silencer(match, contexts)
            if silencer is not None:
                dropped = CONTEXT, f"'{phrase}' diabaikan karena bagian dari '{silencer}'"
            elif phrase in self.lexicon.countered_harms and match.term.component != DOMAIN:
                counter = countered.cue(tokens, match, partial(self._counter, tokens, match, counter_at))
                if counter is not None:
                    dropped = COUNTER, f"'{phrase}' diabaikan: hal yang dicegah atau ditolak ('{counter}')"
            if dropped is None and match.term.component in _NEGATABLE:
                negator = negated.cue(tokens, match, partial(self._negator, tokens, match, covered))
                if negator is not None:
                    dropped = NEGATION, f"'{phrase}' diabaikan karena dinegasikan ('{negator}')"
                    if match.term.component == SEVERITY:
                        negated_acts.add((match.first, match.last))
            if dropped is None:
                survivors.extend(self._reframed(tokens, match, evidence))
            elif (phrase, match.first) not in explained:
                # one line per phrase occurrence, even when several components list the phrase
                explained.add((phrase, match.first))
                evidence.append(Evidence(dropped[0], phrase, 0.0, dropped[1]))
        # An act said not to have happened ("belum ada bentrokan") does not name the conflict either; topic
        # words that are not acts ("tanpa pesangon") keep telling what the report is about.
        survivors = [m for m in survivors if not (m.term.component == CATEGORY and (m.first, m.last) in negated_acts)]
        if counter_at:
            survivors = [m for m in survivors if not (m.first == m.last and m.first in counter_at)]
        return self._score(tokens, _longest_per_component(survivors), evidence)

    @staticmethod
    def _silencer(match: _Match, contexts: Sequence[_Match]) -> str | None:
        if match.term.component not in _SILENCEABLE:
            return None
        return next((c.term.phrase for c in contexts if _overlaps(c, match)), None)

    def _counter(self, tokens: Sequence[str], match: _Match, found_at: set[int]) -> str | None:
        """The word opposing a harm before it ("memerangi hoaks"); where it stands goes into ``found_at``."""
        found = _marker_before(tokens, match.first, self.lexicon.counter_markers, self.lexicon.counter_window)
        if found is None:
            return None
        found_at.add(found[0])
        return found[1]

    def _reframed(self, tokens: Sequence[str], match: _Match, evidence: list[Evidence]) -> list[_Match]:
        """An act that is only talk of an act is tension: level 1; a call for violence is also provocation."""
        term = match.term
        if term.component != SEVERITY or term.level < 2:
            return [match]
        cue = self._reframing_cue(tokens, match)
        if cue is None:
            return [match]
        kind, marker = cue
        line = f"'{term.phrase}' {_REFRAMED_BECAUSE[kind]} ('{marker}') → tingkat 1"
        evidence.append(Evidence(SEVERITY, term.phrase, 0.0, line))
        reframed = [match._replace(term=term._replace(label="1", level=1))]
        if kind == CALL and (term.level == 3 or term.phrase in self.lexicon.hostile_acts):
            reframed.append(match._replace(term=_Term(PROVOCATION, CALL, term.phrase, term.points, 0)))
        return reframed

    def _reframing_cue(self, tokens: Sequence[str], match: _Match) -> tuple[str, str] | None:
        lexicon = self.lexicon
        first, last = match.first, match.last
        if match.term.phrase in lexicon.weapon_terms:
            seizure = _marker_before(tokens, first, lexicon.seizure_markers, lexicon.seizure_window)
            marker = (
                seizure[1] if seizure else _marker_after(tokens, last, lexicon.seized_after, lexicon.negation_window)
            )
            if marker is not None:
                return SEIZURE, marker
        purpose: str | None = None
        for k in _clause_before(tokens, first, lexicon.speculation_window):
            # the nearest cue decides ("jangan" after "ajakan" is no call), except that a purpose word
            # leaves it to a call before it
            token = tokens[k]
            if token in lexicon.call_markers:
                return CALL, token
            if purpose is None and token in lexicon.purpose_words:
                purpose = token
            elif purpose is None and token in lexicon.speculation_markers:
                return SPECULATION, token
            elif purpose is None and token in lexicon.mention_markers:
                return MENTION, token
        if purpose is not None:
            return SPECULATION, purpose
        if first > 0 and tokens[first - 1] in lexicon.reference_before:
            return REFERENCE, tokens[first - 1]
        if last + 1 < len(tokens) and tokens[last + 1] in lexicon.reference_after:
            return REFERENCE, tokens[last + 1]
        return self._redress_cue(tokens, first)

    def _redress_cue(self, tokens: Sequence[str], first: int) -> tuple[str, str] | None:
        """ "denda adat atas perusakan makam": the act is the cause named by a claim, right after it or behind
        a word of cause."""
        lexicon = self.lexicon
        found = _marker_before(tokens, first, lexicon.redress_markers, lexicon.redress_window)
        if found is None:
            return None
        end, marker = found
        between = tokens[end + 1 : first]
        pairs = {f"{a} {b}" for a, b in pairwise(between)}
        if len(between) <= lexicon.redress_adjacent or not lexicon.cause_words.isdisjoint({*between, *pairs}):
            return REDRESS, marker
        return None

    def _matches(self, tokens: Sequence[str]) -> list[_Match]:
        if not tokens:
            return []
        text = f" {' '.join(tokens)} "
        # where each token's trailing space is in ``text``: the end a match of " phrase " reports
        token_ends = dict(zip(accumulate(len(token) + 1 for token in tokens), range(len(tokens)), strict=True))
        matches: list[_Match] = []
        for end, (size, terms) in self._automaton.iter(text):
            last = token_ends[end]
            matches.extend(_Match(term, last - size + 1, last) for term in terms)
        matches.sort(key=lambda m: (m.first, -m.last))
        return matches

    def _negator(self, tokens: Sequence[str], match: _Match, covered: set[int]) -> str | None:
        window = self.lexicon.negation_window
        for k in range(match.first - 1, max(-1, match.first - 1 - window), -1):
            token = tokens[k]
            if token in BREAKS:
                break
            following = tokens[k + 1]
            if (
                token in self.lexicon.negators
                and k not in covered
                and f"{token} {following}" not in self.lexicon.not_negating
            ):
                return token
        for k in range(match.last + 1, min(len(tokens), match.last + 1 + window)):
            if tokens[k] in BREAKS:
                break
            if tokens[k] in self.lexicon.post_negations:
                return tokens[k]
            pair = f"{tokens[k]} {tokens[k + 1]}" if k + 1 < len(tokens) else ""
            if pair in self.lexicon.post_negations:
                return pair
        return None

    def _settle_ambiguous(self, tokens: Sequence[str], tally: _Tally, evidence: list[Evidence]) -> None:
        """Words with an everyday sense count when something else says the text is about conflict."""
        words = ", ".join(dict.fromkeys(f"'{m.term.phrase}'" for m in tally.ambiguous))
        reason = self._corroboration(tokens, tally)
        if reason is None:
            line = f"{words} juga bermakna sehari-hari (penonton, pembeli, pertandingan, kecelakaan) → tidak dihitung"
            evidence.append(Evidence(AMBIGUOUS, words, 0.0, line))
            return
        evidence.append(Evidence(RELEVANCE, words, 0.0, f"{words} dihitung: {reason}"))
        for match in tally.ambiguous:
            _count(tally, match.term, evidence)

    def _corroboration(self, tokens: Sequence[str], tally: _Tally) -> str | None:
        lexicon = self.lexicon
        if _corroborated(tally):
            return "ada bukti konflik lain"
        phrases = {m.term.phrase for m in tally.ambiguous}
        if phrases & lexicon.ambiguous_acts and phrases & lexicon.ambiguous_harm:
            return "tindakan yang melukai orang"
        actor = next((token for token in tokens if token in lexicon.conflict_actors), None)
        if actor is not None:
            return f"pelakunya '{actor}'"
        for match in tally.ambiguous:
            if match.term.phrase not in lexicon.ambiguous_acts or match.term.phrase.startswith("di"):
                continue
            for k in range(match.last + 1, min(len(tokens), match.last + 1 + lexicon.act_target_window)):
                if tokens[k] in lexicon.act_targets:
                    return f"sasarannya '{tokens[k]}'"
        return None

    def _score(self, tokens: Sequence[str], active: Sequence[_Match], evidence: list[Evidence]) -> Classification:
        tally = _tally(active, evidence, self._ambiguous)
        if tally.ambiguous:
            self._settle_ambiguous(tokens, tally, evidence)
        conflict_score = _relevance(tally, evidence)
        relevant = conflict_score >= 0.5
        severity = _severity(tally, relevant, evidence)
        category, domain, named = _category_and_domain(tally, relevant, evidence)
        return Classification(
            conflict_relevant=relevant,
            conflict_score=round(conflict_score, 4),
            domain=domain,
            domain_scores=_shares(tally.domains),
            category=category,
            category_scores=_shares(tally.categories),
            severity=severity,
            provocation_score=round(_squash(tally.provocation, 3.0), 4),
            hoax_score=round(_squash(tally.hoax, 3.0), 4),
            evidence=tuple(evidence),
            named_categories=tuple(code for code in TAXONOMY if code in named),
        )


@dataclass(slots=True)
class _Tally:
    """Points gathered from one text, before they become scores."""

    categories: dict[str, float] = field(default_factory=lambda: dict.fromkeys(TAXONOMY, 0.0))
    domains: dict[str, float] = field(default_factory=lambda: dict.fromkeys(DOMAINS, 0.0))
    named: set[str] = field(default_factory=set)  # categories named by a conflict phrase
    relevance: float = 0.0
    # words with an everyday sense (``Lexicon.ambiguous_acts``): tallied only beside other conflict evidence
    ambiguous: list[_Match] = field(default_factory=list)
    context: float = 0.0
    provocation: float = 0.0
    hoax: float = 0.0
    severity: int = 0


def _tally(active: Sequence[_Match], evidence: list[Evidence], ambiguous: frozenset[str]) -> _Tally:
    """Points per component; words with an everyday sense are set apart in ``ambiguous``, not counted yet."""
    tally = _Tally()
    for match in active:
        term = match.term
        if term.phrase in ambiguous and term.component in (SEVERITY, PROVOCATION) and term.label != CALL:
            tally.ambiguous.append(match)
        else:
            _count(tally, term, evidence)
    return tally


def _corroborated(tally: _Tally) -> bool:
    """Conflict evidence that is not only words with an everyday sense: an act, a conflict named, a rumour."""
    return (
        tally.relevance >= CORROBORATION_POINTS
        or tally.provocation >= CORROBORATION_POINTS
        or tally.hoax >= CORROBORATION_POINTS
        or bool(tally.named)
    )


def _count(tally: _Tally, term: _Term, evidence: list[Evidence]) -> None:
    phrase, points = term.phrase, term.points
    if term.component == CATEGORY:
        tally.categories[term.label] += points
        if points >= NAMING_POINTS:
            tally.named.add(term.label)
        line = f"kata kunci '{phrase}' → {TAXONOMY[term.label].label} (+{points:.1f})"
    elif term.component == DOMAIN:
        tally.domains[term.label] += points
        line = f"kata kunci '{phrase}' → bidang {term.label} (+{points:.1f})"
    elif term.component == SEVERITY:
        tally.relevance += points
        tally.severity = max(tally.severity, term.level)
        level = f"{term.level} ({SEVERITY_LABELS[term.level]})"
        line = f"'{phrase}' menandakan tingkat {level}, relevansi +{points:.1f}"
    elif term.component == RELEVANCE:
        tally.relevance += points
        line = f"'{phrase}' adalah kerawanan tersendiri (relevansi +{points:.1f})"
    elif term.component == CONTEXT:
        tally.context += points
        points = -points
        line = f"konteks non-konflik '{phrase}' ({points:+.1f})"
    elif term.component == PROVOCATION:
        tally.provocation += points
        if term.label == CALL:
            line = f"ajakan melakukan '{phrase}' adalah hasutan (provokasi +{points:.1f})"
        else:
            line = f"kata provokatif '{phrase}' (+{points:.1f})"
    else:
        tally.hoax += points
        line = f"penanda hoaks '{phrase}' (+{points:.1f})"
    evidence.append(Evidence(term.component, phrase, points, line))


def _relevance(tally: _Tally, evidence: list[Evidence]) -> float:
    relevance = tally.relevance
    topic = max(tally.categories, key=lambda code: tally.categories[code])
    # a seminar, a training, a match or an opening that only talks about a topic: no act, only the topic
    talked_about = tally.context >= EVENT_CONTEXT_POINTS and tally.severity < 2
    if tally.categories[topic] > 0 and talked_about:
        line = (
            f"topik {TAXONOMY[topic].label} hanya dibicarakan dalam kegiatan (konteks non-konflik "
            f"{tally.context:.1f}, tanpa aksi): tidak menambah relevansi"
        )
        evidence.append(Evidence(CONTEXT, topic, 0.0, line))
    elif tally.categories[topic] > 0:
        share = TOPIC_RELEVANCE_SHARE * tally.categories[topic]
        relevance += share
        line = f"topik {TAXONOMY[topic].label} ({tally.categories[topic]:.1f} poin): relevansi +{share:.1f}"
        evidence.append(Evidence(RELEVANCE, topic, share, line))
    relevance += PROVOCATION_SHARE * tally.provocation + (0.0 if talked_about else HOAX_SHARE * tally.hoax)
    net = max(0.0, relevance - tally.context)
    score = _squash(net, RELEVANCE_HALF_POINT)
    verdict = "relevan" if score >= 0.5 else "tidak relevan"
    line = (
        f"bukti konflik {relevance:.1f} − konteks non-konflik {tally.context:.1f} = {net:.1f} "
        f"→ skor {score:.2f} ({verdict})"
    )
    evidence.append(Evidence(CONFLICT, "relevansi", round(score, 4), line))
    return score


def _severity(tally: _Tally, relevant: bool, evidence: list[Evidence]) -> int:
    severity = tally.severity
    if not relevant:
        if severity:
            line = f"tingkat keparahan 0: teks tidak relevan (bukan {severity})"
            evidence.append(Evidence(SEVERITY, "tingkat", 0.0, line))
        return 0
    if severity > 1 and tally.hoax >= RUMOUR_POINTS:
        line = f"tingkat 1 (bukan {severity}): teks berupa kabar berantai yang belum terverifikasi"
        evidence.append(Evidence(SEVERITY, "kabar", 1.0, line))
        return 1
    if severity == 0:
        line = "tingkat 1 (ketegangan): relevan, tanpa tanda aksi atau kekerasan"
        evidence.append(Evidence(SEVERITY, "tingkat", 1.0, line))
        return 1
    return severity


def _category_and_domain(
    tally: _Tally, relevant: bool, evidence: list[Evidence]
) -> tuple[str | None, str | None, set[str]]:
    points = tally.categories
    points["hoaks_provokasi"] += PROVOCATION_SHARE * (tally.provocation + tally.hoax)
    named = set(tally.named)
    if tally.provocation + tally.hoax >= NAMING_POINTS:
        named.add("hoaks_provokasi")
    if named:
        for code in points:
            if code not in named:
                points[code] *= UNNAMED_SHARE
    for code, value in points.items():
        domain = TAXONOMY[code].domain
        if domain is not None:
            tally.domains[domain] += value
    if not relevant:
        return None, None, named
    best = max(points, key=lambda code: points[code])  # the first in TAXONOMY on ties
    category = best if points[best] >= CATEGORY_MIN_POINTS else FALLBACK_CATEGORY
    if category == FALLBACK_CATEGORY:
        points[FALLBACK_CATEGORY] = CATEGORY_MIN_POINTS
    reason = " (dipilih di antara kategori yang disebut dengan frasa konflik)" if category in named else ""
    line = f"kategori {TAXONOMY[category].label}: {points[category]:.1f} poin{reason}"
    evidence.append(Evidence(CATEGORY, category, round(points[category], 4), line))
    best_domain = max(tally.domains, key=lambda d: tally.domains[d])
    return category, best_domain if tally.domains[best_domain] > 0 else None, named


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


def _clause_before(tokens: Sequence[str], first: int, window: int) -> list[int]:
    """Indices of up to ``window`` tokens before ``first``, nearest first, not reaching across a break."""
    indices: list[int] = []
    for k in range(first - 1, max(-1, first - 1 - window), -1):
        if tokens[k] in BREAKS:
            break
        indices.append(k)
    return indices


def _marker_before(tokens: Sequence[str], first: int, markers: frozenset[str], window: int) -> tuple[int, str] | None:
    """The nearest marker (one token, or two ending there) before ``first`` in its clause, with its last index."""
    for k in _clause_before(tokens, first, window):
        if tokens[k] in markers:
            return k, tokens[k]
        if k > 0 and f"{tokens[k - 1]} {tokens[k]}" in markers:
            return k, f"{tokens[k - 1]} {tokens[k]}"
    return None


def _marker_after(tokens: Sequence[str], last: int, markers: frozenset[str], window: int) -> str | None:
    """The nearest marker (one token, or two starting there) after ``last`` in its clause."""
    for k in range(last + 1, min(len(tokens), last + 1 + window)):
        if tokens[k] in BREAKS:
            return None
        if tokens[k] in markers:
            return tokens[k]
        if k + 1 < len(tokens) and f"{tokens[k]} {tokens[k + 1]}" in markers:
            return f"{tokens[k]} {tokens[k + 1]}"
    return None


def _overlaps(a: _Match, b: _Match) -> bool:
    return a.first <= b.last and b.first <= a.last


def _squash(points: float, half: float) -> float:
    return points / (points + half) if points > 0 else 0.0


def _shares(points: Mapping[str, float]) -> dict[str, float]:
    total = sum(points.values())
    return {key: round(value / total, 4) if total else 0.0 for key, value in points.items()}
