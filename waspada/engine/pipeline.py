"""One call from a document to an Analysis: language, places, classification, with the evidence for each."""

from __future__ import annotations

from collections.abc import Iterable

from waspada.engine.classify.classifier import LexiconClassifier
from waspada.engine.geo.gazetteer import Gazetteer, primary_location
from waspada.engine.text.langid import LANGID_VERSION, detect_language
from waspada.engine.text.normalize import NORMALIZER_VERSION, tokenize
from waspada.engine.types import Analysis, Document, Evidence
from waspada.engine.version import ENGINE_VERSION


class Pipeline:
    """Stateless once built: safe to share between threads and to reuse for any number of documents."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        classifier: LexiconClassifier | None = None,
        home_province: str | None = "64",
    ) -> None:
        self.gazetteer = gazetteer
        self.classifier = classifier or LexiconClassifier()
        self.home_province = home_province

    @property
    def versions(self) -> dict[str, str]:
        return {
            "engine": ENGINE_VERSION,
            "normalizer": NORMALIZER_VERSION,
            "langid": LANGID_VERSION,
            "gazetteer": self.gazetteer.version,
            "gazetteer_data": self.gazetteer.data_version,
            "lexicon": self.classifier.version,
        }

    def analyze(self, doc: Document) -> Analysis:
        text = doc.analysed_text
        words = tokenize(text)
        language = detect_language(words)
        result = self.classifier.classify(self.classifier.normalizer.normalize_tokens(words))
        places = self.gazetteer.find(text, region_hint=doc.region_hint, home_province=self.home_province)
        primary = primary_location(places, doc.region_hint)
        evidence = [Evidence("language", language, 1.0, f"bahasa: {language} (perbandingan kata fungsi)")]
        evidence.extend(
            Evidence(
                "place",
                p.code,
                p.confidence,
                f"lokasi '{p.matched}' → {p.name} ({p.code}), keyakinan {p.confidence:.2f}",
            )
            for p in places
        )
        if primary is not None:
            evidence.append(
                Evidence(
                    "place",
                    primary.code,
                    primary.confidence,
                    f"lokasi utama: {primary.name} ({primary.code})",
                )
            )
        evidence.extend(result.evidence)
        return Analysis(
            language=language,
            conflict_relevant=result.conflict_relevant,
            conflict_score=result.conflict_score,
            domain=result.domain,
            domain_scores=result.domain_scores,
            category=result.category,
            category_scores=result.category_scores,
            severity=result.severity,
            provocation_score=result.provocation_score,
            hoax_score=result.hoax_score,
            locations=places,
            primary_location=primary,
            evidence=tuple(evidence),
            versions=self.versions,
        )

    def analyze_batch(self, docs: Iterable[Document]) -> list[Analysis]:
        return [self.analyze(doc) for doc in docs]
