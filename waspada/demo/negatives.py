"""Hard negatives: festivals, sport, coordination meetings, investment news, drills and bazaars whose words
(tari perang, serang, bantai, konflik, huru-hara, perang harga, turun ke jalan) must not raise an alarm.

`days` count back in local (WITA) calendar days from today.
"""

from __future__ import annotations

from typing import Any

from waspada.demo.model import Fixed, Template


def _fixed(
    key: str, place: str, days: int, at: str, *, grade: str, author: str | None = None, **template: Any
) -> Fixed:
    return Fixed(template=Template(key=key, **template), place=place, days=days, at=at, author=author, grade=grade)


HARD_NEGATIVES: tuple[Fixed, ...] = (
    _fixed(
        "neg-erau-tari-perang",
        "64.02.06",
        3,
        "16:00",
        grade="B2",
        domain="budaya",
        theme="festival",
        severity=0,
        channel="news",
        title="Tari perang memukau ribuan penonton Festival Erau di Tenggarong",
        text=(
            "{dateline} – Ribuan warga dan wisatawan memadati halaman Kedaton dan tepian Sungai Mahakam di "
            "Tenggarong pada {tgl_berita} untuk menyaksikan rangkaian Festival Erau. Penampilan tari perang "
            "dari sanggar seni Dayak dan Kutai lengkap dengan mandau dan perisai menjadi atraksi yang paling "
            "ditunggu. Panitia memastikan seluruh rangkaian berjalan aman dan tertib dengan pengamanan "
            "gabungan Polres, Kodim dan Satpol PP."
        ),
        who="Panitia Festival Erau; sanggar seni Dayak dan Kutai; warga dan wisatawan",
        source="Tenggarong Pos (RSS)",
    ),
    _fixed(
        "neg-erau-belimbur",
        "64.02.06",
        2,
        "11:00",
        grade="B2",
        author="operator.kukar",
        domain="budaya",
        theme="festival",
        severity=0,
        channel="field_report",
        title="Prosesi Belimbur penutup Erau berlangsung aman",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di Kecamatan {kec}, {kab}, "
            "berlangsung prosesi Belimbur, tradisi saling siram air yang menandai penutupan Erau. Ribuan "
            "warga turun ke jalan. Sempat terjadi penyiraman berlebihan terhadap pengendara yang melintas, "
            "namun dapat ditertibkan panitia dan petugas. Tidak ada laporan gangguan kamtibmas."
        ),
        opinion="Situasi aman dan kondusif. Kegiatan budaya tahunan, tidak ada kerawanan.",
        who="Panitia Erau, warga Tenggarong dan petugas pengamanan",
    ),
    _fixed(
        "neg-final-sepak-bola",
        "64.72",
        1,
        "21:30",
        grade="B2",
        domain="sosial",
        theme="olahraga",
        severity=0,
        channel="news",
        title="Mahakam Putra FC gempur Sangatta Raya FC, juara turnamen antarklub",
        text=(
            "{dateline} – Tuan rumah Mahakam Putra FC menggempur pertahanan Sangatta Raya FC sejak menit "
            "awal dalam final turnamen sepak bola antarklub se-Kalimantan Timur di Stadion Segiri, "
            "{tgl_berita} malam. Serangan bertubi-tubi dari sayap kiri akhirnya membuahkan dua gol, dibalas "
            "satu gol lewat tendangan bebas. Ribuan suporter kedua tim memadati tribune dan pulang dengan "
            "tertib usai pertandingan."
        ),
        who="Mahakam Putra FC, Sangatta Raya FC dan suporter kedua tim",
        source="Tepian Mahakam Post (RSS)",
    ),
    _fixed(
        "neg-suporter-bantai",
        "64.72",
        1,
        "14:00",
        grade="C3",
        domain="sosial",
        theme="olahraga",
        severity=0,
        channel="social",
        title="Ajakan suporter memadati stadion untuk laga final",
        text=(
            "MALAM INI KITA BANTAI MEREKA DI SEGIRI!!! semua suporter wajib hadir, bawa bendera & syal, "
            "jangan bawa flare ya gaes biar tim gk kena sanksi. serang terus sampai menit terakhir, juara "
            "harus tetap di Samarinda! kumpul di depan stadion jam 6 sore."
        ),
        who="Komunitas suporter Mahakam Putra FC",
        source="Media sosial: akun Instagram publik",
    ),
    _fixed(
        "neg-rakor-tim-terpadu-samarinda",
        "64.72",
        4,
        "09:00",
        grade="B2",
        author="operator.samarinda",
        domain="politik",
        theme="kegiatan_pemerintahan",
        severity=0,
        channel="field_report",
        title="Rapat koordinasi Tim Terpadu Penanganan Konflik Sosial Kota Samarinda",
        text=(
            "Pada hari {hari} tanggal {tanggal} pukul {jam} WITA, di aula Kesbangpol {kab}, berlangsung "
            "rapat koordinasi pencegahan konflik sosial yang dihadiri unsur Polresta, Kodim, Kejaksaan, "
            "FKUB, FKDM dan para camat. Rapat membahas pemetaan wilayah rawan konflik, penguatan deteksi "
            "dini dan jalur pelaporan cepat dari kelurahan. Rapat ditutup dengan penandatanganan komitmen "
            "bersama menjaga kerukunan."
        ),
        opinion="Kegiatan rutin, tidak ada kerawanan. Situasi kondusif.",
        who="Kesbangpol, Polresta, Kodim, Kejaksaan, FKUB, FKDM dan para camat se-Kota Samarinda",
    ),
    _fixed(
        "neg-rakor-kutim",
        "64.08",
        8,
        "13:00",
        grade="B2",
        domain="politik",
        theme="kegiatan_pemerintahan",
        severity=0,
        channel="news",
        title="Kesbangpol Kutim gelar rakor pencegahan konflik sosial",
        text=(
            "{dateline} – Badan Kesbangpol Kutai Timur menggelar rapat koordinasi pencegahan konflik sosial "
            "bersama Forkopimda, camat dan tokoh masyarakat pada {tgl_berita}. Rakor membahas penguatan FKDM "
            "di kecamatan, deteksi dini kerawanan dan percepatan penanganan aduan warga. Kepala Kesbangpol "
            "menyebut rakor rutin ini penting agar setiap potensi gesekan dapat ditangani lebih awal."
        ),
        who="Badan Kesbangpol Kutai Timur, Forkopimda, camat dan tokoh masyarakat",
        source="Kabar Sangatta (RSS)",
    ),
    _fixed(
        "neg-investasi-kariangau",
        "64.71.02.1004",
        2,
        "10:00",
        grade="B2",
        domain="ekonomi",
        theme="investasi",
        severity=0,
        channel="news",
        title="Investor bangun pabrik pengolahan di Kawasan Industri Kariangau",
        text=(
            "{dateline} – Sebuah konsorsium swasta memulai pembangunan pabrik pengolahan turunan kelapa "
            "sawit di Kawasan Industri Kariangau, {kab}, pada {tgl_berita}. Investasi bernilai triliunan "
            "rupiah itu ditargetkan beroperasi dalam dua tahun dan menyerap sekitar 1.500 tenaga kerja. "
            "{kepala_daerah} meminta perusahaan memprioritaskan warga lokal dan menjaga lingkungan Teluk "
            "Balikpapan."
        ),
        who="Konsorsium investor swasta; {pemda_panjang}",
        source="Teluk Balikpapan Post (RSS)",
    ),
    _fixed(
        "neg-investasi-ikn",
        "64.09.04",
        9,
        "10:00",
        grade="B2",
        domain="ekonomi",
        theme="investasi",
        severity=0,
        channel="news",
        title="Groundbreaking hotel dan pusat perbelanjaan di kawasan IKN",
        text=(
            "{dateline} – Otorita Ibu Kota Nusantara bersama konsorsium swasta melakukan peletakan batu "
            "pertama pembangunan hotel dan pusat perbelanjaan di kawasan inti IKN, Kecamatan {kec}, pada "
            "{tgl_berita}. Proyek ini disebut sebagai tanda meningkatnya kepercayaan investor. Pemerintah "
            "daerah berharap pelaku UMKM setempat ikut dilibatkan sebagai pemasok."
        ),
        who="Otorita IKN; konsorsium investor swasta; pemerintah daerah",
        source="Gerbang Nusantara News (RSS)",
    ),
    _fixed(
        "neg-lom-plai",
        "64.08.02.2002",
        18,
        "15:00",
        grade="B2",
        domain="budaya",
        theme="festival",
        severity=0,
        channel="news",
        title="Pesta adat Lom Plai di Nehes Liah Bing, perang-perangan di sungai jadi tontonan",
        text=(
            "{dateline} – Ratusan warga dan wisatawan memadati {desa}, Kecamatan {kec}, untuk mengikuti "
            "puncak pesta adat Lom Plai, syukuran panen padi masyarakat Dayak Wehea, pada {tgl_berita}. "
            "Atraksi perang-perangan di atas perahu dan saling siram air di sungai mengundang tawa penonton. "
            "Tetua adat berpesan agar tradisi terus dijaga generasi muda."
        ),
        who="Masyarakat adat dan warga {desa}; wisatawan",
        source="Kabar Sangatta (RSS)",
    ),
    _fixed(
        "neg-festival-hudoq",
        "64.11.01",
        25,
        "10:00",
        grade="B2",
        domain="budaya",
        theme="festival",
        severity=0,
        channel="news",
        title="Ratusan penari hudoq meriahkan festival budaya di Mahakam Ulu",
        text=(
            "{dateline} – Ratusan penari bertopeng hudoq dari berbagai kampung tampil dalam festival budaya "
            "di Kecamatan {kec}, {kab}, pada {tgl_berita}. Tarian yang dipercaya mengusir hama dan memohon "
            "panen melimpah itu diiringi tabuhan gong dan sampeq. Pemerintah daerah menyebut festival ini "
            "sebagai daya tarik wisata budaya di hulu Mahakam."
        ),
        who="Penari hudoq dari berbagai kampung; pemerintah daerah Mahakam Ulu",
        source="Hulu Mahakam News (RSS)",
    ),
    _fixed(
        "neg-simulasi-huru-hara",
        "64.74",
        2,
        "08:30",
        grade="B2",
        domain="hankam",
        theme="pos_keamanan",
        severity=0,
        channel="field_report",
        title="Simulasi pengendalian massa oleh Polres Bontang",
        text=(
            "Pada hari {hari} tanggal {tanggal} pukul {jam} WITA, di lapangan Polres Bontang, {kab}, "
            "berlangsung simulasi sistem pengamanan kota. Sebagian personel berperan sebagai massa unjuk "
            "rasa yang berujung huru-hara, melempar botol plastik dan membakar ban bekas, lalu dihalau "
            "pasukan pengendalian massa dengan kendaraan water cannon. Kegiatan merupakan latihan rutin dan "
            "disaksikan unsur Forkopimda."
        ),
        opinion="Latihan rutin, bukan kejadian nyata. Tidak ada kerawanan.",
        who="Polres Bontang dan unsur Forkopimda Kota Bontang",
    ),
    _fixed(
        "neg-kerja-bakti",
        "64.71.03.1004",
        1,
        "19:00",
        grade="C3",
        domain="sosial",
        theme="kegiatan_masyarakat",
        severity=0,
        channel="telegram",
        title="Ajakan kerja bakti bersihkan parit",
        text=(
            "assalamualaikum warga {desa_nama}, ayo besok pagi kita turun ke jalan rame2!! kerja bakti "
            "bersihkan parit & gorong2 biar gk banjir lagi. bawa cangkul, karung sm parang buat tebas "
            "rumput. kumpul di depan masjid jam 7. konsumsi disiapkan ibu2 PKK. -ketua RT-"
        ),
        who="Ketua RT dan warga {desa_nama}",
        source="Grup Telegram warga RT Muara Rapak",
    ),
    _fixed(
        "neg-bazar-umkm",
        "64.03.05.1004",
        5,
        "09:00",
        grade="C3",
        domain="ekonomi",
        theme="kegiatan_ekonomi",
        severity=0,
        channel="social",
        title="Promosi bazar UMKM di Tanjung Redeb",
        text=(
            "SERBU!!! Bazar UMKM Berau akhir pekan ini di {desa}! perang harga gila-gilaan, diskon bom "
            "sampai 70%, kuliner khas, kerajinan dan pakaian. jangan sampai kehabisan, serbu dari pagi "
            "sebelum diserbu orang lain! gratis hiburan musik tiap malam."
        ),
        who="Panitia bazar UMKM Berau",
        source="Media sosial: akun Instagram publik",
    ),
    _fixed(
        "neg-latihan-tari-perang",
        "64.07.07.1001",
        6,
        "16:00",
        grade="C3",
        domain="budaya",
        theme="festival",
        severity=0,
        channel="whatsapp",
        title="Latihan tari perang untuk penyambutan tamu",
        text=(
            "info utk anak2 sanggar: latihan tari perang buat penyambutan tamu kabupaten diundur ke sore ini "
            "jam 4 di halaman lamin. yg bawa mandau sm perisai tolong dicek tali pegangannya. yg blm punya "
            "kostum bisa pinjam di sekretariat. jgn telat ya"
        ),
        who="Pengurus sanggar seni di {desa}",
        source="Grup WhatsApp sanggar seni Barong Tongkok",
    ),
    _fixed(
        "neg-pasar-murah-paser",
        "64.01.04.1001",
        4,
        "09:00",
        grade="B2",
        domain="ekonomi",
        theme="kegiatan_ekonomi",
        severity=0,
        channel="field_report",
        title="Pasar murah di Tanah Grogot diserbu warga",
        text=(
            "Pada hari {hari} tanggal {tanggal} pukul {jam} WITA, di halaman {kantor_desa}, Kecamatan {kec}, "
            "{kab}, berlangsung pasar murah yang diselenggarakan dinas perdagangan bersama Bulog. Sekitar "
            "1.000 paket beras, minyak goreng dan gula habis sebelum tengah hari. Antrean panjang namun "
            "tertib, diatur petugas dan Linmas."
        ),
        opinion="Kegiatan berjalan lancar, tidak ada kerawanan.",
        who="Dinas perdagangan, Bulog dan warga {desa}",
    ),
    _fixed(
        "neg-dialog-kebangsaan-berau",
        "64.03",
        10,
        "09:00",
        grade="B2",
        domain="politik",
        theme="kegiatan_pemerintahan",
        severity=0,
        channel="email",
        title="Undangan dialog wawasan kebangsaan bagi pemuda Berau",
        text=(
            "Dengan hormat, Kesbangpol {kab} mengundang perwakilan organisasi kepemudaan, pelajar dan "
            "mahasiswa untuk menghadiri dialog wawasan kebangsaan bertema merawat kebinekaan di Bumi "
            "Batiwakkal pekan depan. Narasumber berasal dari FKUB, akademisi dan tokoh adat. Peserta "
            "diharapkan hadir tepat waktu. Demikian undangan ini disampaikan."
        ),
        who="Kesbangpol {kab}; organisasi kepemudaan, pelajar dan mahasiswa",
        source="Surel Kesbangpol {kab}",
    ),
    _fixed(
        "neg-pesta-adat-paser",
        "64.01.04",
        30,
        "10:00",
        grade="B2",
        domain="budaya",
        theme="festival",
        severity=0,
        channel="news",
        title="Pesta adat di Tanah Grogot dibuka dengan ritual belian",
        text=(
            "{dateline} – Pesta adat tahunan masyarakat Paser dibuka dengan ritual belian di Kecamatan {kec} "
            "pada {tgl_berita}. Selama sepekan, pengunjung dapat menyaksikan lomba perahu, permainan "
            "tradisional dan pameran kerajinan anyaman. Panitia menyebut kunjungan tahun ini meningkat dan "
            "berharap pesta adat menjadi agenda wisata budaya provinsi."
        ),
        who="Lembaga adat Paser, pemerintah daerah dan warga",
        source="Suara Paser Online (RSS)",
    ),
)
