from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from waspada.accounts.permissions import can
from waspada.cases.enums import CASE_TRANSITIONS
from waspada.cases.forms import CaseActionForm, CaseTransitionForm
from waspada.cases.selectors import cases_for_user, get_case_for_user
from waspada.cases.services import case_add_action, case_transition
from waspada.core.exceptions import ApplicationError


@login_required
def case_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(cases_for_user(request.user), 25).get_page(request.GET.get("page"))
    return render(request, "cases/case_list.html", {"page": page})


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for_user(request.user, pk)
    if case is None:
        raise Http404
    can_act = can(request.user, "case.act", case)
    allowed = CASE_TRANSITIONS.get(case.status, frozenset())
    transition_form = CaseTransitionForm(allowed=allowed)
    return render(
        request,
        "cases/case_detail.html",
        {
            "case": case,
            "actions": case.actions.select_related("actor"),
            "can_act": can_act,
            "action_form": CaseActionForm() if can_act else None,
            "transition_form": transition_form if can_act and allowed else None,
        },
    )


@login_required
@require_POST
def case_action_add(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for_user(request.user, pk)
    if case is None:
        raise Http404
    form = CaseActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Uraian tindakan wajib diisi."))
        return redirect("cases:case_detail", pk=pk)
    try:
        case_add_action(
            actor=request.user,
            case=case,
            description=form.cleaned_data["description"],
            kind=form.cleaned_data["kind"],
            due_date=form.cleaned_data["due_date"],
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Tindakan dicatat."))
    return redirect("cases:case_detail", pk=pk)


@login_required
@require_POST
def case_transition_view(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for_user(request.user, pk)
    if case is None:
        raise Http404
    form = CaseTransitionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Pilih status baru."))
        return redirect("cases:case_detail", pk=pk)
    try:
        case_transition(
            actor=request.user, case=case, status=form.cleaned_data["status"], note=form.cleaned_data["note"]
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Status penanganan diperbarui."))
    return redirect("cases:case_detail", pk=pk)
