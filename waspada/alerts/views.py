from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from waspada.accounts.permissions import can, region_in_scope
from waspada.alerts.enums import OPEN_ALERT_STATUSES, AlertStatus, RuleKind
from waspada.alerts.evaluation import alert_evaluation_for_user, format_lead, lead_bucket_labels
from waspada.alerts.forms import AlertRuleForm, CloseAlertForm, EvaluationPeriodForm, OpenCaseForm
from waspada.alerts.models import Alert, AlertRule
from waspada.alerts.rule_selectors import (
    can_manage_rule,
    can_manage_rules,
    describe_narrowing,
    describe_rule,
    get_rule_for_user,
    rules_for_user,
)
from waspada.alerts.selectors import alerts_for_user, get_alert_for_user
from waspada.alerts.services.escalation import ESCALATION_LABELS, escalation_due_at
from waspada.alerts.services.lifecycle import alert_acknowledge, alert_close, alert_status_times
from waspada.alerts.services.rule_editing import alert_rule_create, alert_rule_set_active, alert_rule_update
from waspada.audit.selectors import audit_events_for_user
from waspada.cases.services import case_open_from_alert
from waspada.core.exceptions import ApplicationError
from waspada.intake.selectors import reports_for_user
from waspada.regions.models import Region
from waspada.regions.selectors import kabkota_choices_for_user


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
        {
            "page": page,
            "status": status,
            "status_options": AlertStatus.choices,
            "can_view_rules": can(request.user, "rule.view"),
            "can_evaluate": can(request.user, "alert.evaluate"),
        },
    )


def _alert_or_404(request: HttpRequest, pk: int) -> Alert:
    alert = get_alert_for_user(request.user, pk)
    if alert is None:
        raise Http404
    return alert


def _detail_context(
    request: HttpRequest,
    alert: Alert,
    case_form: OpenCaseForm | None = None,
    close_form: CloseAlertForm | None = None,
) -> dict[str, Any]:
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
        "rule_visible": get_rule_for_user(user, alert.rule_id) is not None,
        "status_times": alert_status_times(alert),
        "escalation_label": ESCALATION_LABELS[min(alert.escalation_level, len(ESCALATION_LABELS) - 1)],
        "escalation_due_at": escalation_due_at(alert),
        "lead_text": format_lead((alert.event_at - alert.raised_at).total_seconds() / 3600) if alert.event_at else "",
        "can_acknowledge": can(user, "alert.acknowledge", alert) and alert.status == AlertStatus.BARU,
        "can_close": can(user, "alert.close", alert) and is_open,
        "case_form": case_form,
        "close_form": close_form or CloseAlertForm(alert=alert),
    }


@login_required
def alert_detail(request: HttpRequest, pk: int) -> HttpResponse:
    alert = _alert_or_404(request, pk)
    return render(request, "alerts/alert_detail.html", _detail_context(request, alert))


@login_required
@require_POST
def alert_acknowledge_view(request: HttpRequest, pk: int) -> HttpResponse:
    alert = _alert_or_404(request, pk)
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
    alert = _alert_or_404(request, pk)
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
    return render(request, "alerts/alert_detail.html", _detail_context(request, alert, case_form=form), status=400)


@login_required
@require_POST
def alert_close_view(request: HttpRequest, pk: int) -> HttpResponse:
    alert = _alert_or_404(request, pk)
    form = CloseAlertForm(request.POST, alert=alert)
    if form.is_valid():
        try:
            alert_close(
                actor=request.user,
                alert=alert,
                outcome=form.cleaned_data["outcome"],
                event_at=form.cleaned_data["event_at"],
                note=form.cleaned_data["note"],
            )
        except ApplicationError as error:
            # The alert moved meanwhile (closed by someone else): the form no longer applies.
            messages.error(request, error.message)
        else:
            messages.success(request, _("Peringatan ditutup."))
        return redirect("alerts:alert_detail", pk=pk)
    return render(request, "alerts/alert_detail.html", _detail_context(request, alert, close_form=form), status=400)


# --- Rules --------------------------------------------------------------------------------------------------


def _rule_or_404(request: HttpRequest, pk: int, *, manage: bool = False) -> AlertRule:
    rule = get_rule_for_user(request.user, pk)
    if rule is None or (manage and not can_manage_rule(request.user, rule)):
        raise Http404
    return rule


def _region_options(user: Any) -> list[Region]:
    home = Region.objects.filter(code=settings.WASPADA_HOME_REGION).first()
    options = [home] if home is not None and region_in_scope(user, home.code) else []
    return options + kabkota_choices_for_user(user)


@login_required
def rule_list(request: HttpRequest) -> HttpResponse:
    if not can(request.user, "rule.view"):
        raise Http404
    rules = list(rules_for_user(request.user).order_by("-active", "kind", "name"))
    open_counts = dict(
        alerts_for_user(request.user)
        .filter(status__in=OPEN_ALERT_STATUSES, rule__in=rules)
        .values_list("rule")
        .annotate(n=Count("pk"))
        .values_list("rule", "n")
    )
    rows = [
        {
            "rule": rule,
            "summary": describe_rule(rule),
            "narrowing": describe_narrowing(rule),
            "open_alerts": open_counts.get(rule.pk, 0),
        }
        for rule in rules
    ]
    return render(
        request,
        "alerts/rule_list.html",
        {"rows": rows, "can_create": can_manage_rules(request.user)},
    )


@login_required
def rule_detail(request: HttpRequest, pk: int) -> HttpResponse:
    rule = _rule_or_404(request, pk)
    history = None
    if can(request.user, "audit.view"):
        history = audit_events_for_user(request.user).filter(object_type="alertrule", object_id=str(rule.pk))[:20]
    return render(
        request,
        "alerts/rule_detail.html",
        {
            "rule": rule,
            "summary": describe_rule(rule),
            "narrowing": describe_narrowing(rule),
            "alerts": alerts_for_user(request.user).filter(rule=rule)[:10],
            "history": history,
            "can_manage": can_manage_rule(request.user, rule),
        },
    )


@login_required
def rule_create(request: HttpRequest) -> HttpResponse:
    if not can_manage_rules(request.user):
        raise Http404
    kind = request.POST.get("jenis") or request.GET.get("jenis", "")
    if kind not in RuleKind.values:
        return render(request, "alerts/rule_kind.html", {"kinds": RuleKind.choices})
    form = AlertRuleForm(request.POST or None, kind=kind, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            rule = alert_rule_create(actor=request.user, kind=kind, **form.rule_values())
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Aturan %(name)s dibuat.") % {"name": rule.name})
            return redirect("alerts:rule_detail", pk=rule.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "alerts/rule_form.html",
        {
            "form": form,
            "rule": None,
            "kind_label": RuleKind(kind).label,
            "kind": kind,
            "regions": _region_options(request.user),
        },
        status=status,
    )


@login_required
def rule_edit(request: HttpRequest, pk: int) -> HttpResponse:
    rule = _rule_or_404(request, pk, manage=True)
    form = AlertRuleForm(
        request.POST or None, kind=rule.kind, user=request.user, initial=AlertRuleForm.initial_for(rule)
    )
    if request.method == "POST" and form.is_valid():
        try:
            alert_rule_update(actor=request.user, rule=rule, **form.rule_values())
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Perubahan aturan tersimpan."))
            return redirect("alerts:rule_detail", pk=rule.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "alerts/rule_form.html",
        {
            "form": form,
            "rule": rule,
            "kind_label": rule.get_kind_display(),
            "kind": rule.kind,
            "regions": _region_options(request.user),
        },
        status=status,
    )


@login_required
@require_POST
def rule_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    rule = _rule_or_404(request, pk, manage=True)
    active = request.POST.get("active") == "1"
    try:
        alert_rule_set_active(actor=request.user, rule=rule, active=active)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Aturan diaktifkan.") if active else _("Aturan dinonaktifkan."))
    return redirect("alerts:rule_detail", pk=pk)


# --- Evaluation ---------------------------------------------------------------------------------------------


@login_required
def evaluation(request: HttpRequest) -> HttpResponse:
    if not can(request.user, "alert.evaluate"):
        raise Http404
    form = EvaluationPeriodForm(request.GET)
    if not form.is_valid():
        return render(request, "alerts/evaluation.html", {"form": form, "evaluation": None}, status=400)
    start, end = form.period(timezone.localdate())
    form = EvaluationPeriodForm({"dari": start.isoformat(), "sampai": end.isoformat()})
    result = alert_evaluation_for_user(request.user, start=start, end=end, tz=timezone.get_current_timezone())
    distribution = result.distribution
    tallest = max([n for _label, n in distribution] + [1])
    bars = [
        {
            "label": label,
            "n": n,
            "x": i * 50 + 4,
            "height": round(n / tallest * 100),
            "y": 110 - round(n / tallest * 100),
        }
        for i, (label, n) in enumerate(distribution)
    ]
    return render(
        request,
        "alerts/evaluation.html",
        {
            "form": form,
            "evaluation": result,
            "bars": bars,
            "bucket_labels": lead_bucket_labels(),
            "sections": [
                (_("Per kabupaten/kota"), "wilayah", result.by_region),
                (_("Per kategori"), "kategori", result.by_category),
                (_("Per aturan"), "aturan", result.by_rule),
            ],
        },
    )
