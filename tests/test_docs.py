"""The documentation states the same numbers the code uses."""

from __future__ import annotations

import re
from pathlib import Path

from waspada.engine import AWAS_FROM, SIAGA_FROM, WASPADA_FROM

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_level_cutoffs_in_docs_match_the_engine() -> None:
    text = (DOCS / "levels.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| \*\*(\w+)\*\* \| ([^|]+) \|", text, re.MULTILINE))
    assert rows["Normal"].strip() == f"< {WASPADA_FROM:g}"
    assert rows["Waspada"].strip() == f"{WASPADA_FROM:g}–{SIAGA_FROM - 1:g}"
    assert rows["Siaga"].strip() == f"{SIAGA_FROM:g}–{AWAS_FROM - 1:g}"
    assert rows["Awas"].strip() == f"≥ {AWAS_FROM:g}"


def test_every_doc_the_readme_links_exists() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\((docs/[^)]+)\)", readme):
        assert (DOCS.parent / target).exists(), target
