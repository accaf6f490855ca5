"""The model lifecycle on the command line: train, list, evaluate, activate, roll back; analysis follows."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from waspada.analysis.adapter import get_pipeline, reset_pipeline
from waspada.analysis.models import ModelVersion
from waspada.analysis.services import analysis_correct
from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel
from waspada.engine.tests.toy_corpus import toy_corpus
from waspada.intake.services import report_submit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def data_dir(settings: Any, tmp_path: Path) -> Iterator[Path]:
    settings.WASPADA_MODEL_DIR = tmp_path / "models"
    reset_pipeline()
    yield tmp_path
    reset_pipeline()


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def labelled_file(path: Path, copies: int = 3, seed: int = 7) -> Path:
    rows = []
    for example in toy_corpus(copies=copies, seed=seed):
        row = {k: v for k, v in asdict(example).items() if v is not None}
        rows.append(json.dumps(row, ensure_ascii=False))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def train(tmp_path: Path, version: str, *extra: str) -> str:
    data = labelled_file(tmp_path / f"latih-{len(list(tmp_path.iterdir()))}.jsonl")
    out, _ = run("model_train", str(data), "--name", "toy", "--model-version", version, "--verbosity", "0", *extra)
    return out


def test_training_from_a_file_records_a_version_with_its_figures(tmp_path: Path) -> None:
    held_out = labelled_file(tmp_path / "uji.jsonl", copies=2, seed=99)
    out = train(tmp_path, "v1", "--evaluate", str(held_out))
    assert "Model toy:v1" in out and "relevansi" in out
    version = ModelVersion.objects.get(name="toy", version="v1")
    assert not version.active, "a new version waits for activation"
    assert (tmp_path / "models" / version.path / "model.json").is_file()
    assert version.heads == ["relevant", "domain", "category", "severity", "provocation", "hoax"]
    evaluation = version.metrics["evaluation"]
    assert evaluation["examples"] == len(toy_corpus(copies=2))
    assert {"combined", "rules", "model"} <= set(evaluation["heads"]["relevant"])
    assert version.data_sha256 and "latih-" in version.source
    assert AuditEvent.objects.filter(action="model.register", object_id=str(version.pk)).exists()


def test_activation_switches_the_analysis_and_rollback_is_one_command(tmp_path: Path) -> None:
    train(tmp_path, "v1", "--activate")
    assert get_pipeline().versions["model"] == "toy:v1"
    train(tmp_path, "v2")
    out, _ = run("model_activate", "toy:v2")
    assert "toy:v2 kini aktif" in out
    assert get_pipeline().versions["model"] == "toy:v2"
    assert list(ModelVersion.objects.filter(active=True).values_list("version", flat=True)) == ["v2"]

    out, _ = run("model_activate", "--previous")
    assert "toy:v1 kini aktif" in out
    assert get_pipeline().versions["model"] == "toy:v1"
    activations = AuditEvent.objects.filter(action="model.activate").order_by("pk")
    assert [a.summary for a in activations] == ["- → toy:v1", "toy:v1 → toy:v2", "toy:v2 → toy:v1"]

    listing, _ = run("model_list")
    lines = listing.splitlines()
    assert lines[0].startswith("  toy:v2") and lines[1].startswith("* toy:v1")


def test_a_version_whose_files_are_gone_is_not_activated(tmp_path: Path) -> None:
    train(tmp_path, "v1")
    version = ModelVersion.objects.get(version="v1")
    for file in (tmp_path / "models" / version.path).iterdir():
        file.unlink()
    with pytest.raises(CommandError, match="tidak dapat diaktifkan"):
        run("model_activate", "toy:v1")
    assert not ModelVersion.objects.filter(active=True).exists()


def test_evaluate_reports_and_stores_figures_and_cross_validates(tmp_path: Path) -> None:
    train(tmp_path, "v1", "--activate")
    test_file = labelled_file(tmp_path / "uji.jsonl", copies=2, seed=5)
    out, _ = run("model_evaluate", str(test_file))
    assert "toy:v1" in out and "gabungan" in out
    stored = ModelVersion.objects.get(version="v1").metrics["evaluations"]
    assert str(test_file) in stored
    out, _ = run("model_evaluate", str(test_file), "--cv", "2", "--heads", "relevant", "--json")
    result = json.loads(out)
    assert result["folds"] == 2 and set(result["summary"]) == {"relevant"}


def test_provocation_only_from_another_datasets_columns(tmp_path: Path) -> None:
    path = tmp_path / "cuitan.csv"
    rows = ["Tweet,HS"] + [f'"{e.text}",{int(bool(e.provocation))}' for e in toy_corpus(copies=3)]
    path.write_text("\n".join(rows) + "\n", encoding="latin-1")
    run(
        "model_train",
        str(path),
        "--provocation-only",
        "--column",
        "text=Tweet",
        "--column",
        "provocation=HS",
        "--encoding",
        "latin-1",
        "--name",
        "provokasi",
        "--model-version",
        "v1",
        "--verbosity",
        "0",
    )
    assert ModelVersion.objects.get(name="provokasi").heads == ["provocation"]


def test_invalid_rows_stop_training_with_their_line_unless_skipped(tmp_path: Path) -> None:
    path = labelled_file(tmp_path / "rusak.jsonl")
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"text": "warga bentrok", "severity": 7}\n')
    lines = len(path.read_text().splitlines())
    with pytest.raises(CommandError, match=f"baris {lines}"):
        run("model_train", str(path), "--name", "toy", "--model-version", "v1")
    _, err = run(
        "model_train", str(path), "--name", "toy", "--model-version", "v1", "--skip-invalid", "--verbosity", "0"
    )
    assert f"baris {lines}: severity 7" in err
    assert ModelVersion.objects.filter(version="v1").exists()


def test_the_next_training_learns_from_the_analysts_corrections(tmp_path: Path, analis: Any) -> None:
    """A correction made on the report page is training data for the next `waspada model train`."""
    report = report_submit(
        channel=Channel.FIELD_REPORT,
        actor=analis,
        title="Tari perang di Festival Erau",
        text="Penampilan tari perang Dayak memeriahkan Festival Erau di Tenggarong; ribuan warga menonton.",
        region_code="64.02",
        enqueue_analysis=False,
    ).report
    analysis_correct(actor=analis, report=report, relevant=False, severity=0, note="acara budaya")
    train(tmp_path, "v1")
    assert "1 koreksi analis" in ModelVersion.objects.get(name="toy", version="v1").source
    train(tmp_path, "v2", "--without-corrections")
    assert "koreksi" not in ModelVersion.objects.get(name="toy", version="v2").source

    def training(version: str) -> dict[str, Any]:
        path = ModelVersion.objects.get(name="toy", version=version).path
        return dict(json.loads((tmp_path / "models" / path / "model.json").read_text())["training"])

    # the same file both times: the correction is the one more example, one more "not relevant"
    with_it, without = training("v1"), training("v2")
    assert with_it["examples"] == without["examples"] + 1
    not_relevant = [t["heads"]["relevant"]["classes"]["0"] for t in (with_it, without)]
    assert not_relevant[0] == not_relevant[1] + 1


def test_a_taken_version_name_is_refused(tmp_path: Path) -> None:
    train(tmp_path, "v1")
    with pytest.raises(CommandError, match="sudah ada"):
        train(tmp_path, "v1")
    with pytest.raises(CommandError, match="version"):
        train(tmp_path, "../luar")


def test_the_waspada_command_maps_the_model_verbs() -> None:
    from waspada.cli import _command_argv

    assert _command_argv(["model", "train", "x.csv"]) == ["model_train", "x.csv"]
    assert _command_argv(["model", "activate", "--previous"]) == ["model_activate", "--previous"]
    assert _command_argv(["model", "list"]) == ["model_list"]
    assert _command_argv(["model", "evaluate"]) == ["model_evaluate"]
    assert _command_argv(["analyze", "in.jsonl"]) == ["analyze", "in.jsonl"]


def test_without_a_writable_models_directory_analysis_goes_on_with_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from waspada.engine.learn import default
    from waspada.engine.tests.toy_corpus import toy_model

    (tmp_path / "models").write_text("not a directory")
    monkeypatch.setattr(default, "train_default_model", lambda lexicon, progress: toy_model())
    assert get_pipeline().versions["model"] == "-"
    assert not ModelVersion.objects.exists()


def test_with_no_version_recorded_the_default_model_is_loaded_recorded_and_activated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from waspada.engine.learn import default
    from waspada.engine.tests.toy_corpus import toy_model

    trained: list[int] = []

    def train_once(lexicon: Any, progress: Any) -> Any:
        trained.append(1)
        return toy_model()

    monkeypatch.setattr(default, "train_default_model", train_once)
    assert get_pipeline().versions["model"] == "toy:v1"  # the stand-in for the seed model
    version = ModelVersion.objects.get()
    assert version.active and version.path == f"waspada/{default.default_version()}"
    reset_pipeline()
    get_pipeline()
    assert trained == [1], "written once, loaded after"
