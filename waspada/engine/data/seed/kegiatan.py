"""Public events and the conflict that sometimes breaks out at them.

Hard negatives: anniversaries, national and religious days, adat rites (ngayau played as history, beliatn,
nutuk beham, baayun maulid), police and army ceremonies; sport and games; prevention work (Kominda, FKUB,
Tim Terpadu, early-warning training, cyber patrol, deradicalisation, cooling system); investment, exports
and market talk. A few templates set in the same events carry real conflict, so that the setting alone
never decides.
"""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template
from waspada.engine.data.seed.slots import MINING, PLANTATION, UPRIVER, URBAN

# Where Banjar, Balinese-transmigrant and Kutai customs are kept.
BANJAR: tuple[str, ...] = ("64.72", "64.01", "64.09", "64.71", "64.02")
BALI: tuple[str, ...] = ("64.02", "64.09", "64.08", "64.01", "64.03")
KUTAI: tuple[str, ...] = ("64.02", "64.08")
PORT: tuple[str, ...] = ("64.71", "64.74", "64.08", "64.03")
# Kabupaten only: village anniversaries, antardesa tournaments, adat land.
KAB: tuple[str, ...] = ("64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11")

h = Kit("kegiatan", "lainnya", hard_negative=True, count=4)
bt = Kit("kegiatan", "bentrok_antarkelompok")
lh = Kit("kegiatan", "sengketa_lahan")
rd = Kit("kegiatan", "radikalisme")
sr = Kit("kegiatan", "sara_intoleransi")
bu = Kit("kegiatan", "buruh")
pj = Kit("kegiatan", "pemilu_jabatan")

HARD: tuple[Template, ...] = (
    # --- ceremonies, holy days and adat rites -----------------------------------------------------
    h.news(
        0,
        "Gunungan Hasil Bumi Ludes Diserbu Warga di Puncak Hari Jadi {kabn}",
        "{dl} – Puncak peringatan hari jadi ke-{n2} {kab} ditutup dengan tradisi rebutan gunungan hasil bumi "
        "di halaman kantor {kepala}. Begitu doa selesai dibacakan, ratusan warga menyerbu [dua|tiga|lima] "
        "gunungan berisi sayur, buah, dan kue tradisional hingga ludes dalam [hitungan menit|lima menit]. "
        "Pagi harinya DPRD menggelar rapat paripurna istimewa dan {kepala} membacakan capaian pembangunan "
        "setahun terakhir.",
    ),
    h.news(
        0,
        "Hari Bhayangkara, Anak-Anak Antre Coba Rompi Antipeluru dan Robot Penjinak Bom",
        "Peringatan Hari Bhayangkara di Mapolres {kabn} tidak hanya diisi upacara. Polisi membuka pameran "
        "peralatan: kendaraan taktis, robot penjinak bom, [anjing pelacak|satwa K9], dan rompi antipeluru yang "
        "boleh dicoba pengunjung. Kapolres juga menyerahkan penghargaan kepada {n1} warga yang dinilai berjasa "
        "membantu tugas kepolisian, lalu acara ditutup dengan donor darah dan bakti sosial.",
    ),
    h.news(
        0,
        "Upacara Hari Kesaktian Pancasila, Pelajar Tabur Bunga di Monumen",
        "Upacara Hari Kesaktian Pancasila di {kab} digelar di halaman [kantor {kepala}|Taman Makam Pahlawan] "
        "pada 1 Oktober pagi. Inspektur upacara membacakan ikrar setia kepada Pancasila setelah pembacaan "
        "pembukaan UUD 1945. Sehari sebelumnya warga diimbau mengibarkan bendera setengah tiang untuk mengenang "
        "para pahlawan revolusi, dan malamnya sejumlah sekolah [memutar film sejarah|menggelar diskusi sejarah].",
    ),
    h.news(
        0,
        "Ribuan Santri Bersarung Kirab Peringati Resolusi Jihad",
        "Ribuan santri dari {n2} pondok pesantren di {kab} mengikuti kirab Hari Santri dengan sarung, peci, "
        "dan bendera merah putih. Dalam apel pembukaan, pengasuh pesantren berinisial KH {ini} mengingatkan "
        "bahwa resolusi jihad tahun 1945 adalah seruan ulama untuk mempertahankan kemerdekaan, dan jihad "
        "santri hari ini adalah belajar sungguh-sungguh. Rangkaian acara ditutup dengan lomba baca kitab "
        "kuning dan pentas hadrah.",
    ),
    h.news(
        0,
        "Cap Go Meh, Liong Sepanjang [40|50|60] Meter Susuri Jalan Protokol",
        "Perayaan Cap Go Meh di {kabn} ditandai arak-arakan liong sepanjang puluhan meter dan kirab joli dewa "
        "dari klenteng menuju {jl}. Pemikul joli bukan hanya warga Tionghoa; pemuda Dayak, Banjar, dan Bugis "
        "ikut bergantian mengusung tandu. Ratusan lampion merah menyala di sepanjang rute, dan panitia "
        "membagikan kue keranjang kepada penonton yang berdesakan di trotoar.",
        pool=(*URBAN, "64.03"),
    ),
    h.news(
        0,
        "Ogoh-Ogoh Bertaring Diarak Keliling Kampung Jelang Nyepi",
        "Umat Hindu di {desa}, Kecamatan {kec}, {kab}, mengarak {n1} ogoh-ogoh berwujud raksasa bertaring dan "
        "bermata merah sehari menjelang Nyepi. Boneka raksasa itu diputar-putar di setiap simpang jalan, lalu "
        "dibakar di lapangan sebagai simbol melenyapkan sifat buruk. Pecalang dibantu pemuda masjid dan gereja "
        "setempat mengatur penonton. Keesokan harinya kampung sunyi tanpa lampu dan kendaraan.",
        pool=BALI,
    ),
    h.news(
        0,
        "Teatrikal Ngayau di Festival Budaya Jadi Pelajaran Sejarah Perdamaian",
        "Sanggar seni dari {kabn} mementaskan teatrikal ngayau, tradisi perburuan kepala yang dahulu dijalankan "
        "sebagian suku Dayak, di panggung festival budaya. Adegan pengintaian kampung musuh dan pekik para "
        "pemburu ditutup dengan babak musyawarah besar para kepala suku yang bersepakat menghentikan ngayau "
        "untuk selamanya. Tokoh adat berinisial {ini} menyebut pementasan itu cara mengajarkan anak muda bahwa "
        "perdamaian diputuskan oleh leluhur mereka sendiri.",
        pool=UPRIVER,
    ),
    h.news(
        0,
        "Nutuk Beham, Warga {desa} Tumbuk Padi Muda Bersama-sama",
        "Warga {desa}, Kecamatan {kec}, {kab}, menggelar nutuk beham, tradisi Kutai menumbuk padi muda yang "
        "baru dipanen. Belasan perempuan berdiri mengelilingi lesung panjang dan menghentakkan alu bergantian "
        "hingga irama dentumannya terdengar ke seberang sungai. Beras pipih hasil tumbukan dimasak dengan gula "
        "merah dan kelapa, lalu dibagikan dalam syukuran panen di balai desa.",
        pool=KUTAI,
    ),
    h.news(
        0,
        "[Tiga|Empat] Ratus Lebih Bintara Remaja Dilantik, Orang Tua Menangis Haru",
        "Ratusan siswa pendidikan pembentukan bintara Polri resmi dilantik di Sekolah Polisi Negara di {kabn} "
        "setelah [lima|tujuh] bulan digembleng. Defile, atraksi bela diri, dan peragaan penangkapan pelaku "
        "kejahatan oleh para siswa mengundang decak kagum. Usai upacara, orang tua berhamburan ke lapangan "
        "memeluk anak-anaknya yang sebentar lagi ditempatkan di polres-polres.",
        pool=("64.71", "64.72"),
    ),
    h.field(
        0,
        "Pelaksanaan ritual adat beliatn",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, di lamin {desa}, Kecamatan {kec}, {kab}, "
        "berlangsung ritual adat beliatn untuk pengobatan seorang warga lanjut usia. Pemeliatn menari diiringi "
        "gendang dan gong hingga larut malam, disaksikan sekitar {n2} warga dan beberapa wisatawan. Ritual "
        "dijadwalkan berlangsung [tiga|empat|delapan] malam. Situasi aman, tidak ada gangguan.",
        pool=("64.07", "64.02", "64.11"),
    ),
    h.field(
        0,
        "Tablo jalan salib menjelang Paskah",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, jemaat [gereja Katolik|beberapa gereja] "
        "di Kecamatan {kec}, {kab}, melaksanakan tablo jalan salib menyusuri {jl}. Pemeran prajurit Romawi "
        "menyeret dan mencambuk pemeran Yesus yang memanggul salib kayu, disaksikan sekitar {n3} umat. Arus lalu "
        "lintas diatur Polsek dan Dishub, dibantu remaja masjid setempat. Kegiatan selesai dalam keadaan tertib.",
    ),
    h.field(
        0,
        "Upacara pisah sambut pimpinan satuan wilayah",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di pendopo rumah jabatan {kepala} {kabn}, "
        "dilaksanakan upacara pisah sambut [Kapolres lama AKBP {ini} dan Kapolres baru AKBP {ini2}|Dandim lama "
        "Letkol Inf {ini} dan Dandim baru Letkol Inf {ini2}]. Pejabat baru disambut tradisi pedang pora dan tari "
        "penyambutan, dilanjutkan ramah tamah bersama Forkopimda dan tokoh masyarakat. Kegiatan berjalan lancar.",
    ),
    h.field(
        0,
        "Pelaksanaan tradisi baayun maulid",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di masjid {desa}, Kecamatan {kec}, {kab}, "
        "berlangsung tradisi baayun maulid yang diikuti sekitar {n2} bayi dan anak. Ayunan kain berhias janur "
        "dan kue digantung di serambi masjid sementara jemaah melantunkan syair maulid. Pengunjung dari luar "
        "kampung memadati halaman dan parkir diatur pemuda setempat. Tidak ada kejadian menonjol.",
        pool=BANJAR,
    ),
    h.social(
        0,
        "Selamat Hari Ibu 💐 tadi ibu2 Dharma Wanita {kabx} lomba masak nasi kuning sm fashion show kebaya, "
        "mamaku juara 2 wkwk. Bapak2nya disuruh [nyuci piring|jaga anak] seharian, pada kalah telak 😂",
    ),
    h.wa(
        0,
        "shalom saudara2, ibadah malam natal di gereja {desa} mulai jam 7. makasih buat remaja masjid yg tahun "
        "lalu bantu jaga parkir, tahun ini katanya siap lagi 🙏 habis ibadah makan bersama, bawa [rantang|piring] "
        "sendiri ya",
    ),
    h.wa(
        0,
        "wkwk sapi qurban di masjid {desa} lepas pas mau dirobohkan, ngamuk lari ke kebun pisang, dikejar bapak2 "
        "sekampung hampir [sejam|setengah jam]. alhamdulillah ketangkap, gak ada yg luka, cuma pagar bu {ini} "
        "roboh 😂",
    ),
    # --- sport and games ---------------------------------------------------------------------------
    h.news(
        0,
        "Festival Kuntau dan Silat Tradisional, Pendekar Cilik Peragakan Jurus Kuncian",
        "Festival kuntau dan silat tradisional di {kab} diikuti {n2} perguruan. Pendekar cilik hingga sesepuh "
        "memeragakan jurus serangan, tangkisan, dan kuncian, sebagian dengan golok dan toya kayu. Juri menilai "
        "kekompakan, kebersihan gerak, dan penghayatan. Ketua panitia berinisial {ini} menyebut festival ini "
        "menjaga warisan bela diri Banjar dan Kutai agar tidak punah.",
    ),
    h.news(
        0,
        "{n4} Pelari Ikuti Maraton, Sejumlah Ruas Jalan Ditutup Sejak Subuh",
        "Sebanyak {n4} pelari dari berbagai daerah mengikuti lomba lari maraton di {kabn}, {hari} ({tgls}). "
        "Sejumlah ruas jalan ditutup sejak subuh dan kendaraan dialihkan petugas. Seorang peserta sempat "
        "[kram|pingsan karena dehidrasi] di kilometer ke-[28|31|35] dan langsung ditangani tim medis. Juara "
        "kategori penuh menyelesaikan lomba dalam waktu dua jam lebih sedikit.",
        pool=(*URBAN, "64.03", "64.02"),
    ),
    h.news(
        0,
        "Kejurda Grasstrack: Pembalap Terlempar di Tanjakan, Penonton Bersorak",
        "Kejuaraan daerah motocross dan grasstrack di sirkuit tanah Kecamatan {kec}, {kab}, diikuti {n2} "
        "pembalap. Lintasan berlumpur sisa hujan membuat banyak pembalap terjungkal di tanjakan dan tikungan "
        "[huruf S|tajam]. Seorang pembalap junior terlempar dari motornya, namun bangkit lagi dan finis di "
        "urutan ketiga disambut sorakan ribuan penonton di balik pagar bambu.",
    ),
    h.news(
        0,
        "Pegulat Putri {kabn} Banting Lawan, Raih Emas Porprov",
        "Pegulat putri asal {kabn} meraih emas cabang gulat gaya bebas Porprov setelah membanting lawannya dua "
        "kali di babak final. Ia sempat tertinggal angka karena terkunci di menit pertama, tetapi berhasil "
        "membalikkan keadaan. Pelatih menyebut atletnya berlatih di [matras pinjaman|aula sekolah] karena "
        "belum ada sasana gulat di daerahnya.",
    ),
    h.news(
        0,
        "Turnamen Tarkam Berhadiah Sapi, Pemain Bayaran dari Luar Daerah Ramaikan Laga",
        "Turnamen sepak bola antarkampung berhadiah [seekor sapi|dua ekor sapi] di {desa}, Kecamatan {kec}, "
        "disaksikan ribuan penonton setiap sore. Sejumlah tim memboyong pemain dari luar daerah yang dibayar per "
        "pertandingan. Laga final berlangsung keras dan wasit mengeluarkan [dua|tiga] kartu kuning, tetapi "
        "kedua kapten bersalaman usai peluit panjang dan suporter pulang tertib.",
        pool=KAB,
    ),
    h.field(
        0,
        "Lomba tarik tambang antarinstansi HUT RI",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di lapangan kantor {kepala} {kabn}, "
        "berlangsung lomba tarik tambang antarinstansi memeriahkan HUT Kemerdekaan. Di babak final tim Kodim "
        "berhadapan dengan tim Polres; setelah tiga babak saling tarik, tim [Kodim|Polres] keluar sebagai juara. "
        "Beberapa peserta terjatuh dan lecet ringan, ditangani petugas kesehatan. Penonton sekitar {n3} orang.",
    ),
    h.field(
        0,
        "Lomba balap perahu ketinting",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di sungai depan {desa}, Kecamatan {kec}, "
        "{kab}, berlangsung lomba balap perahu ketinting yang diikuti {n2} perahu. Satu perahu terbalik saat "
        "berbelok di titik putar karena terhantam gelombang perahu lain; dua jokinya ditolong tim SAR dan "
        "perahu ditarik ke tepi. Lomba dilanjutkan hingga sore. Situasi aman.",
        pool=UPRIVER,
    ),
    h.field(
        0,
        "Latihan bersama klub menembak sasaran",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di lapangan tembak [Brimob|Kodim|milik "
        "klub] {kabn}, klub menembak sasaran setempat melaksanakan latihan bersama yang diikuti {n2} anggota. "
        "Sebelum latihan petugas memeriksa kartu izin senjata dan buku amunisi setiap peserta. Latihan memakai "
        "pistol dan senapan kaliber kecil pada sasaran kertas. Kegiatan berjalan aman dan tertib.",
    ),
    h.wa(
        0,
        "bubuhan takraw RT {n1} ayo latihan sore ini di lapangan {desa}, minggu depan lawan RT sebelah. smes "
        "salto si {ini} harus jadi, jgn cuma gaya 😤🔥 kalah lagi kita traktir mereka [pentol|es teh]",
    ),
    h.wa(
        0,
        "malam ni turnamen biliar di {jl} {kabx} kah? tahun lalu ulun dibantai [3-0|4-1] sama om2 pensiunan, "
        "sodokannya kada main2. tahun ni handak balas dendam bah 🎱",
    ),
    h.social(
        0,
        "Squad kita dibantai di final Free Fire antar-kampus {kabx} 😭 zona terakhir tinggal [2|3] org lawan 4. "
        "Gpp, tahun depan kita balas! GG buat juara",
    ),
    h.sms(
        0,
        "Info: pertandingan kickboxing amatir di GOR {kabn} [Sabtu|Minggu] malam, [12|16|20] partai. Atlet wajib "
        "timbang badan jam 10 pagi, bawa pelindung gigi sendiri.",
    ),
    # --- prevention work ---------------------------------------------------------------------------
    h.news(
        0,
        "FKUB Keliling Rumah Ibadah, Pastikan Persiapan Perayaan Lancar",
        "Pengurus Forum Kerukunan Umat Beragama {kabn} bersama Kesbangpol mengunjungi [vihara, pura, dan "
        "gereja|klenteng, masjid, dan gereja] di Kecamatan {kec} menjelang rangkaian hari besar. Rombongan "
        "berbincang dengan pengurus rumah ibadah soal kebutuhan parkir, pengaturan jalan, dan bantuan "
        "pengamanan. Seorang pengurus berinisial {ini} mengatakan hubungan dengan tetangga sekitar selama ini "
        "baik-baik saja.",
    ),
    h.news(
        0,
        "Lurah dan Ketua RT Dilatih Kirim Laporan Deteksi Dini Lewat Aplikasi",
        "Sebanyak {n2} lurah, kepala desa, dan ketua RT di {kab} mengikuti pelatihan sistem peringatan dini "
        "konflik sosial yang digelar Kesbangpol. Peserta berlatih menulis laporan singkat tentang [kejadian "
        "rekaan|skenario buatan panitia], misalnya keributan pemuda di pesta kampung atau perselisihan batas "
        "kebun, lalu mengirimnya lewat aplikasi ke operator kabupaten. Pelatih menekankan laporan harus menyebut "
        "waktu, tempat, dan pihak yang terlibat tanpa ditambah-tambahi.",
    ),
    h.news(
        0,
        "Kesbangpol Ingatkan Ormas Soal Kewajiban Lapor dan Larangan Seragam Mirip Aparat",
        "Badan Kesbangpol {kab} menggelar sosialisasi Undang-Undang Organisasi Kemasyarakatan bagi pengurus {n2} "
        "ormas dan LSM. Narasumber menjelaskan kewajiban mendaftar dan melaporkan kegiatan, larangan memakai "
        "atribut yang menyerupai seragam TNI dan Polri, serta sanksi administratif hingga pencabutan status badan "
        "hukum. Peserta paling banyak bertanya soal tata cara pengajuan dana hibah.",
    ),
    h.news(
        0,
        "Admin Grup WhatsApp Warga Diajak Jadi Garda Depan Lawan Hoaks",
        "Diskominfo dan tim patroli siber kepolisian menggelar seminar bagi admin grup WhatsApp kelurahan dan RT "
        "di {kabn}. Petugas memaparkan pola pesan berantai yang biasa memancing keributan menjelang hari besar "
        "dan pemilihan. Peserta diajari memeriksa foto lama yang diunggah ulang, menandai pesan yang meragukan, "
        "dan menegur anggota grup dengan sopan tanpa mempermalukan.",
    ),
    h.news(
        0,
        "Mantan Napiter Berbagi Kisah di Depan Mahasiswa: Saya Pernah Tersesat",
        "Seorang mantan narapidana terorisme berinisial {ini} menjadi pembicara dalam dialog kebangsaan yang "
        "digelar Kesbangpol dan sebuah kampus di {kabn}. Ia menceritakan bagaimana dulu direkrut lewat pengajian "
        "tertutup, lalu menjalani hukuman dan program deradikalisasi hingga kembali ke masyarakat. Kini ia "
        "berjualan [kopi|madu hutan] dan mendampingi mantan napiter lain. Mahasiswa antusias bertanya cara "
        "mengenali ajakan serupa di media sosial.",
    ),
    h.news(
        0,
        "Cooling System, Kapolsek Ngopi Bareng Tokoh Pemuda dan Pengemudi Ojek",
        "Jajaran Polsek {kec}, {kab}, menjalankan program cooling system menjelang [pemilihan|pilkada] dengan "
        "menyambangi warung kopi, pangkalan ojek, dan rumah tokoh adat. Kapolsek berinisial {ini} mengajak warga "
        "tidak mudah termakan kabar yang belum jelas dan segera menghubungi Bhabinkamtibmas bila ada masalah. "
        "Warga justru lebih banyak mengeluhkan lampu jalan dan balap liar ketimbang urusan politik.",
    ),
    h.field(
        0,
        "Rapat koordinasi Kominda",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di ruang rapat Setda {kab}, berlangsung "
        "rapat Komunitas Intelijen Daerah yang dipimpin Wakil {Kepala}, dihadiri unsur intelijen daerah, Kodim, "
        "Polres, Kejaksaan, dan Kesbangpol. Masing-masing unsur menyampaikan perkembangan situasi bulan {bulan}; "
        "tidak terdapat informasi ancaman yang menonjol. Pemantauan rutin tetap dilanjutkan terhadap [keramaian "
        "akhir tahun|arus pendatang di lokasi proyek].",
    ),
    h.field(
        0,
        "Rapat Tim Terpadu Penanganan Konflik Sosial",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di aula Kesbangpol {kab}, dilaksanakan "
        "rapat triwulan Tim Terpadu Penanganan Konflik Sosial. Seluruh camat melaporkan nihil peristiwa konflik "
        "sosial selama triwulan berjalan. Rapat membahas usulan anggaran kegiatan pencegahan tahun depan dan "
        "jadwal [kunjungan ke kecamatan perbatasan|pelatihan mediator desa]. Kegiatan berjalan lancar.",
    ),
    h.field(
        0,
        "Simulasi pengamanan rekapitulasi suara",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di halaman kantor KPU {kabn}, Polres "
        "bersama Kodim dan Satpol PP melaksanakan simulasi pengamanan rekapitulasi suara. Sekitar {n2} personel "
        "memerankan pendukung calon yang tidak puas: berteriak, membakar ban bekas, dan mencoba menerobos pagar, "
        "lalu pasukan pengurai massa dan kendaraan water cannon bergerak sesuai skenario. Simulasi disaksikan "
        "komisioner KPU dan Bawaslu. Kegiatan berakhir aman.",
    ),
    h.social(
        0,
        "Anakku pulang dari kemah bela negara di [markas batalyon|Rindam] {kabx}, kulitnya gosong, lututnya "
        "lecet merayap di bawah kawat, tapi sekarang tiap pagi beresin kasur sendiri 😂🇮🇩 makasih bapak2 pelatih",
    ),
    h.sms(
        0,
        "Yth warga {kec}, posko pemilu damai di kantor [kelurahan|kecamatan] buka 24 jam selama masa tenang. "
        "Laporkan politik uang atau kabar bohong ke nomor ini. Salam damai",
    ),
    # --- investment, trade and markets -------------------------------------------------------------
    h.news(
        0,
        "Smelter {pt_tambang} Mulai Produksi, Izin Lengkap dan Operator dari Desa Sekitar",
        "Smelter milik {pt_tambang} di Kecamatan {kec}, {kab}, memasuki tahap produksi komersial setelah "
        "mengantongi izin lingkungan dan persetujuan bangunan. Manajemen menyebut [enam puluh|tujuh puluh] persen "
        "dari {n4} pekerja berasal dari desa-desa lingkar pabrik, sebagian sudah dikirim pelatihan operator ke "
        "luar daerah. Tokoh masyarakat {desa} berharap pabrik juga membuka peluang usaha katering dan angkutan "
        "bagi warga.",
        pool=("64.08", "64.02", "64.09", "64.71", "64.74"),
    ),
    h.news(
        0,
        "Investor Asing Tinjau Proyek Hunian dan Rumah Sakit di Nusantara",
        "Rombongan investor dari [Jepang dan Singapura|Uni Emirat Arab|Korea Selatan] meninjau lokasi proyek "
        "hunian, rumah sakit, dan pusat perbelanjaan di kawasan Ibu Kota Nusantara dan sekitarnya, termasuk "
        "Kecamatan {kec}, {kab}. Otorita memaparkan skema kerja sama dan insentif. Investor juga menyempatkan "
        "mampir ke sentra UMKM dan memborong anyaman rotan buatan warga.",
        pool="ikn",
    ),
    h.news(
        0,
        "Investor Agroindustri Lirik KEK Maloy, Lahan Siap Bangun Ditawarkan",
        "Rombongan investor agroindustri dari [Jakarta|Malaysia|Tiongkok] meninjau Kawasan Ekonomi Khusus "
        "Maloy di {kab}. Pengelola kawasan memaparkan lahan siap bangun, dermaga curah cair, dan insentif pajak. "
        "{pt_usaha} disebut tengah menyiapkan pabrik pengolahan turunan minyak sawit dengan nilai investasi "
        "Rp{miliar} triliun yang ditargetkan menyerap tenaga kerja setempat.",
        pool=("64.08",),
    ),
    h.news(
        0,
        "Resor Terapung Dibangun di Perairan {kabn}, Investor Janji Pakai Pemandu Lokal",
        "{pt_usaha} mulai membangun resor terapung di gugusan pulau [Maratua|Derawan] wilayah {kab}. Nilai "
        "investasi disebut mencapai Rp{miliar} triliun. Manajemen berjanji merekrut pemandu selam, juru masak, "
        "dan motoris kapal dari kampung sekitar, serta membeli ikan dari nelayan setempat. Dinas pariwisata "
        "berharap kunjungan wisatawan mancanegara naik {persen} persen.",
        pool=("64.03",),
    ),
    h.news(
        0,
        "Ekspor Batu Bara dan CPO Naik, Neraca Perdagangan Kaltim Surplus",
        "Badan Pusat Statistik mencatat ekspor Kalimantan Timur pada {bulan} mencapai US$[1,8|2,1|2,4] miliar, "
        "naik {persen} persen dibanding bulan sebelumnya. Batu bara masih menyumbang porsi terbesar, disusul "
        "minyak sawit mentah yang dikapalkan dari pelabuhan di {kabn}. Ekonom setempat mengingatkan pemerintah "
        "daerah agar tidak terlena karena harga komoditas mudah berbalik turun.",
        pool=PORT,
    ),
    h.field(
        0,
        "Pembagian hasil kebun plasma",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di kantor koperasi {desa}, Kecamatan "
        "{kec}, {kab}, dilaksanakan pembagian sisa hasil usaha kebun plasma mitra {pt_sawit} kepada {n3} "
        "anggota. Rata-rata anggota menerima Rp[2,4|3,1|3,8] juta untuk periode ini, dan laporan keuangan "
        "dibacakan terbuka dalam rapat anggota. Anggota menyatakan puas, tidak ada keberatan.",
        pool=PLANTATION,
    ),
    h.social(
        0,
        "Koin meme gw kemarin to the moon 🚀 naik [300|400]% sehari, hari ini dibantai pasar, portofolio merah "
        "berdarah-darah 🩸 saham batubara jg longsor. yg bilang cuan gampang sini duel sama gw wkwk",
    ),
    h.wa(
        0,
        "perang harga galon isi ulang di {kec} makin gila, depot sebelah banting jadi [3|4] ribu, depot pak "
        "{ini} langsung balas gratis antar. kita konsumen senyum aja wkwk",
    ),
    h.sms(
        0,
        "Bpk/Ibu pelaku UMKM {kec}, pengajuan KUR tanpa agunan s.d. Rp{n2} juta dibuka di kantor bank unit "
        "{kec} mulai {hari}. Bawa KTP, KK, dan surat keterangan usaha dari desa/kelurahan.",
    ),
    h.wa(
        0,
        "akhirnya ada penerbangan perintis {kabx}-Samarinda [2x|3x] seminggu 🙏 gak perlu lagi naik speedboat "
        "berhari2. tiket subsidi murah, cepat pesan ya, kursinya cuma 12",
        pool=("64.11", "64.07"),
    ),
    h.social(
        0,
        "Alhamdulillah anak ulun diterima jadi operator di pabrik pulp baru dekat {kec} 🙏 dulu sempat ragu krn "
        "katanya yg diterima orang luar semua, ternyata warga sini diutamakan. Semangat [nak|kak]!",
        pool=("64.08", "64.03", "64.02", "64.07"),
    ),
)

RELEVANT: tuple[Template, ...] = (
    bt.news(
        3,
        "Panggung Hiburan Hari Jadi {desa} Berujung Bentrok Pemuda, [Dua|Tiga] Orang Luka Tusuk",
        "{dl} – Malam hiburan peringatan hari jadi {desa}, Kecamatan {kec}, {kab}, berubah menjadi bentrokan "
        "antara kelompok pemuda tuan rumah dan pemuda {desa2}. Saling senggol saat berjoget di depan panggung "
        "berlanjut dengan lemparan botol, lalu beberapa orang mencabut badik. Sejumlah pemuda dirawat karena "
        "luka tusuk dan sebuah sepeda motor dibakar. Panitia menghentikan acara dan polisi berjaga di "
        "perbatasan kedua kampung hingga pagi.",
        pool=KAB,
    ),
    bt.wa(
        3,
        "acara 17an di lapangan {desa} bubar woi, pemuda sini sm anak2 {desa2} baku hantam pas pembagian hadiah "
        "panjat pinang. ada yg kena parang di bahu, skrg dibawa ke puskesmas. ibu2 sm anak2 pulang dulu, jgn "
        "lewat [jembatan|simpang pasar]",
        pool=KAB,
    ),
    bt.news(
        3,
        "Tak Terima Kalah di Final Takraw, Pendukung Serang Kampung Wasit",
        "Final turnamen sepak takraw antardesa di Kecamatan {kec}, {kab}, berbuntut penyerangan. Tidak terima "
        "timnya kalah karena keputusan wasit yang dianggap berat sebelah, puluhan pendukung tim {desa} mendatangi "
        "{desa2}, kampung asal wasit, pada malam harinya. Mereka melempari rumah-rumah dengan batu dan merusak "
        "[dua|tiga] sepeda motor; seorang kerabat wasit luka di kepala. Polisi dan TNI kini berjaga di jalan "
        "penghubung kedua desa.",
        pool=KAB,
    ),
    bt.sms(
        3,
        "lapor pak, habis final bola tarkam di {desa} massa kejar wasit sampai kampungnya di {desa2}, rumah2 "
        "dilempar batu, [1|2] org dipukul pakai kayu. mohon segera kirim anggota",
        pool=KAB,
    ),
    lh.news(
        2,
        "Ritual Adat di Makam Leluhur Dihadang Sekuriti Kebun, Warga Pasang Larangan Adat",
        "Rombongan masyarakat adat {desa}, Kecamatan {kec}, {kab}, yang hendak menggelar ritual tahunan di makam "
        "leluhur dihadang petugas keamanan {pt_sawit} di gerbang kebun. Petugas beralasan areal itu masuk HGU "
        "perusahaan dan tertutup bagi umum. Warga yang merasa tanah leluhurnya dirampas lalu memasang larangan "
        "adat berupa rentangan tali dan daun di jalan produksi sehingga truk pengangkut buah tidak bisa lewat. "
        "Lembaga adat menuntut makam dan areal sekitarnya dikeluarkan dari HGU.",
        domain="budaya",
        pool=PLANTATION,
    ),
    lh.field(
        2,
        "Penghadangan ritual adat oleh petugas keamanan perusahaan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, sekitar {n2} warga adat {desa}, "
        "Kecamatan {kec}, {kab}, yang membawa sesajen untuk ritual [syukur panen|tolak bala] di bukit keramat "
        "dihalangi petugas keamanan {pt_tambang} karena lokasi masuk wilayah izin tambang. Terjadi adu mulut; "
        "warga kemudian menduduki jalan tambang dan menghentikan lalu lintas alat berat sambil menuntut "
        "pengakuan atas lahan adat tersebut. Saran: mediasi oleh {Pemda}, lembaga adat, dan perusahaan.",
        pool=tuple(code for code in MINING if code not in URBAN),
    ),
    rd.field(
        1,
        "Rencana pertemuan tertutup kelompok radikal",
        "Pada hari {hari} tanggal {tgl}, dalam rapat Kominda {kab} diperoleh informasi bahwa sekelompok orang "
        "yang terhubung dengan jaringan [pendukung kelompok teror|yang menolak Pancasila dan mengkafirkan "
        "aparat] berencana menggelar pertemuan tertutup di sebuah rumah kebun di {desa}, Kecamatan {kec}, pada "
        "akhir pekan. Undangan disebar lewat aplikasi pesan terenkripsi dan peserta diminta tidak membawa "
        "telepon. Sdr. {ini} diduga menjadi penggerak. Saran: pendalaman oleh satuan intelijen dan pemantauan "
        "lokasi.",
    ),
    sr.news(
        2,
        "Sosialisasi Pendirian Rumah Ibadah di {kec} Dibubarkan Ormas",
        "Sosialisasi aturan pendirian rumah ibadah yang digelar FKUB dan Kemenag di aula Kecamatan {kec}, {kab}, "
        "terhenti setelah puluhan anggota {ormas} masuk ke ruangan. Mereka berteriak menolak rencana pembangunan "
        "gereja di {desa}, merebut pengeras suara, dan meminta acara dibubarkan. Narasumber dievakuasi lewat "
        "pintu samping. Camat menyatakan dialog akan dijadwalkan ulang dengan pengamanan polisi.",
    ),
    sr.wa(
        1,
        "besok pas sosialisasi FKUB di kantor desa {desa} kita datang rame2, bubarkan aja acaranya. jgn kasih "
        "mereka bangun gereja di kampung kita, sekali dikasih nanti makin banyak. bawa spanduk penolakan, kumpul "
        "jam [8|9] di simpang",
        prov=True,
    ),
    lh.news(
        2,
        "Kunjungan Investor ke Calon Kawasan Industri Diadang Warga yang Tuntut Ganti Rugi",
        "Rombongan calon investor bersama pejabat {pemda} yang hendak meninjau calon kawasan industri di "
        "Kecamatan {kec}, {kab}, tertahan di jalan masuk karena dihadang puluhan warga {desa}. Warga memalangkan "
        "batang kayu dan membentangkan spanduk di tengah jalan, menuntut ganti rugi atas {ha} hektare kebun yang "
        "mereka garap puluhan tahun namun kini dipatok sebagai lahan kawasan. Rombongan akhirnya berputar balik. "
        "Perwakilan warga berinisial {ini} menyebut blokade bertahan sampai ada kepastian pembayaran.",
    ),
    bu.news(
        2,
        "Pemuda Lingkar Smelter Tutup Gerbang, Protes Lowongan Diisi Pekerja Luar Daerah",
        "Ratusan pemuda dari desa-desa lingkar smelter milik {pt_tambang} di Kecamatan {kec}, {kab}, berunjuk rasa "
        "di depan gerbang pabrik. Mereka memprotes rekrutmen operator dan tenaga teknis yang sebagian besar "
        "diisi pekerja dari luar daerah, padahal perusahaan menjanjikan prioritas warga lokal saat sosialisasi "
        "amdal. Massa menutup gerbang selama [empat|enam] jam dan baru membubarkan diri setelah manajemen "
        "berjanji membuka rekrutmen ulang dengan kuota warga setempat.",
    ),
    bu.social(
        2,
        "Hari ini kami pemuda lingkar smelter tutup gerbang pabrik di {kec} {kabx}. Janjinya putra daerah "
        "diprioritaskan, nyatanya operator yg masuk bulan ini hampir semua dari luar. Kami kada minta lebih, "
        "cuma hak kerja di kampung sendiri ✊ #PutraDaerahBukanPenonton",
    ),
    pj.news(
        3,
        "Kampanye Terbuka di {kec} Ricuh, Pendukung Dua Paslon Baku Pukul",
        "Kampanye terbuka salah satu pasangan calon {kepala} di lapangan Kecamatan {kec}, {kab}, diwarnai baku "
        "pukul antara massa yang hadir dan rombongan konvoi pendukung pasangan lain yang melintas sambil "
        "meraungkan knalpot dan mengacungkan jari nomor urut. Saling ejek berubah menjadi saling pukul dan "
        "lempar helm. Sedikitnya {n1} orang luka dan kaca sebuah mobil komando pecah. Bawaslu akan memeriksa kedua tim "
        "kampanye.",
    ),
    pj.wa(
        3,
        "panggung kampanye di {desa} ricuh bah, pendukung nomor {n1} sm rombongan sebelah adu jotos pas orasi. "
        "ada yg berdarah kepalanya kena helm, jurkamnya [langsung diamankan turun panggung|kabur lewat belakang]. "
        "jgn ke sana dulu",
    ),
)

TEMPLATES: tuple[Template, ...] = HARD + RELEVANT
