from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from waspada.core.enums import Marking


class AuditEvent(models.Model):
    """One row per state change, written in the same transaction as the change itself."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Who acted when there is no user: "sistem", "impor", "publik", a channel name.
    actor_label = models.CharField(max_length=100, blank=True)
    action = models.CharField(_("aksi"), max_length=60, db_index=True)
    object_type = models.CharField(max_length=40, blank=True)
    object_id = models.CharField(max_length=40, blank=True)
    region_code = models.CharField(max_length=13, blank=True, db_index=True)
    marking = models.CharField(max_length=10, choices=Marking.choices, default=Marking.TERBATAS)
    summary = models.CharField(_("ringkasan"), max_length=300, blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("peristiwa audit")
        verbose_name_plural = _("peristiwa audit")
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_type}#{self.object_id}"
