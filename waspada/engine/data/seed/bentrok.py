"""Bentrok antarkelompok: villages, youth gangs, ormas, supporters, ethnic or family groups."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("bentrok", "bentrok_antarkelompok")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        3,
        "Bentrok Pemuda Dua Desa di {kec}, Satu Orang Tewas",
        "{dl} – Bentrokan antara pemuda {desa} dan {desa2}, Kecamatan {kec}, {kab}, menewaskan seorang pemuda "
        "berinisial {ini} ({umur}) akibat luka tusuk. Bentrokan bermula dari keributan di acara hiburan malam. "
        "Polisi menyiagakan personel di perbatasan kedua desa untuk mencegah serangan balasan.",
    ),
    k.news(
        3,
        "Dua Ormas Bentrok di {jl}, Sejumlah Kendaraan Dirusak",
        "Bentrokan antara anggota {ormas} dan kelompok ormas lain pecah di {jl}, {kabn}. Kedua kelompok saling "
        "lempar batu dan menggunakan senjata tajam. {n1} orang luka dan beberapa sepeda motor dirusak. Polisi "
        "menangkap {n2} orang.",
    ),
    k.news(
        3,
        "Tawuran Remaja Pecah di Pinggir Sungai, Dua Pelajar Luka",
        "Tawuran antarkelompok remaja terjadi di tepi sungai di Kecamatan {kec}, {kabn}, {hari} sore. Dua "
        "pelajar luka terkena senjata tajam. Polisi menyita celurit dan ketapel dan memanggil orang tua para "
        "remaja yang diamankan.",
    ),
    k.news(
        1,
        "Ketegangan Antarwarga Mereda Setelah Tokoh Adat Bertemu",
        "Ketegangan antara warga {desa} dan {desa2} di Kecamatan {kec} mereda setelah tokoh adat dan tokoh "
        "agama kedua desa bertemu di kantor camat. Sebelumnya kedua kelompok sempat saling ancam setelah "
        "perkelahian pemuda pekan lalu. Polisi tetap berjaga.",
    ),
    k.news(
        2,
        "Warga Dua Kampung Saling Hadang di Jembatan",
        "Ratusan warga dua kampung di Kecamatan {kec}, {kab}, saling hadang di jembatan penghubung setelah "
        "beredar kabar seorang warga dipukuli. Aparat berdiri di tengah jembatan memisahkan massa. Tidak ada "
        "korban, namun akses jalan ditutup beberapa jam.",
    ),
    k.news(
        1,
        "Bentrok Susulan Berhasil Dicegah, Aparat Sekat Perbatasan Desa",
        "Aparat gabungan berhasil mencegah bentrok susulan antara kelompok pemuda {desa} dan {desa2}. Massa "
        "yang membawa senjata tajam dihalau di pos sekat. Kapolsek {kec} meminta warga tidak terprovokasi "
        "pesan berantai.",
    ),
    k.news(
        3,
        "Bentrok Antarkelompok Pekerja Tambang, Barak Dibakar",
        "Bentrokan antara dua kelompok pekerja di sebuah lokasi tambang di Kecamatan {kec}, {kab}, berujung "
        "pembakaran barak. Sedikitnya {n1} pekerja dirawat. Pemicu diduga dendam lama antarkelompok daerah "
        "asal. Polisi mengevakuasi pekerja ke kantor polsek.",
    ),
    k.news(
        3,
        "Suporter Bentrok Usai Laga Antar-Kecamatan",
        "Usai laga final turnamen antar-kecamatan di {kabn}, suporter dua kecamatan bentrok di luar stadion. "
        "Aksi lempar batu melukai {n1} orang dan merusak kaca sejumlah mobil. Panitia menghentikan sisa "
        "rangkaian turnamen.",
    ),
    k.news(
        2,
        "Massa Kelompok Keluarga Datangi Rumah Terduga Pelaku",
        "Puluhan orang dari keluarga korban penganiayaan mendatangi rumah terduga pelaku di {desa}, Kecamatan "
        "{kec}. Mereka menuntut pelaku diserahkan. Polisi mengevakuasi keluarga terduga pelaku ke polsek untuk "
        "mencegah amuk massa.",
    ),
    k.field(
        3,
        "Bentrokan antarkelompok pemuda",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, bertempat di lapangan {desa}, Kecamatan "
        "{kec}, {kab}, terjadi bentrokan antara kelompok pemuda {desa} dan {desa2}. Akibatnya {n1} orang luka "
        "senjata tajam dan satu rumah rusak. Situasi dapat dikendalikan aparat gabungan.",
    ),
    k.field(
        1,
        "Potensi bentrok susulan",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi bahwa kelompok pemuda {desa2} berkumpul di rumah "
        "Sdr. {ini} dan merencanakan serangan balasan ke {desa}, Kecamatan {kec}. Sebagian membawa senjata "
        "tajam. Saran: penyekatan dan penggalangan tokoh kedua desa malam ini juga.",
    ),
    k.field(
        2,
        "Pengerahan massa antarkelompok",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam} WITA, sekitar {n3} orang dari dua kelompok "
        "berkumpul berhadapan di {jl}, {kab}, terkait perselisihan penguasaan lahan parkir. Aparat memisahkan "
        "kedua kelompok. Tidak ada korban.",
    ),
    k.field(
        1,
        "Pertemuan perdamaian pascabentrok",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di kantor camat {kec}, {kab}, "
        "dilaksanakan pertemuan perdamaian antara perwakilan warga {desa} dan {desa2} pascabentrok. Kedua "
        "pihak sepakat menahan diri, namun sebagian pemuda belum menerima. Situasi kondusif tetapi rawan.",
    ),
    k.wa(
        3,
        "woy ada tawuran di dekat pasar {kec}, anak2 {desa} sama {desa2}, ada yg kena sajam. jgn lewat situ dulu",
    ),
    k.wa(
        1,
        "kumpul semua malam ini di pos ronda {desa}, mereka sdh berani masuk kampung kita. siapkan apa yg ada, kita "
        "bales!!",
        prov=True,
    ),
    k.wa(
        2,
        "massa dr kampung sebelah udah ngumpul di jembatan {desa}, ratusan org. kami di sini jg udah "
        "siap. polisi baru 2 org",
    ),
    k.wa(
        1,
        "td ada yg lempar rumah warga pakai batu, katanya dr {desa2}. pemuda kita udah panas, kalau "
        "gak ditahan bisa perang kampung ini",
    ),
    k.social(
        3,
        "Ngeri, video bentrok warga di {kec} {kabx} tadi malam, rumah dibakar, orang2 bawa parang. Semoga cepat damai",
    ),
    k.social(
        1,
        "Jangan biarkan harga diri kampung {desa} diinjak2. Yg mukul adik kita harus dibalas, darah dibayar darah!",
        prov=True,
    ),
    k.sms(
        3,
        "pak tlg, bentrok di {desa}, 2 org luka parah, massa msh saling serang",
    ),
    k.sms(
        2,
        "Lapor, dua kelompok pemuda berhadapan di simpang {kec}, bawa kayu dan batu, blm ada bentrok",
    ),
    k.news(
        1,
        "Polisi Sita Puluhan Senjata Tajam dari Pemuda yang Hendak Menyerang",
        "Razia di pintu masuk {desa}, Kecamatan {kec}, menggagalkan rencana penyerangan sekelompok pemuda ke "
        "kampung tetangga. Polisi menyita {n2} senjata tajam dan bom molotov. Mereka diduga hendak membalas "
        "pengeroyokan terhadap rekannya.",
    ),
    k.news(
        3,
        "Bentrok Antar-Keluarga Besar Berlanjut, Rumah Warga Dibakar",
        "Konflik antar-dua keluarga besar di {desa}, Kecamatan {kec}, kembali pecah. Sebuah rumah dibakar dan "
        "{n1} orang luka. Bentrokan dipicu dendam atas perkelahian bulan lalu. {Pemda} dan tokoh adat "
        "menyiapkan prosesi damai adat.",
        domain="budaya",
    ),
    k.news(
        2,
        "Dua Kelompok Sopir Berebut Pangkalan, Terminal Sempat Lumpuh",
        "Dua kelompok sopir angkutan berselisih memperebutkan pangkalan penumpang di terminal {kabn}. Aksi "
        "saling hadang membuat terminal lumpuh [dua|tiga] jam. Dinas perhubungan menengahi dan membagi "
        "jadwal.",
    ),
    k.news(
        1,
        "Massa Dua Kampung Sempat Berhadapan, Tidak Ada Bentrok",
        "Ratusan warga {desa} dan {desa2}, Kecamatan {kec}, sempat berhadapan di batas kampung setelah beredar "
        "kabar seorang pemuda dikeroyok. Tidak ada bentrok karena aparat dan tokoh adat cepat berdiri di "
        "tengah massa. Kabar pengeroyokan itu belakangan diketahui hanya perkelahian dua orang yang sudah "
        "berdamai.",
    ),
    k.wa(
        1,
        "mohon warga {desa} tetap tenang, jgn terpancing isu di grup. masalah [kemarin|semalam] sdh "
        "ditangani polisi dan keluarga kedua pihak sdh ketemu. jangan ada yg bawa sajam keluar rumah",
    ),
    k.news(
        3,
        "Dua Kelompok Warga Perang Batu di {kec}, Empat Rumah Rusak",
        "Dua kelompok warga {desa} dan {desa2}, Kecamatan {kec}, {kab}, terlibat perang batu hingga dini hari. "
        "Empat rumah rusak dan dua warga terluka di kepala. Polisi dan TNI berjaga di perbatasan kedua kampung.",
    ),
    k.news(
        3,
        "Kalah di Final, Suporter Serbu Kampung Tim Lawan",
        "Usai final turnamen sepak bola antar-kampung di {kec}, {kab}, puluhan suporter tim yang kalah "
        "menyerbu kampung tim lawan dan melempari rumah warga. Tiga orang luka dan satu motor dibakar.",
    ),
    k.news(
        3,
        "Nobar Berujung Bentrok, Dua Kelompok Suporter Saling Lempar Kursi",
        "Acara nonton bareng laga [final|semifinal] di sebuah kafe di {jl}, {kabn}, berujung bentrok antara "
        "dua kelompok pendukung. Ejekan usai gol penyama berubah menjadi saling lempar kursi dan botol. "
        "Sebanyak {n1} orang luka di kepala dan kafe rusak. Polisi mengamankan [beberapa|sejumlah] orang dan "
        "membubarkan kerumunan.",
    ),
    k.field(
        1,
        "Laporan ketegangan antarwarga dalam rapat Tim Terpadu",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, dalam rapat Tim Terpadu Penanganan "
        "Konflik Sosial di Kesbangpol {kab}, Camat {kec} melaporkan ketegangan antara pemuda {desa} dan "
        "{desa2}. Kedua kelompok saling ancam di media sosial dan [terpantau mengumpulkan senjata tajam|"
        "berencana saling serang usai pesta panen]. Rapat menyarankan penyekatan dan pertemuan tokoh segera.",
    ),
    k.wa(
        3,
        "konser dangdut di lapangan {desa} bubar, pemuda {desa} sm {desa2} baku lempar kursi, ada yg "
        "[kena botol di kepala|ditikam di perut]. polisi br datang, jgn ada yg ke sana dulu",
    ),
)
