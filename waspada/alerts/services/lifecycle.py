"""An alert's life: baru → diakui → ditindaklanjuti → ditutup with an outcome, through one guarded transition.

Every move is audited in the transaction that makes it. A closed alert stays closed: its outcome is what the
evaluation page measures, so reopening would silently rewrite the record of how well the warnings did.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from waspada.accounts.permissions import can
from waspada.alerts.enums import AlertOutcome, AlertStatus
from waspada.alerts.models import Alert
from waspada.audit.services import audit_record
from waspada.core.exceptions import ApplicationError
from waspada.core.text import clean_text

# The only moves an alert may make; everything else is refused by alert_transition().
# Closing or opening a case straight from *baru* is allowed: whoever does it has evidently seen the alert,
# so it counts as acknowledged at that moment (and stops escalating).
ALERT_TRANSITIONS: dict[str, frozenset[str]] = {
    AlertStatus.BARU: frozenset({AlertStatus.DIAKUI, AlertStatus.DITINDAKLANJUTI, AlertStatus.DITUTUP}),
    AlertStatus.DIAKUI: frozenset({AlertStatus.DITINDAKLANJUTI, AlertStatus.DITUTUP}),
    AlertStatus.DITINDAKLANJUTI: frozenset({AlertStatus.DITUTUP}),
    AlertStatus.DITUTUP: frozenset(),
}

# When each status began. Ditindaklanjuti begins when the first case (penanganan) is opened: its time is the
# case's `opened_at` (see alert_status_times).
STATUS_TIMESTAMP: dict[str, str] = {
    AlertStatus.BARU: "raised_at",
    AlertStatus.DIAKUI: "acknowledged_at",
    AlertStatus.DITUTUP: "closed_at",
}

_PERMISSION: dict[str, str] = {
    AlertStatus.DIAKUI: "alert.acknowledge",
    AlertStatus.DITINDAKLANJUTI: "case.open",
    AlertStatus.DITUTUP: "alert.close",
}
_AUDIT_ACTION: dict[str, str] = {
    AlertStatus.DIAKUI: "alert.acknowledge",
    AlertStatus.DITINDAKLANJUTI: "alert.handle",
    AlertStatus.DITUTUP: "alert.close",
}

# An event more than this long before the alert cannot be what the alert warned of.
EVENT_BEFORE_ALERT_LIMIT = dt.timedelta(days=30)
# Clocks of phones and servers differ by a few minutes.
CLOCK_SKEW = dt.timedelta(minutes=5)
CLOSING_NOTE_MAX = 2000


def alert_closing_problems(
    *, outcome: str, event_at: dt.datetime | None, raised_at: dt.datetime, now: dt.datetime
) -> dict[str, str]:
    """What is wrong with a closing (field → message); the form and the service share these rules."""
    problems: dict[str, str] = {}
    if outcome not in AlertOutcome.values:
        problems["outcome"] = _("Pilih hasil penutupan peringatan.")
        return problems
    if outcome == AlertOutcome.BENAR and event_at is None:
        problems["event_at"] = _("Isi waktu kejadian sebenarnya: tanpa itu waktu tunggu peringatan tidak dapat diukur.")
    elif outcome != AlertOutcome.BENAR and event_at is not None:
        problems["event_at"] = _("Waktu kejadian hanya diisi bila peringatan benar.")
    elif event_at is not None:
        if event_at > now + CLOCK_SKEW:
            problems["event_at"] = _("Waktu kejadian tidak boleh di masa depan.")
        elif event_at < raised_at - EVENT_BEFORE_ALERT_LIMIT:
            problems["event_at"] = _(
                "Waktu kejadian lebih dari 30 hari sebelum peringatan dinaikkan; periksa kembali tanggalnya."
            )
    return problems


def alert_transition(
    *,
    actor: Any,
    alert: Alert,
    to_status: str,
    outcome: str = "",
    event_at: dt.datetime | None = None,
    note: str = "",
    now: dt.datetime | None = None,
) -> Alert:
    """Move an alert to `to_status` if the move is allowed and the actor may make it; audited."""
    now = now or timezone.now()
    if to_status not in _PERMISSION:
        raise ApplicationError(_("Status peringatan tidak dikenal."))
    if not can(actor, _PERMISSION[to_status], alert):
        raise ApplicationError(_refusal_for_actor(to_status))
    note = clean_text(note, max_length=CLOSING_NOTE_MAX)
    with transaction.atomic():
        alert = Alert.objects.select_for_update().get(pk=alert.pk)
        previous = alert.status
        if to_status not in ALERT_TRANSITIONS[previous]:
            raise ApplicationError(_refusal_for_move(previous, to_status))
        data: dict[str, Any] = {"from": previous, "to": to_status}
        if to_status == AlertStatus.DITUTUP:
            problems = alert_closing_problems(outcome=outcome, event_at=event_at, raised_at=alert.raised_at, now=now)
            if problems:
                raise ApplicationError(" ".join(problems.values()), extra={"fields": problems})
            alert.outcome = outcome
            alert.event_at = event_at
            alert.closing_note = note
            alert.closed_at = now
            alert.closed_by = actor
            data["outcome"] = outcome
            if event_at is not None:
                data["event_at"] = event_at.isoformat()
        if alert.acknowledged_at is None:
            alert.acknowledged_at, alert.acknowledged_by = now, actor
        alert.status = to_status
        alert.save()
        audit_record(action=_AUDIT_ACTION[to_status], actor=actor, target=alert, summary=alert.title, data=data)
    return alert


def _refusal_for_actor(to_status: str) -> str:
    if to_status == AlertStatus.DIAKUI:
        return _("Anda tidak berwenang mengakui peringatan ini.")
    if to_status == AlertStatus.DITUTUP:
        return _("Anda tidak berwenang menutup peringatan ini.")
    return _("Anda tidak berwenang menindaklanjuti peringatan ini.")


def _refusal_for_move(previous: str, to_status: str) -> str:
    if previous == AlertStatus.DITUTUP:
        return _("Peringatan ini sudah ditutup.")
    if to_status == AlertStatus.DIAKUI:
        return _("Peringatan ini sudah diakui.")
    return _("Peringatan berstatus %(current)s tidak dapat diubah menjadi %(target)s.") % {
        "current": AlertStatus(previous).label,
        "target": AlertStatus(to_status).label,
    }


def alert_acknowledge(*, actor: Any, alert: Alert, now: dt.datetime | None = None) -> Alert:
    return alert_transition(actor=actor, alert=alert, to_status=AlertStatus.DIAKUI, now=now)


def alert_mark_handled(*, actor: Any, alert: Alert, now: dt.datetime | None = None) -> Alert:
    """A case was opened for the alert: it is being acted on. A second case leaves it as it is."""
    current = Alert.objects.filter(pk=alert.pk).values_list("status", flat=True).first()
    if current == AlertStatus.DITINDAKLANJUTI:
        return Alert.objects.get(pk=alert.pk)
    return alert_transition(actor=actor, alert=alert, to_status=AlertStatus.DITINDAKLANJUTI, now=now)


def alert_close(
    *,
    actor: Any,
    alert: Alert,
    outcome: str,
    note: str = "",
    event_at: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> Alert:
    return alert_transition(
        actor=actor, alert=alert, to_status=AlertStatus.DITUTUP, outcome=outcome, event_at=event_at, note=note, now=now
    )


def alert_status_times(alert: Alert) -> list[tuple[str, dt.datetime | None]]:
    """(status label, when it began) for each status the alert has passed through, for its timeline."""
    handled_at = alert.cases.order_by("opened_at").values_list("opened_at", flat=True).first()
    times: list[tuple[str, dt.datetime | None]] = [
        (str(AlertStatus.BARU.label), alert.raised_at),
        (str(AlertStatus.DIAKUI.label), alert.acknowledged_at),
        (str(AlertStatus.DITINDAKLANJUTI.label), handled_at),
        (str(AlertStatus.DITUTUP.label), alert.closed_at),
    ]
    return [(label, when) for label, when in times if when is not None]
