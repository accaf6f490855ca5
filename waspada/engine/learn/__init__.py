"""Trainable text models: hashed n-gram features, linear heads, calibrated probabilities, artefacts.

The modules: ``hashing`` and ``features`` (the feature space), ``linear`` (heads and Platt scaling),
``pooling`` (rules and model combined), ``model`` (``TextModel`` and its artefact), ``train``,
``evaluate``, ``datasets`` (CSV/JSONL and the seed corpus) and ``default`` (the model that ships).
This package imports only the first ones: ``train`` and after depend on the lexicon classifier, which
depends on ``model``. Typical use::

    from waspada.engine.learn.train import train_model
    model = train_model(read_labelled(path), name="waspada", version="v20261130")
    model.to_path(models_dir / model.name / model.version)
    Pipeline(gazetteer, model=TextModel.from_path(models_dir / "waspada" / "v20261130"))
"""

from waspada.engine.learn.features import DocFeatures, FeatureSpace, FeatureSpec, feature_text, hash_texts
from waspada.engine.learn.model import (
    ARTEFACT_FORMAT,
    HEADS,
    Contribution,
    DocScores,
    Head,
    ModelError,
    TextModel,
)

__all__ = [
    "ARTEFACT_FORMAT",
    "HEADS",
    "Contribution",
    "DocFeatures",
    "DocScores",
    "FeatureSpace",
    "FeatureSpec",
    "Head",
    "ModelError",
    "TextModel",
    "feature_text",
    "hash_texts",
]
