"""Provocation / hate speech: Waspada's training on the Ibrohim & Budi (2019) Indonesian tweets, 5-fold CV.

The data (``../shared/data/id-hatespeech-abusive/re_dataset.csv``, CC BY-NC-SA 4.0, latin-1) is read in place
with the reader ``waspada model train`` uses (``--column text=Tweet --column provocation=HS --encoding
latin-1``) and cross-validated with the same function as ``waspada model evaluate --cv 5`` (training code of
``waspada model train --provocation-only``): folds stratified by the binary HS label and fixed by a seed.
Reported per system, mean ± standard deviation over the folds of the F1, precision and recall of "HS":

* Waspada combined: the provocation score the pipeline outputs (model pooled with the lexicon's score);
* Waspada model alone; the lexicon alone (provocation score ≥ 0.5);
* baseline, same folds: logistic regression on word unigram counts of the raw lower-cased tweets.

Reference: IndoBERTweet fine-tuned on a GPU reaches F1 0.888 on this task (Koto et al. 2021); the target
for Waspada is ≥ 0.82.
"""

from __future__ import annotations

import random
import statistics
import time
from typing import Any

from _common import SHARED_DATA, parser, print_machine, print_table, result
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score
from sklearn.model_selection import StratifiedKFold

from waspada.engine.learn.datasets import read_labelled
from waspada.engine.learn.evaluate import cross_validate

DATA = SHARED_DATA / "id-hatespeech-abusive" / "re_dataset.csv"
SEED = 20190801
FOLDS = 5
SOTA = 0.888
TARGET = 0.82


def baseline(texts: list[str], labels: list[str], folds: int) -> dict[str, list[float]]:
    """Word-unigram logistic regression on the same folds as ``cross_validate`` (same splitter, same seed)."""
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    scores: dict[str, list[float]] = {"f1": [], "precision": [], "recall": []}
    for train, test in splitter.split(texts, labels):
        vectorizer = CountVectorizer(lowercase=True)
        x_train = vectorizer.fit_transform([texts[i] for i in train])
        model = LogisticRegression(solver="liblinear", max_iter=1_000)
        model.fit(x_train, [labels[i] for i in train])
        predicted = model.predict(vectorizer.transform([texts[i] for i in test]))
        truth = [labels[i] for i in test]
        scores["f1"].append(f1_score(truth, predicted, pos_label="1"))
        scores["precision"].append(precision_score(truth, predicted, pos_label="1"))
        scores["recall"].append(recall_score(truth, predicted, pos_label="1"))
    return scores


def main() -> None:
    cli = parser(__doc__ or "")
    cli.add_argument("--folds", type=int, default=FOLDS)
    args = cli.parse_args()
    print_machine()
    examples = read_labelled(DATA, columns={"text": "Tweet", "provocation": "HS"}, encoding="latin-1")
    folds = args.folds
    if args.smoke:
        examples = random.Random(SEED).sample(examples, 900)
        folds = 3
    labels = [e.label("provocation") or "" for e in examples]
    print(f"{len(examples)} tweets, {labels.count('1')} HS, {folds} folds (seed {SEED})")

    started = time.perf_counter()
    cv = cross_validate(examples, heads=("provocation",), folds=folds, seed=SEED)
    waspada_s = time.perf_counter() - started
    started = time.perf_counter()
    base = baseline([e.text for e in examples], labels, folds)
    baseline_s = time.perf_counter() - started

    summary = cv["summary"]["provocation"]
    rows: list[list[Any]] = []
    figures: dict[str, Any] = {}
    for name, key in (
        ("Waspada combined (pipeline output)", "combined"),
        ("Waspada model alone", "model"),
        ("lexicon alone", "rules"),
    ):
        s = summary[key]
        rows.append(
            [name, f"{s['f1']['mean']:.3f} ± {s['f1']['std']:.3f}", s["precision"]["mean"], s["recall"]["mean"]]
        )
        figures[key] = {k: s[k]["mean"] for k in ("f1", "precision", "recall")} | {"f1_std": s["f1"]["std"]}
    b = {k: statistics.mean(v) for k, v in base.items()}
    rows.append(
        [
            "baseline: word-unigram logistic regression",
            f"{b['f1']:.3f} ± {statistics.pstdev(base['f1']):.3f}",
            b["precision"],
            b["recall"],
        ]
    )
    rows.append(["reference: IndoBERTweet (GPU, published)", f"{SOTA:.3f}", "", ""])
    print()
    print_table(["system", "F1 (HS)", "precision", "recall"], rows)
    timing = f"Waspada {waspada_s:.0f} s for {folds} folds (training + evaluation), baseline {baseline_s:.0f} s"
    print(f"\ntarget F1 ≥ {TARGET}; {timing}")
    result(
        {
            "benchmark": "provocation",
            "dataset": "id-hatespeech-abusive/re_dataset.csv (HS)",
            "examples": len(examples),
            "folds": folds,
            "seed": SEED,
            "smoke": bool(args.smoke),
            "waspada": figures,
            "baseline_word_unigram_lr": {"f1": b["f1"], "precision": b["precision"], "recall": b["recall"]},
            "sota_indobertweet_f1": SOTA,
            "target_f1": TARGET,
            "seconds": {"waspada": round(waspada_s, 1), "baseline": round(baseline_s, 1)},
        }
    )


if __name__ == "__main__":
    main()
