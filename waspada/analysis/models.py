from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportAnalysis(models.Model):
    """What the engine said about a report, with the versions of the components that said it."""

    report = models.OneToOneField("intake.Report", on_delete=models.CASCADE, related_name="analysis")
    engine_version = models.CharField(max_length=40)
    versions = models.JSONField(default=dict)
    language = models.CharField(max_length=8, blank=True)
    conflict_relevant = models.BooleanField(default=False)
    conflict_score = models.FloatField(default=0.0)
    domain = models.CharField(max_length=10, blank=True)
    domain_scores = models.JSONField(default=dict)
    category = models.CharField(max_length=30, blank=True)
    category_scores = models.JSONField(default=dict)
    severity = models.PositiveSmallIntegerField(default=0)
    provocation_score = models.FloatField(default=0.0)
    hoax_score = models.FloatField(default=0.0)
    locations = models.JSONField(default=list)
    primary_location = models.CharField(max_length=13, blank=True)
    evidence = models.JSONField(default=list)
    analysed_at = models.DateTimeField(auto_now=True)
    duration_ms = models.FloatField(default=0.0)

    class Meta:
        verbose_name = _("hasil analisis")
        verbose_name_plural = _("hasil analisis")

    def __str__(self) -> str:
        return f"analisis laporan #{self.report_id} ({self.engine_version})"
