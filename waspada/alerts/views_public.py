"""Public warnings: the public page (no login, nothing internal) and the staff's publish and withdraw actions."""

from __future__ import annotations

from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from waspada.alerts.forms_notify import PublicWarningForm
from waspada.alerts.messages import level_label, masked_label
from waspada.alerts.models import Alert
from waspada.alerts.selectors import get_alert_for_user
from waspada.alerts.services.public import (
    can_publish_warning_for,
    can_publish_warnings,
    current_public_warnings,
    current_warning_for_alert,
    draft_for,
    get_current_public_warning,
    get_public_warning_for_staff,
    public_warning_prepare,
    public_warning_publish,
    public_warning_withdraw,
    public_warnings_for_staff,
)
from waspada.core.exceptions import ApplicationError


def public_list(request: HttpRequest) -> HttpResponse:
    warnings = list(current_public_warnings())
    regions = [(region, list(rows)) for region, rows in groupby(warnings, key=lambda w: w.region)]
    return render(request, "alerts/public_list.html", {"regions": regions})


def public_detail(request: HttpRequest, pk: int) -> HttpResponse:
    warning = get_current_public_warning(pk)
    if warning is None:
        raise Http404
    return render(request, "alerts/public_detail.html", {"warning": warning})


@login_required
def warning_manage(request: HttpRequest) -> HttpResponse:
    if not can_publish_warnings(request.user):
        raise Http404
    return render(request, "alerts/public_manage.html", {"warnings": public_warnings_for_staff(request.user)[:200]})


def _alert_for_publishing(request: HttpRequest, alert_pk: int) -> Alert:
    alert = get_alert_for_user(request.user, alert_pk)
    if alert is None or not can_publish_warning_for(request.user, alert):
        raise Http404
    return alert


@login_required
def warning_publish(request: HttpRequest, alert_pk: int) -> HttpResponse:
    alert = _alert_for_publishing(request, alert_pk)
    context: dict[str, object] = {"alert": alert, "current": current_warning_for_alert(alert)}
    if request.method != "POST":
        title, text, level = draft_for(alert)
        context["form"] = PublicWarningForm(initial={"title": title, "text": text, "level": level})
        return render(request, "alerts/public_publish.html", context)
    form = PublicWarningForm(request.POST)
    context["form"] = form
    if form.is_valid():
        data = form.cleaned_data
        try:
            if request.POST.get("action") != "publish":
                masked_title, masked_text = public_warning_prepare(title=data["title"], text=data["text"])
                found = dict.fromkeys(masked_title.found + masked_text.found)
                context.update(
                    preview_title=masked_title,
                    preview_text=masked_text,
                    level_label=level_label(data["level"]),
                    masked_kinds=[masked_label(kind) for kind in found],
                )
                return render(request, "alerts/public_publish.html", context)
            warning = public_warning_publish(
                actor=request.user,
                alert=alert,
                title=data["title"],
                text=data["text"],
                level=data["level"],
                notify_subscribers=data["notify_subscribers"],
            )
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Peringatan publik diterbitkan: %(title)s") % {"title": warning.title})
            return redirect("alerts:alert_detail", pk=alert.pk)
    return render(request, "alerts/public_publish.html", context, status=400)


@login_required
@require_POST
def warning_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    warning = get_public_warning_for_staff(request.user, pk)
    if warning is None:
        raise Http404
    try:
        public_warning_withdraw(actor=request.user, warning=warning)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Peringatan publik ditarik."))
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(target)
    return redirect("public_warnings:warning_manage")
