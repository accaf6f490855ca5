"""Admin lists for notifications: the outbox (failed ones to look into and send again), subscriptions, and the webhook
endpoints of partner systems (the one thing kept here: people keep their subscriptions at /langganan/)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from waspada.alerts.models import Notification, Subscription, WebhookEndpoint
from waspada.alerts.services.endpoints import (
    MIN_SECRET,
    new_webhook_secret,
    webhook_endpoint_delete,
    webhook_endpoint_save,
)
from waspada.alerts.services.notify import notifications_retry
from waspada.alerts.services.subscriptions import address_masked
from waspada.alerts.transports.webhook import check_url
from waspada.core.admin import ReadOnlyAdmin
from waspada.core.exceptions import ApplicationError
from waspada.intake.enums import DeliveryStatus
from waspada.regions.models import Region, RegionLevel


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return list(DeliveryStatus.choices)

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        return queryset.filter(status=self.value()) if self.value() else queryset


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = (
        "id",
        "kind",
        "channel",
        "status_label",
        "recipient",
        "alert",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
        "sent_at",
    )
    list_filter = (StatusFilter, "channel", "kind")
    list_select_related = ("subscription__user", "endpoint", "alert")
    search_fields = ("subject", "last_error", "subscription__user__username", "endpoint__name")
    date_hierarchy = "created_at"
    actions = ["send_again"]

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, obj: Notification) -> str:
        return str(dict(DeliveryStatus.choices).get(obj.status, obj.status))

    @admin.display(description=_("penerima"))
    def recipient(self, obj: Notification) -> str:
        if obj.endpoint is not None:
            return f"webhook: {obj.endpoint.name}"
        if obj.subscription is not None:
            return obj.subscription.user.get_username()
        return "—"

    @admin.action(description=_("Kirim ulang notifikasi yang gagal"))
    def send_again(self, request: HttpRequest, queryset: QuerySet[Notification]) -> None:
        count = notifications_retry(actor=request.user, notification_ids=queryset.values_list("pk", flat=True))
        self.message_user(request, _("%(count)s notifikasi dijadwalkan ulang.") % {"count": count})


@admin.register(Subscription)
class SubscriptionAdmin(ReadOnlyAdmin):
    list_display = ("user", "channel", "address", "region", "min_level", "daily_digest", "active", "created_at")
    list_filter = ("channel", "min_level", "daily_digest", "active")
    list_select_related = ("user", "region")
    search_fields = ("user__username", "user__first_name", "user__last_name")
    # The address stays sealed; the list shows it partly hidden.
    exclude = ("address_sealed",)

    @admin.display(description=_("alamat"))
    def address(self, obj: Subscription) -> str:
        return address_masked(obj)


class WebhookEndpointForm(forms.ModelForm[WebhookEndpoint]):
    url = forms.URLField(label=_("URL"), max_length=500, assume_scheme="https")
    secret = forms.CharField(
        label=_("Rahasia penandatangan"),
        required=False,
        strip=True,
        widget=forms.PasswordInput(render_value=False),
        help_text=_(
            "Minimal 16 karakter. Kosongkan pada endpoint baru agar Waspada membuatkannya (ditampilkan sekali), "
            "atau pada endpoint lama agar rahasia tetap."
        ),
    )

    class Meta:
        model = WebhookEndpoint
        fields = ("name", "url", "region", "min_level", "active")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        region = self.fields["region"]
        assert isinstance(region, forms.ModelChoiceField)
        region.queryset = Region.objects.filter(level__lte=RegionLevel.KABKOTA).order_by("code")

    def clean_url(self) -> str:
        try:
            return check_url(str(self.cleaned_data["url"]))
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from None

    def clean_secret(self) -> str:
        secret = str(self.cleaned_data.get("secret") or "")
        if secret and len(secret) < MIN_SECRET:
            raise forms.ValidationError(_("Rahasia paling sedikit 16 karakter."))
        return secret


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin[WebhookEndpoint]):
    form = WebhookEndpointForm
    list_display = ("name", "url", "region", "min_level", "active")
    list_filter = ("active", "min_level")
    search_fields = ("name", "url")

    def save_model(self, request: HttpRequest, obj: WebhookEndpoint, form: Any, change: bool) -> None:
        secret = form.cleaned_data.get("secret", "")
        if not change and not secret:
            secret = new_webhook_secret()
            # Shown once, here; afterwards it is sealed and nobody can read it back.
            messages.warning(
                request,
                _("Rahasia penandatangan untuk %(name)s (simpan sekarang, tidak ditampilkan lagi): %(secret)s")
                % {"name": obj.name, "secret": secret},
            )
        try:
            webhook_endpoint_save(actor=request.user, endpoint=obj, secret=secret)
        except ApplicationError as error:
            messages.error(request, error.message)

    def delete_model(self, request: HttpRequest, obj: WebhookEndpoint) -> None:
        webhook_endpoint_delete(actor=request.user, endpoint=obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[WebhookEndpoint]) -> None:
        for endpoint in queryset:
            webhook_endpoint_delete(actor=request.user, endpoint=endpoint)
