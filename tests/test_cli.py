"""The `waspada` command line: the contract others script against."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from waspada.alerts.models import Alert
from waspada.cli import _command_argv
from waspada.intake.models import Report

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_two_word_commands_map_to_django_commands() -> None:
    assert _command_argv(["regions", "load"]) == ["regions_load"]
    assert _command_argv(["regions", "import-geojson", "f.geojson"]) == ["regions_import_geojson", "f.geojson"]
    assert _command_argv(["import", "reports", "x.jsonl"]) == ["import_reports", "x.jsonl"]
    assert _command_argv(["stats", "--json"]) == ["stats", "--json"]
    assert _command_argv(["migrate"]) == ["migrate"]


@pytest.mark.slow
def test_after_the_demo_stats_show_the_kaltim_situation_and_alerts_explain_themselves() -> None:
    run("demo", "--verbosity", "0")
    stats = json.loads(run("stats", "--json"))
    assert stats["reports"] >= 300
    assert stats["issues"] >= 1
    assert sum(stats["alerts"].values()) >= 1
    assert set(stats["alerts"]) == {"baru", "diakui", "ditindaklanjuti", "ditutup"}
    assert stats["regions_by_level"]["siaga"] >= 1
    assert sum(stats["regions_by_level"].values()) == 10
    assert stats["regions_by_level"]["normal"] >= 7, "ordinary calm elsewhere"

    alerts = json.loads(run("alerts", "--json"))
    assert alerts, "the developing issue raised at least one alert"
    for alert in alerts:
        assert set(alert) == {"id", "region_code", "level", "status", "rule", "created_at", "explanation"}
        assert alert["level"] in {"normal", "waspada", "siaga", "awas"}
        assert alert["explanation"]
    assert {a["region_code"] for a in alerts} == {"64.08"}
    # Loading the demo again adds nothing.
    before = Report.objects.count()
    run("demo", "--verbosity", "0")
    assert Report.objects.count() == before


def line(**fields: Any) -> str:
    base = {
        "external_id": "arsip-1",
        "channel": "news",
        "occurred_at": "2026-11-20T08:00:00+08:00",
        "received_at": "2026-11-20T09:00:00+08:00",
        "title": "Unjuk rasa buruh tambang di Bontang",
        "text": "Ratusan buruh berunjuk rasa di depan kantor perusahaan tambang di Bontang menolak PHK massal.",
        "region_code": "64.74",
        "source": "Arsip berita",
    }
    base.update(fields)
    return json.dumps(base)


def test_import_analyses_and_assesses_each_report_and_a_reimport_is_a_noop(tmp_path: Path) -> None:
    path = tmp_path / "arsip.jsonl"
    rows = [line(external_id=f"arsip-{i}", received_at=f"2026-11-20T1{i}:30:00+08:00") for i in range(1, 4)]
    path.write_text("\n".join(rows) + "\n\n")
    output = run("import_reports", str(path), "--verbosity", "0")
    assert "3 laporan diimpor" in output
    reports = Report.objects.order_by("received_at")
    assert [r.external_id for r in reports] == ["arsip-1", "arsip-2", "arsip-3"]
    assert all(r.analysis_status == "done" and r.severity == 2 and r.category for r in reports)
    # Three protests within a day in Bontang: the rule fires as of the third one's arrival.
    alert = Alert.objects.get(region_id="64.74")
    assert alert.raised_at.isoformat().startswith("2026-11-20T")
    output = run("import_reports", str(path), "--verbosity", "0")
    assert "0 laporan diimpor" in output and "3 sudah ada" in output
    assert Report.objects.count() == 3


@pytest.mark.parametrize(
    "bad_line",
    [
        "{not json",
        json.dumps(["a", "list"]),
        line(channel="merpati"),
        line(region_code="99.99"),
        line(occurred_at="kemarin sore"),
        line(title=""),
        line(text=12345),
        line(marking="sangat rahasia"),
        line(credibility=True),
        line(external_id="arsip-1"),  # duplicate of the first line
    ],
)
def test_an_invalid_line_stops_the_whole_import_with_its_line_number(tmp_path: Path, bad_line: str) -> None:
    path = tmp_path / "rusak.jsonl"
    path.write_text(line() + "\n" + bad_line + "\n")
    err = io.StringIO()
    with pytest.raises(CommandError, match="tidak ada yang diimpor"):
        call_command("import_reports", str(path), stdout=io.StringIO(), stderr=err)
    assert "baris 2" in err.getvalue()
    assert Report.objects.count() == 0


def test_bytes_that_are_not_utf8_and_oversized_lines_are_reported_not_stored(tmp_path: Path) -> None:
    path = tmp_path / "campur.jsonl"
    path.write_bytes(
        line().encode() + b"\n" + b'{"title": "\xff\xfe"}\n' + b'{"x": "' + b"a" * (1024 * 1024 + 10) + b'"}\n'
    )
    err = io.StringIO()
    call_command("import_reports", str(path), "--skip-invalid", stdout=io.StringIO(), stderr=err)
    assert "baris 2: bukan UTF-8" in err.getvalue()
    assert "baris 3: baris lebih dari 1 MB" in err.getvalue()
    assert list(Report.objects.values_list("external_id", flat=True)) == ["arsip-1"]


def test_dry_run_stores_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cek.jsonl"
    path.write_text(line() + "\n")
    assert "1 baris sah" in run("import_reports", str(path), "--dry-run")
    assert Report.objects.count() == 0
