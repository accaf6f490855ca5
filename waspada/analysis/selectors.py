"""Reads for the analysis app: which text model versions exist and which one is in use."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.db import DatabaseError
from django.db.models import QuerySet

from waspada.analysis.models import ModelVersion


def models_dir() -> Path:
    """Where model artefacts live: ``WASPADA_MODEL_DIR/<name>/<version>/`` (default ``DATA_DIR/models``)."""
    return Path(settings.WASPADA_MODEL_DIR)


def model_version_list() -> QuerySet[ModelVersion]:
    return ModelVersion.objects.all()


def model_version_active() -> ModelVersion | None:
    return ModelVersion.objects.filter(active=True).first()


def model_version_active_if_any() -> ModelVersion | None:
    """The active version, or None when the database has no table for it yet (before ``migrate``)."""
    try:
        return model_version_active()
    except DatabaseError:
        return None


def model_version_get(ref: str) -> ModelVersion | None:
    """``name:version``, or a bare ``version`` when only one model has it."""
    name, _, version = ref.rpartition(":")
    found = ModelVersion.objects.filter(version=version)
    if name:
        found = found.filter(name=name)
    matches = list(found[:2])
    return matches[0] if len(matches) == 1 else None


def model_version_previous() -> ModelVersion | None:
    """The version that was active before the current one: the target of a rollback."""
    return (
        ModelVersion.objects.filter(active=False, activated_at__isnull=False).order_by("-activated_at", "-pk").first()
    )
