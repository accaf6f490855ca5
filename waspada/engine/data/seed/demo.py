"""Unjuk rasa: students, residents, drivers and traders demonstrating about policy and services."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("demo", "unjuk_rasa")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        2,
        "Mahasiswa Demo di DPRD, Tolak Kenaikan Tarif",
        "{dl} – Ratusan mahasiswa yang tergabung dalam {aliansi} berunjuk rasa di depan gedung DPRD {kab}, "
        "{hari} ({tgls}). Mereka menolak kenaikan tarif [air PDAM|parkir|retribusi pasar] dan menuntut "
        "pertemuan langsung dengan pimpinan dewan. Aksi berlangsung hingga sore dengan pengawalan polisi.",
    ),
    k.news(
        3,
        "Demo di Kantor {Kepala} Ricuh, Polisi dan Mahasiswa Terluka",
        "Aksi unjuk rasa di depan kantor {kepala} {kabn} berakhir ricuh ketika massa mencoba menerobos barikade. "
        "Lemparan batu dan botol dibalas semprotan air. {n1} mahasiswa dan {n1} polisi dilaporkan luka. "
        "Beberapa pot bunga dan pagar rusak.",
    ),
    k.news(
        2,
        "Warga {kec} Unjuk Rasa Tuntut Perbaikan Jalan Rusak",
        "Warga Kecamatan {kec}, {kab}, menanam pohon pisang di tengah jalan berlubang sebagai bentuk protes. "
        "Mereka lalu berjalan kaki ke kantor camat menuntut perbaikan jalan yang rusak bertahun-tahun. Camat "
        "berjanji meneruskan tuntutan ke dinas pekerjaan umum.",
    ),
    k.news(
        1,
        "Polisi Siagakan Personel Jelang Demo Besar",
        "Polres setempat menyiagakan ratusan personel menjelang aksi besar yang direncanakan {aliansi} di "
        "{kabn}. Aksi diperkirakan diikuti ribuan orang dari berbagai kampus. Kapolres mengimbau peserta aksi "
        "menyampaikan pendapat secara damai dan tidak mudah diprovokasi.",
    ),
    k.news(
        2,
        "Pedagang Pasar Demo Tolak Relokasi",
        "Ratusan pedagang pasar di Kecamatan {kec}, {kabn}, menggeruduk kantor dinas perdagangan. Mereka "
        "menolak rencana relokasi ke pasar baru yang dinilai sepi pembeli. Pedagang menutup lapak sehari "
        "penuh sebagai bentuk protes.",
    ),
    k.news(
        2,
        "Ojek Daring Konvoi ke Kantor Wali Kota",
        "Ratusan pengemudi ojek daring melakukan konvoi dan unjuk rasa di depan kantor wali kota {kabn}. "
        "Mereka memprotes tarif yang dinilai terlalu rendah dan maraknya penangkapan di titik jemput. Arus "
        "lalu lintas di {jl} sempat tersendat.",
        pool=("64.71", "64.72", "64.74"),
    ),
    k.news(
        3,
        "Aksi Tolak Kebijakan Berujung Pembakaran Ban dan Perusakan Pos",
        "Unjuk rasa menolak kebijakan pemerintah pusat di {kabn} berubah anarkis menjelang malam. Massa "
        "membakar ban, merusak pos polisi lalu lintas, dan melempari aparat. Polisi menangkap {n2} orang "
        "yang diduga provokator.",
    ),
    k.news(
        1,
        "Mahasiswa Ancam Demo Lanjutan Jika Tuntutan Diabaikan",
        "{aliansi} memberi waktu tujuh hari kepada DPRD {kab} untuk menjawab tuntutan mereka soal anggaran "
        "pendidikan. Koordinator aksi menyatakan massa yang lebih besar akan turun bila tuntutan diabaikan.",
    ),
    k.news(
        2,
        "Warga Duduki Kantor PLN, Protes Pemadaman Bergilir",
        "Puluhan warga Kecamatan {kec} menduduki kantor layanan listrik di {kabn} memprotes pemadaman bergilir "
        "yang terjadi hampir setiap malam. Mereka menyebut usaha kecil merugi dan meminta kompensasi.",
    ),
    k.field(
        2,
        "Aksi unjuk rasa mahasiswa",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, bertempat di depan gedung DPRD {kab}, "
        "telah berlangsung unjuk rasa {aliansi} dengan jumlah massa sekitar {n3} orang. Tuntutan: menolak "
        "kenaikan harga BBM. Korlap Sdr. {ini}. Aksi diwarnai aksi dorong namun dapat dikendalikan. Massa "
        "membubarkan diri pukul 17.30 WITA.",
    ),
    k.field(
        1,
        "Rencana aksi unjuk rasa",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi rencana unjuk rasa {aliansi} di depan kantor "
        "{kepala} {kabn} pada hari Senin mendatang, dengan tuntutan transparansi dana desa. Estimasi massa "
        "{n3} orang. Saran: pengamanan terbuka dan tertutup serta penyiapan ruang dialog.",
    ),
    k.field(
        3,
        "Kericuhan dalam aksi unjuk rasa",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, aksi unjuk rasa di simpang {jl}, "
        "{kab}, berubah ricuh. Massa melempar batu ke arah petugas, {n1} personel luka ringan dan satu "
        "kendaraan dinas rusak. {n1} orang diamankan.",
    ),
    k.field(
        2,
        "Aksi damai warga di kantor kecamatan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, bertempat di kantor camat {kec}, {kab}, "
        "sekitar {n2} warga menggelar aksi damai menuntut penyaluran air bersih. Aksi dikawal kapolsek. "
        "Tidak terjadi gangguan kamtibmas.",
    ),
    k.wa(
        2,
        "Info aksi: besok {hari} jam 9 kumpul di kampus, long march ke DPRD {kabx}. pakai almamater, "
        "bawa air minum. tetap damai kawan2, jgn terpancing",
    ),
    k.wa(
        3,
        "demo di depan kantor {kepala} {kabx} rusuh bro, gas air mata di mana2. yg di sekitar {jl} hindari dulu",
    ),
    k.wa(
        1,
        "dengar2 ada massa bayaran mau nyusup di demo besok, tujuannya bikin rusuh. hati2 kawan2 mahasiswa {kabx}",
    ),
    k.social(
        2,
        "Hari ini ribuan mahasiswa {kabx} turun ke jalan. Suara rakyat jangan dibungkam! #TolakKenaikanBBM "
        "#{kabx}Bergerak",
    ),
    k.social(
        1,
        "Besok kita kepung kantor DPRD {kabx}! Kalau wakil rakyat gak mau keluar, kita yang masuk!! Bawa semua kawan",
        prov=True,
    ),
    k.sms(
        2,
        "Lapor, warga {kec} blokir jalan poros pakai kayu, protes jalan rusak. antrean kendaraan panjang",
    ),
    k.sms(
        3,
        "pak massa demo lempar batu ke kantor dprd {kabx}, kaca pecah, ada yg luka. mohon bantuan",
    ),
    k.news(
        2,
        "Guru Honorer Unjuk Rasa Tuntut Kejelasan Status",
        "Ratusan guru honorer dari berbagai kecamatan di {kab} berunjuk rasa di halaman kantor {kepala}. Mereka "
        "menuntut kejelasan pengangkatan menjadi pegawai dan pembayaran insentif yang tertunda [dua|empat|enam] "
        "bulan.",
    ),
    k.news(
        1,
        "Aksi Lanjutan Nelayan Dibatalkan Setelah Dialog",
        "Rencana aksi lanjutan nelayan di {kec}, {kabn}, dibatalkan setelah pemerintah daerah menggelar dialog "
        "dan berjanji meninjau aturan zona tangkap. Meski begitu, perwakilan nelayan menyatakan siap turun "
        "lagi jika janji diingkari.",
    ),
    k.social(
        2,
        "Warga {desa} {kec} masih bertahan di depan kantor desa, nuntut kades transparan soal bantuan. "
        "Sudah dari pagi, belum ada yg keluar menemui kami",
    ),
    k.field(
        2,
        "Aksi penolakan penggusuran pedagang",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, sekitar {n2} pedagang dan warga "
        "berunjuk rasa di depan kantor {pemda} {kabn} menolak penggusuran lapak di {jl}. Massa sempat "
        "berorasi keras namun tidak ada bentrok dengan petugas. Perwakilan diterima asisten pemerintahan.",
    ),
)
