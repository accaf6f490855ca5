"""Waspada's taxonomy of social-conflict reports. Codes are stable and stored; labels are for the UI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# Bidang (IPOLEKSOSBUD-HANKAM), in the order the UI lists them.
DOMAINS: tuple[str, ...] = ("ideologi", "politik", "ekonomi", "sosial", "budaya", "hankam")

SEVERITY_LABELS: Mapping[int, str] = {
    0: "tidak ada",
    1: "ketegangan",
    2: "aksi/sengketa",
    3: "kekerasan",
}


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    label: str
    domain: str | None


FALLBACK_CATEGORY = "lainnya"

TAXONOMY: Mapping[str, Category] = {
    c.code: c
    for c in (
        Category("sengketa_lahan", "Sengketa lahan & hak ulayat", "ekonomi"),
        Category("tambang_sawit", "Konflik tambang & perkebunan", "ekonomi"),
        Category("ikn", "Ketegangan terkait IKN", "sosial"),
        Category("buruh", "Ketenagakerjaan (PHK, upah)", "ekonomi"),
        Category("unjuk_rasa", "Unjuk rasa", "politik"),
        Category("sara_intoleransi", "SARA & intoleransi", "sosial"),
        Category("radikalisme", "Radikalisme & terorisme", "ideologi"),
        Category("hoaks_provokasi", "Hoaks & provokasi", "sosial"),
        Category("bentrok_antarkelompok", "Bentrok antarkelompok", "hankam"),
        Category("narkoba", "Narkoba", "hankam"),
        Category("kriminalitas", "Kriminalitas", "hankam"),
        Category("pemilu_jabatan", "Pemilihan & jabatan (pilkada, pilkades)", "politik"),
        Category("tata_kelola", "Tata kelola pemerintahan (korupsi, layanan publik, bansos)", "politik"),
        Category("separatisme", "Separatisme", "ideologi"),
        Category("main_hakim_sendiri", "Main hakim sendiri", "hankam"),
        Category("sumber_daya", "Sumber daya (air, BBM, sembako, lingkungan, banjir)", "ekonomi"),
        Category(FALLBACK_CATEGORY, "Lainnya", None),
    )
}
