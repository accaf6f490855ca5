"""Reports about the same developing matter are gathered into one isu."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from waspada.audit.services import audit_record
from waspada.core.enums import Marking
from waspada.intake.models import Report
from waspada.issues.enums import IssueStatus
from waspada.issues.models import Issue

# A report joins an open isu of the same kab/kota and category seen within this window.
ISSUE_WINDOW = dt.timedelta(days=7)


def issues_settle(*, now: dt.datetime) -> int:
    """Active issues with no new report for a week are marked as subsiding (mereda)."""
    quiet = Issue.objects.filter(status=IssueStatus.AKTIF, last_seen__lt=now - ISSUE_WINDOW)
    settled = 0
    with transaction.atomic():
        for issue in quiet.select_for_update():
            issue.status = IssueStatus.MEREDA
            issue.save(update_fields=["status"])
            audit_record(action="issue.settle", actor_label="sistem", target=issue, summary=issue.title)
            settled += 1
    return settled


def issue_attach_report(*, report: Report) -> Issue | None:
    """Attach an analysed, conflict-relevant report to its isu (creating one); runs in the caller's transaction."""
    if report.issue_id is not None or not report.kabkota_id or not report.category or not report.severity:
        return None
    # Rahasia reports only ever gather into rahasia issues, so an issue never leaks what its reports hide.
    marking = Marking.RAHASIA if report.marking == Marking.RAHASIA else Marking.TERBATAS
    issue = (
        Issue.objects.select_for_update()
        .filter(
            region_id=report.kabkota_id,
            category=report.category,
            marking=marking,
            status__in=[IssueStatus.AKTIF, IssueStatus.MEREDA],
            last_seen__gte=report.occurred_at - ISSUE_WINDOW,
        )
        .order_by("-last_seen")
        .first()
    )
    if issue is None:
        issue = Issue.objects.create(
            title=report.title,
            region_id=report.kabkota_id,
            category=report.category,
            domain=report.domain,
            marking=marking,
            first_seen=report.occurred_at,
            last_seen=report.occurred_at,
        )
        audit_record(action="issue.create", actor_label="sistem", target=issue, summary=issue.title)
    issue.report_count += 1
    issue.last_seen = max(issue.last_seen, report.occurred_at)
    issue.first_seen = min(issue.first_seen, report.occurred_at)
    issue.max_severity = max(issue.max_severity, report.severity or 0)
    issue.status = IssueStatus.AKTIF
    issue.save()
    report.issue = issue
    report.save(update_fields=["issue"])
    audit_record(
        action="issue.attach_report",
        actor_label="sistem",
        target=issue,
        summary=report.title,
        data={"report_id": report.pk},
    )
    return issue
