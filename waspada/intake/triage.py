"""Triage by analysts: verify, reject, grade, re-mark, gather into isu, open a sealed contact. All audited."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from waspada.accounts.enums import Role
from waspada.accounts.permissions import can, can_see
from waspada.audit.services import audit_record
from waspada.core.enums import MARKING_RANK, Credibility, Marking, Reliability
from waspada.core.exceptions import ApplicationError
from waspada.intake.enums import PublicStatus, RejectReason, ReportStatus
from waspada.intake.models import Report
from waspada.intake.sealing import unseal
from waspada.issues.enums import IssueStatus
from waspada.issues.models import Issue

# Who may open a reporter's sealed contact (to verify a tip): the provincial analyst and Kominda.
CONTACT_VERIFIER_ROLES = frozenset({Role.ANALIS_PROVINSI, Role.KOMINDA})


def _locked(actor: Any, report: Report) -> Report:
    if not can(actor, "report.triage", report):
        raise ApplicationError(_("Anda tidak berwenang menilai laporan ini."))
    return Report.objects.select_for_update().get(pk=report.pk)


def _reassess_after_commit(report: Report) -> None:
    """Risk and alerts depend on status, grading and marking: re-score the region once the change is stored."""
    if report.kabkota_id:
        from waspada.alerts.services import region_risk_and_alerts_update

        code = report.kabkota_id
        transaction.on_commit(lambda: region_risk_and_alerts_update(region_code=code))


def report_verify(*, actor: Any, report: Report) -> Report:
    with transaction.atomic():
        report = _locked(actor, report)
        if report.status == ReportStatus.DIVERIFIKASI:
            return report
        report.status, report.reject_reason = ReportStatus.DIVERIFIKASI, ""
        report.triaged_by, report.triaged_at = actor, timezone.now()
        report.save()
        audit_record(action="report.verify", actor=actor, target=report, summary=report.title)
        _reassess_after_commit(report)
    return report


def report_reject(*, actor: Any, report: Report, reason: str) -> Report:
    if reason not in RejectReason.values:
        raise ApplicationError(_("Pilih alasan penolakan: hoaks, tidak relevan atau duplikat."))
    with transaction.atomic():
        report = _locked(actor, report)
        report.status, report.reject_reason = ReportStatus.DITOLAK, reason
        report.triaged_by, report.triaged_at = actor, timezone.now()
        report.save()
        audit_record(action="report.reject", actor=actor, target=report, summary=report.title, data={"reason": reason})
        _reassess_after_commit(report)
    return report


def report_grade(*, actor: Any, report: Report, reliability: str, credibility: int) -> Report:
    if reliability not in Reliability.values or credibility not in Credibility.values:
        raise ApplicationError(_("Penilaian harus A–F dan 1–6."))
    with transaction.atomic():
        report = _locked(actor, report)
        before = report.grading
        report.reliability, report.credibility = reliability, credibility
        report.save(update_fields=["reliability", "credibility"])
        audit_record(
            action="report.grade",
            actor=actor,
            target=report,
            summary=f"{before} → {report.grading}",
            data={"before": before, "after": report.grading},
        )
        _reassess_after_commit(report)
    return report


def report_set_marking(*, actor: Any, report: Report, marking: str) -> Report:
    if marking not in Marking.values:
        raise ApplicationError(_("Klasifikasi tidak dikenal."))
    with transaction.atomic():
        report = _locked(actor, report)
        if marking == Marking.RAHASIA and report.issue_id and report.issue.marking != Marking.RAHASIA:  # type: ignore[union-attr]
            raise ApplicationError(_("Keluarkan laporan dari isunya dulu: isu itu tidak rahasia."))
        before = report.marking
        report.marking = marking
        report.save(update_fields=["marking"])
        # The audit row carries the stricter of the two markings, so a downgrade does not leak the old content.
        strictest = max(before, marking, key=lambda m: MARKING_RANK[Marking(m)])
        audit_record(
            action="report.marking", actor=actor, target=report, marking=strictest, summary=f"{before} → {marking}"
        )
        _reassess_after_commit(report)
    return report


def _recount(issue: Issue) -> None:
    stats = issue.reports.aggregate(n=Count("id"), top=Max("severity"))
    issue.report_count = stats["n"] or 0
    issue.max_severity = stats["top"] or 0
    issue.save(update_fields=["report_count", "max_severity"])


def report_move_to_issue(*, actor: Any, report: Report, issue: Issue | None) -> Issue:
    """Gather a report into an existing isu, or (issue=None) start a new isu from it."""
    with transaction.atomic():
        report = _locked(actor, report)
        if not report.kabkota_id:
            raise ApplicationError(_("Laporan belum punya kabupaten/kota; tentukan lokasinya dulu."))
        if issue is not None:
            issue = Issue.objects.select_for_update().get(pk=issue.pk)
            if not can_see(actor, issue):
                raise ApplicationError(_("Isu tidak ditemukan."))
            if report.marking == Marking.RAHASIA and issue.marking != Marking.RAHASIA:
                raise ApplicationError(_("Laporan rahasia hanya dapat masuk ke isu rahasia."))
        else:
            issue = Issue.objects.create(
                title=report.title,
                region_id=report.kabkota_id,
                category=report.category,
                domain=report.domain,
                marking=Marking.RAHASIA if report.marking == Marking.RAHASIA else Marking.TERBATAS,
                first_seen=report.occurred_at,
                last_seen=report.occurred_at,
            )
            audit_record(action="issue.create", actor=actor, target=issue, summary=issue.title)
        previous = report.issue
        report.issue = issue
        report.save(update_fields=["issue"])
        for touched in filter(None, (previous, issue)):
            _recount(touched)
        issue.first_seen = min(issue.first_seen, report.occurred_at)
        issue.last_seen = max(issue.last_seen, report.occurred_at)
        issue.status = IssueStatus.AKTIF
        issue.save(update_fields=["first_seen", "last_seen", "status"])
        audit_record(
            action="report.move_to_issue",
            actor=actor,
            target=report,
            summary=issue.title,
            data={"from": previous.pk if previous else None, "to": issue.pk},
        )
    return issue


def report_contact_reveal(*, actor: Any, report: Report) -> str:
    """The sealed contact of the sender; every opening is written to the audit log."""
    if getattr(actor, "role", None) not in CONTACT_VERIFIER_ROLES or not can_see(actor, report):
        raise ApplicationError(_("Hanya verifikator yang dapat membuka kontak pelapor."))
    if not report.contact_sealed:
        raise ApplicationError(_("Pelapor tidak meninggalkan kontak."))
    with transaction.atomic():
        audit_record(
            action="report.contact_reveal",
            actor=actor,
            target=report,
            marking=Marking.RAHASIA if report.marking == Marking.RAHASIA else Marking.TERBATAS,
            summary=_("Kontak pelapor dibuka"),
        )
    return unseal(report.contact_sealed)


def public_status(report: Report) -> PublicStatus:
    """What a tip's sender may know: received, being handled, or closed; nothing internal."""
    if report.status == ReportStatus.DITOLAK:
        return PublicStatus.SELESAI
    cases = report.issue.cases.all() if report.issue_id else []  # type: ignore[union-attr]
    if cases and all(case.status == "selesai" for case in cases):
        return PublicStatus.SELESAI
    if cases or report.status == ReportStatus.DIVERIFIKASI:
        return PublicStatus.DITANGANI
    return PublicStatus.DITERIMA
