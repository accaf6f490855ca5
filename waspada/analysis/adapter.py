"""The one door between the Django apps and the engine: builds the engine from the database, once per process."""

from __future__ import annotations

import threading

from waspada.engine import Gazetteer, GazetteerEntry, Pipeline
from waspada.regions.models import Region, RegionAlias

_lock = threading.Lock()
_pipeline: Pipeline | None = None
_gazetteer_key: tuple[int, int] | None = None


def _gazetteer_from_database() -> Gazetteer:
    entries = [
        GazetteerEntry(code=code, name=name, level=level, parent_code=parent_id)
        for code, name, level, parent_id in Region.objects.values_list("code", "name", "level", "parent_id")
        .order_by()
        .iterator(chunk_size=20_000)
    ]
    aliases = dict(RegionAlias.objects.values_list("alias", "region_id"))
    return Gazetteer.from_entries(entries, aliases)


def _current_key() -> tuple[int, int]:
    # Cheap fingerprint: the gazetteer is rebuilt when regions or aliases are added or removed.
    return (Region.objects.count(), RegionAlias.objects.count())


def get_pipeline() -> Pipeline:
    global _pipeline, _gazetteer_key
    key = _current_key()
    with _lock:
        if _pipeline is None or key != _gazetteer_key:
            _pipeline = Pipeline(_gazetteer_from_database())
            _gazetteer_key = key
        return _pipeline


def reset_pipeline() -> None:
    global _pipeline, _gazetteer_key
    with _lock:
        _pipeline = None
        _gazetteer_key = None
