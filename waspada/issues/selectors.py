from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from waspada.accounts.permissions import scope_q
from waspada.intake.models import Report
from waspada.intake.selectors import reports_for_user
from waspada.issues.models import Issue


def issues_for_user(user: Any) -> QuerySet[Issue]:
    return Issue.objects.filter(scope_q(user)).select_related("region")


def get_issue_for_user(user: Any, pk: int) -> Issue | None:
    return issues_for_user(user).filter(pk=pk).first()


def issue_reports_for_user(user: Any, issue: Issue) -> QuerySet[Report]:
    return reports_for_user(user).filter(issue=issue).order_by("-occurred_at")


def issue_merge_candidates_for_user(user: Any, issue: Issue, limit: int = 100) -> QuerySet[Issue]:
    """The isu this user may gather into ``issue``: same kab/kota and marking, not merged away, latest first."""
    return (
        issues_for_user(user)
        .filter(region_id=issue.region_id, marking=issue.marking, merged_into__isnull=True)
        .exclude(pk=issue.pk)
        .order_by("-last_seen", "-id")[:limit]
    )
