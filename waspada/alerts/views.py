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
from waspada.alerts.enums import AlertStatus
from waspada.alerts.forms import CloseAlertForm, OpenCaseForm
from waspada.alerts.models import Alert
from waspada.alerts.selectors import alerts_for_user, get_alert_for_user
from waspada.alerts.services import alert_acknowledge, alert_close
from waspada.cases.services import case_open_from_alert
from waspada.core.exceptions import ApplicationError
from waspada.intake.selectors import reports_for_user


@login_required
def alert_list(request: HttpRequest) -> HttpResponse:
    alerts = alerts_for_user(request.user)
    status = request.GET.get("status", "")
    if status in AlertStatus.values:
        alerts = alerts.filter(status=status)
    page = Paginator(alerts, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "alerts/alert_list.html",
        {"page": page, "status": status, "status_options": AlertStatus.choices},
    )


def _detail_context(request: HttpRequest, alert: Alert, case_form: OpenCaseForm | None = None) -> dict[str, Any]:
    user = request.user
    reports = reports_for_user(user).filter(pk__in=alert.report_ids).order_by("-occurred_at")
    is_open = alert.status != AlertStatus.DITUTUP
    if case_form is None and is_open and can(user, "case.open", alert):
        case_form = OpenCaseForm(alert=alert)
    return {
        "alert": alert,
        "reports": reports,
        # Reports the viewer may not see still count, but stay unnamed.
        "hidden_reports": len(alert.report_ids) - reports.count(),
        "cases": alert.cases.all(),
        "can_acknowledge": can(user, "alert.acknowledge", alert) and alert.status == AlertStatus.BARU,
        "can_close": can(user, "alert.close", alert) and is_open,
        "case_form": case_form,
        "close_form": CloseAlertForm(),
    }


@login_required
def alert_detail(request: HttpRequest, pk: int) -> HttpResponse:
    alert = get_alert_for_user(request.user, pk)
    if alert is None:
        raise Http404
    return render(request, "alerts/alert_detail.html", _detail_context(request, alert))


@login_required
@require_POST
def alert_acknowledge_view(request: HttpRequest, pk: int) -> HttpResponse:
    alert = get_alert_for_user(request.user, pk)
    if alert is None:
        raise Http404
    try:
        alert_acknowledge(actor=request.user, alert=alert)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Peringatan diakui."))
    return redirect("alerts:alert_detail", pk=pk)


@login_required
@require_POST
def alert_open_case(request: HttpRequest, pk: int) -> HttpResponse:
    alert = get_alert_for_user(request.user, pk)
    if alert is None:
        raise Http404
    form = OpenCaseForm(request.POST, alert=alert)
    if form.is_valid():
        try:
            case = case_open_from_alert(
                actor=request.user,
                alert=alert,
                stage=form.cleaned_data["stage"],
                assignee=form.cleaned_data["assignee"],
                first_action=form.cleaned_data["first_action"],
                title=form.cleaned_data["title"],
                due_date=form.cleaned_data["due_date"],
            )
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Penanganan dibuka."))
            return redirect("cases:case_detail", pk=case.pk)
    return render(request, "alerts/alert_detail.html", _detail_context(request, alert, form), status=400)


@login_required
@require_POST
def alert_close_view(request: HttpRequest, pk: int) -> HttpResponse:
    alert = get_alert_for_user(request.user, pk)
    if alert is None:
        raise Http404
    form = CloseAlertForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Pilih hasil penutupan peringatan."))
        return redirect("alerts:alert_detail", pk=pk)
    try:
        alert_close(
            actor=request.user,
            alert=alert,
            outcome=form.cleaned_data["outcome"],
            note=form.cleaned_data["note"],
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Peringatan ditutup."))
    return redirect("alerts:alert_detail", pk=pk)
