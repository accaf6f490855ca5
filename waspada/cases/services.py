"""Penanganan: open a case, record what is done, move it through its stages."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from waspada.accounts.permissions import can, can_see
from waspada.alerts.models import Alert
from waspada.alerts.services import alert_mark_handled
from waspada.audit.services import audit_record
from waspada.cases.enums import CASE_TRANSITIONS, ActionKind, CaseStage, CaseStatus
from waspada.cases.models import Case, CaseAction
from waspada.core.enums import Marking
from waspada.core.exceptions import ApplicationError
from waspada.core.text import clean_text
from waspada.intake.models import Report
from waspada.issues.models import Issue


def case_open_from_alert(
    *,
    actor: Any,
    alert: Alert,
    stage: str,
    assignee: Any,
    first_action: str,
    title: str = "",
    due_date: dt.date | None = None,
) -> Case:
    if not can(actor, "case.open", alert):
        raise ApplicationError(_("Anda tidak berwenang membuka penanganan untuk peringatan ini."))
    if stage not in CaseStage.values:
        raise ApplicationError(_("Pilih tahap penanganan: pencegahan, penghentian atau pemulihan."))
    first_action = clean_text(first_action, max_length=5000)
    if not first_action:
        raise ApplicationError(_("Tuliskan tindakan pertama."))
    if assignee is not None and not can_see(assignee, alert):
        raise ApplicationError(
            _("%(name)s tidak dapat melihat peringatan ini; pilih penanggung jawab lain.")
            % {"name": assignee.display_name}
        )
    with transaction.atomic():
        alert_mark_handled(actor=actor, alert=alert)
        case = Case.objects.create(
            title=clean_text(title, max_length=200, single_line=True) or alert.title,
            region=alert.region,
            alert=alert,
            issue=_main_issue(alert),
            stage=stage,
            marking=alert.marking,
            assignee=assignee,
            opened_by=actor,
        )
        audit_record(
            action="case.open",
            actor=actor,
            target=case,
            summary=case.title,
            data={"alert_id": alert.pk, "stage": stage, "assignee": assignee.pk if assignee else None},
        )
        _add_action(case=case, actor=actor, kind=ActionKind.TINDAKAN, description=first_action, due_date=due_date)
    return case


def _main_issue(alert: Alert) -> Issue | None:
    """The isu most of the alert's reports belong to: the case handles that matter."""
    reports = Report.objects.filter(pk__in=alert.report_ids, issue__isnull=False)
    if alert.marking != Marking.RAHASIA:
        reports = reports.exclude(issue__marking=Marking.RAHASIA)
    counts = Counter(reports.values_list("issue_id", flat=True))
    if not counts:
        return None
    return Issue.objects.get(pk=counts.most_common(1)[0][0])


def case_add_action(
    *,
    actor: Any,
    case: Case,
    description: str,
    kind: str = ActionKind.TINDAKAN,
    due_date: dt.date | None = None,
) -> CaseAction:
    if not can(actor, "case.act", case):
        raise ApplicationError(_("Anda tidak berwenang menambah tindakan pada penanganan ini."))
    description = clean_text(description, max_length=5000)
    if not description:
        raise ApplicationError(_("Uraian tindakan wajib diisi."))
    if kind not in (ActionKind.TINDAKAN, ActionKind.CATATAN):
        raise ApplicationError(_("Jenis tindakan tidak dikenal."))
    with transaction.atomic():
        return _add_action(case=case, actor=actor, kind=kind, description=description, due_date=due_date)


def _add_action(*, case: Case, actor: Any, kind: str, description: str, due_date: dt.date | None) -> CaseAction:
    action = CaseAction.objects.create(case=case, actor=actor, kind=kind, description=description, due_date=due_date)
    audit_record(
        action="case.action",
        actor=actor,
        target=case,
        summary=description[:200],
        data={"action_id": action.pk, "kind": kind},
    )
    return action


def case_transition(*, actor: Any, case: Case, status: str, note: str = "") -> Case:
    if not can(actor, "case.act", case):
        raise ApplicationError(_("Anda tidak berwenang mengubah status penanganan ini."))
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case.pk)
        if status not in CASE_TRANSITIONS.get(case.status, frozenset()):
            raise ApplicationError(
                _("Status tidak dapat berubah dari %(old)s ke %(new)s.") % {"old": case.status, "new": status}
            )
        old = case.status
        now = timezone.now()
        case.status = status
        if status == CaseStatus.BERJALAN and case.started_at is None:
            case.started_at = now
        if status == CaseStatus.SELESAI:
            case.resolved_at = now
            case.outcome = clean_text(note, max_length=5000) or case.outcome
        case.save()
        audit_record(
            action="case.transition",
            actor=actor,
            target=case,
            summary=f"{old} → {status}",
            data={"note": note},
        )
        _add_action(
            case=case,
            actor=actor,
            kind=ActionKind.STATUS,
            description=_("Status: %(old)s → %(new)s. %(note)s") % {"old": old, "new": status, "note": note},
            due_date=None,
        )
    return case


def case_change_stage(*, actor: Any, case: Case, stage: str) -> Case:
    if not can(actor, "case.act", case):
        raise ApplicationError(_("Anda tidak berwenang mengubah tahap penanganan ini."))
    if stage not in CaseStage.values:
        raise ApplicationError(_("Tahap penanganan tidak dikenal."))
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case.pk)
        old = case.stage
        case.stage = stage
        case.save(update_fields=["stage"])
        audit_record(action="case.stage", actor=actor, target=case, summary=f"{old} → {stage}")
    return case
