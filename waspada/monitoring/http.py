"""The one place Waspada reaches out to other servers: polite, bounded HTTP GETs for feeds, pages and robots.txt.

Every request names itself (`WaspadaBot/<version> (+contact)`), has connect, read and total time limits, stops
reading at a size cap, follows at most five redirects (a loop is an error), and refuses addresses inside private
networks unless the installation allows them (a feed must not make the server fetch its own intranet).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import ipaddress
import socket
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings

from waspada import __version__
from waspada.monitoring.enums import FetchProblem

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
ROBOTS_AGENT = "WaspadaBot"


class FetchError(Exception):
    """A fetch that did not give a usable body; `problem` is shown translated, `detail` as the server said it."""

    def __init__(
        self, problem: FetchProblem, detail: str = "", *, status: int | None = None, retry_after: int | None = None
    ) -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail[:300]
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    body: bytes
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class Limits:
    connect_timeout: float
    read_timeout: float
    total_timeout: float
    max_bytes: int
    allow_private_addresses: bool

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            connect_timeout=float(settings.WASPADA_MONITORING_CONNECT_TIMEOUT),
            read_timeout=float(settings.WASPADA_MONITORING_READ_TIMEOUT),
            total_timeout=float(settings.WASPADA_MONITORING_TOTAL_TIMEOUT),
            max_bytes=int(settings.WASPADA_MONITORING_MAX_BYTES),
            allow_private_addresses=bool(settings.WASPADA_MONITORING_ALLOW_PRIVATE_ADDRESSES),
        )


def user_agent() -> str:
    contact = settings.WASPADA_MONITORING_CONTACT_URL
    return f"{ROBOTS_AGENT}/{__version__} (+{contact})" if contact else f"{ROBOTS_AGENT}/{__version__}"


@dataclass(frozen=True)
class _Redirect:
    location: str


class Fetcher:
    """One HTTP client for one poll (connections to the same host are reused); use it as a context manager."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits.from_settings()
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.limits.read_timeout, connect=self.limits.connect_timeout),
            follow_redirects=False,
            headers={"User-Agent": user_agent(), "Accept-Language": "id, en;q=0.5"},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(
        self,
        url: str,
        *,
        accept: str = "*/*",
        etag: str = "",
        last_modified: str = "",
        max_bytes: int | None = None,
        guard: Callable[[str], None] | None = None,
    ) -> Fetched:
        """GET `url`, following redirects; `guard` may refuse each address (robots.txt) by raising FetchError."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        limit = max_bytes if max_bytes is not None else self.limits.max_bytes
        visited: list[str] = []
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            if current in visited:
                raise FetchError(FetchProblem.REDIRECT_LOOP, " → ".join([*visited, current]))
            visited.append(current)
            self._check_address(current)
            if guard is not None:
                guard(current)
            answer = self._get_once(current, headers, limit)
            if isinstance(answer, Fetched):
                return answer
            current = urljoin(current, answer.location)
        raise FetchError(FetchProblem.TOO_MANY_REDIRECTS, f"> {MAX_REDIRECTS}: {current}")

    def _check_address(self, url: str) -> None:
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as error:
            raise FetchError(FetchProblem.INVALID_URL, str(error)) from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(FetchProblem.INVALID_URL, url[:200])
        if self.limits.allow_private_addresses:
            return
        try:
            literal: ipaddress.IPv4Address | ipaddress.IPv6Address | None = ipaddress.ip_address(parts.hostname)
        except ValueError:
            literal = None
        if literal is None and _through_proxy(parts.scheme, parts.hostname):
            return  # the proxy resolves the name (and guards its own network); only IP literals are checked here
        try:
            infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as error:
            raise FetchError(FetchProblem.CONNECTION, f"DNS {parts.hostname}: {error}") from None
        for info in infos:
            address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            if not address.is_global:
                raise FetchError(FetchProblem.BLOCKED_ADDRESS, f"{parts.hostname} → {address}")

    def _get_once(self, url: str, headers: dict[str, str], limit: int) -> Fetched | _Redirect:
        deadline = time.monotonic() + self.limits.total_timeout
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status in REDIRECT_STATUSES:
                    location = response.headers.get("location", "").strip()
                    if not location:
                        raise FetchError(FetchProblem.HTTP_STATUS, f"HTTP {status} tanpa Location", status=status)
                    return _Redirect(location)
                if status == 304:
                    return Fetched(url=url, status=status, body=b"", **_validators(response))
                if not 200 <= status < 300:
                    raise FetchError(
                        FetchProblem.HTTP_STATUS,
                        f"HTTP {status} {response.reason_phrase}".strip(),
                        status=status,
                        retry_after=_retry_after(response.headers.get("retry-after", "")),
                    )
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(FetchProblem.TOO_LARGE, _too_large(limit, int(declared)), status=status)
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        raise FetchError(FetchProblem.TOO_LARGE, _too_large(limit), status=status)
                    if time.monotonic() > deadline:
                        raise FetchError(
                            FetchProblem.TIMEOUT, f"> {self.limits.total_timeout:g} s ({len(body)} byte)", status=status
                        )
                return Fetched(url=url, status=status, body=bytes(body), **_validators(response))
        except httpx.TimeoutException as error:
            raise FetchError(FetchProblem.TIMEOUT, type(error).__name__) from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise FetchError(FetchProblem.INVALID_URL, str(error)) from None
        except httpx.HTTPError as error:
            raise FetchError(FetchProblem.CONNECTION, f"{type(error).__name__}: {error}") from None


def _through_proxy(scheme: str, host: str) -> bool:
    # The same environment variables httpx reads (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY).
    proxies = urllib.request.getproxies_environment()
    return bool(proxies.get(scheme) or proxies.get("all")) and not urllib.request.proxy_bypass(host)


def _validators(response: httpx.Response) -> dict[str, str]:
    return {
        "content_type": response.headers.get("content-type", "")[:200],
        "etag": response.headers.get("etag", "")[:500],
        "last_modified": response.headers.get("last-modified", "")[:100],
    }


def _too_large(limit: int, declared: int | None = None) -> str:
    said = f" (Content-Length {declared})" if declared is not None else ""
    return f"> {limit} byte{said}"


def _retry_after(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return int(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0, int((when - dt.datetime.now(dt.UTC)).total_seconds()))
