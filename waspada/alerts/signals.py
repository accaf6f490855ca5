"""Announcements other parts of Waspada listen to (notifications); always sent after the change is committed."""

from __future__ import annotations

from django.db import transaction
from django.dispatch import Signal

# sender: the Alert class; kwargs: alert_id
alert_raised = Signal()
# sender: the Alert class; kwargs: alert_id, escalation_level
alert_escalated = Signal()


def announce_after_commit(signal: Signal, **kwargs: object) -> None:
    from waspada.alerts.models import Alert

    transaction.on_commit(lambda: signal.send(sender=Alert, **kwargs))
