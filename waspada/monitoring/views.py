from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from waspada.core.exceptions import ApplicationError
from waspada.monitoring.forms import DeleteSourceForm, FeedSourceForm
from waspada.monitoring.models import FeedSource
from waspada.monitoring.selectors import (
    can_manage_sources,
    duplicates_of_source,
    feed_sources_for_user,
    get_feed_source_for_user,
    recent_items_for_user,
    sources_health,
)
from waspada.monitoring.services import (
    feed_source_create,
    feed_source_delete,
    feed_source_poll_request,
    feed_source_set_enabled,
    feed_source_update,
)


def _source_or_404(request: HttpRequest, pk: int) -> FeedSource:
    source = get_feed_source_for_user(request.user, pk)
    if source is None:
        raise Http404
    return source


@login_required
def source_list(request: HttpRequest) -> HttpResponse:
    """The source-health page: every monitored outlet, whether it answers, and how much it brings."""
    if not can_manage_sources(request.user):
        raise Http404
    health = sources_health(list(feed_sources_for_user(request.user)))
    return render(
        request,
        "monitoring/source_list.html",
        {
            "health": health,
            "failing": sum(1 for h in health if h.state == "bermasalah"),
            "monitoring_enabled": settings.WASPADA_MONITORING_ENABLED,
            "contact_configured": bool(settings.WASPADA_MONITORING_CONTACT_URL),
        },
    )


@login_required
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    source = _source_or_404(request, pk)
    [health] = sources_health([source])
    items, hidden = recent_items_for_user(request.user, source)
    return render(
        request,
        "monitoring/source_detail.html",
        {
            "health": health,
            "source": source,
            "items": items,
            "hidden_items": hidden,
            "duplicates": duplicates_of_source(source),
        },
    )


@login_required
def source_create(request: HttpRequest) -> HttpResponse:
    if not can_manage_sources(request.user):
        raise Http404
    form = FeedSourceForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            source = feed_source_create(
                actor=request.user,
                name=data["name"],
                feed_url=data["feed_url"],
                region_code=data["region"] or None,
                poll_interval_minutes=data["poll_interval_minutes"],
                enabled=data["enabled"],
                reliability=data["reliability"],
                marking=data["marking"],
            )
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Sumber berita %(name)s ditambahkan.") % {"name": source.name})
            return redirect("monitoring:source_detail", pk=source.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "monitoring/source_form.html", {"form": form, "source": None}, status=status)


@login_required
def source_edit(request: HttpRequest, pk: int) -> HttpResponse:
    source = _source_or_404(request, pk)
    form = FeedSourceForm(request.POST or None, user=request.user, initial=FeedSourceForm.initial_for(source))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            feed_source_update(
                actor=request.user,
                source=source,
                name=data["name"],
                feed_url=data["feed_url"],
                region_code=data["region"] or None,
                poll_interval_minutes=data["poll_interval_minutes"],
                enabled=data["enabled"],
                reliability=data["reliability"],
                marking=data["marking"],
            )
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Perubahan tersimpan."))
            return redirect("monitoring:source_detail", pk=source.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "monitoring/source_form.html", {"form": form, "source": source}, status=status)


@login_required
@require_POST
def source_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    source = _source_or_404(request, pk)
    enabled = request.POST.get("enabled") == "1"
    try:
        feed_source_set_enabled(actor=request.user, source=source, enabled=enabled)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Sumber diaktifkan.") if enabled else _("Sumber dinonaktifkan."))
    return redirect("monitoring:source_detail", pk=pk)


@login_required
@require_POST
def source_poll(request: HttpRequest, pk: int) -> HttpResponse:
    source = _source_or_404(request, pk)
    try:
        feed_source_poll_request(actor=request.user, source=source)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Pemeriksaan diantrekan; hasilnya tampil di halaman ini dalam beberapa saat."))
    return redirect("monitoring:source_detail", pk=pk)


@login_required
def source_delete(request: HttpRequest, pk: int) -> HttpResponse:
    source = _source_or_404(request, pk)
    form = DeleteSourceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            feed_source_delete(actor=request.user, source=source, confirm_name=form.cleaned_data["confirm_name"])
        except ApplicationError as error:
            form.add_error("confirm_name", error.message)
        else:
            messages.success(request, _("Sumber berita %(name)s dihapus.") % {"name": source.name})
            return redirect("monitoring:source_list")
    [health] = sources_health([source])
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "monitoring/source_confirm_delete.html",
        {"form": form, "source": source, "health": health},
        status=status,
    )
