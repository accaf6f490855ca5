"""What fills a template's `{slot}`s: the place, the time (in WITA) and a seeded random draw.

Companies, outlets and people are invented for the demo; initials stand in for people, as in real
Laporan Informasi. Only place names and codes are real.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from waspada.demo.places import Place

WITA = timezone(timedelta(hours=8), "WITA")

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

SAWIT_COMPANIES = (
    "PT Sawit Lestari Nusantara",
    "PT Hijau Borneo Agrindo",
    "PT Tunas Sawit Benua",
    "PT Mekar Agro Etam",
    "PT Lamin Agro Sentosa",
    "PT Cahaya Sawit Mahakam",
)
MINING_COMPANIES = (
    "PT Batu Hitam Etam",
    "PT Kutai Energi Bara",
    "PT Arang Jaya Borneo",
    "CV Bara Sentosa Mandiri",
    "PT Delta Bara Nusantara",
    "PT Bukit Arang Perkasa",
)
CONTRACTORS = (
    "PT Karya Tambang Persada",
    "PT Nusa Alat Berat Utama",
    "PT Mitra Bangun Etam",
    "PT Sinar Konstruksi Borneo",
)
TIMBER_COMPANIES = (
    "PT Rimba Hulu Lestari",
    "PT Kayu Mahakam Raya",
    "PT Hutan Benua Lestari",
    "PT Meranti Alam Jaya",
)

# Invented outlet names: the demo never puts its stories in the mouth of a real newspaper.
OUTLETS_PROVINCE = (
    "Benua Etam News (RSS)",
    "Warta Mahakam (RSS)",
    "Kabar Borneo Timur (RSS)",
    "Suara Etam Online (RSS)",
)
OUTLETS_LOCAL = {
    "64.01": "Suara Paser Online (RSS)",
    "64.02": "Tenggarong Pos (RSS)",
    "64.03": "Berau Pekan Ini (RSS)",
    "64.07": "Sendawar Pos (RSS)",
    "64.08": "Kabar Sangatta (RSS)",
    "64.09": "Gerbang Nusantara News (RSS)",
    "64.11": "Hulu Mahakam News (RSS)",
    "64.71": "Teluk Balikpapan Post (RSS)",
    "64.72": "Tepian Mahakam Post (RSS)",
    "64.74": "Bontang Pesisir News (RSS)",
}

# (commodity, unit, usual price in rupiah)
COMMODITIES = (
    ("cabai rawit", "kg", 60_000),
    ("bawang merah", "kg", 38_000),
    ("beras medium", "kg", 13_500),
    ("minyak goreng curah", "liter", 17_000),
    ("gula pasir", "kg", 17_500),
    ("telur ayam", "rak", 52_000),
    ("daging ayam ras", "kg", 38_000),
)

_INITIAL_LETTERS = "ABDEFHIJKMNRSTWY"
_COUNT_WORDS = ("dua", "tiga", "empat")


def rupiah(amount: int) -> str:
    return "Rp" + f"{amount:,}".replace(",", ".")


def _thousands(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def acronym(company: str) -> str:
    legal, _space, rest = company.partition(" ")
    return f"{legal} {''.join(word[0] for word in rest.split())}"


def part_of_day(hour: int) -> str:
    if hour < 4:
        return "dini hari"
    if hour < 11:
        return "pagi"
    if hour < 15:
        return "siang"
    if hour < 18:
        return "sore"
    return "malam"


def time_slots(occurred_at: datetime, now: datetime) -> dict[str, str]:
    local = occurred_at.astimezone(WITA)
    day = HARI[local.weekday()]
    part = part_of_day(local.hour)
    casual = {"dini hari": "dini hari tadi", "pagi": "tadi pagi", "siang": "tadi siang", "sore": "tadi sore"}
    now_part = part_of_day(now.astimezone(WITA).hour)
    return {
        "hari": day,
        "tanggal": f"{local.day} {BULAN[local.month - 1]} {local.year}",
        "jam": f"{local:%H.%M}",
        "tgl_berita": f"{day} ({local:%d/%m/%Y})",
        "bagian_hari": part,
        "waktu_santai": casual.get(part, "tadi malam"),
        "waktu_kini": "subuh ini" if now_part == "dini hari" else f"{now_part} ini",
    }


def place_slots(place: Place) -> dict[str, str]:
    kab = place.kab
    kota = kab.is_kota
    slots = {
        "kab": kab.name,
        "kab_nama": kab.short,
        "kab_singkat": kab.alias,
        "ibukota": kab.seat.title(),
        "dateline": kab.seat,
        "pemda": ("Pemkot " if kota else "Pemkab ") + kab.short,
        "pemda_panjang": ("Pemerintah Kota " if kota else "Pemerintah Kabupaten ") + kab.short,
        "kepala_daerah": ("Wali Kota " if kota else "Bupati ") + kab.short,
        "dprd": "DPRD " + (kab.name if kota else kab.short),
        "polres": kab.police,
        "balai_adat": "balai adat" if kab.code == "64.01" else "lamin adat",
        "aparat_desa": "lurah" if kota else "kepala desa dan lurah",
        "perangkat_desa": "perangkat kelurahan" if kota else "perangkat desa",
        "desa_kelurahan": "kelurahan" if kota else "desa dan kelurahan",
    }
    if place.kec is not None:
        slots["kec"] = place.kec.name
    if place.village is not None:
        village = place.village
        term = "Kelurahan" if village.is_kelurahan else kab.village_term
        head = "Lurah" if village.is_kelurahan else kab.village_head
        election = {
            "Petinggi": ("pemilihan petinggi", "pemilihan petinggi kampung"),
            "Kepala Kampung": ("pemilihan kepala kampung", "pemilihan kepala kampung (pilkakam)"),
        }.get(head, ("pilkades", "pemilihan kepala desa (pilkades)"))
        slots |= {
            "desa": f"{term} {village.name}",
            "desa_nama": village.name,
            "desa_label": term,
            "desa_label_kecil": term.lower(),
            "kades": head,
            "kantor_desa": f"Kantor {term} {village.name}",
            "kantor_santai": {"Kelurahan": "kantor lurah", "Kampung": "kantor kampung"}.get(term, "kantor desa"),
            "pilkades": election[0],
            "pilkades_panjang": election[1],
        }
    return slots


def _initials(rng: random.Random) -> str:
    return rng.choice(_INITIAL_LETTERS) + rng.choice(_INITIAL_LETTERS)


def random_slots(rng: random.Random, kab_alias: str) -> dict[str, str]:
    """Always the same number of draws, whatever the template uses, so the corpus stays reproducible."""
    commodity, unit, usual = rng.choice(COMMODITIES)
    old_price = round(usual * rng.uniform(0.9, 1.1) / 500) * 500
    new_price = round(old_price * rng.uniform(1.2, 1.6) / 500) * 500
    sawit = rng.choice(SAWIT_COMPANIES)
    mining = rng.choice(MINING_COMPANIES)
    first, second = _initials(rng), _initials(rng)
    while second == first:
        second = _initials(rng)
    handle = rng.choice(("pemuda", "anak", "suara", "info", "arek", "bubuhan"))
    return {
        "n_kecil": str(rng.randint(6, 20)),
        "n_sedang": str(rng.randrange(30, 125, 5)),
        "n_besar": str(rng.randrange(150, 460, 10)),
        "n_kk": str(rng.randint(18, 260)),
        "n_ha": str(rng.randrange(15, 420, 5)),
        "n_hari": str(rng.randint(2, 5)),
        "n_bulan": str(rng.randint(2, 4)),
        "n_calon": rng.choice(_COUNT_WORDS),
        "no_calon": str(rng.randint(1, 4)),
        "n_luka": rng.choice(("Dua", "Tiga", "Empat")),
        "n_sajam": rng.choice(_COUNT_WORDS),
        "ke": str(rng.randint(3, 5)),
        "umur_anak": str(rng.randint(8, 13)),
        "gram": str(rng.randint(5, 60)),
        "tinggi_air": str(rng.randrange(60, 160, 10)),
        "inisial": f"{first} ({rng.randint(19, 62)})",
        "inisial2": f"{second} ({rng.randint(19, 62)})",
        "inisial_saja": first,
        "rt": f"RT {rng.randint(1, 24):02d}",
        "komoditas": commodity,
        "satuan": unit,
        "harga_lama": rupiah(old_price),
        "harga_baru": rupiah(new_price),
        "harga_eceran": _thousands(rng.randrange(9_000, 15_500, 500)),
        "harga_hulu": _thousands(rng.randrange(20_000, 36_000, 1_000)),
        "harga_lpg": _thousands(rng.randrange(35_000, 61_000, 1_000)),
        "harga_tbs": _thousands(rng.randrange(1_650, 2_150, 25)),
        "harga_beras_hulu": _thousands(rng.randrange(20_000, 30_000, 1_000)),
        "bagi_hasil": _thousands(rng.randrange(150_000, 610_000, 10_000)),
        "pt_sawit": sawit,
        "pt_sawit_singkat": acronym(sawit),
        "pt_tambang": mining,
        "pt_tambang_singkat": acronym(mining),
        "pt_kontraktor": rng.choice(CONTRACTORS),
        "pt_kayu": rng.choice(TIMBER_COMPANIES),
        "akun": f"@{handle}.{kab_alias.lower()}{rng.randint(7, 99)}",
    }


DEFAULT_GRADES: dict[str, tuple[str, ...]] = {
    "field_report": ("B2", "B3", "C3"),
    "public_tip": ("F6", "C3"),
    "news": ("B2",),
    "social": ("C3", "D4", "F6"),
    "sms": ("C3", "F6"),
    "telegram": ("C3", "D4"),
    "whatsapp": ("C3", "D4", "F6"),
    "email": ("B2", "B3"),
    "api": ("B2", "C3"),
}

# Minutes between the event and its arrival at Kesbangpol, per channel.
RECEIPT_DELAY_MINUTES: dict[str, tuple[int, int]] = {
    "field_report": (60, 600),
    "public_tip": (20, 1_200),
    "news": (45, 360),
    "social": (10, 240),
    "sms": (2, 40),
    "telegram": (3, 90),
    "whatsapp": (3, 90),
    "email": (60, 900),
    "api": (1, 30),
}


def default_marking(channel: str) -> str:
    return "publik" if channel in {"news", "social"} else "terbatas"


def default_source(channel: str, place: Place, rng: random.Random) -> str:
    kab = place.kab
    if channel == "public_tip":
        return rng.choice(
            (
                "Aduan masyarakat (anonim)",
                "Aduan masyarakat via formulir web",
                "Aduan masyarakat via telepon",
                "Aduan masyarakat (datang langsung)",
            )
        )
    if channel == "news":
        return rng.choice((OUTLETS_LOCAL[kab.code], OUTLETS_LOCAL[kab.code], *OUTLETS_PROVINCE))
    if channel == "social":
        return rng.choice(
            (
                f"Media sosial: grup Facebook warga {kab.alias}",
                "Media sosial: akun TikTok publik",
                "Media sosial: akun X publik",
                "Media sosial: akun Instagram publik",
            )
        )
    if channel == "sms":
        return "SMS pengaduan Kesbangpol"
    if channel == "telegram":
        return f"Grup Telegram info warga {kab.alias}"
    if channel == "whatsapp":
        if place.village is not None:
            return f"Grup WhatsApp warga {place.village.name}"
        return f"Grup WhatsApp warga {kab.alias}"
    if channel == "api":
        return "SP4N-LAPOR! (API)"
    return f"Surel Kesbangpol {kab.name}"
