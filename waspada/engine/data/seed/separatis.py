"""Separatisme: armed separatist attacks in Papua, flags and declarations, online calls for secession."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("separatis", "separatisme", pool="papua")
kal = Kit("separatis", "separatisme")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        3,
        "KKB Tembaki Pos Keamanan di {kabn}",
        "Kelompok kriminal bersenjata menembaki pos keamanan di Distrik {kec}, {kab}, pada {hari} dini hari. "
        "Seorang prajurit terluka dan dievakuasi. Aparat mengejar pelaku yang melarikan diri ke hutan. "
        "Kelompok itu kerap menyerukan pemisahan diri dari Indonesia.",
    ),
    k.news(
        3,
        "Kelompok Separatis Bakar Sekolah dan Kios Warga",
        "Kelompok bersenjata yang menuntut kemerdekaan membakar gedung sekolah dan dua kios milik warga di "
        "Distrik {kec}, {kab}. Guru dan warga mengungsi ke kantor distrik. Aparat gabungan dikerahkan untuk "
        "mengamankan wilayah.",
    ),
    k.news(
        2,
        "Pengibaran Bendera Bintang Kejora, Sejumlah Orang Diamankan",
        "Aparat mengamankan {n1} orang yang mengibarkan bendera Bintang Kejora di Distrik {kec}, {kab}. "
        "Pengibaran dilakukan saat peringatan yang disebut kelompok itu sebagai hari kemerdekaan. Situasi "
        "kemudian kembali normal.",
    ),
    k.news(
        3,
        "Pekerja Jalan Trans Diserang Kelompok Bersenjata",
        "Sejumlah pekerja proyek jalan di Distrik {kec}, {kab}, diserang kelompok bersenjata. {n1} pekerja "
        "tewas dan lainnya melarikan diri. Kelompok separatis mengklaim serangan itu dalam video yang "
        "beredar di media sosial.",
    ),
    k.news(
        1,
        "Aparat Siaga Jelang Tanggal Peringatan Kelompok Separatis",
        "Aparat keamanan di {kab} meningkatkan kesiagaan menjelang tanggal yang biasa diperingati kelompok "
        "separatis. Patroli ditingkatkan di Distrik {kec} dan warga diminta melaporkan pergerakan mencurigakan.",
    ),
    k.news(
        2,
        "Mahasiswa Gelar Aksi Tuntut Referendum",
        "[Puluhan|Ratusan|Sekitar {n2}] mahasiswa menggelar aksi di depan kantor gubernur di {kabn} menuntut "
        "referendum. Aksi "
        "dibubarkan aparat karena tidak mengantongi pemberitahuan. Beberapa atribut bergambar bendera "
        "terlarang disita.",
        pool="luar",
    ),
    k.field(
        3,
        "Kontak tembak dengan kelompok bersenjata",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam} WIT, terjadi kontak tembak antara aparat dan "
        "kelompok separatis bersenjata di Distrik {kec}, {kab}. Satu anggota kelompok tewas dan satu pucuk "
        "senjata api disita. Warga sementara mengungsi ke gereja distrik.",
    ),
    k.field(
        1,
        "Rencana pengibaran bendera separatis",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi rencana pengibaran bendera kelompok separatis di "
        "Distrik {kec}, {kab}, pada peringatan pekan depan. Pesan ajakan beredar di kalangan pemuda. Saran: "
        "penggalangan tokoh gereja dan tokoh adat.",
    ),
    k.field(
        1,
        "Penemuan amunisi dan atribut separatis",
        "Pada hari {hari} tanggal {tgl}, dalam razia di pintu masuk Distrik {kec}, {kab}, petugas menemukan "
        "ratusan butir amunisi dan atribut bergambar bendera separatis di dalam tas penumpang angkutan. "
        "Pemilik tas Sdr. {ini} diamankan.",
    ),
    kal.social(
        1,
        "Sudah saatnya Borneo berdiri sendiri! Kekayaan kita diangkut ke pusat, kita cuma dapat debu. "
        "Merdeka! Sebarkan ke semua saudara di {kabx}",
        prov=True,
    ),
    kal.news(
        1,
        "Akun Media Sosial Serukan Pemisahan Kalimantan, Polisi Telusuri",
        "Polda menelusuri akun media sosial yang mengajak warga {kabn} dan daerah lain memisahkan diri dari "
        "Indonesia. Unggahan berisi peta dan bendera rekaan itu dibagikan ribuan kali. Pengamat meminta warga "
        "tidak ikut menyebarkan.",
    ),
    kal.field(
        1,
        "Penemuan stiker dan selebaran separatis",
        "Pada hari {hari} tanggal {tgl} ditemukan stiker dan selebaran bergambar bendera kelompok separatis "
        "di halte dan tiang listrik di Kecamatan {kec}, {kab}. Selebaran mengajak mendukung referendum. "
        "Barang bukti telah dicopot aparat kelurahan.",
    ),
    kal.wa(
        1,
        "bro nanti malam diskusi di asrama, temanya hak menentukan nasib sendiri. bawa bendera ya, kita "
        "foto bareng. jangan sampai ketahuan intel {kabx}",
    ),
    k.wa(
        3,
        "kabar dari kampung, {kec} diserang lagi semalam, rumah guru dibakar, ada yg tertembak. warga lari ke hutan",
    ),
    k.social(
        1,
        "Tanah ini bukan milik penjajah! Angkat senjata, usir mereka dari {kabn}! Merdeka atau mati",
        prov=True,
    ),
    k.sms(
        1,
        "Info: kelompok bersenjata terlihat turun ke kampung dekat Distrik {kec}, warga takut keluar rumah",
    ),
    kal.news(
        2,
        "Diskusi Bertema Kemerdekaan Wilayah Dibubarkan di Kampus",
        "Sebuah diskusi bertema hak penentuan nasib sendiri di sebuah kampus di {kabn} dibubarkan aparat "
        "kampus dan kepolisian. Panitia memprotes pembubaran, sementara sekelompok ormas sempat berkumpul di "
        "gerbang kampus menolak kegiatan itu.",
    ),
    k.news(
        3,
        "Pesawat Perintis Ditembaki Saat Mendarat",
        "Pesawat perintis yang membawa bahan makanan ditembaki kelompok bersenjata saat mendarat di lapangan "
        "terbang Distrik {kec}, {kab}. Pilot selamat namun badan pesawat berlubang. Penerbangan ke daerah itu "
        "dihentikan sementara.",
    ),
    kal.sms(
        1,
        "pak ada grup WA di {kec} yang isinya ajakan gabung gerakan kemerdekaan kalimantan, anggotanya sdh ratusan",
    ),
    k.social(
        2,
        "Hari ini rakyat turun ke jalan di {kabn}, kibarkan bendera kami, tuntut referendum! Jangan takut!",
        prov=True,
    ),
)
