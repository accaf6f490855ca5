"""Negatives from daily life: accidents and disasters handled without conflict (hard), and ordinary news,
notices and chats (plain)."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

h = Kit("umum", "lainnya", hard_negative=True, count=5)
p = Kit("umum", "lainnya", count=5)

TEMPLATES: tuple[Template, ...] = (
    h.news(
        0,
        "Truk Batu Bara Terguling di {jl}, Sopir Selamat",
        "Sebuah truk pengangkut batu bara terguling di {jl}, Kecamatan {kec}, {kab}, setelah rem blong di "
        "turunan. Sopir berinisial {ini} selamat dengan luka ringan. Arus lalu lintas sempat tersendat "
        "dua jam.",
    ),
    h.news(
        0,
        "Tabrakan Beruntun di Jalan Poros, Tiga Orang Luka",
        "Tabrakan beruntun melibatkan tiga kendaraan terjadi di jalan poros Kecamatan {kec}, {kabn}. Tiga "
        "orang luka dan dilarikan ke rumah sakit. Polisi menduga salah satu pengemudi mengantuk.",
    ),
    h.news(
        0,
        "Banjir Rendam {n3} Rumah, Relawan Bagikan Makanan",
        "Banjir setinggi lutut orang dewasa merendam {n3} rumah di Kecamatan {kec}, {kab}. BPBD mendirikan "
        "dapur umum dan relawan membagikan makanan. Warga bergotong royong memindahkan barang ke tempat tinggi.",
    ),
    h.news(
        0,
        "Kebakaran Hanguskan Lima Rumah, Diduga Korsleting Listrik",
        "Api menghanguskan lima rumah kayu di {desa}, Kecamatan {kec}. Petugas pemadam menduga api berasal dari "
        "korsleting listrik. Tidak ada korban jiwa, warga korban ditampung di rumah kerabat.",
    ),
    h.news(
        0,
        "Speedboat Tabrak Kayu Hanyut, Penumpang Dievakuasi",
        "Speedboat reguler tujuan Kecamatan {kec}, {kab}, menabrak kayu hanyut di sungai. Seluruh {n2} "
        "penumpang berhasil dievakuasi tim SAR gabungan dengan selamat.",
        pool=("64.11", "64.07", "64.02", "64.03"),
    ),
    h.news(
        0,
        "Karhutla di {kec} Berhasil Dipadamkan",
        "Kebakaran lahan seluas {ha} hektare di Kecamatan {kec}, {kabn}, berhasil dipadamkan setelah dua hari. "
        "Manggala Agni dibantu warga menyemprotkan air dari sumur bor. Asap tipis masih terlihat di beberapa "
        "titik.",
    ),
    h.news(
        0,
        "Longsor Tutup Jalan Desa, Alat Berat Dikerahkan",
        "Longsor menutup jalan penghubung {desa} dan {desa2}, Kecamatan {kec}, setelah hujan deras semalaman. "
        "Dinas pekerjaan umum mengerahkan ekskavator dan jalan bisa dilalui kembali sore harinya.",
    ),
    h.news(
        0,
        "Ledakan Tabung Gas di Rumah Makan, Pemilik Luka Bakar",
        "Tabung gas di sebuah rumah makan di {jl}, {kabn}, meledak saat pemilik memasak. Pemilik mengalami luka "
        "bakar ringan. Polisi memastikan ledakan murni kecelakaan akibat selang bocor.",
    ),
    h.field(
        0,
        "Kecelakaan lalu lintas",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam} WITA, di {jl}, Kecamatan {kec}, {kab}, terjadi "
        "kecelakaan antara sepeda motor dan mobil pikap. Pengendara motor Sdr. {ini} ({umur}) luka patah kaki. "
        "Kedua pihak sepakat berdamai secara kekeluargaan.",
    ),
    h.field(
        0,
        "Penanganan banjir",
        "Pada hari {hari} tanggal {tgl}, banjir melanda {desa}, Kecamatan {kec}, {kab}, dengan ketinggian "
        "air 50 sampai 80 cm. {n2} KK mengungsi ke masjid dan sekolah. Bantuan dari BPBD dan relawan telah "
        "tersalurkan. Situasi aman, warga saling membantu.",
    ),
    h.wa(
        0,
        "hati2 yg lewat {jl} {kabx}, ada truk mogok melintang, macet parah. cari jalan lain dulu",
    ),
    h.wa(
        0,
        "info posko banjir {kec}: butuh selimut, popok bayi, sama air mineral. yg mau nyumbang bisa antar ke "
        "masjid {desa}",
    ),
    h.social(
        0,
        "Ya Allah kebakaran di {desa} {kec} besar banget apinya 😭 semoga gak ada korban. Damkar sudah datang",
    ),
    h.sms(
        0,
        "Lapor, pohon tumbang menimpa kabel listrik di {jl} {kec}, jalan tertutup. mohon dibantu",
    ),
    h.news(
        0,
        "Gempa Kecil Guncang Pesisir, Warga Sempat Berhamburan",
        "Gempa bermagnitudo kecil mengguncang pesisir {kab}. Warga Kecamatan {kec} sempat berhamburan keluar "
        "rumah, namun tidak ada kerusakan berarti. BMKG memastikan gempa tidak berpotensi tsunami.",
        pool=("64.03", "64.08", "64.74"),
    ),
    p.news(
        0,
        "Posyandu Serentak Sasar Balita di {kec}",
        "Dinas kesehatan {kab} menggelar posyandu serentak di seluruh desa Kecamatan {kec}. Kader memeriksa "
        "tumbuh kembang balita dan membagikan makanan tambahan bergizi.",
    ),
    p.news(
        0,
        "Jembatan Baru Hubungkan {desa} dan Pusat Kecamatan",
        "Jembatan beton sepanjang {n2} meter yang menghubungkan {desa} dengan pusat Kecamatan {kec} mulai "
        "dilalui kendaraan. Warga tidak lagi harus menyeberang dengan perahu ketinting.",
    ),
    p.news(
        0,
        "Perpustakaan Keliling Sambangi Sekolah Pedalaman",
        "Mobil perpustakaan keliling dinas perpustakaan {kab} menyambangi sekolah-sekolah di Kecamatan {kec}. "
        "Anak-anak antusias membaca buku cerita dan mengikuti lomba mewarnai.",
    ),
    p.news(
        0,
        "Panen Raya Padi Sawah di {kec}",
        "Petani di Kecamatan {kec}, {kab}, memulai panen raya padi sawah. Produktivitas mencapai {n1} ton per "
        "hektare berkat irigasi baru dan benih unggul.",
    ),
    p.news(
        0,
        "Wisata Pantai dan Pulau Ramai Dikunjungi Saat Libur Panjang",
        "Objek wisata bahari di {kabn} ramai dikunjungi saat libur panjang. Pengelola mencatat {n4} pengunjung "
        "dalam tiga hari, sebagian besar dari luar daerah.",
        pool=("64.03", "64.74", "64.71", "64.08"),
    ),
    p.news(
        0,
        "Vaksinasi Hewan Ternak Digelar Gratis",
        "Dinas peternakan {kab} menggelar vaksinasi gratis bagi sapi dan kambing di Kecamatan {kec}. Petugas "
        "juga memberi penyuluhan soal pakan dan kebersihan kandang.",
    ),
    p.field(
        0,
        "Situasi wilayah",
        "Pada hari {hari} tanggal {tgl}, situasi di Kecamatan {kec}, {kab}, aman dan kondusif. Aktivitas warga "
        "berjalan normal, pasar ramai, dan kegiatan belajar mengajar berlangsung seperti biasa.",
    ),
    p.field(
        0,
        "Kegiatan gotong royong",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, warga {desa}, Kecamatan {kec}, "
        "bergotong royong membersihkan saluran air dan memperbaiki jalan setapak bersama Babinsa. Kegiatan "
        "diikuti sekitar {n2} orang.",
    ),
    p.wa(
        0,
        "bun besok jemput anak jam 11 ya, sekolah pulang cepat krn guru rapat. jgn lupa bawa bekal buat "
        "les sore di {kec}",
    ),
    p.wa(
        0,
        "assalamualaikum ibu2 arisan RT {n1} {desa}, minggu ini di rumah bu {ini}. bawa kue masing2 ya",
    ),
    p.wa(
        0,
        "jual motor bekas mulus, pajak hidup, lokasi {kec} {kabx}. harga nego, minat japri",
    ),
    p.social(
        0,
        "Sunset di tepian sungai {kabx} sore ini cakep banget. Ngopi sambil lihat kapal lewat, nikmat mana "
        "lagi yg kau dustakan",
    ),
    p.social(
        0,
        "Rekomendasi kuliner {kabx} dong, pengen nyoba nasi kuning sama soto banjar yg enak di sekitar {kec}",
    ),
    p.sms(
        0,
        "Yth pelanggan, pemeliharaan jaringan listrik di {kec} Sabtu pkl 09.00-12.00. Mohon maaf atas ketidaknyamanan",
    ),
    p.sms(
        0,
        "Pak, bibit ikan nila pesanan kelompok tani {desa} sudah datang, bisa diambil besok pagi di kantor desa",
    ),
    p.news(
        0,
        "Sekolah Terapung Bantu Anak Nelayan Belajar",
        "Sebuah kapal yang disulap menjadi ruang kelas mulai melayani anak-anak nelayan di pesisir Kecamatan "
        "{kec}, {kab}. Relawan guru mengajar membaca dan berhitung setiap sore.",
        pool=("64.03", "64.08", "64.74", "64.09", "64.02"),
    ),
    p.news(
        0,
        "Kasus DBD Menurun Setelah Gerakan Satu Rumah Satu Jumantik",
        "Dinas kesehatan {kabn} mencatat kasus demam berdarah turun {persen} persen setelah gerakan satu "
        "rumah satu jumantik digalakkan di Kecamatan {kec}.",
    ),
    h.field(
        0,
        "Pemantauan malam pergantian tahun",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, pemantauan di pusat keramaian {kab} "
        "menunjukkan perayaan pergantian tahun berjalan meriah. Tidak ada bentrok, tidak ada balap liar, "
        "dan pesta kembang api selesai tepat waktu. Situasi aman dan kondusif.",
    ),
    h.news(
        0,
        "Mobil Mogok di Tanjakan, Arus Kendaraan Tersendat",
        "Sebuah mobil pikap mogok di tanjakan jalan poros Kecamatan {kec}, {kab}. Arus kendaraan sempat "
        "tersendat hampir satu jam sebelum warga membantu mendorong mobil ke bahu jalan.",
    ),
    h.news(
        0,
        "Rumah Warga di {desa} Terbakar, Diduga dari Obat Nyamuk",
        "Satu rumah panggung di {desa}, Kecamatan {kec}, hangus terbakar pada dini hari. Petugas pemadam "
        "kebakaran menduga api berasal dari obat nyamuk bakar. Penghuni selamat, kerugian ditaksir Rp{juta} juta.",
    ),
    h.wa(
        0,
        "info pohon tumbang nutup jalan di {jl} {kabx}, lg dipotong petugas BPBD. yg mau lewat sabar dulu ya",
    ),
    h.news(
        0,
        "Gudang Toko Bangunan Terbakar, Petugas Lima Jam Jinakkan Api",
        "Api melalap gudang sebuah toko bangunan di {jl}, Kecamatan {kec}, {kabn}. Sebanyak {n1} unit pemadam "
        "dikerahkan dan butuh lima jam untuk menjinakkan api yang [menyambar cat dan tiner|membesar karena "
        "tumpukan kayu]. Polisi menduga kebakaran dipicu arus pendek listrik.",
    ),
    h.field(
        0,
        "Evakuasi warga terdampak banjir",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam} WITA, BPBD {kab} mengevakuasi {n2} warga, sebagian "
        "lansia dan balita, dari {desa}, Kecamatan {kec}, menggunakan [perahu karet|perahu motor] setelah "
        "sungai meluap. Warga ditampung di sekolah. Tidak ada korban jiwa.",
    ),
    h.wa(
        0,
        "sorry telat bos, mobil mogok di tanjakan {jl} {kabx}, [aki soak|radiator panas]. lg nunggu montir, "
        "kalian mulai aja duluan",
    ),
    h.news(
        0,
        "Angin Kencang Tumbangkan Pohon, Atap Sekolah di {kec} Rusak",
        "Angin kencang disertai hujan deras menumbangkan [dua|tiga] pohon besar di Kecamatan {kec}, {kab}. "
        "Salah satunya menimpa atap ruang kelas sekolah dasar. Kegiatan belajar dipindahkan sementara ke "
        "musala, dan warga bergotong royong memotong batang pohon.",
    ),
    h.news(
        0,
        "Serangan Tikus Ancam Panen, Petani {kec} Gelar Gropyokan",
        "Serangan hama tikus merusak puluhan hektare sawah di Kecamatan {kec}, {kab}. Petani bersama penyuluh "
        "menggelar gropyokan, [menyerbu sarang|membongkar liang] tikus di pematang dan memasang umpan. Dinas "
        "pertanian juga membagikan bibit pengganti bagi petani yang gagal panen.",
    ),
    h.social(
        0,
        "Innalillahi, pak {ini} tetangga kami di {desa} meninggal kena serangan jantung pas [main badminton|senam "
        "pagi] tadi. Orangnya baik sekali, mohon doanya 🤲",
    ),
    h.news(
        0,
        "Khatib Jumat: Jihad Terbesar adalah Melawan Hawa Nafsu",
        "Ribuan jemaah memadati masjid agung {kabn} untuk salat Jumat. Khatib mengingatkan bahwa jihad yang "
        "paling berat adalah [memerangi hawa nafsu|melawan hawa nafsu], termasuk rasa malas, serakah, dan "
        "benci kepada sesama. Ia mengajak jemaah menjaga lisan di media sosial.",
    ),
    h.sms(
        0,
        "Info BPBD: debit sungai di {kec} naik, warga bantaran diimbau siaga dan amankan dokumen penting. "
        "Posko di kantor desa {desa}",
    ),
    h.news(
        0,
        "Warga {desa} Diserang Buaya Saat Mandi di Sungai",
        "Seorang warga {desa}, Kecamatan {kec}, {kab}, diserang buaya saat mandi di sungai [pada sore hari|"
        "menjelang magrib]. Korban selamat dengan luka gigitan di kaki setelah warga lain memukul air. BKSDA "
        "memasang papan peringatan di tepian sungai.",
        pool=("64.02", "64.03", "64.08", "64.07", "64.09"),
    ),
)
