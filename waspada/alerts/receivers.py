"""Notifications listen to the alerts' announcements (waspada.alerts.signals), which come after the commit."""

from __future__ import annotations

import logging
from typing import Any

from django.dispatch import receiver

from waspada.alerts.enums import NotificationKind
from waspada.alerts.services.notify import notifications_for_alert
from waspada.alerts.signals import alert_escalated, alert_raised

logger = logging.getLogger(__name__)


@receiver(alert_raised, dispatch_uid="waspada.alerts.receivers.notify_alert_raised")
def notify_alert_raised(sender: Any, alert_id: int, **kwargs: Any) -> None:
    # The alert is committed already: a failure here must not turn the raising request or task into an error.
    try:
        notifications_for_alert(alert_id=alert_id, kind=NotificationKind.ALERT)
    except Exception:
        logger.exception("could not write the notifications of alert %s", alert_id)


@receiver(alert_escalated, dispatch_uid="waspada.alerts.receivers.notify_alert_escalated")
def notify_alert_escalated(sender: Any, alert_id: int, escalation_level: int = 0, **kwargs: Any) -> None:
    # Who hears is read from the alert's own escalation_level; the signal's value is only for the log.
    try:
        notifications_for_alert(alert_id=alert_id, kind=NotificationKind.ESCALATION)
    except Exception:
        logger.exception("could not write the notifications of alert %s (escalation %s)", alert_id, escalation_level)
