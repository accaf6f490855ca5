from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from waspada.accounts.permissions import scope_q
from waspada.intake.models import ImportJob, Report


def reports_for_user(user: Any) -> QuerySet[Report]:
    return Report.objects.filter(scope_q(user, author_field="author")).select_related(
        "region", "kabkota", "source", "author"
    )


def get_report_for_user(user: Any, pk: int) -> Report | None:
    return reports_for_user(user).select_related("analysis", "issue").filter(pk=pk).first()


def import_jobs_for_user(user: Any) -> QuerySet[ImportJob]:
    """Import jobs are their uploader's (an administrator with superuser rights sees all); never the file."""
    jobs = ImportJob.objects.defer("content").select_related("created_by")
    if getattr(user, "is_superuser", False):
        return jobs
    if not getattr(user, "is_authenticated", False) or getattr(user, "is_integration", False):
        return jobs.none()
    return jobs.filter(created_by=user)


def get_import_job_for_user(user: Any, pk: int) -> ImportJob | None:
    return import_jobs_for_user(user).filter(pk=pk).first()
