"""The fetcher against hostile and broken servers: every failure is a FetchError naming its problem, quickly."""

from __future__ import annotations

import socket
import time
from typing import Any

import pytest

from waspada.monitoring.enums import FetchProblem
from waspada.monitoring.http import Fetcher, FetchError, user_agent
from waspada.monitoring.tests.conftest import LocalSite


def fetch(url: str, **kwargs: Any) -> Any:
    with Fetcher() as fetcher:
        return fetcher.get(url, **kwargs)


def problem_of(url: str, **kwargs: Any) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(url, **kwargs)
    return caught.value


def test_the_bot_names_itself_with_its_contact_and_asks_conditionally(site: LocalSite) -> None:
    site.serve("/feed", b"<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Sat, 29 Nov 2026 05:00:00 GMT"})
    fetched = fetch(site.url("/feed"), etag='"v0"', last_modified="Fri, 28 Nov 2026 05:00:00 GMT")
    sent = site.last("/feed").headers
    assert sent["user-agent"] == user_agent()
    assert (
        user_agent().startswith("WaspadaBot/") and "(+https://kesbangpol.kaltimprov.go.id/waspada-bot)" in user_agent()
    )
    assert sent["if-none-match"] == '"v0"'
    assert sent["if-modified-since"] == "Fri, 28 Nov 2026 05:00:00 GMT"
    assert (fetched.etag, fetched.last_modified, fetched.body) == ('"v1"', "Sat, 29 Nov 2026 05:00:00 GMT", b"<rss/>")


def test_not_modified_is_an_answer_without_a_body(site: LocalSite) -> None:
    site.serve("/feed", status=304)
    fetched = fetch(site.url("/feed"), etag='"v1"')
    assert fetched.not_modified and fetched.body == b""


def test_a_server_that_does_not_answer_in_time_is_a_timeout(site: LocalSite) -> None:
    site.serve("/lambat", b"<rss/>", delay=2.0)
    started = time.monotonic()
    error = problem_of(site.url("/lambat"))
    assert error.problem == FetchProblem.TIMEOUT
    assert time.monotonic() - started < 1.5


def test_a_server_that_drips_its_body_is_cut_off_at_the_total_time_limit(site: LocalSite) -> None:
    site.serve("/tetes", b"x" * 64 * 40, drip=0.1)
    started = time.monotonic()
    error = problem_of(site.url("/tetes"))
    assert error.problem == FetchProblem.TIMEOUT
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("send_length", [True, False])
def test_a_body_over_the_cap_is_refused_while_streaming(site: LocalSite, send_length: bool) -> None:
    site.serve("/besar", b"a" * 1_000_000, send_length=send_length)
    error = problem_of(site.url("/besar"))
    assert error.problem == FetchProblem.TOO_LARGE
    assert "200000" in error.detail


def test_redirects_are_followed_but_a_loop_or_an_endless_chain_is_an_error(site: LocalSite) -> None:
    site.serve("/lama", status=301, headers={"Location": "/baru"})
    site.serve("/baru", b"<rss/>", content_type="application/rss+xml")
    assert fetch(site.url("/lama")).url == site.url("/baru")

    site.serve("/a", status=302, headers={"Location": "/b"})
    site.serve("/b", status=302, headers={"Location": "/a"})
    assert problem_of(site.url("/a")).problem == FetchProblem.REDIRECT_LOOP

    for n in range(10):
        site.serve(f"/r{n}", status=307, headers={"Location": f"/r{n + 1}"})
    assert problem_of(site.url("/r0")).problem == FetchProblem.TOO_MANY_REDIRECTS


def test_server_errors_carry_their_status_and_retry_after(site: LocalSite) -> None:
    site.serve("/rusak", b"Internal Server Error", status=500)
    site.serve("/sibuk", b"", status=503, headers={"Retry-After": "120"})
    broken = problem_of(site.url("/rusak"))
    assert (broken.problem, broken.status) == (FetchProblem.HTTP_STATUS, 500)
    assert "HTTP 500" in broken.detail
    assert problem_of(site.url("/sibuk")).retry_after == 120


def test_a_refused_connection_and_a_strange_scheme_are_named(site: LocalSite) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    assert problem_of(f"http://127.0.0.1:{closed_port}/feed").problem == FetchProblem.CONNECTION
    assert problem_of("ftp://berita.contoh.id/feed").problem == FetchProblem.INVALID_URL
    assert problem_of("http://[::1/feed").problem == FetchProblem.INVALID_URL


def test_addresses_inside_private_networks_are_refused_unless_allowed(site: LocalSite, settings: Any) -> None:
    settings.WASPADA_MONITORING_ALLOW_PRIVATE_ADDRESSES = False
    site.serve("/feed", b"<rss/>")
    error = problem_of(site.url("/feed"))
    assert error.problem == FetchProblem.BLOCKED_ADDRESS
    assert problem_of("http://169.254.169.254/latest/meta-data/").problem == FetchProblem.BLOCKED_ADDRESS
    assert site.hits("/feed") == 0, "refused before connecting"


def test_behind_a_proxy_names_are_left_to_the_proxy_but_private_ip_literals_are_still_refused(
    settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.WASPADA_MONITORING_ALLOW_PRIVATE_ADDRESSES = False
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.kaltimprov.go.id:3128")
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.kaltimprov.go.id:3128")
    assert problem_of("http://10.1.2.3/feed").problem == FetchProblem.BLOCKED_ADDRESS
    assert problem_of("https://192.168.1.1/feed").problem == FetchProblem.BLOCKED_ADDRESS

    def stop(url: str) -> None:
        raise FetchError(FetchProblem.ROBOTS, url)

    # A name the machine itself cannot resolve passes the address check (the guard runs next).
    assert problem_of("https://berita.tidak-terdaftar.invalid/feed", guard=stop).problem == FetchProblem.ROBOTS


def test_a_guard_may_refuse_any_hop(site: LocalSite) -> None:
    site.serve("/pindah", status=302, headers={"Location": "/terlarang/x"})
    site.serve("/terlarang/x", b"rahasia dapur redaksi")

    def guard(url: str) -> None:
        if "/terlarang/" in url:
            raise FetchError(FetchProblem.ROBOTS, url)

    assert problem_of(site.url("/pindah"), guard=guard).problem == FetchProblem.ROBOTS
    assert site.hits("/terlarang/x") == 0
