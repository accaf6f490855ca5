from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from waspada.accounts.permissions import can
from waspada.audit.selectors import audit_events_for_user


@login_required
def audit_list(request: HttpRequest) -> HttpResponse:
    if not can(request.user, "audit.view"):
        raise Http404
    events = audit_events_for_user(request.user)
    action = request.GET.get("action", "")
    if action:
        events = events.filter(action__startswith=action[:60])
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "audit/audit_list.html", {"page": page, "action": action})
