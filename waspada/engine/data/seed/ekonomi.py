"""Hard negatives: investment, prices, trade and business news; "perang harga", "bentrok jadwal"."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("ekonomi", "lainnya", hard_negative=True, count=5)

TEMPLATES: tuple[Template, ...] = (
    k.news(
        0,
        "Groundbreaking Pabrik Pengolahan Senilai Rp{miliar} Triliun",
        "Peletakan batu pertama pabrik pengolahan milik {pt_usaha} dilakukan di Kecamatan {kec}, {kab}. "
        "Investasi itu diperkirakan menyerap {n4} tenaga kerja dan ditargetkan beroperasi dalam dua tahun.",
    ),
    k.news(
        0,
        "Harga TBS Sawit Naik, Petani Tersenyum",
        "Harga tandan buah segar sawit di {kab} naik menjadi Rp{n1}.{n3} per kilogram. Petani mandiri di "
        "Kecamatan {kec} menyambut gembira karena biaya pupuk bisa tertutupi.",
        pool=("64.01", "64.02", "64.03", "64.07", "64.08", "64.09"),
    ),
    k.news(
        0,
        "Perang Harga Minimarket, Konsumen Diuntungkan",
        "Persaingan minimarket di {kabn} memicu perang harga. Sejumlah gerai menggelar diskon besar untuk "
        "minyak goreng dan beras. Konsumen mengaku senang karena belanja bulanan lebih hemat.",
    ),
    k.news(
        0,
        "Bentrok Jadwal, Rapat Paripurna DPRD Digeser",
        "Rapat paripurna DPRD {kab} digeser ke pekan depan karena bentrok jadwal dengan kunjungan kerja "
        "gubernur. Sekretariat dewan memastikan agenda pembahasan anggaran tidak terganggu.",
    ),
    k.news(
        0,
        "Harga Batu Bara Acuan Naik, Penerimaan Daerah Diproyeksi Meningkat",
        "Kenaikan harga batu bara acuan bulan ini diperkirakan mendongkrak dana bagi hasil untuk {kab}. "
        "Pemerintah daerah berencana memprioritaskan tambahan anggaran untuk jalan dan sekolah.",
    ),
    k.news(
        0,
        "Pasar Murah Diserbu Warga, Stok Habis dalam Dua Jam",
        "Pasar murah yang digelar dinas perdagangan di Kecamatan {kec}, {kabn}, diserbu warga. Paket {komoditas} "
        "dan minyak goreng habis dalam dua jam. Panitia berjanji menambah kuota pekan depan.",
    ),
    k.news(
        0,
        "Ekspor Udang dan Rumput Laut Meningkat",
        "Nilai ekspor udang dan rumput laut dari {kabn} meningkat {persen} persen dibanding tahun lalu. "
        "Pembudidaya di Kecamatan {kec} menambah kolam untuk memenuhi permintaan.",
        pool=("64.03", "64.74", "64.09", "64.02", "64.08"),
    ),
    k.news(
        0,
        "Investor Jajaki Kawasan Industri, {Kepala} Janjikan Kemudahan Izin",
        "Sejumlah investor menjajaki kawasan industri di {kab}. {Kepala} menjanjikan kemudahan perizinan dan "
        "ketersediaan lahan. Kawasan itu diharapkan menjadi motor ekonomi setelah era batu bara.",
    ),
    k.news(
        0,
        "Operator Seluler Serbu Pasar Desa dengan Paket Murah",
        "Tiga operator seluler menyerbu pasar desa di {kabn} dengan paket data murah setelah menara baru "
        "berdiri di Kecamatan {kec}. Warga kini bisa berjualan daring dari kampung.",
    ),
    k.news(
        0,
        "Inflasi Terkendali, Harga Cabai Mulai Turun",
        "Badan Pusat Statistik mencatat inflasi bulanan di {kabn} terkendali. Harga {komoditas} yang sempat "
        "naik mulai turun seiring panen di daerah pemasok.",
    ),
    k.news(
        0,
        "UMKM Binaan Bank Ramaikan Pameran Produk Lokal",
        "Pameran produk UMKM di {kabn} diikuti {n2} pelaku usaha. Amplang, kerupuk ikan, dan kain tenun laris "
        "diborong pengunjung. Transaksi selama tiga hari mencapai Rp{juta} juta.",
    ),
    k.field(
        0,
        "Peresmian pabrik oleh {kepala}",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, {kepala} meresmikan pabrik pengolahan "
        "{pt_usaha} di Kecamatan {kec}, {kab}, dihadiri {n3} undangan. Kegiatan berjalan lancar, tidak ada "
        "penolakan dari warga sekitar.",
    ),
    k.field(
        0,
        "Pemantauan harga bahan pokok",
        "Pada hari {hari} tanggal {tgl}, pemantauan harga di pasar Kecamatan {kec}, {kab}, menunjukkan harga "
        "{komoditas} stabil di {harga_lama} per {satuan}. Stok mencukupi dan aktivitas jual beli normal.",
    ),
    k.wa(
        0,
        "guys promo gila2an di mall {kabx}, perang diskon antar toko, baju sampai 70%. serbu sebelum kehabisan!",
    ),
    k.wa(
        0,
        "maaf pak rapat RT bentrok jadwal sama pengajian, gimana kalau digeser ke malam minggu di rumah pak {ini}?",
    ),
    k.social(
        0,
        "Harga sawit naik lagi 🙏 alhamdulillah bisa bayar cicilan motor. Semangat petani {kabx}!",
    ),
    k.social(
        0,
        "Buka cabang baru di {kec} {kabx}! Promo bakar harga semua menu ayam geprek 10 ribu aja, hari ini doang",
    ),
    k.sms(
        0,
        "Info lelang ikan TPI {kec} besok mulai jam 5 pagi, harga kakap naik. Pedagang harap datang awal",
        pool=("64.03", "64.74", "64.09", "64.02", "64.08", "64.71"),
    ),
    k.news(
        0,
        "Bandara Tambah Rute, Penumpang Diprediksi Melonjak",
        "Bandara di {kabn} menambah rute penerbangan baru ke beberapa kota besar. Pengelola memprediksi "
        "lonjakan penumpang hingga {persen} persen pada musim libur.",
        pool=("64.71", "64.03", "64.72", "64.07", "64.08"),
    ),
    k.news(
        0,
        "Koperasi Petani Karet Raih Penghargaan Nasional",
        "Koperasi petani karet dari Kecamatan {kec}, {kab}, meraih penghargaan koperasi berprestasi tingkat "
        "nasional. Koperasi itu dinilai berhasil menaikkan harga jual karet anggotanya.",
    ),
    k.news(
        0,
        "Perang Tarif Ojek Daring, Pengemudi Minta Aturan Tarif Bawah",
        "Persaingan aplikasi ojek daring di {kabn} memicu perang tarif. Potongan harga besar-besaran membuat "
        "penumpang senang, sementara asosiasi pengemudi meminta dinas perhubungan menetapkan tarif batas bawah.",
    ),
    k.news(
        0,
        "Serbuan Investor ke Kawasan Penyangga IKN, Harga Lahan Terkerek",
        "Minat investor properti menyerbu kawasan penyangga Ibu Kota Nusantara. Agen properti di {kabn} mencatat "
        "harga kavling naik hingga {persen} persen dalam setahun, terutama di dekat jalan tol.",
        pool=("64.09", "64.71", "64.02"),
    ),
    k.news(
        0,
        "Saham Emiten Batu Bara Rontok, Analis Sebut Aksi Ambil Untung",
        "Saham sejumlah emiten batu bara yang beroperasi di {kab} rontok pada perdagangan hari ini. Analis "
        "menyebut investor melakukan aksi ambil untung setelah harga melonjak tajam pekan lalu.",
    ),
    k.field(
        0,
        "Pemantauan pasar menjelang hari raya",
        "Pada hari {hari} tanggal {tgl}, pemantauan di pasar induk Kecamatan {kec}, {kab}, menunjukkan pasar "
        "diserbu pembeli menjelang hari raya. Harga {komoditas} naik tipis, stok aman, tidak ada antrean panjang.",
    ),
    k.wa(
        0,
        "bund ada perang harga minyak goreng di minimarket dekat {kec}, 2 liter cuma 28 rb. serbu sebelum habis!",
    ),
    k.social(
        0,
        "Toko sebelah banting harga, kita bakar harga juga 🔥 semua kue lebaran diskon 30% khusus warga {kabx}. "
        "Yuk serbu!",
    ),
    k.news(
        0,
        "Maskapai Adu Tarif Murah di Rute {kabn}",
        "Dua maskapai bersaing ketat di rute {kabn} dengan saling banting harga tiket. Pengelola bandara menyebut "
        "okupansi penumpang naik dan berharap persaingan itu mendongkrak pariwisata.",
        pool=("64.71", "64.03", "64.72", "64.07", "64.08"),
    ),
    k.sms(
        0,
        "Info: rapat koperasi dipindah ke Kamis krn bentrok dgn jadwal musyawarah desa {desa}. Mohon maklum",
    ),
    k.news(
        0,
        "Pabrik Minyak Goreng {pt_usaha} Diresmikan, Izin Lengkap dan Pekerja Mayoritas Lokal",
        "{pt_usaha} meresmikan pabrik minyak goreng di kawasan industri Kecamatan {kec}, {kab}. Manajemen "
        "memastikan seluruh izin lingkungan dan bangunan sudah lengkap, dan [tujuh puluh|delapan puluh] persen "
        "pekerjanya warga sekitar. Peresmian ditandai pemotongan pita dan penanaman pohon.",
        pool=("64.08", "64.09", "64.02", "64.01", "64.74"),
    ),
    k.news(
        0,
        "Bursa Kerja Diserbu Ribuan Pencari Kerja, Antrean Mengular Sejak Subuh",
        "Bursa kerja yang digelar dinas tenaga kerja {kab} diserbu ribuan pencari kerja. Antrean mengular sejak "
        "subuh di depan gedung. Sebanyak {n2} perusahaan membuka {n3} lowongan, dan panitia menyediakan "
        "[wawancara langsung|tes di tempat] bagi pelamar yang berkasnya lengkap.",
    ),
    k.wa(
        0,
        "info loker: job fair di gedung serbaguna {kec} besok, ada 30an perusahaan tambang sm sawit. bawa CV, "
        "ijazah, kartu kuning. datang pagi2, pasti diserbu [org|pelamar]",
    ),
    k.news(
        0,
        "Operasi Pasar Beras, Emak-Emak Rela Antre Sejak Pagi",
        "Operasi pasar beras di kantor Kecamatan {kec}, {kabn}, diserbu ibu rumah tangga yang rela antre sejak "
        "pagi. Setiap warga boleh membeli [dua karung|sepuluh kilogram] beras medium dengan harga di bawah "
        "pasar. Petugas menyebut kuota cukup dan antrean berlangsung tertib.",
    ),
    k.news(
        0,
        "Aplikasi Pesan-Antar Saling Gempur Promo, Warung Kebanjiran Order",
        "Persaingan aplikasi pesan-antar makanan di {kabn} memanas. Dua aplikasi saling gempur dengan gratis "
        "ongkir dan potongan harga [hingga separuh|sampai enam puluh persen]. Pemilik warung di Kecamatan {kec} "
        "mengaku pesanan naik dua kali lipat.",
    ),
    k.social(
        0,
        "Ojol di {kabx} lagi perang promo sama aplikasi sebelah, naik ke kantor cuma [5|7] rebu 😂 mumpung "
        "murah gas terus sebelum promonya dicabut",
    ),
    k.news(
        0,
        "IHSG Terjun Bebas, Investor Ritel {kabn} Diimbau Tidak Panik",
        "Indeks harga saham terjun bebas lebih dari [tiga|empat] persen dalam sehari akibat aksi jual investor "
        "asing. Pengelola galeri investasi di {kabn} mengimbau investor ritel tidak panik menjual dan melihat "
        "kinerja emiten dalam jangka panjang.",
    ),
    k.news(
        0,
        "Harga Lada Melonjak, Petani {kec} Panen Untung",
        "Harga lada di tingkat petani Kecamatan {kec}, {kab}, melonjak menjadi Rp[85|92|110|125].000 per "
        "kilogram. Petani yang sempat menelantarkan kebunnya kini [kembali merawat|menambah] tanaman lada. "
        "Pengepul menyebut permintaan ekspor sedang tinggi.",
        pool=("64.02", "64.72", "64.01", "64.09"),
    ),
    k.news(
        0,
        "{pt_tambang} Salurkan CSR Beasiswa dan Air Bersih untuk Desa Lingkar Tambang",
        "{pt_tambang} menyalurkan dana tanggung jawab sosial untuk {n1} desa di Kecamatan {kec}, {kab}. "
        "Bantuan berupa beasiswa bagi {n3} pelajar dan [jaringan pipa air bersih|sumur bor]. Kepala desa "
        "menyebut program disusun bersama warga lewat musyawarah.",
        pool=("64.01", "64.02", "64.03", "64.07", "64.08", "64.72"),
    ),
    k.field(
        0,
        "Penyerahan bantuan CSR perusahaan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di balai {desa}, Kecamatan {kec}, {kab}, "
        "dilaksanakan penyerahan bantuan CSR {pt_sawit} berupa [bibit ikan dan pakan|perbaikan jalan desa] "
        "disaksikan camat. Warga menyambut baik dan tidak ada keluhan. Kegiatan berjalan lancar.",
    ),
    k.sms(
        0,
        "Info koperasi: harga TBS periode ini naik Rp[85|120|150|210]/kg. Pembayaran panen anggota "
        "cair [Jumat|Sabtu] di kantor koperasi {desa}",
    ),
    k.news(
        0,
        "Lahan Bekas Tambang Disulap Jadi Agrowisata",
        "Lahan bekas tambang batu bara di Kecamatan {kec}, {kab}, yang sudah direklamasi kini menjadi "
        "agrowisata buah [naga|melon] dan kolam pemancingan. Pengelola menyebut ratusan pengunjung datang setiap "
        "akhir pekan, dan warga sekitar ikut berjualan.",
        pool=("64.72", "64.02", "64.08", "64.01"),
    ),
    k.news(
        0,
        "Perajin Tenun {kabn} Bertahan di Tengah Gempuran Produk Impor",
        "Perajin tenun di {kabn} tetap bertahan meski pasar digempur kain impor yang jauh lebih murah. Mereka "
        "menyiasatinya dengan [motif baru|penjualan daring] dan kerja sama dengan hotel. Dinas perindustrian "
        "menjanjikan pelatihan desain dan pameran gratis.",
    ),
)
