from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from waspada.cases.enums import ActionKind, CaseStage, CaseStatus
from waspada.core.enums import Marking


class Case(models.Model):
    title = models.CharField(_("judul"), max_length=200)
    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="cases")
    alert = models.ForeignKey("alerts.Alert", on_delete=models.PROTECT, null=True, blank=True, related_name="cases")
    issue = models.ForeignKey("issues.Issue", on_delete=models.SET_NULL, null=True, blank=True, related_name="cases")
    stage = models.CharField(_("tahap"), max_length=12, choices=CaseStage.choices)
    status = models.CharField(_("status"), max_length=10, choices=CaseStatus.choices, default=CaseStatus.DIBUKA)
    marking = models.CharField(_("klasifikasi"), max_length=10, choices=Marking.choices, default=Marking.TERBATAS)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assigned_cases",
        verbose_name=_("penanggung jawab"),
    )
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="opened_cases")
    opened_at = models.DateTimeField(_("dibuka"), auto_now_add=True)
    started_at = models.DateTimeField(_("mulai berjalan"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("selesai"), null=True, blank=True)
    outcome = models.TextField(_("hasil penanganan"), blank=True)

    class Meta:
        ordering = ["-opened_at", "-id"]
        verbose_name = _("penanganan")
        verbose_name_plural = _("penanganan")

    def __str__(self) -> str:
        return self.title


class CaseAction(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(_("jenis"), max_length=10, choices=ActionKind.choices, default=ActionKind.TINDAKAN)
    description = models.TextField(_("uraian"))
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    due_date = models.DateField(_("tenggat"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("tindakan penanganan")
        verbose_name_plural = _("tindakan penanganan")

    def __str__(self) -> str:
        return self.description[:60]
