"""`waspada analyze`: JSON lines in, one analysis per line out, bad lines named and skipped."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from waspada.engine import ENGINE_VERSION
from waspada.engine.learn.model import TextModel
from waspada.engine.tests.toy_corpus import toy_model

pytestmark = pytest.mark.django_db

FIELDS = [
    "id",
    "language",
    "conflict_relevant",
    "conflict_score",
    "domain",
    "category",
    "severity",
    "provocation_score",
    "hoax_score",
    "locations",
    "primary_location",
    "explanation",
    "engine_version",
]

CLASH: dict[str, Any] = {
    "id": "lap-1",
    "title": "Bentrok di Samarinda",
    "text": "Bentrok antarwarga pecah di Kecamatan Sungai Kunjang, Samarinda; tiga orang luka-luka.",
    "published": "2026-11-20T08:00:00+08:00",
}
FESTIVAL: dict[str, Any] = {"id": 2, "title": "Festival Erau", "text": "Tari perang memukau wisatawan di Tenggarong."}


@pytest.fixture
def toy_active(settings: Any, tmp_path: Path) -> TextModel:
    """The toy model recorded as the active version, so that no seed model is trained here."""
    from waspada.analysis.services import model_version_register

    settings.WASPADA_MODEL_DIR = tmp_path / "models"
    model = toy_model()
    path = model.to_path(tmp_path / "models" / model.name / model.version)
    model_version_register(model=model, path=path, activate=True)
    return model


def analyze(*args: str, stdin: bytes | None = None) -> tuple[list[dict[str, Any]], str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        saved = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        try:
            call_command("analyze", *args, stdout=out, stderr=err)
        finally:
            sys.stdin = saved
    else:
        call_command("analyze", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_each_document_gets_exactly_the_contracts_fields(tmp_path: Path, toy_active: TextModel) -> None:
    path = tmp_path / "masuk.jsonl"
    path.write_text(json.dumps(CLASH) + "\n" + json.dumps(FESTIVAL) + "\n", encoding="utf-8")
    rows, err = analyze(str(path))
    assert [row["id"] for row in rows] == ["lap-1", 2]
    for row in rows:
        assert list(row) == FIELDS
        assert row["engine_version"] == ENGINE_VERSION
        assert row["severity"] in (0, 1, 2, 3) and isinstance(row["conflict_relevant"], bool)
        for place in row["locations"]:
            assert set(place) == {"code", "name", "level", "confidence"}
    clash, festival = rows
    assert clash["conflict_relevant"] and clash["category"] and clash["domain"]
    assert clash["primary_location"]["code"].startswith("64.72")
    assert any("toy:v1" in line["detail"] for line in clash["explanation"]), "the active model answered"
    assert not festival["conflict_relevant"] and festival["category"] is None and festival["severity"] == 0
    assert "2 dokumen dianalisis" in err and "dokumen/detik" in err and "0 baris ditolak" in err


def test_malformed_lines_are_named_on_stderr_and_the_rest_goes_on(toy_active: TextModel) -> None:
    lines = [
        json.dumps(CLASH).encode(),
        b"{bukan json",
        json.dumps(["daftar"]).encode(),
        json.dumps({"id": "x"}).encode(),
        json.dumps({"text": "tanpa id"}).encode(),
        b'{"id": "y", "text": "\xff\xfe"}',
        b"",
        json.dumps({"id": "z", "title": 5, "text": "judul angka"}).encode(),
        json.dumps(FESTIVAL).encode(),
    ]
    rows, err = analyze(stdin=b"\n".join(lines) + b"\n")
    assert [row["id"] for row in rows] == ["lap-1", 2]
    for number, reason in [
        (2, "bukan JSON"),
        (3, "bukan objek"),
        (4, "'text'"),
        (5, "'id'"),
        (6, "UTF-8"),
        (8, "'title'"),
    ]:
        assert f"baris {number}: " in err and reason in err
    assert "6 baris ditolak" in err


def test_several_processes_give_the_same_lines_in_the_same_order(tmp_path: Path, toy_active: TextModel) -> None:
    path = tmp_path / "banyak.jsonl"
    docs: list[dict[str, Any]] = [{**(CLASH if i % 2 else FESTIVAL), "id": f"a{i}"} for i in range(40)]
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    one, _ = analyze(str(path))
    two, err = analyze(str(path), "--workers", "2")
    assert two == one and len(one) == 40
    assert "2 proses" in err


def test_rules_alone_on_request(tmp_path: Path) -> None:
    path = tmp_path / "masuk.jsonl"
    path.write_text(json.dumps(CLASH) + "\n", encoding="utf-8")
    rows, err = analyze(str(path), "--no-model")
    assert "tanpa model" in err
    assert not any(line["component"].startswith("model") for line in rows[0]["explanation"])
    assert rows[0]["severity"] == 3


def test_without_the_model_table_the_default_model_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    from django.db import DatabaseError

    from waspada.analysis import selectors
    from waspada.analysis.management.commands import analyze as command

    def no_table() -> None:
        raise DatabaseError("no such table: analysis_modelversion")

    settings.WASPADA_MODEL_DIR = tmp_path / "models"
    monkeypatch.setattr(selectors, "model_version_active", no_table)
    monkeypatch.setattr(command, "default_model", lambda models_dir, lexicon: toy_model())
    path = tmp_path / "masuk.jsonl"
    path.write_text(json.dumps(CLASH) + "\n", encoding="utf-8")
    rows, err = analyze(str(path))
    assert "memuat model bawaan" in err and "toy:v1" in err
    assert len(rows) == 1
