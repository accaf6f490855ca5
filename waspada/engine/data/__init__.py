"""Data that Waspada writes for itself: the labelled seed corpus of the default models."""

from waspada.engine.data.seed_corpus import SeedExample, load_seed_corpus, template_stem

__all__ = ["SeedExample", "load_seed_corpus", "template_stem"]
