from __future__ import annotations

from django.conf import settings
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
    # Near-duplicates: the MinHash fingerprint of the text, and the first report of the event it repeats (if any).
    fingerprint = models.BinaryField(blank=True, default=b"")
    anchors = models.JSONField(default=list, blank=True)
    copy_of = models.ForeignKey(
        "intake.Report",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="copies",
        verbose_name=_("salinan dari"),
    )
    copy_similarity = models.FloatField(default=0.0)
    analysed_at = models.DateTimeField(auto_now=True)
    duration_ms = models.FloatField(default=0.0)

    class Meta:
        verbose_name = _("hasil analisis")
        verbose_name_plural = _("hasil analisis")

    def __str__(self) -> str:
        return f"analisis laporan #{self.report_id} ({self.engine_version})"


class ModelVersion(models.Model):
    """A trained text model on disk (``settings.DATA_DIR / "models" / path``), its figures, and whether it is used.

    At most one version is active: the one every analysis uses. Activating another is a rollback or a
    roll-forward in one step (``waspada model activate``).
    """

    name = models.CharField(_("nama"), max_length=64)
    version = models.CharField(_("versi"), max_length=64)
    path = models.CharField(_("lokasi"), max_length=300, help_text=_("relatif terhadap DATA_DIR/models"))
    source = models.CharField(_("data latih"), max_length=500, blank=True)
    data_sha256 = models.CharField(max_length=64, blank=True)
    heads = models.JSONField(_("pertanyaan"), default=list)
    metrics = models.JSONField(_("metrik"), default=dict)
    created_at = models.DateTimeField(_("dibuat"))
    active = models.BooleanField(_("aktif"), default=False)
    activated_at = models.DateTimeField(_("diaktifkan"), null=True, blank=True)

    class Meta:
        verbose_name = _("versi model")
        verbose_name_plural = _("versi model")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["name", "version"], name="model_version_unique"),
            models.UniqueConstraint(
                fields=["active"], condition=models.Q(active=True), name="model_version_one_active"
            ),
        ]

    def __str__(self) -> str:
        return self.ref

    @property
    def ref(self) -> str:
        return f"{self.name}:{self.version}"


class AnalysisCorrection(models.Model):
    """What an analyst says the engine should have answered for a report; training data for the next model.

    A label left empty (None / "") was not judged. The title and text are kept as they were when corrected, so the
    example survives an edited or deleted report. One correction per report: a later one replaces it (the audit log
    keeps every version).
    """

    report = models.OneToOneField(
        "intake.Report", null=True, blank=True, on_delete=models.SET_NULL, related_name="correction"
    )
    title = models.CharField(_("judul"), max_length=300, blank=True)
    text = models.TextField(_("teks"))
    relevant = models.BooleanField(_("relevan konflik"), null=True, blank=True)
    domain = models.CharField(_("bidang"), max_length=10, blank=True)
    category = models.CharField(_("kategori"), max_length=30, blank=True)
    severity = models.PositiveSmallIntegerField(_("keparahan"), null=True, blank=True)
    provocation = models.BooleanField(_("provokasi"), null=True, blank=True)
    hoax = models.BooleanField(_("hoaks"), null=True, blank=True)
    note = models.CharField(_("catatan"), max_length=500, blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    corrected_at = models.DateTimeField(_("dikoreksi"))

    class Meta:
        verbose_name = _("koreksi analisis")
        verbose_name_plural = _("koreksi analisis")
        ordering = ["-corrected_at", "-pk"]

    def __str__(self) -> str:
        return f"koreksi laporan #{self.report_id}"

    @property
    def group(self) -> str:
        """Training folds keep a report's examples together."""
        return f"laporan-{self.report_id}" if self.report_id else f"koreksi-{self.pk}"
