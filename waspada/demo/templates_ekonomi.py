"""Background templates, bidang ekonomi: prices, fuel, labour, coal, palm oil, investment."""

from __future__ import annotations

from waspada.demo.model import Template

# Where the stories make sense.
MINING = ("64.01", "64.02", "64.03", "64.07", "64.08", "64.72")
SAWIT = ("64.01", "64.02", "64.03", "64.07", "64.08", "64.09")
COAL_HOLE_KECAMATAN = (
    "64.72.01",
    "64.72.05",
    "64.72.06",
    "64.72.07",
    "64.72.10",
    "64.02.02",
    "64.02.16",
    "64.02.14",
)
UPRIVER_KECAMATAN = ("64.11.03", "64.11.04", "64.11.05", "64.11.02", "64.07.05")

EKONOMI: tuple[Template, ...] = (
    Template(
        key="eko-harga-pasar",
        domain="ekonomi",
        theme="harga_sembako",
        severity=1,
        channel="field_report",
        level="kec",
        hours=(6, 10),
        title="Harga {komoditas} naik di pasar {kec}",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA dilakukan pemantauan di pasar "
            "tradisional Kecamatan {kec}, {kab}. Harga {komoditas} naik dari {harga_lama} menjadi "
            "{harga_baru} per {satuan} dalam dua minggu terakhir. Pedagang menyebut pasokan dari luar daerah "
            "berkurang akibat cuaca dan biaya angkut. Sebagian pembeli mengurangi jumlah belanja; tidak ada "
            "keributan di lokasi."
        ),
        opinion=(
            "Kenaikan masih dapat ditoleransi namun perlu dipantau menjelang hari besar keagamaan. "
            "Disarankan operasi pasar oleh dinas perdagangan."
        ),
        who="Pedagang dan pembeli di pasar tradisional {kec}",
        why="Pasokan {komoditas} dari luar daerah berkurang",
    ),
    Template(
        key="eko-harga-sms",
        domain="ekonomi",
        theme="harga_sembako",
        severity=1,
        channel="sms",
        title="Keluhan harga {komoditas} di warung",
        text=(
            "pak sy warga {desa_nama}, harga {komoditas} di warung skrg {harga_baru} per {satuan}, kemarin2 "
            "msh {harga_lama}. warga byk yg ngeluh, katanya stok di agen kosong. tolong dicek pak apa ada yg "
            "nimbun. trims"
        ),
        who="Warga dan pedagang warung di {desa_nama}",
        why="Kenaikan harga {komoditas} dan dugaan penimbunan",
    ),
    Template(
        key="eko-harga-operasi-pasar",
        domain="ekonomi",
        theme="harga_sembako",
        severity=1,
        channel="news",
        level="kab",
        title="Harga {komoditas} di {ibukota} tembus {harga_baru}, pemda gelar operasi pasar",
        text=(
            "{dateline} – Harga {komoditas} di sejumlah pasar di {ibukota} terus merangkak naik dan kini "
            "mencapai {harga_baru} per {satuan}, dari sebelumnya {harga_lama}. Dinas perdagangan {kab_nama} "
            "menggelar operasi pasar pada {tgl_berita} dengan menjual komoditas tersebut di bawah harga "
            "pasar. Antrean warga sudah terlihat sejak pagi. Pemerintah memastikan stok aman hingga akhir "
            "bulan."
        ),
        who="{pemda_panjang}; pedagang dan warga {ibukota}",
        why="Kenaikan harga {komoditas}",
    ),
    Template(
        key="eko-perbatasan-pasokan",
        domain="ekonomi",
        theme="harga_sembako",
        severity=1,
        channel="field_report",
        level="kec",
        regions=("64.11",),
        title="Pasokan sembako ke {kec} tersendat, harga beras melonjak",
        text=(
            "Pada hari {hari} tanggal {tanggal} pukul {jam} WITA dilaporkan dari Kecamatan {kec}, {kab}, "
            "bahwa kiriman sembako dari hilir tersendat karena perahu barang tidak dapat melewati riam saat "
            "air surut. Harga beras di tingkat pengecer mencapai Rp{harga_beras_hulu} per kilogram. Sebagian "
            "warga membeli gula, minyak goreng dan gas dari pedagang yang membawa barang dari wilayah "
            "Malaysia."
        ),
        opinion=(
            "Belum ada keresahan terbuka, tetapi ketergantungan pada pasokan lintas batas perlu menjadi "
            "perhatian pemerintah daerah."
        ),
        who="Warga dan pedagang di Kecamatan {kec}",
        why="Jalur sungai tidak dapat dilalui saat air surut",
    ),
    Template(
        key="eko-solar-antre-wa",
        domain="ekonomi",
        theme="bbm",
        severity=1,
        channel="whatsapp",
        level="kec",
        hours=(9, 19),
        title="Antrean solar mengular, sopir truk mulai emosi",
        text=(
            "antrian solar di spbu {kec} udh dr subuh sampe skrg blm gerak, truk2 sawit sm truk material "
            "parkir sampe 1 km lebih. ada sopir yg udh adu mulut sm petugas spbu krn katanya ada yg nyelak "
            "pake jerigen. klo bsk masih gini katanya sopir2 mau parkir di tengah jalan."
        ),
        who="Sopir truk dan petugas SPBU di {kec}",
        why="Kelangkaan solar bersubsidi",
    ),
    Template(
        key="eko-solar-langka",
        domain="ekonomi",
        theme="bbm",
        severity=1,
        channel="field_report",
        level="kec",
        title="Kelangkaan solar, sopir ancam memarkir kendaraan di badan jalan",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA terjadi antrean panjang kendaraan "
            "di SPBU Kecamatan {kec}, {kab}, akibat keterlambatan pasokan solar selama {n_hari} hari. Di "
            "tingkat pengecer solar dijual Rp{harga_eceran} per liter. Sejumlah sopir yang tergabung dalam "
            "paguyuban angkutan menyatakan akan memarkir kendaraan di badan jalan bila pasokan tidak normal "
            "dalam dua hari."
        ),
        opinion=(
            "Potensi aksi blokade jalan bila distribusi tidak segera normal. Perlu koordinasi dengan "
            "Pertamina dan dinas perhubungan."
        ),
        who="Paguyuban sopir angkutan; pengelola SPBU di {kec}",
        why="Keterlambatan pasokan solar bersubsidi",
    ),
    Template(
        key="eko-solar-kuota",
        domain="ekonomi",
        theme="bbm",
        severity=1,
        channel="news",
        level="kab",
        title="Pasokan solar di {kab_nama} tersendat, kuota ditambah",
        text=(
            "{dateline} – Antrean kendaraan di sejumlah SPBU di {kab_nama} dalam sepekan terakhir mulai "
            "berkurang setelah Pertamina menambah kuota solar bersubsidi. Hal itu disampaikan dalam rapat "
            "bersama pemerintah daerah pada {tgl_berita}. {pemda} meminta pengawasan pembelian menggunakan "
            "jeriken diperketat agar solar tidak dijual kembali dengan harga tinggi di tingkat pengecer."
        ),
        who="Pertamina dan {pemda_panjang}; sopir angkutan",
        why="Kelangkaan solar bersubsidi",
    ),
    Template(
        key="eko-bbm-hulu",
        domain="ekonomi",
        theme="bbm",
        severity=1,
        channel="field_report",
        level="kec",
        kecamatan=UPRIVER_KECAMATAN,
        title="Harga bensin eceran di hulu Mahakam melonjak",
        text=(
            "Pada hari {hari} tanggal {tanggal} pukul {jam} WITA diperoleh laporan dari Kecamatan {kec}, "
            "{kab}, bahwa harga bensin eceran mencapai Rp{harga_hulu} per liter. Kapal pengangkut BBM dan "
            "sembako tidak dapat melintasi riam karena debit Sungai Mahakam turun. Warga yang bergantung "
            "pada perahu bermesin mengurangi perjalanan ke ladang dan sekolah."
        ),
        opinion=(
            "Belum ada keresahan terbuka, namun bila berlangsung lama dapat memicu ketidakpuasan terhadap "
            "pemerintah daerah."
        ),
        who="Warga dan pengecer BBM di Kecamatan {kec}",
        why="Debit Sungai Mahakam turun sehingga kapal pengangkut tertahan",
    ),
    Template(
        key="eko-lpg-langka",
        domain="ekonomi",
        theme="bbm",
        severity=1,
        channel="telegram",
        title="Gas 3 kg langka, harga di pengecer naik",
        text=(
            "info dr warga {desa_nama}: gas melon 3kg kosong di pangkalan udh {n_hari} hari, di pengecer "
            "tembus Rp{harga_lpg} per tabung. pangkalan bilang jatah blm turun. ibu2 udh rame nanya di grup, "
            "ada yg bilang mau ngadu rame2 ke {kantor_santai}."
        ),
        who="Warga dan pangkalan LPG di {desa_nama}",
        why="Pasokan LPG 3 kg terlambat",
    ),
    Template(
        key="eko-spbu-jeriken-aduan",
        domain="ekonomi",
        theme="bbm",
        severity=1,
        channel="public_tip",
        level="kec",
        title="Aduan: SPBU layani pembelian solar dengan jeriken",
        text=(
            "Saya melaporkan SPBU di Kecamatan {kec} hampir setiap malam melayani pembelian solar memakai "
            "puluhan jeriken yang diangkut mobil bak. Paginya solar sudah habis dan sopir serta nelayan "
            "harus antre atau membeli di pengecer dengan harga mahal. Kami minta dinas dan kepolisian "
            "mengawasi SPBU tersebut."
        ),
        who="Pengelola SPBU dan pembeli berjeriken di {kec}",
        why="Dugaan penyimpangan distribusi solar bersubsidi",
    ),
    Template(
        key="eko-lapor-penimbunan-solar",
        domain="ekonomi",
        theme="bbm",
        severity=1,
        channel="api",
        level="kec",
        title="Laporan LAPOR!: dugaan penimbunan solar oleh pengecer",
        text=(
            "Ringkasan aduan dari kanal LAPOR!: pelapor menyampaikan bahwa di Kecamatan {kec}, {kab}, "
            "terdapat pengecer yang setiap hari membeli solar bersubsidi dalam jumlah besar memakai jeriken "
            "dan kendaraan bertangki modifikasi, lalu menjualnya ke truk tambang dan perkebunan. Akibatnya "
            "nelayan dan petani kesulitan mendapat solar. Status aduan: diteruskan ke kepolisian dan dinas "
            "perdagangan."
        ),
        who="Pengecer BBM di {kec}; nelayan dan petani",
        why="Dugaan penimbunan dan penjualan kembali solar bersubsidi",
    ),
    Template(
        key="eko-gaji-kontraktor",
        domain="ekonomi",
        theme="ketenagakerjaan",
        severity=1,
        channel="field_report",
        regions=MINING,
        title="Pekerja kontraktor tambang belum digaji {n_bulan} bulan",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar {n_sedang} pekerja "
            "{pt_kontraktor}, subkontraktor di area tambang {pt_tambang} di {desa}, Kecamatan {kec}, "
            "berkumpul di mes karyawan. Mereka mengeluhkan gaji yang belum dibayar selama {n_bulan} bulan "
            "dan BPJS yang tidak aktif. Perwakilan pekerja menyatakan akan mogok kerja dan mendatangi kantor "
            "perusahaan bila tidak ada kepastian pembayaran pekan ini."
        ),
        opinion=(
            "Masih dalam tahap keluhan. Dinas tenaga kerja perlu memfasilitasi sebelum berkembang menjadi "
            "mogok atau blokade."
        ),
        who="Sekitar {n_sedang} pekerja {pt_kontraktor}; {pt_tambang}",
        why="Gaji tertunggak {n_bulan} bulan dan BPJS tidak aktif",
    ),
    Template(
        key="eko-tenaga-lokal-aduan",
        domain="ekonomi",
        theme="ketenagakerjaan",
        severity=1,
        channel="public_tip",
        village_only=True,
        title="Aduan: perusahaan dinilai abaikan tenaga kerja lokal",
        text=(
            "Saya mewakili pemuda {desa} ingin mengadukan bahwa perusahaan yang beroperasi di wilayah kami "
            "lebih banyak menerima pekerja dari luar daerah. Dari {n_sedang} lowongan terakhir, katanya "
            "hanya beberapa orang warga lokal yang diterima. Pemuda di sini sudah berkali-kali memasukkan "
            "lamaran. Kalau terus begini kami khawatir ada yang emosi dan menutup jalan perusahaan."
        ),
        who="Pemuda {desa}; perusahaan yang beroperasi di Kecamatan {kec}",
        why="Kecemburuan soal rekrutmen tenaga kerja lokal",
    ),
    Template(
        key="eko-phk-kebun-aduan",
        domain="ekonomi",
        theme="ketenagakerjaan",
        severity=1,
        channel="public_tip",
        regions=SAWIT,
        village_only=True,
        title="Aduan: buruh harian kebun diberhentikan tanpa pesangon",
        text=(
            "Kami buruh harian lepas di kebun {pt_sawit} dekat {desa} melaporkan bahwa sekitar {n_sedang} "
            "orang diberhentikan mendadak minggu ini tanpa pesangon, padahal sebagian sudah bekerja lebih "
            "dari lima tahun. Mandor hanya bilang ada pengurangan biaya. Kami minta dinas tenaga kerja "
            "memanggil perusahaan dan memperjelas status kami."
        ),
        who="Buruh harian lepas {pt_sawit}; manajemen kebun",
        why="Pemberhentian buruh harian tanpa pesangon",
    ),
    Template(
        key="eko-unjuk-rasa-pesangon",
        domain="ekonomi",
        theme="ketenagakerjaan",
        severity=2,
        channel="news",
        level="kab",
        hours=(9, 13),
        title="Puluhan pekerja unjuk rasa tuntut pesangon di {ibukota}",
        text=(
            "{dateline} – Puluhan pekerja yang terkena pemutusan hubungan kerja (PHK) berunjuk rasa di depan "
            "kantor dinas tenaga kerja {kab_nama} pada {tgl_berita}. Mereka menuntut perusahaan tempat "
            "mereka bekerja membayar pesangon sesuai ketentuan. Aksi berlangsung damai dengan pengawalan "
            "polisi. Perwakilan pekerja diterima kepala dinas yang berjanji memanggil manajemen perusahaan "
            "pekan depan."
        ),
        who="Puluhan pekerja korban PHK; dinas tenaga kerja {kab_nama}",
        why="Pesangon PHK yang belum dibayar sesuai ketentuan",
    ),
    Template(
        key="eko-tembusan-mogok",
        domain="ekonomi",
        theme="ketenagakerjaan",
        severity=1,
        channel="email",
        level="kab",
        regions=MINING,
        title="Tembusan pemberitahuan rencana mogok kerja di {pt_tambang}",
        text=(
            "Kepada Yth. Kepala Badan Kesbangpol. Bersama surel ini kami sampaikan tembusan pemberitahuan "
            "rencana mogok kerja anggota serikat pekerja tingkat unit di {pt_tambang}, {kab}. Mogok "
            "direncanakan selama tiga hari mulai pekan depan karena perundingan upah lembur dan status "
            "kontrak {n_sedang} pekerja tidak mencapai kesepakatan. Kami menjamin aksi berlangsung tertib "
            "sesuai peraturan."
        ),
        who="Serikat pekerja dan manajemen {pt_tambang}",
        why="Perundingan upah lembur dan status kontrak buntu",
        source="Surel serikat pekerja (tembusan)",
    ),
    Template(
        key="eko-blokade-hauling",
        domain="ekonomi",
        theme="tambang",
        severity=2,
        channel="field_report",
        regions=MINING,
        village_only=True,
        hours=(7, 12),
        title="Warga blokade jalan hauling batu bara di {desa}",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar {n_sedang} warga {desa}, "
            "Kecamatan {kec}, {kab}, memasang portal kayu dan menghentikan truk angkutan batu bara "
            "{pt_tambang} yang melintas di jalan desa. Warga mengeluhkan debu, jalan rusak dan janji "
            "penyiraman jalan yang tidak ditepati. Sebanyak {n_kecil} truk tertahan. Polsek dan Koramil "
            "berada di lokasi; tidak ada kekerasan."
        ),
        opinion=(
            "Blokade berpotensi berulang. Tuntutan kompensasi debu perlu dimediasi dinas lingkungan hidup "
            "dan perusahaan."
        ),
        who="Sekitar {n_sedang} warga {desa}; {pt_tambang}",
        why="Debu, kerusakan jalan dan janji penyiraman jalan yang tidak ditepati",
    ),
    Template(
        key="eko-hauling-kampung-wa",
        domain="ekonomi",
        theme="tambang",
        severity=1,
        channel="whatsapp",
        regions=MINING,
        title="Warga kesal truk batu bara lewat kampung",
        text=(
            "truk batubara {pt_tambang_singkat} lewat jalan kampung lagi pak, padahal janjinya pake jalan "
            "sendiri. debu tebel bgt, anak2 sekolah batuk2. barusan bapak2 kumpul di pos ronda {desa_nama}, "
            "katanya klo sore ini truk msh lewat mau ditutup jalannya. tolong diteruskan ke yg berwenang."
        ),
        who="Warga {desa_nama}; {pt_tambang}",
        why="Truk batu bara melintasi jalan permukiman",
    ),
    Template(
        key="eko-lubang-tambang-aduan",
        domain="ekonomi",
        theme="tambang",
        severity=1,
        channel="public_tip",
        kecamatan=COAL_HOLE_KECAMATAN,
        title="Lubang bekas tambang dekat permukiman belum direklamasi",
        text=(
            "Saya melaporkan ada lubang bekas tambang batu bara yang tergenang air di belakang permukiman "
            "{rt} {desa}, Kecamatan {kec}. Jaraknya kurang dari 200 meter dari rumah warga dan tidak "
            "dipagar. Hampir setiap sore anak-anak berenang dan memancing di sana. Warga sudah melapor ke "
            "{kantor_santai} tetapi belum ada tindakan dari perusahaan maupun dinas. Kami takut terjadi "
            "korban seperti di tempat lain."
        ),
        who="Warga {rt} {desa}; pemegang izin tambang (belum diketahui)",
        why="Lubang bekas tambang tidak direklamasi dan tidak dipagar",
    ),
    Template(
        key="eko-lubang-tambang-korban",
        domain="ekonomi",
        theme="tambang",
        severity=1,
        channel="news",
        level="kec",
        kecamatan=COAL_HOLE_KECAMATAN,
        title="Bocah tenggelam di lubang bekas tambang, warga desak penutupan",
        text=(
            "{dateline} – Seorang anak berusia {umur_anak} tahun ditemukan tenggelam di lubang bekas tambang "
            "batu bara di Kecamatan {kec}, {kab}, pada {tgl_berita}. Korban diduga berenang bersama "
            "temannya. Warga yang berkumpul di lokasi mendesak pemerintah dan perusahaan pemegang izin "
            "segera menutup dan memagari lubang tersebut. Pegiat lingkungan mencatat kejadian serupa sudah "
            "berulang kali terjadi di Kalimantan Timur."
        ),
        who="Keluarga korban dan warga {kec}; pemegang izin tambang",
        why="Lubang bekas tambang dibiarkan terbuka tanpa reklamasi",
    ),
    Template(
        key="eko-peti-kebun",
        domain="ekonomi",
        theme="tambang",
        severity=1,
        channel="field_report",
        regions=MINING,
        village_only=True,
        title="Tambang batu bara tanpa izin di kebun warga picu pro-kontra",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di areal kebun warga {desa}, "
            "Kecamatan {kec}, {kab}, terpantau dua unit ekskavator menggali batu bara yang diduga tanpa "
            "izin. Sebagian pemilik lahan menerima kompensasi dari pengelola, sementara warga lain menolak "
            "karena penggalian dekat sumber air. Kedua kelompok sempat bersitegang dalam pertemuan di rumah "
            "Ketua RT."
        ),
        opinion=(
            "Potensi konflik horizontal antarwarga. Perlu penegakan hukum oleh Polres dan pengawasan Dinas "
            "ESDM Provinsi."
        ),
        who="Pengelola tambang tanpa izin; pemilik lahan dan warga {desa}",
        why="Pembagian kompensasi dan kekhawatiran pencemaran sumber air",
    ),
    Template(
        key="eko-plasma-bagi-hasil",
        domain="ekonomi",
        theme="perkebunan",
        severity=1,
        channel="field_report",
        regions=SAWIT,
        village_only=True,
        title="Petani plasma keluhkan bagi hasil kebun {pt_sawit}",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di balai pertemuan {desa}, "
            "Kecamatan {kec}, {kab}, berlangsung rapat anggota koperasi plasma mitra {pt_sawit} yang "
            "dihadiri sekitar {n_sedang} petani. Petani mempertanyakan hasil plasma yang hanya "
            "Rp{bagi_hasil} per kapling per bulan dan meminta laporan keuangan koperasi diaudit. Pengurus "
            "berjanji menghadirkan manajemen perusahaan dalam rapat berikutnya."
        ),
        opinion=(
            "Ketidakpercayaan terhadap pengurus koperasi tinggi; bila tidak ada audit, potensi aksi ke kantor kebun."
        ),
        who="Petani plasma dan pengurus koperasi {desa}; {pt_sawit}",
        why="Bagi hasil plasma rendah dan laporan keuangan koperasi tidak terbuka",
    ),
    Template(
        key="eko-tbs-anjlok-aduan",
        domain="ekonomi",
        theme="perkebunan",
        severity=1,
        channel="public_tip",
        regions=SAWIT,
        village_only=True,
        title="Aduan: harga TBS di tingkat petani anjlok",
        text=(
            "Kami petani sawit swadaya di {desa} mengadu soal harga tandan buah segar (TBS) yang dibeli "
            "pengepul hanya Rp{harga_tbs} per kg, jauh di bawah harga penetapan dinas. Pabrik terdekat tidak "
            "mau membeli langsung dari petani kecil. Biaya pupuk terus naik. Kami minta pemerintah mengawasi "
            "pengepul dan membantu membentuk kelembagaan petani."
        ),
        who="Petani sawit swadaya {desa}; pengepul TBS",
        why="Harga TBS di tingkat petani jauh di bawah harga penetapan",
    ),
    Template(
        key="eko-tbs-penetapan",
        domain="ekonomi",
        theme="perkebunan",
        severity=1,
        channel="news",
        level="kab",
        regions=SAWIT,
        title="Harga TBS periode ini naik, petani swadaya {kab_nama} belum menikmati",
        text=(
            "{dateline} – Tim penetapan harga TBS Kalimantan Timur menetapkan harga tandan buah segar "
            "periode ini naik tipis dibanding periode sebelumnya. Namun petani swadaya di {kab_nama} mengaku "
            "masih menerima harga lebih rendah dari pengepul. Kepala dinas perkebunan setempat, saat ditemui "
            "pada {tgl_berita}, mendorong petani bergabung dalam koperasi agar bisa bermitra langsung dengan "
            "pabrik kelapa sawit."
        ),
        who="Petani sawit swadaya {kab_nama}; dinas perkebunan",
        why="Selisih harga TBS penetapan dan harga pengepul",
    ),
    Template(
        key="eko-truk-sawit-dihadang",
        domain="ekonomi",
        theme="perkebunan",
        severity=2,
        channel="sms",
        regions=SAWIT,
        village_only=True,
        hours=(8, 15),
        title="Truk sawit dihadang warga di simpang {desa_nama}",
        text=(
            "lapor pak, {waktu_santai} truk2 sawit {pt_sawit_singkat} dihadang warga di simpang {desa_nama}, "
            "warga pasang kayu di tengah jalan. minta perusahaan perbaiki jalan yg rusak parah sm bayar "
            "kompensasi. skrg ada kurleb {n_sedang} org di lokasi, aman blm ada ribut."
        ),
        who="Sekitar {n_sedang} warga {desa_nama}; {pt_sawit}",
        why="Jalan rusak akibat angkutan sawit dan tuntutan kompensasi",
    ),
    Template(
        key="eko-koperasi-diduduki",
        domain="ekonomi",
        theme="perkebunan",
        severity=2,
        channel="field_report",
        regions=SAWIT,
        village_only=True,
        hours=(8, 13),
        title="Petani plasma duduki kantor koperasi di {desa}",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar {n_sedang} petani plasma "
            "mitra {pt_sawit} mendatangi dan menduduki kantor koperasi di {desa}, Kecamatan {kec}, {kab}. "
            "Petani menuntut pengurus mundur karena tidak pernah menyampaikan laporan pertanggungjawaban "
            "selama dua tahun. Kantor koperasi disegel dengan spanduk. Bhabinkamtibmas dan Babinsa berjaga; "
            "tidak ada perusakan."
        ),
        opinion=(
            "Konflik internal koperasi berpotensi meluas ke perusahaan inti. Dinas koperasi perlu segera "
            "memfasilitasi rapat anggota luar biasa."
        ),
        who="Sekitar {n_sedang} petani plasma; pengurus koperasi {desa}; {pt_sawit}",
        why="Pengurus koperasi tidak menyampaikan pertanggungjawaban selama dua tahun",
    ),
    Template(
        key="eko-mou-investasi",
        domain="ekonomi",
        theme="investasi",
        severity=0,
        channel="news",
        level="kab",
        title="{pemda} teken kerja sama investasi pengolahan hasil pertanian",
        text=(
            "{dateline} – {pemda_panjang} menandatangani nota kesepahaman dengan investor swasta untuk "
            "pembangunan fasilitas pengolahan hasil pertanian pada {tgl_berita}. Investasi tersebut "
            "ditargetkan menyerap ratusan tenaga kerja lokal dan membuka pasar bagi petani. {kepala_daerah} "
            "berharap proyek mulai dibangun tahun depan setelah perizinan dan kajian lingkungan rampung."
        ),
        who="{pemda_panjang} dan investor swasta",
    ),
)
