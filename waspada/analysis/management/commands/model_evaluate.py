from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from waspada.analysis.adapter import load_model
from waspada.analysis.management.commands._modelargs import add_file_arguments, heads_from, metrics_table, read_files
from waspada.analysis.models import ModelVersion
from waspada.analysis.selectors import model_version_active, model_version_get
from waspada.engine.learn.datasets import seed_examples
from waspada.engine.learn.evaluate import cross_validate, evaluate


class Command(BaseCommand):
    help = (
        "Evaluate a text model version (waspada model evaluate): the active one, or --model NAME:VERSION, on "
        "FILE (.csv/.jsonl, columns as for training) or on the seed corpus's test split; per question the "
        "figures of the combined output, the rules alone and the model alone. The figures are stored with the "
        "version. --cv K instead cross-validates the training itself on FILE (folds fixed by --seed)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        add_file_arguments(parser)
        parser.add_argument("--model", metavar="NAME:VERSION", help="the version to evaluate (default: the active one)")
        parser.add_argument("--cv", type=int, metavar="K", help="K-fold cross-validation of training on FILE")
        parser.add_argument("--seed", type=int, default=0, help="seed of the cross-validation folds")
        parser.add_argument("--json", action="store_true", help="print the whole evaluation as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        heads = heads_from(options)
        examples = read_files(options, lambda message: self.stderr.write(f"dilewati: {message}"))
        if options["cv"]:
            if not examples:
                raise CommandError("Validasi silang memerlukan berkas berlabel.")
            if options["cv"] < 2:
                raise CommandError("--cv memerlukan K ≥ 2.")
            result = cross_validate(examples, heads=heads, folds=options["cv"], seed=options["seed"])
            self._print_cv(result, options["json"])
            return
        version = self._version(options["model"])
        model = load_model(version)
        if model is None:
            raise CommandError(f"Berkas model {version.ref} hilang atau rusak ({version.path}).")
        source = ", ".join(options["files"]) if examples else "korpus benih (bagian uji)"
        if not examples:
            examples = seed_examples("test")
        result = {
            "source": source,
            "evaluated_at": timezone.now().isoformat(timespec="seconds"),
            **evaluate(examples, model, heads=[h for h in heads if h in model.heads]),
        }
        evaluations = dict(version.metrics.get("evaluations", {}))
        evaluations[source] = result
        version.metrics = {**version.metrics, "evaluations": evaluations}
        version.save(update_fields=["metrics"])
        if options["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False))
            return
        self.stdout.write(f"Model {version.ref} pada {source} ({result['examples']} teks):")
        for line in metrics_table(result):
            self.stdout.write(f"  {line}")

    def _version(self, ref: str | None) -> ModelVersion:
        version = model_version_get(ref) if ref else model_version_active()
        if version is None:
            raise CommandError(
                f"Versi {ref!r} tidak dikenal (lihat waspada model list)."
                if ref
                else "Belum ada versi model yang aktif."
            )
        return version

    def _print_cv(self, result: dict[str, Any], as_json: bool) -> None:
        if as_json:
            self.stdout.write(json.dumps(result, ensure_ascii=False))
            return
        self.stdout.write(
            f"Validasi silang {result['folds']} lipatan (seed {result['seed']}), {result['examples']} teks:"
        )
        for head, systems in result["summary"].items():
            for system, figures in systems.items():
                shown = ", ".join(f"{key} {v['mean']:.3f} ± {v['std']:.3f}" for key, v in figures.items())
                self.stdout.write(f"  {head:<11} {system:<9} {shown}")
