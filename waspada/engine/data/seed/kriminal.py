"""Kriminalitas: theft, robbery, assault, murder, extortion, illegal logging, weapons."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("kriminal", "kriminalitas")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        3,
        "Begal Sadis Lukai Pengendara di {jl}",
        "{dl} – Seorang pengendara sepeda motor berinisial {ini} ({umur}) terluka parah setelah dibacok begal "
        "di {jl}, Kecamatan {kec}, {hari} dini hari. Pelaku membawa kabur motor dan ponsel korban. Warga "
        "meminta patroli malam ditambah.",
    ),
    k.news(
        1,
        "Pencurian Motor Marak, Warga {kec} Resah",
        "Dalam sebulan terakhir sedikitnya {n2} sepeda motor hilang di Kecamatan {kec}, {kabn}. Pelaku "
        "beraksi di halaman rumah dan parkiran masjid. Polisi sudah mengantongi ciri-ciri komplotan dan "
        "meminta warga memasang kunci ganda.",
    ),
    k.news(
        3,
        "Pria Tewas Ditikam Usai Cekcok Utang",
        "Seorang pria berinisial {ini} ({umur}) tewas ditikam kenalannya di sebuah warung di {desa}, "
        "Kecamatan {kec}. Keduanya cekcok soal utang. Pelaku berinisial {ini2} menyerahkan diri beberapa jam "
        "kemudian.",
    ),
    k.news(
        1,
        "Pungli di Jalan Desa, Sopir Truk Mengeluh",
        "Sopir truk di Kecamatan {kec}, {kab}, mengeluhkan pungutan liar oleh sekelompok orang yang memasang "
        "portal di jalan desa. Sopir yang menolak membayar diancam. Polisi berjanji menertibkan.",
    ),
    k.news(
        1,
        "Kayu Ilegal Diangkut Malam Hari, Polisi Amankan Dua Truk",
        "Polisi menghentikan dua truk bermuatan kayu ulin tanpa dokumen di Kecamatan {kec}, {kab}. Sopir "
        "berinisial {ini} mengaku hanya disuruh. Warga menyebut pembalakan liar di hutan desa terus terjadi.",
        pool=("64.07", "64.11", "64.03", "64.08", "64.01"),
    ),
    k.news(
        3,
        "Perampokan Toko Emas, Pemilik Luka Dipukul Senjata",
        "Komplotan bersenjata merampok toko emas di pasar {kec}, {kabn}. Pemilik toko luka di kepala dipukul "
        "gagang senjata api. Pelaku kabur membawa perhiasan senilai ratusan juta rupiah. Polisi memeriksa "
        "rekaman CCTV.",
    ),
    k.news(
        3,
        "Rumah Warga Dibakar Usai Keributan Tetangga",
        "Sebuah rumah di {desa}, Kecamatan {kec}, terbakar habis setelah pemiliknya bertengkar dengan "
        "tetangga. Polisi menetapkan tetangga berinisial {ini} sebagai tersangka pembakaran. Tidak ada korban "
        "jiwa.",
    ),
    k.news(
        1,
        "Polisi Sita Senjata Api Rakitan dalam Razia Malam",
        "Razia cipta kondisi di Kecamatan {kec}, {kabn}, menemukan sepucuk senjata api rakitan dan belasan "
        "senjata tajam yang dibawa pengendara. Polisi menyebut razia digelar untuk menekan aksi kriminal "
        "menjelang akhir tahun.",
    ),
    k.news(
        2,
        "Preman Pasar Palak Pedagang, Pedagang Mogok Berjualan",
        "Pedagang pasar di Kecamatan {kec}, {kabn}, mogok berjualan memprotes aksi sekelompok preman yang "
        "meminta uang keamanan setiap hari. Mereka meminta polisi menangkap para pemalak.",
    ),
    k.field(
        3,
        "Penganiayaan berat",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, di depan tempat hiburan malam di {jl}, "
        "{kab}, terjadi penganiayaan terhadap Sdr. {ini} ({umur}) oleh Sdr. {ini2} dan rekan-rekannya "
        "menggunakan botol dan senjata tajam. Korban kritis. Pelaku melarikan diri.",
    ),
    k.field(
        1,
        "Gangguan kamtibmas pencurian ternak",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi maraknya pencurian sapi di {desa}, Kecamatan {kec}, "
        "{kab}. Dalam dua bulan {n1} ekor hilang. Warga membentuk ronda dan menyatakan akan menghakimi pencuri "
        "bila tertangkap. Saran: peningkatan patroli.",
    ),
    k.field(
        3,
        "Pembunuhan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam} WITA, ditemukan mayat seorang laki-laki dengan luka "
        "bacok di kebun {desa}, Kecamatan {kec}, {kab}. Korban dikenali sebagai Sdr. {ini} ({umur}). Polres "
        "melakukan olah TKP, motif masih diselidiki.",
    ),
    k.field(
        1,
        "Pengancaman terhadap pengurus koperasi",
        "Pada hari {hari} tanggal {tgl} Sdr. {ini}, pengurus koperasi di Kecamatan {kec}, {kab}, melapor "
        "menerima ancaman pembunuhan melalui pesan singkat terkait pembagian keuntungan. Pelapor meminta "
        "perlindungan.",
    ),
    k.wa(
        3,
        "hati2 lewat {jl} malam2, td ada begal bacok org, motornya dibawa kabur. korban di RS skrg",
    ),
    k.wa(
        1,
        "grup ronda {desa}: semalam ada maling masuk rumah pak {ini}, tabung gas sama hp hilang. "
        "mulai malam ini ronda digiatkan lagi ya",
    ),
    k.wa(
        3,
        "astagfirullah, ada penikaman di warung kopi dekat pasar {kec}, korbannya meninggal di tempat",
    ),
    k.social(
        1,
        "{kabx} makin gak aman, tiap minggu ada aja motor hilang di {kec}. Polisi cuma catat laporan. "
        "Warga harus jaga sendiri",
    ),
    k.sms(
        1,
        "pak ada org asing mondar mandir di {desa} bawa karung, warga curiga pencuri. mohon patroli",
    ),
    k.sms(
        3,
        "Lapor, perampokan di rumah warga {desa}, penghuni diikat dan dipukul. pelaku 3 org kabur",
    ),
    k.news(
        1,
        "Penipuan Investasi Bodong Rugikan Ratusan Warga",
        "Ratusan warga {kabn} melapor menjadi korban investasi bodong yang menjanjikan keuntungan {persen} "
        "persen per bulan. Kerugian ditaksir miliaran rupiah. Para korban mengancam mendatangi rumah "
        "pengelola bila uang tidak kembali.",
    ),
    k.social(
        3,
        "Innalillahi, ibu pedagang sayur di {kec} dijambret dan diseret motor sampai luka2. Pelakunya "
        "masih berkeliaran. Tolong bantu cari",
    ),
)
