"""Sengketa lahan & hak ulayat: boundaries, titles, land mafia, claims of adat land, evictions."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("lahan", "sengketa_lahan")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        2,
        "Warga {desa} Pasang Portal di Lahan yang Diklaim Perusahaan",
        "{dl} – Puluhan warga {desa_t} {desa}, Kecamatan {kec}, {kab}, memasang portal kayu di jalan masuk "
        "areal seluas {ha} hektare yang mereka klaim sebagai tanah garapan turun-temurun. Warga menuding "
        "{pt_sawit} menanami lahan itu tanpa ganti rugi sejak [2015|2017|2019]. Kepala desa meminta kedua "
        "pihak menahan diri sampai kantor pertanahan selesai mengukur ulang batas HGU.",
    ),
    k.news(
        3,
        "Pondok Kebun Dibakar di Tengah Sengketa Lahan",
        "{dl} – Dua pondok kebun milik warga di {desa}, Kecamatan {kec}, ludes dibakar orang tak dikenal "
        "pada {hari} dini hari. Lahan tempat pondok itu berdiri sudah [dua|tiga|empat] tahun diperebutkan "
        "kelompok tani setempat dan seorang pengusaha berinisial {ini}. Polisi sudah memeriksa {n1} saksi dan "
        "memasang garis polisi di lokasi.",
    ),
    k.news(
        1,
        "Mediasi Batas Desa {desa} dan {desa2} Belum Temui Titik Temu",
        "Camat {kec} kembali memfasilitasi pertemuan antara pemerintah desa {desa} dan {desa2} yang saling "
        "mengklaim sebuah kawasan kebun di perbatasan kedua desa. Pertemuan berlangsung alot dan belum "
        "menghasilkan kesepakatan. Sebagian warga mengaku was-was karena patok batas yang baru dipasang "
        "[dicabut orang|hilang dalam semalam]. Aparat kecamatan meminta warga tidak terpancing.",
    ),
    k.news(
        2,
        "Petani {kec} Geruduk Kantor Pertanahan Soal Sertifikat Ganda",
        "{dl} – Sekitar {n2} petani dari Kecamatan {kec} mendatangi kantor pertanahan {kab}, {hari} "
        "({tgls}). Mereka membawa fotokopi sertifikat yang terbit dua kali di atas bidang tanah yang sama dan "
        "menuntut pembatalan sertifikat atas nama pihak lain. Perwakilan kantor pertanahan berjanji meneliti "
        "berkas dalam [dua pekan|satu bulan].",
    ),
    k.news(
        3,
        "Cekcok Batas Kebun Berujung Pembacokan di {kec}",
        "Seorang petani berinisial {ini} ({umur}) menderita luka bacok di lengan setelah bertengkar dengan "
        "tetangganya, {ini2}, soal batas kebun di {desa}, Kecamatan {kec}. Keduanya sudah lama berselisih "
        "mengenai patok yang bergeser. Pelaku menyerahkan diri ke polsek setempat, sementara korban dirawat "
        "di puskesmas.",
    ),
    k.news(
        1,
        "Lembaga Adat {desa} Tuntut Pengakuan Wilayah Adat",
        "Lembaga adat di {desa_t} {desa}, Kecamatan {kec}, {kab}, menyerahkan peta partisipatif wilayah adat "
        "seluas {ha} hektare kepada DPRD. Mereka khawatir hutan tempat berladang dan makam leluhur masuk "
        "konsesi baru. Tokoh adat setempat menyebut warga siap menempuh jalur hukum adat bila tuntutan "
        "diabaikan.",
        domain="budaya",
    ),
    k.news(
        2,
        "Eksekusi Lahan di {kec} Ditunda, Warga Hadang Juru Sita",
        "Rencana eksekusi sebidang tanah di {jl}, Kecamatan {kec}, {kabn}, batal dilaksanakan setelah "
        "ratusan warga berkumpul dan menghadang juru sita pengadilan. Warga yang sudah menempati lahan itu "
        "puluhan tahun menilai putusan pengadilan keliru. Pengadilan menjadwalkan ulang eksekusi dengan "
        "pengamanan tambahan.",
    ),
    k.news(
        1,
        "Warga {desa} Resah, Patok Misterius Muncul di Kebun",
        "Warga {desa}, Kecamatan {kec}, dibuat resah oleh patok-patok beton yang tiba-tiba terpasang di "
        "kebun karet mereka. Tidak ada yang mengaku memasang. Kabar yang beredar menyebut lahan itu sudah "
        "dijual kepada pihak luar oleh oknum yang mengaku ahli waris. Pemerintah desa berencana memanggil "
        "semua pihak.",
    ),
    k.news(
        2,
        "Dua Kelompok Tani Saling Klaim Lahan Eks Transmigrasi",
        "Sengketa lahan eks transmigrasi di Kecamatan {kec}, {kab}, kembali memanas. Kelompok tani lama dan "
        "pendatang baru sama-sama menanam di atas {ha} hektare lahan yang sama dan saling mencabut tanaman. "
        "{Pemda} membentuk tim terpadu untuk memeriksa dokumen kedua kelompok.",
    ),
    k.news(
        3,
        "Bentrok Perebutan Lahan, Tiga Orang Terluka",
        "{dl} – Bentrokan pecah antara dua kelompok warga yang memperebutkan lahan di perbatasan {desa} dan "
        "{desa2}, Kecamatan {kec}. Tiga orang terluka terkena senjata tajam dan lemparan batu. Aparat "
        "gabungan berjaga di lokasi dan melarang siapa pun mengolah lahan sampai sengketa diputus.",
    ),
    k.news(
        1,
        "Polisi Usut Dugaan Mafia Tanah di {kabn}",
        "Kepolisian menyelidiki dugaan praktik mafia tanah yang menerbitkan surat keterangan tanah palsu di "
        "Kecamatan {kec}. Sedikitnya {n2} warga melapor kehilangan hak atas tanahnya setelah surat baru "
        "atas nama orang lain muncul. Warga khawatir konflik terbuka bila kasus ini berlarut.",
    ),
    k.field(
        2,
        "Aksi penutupan jalan kebun oleh warga {desa}",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, bertempat di areal kebun {desa_t} "
        "{desa}, Kecamatan {kec}, {kab}, sekitar {n2} warga menutup jalan kebun dengan batang kayu dan spanduk "
        "bertuliskan tuntutan pengembalian lahan. Aksi dikoordinir Sdr. {ini} ({umur}). Tidak terjadi kontak "
        "fisik. Pendapat: sengketa berpotensi meluas bila tidak ada kepastian dari {pemda}.",
    ),
    k.field(
        1,
        "Ketegangan antarwarga terkait batas lahan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam} WITA di Kecamatan {kec}, {kab}, diperoleh "
        "informasi adanya ketegangan antara warga {desa} dan warga {desa2} terkait batas lahan kebun. "
        "Beberapa warga terlihat membawa senjata tajam saat meninjau patok. Kapolsek dan camat turun "
        "menenangkan warga. Situasi sementara kondusif namun rawan.",
    ),
    k.field(
        3,
        "Penganiayaan terkait penguasaan lahan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, bertempat di kebun sawit milik warga "
        "di {desa}, Kecamatan {kec}, telah terjadi penganiayaan terhadap Sdr. {ini} ({umur}) oleh "
        "sekelompok orang yang mengaku pemilik lahan. Korban mengalami luka memar dan dirujuk ke rumah sakit. "
        "Motif diduga penguasaan lahan yang belum bersertifikat.",
    ),
    k.field(
        1,
        "Rencana pendudukan lahan oleh kelompok tani",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi bahwa kelompok tani dari {desa}, Kecamatan {kec}, "
        "berencana menduduki lahan seluas {ha} hektare yang mereka klaim sebagai tanah ulayat. Rencana "
        "dibahas dalam pertemuan di rumah Sdr. {ini}. Saran: camat dan kapolsek segera melakukan pendekatan "
        "kepada tokoh kelompok.",
    ),
    k.field(
        2,
        "Tuntutan denda adat atas penggarapan lahan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, bertempat di balai adat {desa}, "
        "Kecamatan {kec}, digelar sidang adat yang menjatuhkan denda adat kepada pihak yang menggarap lahan "
        "keramat tanpa izin. Pihak yang didenda menolak membayar. Warga adat menyatakan akan memasang tanda "
        "larangan di lahan tersebut.",
        domain="budaya",
    ),
    k.wa(
        1,
        "pak mohon infonya, di kebun {desa} ada org bawa parang ngaku2 tanah itu punya dia. warga udah "
        "[kumpul|ngumpul] di pinggir jalan, takut nanti ribut. tolong pak polisi cepat datang",
    ),
    k.wa(
        2,
        "Assalamualaikum, info warga {desa} kec {kec}: besok pagi kita ramai2 ke kantor desa, tuntut "
        "kades kembalikan lahan yg dijual ke pengusaha. bawa fotokopi surat tanah masing2. jgn sampai "
        "ada yg anarkis ya",
    ),
    k.wa(
        3,
        "Ya Allah rumah pak {ini} di {desa} dirobohkan [orang2 suruhan|preman bayaran] yg ngaku punya "
        "sertifikat. bapaknya sampai luka kepala [kena pentung|dipukul]. sekarang di puskesmas {kec}",
    ),
    k.wa(
        1,
        "Kabarnya lahan kebun kami di {kec} mau diambil alih, ada surat dari pihak yg ngaku ahli waris. "
        "warga sdh sepakat gak akan mundur, kalau perlu kita jaga siang malam",
    ),
    k.social(
        2,
        "Sudah [3|4|5] hari warga {desa} nginap di tenda depan lahan sengketa. Kami cuma minta keadilan, "
        "tanah nenek moyang kami jangan dirampas. #SelamatkanTanahAdat {kabx}",
    ),
    k.social(
        1,
        "Hati2 warga {kabx}, ada oknum jual beli tanah pakai surat segel palsu di daerah {kec}. tetangga "
        "saya sudah jadi korban, lahan yg dia beli ternyata diklaim 3 orang sekaligus",
    ),
    k.sms(
        2,
        "Lapor pak, warga {desa} cabut patok BPN di lahan sengketa td siang. skrg msh ada sktr {n2} "
        "org berjaga di lokasi",
    ),
    k.sms(
        3,
        "pak tlg, perkelahian di kebun {desa}, rebutan lahan, 1 org kena parang. mohon segera kirim aparat",
    ),
    k.news(
        2,
        "Ritual Syukur Panen di {desa} Terhenti, Warga Adat Hadang Alat Berat",
        "Ritual syukur panen di {desa}, Kecamatan {kec}, {kab}, terhenti ketika dua ekskavator {pt_sawit} masuk "
        "ke ladang yang diklaim sebagai tanah adat. Warga meninggalkan lamin, lalu [menghadang alat berat|duduk "
        "di depan alat berat] sambil membentangkan kain adat. Pekerjaan dihentikan setelah camat datang.",
        domain="budaya",
    ),
    k.wa(
        2,
        "peresmian tugu batas desa td pagi batal, warga {desa2} datang bawa spanduk tolak patok, katanya tanah "
        "sampai sungai itu punya mereka. [pak camat|kapolsek] sampai turun tangan",
    ),
)
