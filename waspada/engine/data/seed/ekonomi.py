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
)
