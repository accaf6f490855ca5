"""Stand-ins for the providers in the messaging-channel stories: a local HTTP server, signing, the task queue."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from waspada.audit.models import AuditEvent
from waspada.intake.models import InboundMessage, OutboundMessage, Report

SMS_SECRET = "rahasia-gateway-sms-yang-panjang"
TELEGRAM_SECRET = "rahasia_webhook-telegram"
TELEGRAM_TOKEN = "123456:ABC-token-bot-uji"
WHATSAPP_APP_SECRET = "rahasia-aplikasi-meta"
WHATSAPP_VERIFY_TOKEN = "token-verifikasi-waspada"
WHATSAPP_ACCESS_TOKEN = "EAAG-token-akses-uji"
WHATSAPP_PHONE_NUMBER_ID = "109876543210"

XSS = "<script>alert('xss')</script><img src=x onerror=alert(1)>"
SQL = "'; DROP TABLE intake_report; -- OR 1=1"
TEN_MEGABYTES = b"a" * (10 * 1024 * 1024)


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Raw:
    """An answer that is not JSON (a photo, an HTML page), possibly slow, possibly without a Content-Length."""

    data: bytes
    content_type: str = "application/octet-stream"
    delay: float = 0.0
    declare_length: bool = True


class FakeProvider:
    """A local HTTP server standing in for the Telegram Bot API, the WhatsApp Graph API or an SMS gateway.

    It answers each request (GET or POST) with the next queued (status, JSON or `Raw`, headers) or, when none is
    queued, `default`.
    """

    def __init__(self, default: tuple[int, Any] = (200, {"ok": True})) -> None:
        self.requests: list[Recorded] = []
        self.answers: deque[tuple[int, Any, dict[str, str]]] = deque()
        self.default = default
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self._answer("POST", body)

            def do_GET(self) -> None:
                self._answer("GET", b"")

            def _answer(self, method: str, body: bytes) -> None:
                provider.requests.append(Recorded(method, self.path, dict(self.headers.items()), body))
                status, answer, headers = provider.answers.popleft() if provider.answers else (*provider.default, {})
                raw = answer if isinstance(answer, Raw) else Raw(json.dumps(answer).encode(), "application/json")
                if raw.delay:
                    time.sleep(raw.delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", raw.content_type)
                    if raw.declare_length:
                        self.send_header("Content-Length", str(len(raw.data)))
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(raw.data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout, a size cap): that is what the test is about

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def answer(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        self.answers.append((status, body, headers or {}))

    def __enter__(self) -> FakeProvider:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def hmac_hex(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def sms_headers(body: bytes, *, secret: str = SMS_SECRET, stamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if stamp is None else stamp)
    return {"X-Waspada-Timestamp": ts, "X-Waspada-Signature": "sha256=" + hmac_hex(secret, body + ts.encode())}


def whatsapp_headers(body: bytes, *, secret: str = WHATSAPP_APP_SECRET) -> dict[str, str]:
    return {"X-Hub-Signature-256": "sha256=" + hmac_hex(secret, body)}


def run_queued_replies() -> int:
    """Do what a db_worker does with the queued reply tasks; returns how many ran."""
    return run_queued("waspada.intake.tasks.send_outbound_message")


def run_queued_media_fetches() -> int:
    """Do what a db_worker does with the queued media fetches, a retry's pause taken as over; how many ran."""
    return run_queued("waspada.intake.tasks.fetch_inbound_media")


def run_queued(task_path: str) -> int:
    from django_tasks_db.models import DBTaskResult

    ran = 0
    for row in DBTaskResult.objects.filter(status="READY", task_path=task_path).order_by("enqueued_at"):
        row.delete()
        row.task.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])
        ran += 1
    return ran


def stored_state() -> tuple[list[Any], ...]:
    """Everything intake holds, to prove a refused request changed nothing."""
    return (
        list(Report.objects.order_by("pk").values()),
        list(InboundMessage.objects.order_by("pk").values()),
        list(OutboundMessage.objects.order_by("pk").values()),
        list(AuditEvent.objects.order_by("pk").values("pk")),
    )
