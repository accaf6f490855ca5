from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from waspada.core.enums import Category, Channel, Credibility, Domain, Marking, Reliability, Severity
from waspada.intake.enums import (
    AnalysisStatus,
    DeliveryStatus,
    ImportStatus,
    MediaStatus,
    RejectReason,
    ReportStatus,
    SourceKind,
)


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
    source_relation = models.CharField(_("hubungan dengan sumber"), max_length=200, blank=True)
    obtained_how = models.CharField(_("cara informasi diperoleh"), max_length=200, blank=True)
    obtained_at = models.DateTimeField(_("waktu informasi diperoleh"), null=True, blank=True)
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
    reject_reason = models.CharField(_("alasan penolakan"), max_length=20, choices=RejectReason.choices, blank=True)
    triaged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    triaged_at = models.DateTimeField(null=True, blank=True)
    # Public tips and messaging channels: the code the sender uses to follow the report, and the contact they
    # chose to leave, encrypted (see waspada/intake/sealing.py); both empty for staff reports.
    tracking_code = models.CharField(_("kode pelacakan"), max_length=20, null=True, blank=True, unique=True)
    contact_sealed = models.TextField(blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)

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
    # The bulk import that brought this report, if any (provenance; the import's analysis follows it).
    import_job = models.ForeignKey(
        "intake.ImportJob", on_delete=models.SET_NULL, null=True, blank=True, related_name="reports"
    )

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


class Attachment(models.Model):
    """A file sent with a report, stored stripped of metadata (EXIF/GPS) that could expose the reporter."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="lampiran/%Y/%m/")
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64, db_index=True)
    original_name = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("lampiran")
        verbose_name_plural = _("lampiran")

    def __str__(self) -> str:
        return self.original_name or self.file.name


class InboundMessage(models.Model):
    """One message delivered by a provider webhook; a provider's retry of the same message id is stored once."""

    channel = models.CharField(max_length=20, choices=Channel.choices)
    provider_message_id = models.CharField(max_length=200)
    # The sender's pseudonym on this channel (never their number): counts a sender's messages without unsealing.
    sender_key = models.CharField(max_length=24, blank=True)
    sender_sealed = models.TextField(blank=True)
    report = models.ForeignKey(Report, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    received_at = models.DateTimeField(auto_now_add=True)
    # What the provider sent, minus the sender's identity (which is sealed above).
    payload = models.JSONField(default=dict)
    # Stored, but made no report and got no reply: the sender had already sent the hourly maximum.
    over_limit = models.BooleanField(_("melebihi batas per jam"), default=False)

    # A photo or file attached to the message: the provider's reference, and how fetching it went.
    media_kind = models.CharField(max_length=20, blank=True)
    media_ref = models.CharField(max_length=300, blank=True)
    media_status = models.CharField(
        _("status media"), max_length=10, choices=MediaStatus.choices, default=MediaStatus.NONE, blank=True
    )
    media_attempts = models.PositiveSmallIntegerField(default=0)
    media_next_attempt_at = models.DateTimeField(null=True, blank=True)
    media_error = models.CharField(_("alasan media"), max_length=500, blank=True)
    media_attachment = models.ForeignKey(Attachment, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-received_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["channel", "provider_message_id"], name="unique_inbound_message")
        ]
        indexes = [
            models.Index(fields=["channel", "sender_key", "received_at"], name="inbound_sender_recent"),
            models.Index(fields=["media_status", "media_next_attempt_at"], name="inbound_media_due"),
        ]

    def __str__(self) -> str:
        return f"{self.channel}:{self.provider_message_id}"


class OutboundMessage(models.Model):
    """A reply to a sender through the channel they used (tracking code, a question); sent by a worker."""

    channel = models.CharField(max_length=20, choices=Channel.choices)
    recipient_sealed = models.TextField()
    text = models.TextField()
    report = models.ForeignKey(Report, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.channel} → #{self.report_id} ({self.status})"


class ImportJob(models.Model):
    """One uploaded file of reports (CSV, XLSX, JSON lines), from its dry run to the end of its analysis.

    The file itself is kept in the database, not on a disk, so that any worker machine can read it; it is emptied
    when the job ends. The row doubles as the progress record the import page polls.
    """

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ImportStatus.choices, default=ImportStatus.CHECKING, db_index=True
    )
    original_name = models.CharField(_("nama berkas"), max_length=200)
    file_format = models.CharField(_("format"), max_length=10)
    size = models.PositiveIntegerField(_("ukuran"))
    sha256 = models.CharField(max_length=64)
    content = models.BinaryField(editable=False)
    default_channel = models.CharField(_("kanal bawaan"), max_length=20, choices=Channel.choices)
    default_marking = models.CharField(_("klasifikasi bawaan"), max_length=10, choices=Marking.choices)

    # The dry run: what the file holds and what importing it would do.
    total_rows = models.PositiveIntegerField(default=0)
    valid_rows = models.PositiveIntegerField(default=0)
    new_rows = models.PositiveIntegerField(default=0)
    existing_rows = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)  # the first rows' problems: [row, column, problem]
    warnings = models.JSONField(default=list, blank=True)
    preview = models.JSONField(default=list, blank=True)

    # Progress of the current step, and the outcome.
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    message = models.CharField(max_length=500, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("impor laporan")
        verbose_name_plural = _("impor laporan")

    def __str__(self) -> str:
        return f"#{self.pk} {self.original_name} ({self.status})"
