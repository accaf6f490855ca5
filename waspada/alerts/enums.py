from django.db import models
from django.utils.translation import gettext_lazy as _


class AlertStatus(models.TextChoices):
    BARU = "baru", _("Baru")
    DIAKUI = "diakui", _("Diakui")
    DITINDAKLANJUTI = "ditindaklanjuti", _("Ditindaklanjuti")
    DITUTUP = "ditutup", _("Ditutup")


OPEN_ALERT_STATUSES = (AlertStatus.BARU, AlertStatus.DIAKUI, AlertStatus.DITINDAKLANJUTI)


class AlertOutcome(models.TextChoices):
    BENAR = "benar", _("Benar")
    ALARM_PALSU = "alarm_palsu", _("Alarm palsu")
    TIDAK_DAPAT_DIPASTIKAN = "tidak_dapat_dipastikan", _("Tidak dapat dipastikan")


class RuleKind(models.TextChoices):
    COUNT = "count", _("Jumlah laporan dalam jendela waktu")
    LEVEL = "level", _("Kenaikan tingkat kerawanan")
    KEYWORD = "keyword", _("Kata kunci dalam laporan")
    BURST = "burst", _("Lonjakan dari detektor")


class NotificationChannel(models.TextChoices):
    EMAIL = "email", _("Surel")
    TELEGRAM = "telegram", _("Telegram")
    WHATSAPP = "whatsapp", _("WhatsApp")
    WEBHOOK = "webhook", _("Webhook")


class NotificationKind(models.TextChoices):
    ALERT = "alert", _("Peringatan")
    ESCALATION = "escalation", _("Eskalasi")
    DIGEST = "digest", _("Ringkasan harian")
    PUBLIC_WARNING = "public_warning", _("Peringatan publik")
