"""The one door between the Django apps and the engine: builds the engine from the database, once per process.

The pipeline uses the active text model version (``ModelVersion``); when none is recorded yet, the default
model trained on the seed corpus is loaded (or trained, the first time, and written under
``WASPADA_MODEL_DIR``), registered and activated. ``WASPADA_TEXT_MODEL=none`` turns the model
off: the lexicon classifier then answers alone.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from django.conf import settings

from waspada.analysis.models import ModelVersion
from waspada.analysis.selectors import model_version_active, models_dir
from waspada.engine import Gazetteer, GazetteerEntry, Pipeline
from waspada.engine.learn.model import ModelError, TextModel
from waspada.regions.models import Region, RegionAlias

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_pipeline: Pipeline | None = None
_gazetteer: Gazetteer | None = None
_gazetteer_key: tuple[int, int] | None = None
_model: TextModel | None = None
_model_key: tuple[int, str] | None = None
_default_failed = False


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


def text_model_enabled() -> bool:
    return settings.WASPADA_TEXT_MODEL.lower() != "none"


def _active_version() -> ModelVersion | None:
    global _default_failed
    if not text_model_enabled():
        return None
    version = model_version_active()
    if version is None and not _default_failed:
        from waspada.analysis.services import model_default_ensure

        try:
            version = model_default_ensure()
        except (ModelError, OSError, ValueError):
            # analysis goes on with the lexicon alone; this process does not try (and train) again
            _default_failed = True
            logger.exception("the default text model cannot be prepared; the lexicon classifier answers alone")
    return version


def load_model(version: ModelVersion) -> TextModel | None:
    """The artefact of a version, or None (and an error in the log) when its files are missing or damaged."""
    try:
        return TextModel.from_path(Path(models_dir()) / version.path)
    except ModelError:
        logger.exception("model %s cannot be loaded; the lexicon classifier answers alone", version.ref)
        return None


def get_pipeline() -> Pipeline:
    global _pipeline, _gazetteer, _gazetteer_key, _model, _model_key
    key = _current_key()
    version = _active_version()
    model_key = (version.pk, version.path) if version is not None else None
    with _lock:
        rebuild = _pipeline is None
        if _gazetteer is None or key != _gazetteer_key:
            _gazetteer, _gazetteer_key, rebuild = _gazetteer_from_database(), key, True
        if model_key != _model_key:
            _model = load_model(version) if version is not None else None
            _model_key, rebuild = model_key, True
        if rebuild or _pipeline is None:
            _pipeline = Pipeline(_gazetteer, model=_model)
        return _pipeline


def reset_pipeline() -> None:
    global _pipeline, _gazetteer, _gazetteer_key, _model, _model_key, _default_failed
    with _lock:
        _default_failed = False
        _pipeline = None
        _gazetteer = None
        _gazetteer_key = None
        _model = None
        _model_key = None
