"""Fixed-window rate limits per client for public endpoints, kept in the `ratelimit` cache."""

from __future__ import annotations

import hashlib
import time

from django.core.cache import caches
from django.http import HttpRequest


def client_key(request: HttpRequest) -> str:
    """The client address; behind a trusted proxy the first X-Forwarded-For hop (see WASPADA_TRUSTED_PROXY)."""
    from django.conf import settings

    address = request.META.get("REMOTE_ADDR", "")
    if settings.WASPADA_TRUSTED_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            address = forwarded.split(",")[0].strip()
    return hashlib.sha256(address.encode()).hexdigest()[:32]


def hit(scope: str, request: HttpRequest, *, limit: int, window_seconds: int) -> bool:
    """Count one request; False once the client has made more than `limit` in the current window."""
    cache = caches["ratelimit"]
    window = int(time.time() // window_seconds)
    key = f"rl:{scope}:{client_key(request)}:{window}"
    if cache.add(key, 1, timeout=window_seconds + 5):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds + 5)
        return True
    return count <= limit
