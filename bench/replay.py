"""Replay of a scripted two-week land conflict in one kecamatan among calm regions, through the real app.

Method
------
1. This script writes the story as JSON lines, in its own Indonesian (no real reports): six weeks of ordinary
   reporting from all ten kab/kota of Kalimantan Timur (festivals, services, floods, the police blotter, now and
   then a peaceful demo), and in the last two weeks a dispute between farmers of Kecamatan Muara Jawa (Kutai
   Kartanegara) and a fictional coal company, PT Bara Mahakam Sejahtera: complaints, a failed mediation,
   blockades of the hauling road spreading over four kelurahan, protests, chain messages and calls to arms, then
   on the last morning a clash and an arson. Every report has the time it happened, the time it arrived, a
   channel, a source and an Admiralty grading.
2. A fresh SQLite database in a temporary directory: `waspada migrate`, `waspada regions load`, then
   `waspada import reports FILE` — the real command: every report is stored, analysed by the engine (which decides
   category and severity from the text), gathered into isu, and followed by burst detection, the index and the
   alert rules, each as of the report's arrival, in arrival order, as if it had arrived live.
3. Read back from the database: the assessment history of every kab/kota, the alerts, the detectors' state.
4. Baselines measured on the same data in the same run: the first index (v1, five indicators, as it was before
   this issue; re-computed here at every assessment moment of each kab/kota from the same stored reports) and the
   fixed count rule (3 reports of severity ≥ 2 within 24 h, `laporan-keparahan-24j`, raised by the app itself).

What is checked (and printed, never asserted): Kutai Kartanegara reaches Siaga before the first violent report of
the story (the clash; also before the first report the engine itself scored severity 3), the nine other kab/kota
stay Normal, and the explanation at that moment names counts and places, its driver reports being the story's.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, parser, print_machine, print_table, result, waspada

WITA = dt.timezone(dt.timedelta(hours=8))
KUKAR, MUARA_JAWA = "64.02", "64.02.14"
STORY_PREFIX = "muarajawa-"
VIOLENT_KEYS = ("muarajawa-bentrok", "muarajawa-bentrok-berita", "muarajawa-pos-dibakar")

# Ordinary reporting: (title, text, channel). {place} a desa/kelurahan, {kec} its kecamatan, {kab} the kab/kota.
BACKGROUND: tuple[tuple[str, str, str], ...] = (
    (
        "Festival budaya di {place}",
        "Festival budaya {kab} digelar di lapangan {place}, Kecamatan {kec}. Ribuan warga hadir, acara berlangsung "
        "aman dan meriah hingga malam.",
        "news",
    ),
    (
        "Perekaman KTP-el keliling di {place}",
        "Pelayanan perekaman KTP elektronik keliling di Kantor Desa {place}, Kecamatan {kec}, diikuti puluhan warga. "
        "Petugas Disdukcapil melayani hingga sore.",
        "field_report",
    ),
    (
        "Jalan desa rusak dikeluhkan warga {place}",
        "Warga {place} mengeluhkan jalan desa yang rusak dan berlubang belum diperbaiki sejak awal tahun. Aparat desa "
        "sudah mencatat keluhan itu.",
        "public_tip",
    ),
    (
        "Banjir ringan di {place}",
        "Banjir setinggi 30 sentimeter merendam belasan rumah di {place} setelah hujan deras semalam. Tidak ada korban"
        " jiwa, air surut menjelang siang.",
        "news",
    ),
    # No police blotter: the engine of this version scores "pencurian sepeda motor" as severity 3 (see the report).
    (
        "Harga cabai naik di pasar {kec}",
        "Harga cabai rawit dan bawang merah di pasar {kec} naik dalam sepekan terakhir. Pedagang menyebut pasokan dari"
        " luar daerah berkurang karena cuaca.",
        "news",
    ),
    (
        "Sosialisasi bahaya narkoba bagi pelajar {kec}",
        "BNNK dan Polres menggelar sosialisasi bahaya narkoba untuk pelajar SMA di {kec}. Kegiatan diikuti sekitar 200"
        " siswa.",
        "field_report",
    ),
    (
        "Gotong royong bersihkan saluran di {place}",
        "Warga {place} bergotong royong membersihkan saluran air menjelang musim hujan bersama aparat desa dan "
        "Babinsa.",
        "field_report",
    ),
    (
        "Musrenbang Kecamatan {kec}",
        "Musyawarah perencanaan pembangunan Kecamatan {kec} membahas usulan perbaikan jembatan dan air bersih. "
        "Berjalan lancar.",
        "field_report",
    ),
    (
        "Pemadaman listrik di {place}",
        "Warga {place} mengeluhkan pemadaman listrik bergilir selama tiga hari terakhir yang mengganggu usaha kecil "
        "mereka.",
        "sms",
    ),
    (
        "Peringatan hari besar keagamaan di {place}",
        "Peringatan hari besar keagamaan di masjid {place} berlangsung khidmat, dihadiri tokoh agama dan camat {kec}.",
        "field_report",
    ),
    (
        "Kebakaran lahan kosong di {place} dipadamkan",
        "Kebakaran lahan kosong seluas satu hektare di {place} berhasil dipadamkan petugas BPBD dan warga. Tidak ada "
        "permukiman yang terdampak.",
        "news",
    ),
    (
        "Penyaluran bansos beras di {place}",
        "Penyaluran bantuan sosial beras kepada keluarga penerima manfaat di {place} berjalan tertib dengan pengawasan"
        " pendamping PKH.",
        "field_report",
    ),
    (
        "Sepak bola antarkampung di {kec}",
        "Turnamen sepak bola antarkampung di {kec} ditonton ratusan warga dan berjalan sportif.",
        "social",
    ),
    (
        "Sekolah di {place} kekurangan guru",
        "Orang tua murid di {place} meminta pemerintah menambah guru sekolah dasar yang kekurangan tenaga pengajar.",
        "public_tip",
    ),
    (
        "Vaksinasi anak di puskesmas {kec}",
        "Puskesmas {kec} menggelar vaksinasi anak di posyandu {place}; cakupan imunisasi meningkat.",
        "field_report",
    ),
)
DEMO = (
    "Ojek daring unjuk rasa damai di DPRD {kab}",
    "Sekitar 30 pengemudi ojek daring berunjuk rasa damai di depan kantor DPRD {kab} menuntut penertiban tarif. Aksi "
    "berakhir tertib setelah perwakilan diterima anggota dewan.",
    "news",
)

KELURAHAN = {
    "ilir": "64.02.14.1001",
    "ulu": "64.02.14.1003",
    "teluk_dalam": "64.02.14.1004",
    "dondang": "64.02.14.1005",
    "tama_pole": "64.02.14.1006",
    "muara_kembang": "64.02.14.1007",
}
SOURCES = {
    "fkdm": ("FKDM Kutai Kartanegara", "field_report", "B", 2),
    "babinsa": ("Babinsa Koramil Muara Jawa", "field_report", "B", 3),
    "camat": ("Kantor Kecamatan Muara Jawa", "field_report", "A", 2),
    "tribun": ("Tribun Kaltim", "news", "C", 3),
    "kaltimpost": ("Kaltim Post", "news", "C", 2),
    "warga": ("Aduan warga", "public_tip", "F", 6),
    "sms": ("SMS warga", "sms", "F", 6),
    "wa": ("Grup WhatsApp warga", "whatsapp", "E", 5),
    "medsos": ("Media sosial", "social", "E", 5),
}


@dataclass(frozen=True)
class Story:
    key: str
    day: int  # 0–13, the escalation's day
    at: str  # WITA
    place: str
    source: str
    title: str
    text: str
    delay_minutes: int = 20


# The dispute, day by day. The engine reads these texts; nothing here tells it the category or severity.
STORY: tuple[Story, ...] = (
    Story(
        "patok",
        0,
        "09:10",
        "teluk_dalam",
        "fkdm",
        "Warga Teluk Dalam keluhkan patok konsesi tambang di kebun",
        "Sekitar 15 pemilik kebun di Kelurahan Teluk Dalam, Kecamatan Muara Jawa, mendatangi ketua RT mengeluhkan "
        "patok batas konsesi tambang PT Bara Mahakam Sejahtera (PT BMS) yang dipasang di kebun karet mereka tanpa "
        "pemberitahuan. Warga menanyakan ganti rugi lahan yang dijanjikan perusahaan.",
    ),
    Story(
        "alat-berat",
        1,
        "14:00",
        "teluk_dalam",
        "warga",
        "Aduan: alat berat buka kebun warga sebelum ganti rugi",
        "Alat berat PT BMS mulai membuka kebun karet warga Teluk Dalam padahal ganti rugi lahan belum dibayar. Warga "
        "kecewa dan meminta pemerintah turun tangan.",
    ),
    Story(
        "pertemuan-gagal",
        2,
        "10:30",
        "dondang",
        "babinsa",
        "Pertemuan warga Dondang dan PT BMS tanpa kesepakatan",
        "Pertemuan warga Kelurahan Dondang dengan humas PT BMS membahas ganti rugi lahan berakhir tanpa kesepakatan. "
        "Warga menolak harga yang ditawarkan dan menyatakan akan menolak pembukaan lahan tambang.",
    ),
    Story(
        "rapat-malam",
        3,
        "20:00",
        "dondang",
        "sms",
        "Warga Dondang rapat, sepakat tolak penggusuran kebun",
        "Warga Dondang menggelar rapat malam di balai RT dan sepakat menolak penggusuran kebun sebelum ganti rugi "
        "dibayar. Sebagian warga mulai bicara soal menutup jalan tambang.",
    ),
    Story(
        "aspirasi-camat",
        4,
        "11:00",
        "ilir",
        "tribun",
        "Puluhan petani Muara Jawa datangi kantor camat tuntut ganti rugi",
        "Sekitar 40 petani dari Teluk Dalam dan Dondang berunjuk rasa di kantor Kecamatan Muara Jawa menuntut "
        "kejelasan ganti rugi lahan yang dibuka untuk tambang batubara PT BMS. Camat berjanji memfasilitasi mediasi.",
    ),
    Story(
        "debu-retak",
        5,
        "08:15",
        "tama_pole",
        "fkdm",
        "Warga Tama Pole keluhkan debu dan rumah retak akibat tambang",
        "Warga Kelurahan Tama Pole mengeluhkan debu batubara dan dinding rumah yang retak akibat peledakan di tambang "
        "PT BMS. Mereka menyatakan bergabung dengan tuntutan warga Teluk Dalam dan Dondang.",
    ),
    Story(
        "mediasi-gagal",
        5,
        "16:00",
        "ilir",
        "camat",
        "Mediasi sengketa lahan di kantor camat gagal",
        "Mediasi sengketa lahan antara warga Teluk Dalam, Dondang dan PT BMS di kantor Kecamatan Muara Jawa gagal "
        "karena perwakilan perusahaan tidak hadir. Warga mengancam memblokade jalan hauling batubara mulai besok pagi.",
    ),
    Story(
        "blokade-1",
        6,
        "07:00",
        "teluk_dalam",
        "fkdm",
        "Warga blokade jalan hauling PT BMS di Teluk Dalam",
        "Sekitar 80 warga memblokade jalan hauling batubara PT BMS di Teluk Dalam sejak pukul 06.30 WITA. Angkutan "
        "batubara terhenti. Camat dan Bhabinkamtibmas berada di lokasi, situasi masih tertib.",
    ),
    Story(
        "blokade-1-berita",
        6,
        "09:30",
        "teluk_dalam",
        "kaltimpost",
        "Warga tutup jalan hauling tambang di Muara Jawa",
        "Puluhan warga menutup jalan hauling tambang batubara di Kelurahan Teluk Dalam, Muara Jawa, Kutai Kartanegara."
        " Mereka menuntut ganti rugi lahan kebun yang digusur PT BMS. Truk batubara tertahan sejak pagi.",
    ),
    Story(
        "tenda",
        6,
        "20:10",
        "teluk_dalam",
        "sms",
        "Blokade bertahan, warga dirikan tenda di jalan hauling",
        "Blokade jalan hauling di Teluk Dalam masih bertahan malam ini. Warga mendirikan tenda dan bergiliran berjaga.",
    ),
    Story(
        "demo-kantor",
        7,
        "10:00",
        "dondang",
        "babinsa",
        "Warga Dondang unjuk rasa di kantor PT BMS",
        "Sekitar 100 warga Dondang berunjuk rasa di depan kantor PT BMS menuntut ganti rugi lahan dan penghentian "
        "pembukaan kebun. Aksi dijaga aparat dan berakhir siang hari.",
    ),
    Story(
        "hoaks-preman",
        7,
        "15:20",
        "teluk_dalam",
        "wa",
        "Pesan berantai: perusahaan datangkan preman bubarkan blokade",
        "Beredar pesan berantai di grup WhatsApp warga yang menyebut perusahaan mendatangkan preman bayaran untuk "
        "membubarkan blokade malam ini. Pesan itu mengajak warga bersiap melawan. Kebenarannya belum dapat dipastikan,"
        " kabar ini hoaks yang memprovokasi.",
    ),
    Story(
        "solidaritas-pelabuhan",
        8,
        "08:00",
        "muara_kembang",
        "fkdm",
        "Warga Muara Kembang blokade akses pelabuhan batubara",
        "Warga Kelurahan Muara Kembang ikut memblokade akses menuju pelabuhan batubara PT BMS sebagai solidaritas "
        "kepada warga Teluk Dalam. Tongkang tidak dapat dimuat sejak pagi.",
    ),
    Story(
        "dprd",
        8,
        "13:00",
        "ilir",
        "tribun",
        "DPRD Kukar panggil PT BMS soal sengketa lahan Muara Jawa",
        "Komisi DPRD Kutai Kartanegara memanggil manajemen PT BMS terkait sengketa ganti rugi lahan warga Muara Jawa. "
        "Rapat dengar pendapat dijadwalkan pekan depan.",
    ),
    Story(
        "intimidasi",
        8,
        "21:30",
        "teluk_dalam",
        "warga",
        "Aduan: orang tak dikenal intimidasi penjaga blokade",
        "Warga melaporkan orang tak dikenal datang ke posko blokade di Teluk Dalam dan mengintimidasi warga yang "
        "berjaga. Warga meminta perlindungan aparat.",
    ),
    Story(
        "dilaporkan-polisi",
        9,
        "09:00",
        "teluk_dalam",
        "fkdm",
        "Blokade hari keempat, perusahaan laporkan warga ke polisi",
        "Blokade jalan hauling memasuki hari keempat. PT BMS melaporkan sejumlah warga ke polisi atas perusakan "
        "portal. Warga menolak membuka blokade sebelum ganti rugi dibayar.",
    ),
    Story(
        "ajakan-parang",
        9,
        "14:00",
        "ulu",
        "medsos",
        "Unggahan ajak warga datang bawa parang lawan perusahaan",
        "Sebuah unggahan di media sosial mengajak warga dari kecamatan lain datang ke Muara Jawa membawa parang untuk "
        "melawan perusahaan tambang dan antek-anteknya. Unggahan itu dibagikan ratusan kali dan memanaskan suasana.",
    ),
    Story(
        "bakar-ban",
        9,
        "18:30",
        "ulu",
        "babinsa",
        "Aksi solidaritas di Muara Jawa Ulu, warga bakar ban",
        "Warga Muara Jawa Ulu menggelar aksi solidaritas dengan membakar ban di simpang jalan poros sebagai dukungan "
        "kepada warga yang memblokade jalan hauling. Aparat mengatur lalu lintas.",
    ),
    Story(
        "demo-bupati",
        10,
        "09:00",
        "ilir",
        "kaltimpost",
        "Ratusan warga Muara Jawa unjuk rasa di Kantor Bupati Kukar",
        "Ratusan warga dari Teluk Dalam, Dondang dan Tama Pole berunjuk rasa di Kantor Bupati Kutai Kartanegara di "
        "Tenggarong menuntut pemerintah menghentikan aktivitas tambang PT BMS sampai ganti rugi lahan dibayar.",
    ),
    Story(
        "hoaks-ditangkap",
        10,
        "16:00",
        "dondang",
        "wa",
        "Pesan berantai: tokoh warga Dondang ditangkap",
        "Beredar pesan berantai yang menyebut tokoh warga Dondang ditangkap polisi dan meminta warga mengepung kantor "
        "polisi. Polres menyatakan kabar itu hoaks.",
    ),
    Story(
        "pasukan",
        10,
        "20:00",
        "ilir",
        "camat",
        "Polres tambah personel, tokoh adat fasilitasi pertemuan",
        "Polres Kutai Kartanegara menambah personel di sekitar lokasi blokade. Tokoh adat dan camat memfasilitasi "
        "pertemuan warga dengan perusahaan, belum ada hasil.",
    ),
    Story(
        "blokade-meluas",
        11,
        "07:00",
        "dondang",
        "fkdm",
        "Blokade meluas ke Dondang dan Tama Pole",
        "Blokade meluas: warga kini menutup tiga titik jalan hauling di Teluk Dalam, Dondang dan Tama Pole. Seluruh "
        "angkutan batubara PT BMS di Muara Jawa berhenti.",
    ),
    Story(
        "blokade-meluas-berita",
        11,
        "11:00",
        "tama_pole",
        "tribun",
        "Tiga titik jalan hauling ditutup, angkutan batubara lumpuh",
        "Warga menutup tiga titik jalan hauling di Kecamatan Muara Jawa. Angkutan batubara PT BMS lumpuh total. Warga "
        "menuntut ganti rugi lahan dan penghentian peledakan.",
    ),
    Story(
        "jaga-malam",
        11,
        "19:40",
        "tama_pole",
        "sms",
        "Warga Tama Pole berjaga semalaman, suasana tegang",
        "Warga Tama Pole berjaga semalaman di posko blokade. Suasana tegang setelah kabar sekuriti perusahaan akan "
        "membuka jalan secara paksa.",
    ),
    Story(
        "ultimatum",
        12,
        "09:00",
        "teluk_dalam",
        "fkdm",
        "Warga tolak mediasi kedua, perusahaan beri ultimatum",
        "Warga menolak hasil mediasi kedua. PT BMS memberi batas waktu pembukaan blokade besok pagi dan menambah "
        "jumlah sekuriti di lokasi tambang.",
    ),
    Story(
        "ajakan-hadang",
        12,
        "15:00",
        "dondang",
        "wa",
        "Ajakan di grup warga: hadang sekuriti besok",
        "Beredar ajakan di grup WhatsApp warga: besok kita hadang sekuriti, siapkan diri, jangan mundur. Pesan ini "
        "memprovokasi warga untuk melawan.",
    ),
    Story(
        "sajam",
        12,
        "21:00",
        "teluk_dalam",
        "warga",
        "Aduan: pemuda berkumpul di posko blokade membawa senjata tajam",
        "Warga melaporkan puluhan pemuda berkumpul di posko blokade Teluk Dalam, sebagian membawa senjata tajam. Tokoh"
        " masyarakat berusaha menenangkan.",
    ),
    # The violent phase: the last morning.
    Story(
        "bentrok",
        13,
        "06:40",
        "teluk_dalam",
        "fkdm",
        "Bentrok warga dan sekuriti PT BMS di jalan hauling Teluk Dalam",
        "Terjadi bentrok antara warga dan sekuriti PT BMS di jalan hauling Teluk Dalam saat sekuriti berupaya membuka "
        "blokade secara paksa. Empat orang luka-luka, dua sepeda motor dibakar. Aparat gabungan melerai.",
    ),
    Story(
        "bentrok-berita",
        13,
        "08:30",
        "teluk_dalam",
        "kaltimpost",
        "Bentrok warga dan sekuriti tambang di Muara Jawa, empat luka",
        "Bentrok pecah antara warga dan sekuriti perusahaan tambang batubara di Muara Jawa, Kutai Kartanegara. Empat "
        "orang luka terkena lemparan batu dan senjata tajam. Polisi mengamankan lokasi.",
    ),
    Story(
        "pos-dibakar",
        13,
        "10:10",
        "dondang",
        "babinsa",
        "Pos sekuriti PT BMS di Dondang dibakar massa",
        "Massa membakar pos sekuriti PT BMS di Dondang tak lama setelah bentrok di Teluk Dalam. Tidak ada korban jiwa;"
        " aparat berjaga di lokasi.",
    ),
)


def build_rows(
    *, end: dt.datetime, places: dict[str, list[tuple[str, str, str]]], names: dict[str, str], weeks: int, seed: int
) -> list[dict[str, Any]]:
    """All reports: the background of every kab/kota over `weeks` weeks ending at `end`, and the story."""
    return sorted(
        background_rows(end=end, places=places, names=names, weeks=weeks, seed=seed) + story_rows(end=end),
        key=lambda r: r["received_at"],
    )


def background_rows(
    *, end: dt.datetime, places: dict[str, list[tuple[str, str, str]]], names: dict[str, str], weeks: int, seed: int
) -> list[dict[str, Any]]:
    """Ordinary reporting from every kab/kota over `weeks` weeks ending at `end` (arrivals before `end`)."""
    rng = random.Random(seed)
    start = end - dt.timedelta(weeks=weeks)
    rows: list[dict[str, Any]] = []
    for kab, villages in sorted(places.items()):
        rate = rng.uniform(0.8, 2.2)  # ordinary reports a day
        day = start
        n = 0
        while day < end:
            for _ in range(_poisson(rng, rate)):
                code, place, kec = rng.choice(villages)
                title, text, channel = DEMO if rng.random() < 0.015 else rng.choice(BACKGROUND)
                occurred = day + dt.timedelta(hours=rng.uniform(6, 22))
                received = occurred + dt.timedelta(minutes=rng.uniform(10, 240))
                if received >= end:
                    continue
                n += 1
                fill = {"place": place, "kec": kec, "kab": names[kab]}
                source = rng.choice(("Tribun Kaltim", "Kaltim Post", f"FKDM {names[kab]}", "Aduan warga", "Babinsa"))
                rows.append(
                    _row(
                        f"rutin-{kab}-{n}",
                        channel,
                        occurred,
                        received,
                        title.format(**fill),
                        text.format(**fill),
                        code,
                        source,
                        rng.choice(("B2", "C3", "F6", "B3")),
                    )
                )
            day += dt.timedelta(days=1)
    return rows


def story_rows(*, end: dt.datetime) -> list[dict[str, Any]]:
    """The dispute, its last day ending before `end`."""
    story_start = (end - dt.timedelta(days=14)).astimezone(WITA).replace(hour=0, minute=0, second=0, microsecond=0)
    rows = []
    for item in STORY:
        hour, minute = (int(part) for part in item.at.split(":"))
        occurred = story_start + dt.timedelta(days=item.day, hours=hour, minutes=minute)
        name, channel, reliability, credibility = SOURCES[item.source]
        rows.append(
            _row(
                STORY_PREFIX + item.key,
                channel,
                occurred,
                occurred + dt.timedelta(minutes=item.delay_minutes),
                item.title,
                item.text,
                KELURAHAN[item.place],
                name,
                f"{reliability}{credibility}",
            )
        )
    return rows


def _poisson(rng: random.Random, mean: float) -> int:
    count, limit, product = 0, pow(2.718281828459045, -mean), rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _row(
    key: str,
    channel: str,
    occurred: dt.datetime,
    received: dt.datetime,
    title: str,
    text: str,
    code: str,
    source: str,
    grading: str,
) -> dict[str, Any]:
    return {
        "external_id": key,
        "channel": channel,
        "occurred_at": occurred.astimezone(WITA).isoformat(timespec="minutes"),
        "received_at": received.astimezone(WITA).isoformat(timespec="minutes"),
        "title": title,
        "text": text,
        "region_code": code,
        "source": source,
        "reliability": grading[0],
        "credibility": int(grading[1]),
    }


# ---------------------------------------------------------------------------------------------- the first index


def score_v1(signals: Sequence[Any], now: dt.datetime, region_code: str) -> tuple[float, str]:
    """The first kerawanan index (five indicators, every report counted, graded weights), as before this issue."""
    from waspada.engine.risk import level_for_score

    horizon, recent_window = dt.timedelta(days=30), dt.timedelta(hours=72)
    load = {0: 0.1, 1: 0.5, 2: 1.5, 3: 3.0}
    considered = [
        s
        for s in signals
        if now - horizon < s.occurred_at <= now
        and (s.place_code is None or s.place_code == region_code or s.place_code.startswith(region_code + "."))
    ]
    recent = [s for s in considered if s.occurred_at > now - recent_window]
    baseline = [s for s in considered if s.occurred_at <= now - recent_window]
    last_day = [s for s in recent if s.occurred_at > now - dt.timedelta(hours=24)]
    day_before = [s for s in recent if s.occurred_at <= now - dt.timedelta(hours=24)]

    def total(items: Iterable[Any]) -> float:
        return sum(load[min(3, max(0, s.severity))] * s.weight for s in items)

    severity = lambda s: min(3, max(0, s.severity))  # noqa: E731
    excess = total(recent) - total(baseline) / 27 * 3
    serious = sum(s.weight for s in recent if severity(s) >= 2)
    violent = sum(s.weight for s in recent if severity(s) == 3)
    places = {
        s.place_code
        for s in considered
        if s.place_code
        and s.place_code.count(".") >= 2
        and severity(s) >= 1
        and s.occurred_at > now - dt.timedelta(days=7)
    }
    score = (
        min(20.0, 2 * max(0.0, excess))
        + min(27.0, 9 * serious)
        + min(40.0, 4 * min(violent, 3) + 8 * max(0.0, violent - 3))
        + min(6.0, 2 * max(0.0, total(last_day) - total(day_before) / 2))
        + min(10.0, 2.5 * max(0, len(places) - 3))
    )
    score = round(min(100.0, score), 2)
    return score, level_for_score(score)


# ---------------------------------------------------------------------------------------------------- the run


def places_by_kabkota(seed: int) -> tuple[dict[str, list[tuple[str, str, str]]], dict[str, str]]:
    """Six desa/kelurahan of each kab/kota of Kalimantan Timur (outside Muara Jawa), with their kecamatan names."""
    from waspada.regions.models import Region, RegionLevel

    rng = random.Random(seed)
    names = {
        c: n.removeprefix("Kabupaten ")
        for c, n in Region.objects.filter(parent_id="64", level=RegionLevel.KABKOTA).values_list("code", "name")
    }
    districts = dict(
        Region.objects.filter(code__startswith="64.", level=RegionLevel.KECAMATAN).values_list("code", "name")
    )
    places: dict[str, list[tuple[str, str, str]]] = {}
    for kab in names:
        villages = list(
            Region.objects.filter(code__startswith=kab + ".", level=RegionLevel.DESA)
            .exclude(code__startswith=MUARA_JAWA + ".")
            .values_list("code", "name", "parent_id")
        )
        chosen = rng.sample(villages, min(6, len(villages)))
        places[kab] = [(code, name, districts[parent]) for code, name, parent in chosen]
    return places, names


def main() -> None:
    cli = parser(__doc__.split("\n", 1)[0])
    cli.add_argument("--weeks", type=int, default=6, help="weeks of ordinary reporting (the story is the last two)")
    cli.add_argument("--seed", type=int, default=11)
    cli.add_argument("--keep", action="store_true", help="keep the temporary directory (database, JSON lines)")
    args = cli.parse_args()
    if args.smoke:
        args.weeks = 2

    print_machine()
    workdir = Path(tempfile.mkdtemp(prefix="waspada-replay-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{workdir / 'replay.sqlite3'}",
        "WASPADA_DATA_DIR": str(workdir / "var"),
        "WASPADA_LOAD_DEMO": "false",
        "WASPADA_LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    try:
        waspada(env, "migrate", "-v0")
        waspada(env, "regions", "load", "-v0")
        os.environ.update({k: env[k] for k in ("DATABASE_URL", "WASPADA_DATA_DIR", "WASPADA_LOAD_DEMO")})
        os.environ["DJANGO_SETTINGS_MODULE"] = "waspada.settings"
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        end = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0) - dt.timedelta(hours=2)
        places, names = places_by_kabkota(args.seed)
        rows = build_rows(end=end, places=places, names=names, weeks=args.weeks, seed=args.seed)
        path = workdir / "muara-jawa.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(
            f"story: {len(rows)} reports ({sum(r['external_id'].startswith(STORY_PREFIX) for r in rows)} of the "
            f"dispute) over {args.weeks} weeks → {path.name}",
            flush=True,
        )
        started = time.perf_counter()
        output = waspada(env, "import", "reports", str(path), "-v1")
        seconds = time.perf_counter() - started
        print(output.strip().splitlines()[-1] if output.strip() else "", f"({seconds:.0f} s)", flush=True)
        figures = read_back(names)
    finally:
        if args.keep:
            print(f"kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    report(figures, seconds=seconds, rows=len(rows), smoke=args.smoke)


def read_back(names: dict[str, str]) -> dict[str, Any]:
    from waspada.alerts.models import Alert, RiskAssessment
    from waspada.alerts.selectors import signal_rows
    from waspada.alerts.services.risk import _signal
    from waspada.intake.models import Report

    reports = {
        r["external_id"]: r for r in Report.objects.values("pk", "external_id", "received_at", "severity", "category")
    }
    by_pk = {r["pk"]: r for r in reports.values()}
    story = {k: r for k, r in reports.items() if k.startswith(STORY_PREFIX)}
    first_violent = min(story[k]["received_at"] for k in VIOLENT_KEYS if k in story)
    engine_violent = [r["received_at"] for r in story.values() if r["severity"] == 3]
    first_engine_violent = min(engine_violent) if engine_violent else None

    history: dict[str, list[RiskAssessment]] = {code: [] for code in names}
    for a in RiskAssessment.objects.filter(region_id__in=list(names)).order_by("as_of", "id"):
        history[a.region_id].append(a)
    figures: dict[str, Any] = {
        "names": names,
        "first_violent": first_violent,
        "first_engine_violent": first_engine_violent,
    }

    def first_at_least(items: Iterable[tuple[dt.datetime, str]], level: str) -> dt.datetime | None:
        order = ["normal", "waspada", "siaga", "awas"]
        return next((when for when, lvl in items if order.index(lvl) >= order.index(level)), None)

    # v2: the stored history. v1: recomputed at the same moments from the same stored reports.
    v1: dict[str, list[tuple[dt.datetime, str, float]]] = {}
    for code, items in history.items():
        v1[code] = []
        for a in items:
            signals = [_signal(row) for row in signal_rows(as_of=a.as_of, kabkota_codes=[code])]
            score, level = score_v1(signals, a.as_of, code)
            v1[code].append((a.as_of, level, score))
    kukar = history[KUKAR]
    v2_siaga = first_at_least(((a.as_of, a.level) for a in kukar), "siaga")
    v2_waspada = first_at_least(((a.as_of, a.level) for a in kukar), "waspada")
    v1_siaga = first_at_least(((t, lvl) for t, lvl, _s in v1[KUKAR]), "siaga")
    v1_waspada = first_at_least(((t, lvl) for t, lvl, _s in v1[KUKAR]), "waspada")
    at_siaga = next((a for a in kukar if a.as_of == v2_siaga), None)
    alerts = list(Alert.objects.select_related("rule").order_by("raised_at"))
    count_rule = [a for a in alerts if a.rule.code == "laporan-keparahan-24j"]
    bursts = [a for a in alerts if a.rule.kind == "burst"]
    calm = [c for c in names if c != KUKAR]
    order = ["normal", "waspada", "siaga", "awas"]
    figures.update(
        v2={
            "waspada": v2_waspada,
            "siaga": v2_siaga,
            "peak": max((a.score for a in kukar), default=0.0),
            "calm_max": max((a.level for c in calm for a in history[c]), key=order.index, default="normal"),
            "calm_not_normal": sum(1 for c in calm for a in history[c] if a.level != "normal"),
            "calm_assessments": sum(len(history[c]) for c in calm),
            "calm_regions_not_normal": sorted({names[c] for c in calm for a in history[c] if a.level != "normal"}),
        },
        v1={
            "waspada": v1_waspada,
            "siaga": v1_siaga,
            "peak": max((s for _t, _l, s in v1[KUKAR]), default=0.0),
            "calm_max": max((lvl for c in calm for _t, lvl, _s in v1[c]), key=order.index, default="normal"),
            "calm_not_normal": sum(1 for c in calm for _t, lvl, _s in v1[c] if lvl != "normal"),
            "calm_regions_not_normal": sorted({names[c] for c in calm for _t, lvl, _s in v1[c] if lvl != "normal"}),
        },
        count_rule={
            "kukar": next((a.raised_at for a in count_rule if a.region_id == KUKAR), None),
            "calm": sum(1 for a in count_rule if a.region_id != KUKAR),
        },
        bursts=[(a.raised_at, names.get(a.region_id, a.region_id), a.category, a.title) for a in bursts],
        explanation=at_siaga.explanation if at_siaga else "",
        indicators=dict(at_siaga.indicators) if at_siaga else {},
        drivers=[by_pk[i]["external_id"] for i in (at_siaga.driver_report_ids if at_siaga else []) if i in by_pk],
        story_engine=[
            (k.removeprefix(STORY_PREFIX), r["category"], r["severity"])
            for k, r in sorted(story.items(), key=lambda kv: kv[1]["received_at"])
        ],
        final=[(names[c], history[c][-1].level, history[c][-1].score) for c in names if history[c]],
    )
    return figures


def _lead(moment: dt.datetime | None, violent: dt.datetime | None) -> str:
    if moment is None or violent is None:
        return "—"
    hours = (violent - moment).total_seconds() / 3600
    return f"{hours:+.1f} h"


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone(WITA).strftime("%d/%m %H:%M WITA") if moment else "never"


def report(f: dict[str, Any], *, seconds: float, rows: int, smoke: bool) -> None:
    violent = f["first_violent"]
    print()
    print("the dispute as the engine read it (key, category, severity):")
    print("  " + "; ".join(f"{k} {c or '-'}/{s}" for k, c, s in f["story_engine"]))
    print(
        f"first violent report of the story (the clash): {_when(violent)}; first the engine scored severity 3: "
        f"{_when(f['first_engine_violent'])}"
    )
    print()
    print_table(
        [
            "method",
            "Kukar ≥ Waspada",
            "Kukar ≥ Siaga",
            "Siaga before clash by",
            "Kukar peak",
            "calm regions max",
            "calm non-Normal",
        ],
        [
            [
                "index v2 (this issue)",
                _when(f["v2"]["waspada"]),
                _when(f["v2"]["siaga"]),
                _lead(f["v2"]["siaga"], violent),
                f["v2"]["peak"],
                f["v2"]["calm_max"],
                f"{f['v2']['calm_not_normal']}/{f['v2']['calm_assessments']}",
            ],
            [
                "index v1 (baseline)",
                _when(f["v1"]["waspada"]),
                _when(f["v1"]["siaga"]),
                _lead(f["v1"]["siaga"], violent),
                f["v1"]["peak"],
                f["v1"]["calm_max"],
                f"{f['v1']['calm_not_normal']}/{f['v2']['calm_assessments']}",
            ],
            [
                "count rule ≥3 sev≥2/24h (baseline)",
                _when(f["count_rule"]["kukar"]),
                "(an alert, no level)",
                _lead(f["count_rule"]["kukar"], violent),
                "",
                "",
                f"{f['count_rule']['calm']} alerts",
            ],
        ],
    )
    print()
    print(f"explanation when Kukar reached Siaga: {f['explanation']}")
    print(f"indicators then: {', '.join(f'{k} {v:g}' for k, v in f['indicators'].items() if v)}")
    story_drivers = sum(1 for d in f["drivers"] if d.startswith(STORY_PREFIX))
    drivers = ", ".join(d.removeprefix(STORY_PREFIX) for d in f["drivers"])
    print(f"driver reports then: {story_drivers}/{len(f['drivers'])} from the dispute: {drivers}")
    print(f"detector alerts: {len(f['bursts'])}")
    for when, region, category, title in f["bursts"]:
        print(f"  {_when(when)} {region} {category}: {title}")
    if f["v2"]["calm_regions_not_normal"]:
        print(f"calm regions that left Normal (v2): {', '.join(f['v2']['calm_regions_not_normal'])}")
    print(f"final levels: {', '.join(f'{n} {lvl} {s:.0f}' for n, lvl, s in f['final'])}")
    print(f"import: {rows} reports analysed and assessed in {seconds:.0f} s ({rows / seconds:.1f}/s)")
    lead = (violent - f["v2"]["siaga"]).total_seconds() / 3600 if f["v2"]["siaga"] and violent else None
    v1_lead = (violent - f["v1"]["siaga"]).total_seconds() / 3600 if f["v1"]["siaga"] and violent else None
    result(
        {
            "bench": "replay",
            "smoke": smoke,
            "reports": rows,
            "import_s": round(seconds, 1),
            "siaga_before_violence": bool(lead is not None and lead > 0),
            "siaga_lead_h": round(lead, 1) if lead is not None else None,
            "v1_siaga_lead_h": round(v1_lead, 1) if v1_lead is not None else None,
            "count_rule_lead_h": round((violent - f["count_rule"]["kukar"]).total_seconds() / 3600, 1)
            if f["count_rule"]["kukar"]
            else None,
            "calm_max_level": f["v2"]["calm_max"],
            "calm_non_normal_assessments": f["v2"]["calm_not_normal"],
            "v1_calm_max_level": f["v1"]["calm_max"],
            "explanation": f["explanation"],
            "driver_reports_from_story": story_drivers,
            "driver_reports": len(f["drivers"]),
            "detector_alerts": len(f["bursts"]),
            "detector_alerts_calm": sum(1 for _w, region, _c, _t in f["bursts"] if region != f["names"][KUKAR]),
        }
    )


if __name__ == "__main__":
    main()
