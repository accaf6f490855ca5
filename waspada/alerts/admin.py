"""Admin for the index: the structural context of a region (entered by admins), and read-only views of the
assessments and of the burst detectors' state. Notification admin lives in `admin_notify.py`."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin
from django.db.models import Q
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from waspada.alerts.models import DetectorState, RegionContext, RiskAssessment
from waspada.alerts.services.risk import region_context_update
from waspada.core.admin import ReadOnlyAdmin
from waspada.engine.risk import STRUCTURAL_MAX
from waspada.regions.models import Region, RegionLevel


class RegionContextForm(forms.ModelForm[RegionContext]):
    structural_points = forms.FloatField(
        label=_("Poin struktural (0–20)"),
        min_value=0.0,
        max_value=STRUCTURAL_MAX,
        help_text=_(
            "Bagian struktural indeks kerawanan: riwayat konflik, konteks ala IKP. 0 = tidak ada tambahan; "
            "20 = wilayah yang sangat rawan secara struktural. Tulis alasannya di riwayat konflik."
        ),
    )

    class Meta:
        model = RegionContext
        fields = ("region", "structural_points", "conflict_history", "notes")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "region" in self.fields:
            home = settings.WASPADA_HOME_REGION
            regions = Region.objects.filter(level__in=[RegionLevel.KABKOTA, RegionLevel.KECAMATAN])
            if home:
                regions = regions.filter(Q(code__startswith=f"{home}."))
            self.fields["region"].queryset = regions.order_by("code")  # type: ignore[attr-defined]

    def clean_conflict_history(self) -> str:
        history = str(self.cleaned_data.get("conflict_history") or "").strip()
        points = self.cleaned_data.get("structural_points") or 0
        if points > 0 and not history:
            raise forms.ValidationError(_("Tuliskan riwayat atau alasan poin struktural."))
        return history


@admin.register(RegionContext)
class RegionContextAdmin(admin.ModelAdmin[RegionContext]):
    form = RegionContextForm
    list_display = ("region", "structural_points", "updated_by", "updated_at")
    search_fields = ("region__code", "region__name", "conflict_history")
    ordering = ("region__code",)
    readonly_fields = ("updated_by", "updated_at")

    def get_readonly_fields(self, request: HttpRequest, obj: RegionContext | None = None) -> tuple[str, ...]:
        return (*self.readonly_fields, "region") if obj is not None else self.readonly_fields

    def save_model(self, request: HttpRequest, obj: RegionContext, form: Any, change: bool) -> None:
        # Through the service: audited, and the region is scored again once the change is stored.
        saved = region_context_update(
            actor=request.user,
            region=obj.region,
            structural_points=float(form.cleaned_data["structural_points"]),
            conflict_history=form.cleaned_data.get("conflict_history", ""),
            notes=form.cleaned_data.get("notes", ""),
        )
        obj.pk = saved.pk

    def has_delete_permission(self, request: HttpRequest, obj: RegionContext | None = None) -> bool:
        return False  # set the points to 0 instead: the history of the context stays in the audit log


@admin.register(RiskAssessment)
class RiskAssessmentAdmin(ReadOnlyAdmin):
    list_display = ("region", "as_of", "score", "level", "previous_level", "engine_version")
    list_filter = ("level", "engine_version")
    search_fields = ("region__code", "region__name", "explanation")
    date_hierarchy = "as_of"
    list_select_related = ("region",)


@admin.register(DetectorState)
class DetectorStateAdmin(ReadOnlyAdmin):
    list_display = ("name", "next_hour", "version", "updated_at")
    exclude = ("state",)  # hundreds of kilobytes of learned arrays
