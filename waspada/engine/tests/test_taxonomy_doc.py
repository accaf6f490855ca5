"""docs/taxonomy.md lists exactly the engine's categories, with the same labels and default bidang."""

from __future__ import annotations

import re
from pathlib import Path

from waspada.engine.classify.taxonomy import DOMAINS, TAXONOMY

DOC = Path(__file__).resolve().parents[3] / "docs" / "taxonomy.md"
ROW = re.compile(r"^\| `(\w+)` \| ([^|]+) \| ([^|]+) \|", re.MULTILINE)


def test_the_table_equals_the_taxonomy() -> None:
    rows = {code: (label.strip(), domain.strip()) for code, label, domain in ROW.findall(DOC.read_text("utf-8"))}
    expected = {c.code: (c.label, c.domain or "—") for c in TAXONOMY.values()}
    assert rows == expected


def test_every_category_has_a_section_with_examples_in_and_out() -> None:
    text = DOC.read_text("utf-8")
    for code, category in TAXONOMY.items():
        heading = f"### `{code}` — {category.label}"
        assert heading in text, heading
        if code == "lainnya":
            continue
        section = text.split(heading, 1)[1].split("\n### ", 1)[0]
        assert "* In:" in section and "* Out:" in section, code
        assert f"({category.domain})" in section.splitlines()[0], code


def test_the_snpk_issue_types_are_all_mapped() -> None:
    text = DOC.read_text("utf-8")
    for issue in ("sumber daya", "tata kelola pemerintahan", "pemilihan dan jabatan", "identitas"):
        assert f"| {issue} (" in text, issue
    for issue in ("main hakim sendiri", "separatisme"):
        assert f"| {issue} " in text, issue
    assert set(DOMAINS) >= {c.domain for c in TAXONOMY.values() if c.domain}
