from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from waspada.alerts.enums import AlertOutcome, AlertStatus, RuleKind
from waspada.core.enums import Level, Marking


class RiskAssessment(models.Model):
    """The kerawanan index of one kab/kota as of a moment, with the indicators that drove it."""

    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="risk_assessments")
    as_of = models.DateTimeField(_("per"), db_index=True)
    score = models.FloatField(_("skor"))
    level = models.CharField(_("tingkat"), max_length=10, choices=Level.choices)
    previous_level = models.CharField(max_length=10, choices=Level.choices, blank=True)
    indicators = models.JSONField(default=dict)
    explanation = models.TextField(_("penjelasan"), blank=True)
    driver_report_ids = models.JSONField(default=list)
    engine_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-as_of", "-id"]
        verbose_name = _("penilaian kerawanan")
        verbose_name_plural = _("penilaian kerawanan")
        indexes = [models.Index(fields=["region", "-as_of"])]

    def __str__(self) -> str:
        return f"{self.region_id} {self.level} {self.score:.0f} @ {self.as_of:%Y-%m-%d %H:%M}"


class AlertRule(models.Model):
    code = models.SlugField(_("kode"), max_length=50, unique=True)
    name = models.CharField(_("nama"), max_length=150)
    kind = models.CharField(_("jenis"), max_length=10, choices=RuleKind.choices)
    # count: {"min_reports": 3, "min_severity": 2, "window_hours": 24}; level: {"min_level": "siaga"}
    params = models.JSONField(_("parameter"), default=dict)
    level = models.CharField(_("tingkat peringatan"), max_length=10, choices=Level.choices, default=Level.WASPADA)
    active = models.BooleanField(_("aktif"), default=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("aturan peringatan")
        verbose_name_plural = _("aturan peringatan")

    def __str__(self) -> str:
        return self.name


class Alert(models.Model):
    rule = models.ForeignKey(AlertRule, on_delete=models.PROTECT, related_name="alerts")
    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="alerts")
    level = models.CharField(_("tingkat"), max_length=10, choices=Level.choices)
    status = models.CharField(_("status"), max_length=20, choices=AlertStatus.choices, default=AlertStatus.BARU)
    outcome = models.CharField(_("hasil"), max_length=30, choices=AlertOutcome.choices, blank=True)
    marking = models.CharField(_("klasifikasi"), max_length=10, choices=Marking.choices, default=Marking.TERBATAS)
    title = models.CharField(_("judul"), max_length=200)
    explanation = models.TextField(_("penjelasan"))
    report_ids = models.JSONField(default=list)
    raised_at = models.DateTimeField(_("dinaikkan"), db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    closing_note = models.TextField(_("catatan penutupan"), blank=True)

    class Meta:
        ordering = ["-raised_at", "-id"]
        verbose_name = _("peringatan dini")
        verbose_name_plural = _("peringatan dini")

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status != AlertStatus.DITUTUP
