from __future__ import annotations

from typing import Any

from django.db import models, transaction

from waspada.audit.models import AuditEvent
from waspada.core.enums import Marking


def audit_record(
    *,
    action: str,
    actor: Any = None,
    actor_label: str = "",
    target: models.Model | None = None,
    region_code: str | None = None,
    marking: str | None = None,
    summary: str = "",
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """Write an audit row; callers are inside the transaction of the change they record."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record() must run inside the transaction of the change it records")
    user = actor if actor is not None and getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        action=action,
        actor=user,
        actor_label=actor_label or (user.get_username() if user else "sistem"),
        object_type=(target._meta.model_name or "") if target is not None else "",
        object_id=str(target.pk) if target is not None else "",
        region_code=region_code if region_code is not None else getattr(target, "region_id", "") or "",
        marking=marking if marking is not None else getattr(target, "marking", Marking.TERBATAS),
        summary=summary[:300],
        data=data or {},
    )
