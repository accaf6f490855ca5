"""Reporter identity sealed at rest: contacts are encrypted, and only the verifier role may open them."""

from __future__ import annotations

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings


@lru_cache(maxsize=4)
def _fernet(key: str) -> Fernet:
    return Fernet(key.encode())


def seal(value: str) -> str:
    if not value:
        return ""
    return _fernet(settings.WASPADA_SEAL_KEY).encrypt(value.encode("utf-8")).decode("ascii")


def unseal(token: str) -> str:
    """The plain contact; raises ValueError when the key is not the one that sealed it."""
    if not token:
        return ""
    try:
        return _fernet(settings.WASPADA_SEAL_KEY).decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise ValueError("sealed value cannot be opened with the configured WASPADA_SEAL_KEY") from None
