"""Near-duplicate detection: precision and recall on Waspada's labelled pairs, and index speed.

Pairs (``bench/data/dedupe_pairs.jsonl``, written for Waspada): light and heavy edits of WhatsApp messages,
forwarded chains, partial forwards, syndicated news, news pasted into chats (duplicates), and hard
negatives: same-topic different events, follow-ups quoting a message, and templated releases reused for
another event. Most pairs derive from hand-written messages through scripted edits (forward wrappers,
slang, typos, datelines) written alongside the index; the ``held_out_*`` pairs were written by hand after
the index was tuned, and are reported apart as the fairer figure. A pair counts as found when, with every
pair's first text in one index, querying the second text returns the first. The baseline is an exact hash
of the normalised text, measured in the same run. Speed is measured with SmSA review texts (read in place
from ../shared/data) as filler documents.
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import ROOT, SHARED_DATA, parser, print_machine, print_table, result

from waspada.engine.dedupe import DEDUPE_VERSION, NearDuplicateIndex
from waspada.engine.text import Normalizer

PAIRS = ROOT / "bench" / "data" / "dedupe_pairs.jsonl"
SMSA = SHARED_DATA / "indonlu-smsa"


def load_pairs(limit: int | None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def score(pairs: list[dict[str, Any]], found: list[bool]) -> dict[str, float]:
    tp = sum(f and p["duplicate"] for p, f in zip(pairs, found, strict=True))
    fp = sum(f and not p["duplicate"] for p, f in zip(pairs, found, strict=True))
    fn = sum(not f and p["duplicate"] for p, f in zip(pairs, found, strict=True))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def exact_hash_baseline(pairs: list[dict[str, Any]]) -> list[bool]:
    normalizer = Normalizer()

    def key(text: str) -> str:
        return hashlib.blake2b(normalizer.normalize(text).encode(), digest_size=16).hexdigest()

    return [key(p["a"]) == key(p["b"]) for p in pairs]


def with_index(pairs: list[dict[str, Any]], make: Callable[[], NearDuplicateIndex]) -> list[bool]:
    index = make()
    for p in pairs:
        index.add(p["id"], p["a"])
    return [any(doc_id == p["id"] for doc_id, _ in index.query(p["b"])) for p in pairs]


def filler_texts(count: int) -> list[str]:
    texts: list[str] = []
    for name in ("train_preprocess.tsv", "valid_preprocess.tsv", "test_preprocess.tsv"):
        path = SMSA / name
        if path.exists():
            texts.extend(line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines())
    if not texts:  # the shared data is missing: synthetic filler keeps the speed figures meaningful
        rng = random.Random(7)
        words = ["warga", "desa", "jalan", "tambang", "lahan", "demo", "aparat", "aman", "banjir", "pasar", "sawit"]
        texts = [" ".join(rng.choice(words) for _ in range(60)) for _ in range(count)]
    return texts[:count]


def speed(texts: list[str], queries: list[str]) -> dict[str, float]:
    index = NearDuplicateIndex()
    start = time.perf_counter()
    for i, text in enumerate(texts):
        index.add(f"f{i}", text)
    add_seconds = time.perf_counter() - start
    latencies = []
    for text in queries:
        t0 = time.perf_counter()
        index.query(text)
        latencies.append(time.perf_counter() - t0)
    latencies.sort()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.npz"
        t0 = time.perf_counter()
        index.to_path(path)
        save_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        loaded = NearDuplicateIndex.from_path(path)
        load_seconds = time.perf_counter() - t0
        size = path.stat().st_size
    if len(loaded) != len(index):
        raise SystemExit("the index lost documents on its way through to_path/from_path")
    return {
        "indexed": len(texts),
        "add_per_s": len(texts) / add_seconds,
        "query_ms_p50": 1000 * statistics.median(latencies),
        "query_ms_p99": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "save_s": save_seconds,
        "load_s": load_seconds,
        "file_mb": size / 1e6,
    }


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    pairs = load_pairs(120 if args.smoke else None)
    print_machine()
    print(f"dedupe {DEDUPE_VERSION}: {len(pairs)} labelled pairs ({sum(p['duplicate'] for p in pairs)} duplicates)")
    print()

    methods: dict[str, list[bool]] = {"baseline: exact hash of normalised text": exact_hash_baseline(pairs)}
    configs: dict[str, Callable[[], NearDuplicateIndex]] = {
        "waspada: char 5-grams + anchors (default)": NearDuplicateIndex,
        "waspada: word 3-grams + anchors": lambda: NearDuplicateIndex(unit="word", size=3, threshold=0.4),
        "ablation: char 5-grams, no anchors": lambda: NearDuplicateIndex(use_anchors=False),
    }
    for name, make in configs.items():
        methods[name] = with_index(pairs, make)
    scores = {name: score(pairs, found) for name, found in methods.items()}
    print_table(
        ["method", "precision", "recall", "F1", "TP", "FP", "FN"],
        [[n, s["precision"], s["recall"], s["f1"], s["tp"], s["fp"], s["fn"]] for n, s in scores.items()],
    )
    print()

    default = methods["waspada: char 5-grams + anchors (default)"]
    baseline = methods["baseline: exact hash of normalised text"]
    kinds = Counter(p["kind"] for p in pairs)
    rows = []
    for kind in sorted(kinds, key=lambda k: (not pairs[[p["kind"] for p in pairs].index(k)]["duplicate"], k)):
        members = [i for i, p in enumerate(pairs) if p["kind"] == kind]
        duplicate = pairs[members[0]]["duplicate"]
        rows.append(
            [
                kind,
                "duplicate" if duplicate else "different event",
                len(members),
                sum(default[i] for i in members),
                sum(baseline[i] for i in members),
            ]
        )
    print("pairs judged duplicate, by kind (want all for duplicates, none for different events):")
    print_table(["kind", "truth", "pairs", "waspada", "baseline"], rows)
    print()

    index = NearDuplicateIndex()
    sims = [index.similarity(p["a"], p["b"]) for p in pairs]
    sweep = []
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        s = score(pairs, [sim >= threshold for sim in sims])
        sweep.append([threshold, s["precision"], s["recall"], s["f1"]])
    print(f"threshold sweep of the default similarity (default threshold {index.threshold}, no LSH):")
    print_table(["threshold", "precision", "recall", "F1"], sweep)
    print()

    filler = filler_texts(500 if args.smoke else 20_000)
    queries = [p["b"] for p in pairs][: 100 if args.smoke else 1000]
    timing = speed(filler + [p["a"] for p in pairs], queries)
    print_table(
        ["indexed docs", "add docs/s", "query p50 ms", "query p99 ms", "save s", "load s", "file MB"],
        [
            [
                timing["indexed"],
                timing["add_per_s"],
                timing["query_ms_p50"],
                timing["query_ms_p99"],
                timing["save_s"],
                timing["load_s"],
                timing["file_mb"],
            ]
        ],
    )
    held = [i for i, p in enumerate(pairs) if p.get("source") == "held-out"]
    held_score = score([pairs[i] for i in held], [default[i] for i in held]) if held else None
    if held_score:
        print(
            f"held-out pairs ({len(held)}): precision {held_score['precision']:.3f}, recall {held_score['recall']:.3f}"
        )
        print()
    waspada = scores["waspada: char 5-grams + anchors (default)"]
    base = scores["baseline: exact hash of normalised text"]
    result(
        {
            "benchmark": "dedupe",
            "smoke": args.smoke,
            "version": DEDUPE_VERSION,
            "pairs": len(pairs),
            "precision": round(waspada["precision"], 4),
            "recall": round(waspada["recall"], 4),
            "f1": round(waspada["f1"], 4),
            "heldout_precision": round(held_score["precision"], 4) if held_score else None,
            "heldout_recall": round(held_score["recall"], 4) if held_score else None,
            "baseline_precision": round(base["precision"], 4),
            "baseline_recall": round(base["recall"], 4),
            "word3_precision": round(scores["waspada: word 3-grams + anchors"]["precision"], 4),
            "word3_recall": round(scores["waspada: word 3-grams + anchors"]["recall"], 4),
            "indexed": timing["indexed"],
            "add_per_s": round(timing["add_per_s"]),
            "query_ms_p50": round(timing["query_ms_p50"], 3),
            "query_ms_p99": round(timing["query_ms_p99"], 3),
        }
    )


if __name__ == "__main__":
    main()
