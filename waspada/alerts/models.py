from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from waspada.alerts.enums import AlertOutcome, AlertStatus, NotificationChannel, NotificationKind, RuleKind
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
    # count: {"min_reports": 3, "min_severity": 2, "window_hours": 24}; level: {"min_level": "siaga"};
    # keyword: {"keywords": ["..."], "min_reports": 1, "window_hours": 24}; burst: {"min_score": …}
    params = models.JSONField(_("parameter"), default=dict)
    level = models.CharField(_("tingkat peringatan"), max_length=10, choices=Level.choices, default=Level.WASPADA)
    active = models.BooleanField(_("aktif"), default=True)
    # Narrowing: empty means every region / bidang / category.
    region = models.ForeignKey(
        "regions.Region", on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("wilayah")
    )
    domain = models.CharField(_("bidang"), max_length=10, blank=True)
    category = models.CharField(_("kategori"), max_length=30, blank=True)
    # Flapping damping: after an alert of this rule closes, the same region waits this long before another.
    cooldown_hours = models.PositiveSmallIntegerField(_("jeda setelah ditutup (jam)"), default=6)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True, null=True)

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
    # raised_at is the moment the evidence was known (in the past for imported history); created_at is when
    # the alert appeared in Waspada, from which acknowledgement deadlines run.
    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
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
    category = models.CharField(_("kategori"), max_length=30, blank=True)
    issue = models.ForeignKey("issues.Issue", on_delete=models.SET_NULL, null=True, blank=True, related_name="alerts")
    # Escalation: 0 = the regional responsible; each missed acknowledgement deadline moves one level up.
    escalation_level = models.PositiveSmallIntegerField(default=0)
    escalated_at = models.DateTimeField(null=True, blank=True)
    # For the evaluation page: when the conflict it warned of actually happened (entered when closing).
    event_at = models.DateTimeField(_("waktu kejadian sebenarnya"), null=True, blank=True)

    class Meta:
        ordering = ["-raised_at", "-id"]
        verbose_name = _("peringatan dini")
        verbose_name_plural = _("peringatan dini")

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status != AlertStatus.DITUTUP


class RegionContext(models.Model):
    """The structural part of a kab/kota's index, entered by an admin: conflict history, IKP-style context."""

    region = models.OneToOneField("regions.Region", on_delete=models.CASCADE, related_name="risk_context")
    structural_points = models.FloatField(_("poin struktural (0–20)"), default=0.0)
    conflict_history = models.TextField(_("riwayat konflik"), blank=True)
    notes = models.TextField(_("catatan konteks"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("konteks kerawanan wilayah")
        verbose_name_plural = _("konteks kerawanan wilayah")

    def __str__(self) -> str:
        return f"{self.region_id}: {self.structural_points}"


class DetectorState(models.Model):
    """The burst detectors' learned state, saved after each closed hour so a restart resumes exactly."""

    name = models.CharField(max_length=50, unique=True)
    next_hour = models.DateTimeField(null=True, blank=True)
    state = models.JSONField(default=dict)
    version = models.CharField(max_length=20, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.name} @ {self.next_hour}"


class Subscription(models.Model):
    """Which alerts a user wants, where, and when not to be disturbed."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions")
    channel = models.CharField(_("kanal"), max_length=10, choices=NotificationChannel.choices)
    # Email address, Telegram chat id or WhatsApp number; sealed like reporters' contacts.
    address_sealed = models.TextField(blank=True)
    region = models.ForeignKey(
        "regions.Region", on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("wilayah")
    )
    min_level = models.CharField(_("tingkat minimal"), max_length=10, choices=Level.choices, default=Level.WASPADA)
    categories = models.JSONField(_("kategori"), default=list, blank=True)
    quiet_start = models.TimeField(_("jam tenang mulai"), null=True, blank=True)
    quiet_end = models.TimeField(_("jam tenang selesai"), null=True, blank=True)
    daily_digest = models.BooleanField(_("ringkasan harian"), default=False)
    active = models.BooleanField(_("aktif"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("langganan peringatan")
        verbose_name_plural = _("langganan peringatan")

    def __str__(self) -> str:
        return f"{self.user_id} {self.channel} ≥ {self.min_level}"


class WebhookEndpoint(models.Model):
    """A partner system that receives signed alert notifications."""

    name = models.CharField(_("nama"), max_length=100, unique=True)
    url = models.URLField(_("URL"), max_length=500)
    secret_sealed = models.TextField()
    region = models.ForeignKey(
        "regions.Region", on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("wilayah")
    )
    min_level = models.CharField(_("tingkat minimal"), max_length=10, choices=Level.choices, default=Level.WASPADA)
    active = models.BooleanField(_("aktif"), default=True)

    def __str__(self) -> str:
        return self.name


class Notification(models.Model):
    """The notification outbox: one row per message to send, claimed by workers, retried with backoff."""

    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    channel = models.CharField(max_length=10, choices=NotificationChannel.choices)
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, null=True, blank=True, related_name="notifications")
    subject = models.CharField(max_length=200)
    body = models.TextField()
    status = models.CharField(max_length=10, default="pending", db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.kind}/{self.channel} ({self.status})"


class PublicWarning(models.Model):
    """A sanitised warning published on the public page: no names, no sources, personal data masked."""

    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="+")
    level = models.CharField(max_length=10, choices=Level.choices)
    title = models.CharField(max_length=200)
    text = models.TextField()
    alert = models.ForeignKey(Alert, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published_at", "-id"]

    def __str__(self) -> str:
        return self.title
