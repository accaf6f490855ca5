from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from waspada.accounts.permissions import scope_q
from waspada.intake.models import Report


def reports_for_user(user: Any) -> QuerySet[Report]:
    return Report.objects.filter(scope_q(user, author_field="author")).select_related(
        "region", "kabkota", "source", "author"
    )


def get_report_for_user(user: Any, pk: int) -> Report | None:
    return reports_for_user(user).select_related("analysis", "issue").filter(pk=pk).first()
