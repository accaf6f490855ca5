"""The held-out check sets in ``bench/data`` stay well-formed and apart from the training data."""

from __future__ import annotations

import json
from pathlib import Path

from waspada.engine.data.seed_corpus import load_seed_corpus

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"
KINDS = {"upacara", "olahraga", "festival", "pencegahan", "investasi", "lain", "konflik"}


def test_the_relevance_check_set_is_well_formed_and_never_in_the_seed_corpus() -> None:
    rows = [json.loads(line) for line in (DATA / "relevance_check.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 270
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "relevant", "kind", "style", "text"}
        assert row["kind"] in KINDS
        assert row["relevant"] is (row["kind"] == "konflik")
        assert 40 <= len(row["text"]) <= 700
    seed = "\n".join(f"{e.title}\n{e.text}".lower() for e in load_seed_corpus())
    # no check text, nor any 60-character piece of one, was used to train the default model
    for row in rows:
        text = row["text"].lower()
        pieces = {text[i : i + 60] for i in range(0, max(1, len(text) - 60), 30)}
        assert not any(piece in seed for piece in pieces), row["id"]
