from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from waspada.accounts.permissions import can


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    return {
        "nav_can_submit": can(user, "report.submit"),
        "nav_can_audit": can(user, "audit.view"),
        "nav_can_triage": can(user, "report.triage"),
        "nav_can_import": can(user, "report.import"),
    }
