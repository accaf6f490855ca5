"""Places: the Kemendagri gazetteer, Waspada's aliases, and matching in text."""

from waspada.engine.geo.aliases_kaltim import KALTIM_ALIASES, KALTIM_WEAK_ALIASES
from waspada.engine.geo.aliases_national import NATIONAL_ALIASES
from waspada.engine.geo.gazetteer import (
    GAZETTEER_VERSION,
    Gazetteer,
    GazetteerEntry,
    ancestors,
    is_within,
    primary_location,
)
from waspada.engine.geo.stopwords import PLACE_STOPWORDS

__all__ = [
    "GAZETTEER_VERSION",
    "KALTIM_ALIASES",
    "KALTIM_WEAK_ALIASES",
    "NATIONAL_ALIASES",
    "PLACE_STOPWORDS",
    "Gazetteer",
    "GazetteerEntry",
    "ancestors",
    "is_within",
    "primary_location",
]
