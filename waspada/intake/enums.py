from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportStatus(models.TextChoices):
    BARU = "baru", _("Baru")
    DIVERIFIKASI = "diverifikasi", _("Diverifikasi")
    DITOLAK = "ditolak", _("Ditolak")


class RejectReason(models.TextChoices):
    HOAKS = "hoaks", _("Hoaks")
    TIDAK_RELEVAN = "tidak_relevan", _("Tidak relevan")
    DUPLIKAT = "duplikat", _("Duplikat")


class PublicStatus(models.TextChoices):
    """What the sender of a public tip may know about it, and nothing more."""

    DITERIMA = "diterima", _("Diterima")
    DITANGANI = "ditangani", _("Sedang ditangani")
    SELESAI = "selesai", _("Selesai")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Menunggu")
    SENT = "sent", _("Terkirim")
    FAILED = "failed", _("Gagal")


class AnalysisStatus(models.TextChoices):
    PENDING = "pending", _("Menunggu analisis")
    DONE = "done", _("Sudah dianalisis")
    FAILED = "failed", _("Analisis gagal")


class SourceKind(models.TextChoices):
    OFFICER = "officer", _("Petugas")
    FKDM = "fkdm", _("FKDM")
    AGENCY = "agency", _("Instansi")
    MEDIA = "media", _("Media")
    PUBLIC = "public", _("Masyarakat")
    CHANNEL = "channel", _("Kanal pesan")
    IMPORT = "import", _("Impor")


class ImportStatus(models.TextChoices):
    """An uploaded file of reports: checked first (the dry run), stored in one transaction, then analysed."""

    CHECKING = "memeriksa", _("Sedang diperiksa")
    INVALID = "tidak_sah", _("Ada kesalahan")
    READY = "siap", _("Siap diimpor")
    QUEUED = "antre", _("Menunggu giliran")
    STORING = "menyimpan", _("Sedang disimpan")
    ANALYSING = "menganalisis", _("Sedang dianalisis")
    DONE = "selesai", _("Selesai")
    FAILED = "gagal", _("Gagal")


class MediaStatus(models.TextChoices):
    """A photo or file a sender attached to a message, fetched from the provider after the report is stored."""

    NONE = "", _("Tanpa media")
    PENDING = "pending", _("Menunggu diambil")
    STORED = "stored", _("Tersimpan sebagai lampiran")
    SKIPPED = "skipped", _("Tidak diambil")
    FAILED = "failed", _("Gagal diambil")
