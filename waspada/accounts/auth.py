"""API authentication for integrations: `Authorization: Bearer <token>`, beside the browser session."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from ninja.security import HttpBearer

from waspada.accounts.services import api_token_authenticate


class ApiTokenAuth(HttpBearer):
    """A bearer token is all or nothing: a bad one answers 401 and never falls back to the session."""

    def __call__(self, request: HttpRequest) -> Any:
        header = request.headers.get(self.header, "")
        scheme, _space, value = header.strip().partition(" ")
        if scheme.lower() != "bearer":
            return None  # no token: the next method (the session) decides
        return self.authenticate(request, value.strip())

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = api_token_authenticate(token[:200])
        if found is None:
            raise HttpError(401, _("Token API tidak sah, kedaluwarsa, atau sudah dicabut."))
        return found


api_token_auth = ApiTokenAuth()
