"""Integration tokens in the Django admin: created here, shown once, revoked (never deleted)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from waspada.accounts.models import ApiToken
from waspada.accounts.services import api_token_issue, api_token_revoke, api_token_update
from waspada.regions.models import Region


class ApiTokenForm(forms.ModelForm[ApiToken]):
    # Typed codes rather than a picker: the gazetteer has ~90,000 regions, too many for a select.
    region_codes = forms.CharField(
        label=gettext_lazy("Wilayah"),
        help_text=gettext_lazy(
            "Kode Kemendagri, dipisah koma: 64 (seluruh provinsi), 64.08 (Kutai Timur), 64.08.09 (satu kecamatan)."
        ),
    )

    class Meta:
        model = ApiToken
        fields = ["name", "organisation", "region_codes", "marking_ceiling", "can_read", "can_submit", "expires_at"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["region_codes"].initial = ", ".join(self.instance.region_codes())

    def clean_region_codes(self) -> list[str]:
        codes = sorted({c.strip() for c in self.cleaned_data["region_codes"].replace(";", ",").split(",")} - {""})
        if not codes:
            raise forms.ValidationError(_("Isi sedikitnya satu kode wilayah."))
        known = set(Region.objects.filter(code__in=codes).values_list("code", flat=True))
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise forms.ValidationError(_("Kode wilayah tidak dikenal: %(codes)s") % {"codes": ", ".join(unknown)})
        return codes

    def clean_expires_at(self) -> Any:
        value = self.cleaned_data.get("expires_at")
        if value is not None and value <= timezone.now() and "expires_at" in self.changed_data:
            raise forms.ValidationError(_("Tanggal berlaku harus di masa depan."))
        return value


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    form = ApiTokenForm
    list_display = (
        "name",
        "prefix",
        "organisation",
        "regions_shown",
        "marking_ceiling",
        "can_read",
        "can_submit",
        "state",
        "expires_at",
        "last_used_at",
    )
    list_filter = ("marking_ceiling", "can_submit", "can_read")
    search_fields = ("name", "organisation", "prefix")
    readonly_fields = ("prefix", "created_at", "created_by", "last_used_at", "revoked_at")
    actions = ["revoke_selected"]

    @admin.display(description=gettext_lazy("Wilayah"))
    def regions_shown(self, obj: ApiToken) -> str:
        return ", ".join(obj.region_codes())

    @admin.display(description=gettext_lazy("Status"))
    def state(self, obj: ApiToken) -> str:
        if obj.revoked_at is not None:
            return _("dicabut")
        if not obj.is_active:
            return _("kedaluwarsa")
        return _("aktif")

    def get_queryset(self, request: HttpRequest) -> QuerySet[ApiToken]:
        return super().get_queryset(request).prefetch_related("regions")

    def has_delete_permission(self, request: HttpRequest, obj: ApiToken | None = None) -> bool:
        # Revoke instead: the audit trail and the reports keep pointing at the integration.
        return False

    def get_readonly_fields(self, request: HttpRequest, obj: ApiToken | None = None) -> Any:
        if obj is not None and obj.revoked_at is not None:
            return [
                *self.readonly_fields,
                "name",
                "organisation",
                "marking_ceiling",
                "can_read",
                "can_submit",
                "expires_at",
            ]
        return self.readonly_fields

    def save_model(self, request: HttpRequest, obj: ApiToken, form: Any, change: bool) -> None:
        codes = form.cleaned_data["region_codes"]
        if change:
            api_token_update(
                actor=request.user,
                token=obj,
                name=obj.name,
                organisation=obj.organisation,
                region_codes=codes,
                marking_ceiling=obj.marking_ceiling,
                can_read=obj.can_read,
                can_submit=obj.can_submit,
                expires_at=obj.expires_at,
            )
        else:
            request._waspada_plain_token = api_token_issue(  # type: ignore[attr-defined]
                actor=request.user, token=obj, region_codes=codes
            )

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # The regions were set by the service together with the token, in the same transaction.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def response_add(self, request: HttpRequest, obj: ApiToken, post_url_continue: str | None = None) -> HttpResponse:
        plain = getattr(request, "_waspada_plain_token", None)
        if plain is None:
            return super().response_add(request, obj, post_url_continue)
        # Rendered straight away, never put in a message or the session: this page is the only place it appears.
        response = TemplateResponse(
            request,
            "admin/accounts/apitoken/created.html",
            {**self.admin_site.each_context(request), "token": obj, "plain": plain, "opts": self.opts},
        )
        response["Cache-Control"] = "no-store"
        return response

    @admin.action(description=gettext_lazy("Cabut token terpilih"))
    def revoke_selected(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        revoked = 0
        for token in queryset:
            if token.revoked_at is None:
                api_token_revoke(actor=request.user, token=token)
                revoked += 1
        self.message_user(request, _("%(n)s token dicabut.") % {"n": revoked}, messages.SUCCESS)
