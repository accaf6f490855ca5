"""Ketenagakerjaan: layoffs, unpaid wages, severance, strikes, outsourcing, foreign workers."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("buruh", "buruh")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        2,
        "Ratusan Buruh Mogok, Tuntut Gaji yang Tertunggak",
        "{dl} – Sekitar {n3} buruh {pt_usaha} di Kecamatan {kec}, {kab}, mogok kerja sejak {hari}. Mereka "
        "menuntut pembayaran gaji [dua|tiga] bulan yang belum dibayar. Serikat pekerja menyatakan mogok "
        "berlanjut sampai ada kepastian tertulis dari manajemen.",
    ),
    k.news(
        2,
        "PHK Sepihak, Karyawan Kontraktor Tambang Datangi Disnaker",
        "Puluhan karyawan kontraktor {pt_tambang} yang terkena PHK mendatangi kantor dinas tenaga kerja {kab}. "
        "Mereka mengaku diberhentikan lewat pesan singkat tanpa pesangon. Disnaker menjadwalkan mediasi "
        "tripartit pekan depan.",
    ),
    k.news(
        1,
        "Isu PHK Massal Bikin Resah Pekerja Pabrik",
        "Kabar rencana pemutusan hubungan kerja terhadap {n3} pekerja {pt_usaha} di {kabn} membuat resah "
        "karyawan. Manajemen belum memberi penjelasan resmi. Serikat pekerja meminta pemerintah daerah "
        "turun tangan sebelum terjadi gejolak.",
    ),
    k.news(
        3,
        "Unjuk Rasa Buruh Ricuh, Pagar Kantor Perusahaan Roboh",
        "Unjuk rasa buruh di depan kantor {pt_usaha}, Kecamatan {kec}, berakhir ricuh. Massa yang kecewa "
        "karena perwakilan direksi tak kunjung menemui mereka mendorong pagar hingga roboh dan melempar botol. "
        "Dua petugas keamanan dan seorang buruh terluka.",
    ),
    k.news(
        2,
        "Buruh Kebun Sawit Tuntut Status Karyawan Tetap",
        "Ratusan buruh harian lepas {pt_sawit} di Kecamatan {kec} menggelar aksi di depan kantor kebun. "
        "Mereka sudah bekerja bertahun-tahun tanpa status tetap dan jaminan sosial. {serikat} mengancam "
        "mogok panen bila tuntutan tak dipenuhi.",
    ),
    k.news(
        1,
        "Kehadiran Tenaga Kerja Asing di Smelter Dipersoalkan",
        "Warga dan serikat pekerja di {kab} mempersoalkan banyaknya tenaga kerja asing di sebuah proyek "
        "smelter di Kecamatan {kec}, termasuk untuk pekerjaan kasar. Mereka meminta pemerintah memeriksa "
        "izin kerja. Pemuda setempat mengingatkan potensi kecemburuan sosial.",
    ),
    k.news(
        2,
        "Sopir Angkutan Perusahaan Mogok Massal",
        "Puluhan sopir bus karyawan {pt_usaha} di {kabn} mogok dan memarkir bus di halaman kantor. Mereka "
        "memprotes pemotongan upah lembur. Ribuan karyawan terpaksa mencari kendaraan sendiri ke lokasi kerja.",
    ),
    k.news(
        1,
        "Pesangon Belum Dibayar, Eks Karyawan Ancam Duduki Kantor",
        "Mantan karyawan {pt_kayu} di Kecamatan {kec}, {kab}, mengancam menduduki kantor perusahaan bila "
        "pesangon tidak dibayar akhir bulan ini. Perusahaan berhenti beroperasi sejak tahun lalu dan "
        "menyisakan utang upah miliaran rupiah.",
    ),
    k.field(
        2,
        "Mogok kerja karyawan perusahaan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, bertempat di area pabrik {pt_usaha}, "
        "Kecamatan {kec}, {kab}, sekitar {n3} karyawan melakukan mogok kerja menuntut kenaikan upah sesuai UMK "
        "dan pembayaran THR. Koordinator Sdr. {ini} dari {serikat}. Situasi tertib, produksi berhenti.",
    ),
    k.field(
        1,
        "Rencana aksi buruh ke kantor {kepala}",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi bahwa {serikat} wilayah {kabn} akan menggelar aksi "
        "ke kantor {kepala} terkait penetapan upah minimum. Massa diperkirakan {n3} orang. Pendapat: aksi "
        "berpotensi diikuti pekerja dari beberapa perusahaan.",
    ),
    k.field(
        3,
        "Penganiayaan terhadap mandor oleh pekerja",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam} WITA, bertempat di camp pekerja {pt_sawit} di {desa}, "
        "Kecamatan {kec}, seorang mandor Sdr. {ini} ({umur}) dianiaya sejumlah pekerja yang kesal karena upah "
        "dipotong. Korban luka di wajah. Pelaku diamankan polsek.",
    ),
    k.field(
        1,
        "Keresahan pekerja terkait upah di bawah UMK",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi keresahan pekerja toko dan gudang di Kecamatan "
        "{kec}, {kab}, yang menerima upah jauh di bawah UMK. Pekerja takut melapor karena ancaman pemecatan. "
        "Saran: pengawas ketenagakerjaan melakukan pemeriksaan.",
    ),
    k.wa(
        2,
        "kawan2 buruh {pt_usaha}, mulai besok kita mogok sampai gaji dibayar. jangan ada yg masuk kerja, "
        "kita kumpul di depan gerbang jam 7",
    ),
    k.wa(
        1,
        "katanya bulan depan ada PHK lg di kontraktor tambang {kec}, yg kena katanya org lokal semua. "
        "kalau benar kita gak bisa diam aja",
    ),
    k.wa(
        3,
        "td di pabrik {kec} satpam sama buruh baku pukul pas demo, ada yg [pingsan|berdarah]. minta doanya kawan2",
    ),
    k.social(
        2,
        "Sudah 3 bulan gaji gak dibayar, hari ini kami buruh {pt_usaha} {kabx} turun aksi. Anak istri "
        "butuh makan, bukan janji! #BayarUpahKami",
    ),
    k.social(
        1,
        "PHK tanpa pesangon, kontrak diputus lewat WA. Beginikah nasib pekerja lokal di {kabx}? Kalau "
        "dibiarkan terus, jangan kaget kalau nanti meledak",
    ),
    k.sms(
        2,
        "pak, buruh {pt_usaha} mogok tutup gerbang, sktr {n3} org, minta THR dibayar. aman tp macet",
    ),
    k.sms(
        1,
        "Lapor, ada selebaran ajakan mogok massal buruh kebun di {kec} minggu depan. mohon dipantau",
    ),
    k.news(
        3,
        "Pekerja Asing dan Lokal Baku Hantam di Lokasi Proyek",
        "Perkelahian melibatkan pekerja asing dan pekerja lokal terjadi di lokasi proyek industri di Kecamatan "
        "{kec}, {kabn}. Pemicunya kesalahpahaman saat pembagian tugas. {n1} pekerja dirawat dan polisi "
        "memisahkan kedua kelompok. Manajemen menghentikan pekerjaan sementara.",
    ),
    k.news(
        2,
        "Nelayan Buruh Kapal Tuntut Upah Bagi Hasil",
        "Puluhan anak buah kapal penangkap ikan di {kec}, {kabn}, berhenti melaut dan mendatangi kantor "
        "syahbandar. Mereka menuntut pemilik kapal membayar bagi hasil sesuai perjanjian kerja laut.",
    ),
    k.field(
        2,
        "Pemblokiran gerbang proyek oleh pekerja yang di-PHK",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, sekitar {n2} mantan pekerja {pt_kontraktor} "
        "memblokir gerbang proyek di Kecamatan {kec}, {kab}. Mereka menuntut sisa upah dan uang pesangon. "
        "Kegiatan proyek tertunda, pihak perusahaan berjanji membayar dalam sepekan.",
    ),
    k.news(
        2,
        "Pemuda Lokal Geruduk Bursa Kerja, Protes Lowongan Didominasi Pendatang",
        "Puluhan pemuda dari Kecamatan {kec} menggeruduk bursa kerja yang digelar di {kabn}. Mereka memprotes "
        "lowongan dari {pt_tambang} yang menurut mereka [sudah diisi orang luar|hanya formalitas] sebelum bursa "
        "dibuka. Massa berorasi di depan meja pendaftaran hingga panitia menghentikan acara sementara.",
    ),
    k.wa(
        2,
        "info kawan2 operator {pt_tambang} site {kec}, mulai shift pagi besok kita mogok kerja. unit jgn dihidupkan "
        "sampai manajemen cabut aturan [potong insentif|jam kerja 14 jam]. kumpul di mess jam 6",
    ),
    k.social(
        1,
        "Job fair kemarin di {kabx} cuma formalitas, yg diterima orang luar semua. Pemuda {kec} cuma jadi "
        "penonton di kampung sendiri. Kalau begini terus, jangan salahkan kalau [nanti kami turun|ada yg ngamuk]",
    ),
)
