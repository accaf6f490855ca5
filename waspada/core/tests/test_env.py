from __future__ import annotations

from pathlib import Path

import pytest

from waspada.core.env import ImproperlyConfiguredEnv, database_from_url, env_bool, env_int


def test_sqlite_urls_are_relative_to_the_project_or_absolute() -> None:
    base = Path("/srv/waspada")
    assert database_from_url("sqlite:///var/db.sqlite3", base_dir=base)["NAME"] == "/srv/waspada/var/db.sqlite3"
    assert database_from_url("sqlite:////data/db.sqlite3", base_dir=base)["NAME"] == "/data/db.sqlite3"
    options = database_from_url("sqlite:///x", base_dir=base)["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"  # type: ignore[index]
    assert "journal_mode=WAL" in options["init_command"]  # type: ignore[index]


def test_postgres_url_with_a_unix_socket() -> None:
    db = database_from_url("postgres://postgres@/waspada?host=/tmp/pg", base_dir=Path("."))
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["USER"], db["HOST"]) == ("waspada", "postgres", "/tmp/pg")


def test_postgres_url_with_password_and_port() -> None:
    db = database_from_url("postgresql://u:p%40ss@db.local:5433/w", base_dir=Path("."))
    assert (db["USER"], db["PASSWORD"], db["HOST"], db["PORT"], db["NAME"]) == (
        "u",
        "p@ss",
        "db.local",
        "5433",
        "w",
    )


def test_unknown_database_scheme_fails_loudly() -> None:
    with pytest.raises(ImproperlyConfiguredEnv, match="mysql"):
        database_from_url("mysql://x/y", base_dir=Path("."))


def test_typed_readers_refuse_nonsense(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_BOOL", "mungkin")
    monkeypatch.setenv("X_INT", "delapan")
    with pytest.raises(ImproperlyConfiguredEnv):
        env_bool("X_BOOL", False)
    with pytest.raises(ImproperlyConfiguredEnv):
        env_int("X_INT", 1)
    monkeypatch.setenv("X_BOOL", "ya")
    assert env_bool("X_BOOL", False) is True
