"""Escalation: an alert nobody acknowledges in time climbs the chain of responsibility, one step per deadline.

Step 0 is the regional staff of the kab/kota, step 1 the provincial analysts (analis provinsi, Kominda at the
province), step 2 the leadership (pimpinan). The deadline is `WASPADA_ALERT_ACK_MINUTES` (or the alert level's
own from `WASPADA_ALERT_ACK_MINUTES_BY_LEVEL`), counted from the moment the alert was raised and then from
each escalation. The scheduler calls `alerts_escalate_due` every minute; several schedulers may run at once:
each step is claimed by a conditional UPDATE, so it happens (and is audited and announced) exactly once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from waspada.accounts.enums import Role
from waspada.accounts.permissions import can, can_see
from waspada.alerts.enums import AlertStatus
from waspada.alerts.models import Alert
from waspada.alerts.signals import alert_escalated, announce_after_commit
from waspada.audit.services import audit_record
from waspada.core.enums import Level

# Who holds an alert at each step, as shown on the alert page.
ESCALATION_LABELS = (
    _("Staf kabupaten/kota"),
    _("Analis provinsi"),
    _("Pimpinan"),
)


def ack_deadline(level: str) -> dt.timedelta:
    """How long an alert of this level may wait for acknowledgement at each step."""
    minutes = settings.WASPADA_ALERT_ACK_MINUTES_BY_LEVEL.get(level, settings.WASPADA_ALERT_ACK_MINUTES)
    return dt.timedelta(minutes=minutes)


def escalation_due_at(alert: Alert) -> dt.datetime | None:
    """When the alert escalates next if nobody acknowledges it; None when it will not."""
    if alert.status != AlertStatus.BARU or alert.escalation_level >= settings.WASPADA_ALERT_ESCALATION_MAX:
        return None
    return (alert.escalated_at or alert.created_at) + ack_deadline(alert.level)


def alerts_escalate_due(*, now: dt.datetime | None = None) -> list[int]:
    """Escalate every unacknowledged alert whose deadline has passed by `now`; the ids escalated."""
    now = now or timezone.now()
    top = settings.WASPADA_ALERT_ESCALATION_MAX
    if top <= 0:
        return []
    shortest = min([ack_deadline(level) for level in Level.values])
    started_before = now - shortest
    candidates = Alert.objects.filter(status=AlertStatus.BARU, escalation_level__lt=top).filter(
        Q(escalated_at__isnull=True, created_at__lte=started_before) | Q(escalated_at__lte=started_before)
    )
    escalated: list[int] = []
    for pk, level, step, created_at, escalated_at in candidates.values_list(
        "pk", "level", "escalation_level", "created_at", "escalated_at"
    ).order_by("created_at", "pk"):
        if now >= (escalated_at or created_at) + ack_deadline(level) and alert_escalate(
            alert_id=pk, from_level=step, now=now
        ):
            escalated.append(pk)
    return escalated


def alert_escalate(*, alert_id: int, from_level: int, now: dt.datetime) -> bool:
    """Move one alert from step `from_level` to the next, unless someone (or another scheduler) got there first.

    The UPDATE only matches while the alert is still *baru* at `from_level`: a concurrent escalation or an
    acknowledgement makes it match nothing, and then nothing is audited or announced.
    """
    to_level = from_level + 1
    with transaction.atomic():
        claimed = Alert.objects.filter(pk=alert_id, status=AlertStatus.BARU, escalation_level=from_level).update(
            escalation_level=to_level, escalated_at=now, updated_at=now
        )
        if not claimed:
            return False
        alert = Alert.objects.get(pk=alert_id)
        waited = int(ack_deadline(alert.level).total_seconds() // 60)
        audit_record(
            action="alert.escalate",
            actor_label="sistem",
            target=alert,
            summary=f"{alert.title} → {ESCALATION_LABELS[min(to_level, 2)]}",
            data={"from": from_level, "to": to_level, "deadline_minutes": waited},
        )
        announce_after_commit(alert_escalated, alert_id=alert_id, escalation_level=to_level)
    return True


def escalation_recipients(alert: Alert, step: int) -> list[Any]:
    """The people who hold the alert at a step (for notifications): only those allowed to see it.

    0: staff assigned to the alert's kab/kota or a place inside it; 1: analysts and Kominda assigned above
    the kab/kota (the province) who may acknowledge it; 2: pimpinan.
    """
    from waspada.accounts.models import User

    kabkota = alert.region_id
    users = User.objects.filter(is_active=True).prefetch_related("regions").order_by("pk")
    chosen: list[Any] = []
    for user in users:
        codes = user.region_codes()
        if not can_see(user, alert):
            continue
        local = any(c == kabkota or c.startswith(f"{kabkota}.") for c in codes)
        holds = {
            0: local and user.role in (Role.OPERATOR, Role.ANALIS_PROVINSI, Role.KOMINDA),
            1: not local and can(user, "alert.acknowledge", alert),
            2: user.role == Role.PIMPINAN,
        }
        if holds.get(step, False):
            chosen.append(user)
    return chosen
