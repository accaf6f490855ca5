"""Cleaning of text that arrives from outside, before anything stores it."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 control characters except tab and newline; NUL in particular breaks PostgreSQL text columns.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(value: str | None, *, max_length: int | None = None, single_line: bool = False) -> str:
    if not value:
        return ""
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = _LONE_SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
    if single_line:
        text = " ".join(text.split())
    text = text.strip()
    if max_length is not None:
        text = text[:max_length]
    return text
