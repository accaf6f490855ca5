"""Everyday public affairs in the registers of real reports: plain negatives (appointments, budgets,
roads, health, schools, harvests, calm prices, weather, worship, routine patrols and field visits) and,
written in the same calm official voice, a few real signals so that the register alone is not a cue."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

COAST: tuple[str, ...] = ("64.01", "64.02", "64.03", "64.08", "64.09", "64.74")
HULU: tuple[str, ...] = ("64.07", "64.11", "64.02", "64.03", "64.08")
INFLASI: tuple[str, ...] = ("64.72", "64.71", "64.03", "64.09")
# Kabupaten only: villages with dana desa, BUMDes, pilkades and a kepala desa.
KAB: tuple[str, ...] = ("64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11")

p = Kit("harian", "lainnya", count=4)
tk = Kit("harian", "tata_kelola", pool=KAB)
lh = Kit("harian", "sengketa_lahan")
pj = Kit("harian", "pemilu_jabatan", pool=KAB)
bt = Kit("harian", "bentrok_antarkelompok")
sr = Kit("harian", "sara_intoleransi")
sd = Kit("harian", "sumber_daya")
hx = Kit("harian", "hoaks_provokasi")

PLAIN: tuple[Template, ...] = (
    # --- news -------------------------------------------------------------------------------------
    p.news(
        0,
        "{Kepala} {kabn} Lantik {n2} Pejabat Administrator dan Pengawas",
        "{dl} – {Kepala} {kabn} melantik {n2} pejabat administrator dan pengawas di aula kantor {kepala}. "
        "Pelantikan ini mengisi jabatan yang kosong karena [pensiun dan promosi|mutasi rutin|penataan "
        "organisasi perangkat daerah]. {Kepala} meminta pejabat yang baru dilantik segera menyesuaikan diri "
        "dan memperbaiki pelayanan kepada masyarakat.",
    ),
    p.news(
        0,
        "{n2} Kepala Desa Hasil Pilkades Serentak Dilantik",
        "Sebanyak {n2} kepala desa hasil pemilihan serentak di {kab} dilantik dan diambil sumpahnya di "
        "pendopo {kepala}. Di antaranya kepala desa terpilih dari Kecamatan {kec}. {Kepala} berpesan agar "
        "dana desa dikelola terbuka dan para kades [merangkul seluruh warga|segera menyusun RPJMDes]. Acara "
        "ditutup dengan ramah tamah bersama keluarga.",
        pool=KAB,
    ),
    p.news(
        0,
        "DPRD Setujui APBD Perubahan {kabn} Tahun {tahun}",
        "Rapat paripurna DPRD {kab} menyetujui rancangan APBD perubahan tahun {tahun}. Belanja daerah bertambah "
        "Rp{miliar} miliar dan sebagian besar dialokasikan untuk [perbaikan jalan kabupaten|pembangunan "
        "ruang kelas baru|peningkatan layanan puskesmas]. Seluruh fraksi menyampaikan pendapat akhir dengan "
        "sejumlah catatan soal penyerapan anggaran.",
    ),
    p.news(
        0,
        "Realisasi PAD {kabn} Naik, Pajak Restoran Jadi Penyumbang Terbesar",
        "Badan pendapatan daerah {kab} mencatat realisasi pendapatan asli daerah hingga akhir {bulan} mencapai "
        "Rp{miliar} miliar, naik dibanding periode yang sama tahun lalu. Penyumbang terbesar adalah pajak "
        "restoran, disusul [pajak hotel|retribusi pasar|pajak bumi dan bangunan]. Pembayaran kini bisa "
        "dilakukan lewat aplikasi dan minimarket.",
    ),
    p.news(
        0,
        "Harga Batu Bara Menguat, Dana Bagi Hasil untuk {kabn} Diperkirakan Bertambah",
        "Menguatnya harga batu bara di pasar dunia diperkirakan menambah dana bagi hasil sumber daya alam yang "
        "diterima {kab} tahun depan. Kepala BPKAD menyebut tambahan itu akan [dipakai membayar proyek jalan "
        "desa|diprioritaskan untuk sekolah dan puskesmas], namun pemda tetap berhitung hati-hati karena "
        "harga komoditas mudah berubah.",
        pool=("64.01", "64.02", "64.03", "64.07", "64.08", "64.72"),
    ),
    p.news(
        0,
        "Pengaspalan Jalan Poros {kec} Capai {persen} Persen",
        "Pekerjaan peningkatan jalan poros di Kecamatan {kec}, {kab}, sepanjang {km} kilometer telah mencapai "
        "{persen} persen. Proyek yang dikerjakan {pt_kontraktor} itu ditargetkan rampung [akhir tahun|sebelum "
        "musim hujan]. Pengguna jalan diminta berhati-hati di titik penghamparan aspal.",
        pool=KAB,
    ),
    p.news(
        0,
        "Air Bersih Kini Mengalir ke {n3} Rumah di {desa}",
        "Sistem penyediaan air minum yang dibangun di {desa}, Kecamatan {kec}, mulai mengalirkan air bersih ke "
        "{n3} rumah. Sebelumnya warga [menampung air hujan|mengambil air dari sungai] untuk kebutuhan "
        "sehari-hari. Pengelolaan diserahkan kepada BUMDes dengan iuran bulanan yang disepakati warga.",
        pool=KAB,
    ),
    p.news(
        0,
        "Listrik 24 Jam Menyala di {desa}, Warga Gelar Syukuran",
        "Warga {desa}, Kecamatan {kec}, {kab}, menggelar syukuran setelah listrik PLN menyala 24 jam di kampung "
        "mereka. Selama ini warga mengandalkan [genset bersama|panel surya] yang hanya menyala beberapa jam "
        "pada malam hari. Sebanyak {n3} sambungan rumah sudah terpasang.",
        pool=HULU,
    ),
    p.news(
        0,
        "Prevalensi Stunting {kabn} Turun, Dapur Gizi Posyandu Jadi Andalan",
        "Dinas kesehatan {kab} mencatat angka stunting turun dibanding tahun lalu. Penurunan terbesar terjadi "
        "di Kecamatan {kec}, tempat kader posyandu rutin [memasak makanan tambahan berbahan ikan lokal|"
        "mendampingi ibu hamil dan balita]. Program ini didanai APBD bersama pemerintah desa dan kelurahan.",
    ),
    p.news(
        0,
        "{Pemda} {kabn} Tanggung Iuran BPJS Kesehatan Warga Tak Mampu",
        "Pemerintah {kab} menanggung iuran BPJS Kesehatan bagi {n4} warga tidak mampu yang belum terdaftar. "
        "Dengan tambahan ini cakupan jaminan kesehatan daerah [melampaui 95 persen|hampir menyeluruh]. Warga "
        "cukup berobat menggunakan KTP-el di puskesmas terdekat.",
    ),
    p.news(
        0,
        "Imunisasi Anak Sekolah Digelar Serentak di {kec}",
        "Puskesmas Kecamatan {kec}, {kab}, menggelar bulan imunisasi anak sekolah di seluruh sekolah dasar "
        "dan madrasah ibtidaiyah. Petugas memberikan imunisasi [campak dan rubela|difteri dan tetanus] kepada "
        "siswa kelas satu. Guru membantu mendata siswa yang belum mendapat imunisasi lengkap.",
    ),
    p.news(
        0,
        "PPDB SMP Negeri di {kabn} Dibuka Pekan Depan",
        "Dinas pendidikan {kab} membuka penerimaan peserta didik baru jenjang SMP pekan depan. Pendaftaran "
        "dilakukan [secara daring|lewat operator sekolah] melalui jalur zonasi, afirmasi, perpindahan orang "
        "tua, dan prestasi. Orang tua diminta menyiapkan kartu keluarga dan akta kelahiran.",
    ),
    p.news(
        0,
        "{n3} Mahasiswa Asal {kabn} Terima Beasiswa Daerah",
        "Sebanyak {n3} mahasiswa asal {kab} menerima beasiswa dari pemerintah daerah tahun ini. Beasiswa "
        "diberikan untuk [mahasiswa berprestasi dan kurang mampu|calon guru dan tenaga kesehatan] yang "
        "bersedia mengabdi di daerah setelah lulus. Pencairan dilakukan langsung ke rekening penerima.",
    ),
    p.news(
        0,
        "Gedung SD Negeri Baru di {desa} Mulai Dipakai",
        "Gedung sekolah dasar negeri baru di {desa}, Kecamatan {kec}, {kab}, mulai dipakai untuk kegiatan "
        "belajar. Gedung dengan [enam|delapan] ruang kelas itu dibangun dari APBD. Siswa yang sebelumnya "
        "menumpang di balai warga kini belajar di ruang kelas sendiri.",
    ),
    p.news(
        0,
        "Pupuk Bersubsidi Tersalurkan Jelang Musim Tanam",
        "Penyaluran pupuk bersubsidi untuk petani di {kab} berjalan sesuai jadwal menjelang musim tanam. "
        "Kios resmi di Kecamatan {kec} telah menerima {n3} ton [urea dan NPK|NPK dan pupuk organik]. Petani "
        "yang terdaftar cukup membawa KTP untuk menebus jatahnya.",
    ),
    p.news(
        0,
        "Nelayan {kec} Terima Bantuan Mesin Perahu dan Alat Tangkap",
        "Dinas kelautan dan perikanan menyerahkan bantuan {n2} unit mesin perahu dan alat tangkap kepada "
        "kelompok nelayan di Kecamatan {kec}, {kab}. Nelayan berharap bisa melaut lebih jauh dan "
        "[menambah hasil tangkapan|menghemat biaya bahan bakar].",
        pool=COAST,
    ),
    p.news(
        0,
        "Inflasi {kabn} Terkendali, Harga Bahan Pokok Stabil",
        "{dl} – Badan Pusat Statistik mencatat inflasi bulanan di {kabn} tetap rendah. Harga {komoditas} di "
        "pasar tradisional bertahan di kisaran {harga_lama} per {satuan}. Tim pengendali inflasi daerah "
        "menyebut pasokan [lancar dari daerah sentra|terjaga berkat panen setempat].",
        pool=INFLASI,
    ),
    p.news(
        0,
        "BMKG: Hujan Ringan hingga Sedang Berpotensi Guyur {kabn} Sepekan ke Depan",
        "BMKG memperkirakan hujan ringan hingga sedang berpotensi turun di {kab} dalam sepekan ke depan, "
        "terutama [sore dan malam hari|siang hingga sore hari]. Tinggi muka air sungai di Kecamatan {kec} "
        "terpantau normal. Warga diimbau tetap membersihkan saluran air di lingkungan masing-masing.",
    ),
    p.news(
        0,
        "MTQ {kabn} Dibuka di {kec}, {n3} Peserta Berlomba",
        "Musabaqah Tilawatil Quran tingkat {kab} resmi dibuka di Kecamatan {kec}. Sebanyak {n3} peserta "
        "dari seluruh kecamatan berlomba di cabang [tilawah, tahfiz, dan kaligrafi|tilawah, tafsir, dan "
        "syarhil Quran]. Pemenang akan mewakili daerah di MTQ tingkat provinsi.",
    ),
    p.news(
        0,
        "Kunjungan Wisatawan ke {kec} Naik Saat Libur Sekolah",
        "Kunjungan wisatawan ke objek wisata alam di Kecamatan {kec}, {kab}, naik selama libur sekolah. "
        "Pengelola mencatat {n4} pengunjung yang datang untuk [berenang di air terjun|menyusuri danau dengan "
        "perahu|berkemah di tepi sungai]. Homestay milik warga penuh dipesan.",
    ),
    p.news(
        0,
        "Pembangunan Gedung Perkantoran di IKN Capai {persen} Persen",
        "Pembangunan salah satu gedung perkantoran kementerian di kawasan inti pusat pemerintahan IKN di Kecamatan "
        "Sepaku, {kab}, telah mencapai {persen} persen. [Ribuan|Sekitar dua ribu] pekerja bekerja dalam dua giliran. "
        "Otorita menyebut pasokan material berjalan lancar melalui pelabuhan dan jalan logistik.",
        pool=("64.09",),
    ),
    p.news(
        0,
        "Dukcapil Jemput Bola Rekam KTP-el di {kec}",
        "Dinas kependudukan dan pencatatan sipil {kab} membuka layanan perekaman KTP-el keliling di kantor "
        "camat {kec}. Dalam dua hari petugas melayani {n3} warga, sebagian besar [pemilih pemula|lansia "
        "dan penyandang disabilitas]. Kartu keluarga dan akta kelahiran juga bisa dicetak di tempat.",
    ),
    p.news(
        0,
        "Dana Desa Bangun Jalan Usaha Tani di {desa}",
        "Pemerintah {desa}, Kecamatan {kec}, membangun jalan usaha tani sepanjang {n3} meter dengan dana desa "
        "tahun {tahun}. Jalan selebar tiga meter itu [memudahkan petani mengangkut hasil kebun|memperpendek "
        "jarak ke sawah]. Pekerjaan dilakukan secara padat karya oleh warga setempat.",
        pool=KAB,
    ),
    # --- field reports ------------------------------------------------------------------------------
    p.field(
        0,
        "Monitoring pelantikan pengurus organisasi kepemudaan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di gedung serbaguna {kabn}, "
        "dilaksanakan pelantikan pengurus [Karang Taruna|KNPI|Kwartir Cabang Pramuka] {kab} masa bakti lima tahun. "
        "Hadir sekitar {n3} orang termasuk unsur Forkopimda. Kegiatan berjalan tertib dan selesai sesuai "
        "jadwal.",
    ),
    p.field(
        0,
        "Monitoring penyaluran BLT dana desa",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di balai {desa}, Kecamatan {kec}, "
        "{kab}, dilaksanakan penyaluran BLT dana desa kepada {n2} keluarga penerima manfaat. Penyaluran "
        "disaksikan pendamping desa dan Bhabinkamtibmas. Seluruh penerima hadir dan [kegiatan berjalan "
        "lancar|tidak ada keluhan yang disampaikan].",
        pool=KAB,
    ),
    p.field(
        0,
        "Kunjungan kerja {Kepala} ke kecamatan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, {Kepala} {kabn} melakukan kunjungan "
        "kerja ke Kecamatan {kec} untuk meninjau [pembangunan puskesmas|pembangunan jembatan|rehabilitasi "
        "pasar]. Dalam dialog, warga mengusulkan perbaikan drainase dan penambahan lampu jalan. Kegiatan "
        "berjalan lancar.",
    ),
    p.field(
        0,
        "Patroli dialogis rutin",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, personel Polsek {kec} bersama Koramil "
        "melaksanakan patroli dialogis di [pasar malam|pelabuhan rakyat|pusat keramaian] dan permukiman "
        "warga. Tidak ditemukan gangguan kamtibmas. Situasi wilayah Kecamatan {kec}, {kab}, aman dan "
        "kondusif.",
    ),
    p.field(
        0,
        "Patroli malam Satpol PP",
        "Pada hari {hari} tanggal {tgl} sekitar pukul [20.30|21.00|22.00|23.00] WITA, regu Satpol PP {kab} "
        "melaksanakan patroli ketertiban di taman kota, {jl}, dan kawasan kuliner. Petugas mengingatkan pedagang "
        "menjaga kebersihan dan [tidak memakai badan jalan|menutup lapak tepat waktu]. Pedagang menerima dengan baik, "
        "situasi aman.",
    ),
    p.field(
        0,
        "Pemantauan ibadah hari raya",
        "Pada hari raya [Natal|Idulfitri|Paskah|Iduladha] tahun {tahun} sekitar pukul [07.00|07.30|08.00] WITA, "
        "pemantauan pelaksanaan ibadah di Kecamatan {kec}, {kab}, menunjukkan ibadah berlangsung khusyuk. "
        "Jemaah datang dan pulang dengan tertib, parkir dibantu pemuda setempat. Situasi aman dan kondusif.",
    ),
    p.field(
        0,
        "Monitoring harga dan stok bahan pokok",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, tim monitoring bersama dinas "
        "perdagangan mengecek pasar di Kecamatan {kec}, {kab}. Harga {komoditas} {harga_lama} per {satuan}, "
        "[sama dengan pekan lalu|sedikit turun dari pekan lalu]. Stok di distributor cukup hingga [dua|tiga] "
        "bulan ke depan.",
    ),
    p.field(
        0,
        "Pemantauan tinggi muka air sungai",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, pemantauan di Kecamatan {kec}, {kab}, "
        "menunjukkan tinggi muka air sungai dalam batas normal setelah hujan [semalam|dua hari terakhir]. "
        "Angkutan perahu dan speedboat beroperasi seperti biasa. Warga bantaran beraktivitas normal.",
        pool=HULU,
    ),
    p.field(
        0,
        "Monitoring pelaksanaan posyandu",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di posyandu {desa}, Kecamatan {kec}, "
        "dilaksanakan penimbangan dan imunisasi balita. Sebanyak {n2} balita hadir didampingi orang tuanya. "
        "Kader [membagikan makanan tambahan|memberi penyuluhan gizi]. Kegiatan berjalan lancar.",
    ),
    p.field(
        0,
        "Pelaksanaan musrenbang kecamatan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di aula kantor camat {kec}, {kab}, "
        "dilaksanakan musrenbang kecamatan yang dihadiri kepala desa, BPD, dan tokoh masyarakat. Usulan "
        "prioritas meliputi [semenisasi jalan lingkungan|rehabilitasi sekolah|jaringan air bersih]. "
        "Musyawarah berjalan lancar dan usulan disepakati bersama.",
        pool=KAB,
    ),
    p.field(
        0,
        "Pemantauan pengajian akbar",
        "Pada hari {hari} tanggal {tgl} sekitar pukul [19.45|20.00|20.30] WITA, di lapangan {desa}, Kecamatan {kec}, "
        "dilaksanakan pengajian akbar [peringatan hari besar Islam|haul ulama setempat|tablig akbar tahunan] yang "
        "dihadiri sekitar {n4} jemaah. Penceramah mengajak jemaah menjaga kerukunan dan kebersihan kampung. Acara "
        "selesai dan jemaah pulang dengan tertib.",
    ),
    p.field(
        0,
        "Verifikasi kesekretariatan ormas",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, tim Kesbangpol {kab} melakukan "
        "verifikasi kesekretariatan sebuah yayasan [sosial|pendidikan|keagamaan] di {jl}, Kecamatan {kec}. "
        "Alamat sekretariat sesuai dokumen dan kegiatan berupa [santunan anak yatim|bimbingan belajar gratis]. "
        "Tidak ditemukan hal yang menonjol.",
    ),
    p.field(
        0,
        "Monitoring bursa kerja",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di gedung pertemuan {kabn}, "
        "dilaksanakan bursa kerja oleh dinas tenaga kerja yang diikuti {n2} perusahaan. Sekitar {n4} pencari "
        "kerja hadir dan [mengantre dengan tertib|mengikuti wawancara di tempat]. Kegiatan berjalan lancar.",
    ),
    # --- chats --------------------------------------------------------------------------------------
    p.wa(
        0,
        "info dari dukcapil {kabx}: perekaman KTP-el keliling di kantor camat {kec} hari {hari} jam 8 sampai "
        "12. yg anaknya sudah 17 tahun bawa [KK asli|fotokopi KK] ya",
    ),
    p.wa(
        0,
        "bapak2 kelompok tani {desa}, pupuk subsidi jatah musim ini sudah masuk kios. ambil bawa KTP, paling "
        "lambat [sabtu|akhir bulan] ya",
        pool=KAB,
    ),
    p.wa(
        0,
        "Selamat pagi rekan2 staf kecamatan {kec}, besok apel jam 07.30 lanjut persiapan kunjungan pak "
        "{kepala}. pakai [PDH|batik korpri] ya",
    ),
    p.wa(
        0,
        "laporan linmas {desa} malam ini: pos ronda {n1} aman, tidak ada kejadian menonjol. warga [lagi nonton "
        "bola bareng|main domino] di pos",
    ),
    p.wa(
        0,
        "ibu2 posyandu {desa}, jadwal timbang balita sama imunisasi tgl {tgls} jam 9 pagi. bawa buku KIA ya, "
        "ada [bubur kacang hijau|telur rebus] buat anak2",
    ),
    p.wa(
        0,
        "PPDB SMP {kabx} dibuka mulai tgl {tgls}. yg bingung daftar online bisa datang ke sekolah, ada "
        "operator yg [bantu|siap bantu] isi formulir",
    ),
    p.social(
        0,
        "Alhamdulillah jalan ke {desa} {kec} akhirnya diaspal, dulu musim hujan motor bisa nyangkut 😂 "
        "makasih pak kades & {pemda} {kabx} [🙏|👍]",
        pool=KAB,
    ),
    p.social(
        0,
        "Bangga! anak2 {kec} juara [1|2] MTQ {kabx} cabang [tilawah|tahfiz]. semoga lanjut juara di provinsi 🤲",
    ),
    p.social(
        0,
        "Sungai di {kec} lagi surut, airnya jernih. sore ini rame warga [mancing|nyari udang galah] di "
        "tepian, anak2 mandi2 seru banget",
        pool=HULU,
    ),
    p.social(
        0,
        "Harga {komoditas} di pasar {kec} hari ini {harga_lama}, masih sama kayak minggu lalu. aman lah buat "
        "[emak2|ibu2] 😅",
    ),
    p.sms(
        0,
        "Info BMKG: hari ini {kabx} cerah berawan, [hujan ringan sore hari|berpotensi hujan malam hari]. "
        "Gelombang laut rendah, aman utk nelayan",
        pool=COAST,
    ),
    p.sms(
        0,
        "Yth Bapak/Ibu, penyaluran BLT dana desa {desa} bulan {bulan} di balai desa [Kamis|Jumat] pkl 09.00. "
        "Bawa KTP & KK asli",
        pool=KAB,
    ),
    p.sms(
        0,
        "Lapor pak camat, progres jembatan {desa} {persen}%, pekerja {n2} org, [cuaca cerah|material lengkap]. "
        "tdk ada kendala",
    ),
)

RELEVANT: tuple[Template, ...] = (
    tk.field(
        1,
        "Rencana aksi terkait dana desa",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi sekitar {n2} warga {desa}, Kecamatan {kec}, {kab}, "
        "berencana menggelar aksi di kantor desa [pekan depan|hari Senin] menuntut keterbukaan penggunaan "
        "dana desa tahun {tahun}, khususnya proyek [sumur bor|jalan usaha tani] yang belum selesai. Undangan "
        "aksi beredar melalui grup WhatsApp. Saran: camat memfasilitasi pertemuan warga dan kepala desa.",
    ),
    tk.news(
        2,
        "Warga {desa} Datangi Kantor Desa, Pertanyakan Proyek Air Bersih",
        "Puluhan warga {desa}, Kecamatan {kec}, {kab}, mendatangi kantor desa mempertanyakan proyek air "
        "bersih senilai Rp{n3} juta dari dana desa yang tak kunjung mengalir. Warga membawa [foto pipa yang "
        "terbengkalai|salinan papan proyek] dan menolak pulang sebelum kepala desa menemui mereka. Pertemuan "
        "berakhir dengan janji audit inspektorat.",
    ),
    tk.wa(
        1,
        "assalamualaikum warga {desa}, besok jam 9 kita kumpul di depan kantor desa. minta kades jelaskan "
        "dana desa {tahun} yg katanya buat [jalan|drainase] tapi tidak ada wujudnya. kalau tidak mau jelaskan "
        "kita lapor ke kejaksaan",
    ),
    lh.field(
        2,
        "Penghentian pekerjaan jalan oleh pemilik lahan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di lokasi proyek peningkatan jalan "
        "poros Kecamatan {kec}, {kab}, sekitar {n2} warga yang mengaku pemilik lahan menghentikan alat berat "
        "{pt_kontraktor} dan memasang [pagar bambu|patok dan spanduk] di badan jalan karena ganti rugi belum "
        "dibayar. Pekerjaan dihentikan sementara. Camat dan Kapolsek melakukan mediasi.",
    ),
    lh.news(
        2,
        "Proyek Pelebaran Jalan di {kec} Terhenti, Warga Pasang Portal",
        "Pelebaran jalan di Kecamatan {kec}, {kab}, terhenti setelah warga memasang portal di atas lahan yang "
        "menurut mereka belum dibebaskan. Dinas pekerjaan umum menyebut lahan itu sudah dihibahkan pada "
        "[2015|2018], namun ahli waris membantah. Kedua pihak dijadwalkan bertemu di kantor camat.",
    ),
    lh.sms(
        1,
        "pak, warga pemilik lahan di trase jalan {desa} bilang besok mau tutup lokasi proyek kalau ganti rugi "
        "belum cair. [sdh kumpul di rumah pak RT|lg siapkan spanduk]",
    ),
    pj.field(
        2,
        "Pemboikotan pelantikan kepala desa",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, sekitar {n2} pendukung calon kepala "
        "desa yang kalah dalam pilkades {desa}, Kecamatan {kec}, {kab}, memboikot pelantikan kepala desa "
        "terpilih dan memalang pintu kantor desa dengan [kayu|rantai dan gembok]. Pelantikan dipindahkan ke "
        "kantor camat. Aparat berjaga, situasi terkendali.",
    ),
    pj.news(
        2,
        "Pelantikan Kades Dipindah ke Kantor Camat, Pendukung Calon Kalah Tutup Kantor Desa",
        "Pelantikan kepala desa {desa}, Kecamatan {kec}, {kab}, dipindahkan ke kantor camat setelah "
        "pendukung calon yang kalah menutup kantor desa sejak pagi. Mereka menuntut [pemungutan suara "
        "ulang|penghitungan ulang surat suara]. Panitia menyatakan seluruh keberatan sudah diputus sesuai "
        "aturan.",
    ),
    bt.field(
        1,
        "Temuan kelompok pemuda membawa senjata tajam",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, saat patroli rutin di {jl}, "
        "Kecamatan {kec}, {kab}, petugas menemukan dua kelompok pemuda dari {desa} dan {desa2} berkumpul "
        "terpisah sambil membawa senjata tajam. Petugas membubarkan mereka dan menyita {n1} bilah [parang|"
        "badik]. Diduga hendak membalas keributan di acara hiburan sepekan lalu. Situasi dapat dikendalikan.",
    ),
    bt.wa(
        1,
        "lapor ndan, patroli semalam di {jl} {kec} ketemu 2 kelompok pemuda kumpul bawa sajam, sudah "
        "dibubarkan, {n1} [parang|celurit] disita. katanya mau balas soal ribut di [orgen tunggal|pesta "
        "kawinan] kemarin",
    ),
    sr.field(
        1,
        "Ceramah bermuatan kebencian terhadap umat agama lain",
        "Pada hari {hari} tanggal {tgl} sekitar pukul [20.00|20.30|21.00] WITA, pemantauan pengajian di {desa}, "
        "Kecamatan {kec}, {kab}, mendapati penceramah berinisial {ini} menyampaikan ceramah yang mengajak "
        "jemaah [memusuhi|menjauhi dan membenci] pemeluk agama lain di kampung itu. Sekitar {n3} jemaah "
        "hadir dan rekaman ceramah beredar di media sosial. Saran: FKUB dan Kemenag melakukan klarifikasi.",
        prov=True,
    ),
    sr.news(
        1,
        "Isi Ceramah di Pengajian Rutin Dinilai Menyulut Kebencian, FKUB Minta Klarifikasi",
        "FKUB {kab} meminta klarifikasi panitia pengajian rutin di Kecamatan {kec} setelah penceramah "
        "menyebut umat agama lain sebagai [musuh yang harus dijauhi|ancaman bagi kampung]. Rekaman ceramah "
        "beredar luas di grup warga. Tokoh lintas agama meminta rekaman itu tidak lagi disebarkan.",
        prov=True,
    ),
    sd.field(
        1,
        "Kelangkaan elpiji 3 kg di pangkalan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di sejumlah pangkalan elpiji "
        "Kecamatan {kec}, {kab}, stok elpiji 3 kg kosong sejak [tiga|empat] hari. Harga di pengecer mencapai "
        "[Rp35.000|Rp40.000|Rp45.000] per tabung. Warga mulai berkerumun dan menuding ada penimbunan. Saran: dinas "
        "perdagangan dan Pertamina segera melakukan operasi pasar.",
    ),
    hx.wa(
        1,
        "PENGUMUMAN RESMI: berdasarkan surat camat {kec}, seluruh BLT bulan ini [dibatalkan|ditunda tanpa "
        "batas waktu] krn dananya dipakai proyek IKN. Mohon disebarkan ke grup RT masing2",
        hoax=True,
    ),
)

TEMPLATES: tuple[Template, ...] = PLAIN + RELEVANT
