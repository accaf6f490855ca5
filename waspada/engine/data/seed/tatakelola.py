"""Tata kelola pemerintahan: corruption, village funds, public services, bansos, officials."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("tatakelola", "tata_kelola")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        2,
        "Warga Segel Kantor Desa, Tuntut Transparansi Dana Desa",
        "Warga {desa_t} {desa}, Kecamatan {kec}, {kab}, menyegel kantor desa dan menuntut kepala desa membuka "
        "laporan penggunaan dana desa. Mereka menduga sejumlah proyek fiktif. Inspektorat dijadwalkan "
        "melakukan audit.",
    ),
    k.news(
        1,
        "Penyaluran Bansos Dinilai Tidak Tepat Sasaran, Warga Protes ke RT",
        "Sejumlah warga {desa}, Kecamatan {kec}, memprotes daftar penerima bantuan sosial yang dinilai tidak "
        "tepat sasaran. Keluarga mampu disebut menerima bantuan sementara warga miskin tidak. Ketegangan "
        "sempat terjadi di rumah ketua RT.",
    ),
    k.news(
        1,
        "Kejaksaan Tetapkan Kades Tersangka Korupsi, Warga Terbelah",
        "Kejaksaan menetapkan kepala desa {desa}, Kecamatan {kec}, sebagai tersangka korupsi dana desa senilai "
        "Rp{juta} juta. Warga terbelah antara pendukung dan penentang kades. Camat meminta warga tidak "
        "terpancing saling serang.",
    ),
    k.news(
        2,
        "Pasien Telantar, Warga Geruduk Rumah Sakit Daerah",
        "Puluhan warga mendatangi rumah sakit daerah {kabn} setelah seorang pasien dari Kecamatan {kec} "
        "meninggal diduga karena terlambat ditangani. Keluarga menuntut direktur dicopot. Polisi berjaga di "
        "lobi rumah sakit.",
    ),
    k.news(
        3,
        "Kantor Desa Dirusak Warga yang Kecewa Soal Bantuan",
        "Kantor desa {desa}, Kecamatan {kec}, dirusak massa yang kecewa karena bantuan langsung tunai tak "
        "kunjung cair. Kaca jendela pecah dan berkas berserakan. Seorang perangkat desa terkena lemparan batu.",
    ),
    k.news(
        1,
        "Pungutan Liar di Pelayanan KTP Dikeluhkan",
        "Warga {kabn} mengeluhkan pungutan tidak resmi untuk mempercepat pembuatan KTP elektronik dan kartu "
        "keluarga. Ombudsman menerima {n2} aduan dan meminta kepala daerah menindak oknum.",
    ),
    k.news(
        2,
        "Honorer dan Warga Demo Tuntut {Kepala} Copot Kepala Dinas",
        "Ratusan orang berunjuk rasa di kantor {kepala} {kabn} menuntut pencopotan kepala dinas yang diduga "
        "memotong insentif tenaga honorer dan kader posyandu. Aksi berlangsung panas namun tertib.",
    ),
    k.news(
        1,
        "Proyek Jalan Mangkrak, Warga Ancam Tutup Kantor Dinas",
        "Warga Kecamatan {kec}, {kab}, mengancam menutup kantor dinas pekerjaan umum bila proyek jalan senilai "
        "Rp{miliar} miliar yang mangkrak tidak dilanjutkan. Kontraktor {pt_kontraktor} tak lagi terlihat di "
        "lokasi sejak [tiga|lima] bulan lalu.",
    ),
    k.news(
        2,
        "Kades Diberhentikan, Pendukungnya Duduki Kantor Camat",
        "Ratusan pendukung kepala desa {desa} yang diberhentikan sementara oleh {kepala} menduduki kantor camat "
        "{kec}. Mereka menilai pemberhentian bermuatan politik. Camat menerima perwakilan dan menjanjikan "
        "pertemuan dengan {kepala}.",
    ),
    k.field(
        1,
        "Keresahan warga terkait dana desa",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi keresahan warga {desa}, Kecamatan {kec}, {kab}, "
        "terhadap pengelolaan dana desa tahun {tahun}. Warga menilai pembangunan tidak sesuai papan proyek. "
        "Sebagian warga berencana melapor ke kejaksaan dan menggelar aksi. Saran: inspektorat melakukan "
        "pemeriksaan.",
    ),
    k.field(
        2,
        "Aksi protes pelayanan air bersih PDAM",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, sekitar {n2} warga Kecamatan {kec}, "
        "{kab}, mendatangi kantor PDAM memprotes tagihan yang melonjak sementara air sering mati. Aksi "
        "berlangsung tertib dan diterima direksi.",
    ),
    k.field(
        1,
        "Dugaan pemotongan bantuan oleh oknum perangkat desa",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi dugaan pemotongan bantuan sosial sebesar Rp{n3} "
        "ribu per penerima oleh oknum perangkat desa {desa}, Kecamatan {kec}. Penerima takut melapor. "
        "Pendapat: berpotensi memicu aksi warga.",
    ),
    k.field(
        2,
        "Penyegelan sekolah oleh pemilik lahan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, ahli waris pemilik lahan menyegel "
        "gedung SD di {desa}, Kecamatan {kec}, {kab}, karena pemda belum membayar ganti rugi lahan sekolah. "
        "Kegiatan belajar dipindah ke balai desa.",
    ),
    k.wa(
        2,
        "besok pagi warga kumpul di kantor desa {desa}, kita minta kades buka laporan dana desa. kalau gak "
        "mau, kantor kita segel",
    ),
    k.wa(
        1,
        "bansos di RT {n1} {desa} cuma dpt keluarganya pak RT semua, yg miskin beneran gak dapat. warga udah "
        "mulai panas ini, gimana bu",
    ),
    k.wa(
        1,
        "pengurusan sertifikat di kantor {kec} dimintai uang pelicin {juta} ribu, kalau gak bayar berkas "
        "ditahan. ini pungli kan?",
    ),
    k.social(
        1,
        "Jalan di {kec} {kabx} rusak 10 tahun, anggaran tiap tahun ada, tapi jalannya tetap lumpur. "
        "Uangnya ke mana pak? Rakyat sudah muak",
    ),
    k.social(
        2,
        "Hari ini warga {desa} segel kantor desa. Sudah 2 tahun dana desa gak jelas larinya. Kami minta "
        "{kepala} turun tangan! #UsutDanaDesa",
    ),
    k.sms(
        1,
        "Lapor pak, ada pemotongan BLT di {desa}, tiap warga cuma terima sebagian. warga mau demo",
    ),
    k.sms(
        2,
        "pak warga {kec} duduki kantor camat, tuntut pencairan insentif RT yg blm dibayar",
    ),
    k.news(
        1,
        "DPRD Soroti Lambannya Perbaikan Layanan Listrik Desa",
        "DPRD {kab} menyoroti lambannya penyambungan listrik di {n1} desa di Kecamatan {kec}. Anggota dewan "
        "mengingatkan kekecewaan warga bisa berubah menjadi aksi massa bila janji terus diundur.",
    ),
    k.news(
        3,
        "Petugas Satpol PP dan Pedagang Baku Pukul saat Penertiban",
        "Penertiban pedagang kaki lima di {jl}, {kabn}, berujung baku pukul antara petugas Satpol PP dan "
        "pedagang. {n1} pedagang dan dua petugas luka. Pedagang menuding penertiban dilakukan tanpa "
        "pemberitahuan.",
    ),
)
