from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from waspada.core.enums import Category, Channel, Credibility, Domain, Marking, Reliability, Severity
from waspada.intake.enums import AnalysisStatus, ReportStatus, SourceKind


class Source(models.Model):
    name = models.CharField(_("nama"), max_length=150, unique=True)
    kind = models.CharField(_("jenis"), max_length=20, choices=SourceKind.choices, default=SourceKind.PUBLIC)
    reliability = models.CharField(_("keandalan"), max_length=1, choices=Reliability.choices, default=Reliability.F)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sumber")
        verbose_name_plural = _("sumber")

    def __str__(self) -> str:
        return self.name


class Report(models.Model):
    channel = models.CharField(_("kanal"), max_length=20, choices=Channel.choices)
    # Set by bulk imports and channels that carry their own message id; a repeat is a no-op.
    external_id = models.CharField(_("ID eksternal"), max_length=200, null=True, blank=True)
    # Set by forms and API clients so that a resubmission after a network error does not duplicate.
    idempotency_key = models.CharField(max_length=100, null=True, blank=True)

    title = models.CharField(_("judul"), max_length=200)
    text = models.TextField(_("fakta"), help_text=_("Apa yang terjadi, bagaimana, kapan — hanya fakta."))
    who = models.CharField(_("siapa"), max_length=500, blank=True)
    why = models.TextField(_("mengapa/latar belakang"), blank=True)
    opinion = models.TextField(_("pendapat pelapor"), blank=True)
    location_detail = models.CharField(_("detail lokasi"), max_length=300, blank=True)
    region = models.ForeignKey(
        "regions.Region", on_delete=models.PROTECT, null=True, blank=True, related_name="reports"
    )
    kabkota = models.ForeignKey("regions.Region", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    occurred_at = models.DateTimeField(_("waktu kejadian"), db_index=True)
    received_at = models.DateTimeField(_("waktu diterima"), default=timezone.now, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    source = models.ForeignKey(Source, on_delete=models.PROTECT, null=True, blank=True, related_name="reports")
    source_detail = models.CharField(_("keterangan sumber"), max_length=300, blank=True)
    reliability = models.CharField(
        _("keandalan sumber"), max_length=1, choices=Reliability.choices, default=Reliability.F
    )
    credibility = models.PositiveSmallIntegerField(
        _("kredibilitas informasi"), choices=Credibility.choices, default=Credibility.UNKNOWN
    )
    marking = models.CharField(_("klasifikasi"), max_length=10, choices=Marking.choices, default=Marking.TERBATAS)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="reports"
    )
    status = models.CharField(_("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.BARU)

    # Current analysis, copied from the latest ReportAnalysis so lists and risk queries need no join.
    analysis_status = models.CharField(
        max_length=10, choices=AnalysisStatus.choices, default=AnalysisStatus.PENDING, db_index=True
    )
    analysis_attempts = models.PositiveSmallIntegerField(default=0)
    analysis_queued_at = models.DateTimeField(null=True, blank=True)
    domain = models.CharField(_("bidang"), max_length=10, choices=Domain.choices, blank=True)
    category = models.CharField(_("kategori"), max_length=30, choices=Category.choices, blank=True)
    severity = models.PositiveSmallIntegerField(_("tingkat keparahan"), choices=Severity.choices, null=True)
    issue = models.ForeignKey("issues.Issue", on_delete=models.SET_NULL, null=True, blank=True, related_name="reports")

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("laporan")
        verbose_name_plural = _("laporan")
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=Q(external_id__isnull=False),
                name="unique_report_external_id",
            ),
            models.UniqueConstraint(
                fields=["idempotency_key"],
                condition=Q(idempotency_key__isnull=False),
                name="unique_report_idempotency_key",
            ),
        ]
        indexes = [models.Index(fields=["kabkota", "occurred_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def grading(self) -> str:
        return f"{self.reliability}{self.credibility}"
