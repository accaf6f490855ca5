from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseStage(models.TextChoices):
    """UU 7/2012 Penanganan Konflik Sosial: the three stages of handling."""

    PENCEGAHAN = "pencegahan", _("Pencegahan")
    PENGHENTIAN = "penghentian", _("Penghentian")
    PEMULIHAN = "pemulihan", _("Pemulihan")


class CaseStatus(models.TextChoices):
    DIBUKA = "dibuka", _("Dibuka")
    BERJALAN = "berjalan", _("Berjalan")
    SELESAI = "selesai", _("Selesai")


# The only moves a case may make; everything else is refused by case_transition().
CASE_TRANSITIONS: dict[str, frozenset[str]] = {
    CaseStatus.DIBUKA: frozenset({CaseStatus.BERJALAN, CaseStatus.SELESAI}),
    CaseStatus.BERJALAN: frozenset({CaseStatus.SELESAI}),
    CaseStatus.SELESAI: frozenset({CaseStatus.BERJALAN}),
}


class ActionKind(models.TextChoices):
    TINDAKAN = "tindakan", _("Tindakan")
    CATATAN = "catatan", _("Catatan")
    STATUS = "status", _("Perubahan status")
