"""One call from a document to an Analysis: language, places, classification, with the evidence for each.

Without a model the classification is the lexicon classifier's; with one (``model=``) every question the
model has a head for pools the model's probability with the rules' (``classify/combined.py``). A batch is
cheaper per document than single calls (the model hashes n-grams of many texts in one go) and gives the
same analyses; ``analyze_parallel`` spreads a batch over processes.
"""

from __future__ import annotations

import copyreg
import gc
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from itertools import islice
from typing import Any, TypeVar

from waspada.engine.classify.classifier import Classification, LexiconClassifier
from waspada.engine.classify.combined import CombinedClassifier
from waspada.engine.geo.gazetteer import Gazetteer, primary_location
from waspada.engine.learn.model import TextModel
from waspada.engine.text.langid import LANGID_VERSION, detect_language
from waspada.engine.text.normalize import NORMALIZER_VERSION, tokenize
from waspada.engine.types import Analysis, Document, Evidence, Place
from waspada.engine.version import ENGINE_VERSION

BATCH = 256
NO_MODEL = "-"
# An analysis allocates thousands of small objects that die with it; at Python's default (a young collection
# every 700 allocations, a middle one every ten of those) the collector took ~8 % of a batch on the CI machine,
# ~2 % at these thresholds. Results that pile up (a parent unpickling what its workers send) move on later too.
BATCH_GC_THRESHOLD = (10_000, 100)

_gc_lock = threading.Lock()
_gc_batches = 0
_gc_saved: tuple[int, int, int] = (0, 0, 0)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Young collections less often while batches run (in any thread); the old thresholds come back after."""
    global _gc_batches, _gc_saved
    with _gc_lock:
        if _gc_batches == 0:
            _gc_saved = gc.get_threshold()
            gc.set_threshold(
                max(_gc_saved[0], BATCH_GC_THRESHOLD[0]), max(_gc_saved[1], BATCH_GC_THRESHOLD[1]), _gc_saved[2]
            )
        _gc_batches += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_batches -= 1
            if _gc_batches == 0:
                gc.set_threshold(*_gc_saved)


class Pipeline:
    """Stateless once built: safe to share between threads and to reuse for any number of documents."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        classifier: LexiconClassifier | None = None,
        home_province: str | None = "64",
        model: TextModel | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.classifier = classifier or LexiconClassifier()
        self.home_province = home_province
        self.model = model
        self.combined = CombinedClassifier(self.classifier, model)
        self._versions = {
            "engine": ENGINE_VERSION,
            "normalizer": NORMALIZER_VERSION,
            "langid": LANGID_VERSION,
            "gazetteer": self.gazetteer.version,
            "gazetteer_data": self.gazetteer.data_version,
            "lexicon": self.classifier.version,
            "model": model.ref if model is not None else NO_MODEL,
        }

    @property
    def versions(self) -> dict[str, str]:
        return dict(self._versions)

    def analyze(self, doc: Document) -> Analysis:
        return self._analyze_chunk([doc])[0]

    def analyze_batch(self, docs: Iterable[Document]) -> list[Analysis]:
        out: list[Analysis] = []
        iterator = iter(docs)
        with _fewer_collections():
            while chunk := list(islice(iterator, BATCH)):
                out.extend(self._analyze_chunk(chunk))
        return out

    def _analyze_chunk(self, docs: Sequence[Document]) -> list[Analysis]:
        texts = [doc.analysed_text for doc in docs]
        words = [tokenize(text) for text in texts]
        normalize = self.classifier.normalizer.normalize_tokens
        results = self.combined.classify_many([normalize(w) for w in words])
        return [
            self._assemble(doc, text, w, result)
            for doc, text, w, result in zip(docs, texts, words, results, strict=True)
        ]

    def _assemble(self, doc: Document, text: str, words: Sequence[str], result: Classification) -> Analysis:
        language = detect_language(words)
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
            versions=self._versions,
        )


def _reduce_document(d: Document) -> tuple[type[Document], tuple[str, str, str, str | None]]:
    return Document, (d.id, d.title, d.text, d.region_hint)


def _reduce_place(p: Place) -> tuple[type[Place], tuple[str, str, int, float, int, int, str]]:
    return Place, (p.code, p.name, p.level, p.confidence, p.start, p.end, p.matched)


_ANALYSIS_FIELDS = tuple(f.name for f in fields(Analysis))
_EVIDENCE_AT = _ANALYSIS_FIELDS.index("evidence")


def _reduce_analysis(a: Analysis) -> tuple[Callable[..., Analysis], tuple[Any, ...]]:
    values = [getattr(a, name) for name in _ANALYSIS_FIELDS]
    values[_EVIDENCE_AT] = [(e.component, e.feature, e.weight, e.detail) for e in a.evidence]
    return _rebuild_analysis, tuple(values)


def _rebuild_analysis(*values: Any) -> Analysis:
    rebuilt = list(values)
    rebuilt[_EVIDENCE_AT] = tuple([Evidence(*line) for line in values[_EVIDENCE_AT]])
    return Analysis(*rebuilt)


# Results travel back from worker processes pickled. The dataclasses' own (Python-level) pickling is slow: an
# analysis carries ~30 lines of evidence, which cost ~80 µs per analysis to unpickle one object at a time, as
# much as a tenth of the analysis itself. Sent as plain tuples and rebuilt in one go they cost ~25 µs.
copyreg.pickle(Analysis, _reduce_analysis)
copyreg.pickle(Place, _reduce_place)
copyreg.pickle(Document, _reduce_document)  # the way out: constructor arguments pickle in C

T = TypeVar("T")
_worker: tuple[Pipeline, Callable[[Analysis], Any]] | None = None


def _analyze_in_worker(docs: list[Document]) -> list[Any]:
    assert _worker is not None
    pipeline, convert = _worker
    return [convert(analysis) for analysis in pipeline.analyze_batch(docs)]


def _same(analysis: Analysis) -> Analysis:
    return analysis


def analyze_parallel(
    pipeline: Pipeline, docs: Iterable[Document], processes: int = 2, chunk: int = BATCH
) -> Iterator[Analysis]:
    """The analyses of ``docs`` in order, computed by ``processes`` forked copies of ``pipeline``."""
    return map_parallel(pipeline, docs, _same, processes, chunk)


def map_parallel(
    pipeline: Pipeline,
    docs: Iterable[Document],
    convert: Callable[[Analysis], T],
    processes: int = 2,
    chunk: int = BATCH,
) -> Iterator[T]:
    """``convert(analysis)`` for each of ``docs``, in order, computed in ``processes`` forked workers.

    Forking shares the built pipeline (gazetteer, lexicon, model) with the workers at no cost, and
    ``convert`` runs there too: a caller that writes JSON gets it ready-made instead of unpickling objects
    to serialise them again. Where fork is not available, for one process, or when this process runs other
    threads (a copy forked while one of them holds a lock would wait for it forever), everything runs here.
    """
    global _worker
    iterator = iter(docs)
    chunks = iter(lambda: list(islice(iterator, chunk)), [])
    if processes <= 1 or "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        for part in chunks:
            yield from (convert(analysis) for analysis in pipeline.analyze_batch(part))
        return
    _worker = (pipeline, convert)
    # What the workers inherit (gazetteer, lexicon, model) lives as long as they do: frozen, the collector
    # never walks it, so its memory pages stay shared with this process instead of being copied into each.
    gc.freeze()
    try:
        # unpickling the results allocates as much as analysing them
        with _fewer_collections(), multiprocessing.get_context("fork").Pool(processes) as pool:
            for results in pool.imap(_analyze_in_worker, chunks):
                yield from results
    finally:
        gc.unfreeze()
        _worker = None
