from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from waspada.core.enums import Category, Domain, Marking
from waspada.issues.enums import IssueStatus


class Issue(models.Model):
    title = models.CharField(_("judul"), max_length=200)
    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="issues")
    category = models.CharField(_("kategori"), max_length=30, choices=Category.choices, blank=True)
    domain = models.CharField(_("bidang"), max_length=10, choices=Domain.choices, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=IssueStatus.choices, default=IssueStatus.AKTIF)
    marking = models.CharField(_("klasifikasi"), max_length=10, choices=Marking.choices, default=Marking.TERBATAS)
    first_seen = models.DateTimeField(_("pertama terlihat"))
    last_seen = models.DateTimeField(_("terakhir terlihat"), db_index=True)
    report_count = models.PositiveIntegerField(_("jumlah laporan"), default=0)
    max_severity = models.PositiveSmallIntegerField(_("keparahan tertinggi"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    # What the clusterer keeps of the reports (waspada.engine.cluster.ClusterProfile.to_dict); rebuilt when empty.
    profile = models.JSONField(default=dict, blank=True, editable=False)
    # Reports an analyst split out of this isu: the engine never puts them back (cannot-link).
    separated_report_ids = models.JSONField(default=list, blank=True, editable=False)
    # Set when an analyst merged this isu into another; it then takes no report again (must-link).
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="merged_from",
        verbose_name=_("digabung ke"),
    )

    class Meta:
        ordering = ["-last_seen"]
        verbose_name = _("isu")
        verbose_name_plural = _("isu")

    def __str__(self) -> str:
        return self.title
