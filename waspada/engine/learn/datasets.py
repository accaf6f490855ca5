"""Labelled texts from files (CSV or JSON lines) and from Waspada's own seed corpus.

Columns (CSV header or JSON keys), all but ``text`` optional, each label may be empty (= unknown):

=============  ======================================================================================
``text``       the text (required)
``title``      a title, read before the text as the pipeline reads a report
``relevant``   conflict relevance: 1/0, true/false, ya/tidak, yes/no
``domain``     bidang: ideologi, politik, ekonomi, sosial, budaya, hankam
``category``   a category code of ``docs/taxonomy.md`` (``lainnya`` for none)
``severity``   0 none, 1 tension/talk, 2 protest/dispute, 3 violence
``provocation`` provocation / hate speech: yes/no as above
``hoax``       hoax indication: yes/no as above
``group``      optional: rows with the same group (copies, one thread) stay in one fold
=============  ======================================================================================

Another dataset's columns are mapped with ``columns={"provocation": "HS", "text": "Tweet"}``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from waspada.engine.learn.train import LabelledText

FIELDS = ("text", "title", "relevant", "domain", "category", "severity", "provocation", "hoax", "group")
_TRUE = frozenset({"1", "true", "ya", "yes", "y", "benar"})
_FALSE = frozenset({"0", "false", "tidak", "no", "n", "salah", "bukan"})
MAX_FIELD = 1 << 20


class DatasetError(ValueError):
    """A file that cannot be read as labelled texts; the message names the file and the line."""


def read_labelled(
    path: Path,
    *,
    columns: Mapping[str, str] | None = None,
    encoding: str = "utf-8",
    skip_invalid: bool = False,
    errors: list[str] | None = None,
) -> list[LabelledText]:
    """Every row of a ``.csv`` or ``.jsonl``/``.ndjson``/``.json`` (one object per line) file.

    ``columns`` maps Waspada's field names to the file's. An invalid row raises ``DatasetError`` unless
    ``skip_invalid``, in which case its message goes to ``errors`` and the row is left out.
    """
    path = Path(path)
    mapping = {name: (columns or {}).get(name, name) for name in FIELDS}
    unknown = set(columns or {}) - set(FIELDS)
    if unknown:
        raise DatasetError(f"unknown fields {sorted(unknown)}; known: {', '.join(FIELDS)}")
    out: list[LabelledText] = []
    for line, row in _rows(path, encoding):
        try:
            out.append(_example(row, mapping))
        except (ValueError, TypeError) as exc:
            message = f"{path.name}: baris {line}: {exc}"
            if not skip_invalid:
                raise DatasetError(message) from exc
            if errors is not None:
                errors.append(message)
    return out


def _rows(path: Path, encoding: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            # The limit is process-wide: raise it when needed, never lower what another reader relies on.
            csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))
            with path.open(encoding=encoding, newline="") as handle:
                reader = csv.DictReader(handle)
                for row in reader:
                    yield reader.line_num, row
        elif suffix in (".jsonl", ".ndjson", ".json"):
            with path.open(encoding=encoding) as handle:
                for number, text in enumerate(handle, start=1):
                    if not text.strip():
                        continue
                    try:
                        row = json.loads(text)
                    except ValueError as exc:
                        raise DatasetError(f"{path.name}: baris {number}: bukan JSON ({exc})") from exc
                    if not isinstance(row, dict):
                        raise DatasetError(f"{path.name}: baris {number}: bukan objek JSON")
                    yield number, row
        else:
            raise DatasetError(f"{path.name}: use .csv or .jsonl")
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path.name}: not {encoding} ({exc}); give the encoding") from exc
    except OSError as exc:
        raise DatasetError(f"{path}: {exc.strerror or exc}") from exc


def _example(row: Mapping[str, Any], mapping: Mapping[str, str]) -> LabelledText:
    def value(name: str) -> Any:
        raw = row.get(mapping[name])
        if isinstance(raw, str):
            raw = raw.strip()
            return raw or None
        return raw

    text = value("text")
    if not isinstance(text, str):
        raise ValueError(f"kolom {mapping['text']!r} kosong atau bukan teks")
    title = value("title")
    group = value("group")
    return LabelledText(
        text=text,
        title=str(title) if title is not None else "",
        relevant=_flag(value("relevant"), "relevant"),
        domain=_text(value("domain"), "domain"),
        category=_text(value("category"), "category"),
        severity=_severity(value("severity")),
        provocation=_flag(value("provocation"), "provocation"),
        hoax=_flag(value("hoax"), "hoax"),
        group=str(group) if group is not None else None,
    )


def _flag(raw: Any, name: str) -> bool | None:
    if raw is None or isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str) and raw.lower() in _TRUE | _FALSE:
        return raw.lower() in _TRUE
    raise ValueError(f"{name} {raw!r} bukan ya/tidak (1/0, true/false)")


def _text(raw: Any, name: str) -> str | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ValueError(f"{name} {raw!r} bukan teks")
    return raw.lower()


def _severity(raw: Any) -> int | None:
    if raw is None:
        return None
    try:
        level = int(raw)
    except (TypeError, ValueError):
        level = -1
    if isinstance(raw, bool) or level not in (0, 1, 2, 3) or str(level) != str(raw).strip():
        raise ValueError(f"severity {raw!r} bukan 0–3")
    return level


def seed_examples(split: str | None = "train") -> list[LabelledText]:
    """Waspada's seed corpus (``waspada.engine.data``): ``split`` "train", "test", or None for both."""
    from waspada.engine.data.seed_corpus import load_seed_corpus, template_stem

    return [
        LabelledText(
            text=e.text,
            title=e.title,
            relevant=e.relevant,
            domain=e.domain,
            category=e.category,
            severity=e.severity,
            provocation=e.provocation,
            hoax=e.hoax,
            group=template_stem(e.id),
        )
        for e in load_seed_corpus()
        if split is None or e.split == split
    ]


def examples_from_rows(rows: Sequence[Mapping[str, Any]]) -> list[LabelledText]:
    """Labelled texts from mappings with Waspada's field names (e.g. rows of analysts' corrections)."""
    mapping = {name: name for name in FIELDS}
    return [_example(row, mapping) for row in rows]
