"""Vocabulary shared by every app: codes in English, labels in Bahasa Indonesia (translatable)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Marking(models.TextChoices):
    PUBLIK = "publik", _("Publik")
    TERBATAS = "terbatas", _("Terbatas")
    RAHASIA = "rahasia", _("Rahasia")


MARKING_RANK = {Marking.PUBLIK: 0, Marking.TERBATAS: 1, Marking.RAHASIA: 2}


class Domain(models.TextChoices):
    IDEOLOGI = "ideologi", _("Ideologi")
    POLITIK = "politik", _("Politik")
    EKONOMI = "ekonomi", _("Ekonomi")
    SOSIAL = "sosial", _("Sosial")
    BUDAYA = "budaya", _("Budaya")
    HANKAM = "hankam", _("Pertahanan dan keamanan")


class Level(models.TextChoices):
    NORMAL = "normal", _("Normal")
    WASPADA = "waspada", _("Waspada")
    SIAGA = "siaga", _("Siaga")
    AWAS = "awas", _("Awas")


LEVEL_RANK = {Level.NORMAL: 0, Level.WASPADA: 1, Level.SIAGA: 2, Level.AWAS: 3}


class Channel(models.TextChoices):
    FIELD_REPORT = "field_report", _("Laporan Informasi")
    PUBLIC_TIP = "public_tip", _("Aduan masyarakat")
    NEWS = "news", _("Berita")
    SOCIAL = "social", _("Media sosial")
    SMS = "sms", _("SMS")
    TELEGRAM = "telegram", _("Telegram")
    WHATSAPP = "whatsapp", _("WhatsApp")
    EMAIL = "email", _("Surel")
    API = "api", _("API")


class Severity(models.IntegerChoices):
    NONE = 0, _("0 — tidak ada")
    TENSION = 1, _("1 — ketegangan")
    DISPUTE = 2, _("2 — unjuk rasa/sengketa")
    VIOLENCE = 3, _("3 — kekerasan")


class Category(models.TextChoices):
    SENGKETA_LAHAN = "sengketa_lahan", _("Sengketa lahan dan hak adat")
    TAMBANG_SAWIT = "tambang_sawit", _("Konflik tambang dan perkebunan")
    IKN = "ikn", _("Isu IKN")
    BURUH = "buruh", _("Ketenagakerjaan")
    UNJUK_RASA = "unjuk_rasa", _("Unjuk rasa")
    SARA_INTOLERANSI = "sara_intoleransi", _("SARA dan intoleransi")
    RADIKALISME = "radikalisme", _("Radikalisme")
    HOAKS_PROVOKASI = "hoaks_provokasi", _("Hoaks dan provokasi")
    BENTROK_ANTARKELOMPOK = "bentrok_antarkelompok", _("Bentrok antarkelompok")
    NARKOBA = "narkoba", _("Narkoba")
    KRIMINALITAS = "kriminalitas", _("Kriminalitas")
    PEMILU_JABATAN = "pemilu_jabatan", _("Pemilihan dan jabatan")
    TATA_KELOLA = "tata_kelola", _("Tata kelola pemerintahan")
    SEPARATISME = "separatisme", _("Separatisme")
    MAIN_HAKIM_SENDIRI = "main_hakim_sendiri", _("Main hakim sendiri")
    SUMBER_DAYA = "sumber_daya", _("Sumber daya dan lingkungan")
    LAINNYA = "lainnya", _("Lainnya")


class Reliability(models.TextChoices):
    A = "A", _("A — sepenuhnya dapat dipercaya")
    B = "B", _("B — biasanya dapat dipercaya")
    C = "C", _("C — cukup dapat dipercaya")
    D = "D", _("D — biasanya tidak dapat dipercaya")
    E = "E", _("E — tidak dapat dipercaya")
    F = "F", _("F — tidak dapat dinilai")


class Credibility(models.IntegerChoices):
    CONFIRMED = 1, _("1 — terkonfirmasi sumber lain")
    PROBABLE = 2, _("2 — kemungkinan besar benar")
    POSSIBLE = 3, _("3 — mungkin benar")
    DOUBTFUL = 4, _("4 — diragukan")
    IMPROBABLE = 5, _("5 — kemungkinan tidak benar")
    UNKNOWN = 6, _("6 — tidak dapat dinilai")
