"""Text normalisation and language identification."""

from waspada.engine.text.langid import LANGID_VERSION, detect_language
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
    "NORMALIZER_VERSION",
    "FoldedText",
    "Normalizer",
    "detect_language",
    "fold_for_matching",
    "fold_key",
    "normalize",
    "squeeze_repeats",
    "tokenize",
]
