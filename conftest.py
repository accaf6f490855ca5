"""Shared fixtures: the gazetteer loaded once per test database, and the personas of our stories."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from waspada.accounts.enums import Role

# The public datasets beside the repository (read-only; never copied into it).
SHARED_DATA = Path(__file__).resolve().parent.parent / "shared" / "data"

PASSWORD = "sandi-uji-yang-panjang"  # noqa: S105 — test personas only


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> None:
    """Every test database holds the whole Indonesian gazetteer (the alert rules come with the migrations)."""
    from waspada.regions.services import regions_load

    with django_db_blocker.unblock():
        regions_load()


@pytest.fixture
def make_user(db: None) -> Callable[..., Any]:
    from waspada.accounts.models import User
    from waspada.regions.models import Region

    def make(username: str, role: str, region: str | None, **extra: Any) -> User:
        user = User.objects.create_user(username=username, password=PASSWORD, role=role, **extra)
        if region:
            user.regions.set([Region.objects.get(code=region)])
        return user

    return make


@pytest.fixture
def analis(make_user: Callable[..., Any]) -> Any:
    return make_user("analis", Role.ANALIS_PROVINSI, "64", first_name="Rina", last_name="Analis")


@pytest.fixture
def operator_kutim(make_user: Callable[..., Any]) -> Any:
    return make_user("operator.kutim", Role.OPERATOR, "64.08", first_name="Budi", last_name="Kutim")


@pytest.fixture
def operator_berau(make_user: Callable[..., Any]) -> Any:
    return make_user("operator.berau", Role.OPERATOR, "64.03", first_name="Sari", last_name="Berau")


@pytest.fixture
def fkdm_kutim(make_user: Callable[..., Any]) -> Any:
    return make_user("fkdm.kutim", Role.FKDM, "64.08", first_name="Anggota", last_name="FKDM")


@pytest.fixture
def kominda(make_user: Callable[..., Any]) -> Any:
    return make_user("kominda", Role.KOMINDA, "64", first_name="Analis", last_name="Kominda")


@pytest.fixture
def pimpinan(make_user: Callable[..., Any]) -> Any:
    return make_user("pimpinan", Role.PIMPINAN, "64", first_name="Kepala", last_name="Badan")


@pytest.fixture
def outsider(make_user: Callable[..., Any]) -> Any:
    """Staff of another province (Jawa Barat): sees nothing of Kalimantan Timur."""
    return make_user("luar", Role.ANALIS_PROVINSI, "32")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings: Any) -> None:
    # Argon2 is deliberately slow; the stories here are not about password strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def plain_static_files(settings: Any) -> None:
    # Hashed names need `collectstatic`, which `waspada run` does; in-process tests serve files as they are.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def own_ratelimit_cache(settings: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    # The rate-limit cache is a directory shared by every process of an installation; each test process gets its
    # own, so that a flood test on one xdist worker never counts (or clears) another worker's requests.
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {**settings.CACHES["ratelimit"], "LOCATION": str(tmp_path_factory.getbasetemp() / "ratelimit")},
    }
