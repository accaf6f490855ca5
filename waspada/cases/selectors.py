from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from waspada.accounts.enums import Role
from waspada.accounts.models import User
from waspada.accounts.permissions import can_see, scope_q
from waspada.cases.models import Case


def cases_for_user(user: Any) -> QuerySet[Case]:
    return Case.objects.filter(scope_q(user)).select_related("region", "assignee", "alert")


def get_case_for_user(user: Any, pk: int) -> Case | None:
    return cases_for_user(user).filter(pk=pk).first()


def assignable_users(*, for_object: Any) -> list[User]:
    """Staff who could carry a case: active, allowed to act, and able to see what the case is about."""
    roles = [Role.ANALIS_PROVINSI, Role.OPERATOR, Role.KOMINDA]
    candidates = (
        User.objects.filter(is_active=True, role__in=roles)
        .prefetch_related("regions")
        .order_by("first_name", "username")
    )
    return [u for u in candidates if can_see(u, for_object)]
