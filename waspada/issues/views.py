from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from waspada.issues.selectors import get_issue_for_user, issue_reports_for_user, issues_for_user


@login_required
def issue_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(issues_for_user(request.user), 25).get_page(request.GET.get("page"))
    return render(request, "issues/issue_list.html", {"page": page})


@login_required
def issue_detail(request: HttpRequest, pk: int) -> HttpResponse:
    issue = get_issue_for_user(request.user, pk)
    if issue is None:
        raise Http404
    reports = issue_reports_for_user(request.user, issue)
    return render(request, "issues/issue_detail.html", {"issue": issue, "reports": reports})
