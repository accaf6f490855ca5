from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("Admin")
    ANALIS_PROVINSI = "analis_provinsi", _("Analis provinsi")
    OPERATOR = "operator", _("Operator kab/kota")
    FKDM = "fkdm", _("Anggota FKDM")
    KOMINDA = "kominda", _("Analis Kominda")
    PIMPINAN = "pimpinan", _("Pimpinan")
