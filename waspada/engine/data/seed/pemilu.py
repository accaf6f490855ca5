"""Pemilihan & jabatan: pilkada, pilkades, vote counting, supporters, money politics, appointments."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("pemilu", "pemilu_jabatan")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        2,
        "Pendukung Calon Kades Kalah Segel Kantor Desa {desa}",
        "Pendukung calon kepala desa yang kalah dalam pilkades {desa}, Kecamatan {kec}, menyegel kantor desa "
        "dengan papan dan rantai. Mereka menuding ada pemilih siluman dan menuntut pemungutan suara ulang. "
        "Panitia pilkades menyatakan proses sudah sesuai aturan.",
    ),
    k.news(
        3,
        "Ricuh Penghitungan Suara Pilkades, Kotak Suara Dibakar",
        "Penghitungan suara pilkades di {desa}, Kecamatan {kec}, {kab}, berakhir ricuh. Massa pendukung salah "
        "satu calon merebut dan membakar kotak suara. {n1} orang luka terkena lemparan kursi. {Pemda} menunda "
        "penetapan hasil.",
    ),
    k.news(
        1,
        "Bawaslu Temukan Dugaan Politik Uang Jelang Pencoblosan",
        "Bawaslu {kab} menemukan dugaan pembagian uang dan sembako oleh tim pemenangan salah satu pasangan "
        "calon di Kecamatan {kec}. Temuan ini memicu saling tuding antar-pendukung di media sosial. Bawaslu "
        "meminta semua pihak menahan diri.",
    ),
    k.news(
        2,
        "Massa Paslon Geruduk KPU, Tuntut Hitung Ulang",
        "{dl} – Ratusan pendukung pasangan calon nomor urut {n1} mendatangi kantor KPU {kab} menuntut "
        "penghitungan ulang di sejumlah TPS di Kecamatan {kec}. Massa sempat mendorong barikade sebelum "
        "perwakilan diterima komisioner.",
    ),
    k.news(
        3,
        "Posko Pemenangan Dirusak Orang Tak Dikenal",
        "Posko pemenangan salah satu calon {kepala} di Kecamatan {kec}, {kabn}, dirusak orang tak dikenal. "
        "Baliho dirobek, kaca dipecahkan, dan seorang penjaga posko luka dipukul. Tim pemenangan menuding "
        "lawan politik, yang segera membantah.",
    ),
    k.news(
        1,
        "Netralitas ASN Dipersoalkan, Pendukung Saling Lapor",
        "Sejumlah kepala desa di {kab} diduga ikut berkampanye untuk petahana. Tim pasangan calon lain melapor "
        "ke Bawaslu dan mengancam menggelar aksi bila tidak ada sanksi. Ketegangan antarpendukung terasa di "
        "beberapa kecamatan.",
    ),
    k.news(
        2,
        "Pelantikan Kades Ditolak Warga, Jalan Desa Diblokade",
        "Warga {desa}, Kecamatan {kec}, memblokade jalan menuju kantor desa untuk menolak pelantikan kepala "
        "desa terpilih yang mereka anggap curang. Pelantikan dipindah ke kantor kecamatan dengan pengamanan "
        "polisi.",
    ),
    k.news(
        1,
        "Pengisian Jabatan Sekda Picu Polemik, Tokoh Daerah Ancam Aksi",
        "Penunjukan penjabat sekretaris daerah {kab} menuai polemik. Sejumlah tokoh masyarakat menilai "
        "pejabat dari luar daerah tidak memahami kondisi setempat dan mengancam menggelar aksi. Gubernur "
        "diminta meninjau ulang.",
    ),
    k.news(
        1,
        "Kampanye Hitam Bernada SARA Beredar Jelang Pilkada",
        "Selebaran yang menyerang latar belakang agama dan suku salah satu calon beredar di Kecamatan {kec}, "
        "{kabn}. Bawaslu dan polisi menelusuri penyebarnya. Tokoh lintas agama mengingatkan pilkada jangan "
        "memecah warga.",
        prov=True,
    ),
    k.field(
        2,
        "Protes hasil rekapitulasi suara",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di kantor PPK Kecamatan {kec}, {kab}, "
        "sekitar {n2} saksi dan pendukung pasangan calon nomor {n1} memprotes rekapitulasi dan menolak "
        "menandatangani berita acara. Rapat diskors. Situasi dapat dikendalikan.",
    ),
    k.field(
        1,
        "Potensi konflik pilkades",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi meningkatnya ketegangan antarpendukung calon "
        "kades di {desa}, Kecamatan {kec}, {kab}. Terjadi saling ejek dan pencabutan spanduk. Pendukung "
        "Sdr. {ini} menyatakan tidak akan menerima bila kalah. Saran: deklarasi damai para calon.",
    ),
    k.field(
        3,
        "Penganiayaan tim sukses",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, seorang tim sukses calon {kepala} Sdr. "
        "{ini} dianiaya {n1} orang saat memasang baliho di {jl}, Kecamatan {kec}. Korban luka memar. Pelaku "
        "diduga pendukung calon lain.",
    ),
    k.field(
        1,
        "Temuan pembagian uang kepada pemilih",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, warga {desa}, Kecamatan {kec}, menahan "
        "dua orang yang membagikan amplop berisi uang dan kartu nama calon. Warga menyerahkan keduanya ke "
        "Panwascam. Situasi sempat memanas.",
    ),
    k.wa(
        1,
        "kalau paslon kita kalah karena curang, jangan diam! kita turun semua, kantor KPU {kabx} kita kuasai!!",
        prov=True,
    ),
    k.wa(
        2,
        "info: pendukung kades lama tutup jalan ke kantor desa {desa}, katanya pemilihan kemarin curang. "
        "yg mau lewat putar lewat kebun",
    ),
    k.wa(
        1,
        "tim sukses sebelah bagi2 amplop di RT kita semalam, {n3} ribu per kepala. kita laporin aja atau "
        "kita tangkap sendiri?",
    ),
    k.wa(
        3,
        "ribut di TPS {desa}, saksi paslon dipukul, kotak suara dirampas. polisi udh datang",
    ),
    k.social(
        1,
        "Calon itu bukan putra daerah, gak usah dipilih. Orang {kabx} harus dipimpin orang kita sendiri. "
        "Yang pilih dia pengkhianat kampung!",
        prov=True,
    ),
    k.social(
        2,
        "Hari ini kami kawal rekap suara di kecamatan {kec}. Jangan ada lagi suara rakyat dicuri! #KawalSuara {kabx}",
    ),
    k.sms(
        2,
        "Lapor, massa pendukung calon kades kumpul di balai desa {desa}, tolak hasil hitung. sktr {n3} org",
    ),
    k.sms(
        1,
        "pak ada ancaman ke panitia pilkades {desa}, rumah ketua panitia dilempar batu semalam",
    ),
    k.news(
        2,
        "Pendukung Bakal Calon Demo Tolak Keputusan Partai",
        "Ratusan pendukung seorang bakal calon kepala daerah berunjuk rasa di kantor sebuah partai di {kabn} "
        "setelah partai memberi rekomendasi kepada tokoh lain. Mereka membakar ban dan menuntut keputusan "
        "ditinjau.",
    ),
    k.news(
        1,
        "Perebutan Gelar Kepala Adat Bikin Warga {desa} Terbelah",
        "Pengangkatan kepala adat baru di {desa}, Kecamatan {kec}, {kab}, memicu perselisihan dua keluarga "
        "yang sama-sama merasa berhak atas gelar itu. Kedua kubu menggelar upacara pengukuhan masing-masing. "
        "Dewan adat kabupaten diminta segera menengahi sebelum warga terpecah.",
        domain="budaya",
    ),
    k.field(
        2,
        "Penolakan pengukuhan kepala adat",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, sekitar {n2} warga {desa}, Kecamatan "
        "{kec}, menghadang rombongan yang hendak mengukuhkan Sdr. {ini} sebagai kepala adat. Warga menilai "
        "musyawarah adat tidak dilibatkan. Acara ditunda, situasi terkendali.",
        domain="budaya",
    ),
)
