"""Typed readers for environment variables; every one used is listed in docs/settings.md."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse


class ImproperlyConfiguredEnv(Exception):
    pass


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on", "ya"}:
        return True
    if value in {"0", "false", "no", "off", "tidak"}:
        return False
    raise ImproperlyConfiguredEnv(f"{name}={raw!r} is not a boolean (use true/false)")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfiguredEnv(f"{name}={raw!r} is not an integer") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfiguredEnv(f"{name}={value} must be at least {minimum}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [part.strip() for part in raw.split(",") if part.strip()]


def database_from_url(url: str, *, base_dir: Path) -> dict[str, object]:
    """Turn DATABASE_URL into a Django DATABASES entry (sqlite:///path or postgres://…)."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        # sqlite:///var/x.sqlite3 is relative to the project, sqlite:////abs/x.sqlite3 is absolute.
        raw_path = unquote(parsed.path)
        path = Path(raw_path[1:]) if raw_path.startswith("//") else base_dir / raw_path.lstrip("/")
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(path),
            # Opening a connection (WAL pragmas, Django's SQL functions) costs more than a small request:
            # each web thread and worker keeps its own.
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
            # temp_store: SQLite's statement journals stay in memory instead of a file created and unlinked in
            # /var/tmp for many inserts (four system calls each).
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    if parsed.scheme in {"postgres", "postgresql", "pgsql"}:
        query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
        host = query.pop("host", None) or (parsed.hostname or "")
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")) or "postgres",
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": host,
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": query,
        }
    raise ImproperlyConfiguredEnv(
        f"DATABASE_URL scheme {parsed.scheme!r} is not supported (use sqlite:/// or postgres://)"
    )


def parse_time_range(name: str, raw: str) -> tuple[dt.time, dt.time] | None:
    """`22:00-06:00` → (22:00, 06:00); empty → None. A range may wrap past midnight."""
    value = raw.strip()
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) != 2:
            raise ValueError
        start, end = (dt.time.fromisoformat(part.strip()) for part in parts)
    except ValueError:
        raise ImproperlyConfiguredEnv(
            f"{name}={raw!r} is not a time range (use HH:MM-HH:MM, e.g. 22:00-06:00)"
        ) from None
    if start == end:
        raise ImproperlyConfiguredEnv(f"{name}={raw!r} starts and ends at the same time")
    return start, end
