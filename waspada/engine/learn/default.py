"""The default model: trained on the seed corpus's training split, the same way on every machine.

Its version is a hash of everything that decides its weights (the seed texts and labels, the training
settings, the lexicon it is pooled with, this package's version and scikit-learn's), so a directory of
that name is the model this code would train: found, it is loaded; missing, it is trained, evaluated on
the seed corpus's test split and written. Two processes that start together may both train; the second to
finish loads what the first wrote.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import sklearn

from waspada.engine.classify.classifier import LexiconClassifier
from waspada.engine.learn.datasets import seed_examples
from waspada.engine.learn.evaluate import evaluate
from waspada.engine.learn.model import MODEL_FILE, ModelError, TextModel
from waspada.engine.learn.train import LEARN_VERSION, TrainingSettings, data_hash, train_model, with_metrics

DEFAULT_NAME = "waspada"
SEED_SOURCE = "korpus benih Waspada (bagian latih)"


def default_version(settings: TrainingSettings | None = None, lexicon: LexiconClassifier | None = None) -> str:
    settings = settings or TrainingSettings()
    lexicon = lexicon or LexiconClassifier()
    key = json.dumps(
        {
            "data": data_hash(seed_examples("train")),
            "settings": settings.to_dict(),
            "lexicon": lexicon.version,
            "normalizer": lexicon.normalizer.version,
            "learn": LEARN_VERSION,
            "sklearn": sklearn.__version__,
        },
        sort_keys=True,
    )
    return f"seed-{hashlib.sha256(key.encode()).hexdigest()[:12]}"


def default_model_path(models_dir: Path, lexicon: LexiconClassifier | None = None) -> Path:
    return Path(models_dir) / DEFAULT_NAME / default_version(lexicon=lexicon)


def train_default_model(
    lexicon: LexiconClassifier | None = None, progress: Callable[[str], None] | None = None
) -> TextModel:
    lexicon = lexicon or LexiconClassifier()
    model = train_model(
        seed_examples("train"),
        name=DEFAULT_NAME,
        version=default_version(lexicon=lexicon),
        lexicon=lexicon,
        source=SEED_SOURCE,
        progress=progress,
    )
    return with_metrics(model, {"seed_test": evaluate(seed_examples("test"), model, lexicon)})


def default_model(
    models_dir: Path,
    lexicon: LexiconClassifier | None = None,
    progress: Callable[[str], None] | None = None,
) -> TextModel:
    """The default model under ``models_dir``, trained and written first if it is not there yet.

    When it cannot be written (a read-only installation), the trained model is returned all the same.
    """
    path = default_model_path(models_dir, lexicon)
    if (path / MODEL_FILE).exists():
        return TextModel.from_path(path)
    model = train_default_model(lexicon, progress)
    try:
        model.to_path(path)
    except (ModelError, OSError):
        if (path / MODEL_FILE).exists():  # another process wrote it first
            return TextModel.from_path(path)
    return model
