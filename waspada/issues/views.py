from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from waspada.accounts.permissions import can
from waspada.core.exceptions import ApplicationError
from waspada.issues.forms import IssueMergeForm, IssueSplitForm
from waspada.issues.models import Issue
from waspada.issues.selectors import (
    get_issue_for_user,
    issue_merge_candidates_for_user,
    issue_reports_for_user,
    issues_for_user,
)
from waspada.issues.services import TRIAGE_PERMISSION, issue_merge, issue_split


@login_required
def issue_list(request: HttpRequest) -> HttpResponse:
    issues = issues_for_user(request.user).filter(merged_into__isnull=True)
    page = Paginator(issues, 25).get_page(request.GET.get("page"))
    return render(request, "issues/issue_list.html", {"page": page})


@login_required
def issue_detail(request: HttpRequest, pk: int) -> HttpResponse:
    issue = get_issue_for_user(request.user, pk)
    if issue is None:
        raise Http404
    reports = list(issue_reports_for_user(request.user, issue))
    context: dict[str, Any] = {
        "issue": issue,
        "reports": reports,
        # shown only when this user may see the isu it went into
        "merged_into": get_issue_for_user(request.user, issue.merged_into_id) if issue.merged_into_id else None,
        "can_change": can(request.user, TRIAGE_PERMISSION, issue) and issue.merged_into_id is None,
    }
    if context["can_change"]:
        candidates = list(issue_merge_candidates_for_user(request.user, issue))
        context["merge_form"] = IssueMergeForm(candidates=candidates) if candidates else None
        context["split_form"] = IssueSplitForm(reports=reports) if len(reports) >= 2 else None
    return render(request, "issues/issue_detail.html", context)


def _issue_to_change(request: HttpRequest, pk: int) -> Issue:
    """The isu, if this user sees it and may merge or split it; anything else is 404, never 403."""
    issue = get_issue_for_user(request.user, pk)
    if issue is None or not can(request.user, TRIAGE_PERMISSION, issue):
        raise Http404
    return issue


@login_required
@require_POST
def issue_merge_view(request: HttpRequest, pk: int) -> HttpResponse:
    issue = _issue_to_change(request, pk)
    form = IssueMergeForm(request.POST, candidates=list(issue_merge_candidates_for_user(request.user, issue)))
    if not form.is_valid():
        messages.error(request, _("Pilih isu lain dari kabupaten/kota yang sama untuk digabungkan."))
        return redirect("issues:issue_detail", pk=pk)
    other = form.chosen()
    try:
        issue_merge(actor=request.user, target=issue, others=[other])
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Isu “%(title)s” digabungkan ke isu ini.") % {"title": other.title})
    return redirect("issues:issue_detail", pk=pk)


@login_required
@require_POST
def issue_split_view(request: HttpRequest, pk: int) -> HttpResponse:
    issue = _issue_to_change(request, pk)
    form = IssueSplitForm(request.POST, reports=list(issue_reports_for_user(request.user, issue)))
    if not form.is_valid():
        messages.error(request, _("Pilih laporan dari isu ini yang akan dipisahkan."))
        return redirect("issues:issue_detail", pk=pk)
    try:
        new = issue_split(
            actor=request.user, issue=issue, report_ids=form.chosen_ids(), title=form.cleaned_data["title"]
        )
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect("issues:issue_detail", pk=pk)
    messages.success(
        request,
        _("%(count)s laporan dipisahkan menjadi isu baru ini; mesin tidak akan mengembalikannya ke isu asal.")
        % {"count": new.report_count},
    )
    return redirect("issues:issue_detail", pk=new.pk)
