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
* ``grammar.py``: negators, list words, post-negations and speculation markers (plans, fears, threats,
  hearsay), which turn an act into talk of an act.
"""

from waspada.engine.classify.lexicon.categories import CATEGORY_TERMS, DOMAIN_TERMS
from waspada.engine.classify.lexicon.context import NON_CONFLICT_CONTEXT
from waspada.engine.classify.lexicon.grammar import (
    LIST_WORDS,
    NEGATION_WINDOW,
    NEGATORS,
    NOT_NEGATING,
    POST_NEGATIONS,
    SPECULATION_MARKERS,
    SPECULATION_WINDOW,
)
from waspada.engine.classify.lexicon.signals import HOAX_TERMS, PROVOCATION_TERMS, RELEVANCE_TERMS, SEVERITY_TERMS

LEXICON_VERSION = "1"

__all__ = [
    "CATEGORY_TERMS",
    "DOMAIN_TERMS",
    "HOAX_TERMS",
    "LEXICON_VERSION",
    "LIST_WORDS",
    "NEGATION_WINDOW",
    "NEGATORS",
    "NON_CONFLICT_CONTEXT",
    "NOT_NEGATING",
    "POST_NEGATIONS",
    "PROVOCATION_TERMS",
    "RELEVANCE_TERMS",
    "SEVERITY_TERMS",
    "SPECULATION_MARKERS",
    "SPECULATION_WINDOW",
]
