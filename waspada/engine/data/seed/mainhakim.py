"""Main hakim sendiri: mob justice against thieves, suspected kidnappers, "dukun", traffic culprits."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("mainhakim", "main_hakim_sendiri")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        3,
        "Terduga Pencuri Motor Babak Belur Dihakimi Massa",
        "{dl} – Seorang pria berinisial {ini} ({umur}) babak belur dihakimi massa setelah tertangkap tangan "
        "mencoba mencuri sepeda motor di {desa}, Kecamatan {kec}. Polisi mengevakuasi korban ke rumah sakit "
        "dan mengingatkan warga bahwa main hakim sendiri adalah tindak pidana.",
    ),
    k.news(
        3,
        "Dituduh Penculik Anak, Pria Gangguan Jiwa Dikeroyok Warga",
        "Seorang pria dengan gangguan jiwa dikeroyok warga di Kecamatan {kec}, {kabn}, karena dituduh hendak "
        "menculik anak. Tuduhan dipicu pesan berantai tentang penculikan yang ternyata hoaks. Korban luka "
        "parah dan {n1} warga diperiksa polisi.",
    ),
    k.news(
        3,
        "Warga Bakar Rumah Pria yang Dituduh Dukun Santet",
        "Massa membakar rumah seorang pria berinisial {ini} di {desa}, Kecamatan {kec}, yang dituduh "
        "menyantet tetangganya hingga meninggal. Penghuni rumah berhasil diselamatkan polisi. Tokoh agama "
        "mengecam tindakan warga.",
    ),
    k.news(
        2,
        "Massa Kepung Polsek, Minta Pelaku Pencabulan Diserahkan",
        "Ratusan warga mengepung polsek {kec}, {kabn}, meminta pelaku pencabulan anak diserahkan kepada mereka. "
        "Polisi menolak dan memindahkan tersangka ke polres. Massa baru bubar setelah tokoh masyarakat "
        "menenangkan.",
    ),
    k.news(
        3,
        "Sopir Truk Dipukuli Warga Usai Tabrak Pengendara",
        "Seorang sopir truk dipukuli warga setelah truknya menabrak pengendara sepeda motor di {jl}, Kecamatan "
        "{kec}. Sopir luka di kepala dan truk dirusak. Polisi menyayangkan aksi warga dan memproses kecelakaan "
        "sesuai hukum.",
    ),
    k.news(
        1,
        "Polisi Gagalkan Amuk Massa terhadap Terduga Maling",
        "Polisi berhasil mencegah amuk massa terhadap seorang terduga maling ternak di {desa}, Kecamatan {kec}. "
        "Warga yang sudah berkumpul membawa kayu dihalau dan terduga dibawa ke polsek. Situasi kembali "
        "kondusif.",
    ),
    k.news(
        3,
        "Pencuri Kotak Amal Tewas Dihajar Warga",
        "Seorang pria yang kepergok mencuri kotak amal di sebuah musala di Kecamatan {kec}, {kabn}, tewas "
        "setelah dihajar warga. Polisi menetapkan {n1} warga sebagai tersangka pengeroyokan.",
    ),
    k.news(
        2,
        "Warga Usir Paksa Keluarga Terduga Pelaku dari Kampung",
        "Warga {desa}, Kecamatan {kec}, mengusir paksa keluarga seorang terduga pelaku pembunuhan dan "
        "menyegel rumahnya. Pemerintah desa dan polisi menampung keluarga itu di tempat aman sambil mediasi.",
    ),
    k.field(
        3,
        "Pengeroyokan terhadap terduga pencuri",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, di {desa}, Kecamatan {kec}, {kab}, "
        "Sdr. {ini} ({umur}) yang diduga mencuri tabung gas dikeroyok warga hingga luka berat. Korban "
        "dievakuasi petugas ke rumah sakit. Situasi kondusif.",
    ),
    k.field(
        1,
        "Potensi amuk massa terhadap tahanan",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi sekelompok keluarga korban pembunuhan di Kecamatan "
        "{kec}, {kab}, merencanakan mendatangi polsek untuk menghakimi tersangka. Saran: pemindahan tersangka "
        "dan pendekatan kepada keluarga korban.",
    ),
    k.field(
        3,
        "Penganiayaan terhadap orang asing yang dicurigai",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, seorang penjual keliling Sdr. {ini} "
        "dianiaya warga {desa}, Kecamatan {kec}, karena dicurigai penculik anak. Korban luka memar. Hasil "
        "pemeriksaan, korban tidak terkait penculikan.",
    ),
    k.field(
        2,
        "Pengusiran warga yang dituduh melanggar norma",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, warga {desa}, Kecamatan {kec}, "
        "menggerebek rumah kos dan mengarak dua penghuni yang dituduh berbuat mesum. Ketua RT dan Bhabinkamtibmas "
        "mengamankan keduanya.",
    ),
    k.wa(
        3,
        "maling motor ketangkep di {desa}!! udah dihajar warga rame2, skrg diikat di tiang listrik dekat masjid",
    ),
    k.wa(
        1,
        "warga {desa} sepakat, kalau maling ketangkap lagi di kampung kita gak usah dibawa ke polisi, kita "
        "selesaikan sendiri. polisi lepas lagi ujung2nya",
        prov=True,
    ),
    k.wa(
        2,
        "rame di depan rumah yg diduga dukun di {desa}, warga minta dia keluar kampung hari ini juga",
    ),
    k.social(
        3,
        "Viral video pria diarak dan dipukuli di {kec} {kabx} gara2 dituduh maling hp. Katanya salah orang 😢",
    ),
    k.social(
        1,
        "Kalau polisi gak becus, rakyat yang adili! Bandar & maling di {kabx} harus dihabisi warga!!",
        prov=True,
    ),
    k.sms(
        3,
        "pak tolong cepat, ada terduga maling dipukuli massa di {desa}, sdh gak sadar",
    ),
    k.sms(
        2,
        "Lapor, warga kepung rumah tersangka pencabulan di {desa}, minta diserahkan. situasi panas",
    ),
    k.news(
        1,
        "Ulama dan Polisi Imbau Warga Tak Main Hakim Sendiri",
        "Menyusul beberapa kasus amuk massa di {kab}, tokoh agama dan kepolisian mengimbau warga menyerahkan "
        "terduga pelaku kejahatan kepada aparat. Kasus terakhir di Kecamatan {kec} nyaris merenggut nyawa "
        "seorang pemuda yang salah sasaran.",
    ),
    k.news(
        3,
        "Pria Diduga Pencuri Sawit Dianiaya Penjaga Kebun dan Warga",
        "Seorang pria berinisial {ini} yang diduga mencuri buah sawit dianiaya beramai-ramai oleh penjaga kebun "
        "dan warga di Kecamatan {kec}, {kab}. Korban dirawat dengan luka di kepala. Polisi memeriksa sejumlah "
        "saksi.",
        pool=("64.01", "64.02", "64.03", "64.07", "64.08", "64.09"),
    ),
)
