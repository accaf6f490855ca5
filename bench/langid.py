"""Language identification: accuracy on Waspada's held-out check and on IndoNLU SmSA, and texts per second.

``bench/data/langid_check.jsonl`` (written for Waspada after the rules were tuned, never tuned on) holds
Indonesian news and chat, Malaysian Malay, English, Arabic, Chinese and texts with no words;
``langid_dev.jsonl`` is the set the rules were tuned on, shown for comparison. SmSA reviews (read in place
from ../shared/data) are colloquial Indonesian: the share labelled Indonesian is the figure that matters for
a system that reads Indonesian all day. Baselines measured in the same run: lingua alone (high accuracy,
Indonesian, Malay and English, as Waspada builds it) and the word lists alone (the former heuristic, kept
for one- and two-word texts).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from _common import ROOT, SHARED_DATA, parser, print_machine, print_table, result

from waspada.engine.text import langid, tokenize
from waspada.engine.text.langid import LANGID_VERSION, detect_language, detect_languages, lingua_detector

DATA = ROOT / "bench" / "data"
SMSA = SHARED_DATA / "indonlu-smsa"
LINGUA_CODES = {"INDONESIAN": "id", "MALAY": "ms", "ENGLISH": "en"}


def load(name: str) -> list[dict[str, Any]]:
    path = DATA / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def smsa(split: str, limit: int | None) -> list[str]:
    path = SMSA / f"{split}_preprocess.tsv"
    if not path.exists():
        return []
    texts = [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts[:limit] if limit else texts


def lingua_alone(text: str) -> str:
    words = langid._prepare(text)
    if not words:
        return "und"
    script = langid._script(words)  # Arabic and Chinese by script, as Waspada does, so only id/ms/en differ
    if script:
        return script
    language = lingua_detector().detect_language_of(text)
    return "und" if language is None else LINGUA_CODES[language.name]


def words_alone(text: str) -> str:
    words = langid._prepare(text)
    if not words:
        return "und"
    return langid._script(words) or langid._by_words(words)


METHODS: dict[str, Callable[[str], str]] = {
    "waspada": detect_language,
    "baseline: lingua alone": lingua_alone,
    "baseline: word lists alone": words_alone,
}


def accuracy(rows: Sequence[dict[str, Any]], method: Callable[[str], str]) -> tuple[float, dict[str, float]]:
    by_language: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for row in rows:
        by_language[row["lang"]] += 1
        right[row["lang"]] += method(row["text"]) == row["lang"]
    total = sum(right.values()) / max(1, len(rows))
    return total, {lang: right[lang] / n for lang, n in by_language.items()}


def throughput(texts: Sequence[str], repeat: int) -> tuple[float, float]:
    tokens = [tokenize(t) for t in texts]
    start = time.perf_counter()
    for _ in range(repeat):
        for words in tokens:
            detect_language(words)
    single = repeat * len(texts) / (time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(repeat):
        detect_languages(list(tokens))
    batch = repeat * len(texts) / (time.perf_counter() - start)
    return single, batch


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    print_machine()
    start = time.perf_counter()
    lingua_detector()
    print(f"langid {LANGID_VERSION}: lingua detector built in {time.perf_counter() - start:.1f} s")

    check, dev = load("langid_check.jsonl"), load("langid_dev.jsonl")
    reviews = smsa("test", 100 if args.smoke else None)
    rows = []
    figures: dict[str, dict[str, float]] = {}
    for name, method in METHODS.items():
        total, per = accuracy(check, method)
        dev_total, _ = accuracy(dev, method)
        indonesian = sum(method(t) == "id" for t in reviews) / max(1, len(reviews))
        figures[name] = {"check": total, "dev": dev_total, "smsa_id": indonesian, **per}
        rows.append([name, total, per.get("id", 0), per.get("ms", 0), per.get("en", 0), dev_total, indonesian])
    print(f"\ncheck set: {len(check)} texts {dict(Counter(r['lang'] for r in check))}; SmSA test: {len(reviews)}")
    print_table(["method", "check", "id", "ms", "en", "dev (tuned on)", "SmSA → id"], rows)

    short = [r["text"] for r in check if len(r["text"].split()) <= 3]
    joined = " ".join(reviews) or " ".join(r["text"] for r in check if r["lang"] == "id") * 20
    news = [joined[i : i + 600] for i in range(0, min(len(joined) - 600, 600 * 200), 600)]
    repeat = 2 if args.smoke else 20
    speed_rows = []
    speeds = {}
    for label, texts in (
        ("short texts (≤ 3 words)", short),
        ("600-character reports", news),
        ("SmSA reviews", reviews),
    ):
        single, batch = throughput(texts, repeat)
        speeds[label] = (single, batch)
        speed_rows.append([label, len(texts), single, batch])
    print()
    print_table(["texts", "n", "texts/s one at a time", "texts/s batch (detect_languages)"], speed_rows)
    result(
        {
            "benchmark": "langid",
            "smoke": args.smoke,
            "version": LANGID_VERSION,
            "check_accuracy": round(figures["waspada"]["check"], 4),
            "check_malay_recall": round(figures["waspada"].get("ms", 0.0), 4),
            "lingua_alone_check_accuracy": round(figures["baseline: lingua alone"]["check"], 4),
            "smsa_indonesian": round(figures["waspada"]["smsa_id"], 4),
            "lingua_alone_smsa_indonesian": round(figures["baseline: lingua alone"]["smsa_id"], 4),
            "report_600_per_s": round(speeds["600-character reports"][0]),
            "short_per_s": round(speeds["short texts (≤ 3 words)"][0]),
        }
    )


if __name__ == "__main__":
    main()
