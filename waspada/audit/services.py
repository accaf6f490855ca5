from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from waspada.audit.models import AuditEvent
from waspada.core.db import insert_instance, insert_many
from waspada.core.enums import Marking


@dataclass(frozen=True)
class AuditRow:
    """One object of a bulk change, for audit_record_many()."""

    object_id: int | str
    region_code: str | None
    marking: str
    summary: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    actor_id: int | None = None  # when each object has its own actor (the demo's authors)


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
    return insert_instance(  # on every change of state: the lean insert
        AuditEvent(
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
    )


def audit_record_many(
    *,
    action: str,
    actor: Any = None,
    actor_label: str = "",
    object_type: str,
    rows: Sequence[AuditRow],
) -> int:
    """One audit row per object of a bulk change (an import), written in one batch in the caller's transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record_many() must run inside the transaction of the change it records")
    user = actor if actor is not None and getattr(actor, "is_authenticated", False) else None
    label = actor_label or (user.get_username() if user else "sistem")
    now = timezone.now()
    insert_many(
        AuditEvent,
        [
            {
                "created_at": now,
                "actor_id": row.actor_id if row.actor_id is not None else (user.pk if user else None),
                "actor_label": label[:100],
                "action": action,
                "object_type": object_type,
                "object_id": str(row.object_id),
                "region_code": row.region_code or "",
                "marking": row.marking,
                "summary": row.summary[:300],
                "data": row.data,
            }
            for row in rows
        ],
    )
    return len(rows)
