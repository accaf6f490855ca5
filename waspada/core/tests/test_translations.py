"""The English catalogue is complete and its compiled form is current."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES"


def _unquote(lines: str) -> str:
    return "".join(ast.literal_eval(part) for part in re.findall(r'"(?:[^"\\]|\\.)*"', lines))


def _po_entries() -> list[tuple[str, list[str], bool]]:
    """(msgid, msgstrs, fuzzy) for every entry but the header."""
    entries = []
    for block in (LOCALE / "django.po").read_text(encoding="utf-8").split("\n\n"):
        body = "\n".join(line for line in block.splitlines() if not line.startswith("#"))
        match = re.search(r"^msgid (.*?)(?=^msgid_plural|^msgstr)", body, re.MULTILINE | re.DOTALL)
        if not match:
            continue
        msgid = _unquote(match.group(1))
        strs = [
            _unquote(m) for m in re.findall(r"^msgstr(?:\[\d\])? (.*?)(?=^msgstr|\Z)", body, re.MULTILINE | re.DOTALL)
        ]
        if msgid:
            entries.append((msgid, strs, "#, fuzzy" in block))
    return entries


def test_every_message_has_an_english_translation_and_none_is_fuzzy() -> None:
    entries = _po_entries()
    assert len(entries) > 300
    assert [m for m, strs, _f in entries if not all(strs)] == []
    assert [m for m, _s, fuzzy in entries if fuzzy] == []


def test_the_compiled_catalogue_says_what_the_source_says() -> None:
    with (LOCALE / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = [
        msgid
        for msgid, strs, _fuzzy in _po_entries()
        if len(strs) == 1 and "\x04" not in msgid and compiled.gettext(msgid) != strs[0]
    ]
    assert stale == [], "run `make messages` (msgfmt) after editing the .po file"
