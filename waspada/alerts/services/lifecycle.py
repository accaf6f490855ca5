"""An alert's life: acknowledged, acted on (a case), closed with an outcome. Every step audited."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from waspada.accounts.permissions import can
from waspada.alerts.enums import AlertOutcome, AlertStatus
from waspada.alerts.models import Alert
from waspada.audit.services import audit_record
from waspada.core.exceptions import ApplicationError


def alert_acknowledge(*, actor: Any, alert: Alert) -> Alert:
    if not can(actor, "alert.acknowledge", alert):
        raise ApplicationError(_("Anda tidak berwenang mengakui peringatan ini."))
    with transaction.atomic():
        alert = Alert.objects.select_for_update().get(pk=alert.pk)
        if alert.status != AlertStatus.BARU:
            raise ApplicationError(_("Peringatan ini sudah diakui."))
        alert.status = AlertStatus.DIAKUI
        alert.acknowledged_at = timezone.now()
        alert.acknowledged_by = actor
        alert.save()
        audit_record(action="alert.acknowledge", actor=actor, target=alert, summary=alert.title)
    return alert


def alert_mark_handled(*, actor: Any, alert: Alert) -> Alert:
    """A case was opened for the alert: it is being acted on (acknowledging it if nobody had)."""
    alert = Alert.objects.select_for_update().get(pk=alert.pk)
    if alert.status == AlertStatus.DITUTUP:
        raise ApplicationError(_("Peringatan ini sudah ditutup."))
    now = timezone.now()
    if alert.acknowledged_at is None:
        alert.acknowledged_at, alert.acknowledged_by = now, actor
    alert.status = AlertStatus.DITINDAKLANJUTI
    alert.save()
    audit_record(action="alert.handle", actor=actor, target=alert, summary=alert.title)
    return alert


def alert_close(*, actor: Any, alert: Alert, outcome: str, note: str = "") -> Alert:
    if not can(actor, "alert.close", alert):
        raise ApplicationError(_("Anda tidak berwenang menutup peringatan ini."))
    if outcome not in AlertOutcome.values:
        raise ApplicationError(_("Pilih hasil penutupan peringatan."))
    with transaction.atomic():
        alert = Alert.objects.select_for_update().get(pk=alert.pk)
        if alert.status == AlertStatus.DITUTUP:
            raise ApplicationError(_("Peringatan ini sudah ditutup."))
        alert.status = AlertStatus.DITUTUP
        alert.outcome = outcome
        alert.closing_note = note
        alert.closed_at = timezone.now()
        alert.closed_by = actor
        alert.save()
        audit_record(action="alert.close", actor=actor, target=alert, summary=alert.title, data={"outcome": outcome})
    return alert
