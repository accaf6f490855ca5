"""A news site on 127.0.0.1 for the stories: feeds, pages and robots.txt served from memory, every request logged.

Never the internet: each test gets its own server (stdlib http.server in a thread) and says what it serves.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

import pytest


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds of silence before the headers
    drip: float = 0.0  # seconds between 64-byte pieces of the body
    send_length: bool = True


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]


class LocalSite:
    def __init__(self) -> None:
        self.answers: dict[str, Answer | Callable[[Seen], Answer]] = {}
        self.requests: list[Seen] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(
        self, path: str, body: bytes | str = b"", *, content_type: str = "text/html; charset=utf-8", **kw: Any
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        headers = {"Content-Type": content_type, **kw.pop("headers", {})}
        self.answers[path] = Answer(body=data, headers=headers, **kw)

    def answer(self, path: str, respond: Callable[[Seen], Answer]) -> None:
        self.answers[path] = respond

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    def last(self, path: str) -> Seen:
        return [r for r in self.requests if r.path == path][-1]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler_for(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()})
            site.requests.append(seen)
            found = site.answers.get(self.path, Answer(status=404, body=b"tidak ada"))
            answer = found(seen) if callable(found) else found
            try:
                time.sleep(answer.delay)
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if answer.send_length:
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                if not answer.drip:
                    self.wfile.write(answer.body)
                    return
                for start in range(0, len(answer.body), 64):
                    self.wfile.write(answer.body[start : start + 64])
                    self.wfile.flush()
                    time.sleep(answer.drip)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should have

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def site() -> Iterator[LocalSite]:
    local = LocalSite()
    yield local
    local.close()


@pytest.fixture(autouse=True)
def monitoring_limits(settings: Any) -> None:
    """Small limits so hostile servers are found out in a fraction of a second; 127.0.0.1 allowed for the tests."""
    settings.WASPADA_MONITORING_ALLOW_PRIVATE_ADDRESSES = True
    settings.WASPADA_MONITORING_CONNECT_TIMEOUT = 1.0
    settings.WASPADA_MONITORING_READ_TIMEOUT = 0.4
    settings.WASPADA_MONITORING_TOTAL_TIMEOUT = 1.0
    settings.WASPADA_MONITORING_MAX_BYTES = 200_000
    settings.WASPADA_MONITORING_MAX_ITEMS_PER_POLL = 30
    settings.WASPADA_MONITORING_MAX_AGE_DAYS = 7
    settings.WASPADA_MONITORING_CONTACT_URL = "https://kesbangpol.kaltimprov.go.id/waspada-bot"
    settings.WASPADA_MONITORING_ENABLED = True


# --- Writing feeds and pages -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    title: str
    link: str
    summary: str = ""
    guid: str | None = None
    published: dt.datetime | None = None


def rss(*items: Item, encoding: str = "utf-8", title: str = "Berita Kaltim") -> bytes:
    rows = []
    for item in items:
        guid = f"<guid>{escape(item.guid)}</guid>" if item.guid else ""
        when = f"<pubDate>{format_datetime(item.published)}</pubDate>" if item.published else ""
        rows.append(
            f"<item><title>{escape(item.title)}</title><link>{escape(item.link)}</link>{guid}{when}"
            f"<description>{escape(item.summary)}</description></item>"
        )
    document = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel><title>{escape(title)}</title>'
        f"<link>https://berita.contoh.id/</link>{''.join(rows)}</channel></rss>"
    )
    return document.encode(encoding)


PARAGRAPH = (
    "Ratusan warga dari tiga desa di Kecamatan Bengalon, Kutai Timur, berkumpul di depan kantor perusahaan "
    "perkebunan untuk menuntut penyelesaian sengketa lahan plasma yang sudah berlangsung lima tahun. "
    "Aparat kepolisian berjaga dan perwakilan perusahaan menemui warga untuk berdialog."
)


def article(headline: str, *paragraphs: str, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in (paragraphs or (PARAGRAPH, PARAGRAPH.replace("Ratusan", "Puluhan"))))
    return (
        f'<!doctype html><html><head><meta charset="{charset}"><title>{headline}</title></head><body>'
        f"<nav><a href='/'>Beranda</a> · <a href='/daerah'>Daerah</a></nav>"
        f"<article><h1>{headline}</h1>{body}</article>"
        "<footer>Hak cipta redaksi. Dilarang mengutip tanpa izin.</footer></body></html>"
    )
