"""Classification of reports: bidang, category, severity, relevance, provocation and hoax markers."""

from waspada.engine.classify.classifier import Classification, Lexicon, LexiconClassifier
from waspada.engine.classify.lexicon import LEXICON_VERSION
from waspada.engine.classify.taxonomy import (
    DOMAINS,
    FALLBACK_CATEGORY,
    SEVERITY_LABELS,
    TAXONOMY,
    Category,
)

__all__ = [
    "DOMAINS",
    "FALLBACK_CATEGORY",
    "LEXICON_VERSION",
    "SEVERITY_LABELS",
    "TAXONOMY",
    "Category",
    "Classification",
    "Lexicon",
    "LexiconClassifier",
]
