"""The engine's frozen values: what goes in (Document) and what comes out (Analysis)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Document:
    """One text to analyse.

    ``region_hint`` is the Kemendagri code (e.g. ``"64.08"``) of the region the reporter declared; it only
    helps to choose between places with the same name.
    """

    id: str
    title: str
    text: str
    region_hint: str | None = None

    @property
    def analysed_text(self) -> str:
        """The string every character offset in an Analysis refers to: title, a newline, then the text."""
        return f"{self.title}\n{self.text}"


@dataclass(frozen=True, slots=True)
class Place:
    """A place mentioned in a text.

    ``level``: 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan. ``start``/``end`` index the
    analysed text (``Document.analysed_text``) so that ``analysed_text[start:end] == matched``.
    """

    code: str
    name: str
    level: int
    confidence: float
    start: int
    end: int
    matched: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """One line of explanation: which component counted which feature, how much, and why (in Indonesian)."""

    component: str
    feature: str
    weight: float
    detail: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the engine says about one document. Scores lie in [0, 1]; severity in 0–3."""

    language: str
    conflict_relevant: bool
    conflict_score: float
    domain: str | None
    domain_scores: Mapping[str, float]
    category: str | None
    category_scores: Mapping[str, float]
    severity: int
    provocation_score: float
    hoax_score: float
    locations: tuple[Place, ...]
    primary_location: Place | None
    evidence: tuple[Evidence, ...]
    versions: Mapping[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "conflict_relevant": self.conflict_relevant,
            "conflict_score": self.conflict_score,
            "domain": self.domain,
            "domain_scores": dict(self.domain_scores),
            "category": self.category,
            "category_scores": dict(self.category_scores),
            "severity": self.severity,
            "provocation_score": self.provocation_score,
            "hoax_score": self.hoax_score,
            "locations": [_place_dict(p) for p in self.locations],
            "primary_location": _place_dict(self.primary_location) if self.primary_location else None,
            # written out rather than dataclasses.asdict, which copies each value deeply: ~5 µs per line of
            # evidence, and an analysis has about thirty
            "evidence": [
                {"component": e.component, "feature": e.feature, "weight": e.weight, "detail": e.detail}
                for e in self.evidence
            ],
            "versions": dict(self.versions),
        }


def _place_dict(p: Place) -> dict[str, Any]:
    return {
        "code": p.code,
        "name": p.name,
        "level": p.level,
        "confidence": p.confidence,
        "start": p.start,
        "end": p.end,
        "matched": p.matched,
    }
