"""Relevance, bidang, category, severity, provocation and hoax on the held-out part of the seed corpus.

The seed corpus (``waspada.engine.data``, written for Waspada) is split by template: every copy of a template
is on one side, so a test text's wording was never seen in training. The default model (trained on the
``train`` split, loaded from ``DATA_DIR/models`` or trained now) is evaluated on the ``test`` split.
Per question: precision, recall and F1 per class and the confusion matrix of what the pipeline outputs
(rules and model pooled), next to the lexicon classifier alone (the baseline, same run) and the model alone;
then how many hard negatives (festivals, sport, prevention meetings, investment news) each calls relevant.

Last, ``bench/data/relevance_check.jsonl``: 180 hard negatives (ceremonies, sport, festivals, prevention work,
investment news, everyday uses of violent words) and 90 real conflicts set in the same places and words,
written for Waspada by someone who had not read the word lists or the seed corpus, and never tuned on. Per
kind: how many texts each system calls relevant.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from _common import ROOT, parser, print_machine, print_table, result

from waspada.engine import LexiconClassifier
from waspada.engine.classify.combined import CombinedClassifier
from waspada.engine.data.seed_corpus import load_seed_corpus
from waspada.engine.learn.datasets import seed_examples
from waspada.engine.learn.default import default_model
from waspada.engine.learn.evaluate import evaluate, headline
from waspada.engine.learn.features import feature_text
from waspada.engine.learn.model import HEADS, POSITIVE, RELEVANT

CHECK = ROOT / "bench" / "data" / "relevance_check.jsonl"
NAMES = {
    "relevant": "relevansi konflik",
    "domain": "bidang",
    "category": "kategori",
    "severity": "tingkat keparahan",
    "provocation": "provokasi",
    "hoax": "hoaks",
}


def main() -> None:
    cli = parser(__doc__ or "")
    args = cli.parse_args()
    print_machine()
    lexicon = LexiconClassifier()
    started = time.perf_counter()
    model = default_model(Path(os.environ.get("WASPADA_DATA_DIR", ROOT / "var")) / "models", lexicon)
    ready = time.perf_counter() - started
    test = seed_examples("test")
    seeds = [e for e in load_seed_corpus() if e.split == "test"]
    if args.smoke:
        test, seeds = test[::8], seeds[::8]
    train_n = model.metadata.get("training", {}).get("examples")
    print(f"model {model.ref} ({train_n} training texts, ready in {ready:.1f} s); {len(test)} held-out texts")

    evaluation = evaluate(test, model, lexicon)
    summary: dict[str, Any] = {}
    for head in HEADS:
        systems = evaluation["heads"][head]
        combined, rules = systems["combined"], systems["rules"]
        print(f"\n== {NAMES[head]} ({combined['n']} texts)")
        labels = [label for label in combined["per_class"] if combined["per_class"][label]["support"] > 0]
        rows = []
        for label in labels:
            c, r = combined["per_class"][label], rules["per_class"].get(label, {"f1": 0.0})
            rows.append([label, c["support"], c["precision"], c["recall"], c["f1"], r["f1"]])
        key = "F1 'ya'" if "f1" in combined else "F1 makro"
        rows.append([key, combined["n"], "", "", headline(combined), headline(rules)])
        print_table(["class", "n", "precision", "recall", "F1", "F1 rules only"], rows)
        matrix = combined["confusion"]
        print("confusion (rows: truth, columns: output): " + " ".join(matrix["labels"]))
        for label, row in zip(matrix["labels"], matrix["matrix"], strict=True):
            print(f"  {label:<22} {' '.join(f'{v:>3}' for v in row)}")
        summary[head] = {name: headline(figures) for name, figures in systems.items()}

    hard = [e for e in seeds if e.hard_negative]
    hard_out = _relevance_calls(lexicon, model, [f"{e.title}\n{e.text}" for e in hard])
    hard_fp = {system: sum(calls) for system, calls in hard_out.items()}
    called = (
        f"pipeline {hard_fp['combined']}/{len(hard)}, rules only {hard_fp['rules']}/{len(hard)}, "
        f"model only {hard_fp['model']}/{len(hard)}"
    )
    print(f"\nhard negatives called relevant: {called}")

    check = [json.loads(line) for line in CHECK.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.smoke:
        check = check[::8]
    check_out = _relevance_calls(lexicon, model, [row["text"] for row in check])
    kinds = sorted({row["kind"] for row in check}, key=lambda k: (k == "konflik", k))
    check_rows, check_summary = [], {}
    for kind in kinds:
        rows = [i for i, row in enumerate(check) if row["kind"] == kind]
        calls = {system: sum(check_out[system][i] for i in rows) for system in check_out}
        check_summary[kind] = {"n": len(rows), "called_relevant": calls}
        check_rows.append([kind, len(rows), calls["combined"], calls["rules"], calls["model"]])
    print(f"\n== {CHECK.name}: texts called relevant (the 'konflik' rows should be, the others not)")
    print_table(["kind", "n", "pipeline", "rules only", "model only"], check_rows)
    print()
    print_table(
        ["question", "pipeline (rules + model)", "rules only (baseline)", "model only"],
        [[NAMES[h], s["combined"], s["rules"], s.get("model", "")] for h, s in summary.items()],
    )
    result(
        {
            "benchmark": "classify",
            "model": model.ref,
            "test_texts": len(test),
            "headline": summary,
            "hard_negatives": {"n": len(hard), "called_relevant": hard_fp},
            "check_set": check_summary,
            "smoke": bool(args.smoke),
        }
    )


def _relevance_calls(lexicon: LexiconClassifier, model: Any, texts: list[str]) -> dict[str, list[bool]]:
    """Relevant or not, per text, by the pipeline, the rules alone and the model alone."""
    tokens = [lexicon.normalizer.tokens(text) for text in texts]
    combined = CombinedClassifier(lexicon, model).classify_many(tokens)
    proba = model.predict_proba(model.space.transform([feature_text(t) for t in tokens]), RELEVANT)
    classes = model.heads[RELEVANT].classes
    return {
        "combined": [r.conflict_relevant for r in combined],
        "rules": [lexicon.classify(t).conflict_relevant for t in tokens],
        "model": [classes[k] == POSITIVE for k in proba.argmax(axis=1)],
    }


if __name__ == "__main__":
    main()
