from __future__ import annotations

from typing import Any


class ApplicationError(Exception):
    """A refusal the user should read: the message is already translated."""

    def __init__(self, message: str, *, extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra or {}
