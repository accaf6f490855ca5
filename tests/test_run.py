"""`waspada run`: one command serves web, worker and scheduler; Ctrl-C stops them all; data survives restarts."""

from __future__ import annotations

import http.cookiejar
import json
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.server import Server, running_waspada, separate_database

pytestmark = pytest.mark.slow


class Session:
    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def csrf(self) -> str:
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        req = urllib.request.Request(f"{self.base}{path}", data=body, method=method, headers=headers or {})
        try:
            with self.opener.open(req, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def login(self, username: str, password: str) -> None:
        self.request("GET", "/masuk/")
        form = f"username={username}&password={password}&csrfmiddlewaretoken={self.csrf()}".encode()
        status, _ = self.request(
            "POST", "/masuk/", form, {"Content-Type": "application/x-www-form-urlencoded", "Referer": self.base}
        )
        assert status == 200  # followed the redirect to the dashboard

    def post_json(self, path: str, payload: dict[str, object], **headers: str) -> tuple[int, dict[str, object]]:
        status, body = self.request(
            "POST",
            path,
            json.dumps(payload).encode(),
            {"Content-Type": "application/json", "X-CSRFToken": self.csrf(), "Referer": self.base, **headers},
        )
        return status, json.loads(body)


def children_of(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


def submit_and_wait_for_analysis(server: Server) -> int:
    session = Session(server.url)
    session.login("operator.kutim", "waspada-demo")
    payload = {
        "title": "Warga blokade jalan perusahaan di Bengalon",
        "text": (
            "Sekitar 60 warga Desa Sepaso memblokade jalan hauling perusahaan sawit, "
            "menuntut penyelesaian sengketa lahan."
        ),
        "region_code": "64.08.09",
    }
    status, created = session.post_json("/api/v1/reports", payload, **{"Idempotency-Key": "uji-1"})
    assert status == 201
    status, again = session.post_json("/api/v1/reports", payload, **{"Idempotency-Key": "uji-1"})
    assert (status, again["id"]) == (200, created["id"])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        _, body = session.request("GET", f"/api/v1/reports/{created['id']}")
        report = json.loads(body)
        if report["analysis_status"] == "done":
            assert report["category"] == "sengketa_lahan" and report["severity"] == 2
            return int(created["id"])
        time.sleep(0.2)
    raise AssertionError("the background worker did not analyse the report within 30 s")


def test_run_serves_processes_stops_cleanly_and_keeps_data_across_restarts(tmp_path: Path) -> None:
    with separate_database(tmp_path) as database_url:
        _first_and_second_run(tmp_path, database_url)


def _first_and_second_run(tmp_path: Path, database_url: str) -> None:
    with running_waspada(tmp_path, database_url=database_url) as server:
        report_id = submit_and_wait_for_analysis(server)
        assert len(children_of(server.process.pid)) >= 3  # web, worker, scheduler
        parent = server.process.pid
        kids = children_of(parent)
        server.process.send_signal(signal.SIGINT)
        assert server.process.wait(timeout=30) == 0
        assert "Waspada berhenti." in server.log.read_text()
        time.sleep(0.5)
        alive = [pid for pid in kids if Path(f"/proc/{pid}").exists()]
        assert alive == [], f"children left running: {alive}"

    # Same data directory and database again: the report is still there.
    with running_waspada(tmp_path, database_url=database_url, demo_users=False) as restarted:
        session = Session(restarted.url)
        session.login("operator.kutim", "waspada-demo")
        status, body = session.request("GET", f"/api/v1/reports/{report_id}")
        assert status == 200 and json.loads(body)["analysis_status"] == "done"
        _stalled_uploads_hold_up_nobody(restarted)


def _stalled_uploads_hold_up_nobody(server: Server) -> None:
    """Phones on a weak connection send their reports slowly: more stalled uploads than the web server has Python
    threads (two processes of one thread by default) must not keep anyone else waiting."""
    host, port = urllib.parse.urlsplit(server.url).netloc.rsplit(":", 1)
    stalled = []
    try:
        for _ in range(4):
            connection = socket.create_connection((host, int(port)), timeout=10)
            connection.sendall(
                b"POST /api/v1/tips HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b'Content-Length: 200\r\n\r\n{"text": "Ada'
            )
            stalled.append(connection)
        started = time.monotonic()
        with urllib.request.urlopen(f"{server.url}/api/v1/health", timeout=10) as response:
            assert response.status == 200
        assert time.monotonic() - started < 2.0
    finally:
        for connection in stalled:
            connection.close()
