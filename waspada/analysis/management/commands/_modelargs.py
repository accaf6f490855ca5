"""What the model commands share: reading labelled files and printing figures."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from waspada.engine.learn.datasets import FIELDS, DatasetError, read_labelled
from waspada.engine.learn.evaluate import headline
from waspada.engine.learn.model import HEADS
from waspada.engine.learn.train import LabelledText

HEAD_NAMES = {
    "relevant": "relevansi",
    "domain": "bidang",
    "category": "kategori",
    "severity": "keparahan",
    "provocation": "provokasi",
    "hoax": "hoaks",
}


def add_file_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", help="labelled .csv or .jsonl files (columns: see docs/models.md)")
    parser.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"read FIELD from the file's COLUMN, e.g. --column provocation=HS (fields: {', '.join(FIELDS)})",
    )
    parser.add_argument("--encoding", default="utf-8", help="encoding of the files (e.g. latin-1)")
    parser.add_argument("--skip-invalid", action="store_true", help="leave out invalid rows instead of stopping")
    parser.add_argument("--provocation-only", action="store_true", help="only the provocation head")
    parser.add_argument("--heads", help=f"comma-separated heads (default: all of {','.join(HEADS)})")


def heads_from(options: dict[str, Any]) -> tuple[str, ...]:
    if options["provocation_only"]:
        return ("provocation",)
    if not options.get("heads"):
        return HEADS
    heads = tuple(h.strip() for h in options["heads"].split(",") if h.strip())
    unknown = set(heads) - set(HEADS)
    if unknown:
        raise CommandError(f"Pertanyaan tidak dikenal: {', '.join(sorted(unknown))} (pilih dari {', '.join(HEADS)})")
    return heads


def read_files(options: dict[str, Any], warn: Callable[[str], None]) -> list[LabelledText]:
    columns: dict[str, str] = {}
    for pair in options["column"]:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            raise CommandError(f"--column {pair!r}: tulis FIELD=COLUMN")
        columns[field.strip()] = column.strip()
    examples: list[LabelledText] = []
    for name in options["files"]:
        path = Path(name)
        if not path.is_file():
            raise CommandError(f"Berkas tidak ditemukan: {path}")
        errors: list[str] = []
        try:
            rows = read_labelled(
                path, columns=columns, encoding=options["encoding"], skip_invalid=options["skip_invalid"], errors=errors
            )
        except DatasetError as exc:
            raise CommandError(str(exc)) from exc
        for message in errors:
            warn(message)
        examples.extend(rows)
    return examples


def metrics_table(evaluation: dict[str, Any]) -> list[str]:
    """One line per head: n, then the headline figure of the combined output, the rules and the model."""
    lines = [f"{'pertanyaan':<11} {'n':>5}  {'gabungan':>9} {'aturan':>7} {'model':>7}   (F1 'ya' / F1 makro)"]
    for head, systems in evaluation.get("heads", {}).items():
        cells = [f"{headline(systems[s]):.3f}" if s in systems else "-" for s in ("combined", "rules", "model")]
        n = systems["combined"]["n"]
        lines.append(f"{HEAD_NAMES.get(head, head):<11} {n:>5}  {cells[0]:>9} {cells[1]:>7} {cells[2]:>7}")
    return lines


def summary_of(metrics: dict[str, Any], keys: Sequence[str] = ("relevant", "category", "severity")) -> str:
    """ "relevansi 0.95 · kategori 0.80 · keparahan 0.84" from the first evaluation stored with a version."""
    for evaluation in metrics.values():
        if isinstance(evaluation, dict) and "heads" in evaluation:
            parts = [
                f"{HEAD_NAMES[k]} {headline(evaluation['heads'][k]['combined']):.2f}"
                for k in keys
                if k in evaluation["heads"]
            ]
            return " · ".join(parts)
    return "-"
