from django.db import models
from django.utils.translation import gettext_lazy as _


class IssueStatus(models.TextChoices):
    AKTIF = "aktif", _("Aktif")
    MEREDA = "mereda", _("Mereda")
    SELESAI = "selesai", _("Selesai")
