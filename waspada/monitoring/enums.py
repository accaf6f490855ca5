from django.db import models
from django.utils.translation import gettext_lazy as _


class FetchProblem(models.TextChoices):
    """Why a fetch failed; stored as a code so the page shows it in the reader's language."""

    TIMEOUT = "timeout", _("Server terlalu lambat menjawab (batas waktu habis)")
    CONNECTION = "connection", _("Tidak dapat terhubung ke server")
    HTTP_STATUS = "http_status", _("Server menjawab dengan kode galat HTTP")
    TOO_LARGE = "too_large", _("Ukuran melebihi batas")
    REDIRECT_LOOP = "redirect_loop", _("Pengalihan alamat berputar-putar")
    TOO_MANY_REDIRECTS = "too_many_redirects", _("Terlalu banyak pengalihan alamat")
    BLOCKED_ADDRESS = "blocked_address", _("Alamat mengarah ke jaringan internal dan diblokir")
    INVALID_URL = "invalid_url", _("Alamat URL tidak sah")
    INVALID_FEED = "invalid_feed", _("Isinya bukan feed RSS/Atom yang dapat dibaca")
    ROBOTS = "robots", _("Dilarang oleh robots.txt situs")
    EXTRACTION = "extraction", _("Teks artikel tidak dapat diambil dari halaman")
    INTERNAL = "internal", _("Galat internal Waspada (lihat log)")


class PollOutcome(models.TextChoices):
    OK = "ok", _("Berhasil")
    NOT_MODIFIED = "not_modified", _("Berhasil, tidak ada perubahan")
    FAILED = "failed", _("Gagal")


class ItemOutcome(models.TextChoices):
    NEW = "new", _("Disimpan sebagai laporan")
    DUPLICATE = "duplicate", _("Isi sama dengan artikel lain")


class TextOrigin(models.TextChoices):
    PAGE = "page", _("Halaman artikel")
    SUMMARY = "summary", _("Ringkasan di feed")
    TITLE = "title", _("Judul saja")
