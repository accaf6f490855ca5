"""A real Waspada started with `waspada run` in a subprocess, on its own database, for end-to-end tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Server:
    url: str
    env: dict[str, str]
    process: subprocess.Popen[bytes]
    log: Path

    def waspada(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "waspada.cli", *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=check,
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def separate_database(tmp: Path) -> Iterator[str]:
    """A fresh database of the kind the suite runs on: a new SQLite file, or a new PostgreSQL database."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{tmp / 'waspada.sqlite3'}"
        return
    import psycopg

    name = f"waspada_e2e_{uuid.uuid4().hex[:10]}"
    parsed = urlparse(url)
    admin = psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunparse(parsed._replace(path=f"/{name}"))
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@contextmanager
def running_waspada(
    tmp: Path,
    *,
    database_url: str | None = None,
    demo_users: bool = True,
    extra_env: dict[str, str] | None = None,
) -> Iterator[Server]:
    """`waspada run` on `database_url` (a fresh one when None), stopped with SIGINT on exit."""
    if database_url is None:
        with (
            separate_database(tmp) as fresh,
            running_waspada(tmp, database_url=fresh, demo_users=demo_users, extra_env=extra_env) as server,
        ):
            yield server
        return
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "WASPADA_DATA_DIR": str(tmp / "var"),
        "PORT": str(port),
        "WASPADA_LOAD_DEMO": "false",
        "WASPADA_WEB_WORKERS": "1",
        # Trained once for the whole suite, not once per test server.
        "WASPADA_MODEL_DIR": str(ROOT / "var" / "models"),
        "PYTHONUNBUFFERED": "1",
        **(extra_env or {}),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    log = tmp / f"server-{port}.log"
    if demo_users:
        for command in (["migrate", "-v0"], ["regions_load", "-v0"], ["demo", "--users-only", "-v0"]):
            subprocess.run([sys.executable, "-m", "waspada.cli", *command], env=env, check=True, cwd=ROOT)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "waspada.cli", "run"], env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT
        )
    server = Server(url=f"http://127.0.0.1:{port}", env=env, process=process, log=log)
    try:
        wait_until_healthy(server)
        yield server
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_until_healthy(server: Server, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"waspada run exited early:\n{server.log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(f"{server.url}/api/v1/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"waspada run did not become healthy:\n{server.log.read_text(errors='replace')[-3000:]}")
