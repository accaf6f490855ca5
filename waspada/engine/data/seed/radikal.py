"""Radikalisme & terorisme: recruitment, propaganda, arrests, weapons found, attacks."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("radikal", "radikalisme")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        1,
        "Densus Tangkap Terduga Teroris di {kabn}",
        "{dl} – Tim Densus 88 menangkap seorang terduga teroris berinisial {ini} ({umur}) di sebuah rumah "
        "kontrakan di Kecamatan {kec}, {kab}. Dari lokasi, petugas menyita buku-buku jihad, sebilah "
        "senjata tajam, dan bahan kimia yang diduga untuk merakit bahan peledak. Warga sekitar mengaku "
        "terduga jarang bergaul.",
    ),
    k.news(
        1,
        "Penggeledahan Rumah Terduga Jaringan Teror Temukan Senjata Rakitan",
        "Aparat gabungan menggeledah rumah seorang warga {desa}, Kecamatan {kec}, yang diduga terlibat jaringan "
        "teror. Petugas menemukan dua pucuk senjata api rakitan dan puluhan butir amunisi. Penghuni rumah "
        "berinisial {ini} dibawa untuk pemeriksaan.",
    ),
    k.news(
        3,
        "Ledakan di Depan Pos Polisi, Dua Petugas Terluka",
        "Sebuah ledakan terjadi di depan pos polisi di {jl}, {kabn}, pada {hari} pagi. Dua petugas terluka "
        "terkena serpihan dan kaca pos hancur. Polisi menduga ledakan berasal dari bom rakitan yang diletakkan "
        "dalam kantong plastik. Kawasan sekitar disterilkan.",
    ),
    k.news(
        1,
        "Pelajar Terpapar Paham Radikal Lewat Grup Daring",
        "Kesbangpol dan kepolisian di {kab} menemukan sejumlah pelajar yang terpapar paham radikal lewat grup "
        "percakapan daring. Mereka diajak membenci aparat dan menolak Pancasila. Pemerintah daerah menggandeng "
        "sekolah dan orang tua untuk pendampingan.",
    ),
    k.news(
        1,
        "Pengajian Tertutup Diduga Sebarkan Ajaran Kekerasan",
        "Warga Kecamatan {kec}, {kabn}, melaporkan pengajian tertutup yang digelar tengah malam dan diduga "
        "mengajarkan bahwa aparat negara boleh diperangi. Polisi dan Kemenag setempat sedang menelusuri "
        "identitas pengisi kajian.",
    ),
    k.news(
        3,
        "Penyerangan Polisi dengan Senjata Tajam, Pelaku Diduga Terpapar Radikalisme",
        "Seorang pria berinisial {ini} menyerang anggota polisi dengan pisau di halaman polsek {kec}, {kabn}. "
        "Petugas luka di lengan dan pelaku dilumpuhkan. Dari ponsel pelaku ditemukan video propaganda "
        "kelompok teror.",
    ),
    k.news(
        2,
        "Deklarasi Kelompok Penolak Pancasila Dibubarkan",
        "Aparat membubarkan pertemuan sekelompok orang di sebuah gedung di {kabn} yang hendak mendeklarasikan "
        "penolakan terhadap Pancasila dan sistem demokrasi. Panitia berinisial {ini} dan {ini2} dimintai "
        "keterangan. Spanduk dan bendera kelompok disita.",
    ),
    k.news(
        1,
        "Napiter Bebas Kembali ke Kampung, Warga Minta Pendampingan",
        "Seorang mantan narapidana terorisme berinisial {ini} kembali ke kampungnya di Kecamatan {kec}, {kab}. "
        "Sebagian warga menolak kehadirannya, sementara tokoh agama meminta warga memberi kesempatan. Tim "
        "pendamping deradikalisasi dilibatkan.",
    ),
    k.field(
        1,
        "Aktivitas kelompok terindikasi radikal",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi adanya kelompok kajian di {desa}, Kecamatan {kec}, "
        "{kab}, yang beranggotakan sekitar {n2} orang dan mengajarkan pengkafiran terhadap sesama muslim "
        "serta penolakan hormat bendera. Kegiatan dipimpin Sdr. {ini}. Saran: pendalaman bersama Kemenag dan "
        "Polri.",
    ),
    k.field(
        1,
        "Penemuan bahan peledak rakitan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam} WITA, dalam penggeledahan di sebuah rumah di "
        "{jl}, Kecamatan {kec}, petugas menemukan tiga rangkaian bom pipa yang belum aktif beserta buku "
        "panduan merakit. Penghuni rumah Sdr. {ini} ({umur}) diamankan.",
    ),
    k.field(
        3,
        "Serangan terhadap petugas oleh terduga simpatisan teror",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam} WITA, seorang petugas jaga di Kecamatan {kec}, "
        "{kab}, ditusuk oleh Sdr. {ini} yang meneriakkan slogan kelompok teror. Petugas luka di bahu dan "
        "dirawat di rumah sakit. Pelaku berhasil diamankan.",
    ),
    k.field(
        1,
        "Penyebaran propaganda kelompok teror di media sosial",
        "Pada hari {hari} tanggal {tgl} ditemukan akun media sosial yang dikelola warga {kabn} yang menyebarkan "
        "video kelompok teror dan ajakan berbaiat. Pengikut akun sekitar {n4}. Saran: penelusuran siber dan "
        "pemblokiran akun.",
    ),
    k.wa(
        1,
        "Ikhwan fillah, negara ini thaghut, aparatnya ansharut thaghut. Siapkan diri kalian, hijrah dan "
        "berjihad. Kajian khusus malam ini di {kec}, jangan bawa HP",
        prov=True,
    ),
    k.wa(
        1,
        "pak RT, tetangga baru di gang sebelah {jl} aneh, gak pernah keluar, sering terima paket besar, "
        "tamunya datang malam2 pakai cadar semua. mohon dicek",
    ),
    k.wa(
        3,
        "astaga ada bom meledak di {jl} {kabx}, asap tebal, katanya ada korban. jauhi area dulu",
    ),
    k.social(
        1,
        "Demokrasi itu sistem kufur, Pancasila berhala. Siapa yang membela sistem ini halal darahnya. "
        "Bangkitlah wahai pemuda {kabx}",
        prov=True,
    ),
    k.social(
        1,
        "Viral: video pelatihan bela diri dan tembak di hutan dekat {kec}, pesertanya bercadar dan bawa "
        "bendera hitam. Ini latihan apa? Aparat harus cek",
    ),
    k.sms(
        1,
        "Lapor, ada orang asing sewa rumah di {kec}, sering beli pupuk urea dan paku dalam jumlah banyak. warga curiga",
    ),
    k.news(
        1,
        "Polisi Perketat Penjagaan Gereja Usai Ancaman Teror",
        "Polres {kabn} memperketat penjagaan rumah ibadah menyusul beredarnya pesan ancaman teror menjelang "
        "perayaan Natal. Pesan itu menyebut sebuah gereja di Kecamatan {kec} sebagai sasaran. Polisi "
        "meminta warga tetap tenang.",
    ),
    k.news(
        3,
        "Bom Bunuh Diri Guncang Halaman Gereja",
        "Ledakan bom bunuh diri terjadi di halaman sebuah gereja di {kabn} saat jemaat bubar ibadah. Pelaku "
        "tewas di tempat dan {n1} jemaat terluka. Polisi memastikan pelaku terhubung dengan jaringan teror "
        "yang pernah ditangkap tahun lalu.",
        pool="luar",
    ),
    k.field(
        1,
        "Perekrutan anggota baru kelompok radikal",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi bahwa Sdr. {ini} aktif mengajak pemuda {desa}, "
        "Kecamatan {kec}, mengikuti kajian yang menolak NKRI dan mengagungkan pelaku bom. Sudah {n1} pemuda "
        "ikut rutin. Pendapat: perlu penggalangan tokoh agama setempat.",
    ),
    k.sms(
        1,
        "pak td sore ada pemuda bagi2 buletin isinya ajakan jihad melawan aparat di masjid {kec}",
    ),
)
