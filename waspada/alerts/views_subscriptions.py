"""Subscription pages: each person lists, adds, changes and removes their own; admins see everyone's.

A subscription that is not the viewer's (and the viewer is no admin) answers 404, like every object out of reach.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from waspada.alerts.forms_notify import SubscriptionForm
from waspada.alerts.models import Subscription
from waspada.alerts.services.subscriptions import (
    address_masked,
    get_subscription_for_user,
    manages_all_subscriptions,
    subscription_create,
    subscription_delete,
    subscription_update,
    subscriptions_for_user,
)
from waspada.alerts.transports import subscription_channels
from waspada.core.exceptions import ApplicationError


def _subscription_or_404(request: HttpRequest, pk: int) -> Subscription:
    subscription = get_subscription_for_user(request.user, pk)
    if subscription is None:
        raise Http404
    return subscription


@login_required
def subscription_list(request: HttpRequest) -> HttpResponse:
    rows = [(s, address_masked(s)) for s in subscriptions_for_user(request.user)]
    return render(
        request,
        "alerts/subscription_list.html",
        {
            "rows": rows,
            "sees_all": manages_all_subscriptions(request.user),
            "channels_available": bool(subscription_channels()),
        },
    )


@login_required
def subscription_create_view(request: HttpRequest) -> HttpResponse:
    form = SubscriptionForm(request.POST or None, owner=request.user)
    if request.method == "POST":
        if form.is_valid():
            try:
                subscription_create(actor=request.user, data=form.to_input())
            except ApplicationError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Langganan disimpan."))
                return redirect("subscriptions:subscription_list")
        return render(request, "alerts/subscription_form.html", {"form": form, "creating": True}, status=400)
    return render(request, "alerts/subscription_form.html", {"form": form, "creating": True})


@login_required
def subscription_edit(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = _subscription_or_404(request, pk)
    form = SubscriptionForm(request.POST or None, owner=subscription.user, instance=subscription)
    context = {"form": form, "subscription": subscription, "creating": False}
    if request.method == "POST":
        if form.is_valid():
            try:
                subscription_update(actor=request.user, subscription=subscription, data=form.to_input())
            except ApplicationError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Langganan diperbarui."))
                return redirect("subscriptions:subscription_list")
        return render(request, "alerts/subscription_form.html", context, status=400)
    return render(request, "alerts/subscription_form.html", context)


@login_required
def subscription_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = _subscription_or_404(request, pk)
    if request.method == "POST":
        try:
            subscription_delete(actor=request.user, subscription=subscription)
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Langganan dihapus."))
        return redirect("subscriptions:subscription_list")
    return render(
        request,
        "alerts/subscription_confirm_delete.html",
        {"subscription": subscription, "address": address_masked(subscription)},
    )
