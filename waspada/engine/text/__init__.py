"""Text normalisation and language identification."""

from waspada.engine.text.langid import LANGID_VERSION, LANGUAGES, detect_language, detect_languages, lingua_detector
from waspada.engine.text.normalize import (
    BOUNDARY,
    BREAKS,
    CLAUSE,
    NORMALIZER_VERSION,
    FoldedText,
    Normalizer,
    fold_for_matching,
    fold_key,
    normalize,
    squeeze_repeats,
    tokenize,
)

__all__ = [
    "BOUNDARY",
    "BREAKS",
    "CLAUSE",
    "LANGID_VERSION",
    "LANGUAGES",
    "NORMALIZER_VERSION",
    "FoldedText",
    "Normalizer",
    "detect_language",
    "detect_languages",
    "fold_for_matching",
    "fold_key",
    "lingua_detector",
    "normalize",
    "squeeze_repeats",
    "tokenize",
]
