"""Who may do what, and what they may see: the one place that answers it.

A principal is a `User` (a person, with a role) or an `ApiToken` (an agency's system, with a marking ceiling
and flags for reading and filing). Both have regions; neither sees anything outside them.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from waspada.accounts.enums import Role
from waspada.core.enums import MARKING_RANK, Marking

# Action → roles allowed. Region scope and marking are checked separately, on the object.
_ACTION_ROLES: dict[str, frozenset[str]] = {
    "report.read": frozenset(Role.values),
    "report.submit": frozenset({Role.ADMIN, Role.ANALIS_PROVINSI, Role.OPERATOR, Role.FKDM, Role.KOMINDA}),
    "report.import": frozenset({Role.ADMIN, Role.ANALIS_PROVINSI}),
    "report.triage": frozenset({Role.ADMIN, Role.ANALIS_PROVINSI, Role.KOMINDA}),
    "alert.acknowledge": frozenset({Role.ADMIN, Role.ANALIS_PROVINSI, Role.KOMINDA}),
    "alert.close": frozenset({Role.ADMIN, Role.ANALIS_PROVINSI, Role.KOMINDA}),
    "case.open": frozenset({Role.ADMIN, Role.ANALIS_PROVINSI, Role.KOMINDA}),
    "case.act": frozenset({Role.ADMIN, Role.ANALIS_PROVINSI, Role.OPERATOR, Role.KOMINDA}),
    "audit.view": frozenset({Role.ADMIN, Role.ANALIS_PROVINSI, Role.KOMINDA, Role.PIMPINAN}),
    # Alert rules: read by the staff whose alerts they raise, changed by provincial analysts and admins.
    "rule.view": frozenset({Role.ADMIN, Role.ANALIS_PROVINSI, Role.OPERATOR, Role.KOMINDA, Role.PIMPINAN}),
    "rule.manage": frozenset({Role.ADMIN, Role.ANALIS_PROVINSI}),
    "alert.evaluate": frozenset({Role.ADMIN, Role.ANALIS_PROVINSI, Role.KOMINDA, Role.PIMPINAN}),
}

# What an integration token may do, by its flags.
_INTEGRATION_ACTIONS: dict[str, str] = {"report.submit": "can_submit", "report.read": "can_read"}

_RAHASIA_ROLES = frozenset({Role.KOMINDA})


def is_integration(principal: Any) -> bool:
    return getattr(principal, "is_integration", False) is True


def can(user: Any, action: str, obj: Any = None) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if is_integration(user):
        flag = _INTEGRATION_ACTIONS.get(action)
        if flag is None or not getattr(user, flag, False):
            return False
    elif user.role not in _ACTION_ROLES.get(action, frozenset()):
        return False
    return obj is None or can_see(user, obj)


def visible_markings(user: Any) -> list[str]:
    if not getattr(user, "is_authenticated", False):
        return [Marking.PUBLIK]
    if is_integration(user):
        ceiling = MARKING_RANK.get(user.marking_ceiling, 0)
        return [m for m in (Marking.PUBLIK, Marking.TERBATAS, Marking.RAHASIA) if MARKING_RANK[m] <= ceiling]
    if user.role in _RAHASIA_ROLES:
        return [Marking.PUBLIK, Marking.TERBATAS, Marking.RAHASIA]
    return [Marking.PUBLIK, Marking.TERBATAS]


def region_q(user: Any, field: str = "region__code") -> Q:
    """Rows whose region code (`field`, a lookup path) lies inside one of the user's regions.

    A region covers itself and everything below it, found by code prefix; no region matches nothing.
    """
    if getattr(user, "is_superuser", False):
        return Q()
    codes = user.region_codes() if getattr(user, "is_authenticated", False) else []
    query = Q(pk__in=[])
    for code in codes:
        query |= Q(**{field: code}) | Q(**{f"{field}__startswith": f"{code}."})
    return query


def scope_q(user: Any, *, region_field: str = "region", author_field: str | None = None) -> Q:
    """Region scope AND marking; the author of an item always keeps sight of it (originator control)."""
    query = region_q(user, f"{region_field}__code") & Q(marking__in=visible_markings(user))
    # An integration authors nothing: its id is not a user's id.
    if author_field and getattr(user, "is_authenticated", False) and not is_integration(user):
        query |= Q(**{author_field: user})
    return query


def region_in_scope(user: Any, region_code: str | None) -> bool:
    if not getattr(user, "is_authenticated", False) or not region_code:
        return False
    if user.is_superuser:
        return True
    return any(region_code == c or region_code.startswith(f"{c}.") for c in user.region_codes())


def can_see(user: Any, obj: Any) -> bool:
    if (
        not is_integration(user)
        and getattr(obj, "author_id", None) is not None
        and obj.author_id == getattr(user, "pk", None)
    ):
        return True
    marking = getattr(obj, "marking", Marking.TERBATAS)
    return marking in visible_markings(user) and region_in_scope(user, getattr(obj, "region_id", None))
