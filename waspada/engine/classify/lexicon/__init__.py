"""Waspada's Indonesian lexicons for the first classifier, written for this project.

Every phrase is in normalised form (what ``Normalizer`` produces: lower case, standard spelling, no
punctuation, "luka-luka" as "luka luka"); a test keeps it so. Weights are points of evidence:

* ``CATEGORY_TERMS``: what a report is about; half the points of the best category count towards
  relevance. Points of 3 or more mark a phrase that names the conflict itself ("sengketa lahan", "tolak
  tambang", "politik uang"); when one is present, the category is chosen among the categories that have
  one, so a land dispute with a mining company stays a land dispute however many mining words it uses.
* ``SEVERITY_TERMS``: phrase → (severity level, relevance points). 1 tension/complaint/verbal threat,
  2 protest/dispute/blockade/strike, 3 physical violence.
* ``RELEVANCE_TERMS``: phrases that add to relevance without belonging to one category.
* ``DOMAIN_TERMS``: words for a bidang beyond the default bidang of each category.
* ``NON_CONFLICT_CONTEXT``: ceremonies, sports, festivals, prevention meetings, investment news. Each
  subtracts its points and silences any other phrase it overlaps ("tari perang" silences "perang";
  "pencegahan konflik" silences "konflik"). Weight 0 only silences ("merusak lingkungan").
* ``PROVOCATION_TERMS`` (incitement, dehumanising insults) and ``HOAX_TERMS`` (chain-message markers).
* ``WEAPON_TERMS`` (severity phrases naming a weapon) and ``HOSTILE_ACTS`` (level-2 acts done to people).
* ``AMBIGUOUS_ACTS`` and ``AMBIGUOUS_HARM``: words of violence and of harm with an everyday sense
  ("diserbu pembeli", "serangan hama", "terluka" in an accident); they count towards relevance only
  beside other conflict evidence, an act beside a harm ("ledakan" and "terluka"), an act by a
  ``CONFLICT_ACTORS`` ("massa membakar") or an act on one of the ``ACT_TARGETS`` ("membakar rumah").
* ``grammar.py``: negators, list words, post-negations, harms named as what is opposed ("memerangi
  hoaks"), and the cues that turn an act into talk of an act:
  speculation markers (plans, calls, fears, threats, hearsay), mentions in posts and news, references
  back, redress for past harm, weapons found or seized.
"""

from waspada.engine.classify.lexicon.categories import CATEGORY_TERMS, DOMAIN_TERMS
from waspada.engine.classify.lexicon.context import NON_CONFLICT_CONTEXT
from waspada.engine.classify.lexicon.grammar import (
    CALL_MARKERS,
    CAUSE_WORDS,
    COUNTER_MARKERS,
    COUNTER_WINDOW,
    COUNTERED_HARMS,
    LIST_WORDS,
    MENTION_MARKERS,
    NEGATION_WINDOW,
    NEGATORS,
    NOT_NEGATING,
    POST_NEGATIONS,
    PURPOSE_WORDS,
    REDRESS_ADJACENT,
    REDRESS_MARKERS,
    REDRESS_WINDOW,
    REFERENCE_AFTER,
    REFERENCE_BEFORE,
    SEIZED_AFTER,
    SEIZURE_MARKERS,
    SEIZURE_WINDOW,
    SPECULATION_MARKERS,
    SPECULATION_WINDOW,
)
from waspada.engine.classify.lexicon.signals import (
    ACT_TARGET_WINDOW,
    ACT_TARGETS,
    AMBIGUOUS_ACTS,
    AMBIGUOUS_HARM,
    CONFLICT_ACTORS,
    HOAX_TERMS,
    HOSTILE_ACTS,
    PROVOCATION_TERMS,
    RELEVANCE_TERMS,
    SEVERITY_TERMS,
    WEAPON_TERMS,
)

# 2: calls, mentions in posts and news, references back, redress and seized weapons are tension.
# 4: more non-conflict contexts: mock battles and war dances, sport and e-sport, prevention work, market
# news ("menyerbu pasar", "bentrok jadwal"), broken-down vehicles and disasters met without conflict.
# 5: words of violence and harm with an everyday sense count only beside other conflict evidence
# (AMBIGUOUS_ACTS, AMBIGUOUS_HARM); harms named as what is opposed are prevention (COUNTERED_HARMS); a
# topic an event only talks about adds nothing; all-clear phrases of field reports are non-conflict context.
LEXICON_VERSION = "5"

__all__ = [
    "ACT_TARGETS",
    "ACT_TARGET_WINDOW",
    "AMBIGUOUS_ACTS",
    "AMBIGUOUS_HARM",
    "CALL_MARKERS",
    "CATEGORY_TERMS",
    "CAUSE_WORDS",
    "CONFLICT_ACTORS",
    "COUNTERED_HARMS",
    "COUNTER_MARKERS",
    "COUNTER_WINDOW",
    "DOMAIN_TERMS",
    "HOAX_TERMS",
    "HOSTILE_ACTS",
    "LEXICON_VERSION",
    "LIST_WORDS",
    "MENTION_MARKERS",
    "NEGATION_WINDOW",
    "NEGATORS",
    "NON_CONFLICT_CONTEXT",
    "NOT_NEGATING",
    "POST_NEGATIONS",
    "PROVOCATION_TERMS",
    "PURPOSE_WORDS",
    "REDRESS_ADJACENT",
    "REDRESS_MARKERS",
    "REDRESS_WINDOW",
    "REFERENCE_AFTER",
    "REFERENCE_BEFORE",
    "RELEVANCE_TERMS",
    "SEIZED_AFTER",
    "SEIZURE_MARKERS",
    "SEIZURE_WINDOW",
    "SEVERITY_TERMS",
    "SPECULATION_MARKERS",
    "SPECULATION_WINDOW",
    "WEAPON_TERMS",
]
