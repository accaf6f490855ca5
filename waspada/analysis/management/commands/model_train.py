from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from waspada.analysis.management.commands._modelargs import add_file_arguments, heads_from, metrics_table, read_files
from waspada.analysis.models import AnalysisCorrection
from waspada.analysis.selectors import models_dir
from waspada.analysis.services import model_default_ensure, model_version_register
from waspada.engine.learn.datasets import FIELDS, examples_from_rows, seed_examples
from waspada.engine.learn.evaluate import evaluate
from waspada.engine.learn.model import ModelError, check_name
from waspada.engine.learn.train import LabelledText, train_model, with_metrics


class Command(BaseCommand):
    help = (
        "Train a text model version and record it (waspada model train). Without FILE: on the seed corpus's "
        "training split; with FILE (.csv/.jsonl with a text column and any of relevant, domain, category, "
        "severity, provocation, hoax — see docs/models.md): on those files, plus the seed corpus with "
        "--with-seed. Analysts' corrections stored in the app are always added (--without-corrections leaves "
        "them out). The version is evaluated on --evaluate "
        "FILE, or on the seed corpus's test split when the seed corpus was used; the figures are stored with it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        add_file_arguments(parser)
        parser.add_argument("--name", default="waspada", help="model name (default: waspada)")
        parser.add_argument("--model-version", help="version name (default: v<time>, e.g. v20261130T081200)")
        parser.add_argument("--with-seed", action="store_true", help="add the seed corpus's training split to FILE")
        parser.add_argument(
            "--without-corrections", action="store_true", help="leave out the analysts' corrections stored in the app"
        )
        parser.add_argument("--evaluate", metavar="FILE", action="append", default=[], help="evaluate on FILE")
        parser.add_argument("--activate", action="store_true", help="use this version for analysis from now on")
        parser.add_argument(
            "--default",
            action="store_true",
            help="only make sure the default seed-corpus model exists (train it if missing) and is recorded",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        self._verbosity = int(options["verbosity"])
        if options["default"]:
            started = time.monotonic()
            default = model_default_ensure(progress=self._say)
            state = "aktif" if default.active else "tidak aktif"
            self.stdout.write(f"Model bawaan {default.ref} siap ({state}) dalam {time.monotonic() - started:.1f} s.")
            return
        heads = heads_from(options)
        examples, sources, seed_used = self._examples(options)
        if not examples:
            raise CommandError("Tidak ada teks berlabel untuk dilatih.")
        version = options["model_version"] or f"v{timezone.now():%Y%m%dT%H%M%S}"
        try:
            check_name(options["name"])
            check_name(version, "version")
        except ModelError as exc:
            raise CommandError(str(exc)) from exc
        path = models_dir() / options["name"] / version
        if path.exists():
            raise CommandError(f"Versi {options['name']}:{version} sudah ada ({path}).")

        started = time.monotonic()
        try:
            model = train_model(
                examples,
                name=options["name"],
                version=version,
                heads=heads,
                source=" + ".join(sources),
                progress=self._say,
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        trained = time.monotonic() - started
        metrics: dict[str, Any] = {}
        if options["evaluate"]:
            held_out = read_files({**options, "files": options["evaluate"]}, self._warn)
            metrics["evaluation"] = {"source": ", ".join(options["evaluate"]), **evaluate(held_out, model, heads=heads)}
        elif seed_used:
            metrics["seed_test"] = {
                "source": "korpus benih (bagian uji)",
                **evaluate(seed_examples("test"), model, heads=heads),
            }
        model = with_metrics(model, metrics)
        model.to_path(path)
        recorded = model_version_register(model=model, path=path, activate=options["activate"], actor_label="cli")

        self.stdout.write(
            f"Model {recorded.ref}: {len(examples)} teks, {model.space.size:,} fitur, "
            f"pertanyaan {', '.join(model.heads)}; dilatih dalam {trained:.1f} s → {path}"
        )
        for evaluation in metrics.values():
            self.stdout.write(f"Evaluasi pada {evaluation['source']} ({evaluation['examples']} teks):")
            for line in metrics_table(evaluation):
                self.stdout.write(f"  {line}")
        if recorded.active:
            self.stdout.write(f"Versi {recorded.ref} kini aktif.")
        else:
            self.stdout.write(f"Aktifkan dengan: waspada model activate {recorded.ref}")

    def _examples(self, options: dict[str, Any]) -> tuple[list[LabelledText], list[str], bool]:
        examples = read_files(options, self._warn)
        sources = list(options["files"])
        use_seed = options["with_seed"] or not options["files"]
        if use_seed:
            examples.extend(seed_examples("train"))
            sources.append("korpus benih (bagian latih)")
        corrections = [] if options["without_corrections"] else corrections_as_examples()
        if corrections:
            examples.extend(corrections)
            sources.append(f"{len(corrections)} koreksi analis")
        return examples, sources, use_seed

    def _say(self, message: str) -> None:
        if self._verbosity >= 1:
            self.stderr.write(message)

    def _warn(self, message: str) -> None:
        self.stderr.write(f"dilewati: {message}")


def corrections_as_examples() -> list[LabelledText]:
    """Analysts' corrections as labelled texts: rows of ``analysis.AnalysisCorrection`` (see docs/models.md).

    A row gives the text and title as they were when corrected, and any of the label fields; a label the
    analyst did not set stays unknown.
    """
    rows = []
    # A correction keeps its own title and text, and its group (`AnalysisCorrection.group`): no report is read.
    for correction in AnalysisCorrection.objects.iterator():
        row: dict[str, Any] = {field: getattr(correction, field, None) for field in FIELDS}
        rows.append({k: v for k, v in row.items() if v not in (None, "")})
    try:
        return examples_from_rows(rows)
    except (TypeError, ValueError) as exc:
        raise CommandError(f"Koreksi analis tidak terbaca: {exc}") from exc
