"""Konflik tambang & perkebunan: hauling, mine pits, pollution, plasma, illegal mining, blockades."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template
from waspada.engine.data.seed.slots import MINING, PLANTATION

k = Kit("tambang", "tambang_sawit", pool=MINING)
s = Kit("tambang", "tambang_sawit", pool=PLANTATION)

TEMPLATES: tuple[Template, ...] = (
    k.news(
        2,
        "Warga {kec} Blokade Jalan Hauling Batu Bara",
        "{dl} – Ratusan warga Kecamatan {kec}, {kab}, memblokade jalan hauling {pt_tambang} sejak {hari} pagi. "
        "Mereka memprotes debu dan kerusakan jalan desa akibat truk batu bara yang melintas siang malam. "
        "Puluhan truk tertahan dan aktivitas pengangkutan lumpuh. Warga baru membuka blokade setelah "
        "perusahaan berjanji menyiram jalan dan membayar kompensasi.",
    ),
    k.news(
        3,
        "Warga dan Petugas Keamanan Tambang Bentrok, Pos Jaga Dirusak",
        "Bentrokan terjadi antara warga {desa}, Kecamatan {kec}, dan petugas keamanan {pt_tambang} ketika "
        "warga mencoba menghentikan alat berat yang menggali di dekat permukiman. {n1} orang luka-luka dan "
        "sebuah pos jaga dirusak massa. Polisi mengamankan {n1} orang untuk dimintai keterangan.",
    ),
    k.news(
        1,
        "Lubang Bekas Tambang Kembali Telan Korban, Warga Desak Penutupan",
        "Seorang anak berusia [sepuluh|sebelas|dua belas] tahun tenggelam di lubang bekas tambang di {desa}, "
        "Kecamatan {kec}. Keluarga dan warga menuntut {pt_tambang} bertanggung jawab dan mengancam menduduki "
        "lokasi tambang bila lubang tidak segera ditutup. Pemerintah daerah berjanji memanggil perusahaan.",
    ),
    k.news(
        2,
        "Sungai Keruh, Nelayan {kec} Protes ke Perusahaan Tambang",
        "Puluhan nelayan dan petambak dari Kecamatan {kec}, {kabn}, mendatangi kantor {pt_tambang} untuk "
        "memprotes air sungai yang berubah keruh dan berbau sejak kolam pengendapan jebol. Hasil tangkapan "
        "disebut turun drastis. Mereka menuntut uji laboratorium independen dan ganti rugi.",
    ),
    k.news(
        1,
        "Tambang Ilegal Marak di {kec}, Warga Khawatir Bentrok",
        "Aktivitas penambangan batu bara tanpa izin kembali terlihat di sekitar {desa}, Kecamatan {kec}. "
        "Warga yang menolak tambang mengaku pernah diancam oleh orang-orang yang menjaga lokasi. Tokoh "
        "masyarakat khawatir gesekan antara warga penolak dan pekerja tambang ilegal berujung bentrok.",
    ),
    k.news(
        3,
        "Alat Berat Dibakar Massa di Lokasi Tambang",
        "{dl} – Sebuah ekskavator milik kontraktor {pt_tambang} hangus dibakar massa di Kecamatan {kec} pada "
        "{hari} malam. Pembakaran diduga dipicu kemarahan warga setelah tanggul tambang jebol dan merendam "
        "kebun. Polisi menyelidiki pelaku dan mengerahkan personel untuk mencegah aksi susulan.",
    ),
    s.news(
        2,
        "Petani Plasma Duduki Kantor Kebun {pt_sawit}",
        "{dl} – Sekitar {n3} petani plasma dari Kecamatan {kec}, {kab}, menduduki kantor kebun {pt_sawit}. "
        "Mereka menuntut pembayaran bagi hasil plasma yang menurut mereka tidak pernah transparan sejak "
        "kebun menghasilkan. Aksi berlangsung hingga malam dan dijaga aparat.",
    ),
    s.news(
        1,
        "Perpanjangan HGU Picu Keresahan Warga Sekitar Kebun",
        "Rencana perpanjangan HGU {pt_sawit} di Kecamatan {kec} memicu keresahan warga lima desa. Mereka "
        "meminta kewajiban kebun plasma dua puluh persen dipenuhi lebih dulu. Forum kepala desa mengancam "
        "menggelar aksi besar bila tuntutan tidak didengar.",
    ),
    s.news(
        3,
        "Pemanen Sawit dan Warga Desa Bentrok Soal Tandan Buah",
        "Bentrokan terjadi di areal {pt_sawit} di {desa}, Kecamatan {kec}, antara pekerja panen dan warga "
        "yang memanen buah di blok yang mereka klaim. Seorang pekerja dan dua warga terluka. Manajemen kebun "
        "melaporkan kejadian ke polres, sementara warga menuduh perusahaan menyerobot kebun mereka.",
    ),
    s.news(
        2,
        "Warga Tutup Akses Pabrik Kelapa Sawit, Tuntut Limbah Ditangani",
        "Warga {desa} di Kecamatan {kec} menutup akses truk ke pabrik kelapa sawit {pt_sawit}. Mereka "
        "mengeluhkan bau limbah dan ikan mati di anak sungai. Penutupan berlangsung {n1} jam sebelum "
        "pemerintah kecamatan memediasi pertemuan.",
    ),
    k.field(
        2,
        "Pemortalan jalan tambang oleh warga",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, bertempat di jalan hauling {pt_tambang} "
        "di {desa}, Kecamatan {kec}, {kab}, sekitar {n2} warga memasang portal dan tenda. Warga menuntut "
        "kompensasi debu dan kebisingan. Aktivitas angkutan batu bara terhenti. Situasi terkendali, aparat "
        "melakukan pengamanan.",
    ),
    k.field(
        1,
        "Rencana aksi penolakan perluasan tambang",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi bahwa warga {desa}, Kecamatan {kec}, akan menggelar "
        "aksi penolakan perluasan konsesi {pt_tambang} yang mendekati permukiman dan sumber air bersih. "
        "Koordinator aksi Sdr. {ini} mengajak warga desa tetangga. Pendapat: perlu dialog sebelum aksi "
        "dilaksanakan.",
    ),
    k.field(
        3,
        "Perusakan fasilitas perusahaan tambang",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, sekelompok orang tidak dikenal merusak "
        "pos keamanan dan membakar satu unit truk milik {pt_tambang} di Kecamatan {kec}. Satu petugas keamanan "
        "luka ringan. Diduga terkait kekecewaan warga atas pembebasan lahan yang belum dibayar.",
    ),
    s.field(
        2,
        "Mogok pemanenan oleh petani plasma",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, petani plasma anggota koperasi di {desa}, "
        "Kecamatan {kec}, menghentikan pengiriman tandan buah segar ke pabrik {pt_sawit}. Mereka memprotes "
        "potongan harga TBS yang dianggap sepihak. Situasi aman, belum ada pertemuan dengan manajemen.",
    ),
    s.field(
        1,
        "Ketegangan antara satpam kebun dan warga",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi ketegangan antara satpam {pt_sawit} dan warga {desa}, "
        "Kecamatan {kec}, setelah seorang warga dituduh mencuri buah sawit. Warga menilai tuduhan tidak berdasar "
        "dan berkumpul di depan pos. Kapolsek menengahi, situasi kembali kondusif.",
    ),
    k.wa(
        2,
        "woi warga {desa}, hari ini jalan hauling kita tutup lagi ya, perusahaan blm bayar janji "
        "kompensasinya. kumpul di simpang jam 7. bawa terpal sm air minum",
    ),
    k.wa(
        3,
        "info dr lokasi, satpam tambang pukul warga yg protes di {kec}, ada yg bocor kepalanya. "
        "[skrg massa makin banyak|warga udah makin panas], mohon polisi cepat turun",
    ),
    k.wa(
        1,
        "dengar2 perusahaan mau gusur kebun di blok belakang {desa} utk perluasan tambang. kalau benar "
        "kita lawan, jgn mau dibodohi lagi kayak dulu",
    ),
    s.wa(
        2,
        "teman2 plasma {kec}, besok kita demo di kantor kebun {pt_sawit}. hasil plasma sdh [6|8|10] bulan "
        "gak dibayar. yg punya motor bawa, kita konvoi",
    ),
    s.social(
        1,
        "Sawit masuk, sungai kami kotor, hutan hilang, sekarang mau ambil lahan lagi. Warga {kec} {kabx} "
        "sudah capek dijanjikan. Kalau tidak ada jawaban minggu ini kami turun ke jalan!",
    ),
    k.social(
        2,
        "Live dari jalan hauling {kec}: warga masih bertahan, truk batu bara antre panjang. Kami cuma "
        "minta debu ditangani, anak-anak batuk terus. #{kabx}Bersuara",
    ),
    k.sms(
        3,
        "pak, tambang ilegal di {desa} ribut, penambang bawa senjata tajam usir warga, 2 org luka. mohon bantuan",
    ),
    s.sms(
        2,
        "Lapor, warga {desa} tahan {n1} truk TBS {pt_sawit} di jalan desa. minta plasma dibayar. situasi aman tp ramai",
    ),
    k.news(
        1,
        "Warga Minta Reklamasi, Ancam Tutup Jalan Tambang",
        "Forum warga lingkar tambang di {kab} memberi batas waktu tiga puluh hari kepada {pt_tambang} dan "
        "{pt_tambang2} untuk menutup lubang bekas galian. Jika tidak, mereka akan menutup semua akses jalan "
        "tambang. Dinas terkait menyatakan sedang mengevaluasi jaminan reklamasi kedua perusahaan.",
    ),
    s.news(
        2,
        "Peresmian Pabrik Kelapa Sawit Diwarnai Aksi Warga Tuntut Ganti Rugi",
        "Peresmian pabrik kelapa sawit {pt_sawit} di Kecamatan {kec}, {kab}, tertunda setelah puluhan warga "
        "{desa} menutup gerbang dan membentangkan spanduk. Mereka menuntut ganti rugi lahan yang dipakai untuk "
        "[jalan masuk pabrik|kolam limbah] dan belum dibayar. Tamu undangan tertahan hampir dua jam.",
    ),
    k.field(
        2,
        "Pembubaran acara penyerahan CSR oleh warga",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di balai {desa}, Kecamatan {kec}, {kab}, "
        "acara penyerahan CSR {pt_tambang} dibubarkan sekitar {n2} warga lingkar tambang. Mereka menolak "
        "bantuan [seremonial|simbolis] dan menuntut kompensasi debu serta retak rumah akibat peledakan. "
        "Perwakilan perusahaan meninggalkan lokasi, tidak ada kontak fisik.",
    ),
)
