"""The web server command, one definition for `waspada run` and the benchmarks that must measure what runs.

Granian serves the WSGI app: its HTTP handling is Rust, outside the interpreter, so a request costs less CPU
than under a Python server (measured on the CI machine: ~0.4 ms against ~0.8 ms per trivial request), and a
phone that sends its body slowly waits in Granian's I/O loop, not in one of the Python threads.
"""

from __future__ import annotations

import sys


def web_command(*, host: str, port: int, workers: int, threads: int, access_log: bool = True) -> list[str]:
    return [
        sys.executable,
        "-m",
        "granian",
        "--interface",
        "wsgi",
        "--host",
        host,
        "--port",
        str(port),
        "--workers",
        str(workers),
        # Python threads per process that run requests; the rest wait in Granian's queue.
        "--blocking-threads",
        str(threads),
        "--no-ws",
        "--access-log" if access_log else "--no-access-log",
        "--respawn-failed-workers",
        # On SIGTERM requests in progress get this long to finish.
        "--workers-kill-timeout",
        "10",
        "waspada.wsgi:application",
    ]
