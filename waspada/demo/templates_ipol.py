"""Background templates, bidang ideologi and politik."""

from __future__ import annotations

from waspada.demo.model import Template

IDEOLOGI: tuple[Template, ...] = (
    Template(
        key="ideo-kajian-tertutup",
        domain="ideologi",
        theme="radikalisme",
        severity=1,
        channel="field_report",
        title="Kajian tertutup dengan materi menolak sistem pemerintahan di {desa}",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di sebuah rumah kontrakan di {rt} "
            "{desa}, Kecamatan {kec}, {kab}, berlangsung kajian tertutup yang diikuti sekitar {n_kecil} "
            "pemuda. Pengisi kajian adalah Sdr. {inisial}, pendatang yang baru sekitar tiga bulan tinggal di "
            "lokasi. Menurut keterangan warga, materi yang disampaikan menyebut sistem pemerintahan dan "
            "hormat bendera tidak sah. Kegiatan tidak pernah diberitahukan kepada Ketua RT."
        ),
        opinion=(
            "Belum ada ajakan kekerasan, namun materi berpotensi menumbuhkan paham intoleran di kalangan "
            "pemuda. Perlu pendalaman bersama Kemenag dan tokoh agama setempat."
        ),
        who="Sdr. {inisial} (pengisi kajian) dan sekitar {n_kecil} pemuda {desa}",
        why="Penyebaran paham yang menolak sistem pemerintahan melalui kajian tertutup",
        grades=("B3", "C3"),
    ),
    Template(
        key="ideo-selebaran-anti-pancasila",
        domain="ideologi",
        theme="anti_pancasila",
        severity=1,
        channel="field_report",
        title="Selebaran tanpa identitas ajak menolak Pancasila di {desa}",
        text=(
            "Diperoleh informasi bahwa pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, warga "
            "{desa}, Kecamatan {kec}, {kab}, menemukan puluhan lembar selebaran tanpa identitas yang "
            "diselipkan di warung, pangkalan ojek dan papan pengumuman {kantor_desa}. Selebaran berisi "
            "ajakan untuk tidak mengakui Pancasila sebagai dasar negara dan tidak ikut serta dalam pemilu. "
            "Selebaran telah dikumpulkan oleh Bhabinkamtibmas dan perangkat {desa_label_kecil}."
        ),
        opinion=(
            "Penyebar belum diketahui. Warga umumnya menolak isi selebaran, tetapi perlu ditelusuri apakah "
            "ada kelompok kecil yang aktif merekrut."
        ),
        who="Penyebar selebaran (belum diketahui); warga dan perangkat {desa}",
        why="Penyebaran paham yang menolak Pancasila",
    ),
    Template(
        key="ideo-nota-kominda-jaringan",
        domain="ideologi",
        theme="radikalisme",
        severity=1,
        channel="email",
        level="kec",
        title="Nota informasi: grup tertutup perekrutan daring di Kecamatan {kec}",
        text=(
            "NOTA INFORMASI. Pada {hari}, {tanggal}, anggota Kominda memperoleh keterangan bahwa sedikitnya "
            "{n_kecil} warga Kecamatan {kec}, {kab}, tergabung dalam grup percakapan tertutup yang dikelola "
            "akun dari luar daerah. Grup membagikan materi yang menyebut aparat negara sebagai musuh dan "
            "mengajak anggota 'hijrah' meninggalkan lingkungan. Dua anggota grup tercatat pernah mengikuti "
            "pertemuan di luar {kab_nama}. Identitas pengelola masih didalami."
        ),
        opinion=(
            "Belum ditemukan rencana aksi. Direkomendasikan pemantauan tertutup dan koordinasi dengan aparat "
            "terkait tanpa publikasi."
        ),
        who="Pengelola grup tertutup dari luar daerah; sedikitnya {n_kecil} warga Kecamatan {kec}",
        why="Perekrutan ke paham radikal melalui grup percakapan daring",
        marking="rahasia",
        source="Kominda Provinsi Kalimantan Timur",
    ),
    Template(
        key="ideo-ibadah-rumah-aduan",
        domain="ideologi",
        theme="intoleransi",
        severity=1,
        channel="public_tip",
        title="Aduan: warga keberatan kegiatan ibadah di rumah tinggal",
        text=(
            "Sy mau melaporkan, di {rt} {desa} Kec. {kec} ada sekelompok warga yang keberatan dengan "
            "kegiatan ibadah mingguan di rumah salah satu warga. Sudah dua kali ada yang datang minta "
            "kegiatan dihentikan karena katanya tidak ada izin. Kemarin dipasang spanduk penolakan di ujung "
            "gang. Yang beribadah kurang lebih {n_kecil} orang dan sudah lama tinggal di sini. Mohon "
            "difasilitasi supaya tidak ribut."
        ),
        opinion="Saya khawatir masalah ini dibesar-besarkan orang dari luar.",
        who="Sekelompok warga {rt} {desa} dan jemaat ibadah di rumah tinggal",
        why="Keberatan atas kegiatan ibadah di rumah tinggal tanpa izin rumah ibadah",
    ),
    Template(
        key="ideo-fkub-dialog",
        domain="ideologi",
        theme="intoleransi",
        severity=1,
        channel="news",
        level="kab",
        title="FKUB {kab_nama} gelar dialog cegah paham intoleran di kalangan pelajar",
        text=(
            "{dateline} – Forum Kerukunan Umat Beragama (FKUB) {kab_nama} bersama Kantor Kementerian Agama "
            "menggelar dialog lintas iman dengan ratusan pelajar SMA pada {tgl_berita}. Kegiatan ini digelar "
            "setelah guru menemukan konten bernada intoleran yang beredar di grup media sosial pelajar. "
            "Ketua FKUB meminta orang tua mengawasi tontonan anak dan tidak mudah membagikan ujaran "
            "kebencian. Kesbangpol menyatakan akan memperluas kegiatan serupa ke kecamatan lain."
        ),
        who="FKUB, Kantor Kemenag dan Kesbangpol {kab_nama}; pelajar SMA",
        why="Beredarnya konten intoleran di grup media sosial pelajar",
    ),
    Template(
        key="ideo-pesan-kos-beda-agama",
        domain="ideologi",
        theme="intoleransi",
        severity=1,
        channel="whatsapp",
        title="Pesan berantai ajak tolak penghuni kos beda agama",
        text=(
            "min ada pesan masuk grup RT kami, isinya ngajak warga {desa_nama} jgn terima penghuni "
            "kos/kontrakan yg beda agama, katanya 'demi menjaga kampung'. yg kirim pertama nomor gk jelas dr "
            "luar. bbrp warga udh ikut share, ada jg yg marah2 di grup. pak RT udh minta jgn diterusin tp "
            "msh aja ada yg kirim ulang"
        ),
        opinion="takut nanti ada yg diusir beneran",
        who="Warga {desa_nama} di grup WhatsApp RT; pengirim pesan tak dikenal",
        why="Pesan berantai bernada diskriminatif terhadap pendatang beda agama",
    ),
    Template(
        key="ideo-video-ganti-dasar-negara",
        domain="ideologi",
        theme="anti_pancasila",
        severity=1,
        channel="social",
        level="kab",
        title="Akun media sosial sebarkan ajakan mengganti dasar negara",
        text=(
            "Akun anonim yang mengatasnamakan 'pemuda hijrah {kab_singkat}' mengunggah video pendek berisi "
            "ajakan mengganti Pancasila dengan sistem lain dan menyebut demokrasi sebagai sumber kerusakan. "
            "Unggahan dibagikan ulang puluhan kali dan mendapat ratusan komentar, sebagian besar menolak. "
            "Akun baru dibuat sekitar dua minggu lalu dan menandai beberapa akun komunitas pemuda di {kab}."
        ),
        who="Akun anonim 'pemuda hijrah {kab_singkat}'",
        why="Propaganda penolakan Pancasila di media sosial",
        grades=("C3", "D4"),
    ),
    Template(
        key="ideo-kanal-telegram-thaghut",
        domain="ideologi",
        theme="radikalisme",
        severity=1,
        channel="telegram",
        level="kab",
        title="Kanal Telegram bagikan materi kebencian pada aparat",
        text=(
            "lapor bang, ada kanal telegram anggotanya {n_besar}an, isinya ceramah yg nyebut polisi sm "
            "tentara thaghut, trus ada link donasi gk jelas buat apa. adminnya nawarin 'kelas privat' ke "
            "anggota baru lewat japri, lokasinya katanya di {ibukota}. screenshot udh sy simpen semua kalo "
            "perlu."
        ),
        who="Admin kanal Telegram tak dikenal dan anggotanya di {kab_nama}",
        why="Penyebaran kebencian terhadap aparat dan penggalangan dana yang tidak jelas",
    ),
    Template(
        key="ideo-tolak-upacara",
        domain="ideologi",
        theme="anti_pancasila",
        severity=1,
        channel="field_report",
        village_only=True,
        title="Sekelompok kecil warga menolak ikut upacara dan kegiatan kenegaraan",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, dalam rapat persiapan peringatan "
            "hari besar nasional di {kantor_desa}, Kecamatan {kec}, {kab}, sebanyak {n_kecil} warga yang "
            "tergabung dalam satu kelompok pengajian menyatakan tidak akan mengikuti upacara dan melarang "
            "anak-anak mereka ikut lomba. Mereka beralasan hormat bendera bertentangan dengan keyakinan. "
            "{kades} meminta Babinsa dan KUA memfasilitasi dialog."
        ),
        opinion=(
            "Kelompoknya kecil dan tertutup. Penolakan belum disertai ancaman, tetapi perlu dialog dengan "
            "pendekatan tokoh agama agar tidak menular."
        ),
        who="{n_kecil} warga anggota satu kelompok pengajian di {desa}; {kades}",
        why="Keyakinan kelompok bahwa hormat bendera dan upacara bertentangan dengan agama",
    ),
    Template(
        key="ideo-ceramah-provokatif-aduan",
        domain="ideologi",
        theme="intoleransi",
        severity=1,
        channel="public_tip",
        title="Aduan: ceramah bernada kebencian di acara warga",
        text=(
            "Saya ingin melaporkan bahwa dalam acara warga di {desa}, Kecamatan {kec}, penceramah yang "
            "diundang dari luar daerah menyampaikan kata-kata yang menjelekkan penganut agama lain dan "
            "mengajak jemaah tidak bergaul dengan mereka. Rekaman ceramahnya sudah beredar di grup WhatsApp. "
            "Banyak warga yang tidak setuju tetapi panitia diam saja. Mohon ditindaklanjuti agar tidak "
            "diundang lagi."
        ),
        who="Penceramah dari luar daerah dan panitia acara warga {desa}",
        why="Ceramah bernada kebencian terhadap penganut agama lain",
    ),
)

POLITIK: tuple[Template, ...] = (
    Template(
        key="pol-pilkades-persiapan",
        domain="politik",
        theme="pilkades",
        severity=1,
        channel="field_report",
        village_only=True,
        title="Persiapan {pilkades} {desa}, beredar isu politik uang",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, panitia {pilkades_panjang} {desa}, "
            "Kecamatan {kec}, {kab}, menggelar rapat penetapan daftar pemilih sementara di {kantor_desa}. "
            "Terdapat {n_calon} calon yang telah ditetapkan. Dalam rapat, perwakilan salah satu calon "
            "mempertanyakan {n_kecil} nama pemilih yang disebut sudah pindah domisili. Di tengah warga juga "
            "beredar isu pembagian uang oleh tim sukses, namun belum ada bukti."
        ),
        opinion=(
            "Situasi kondusif. Kerawanan ada pada validasi daftar pemilih dan isu politik uang; perlu "
            "pendampingan dinas pemberdayaan masyarakat desa dan Bhabinkamtibmas."
        ),
        who="Panitia {pilkades}, para calon dan tim sukses di {desa}",
        why="Perselisihan daftar pemilih dan isu politik uang menjelang {pilkades}",
    ),
    Template(
        key="pol-pilkades-sembako",
        domain="politik",
        theme="pilkades",
        severity=1,
        channel="whatsapp",
        village_only=True,
        title="Dugaan bagi sembako oleh tim calon {kades}",
        text=(
            "{waktu_santai} tim calon no {no_calon} keliling bagi2 sembako di {desa_nama}, beras 5kg sm "
            "minyak. pendukung calon lain udh foto2 trus rame di grup, ada yg nantang2 segala. katanya mau "
            "dilaporin ke panitia. mohon bapak2 dr kecamatan pantau ya, takutnya pas hari H ribut."
        ),
        who="Tim sukses calon nomor {no_calon} dan pendukung calon lain di {desa_nama}",
        why="Dugaan politik uang menjelang {pilkades}",
    ),
    Template(
        key="pol-pilkades-panitia-aduan",
        domain="politik",
        theme="pilkades",
        severity=1,
        channel="public_tip",
        village_only=True,
        title="Aduan: panitia {pilkades} dinilai tidak netral",
        text=(
            "Dengan hormat, kami warga {desa} Kecamatan {kec} menyampaikan keberatan atas kinerja panitia "
            "{pilkades}. Ketua panitia adalah ipar salah satu calon, dan ada sekitar {n_kecil} nama ganda di "
            "DPT yang sudah kami sampaikan tetapi tidak ditanggapi. Kami minta camat turun tangan sebelum "
            "hari pemungutan suara. Kalau tidak ada kejelasan, sebagian warga berencana tidak mengakui "
            "hasilnya."
        ),
        who="Warga {desa}; panitia {pilkades}",
        why="Dugaan panitia tidak netral dan DPT ganda",
    ),
    Template(
        key="pol-pilkades-intimidasi-aduan",
        domain="politik",
        theme="pilkades",
        severity=1,
        channel="public_tip",
        village_only=True,
        title="Aduan: pendukung calon diintimidasi menjelang {pilkades}",
        text=(
            "Kami pendukung salah satu calon di {desa} melaporkan bahwa beberapa warga yang memasang stiker "
            "calon kami didatangi orang-orang dari tim calon lain dan diancam tidak akan mendapat bantuan "
            "lagi dari {desa_label_kecil}. Ada juga yang motornya dicoret cat. Kami tidak ingin membalas, "
            "tetapi mohon panitia dan polsek {kec} memberi peringatan sebelum keadaan makin panas."
        ),
        who="Tim sukses para calon {pilkades} di {desa}",
        why="Persaingan antarpendukung calon menjelang {pilkades}",
    ),
    Template(
        key="pol-pilkades-hasil-ditolak",
        domain="politik",
        theme="sengketa_hasil",
        severity=2,
        channel="field_report",
        village_only=True,
        hours=(9, 13),
        title="Pendukung calon kalah datangi kantor camat, tuntut hitung ulang",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar {n_sedang} orang pendukung "
            "calon {pilkades} {desa} yang kalah mendatangi Kantor Camat {kec}, {kab}. Massa membawa spanduk "
            "dan menuntut penghitungan suara ulang karena menduga ada pemilih dari luar {desa_label_kecil} "
            "yang ikut mencoblos. Perwakilan massa diterima Camat dan Kapolsek. Massa membubarkan diri "
            "sekitar dua jam kemudian dengan tertib."
        ),
        opinion=(
            "Tuntutan akan dibahas panitia kabupaten. Bila tidak ada penjelasan terbuka, potensi aksi "
            "lanjutan cukup besar."
        ),
        who="Pendukung calon yang kalah; panitia {pilkades}; Camat dan Kapolsek {kec}",
        why="Dugaan kecurangan dalam penghitungan suara {pilkades}",
    ),
    Template(
        key="pol-bawaslu-netralitas",
        domain="politik",
        theme="pilkada",
        severity=1,
        channel="news",
        level="kab",
        title="Bawaslu {kab_nama} ingatkan ASN dan {perangkat_desa} jaga netralitas",
        text=(
            "{dateline} – Bawaslu {kab_nama} mengumpulkan camat, {aparat_desa} dalam rapat sosialisasi "
            "pengawasan partisipatif pada {tgl_berita}. Anggota Bawaslu mengingatkan bahwa ASN dan "
            "{perangkat_desa} dilarang terlibat dukung-mendukung bakal calon kepala daerah, termasuk lewat "
            "unggahan media sosial. Menurutnya, sejumlah laporan dugaan pelanggaran netralitas sudah masuk "
            "dan sedang diklarifikasi."
        ),
        who="Bawaslu {kab_nama}; camat, {aparat_desa}",
        why="Dugaan pelanggaran netralitas ASN menjelang pemilihan kepala daerah",
    ),
    Template(
        key="pol-medsos-tuduhan-dana",
        domain="politik",
        theme="pilkada",
        severity=1,
        channel="social",
        level="kab",
        title="Unggahan tuding penyalahgunaan dana bantuan untuk politik picu saling hujat",
        text=(
            "Sebuah akun tanpa foto profil mengunggah tangkapan layar dokumen yang diklaim sebagai bukti "
            "penggunaan dana bantuan untuk kepentingan politik {kepala_daerah}. Unggahan dibagikan lebih "
            "dari {n_besar} kali. Kolom komentar dipenuhi saling hujat antarpendukung, sebagian membawa-bawa "
            "asal daerah dan suku. Keaslian dokumen belum dapat dipastikan."
        ),
        who="Akun anonim; pendukung kubu politik di {kab_nama}",
        why="Tuduhan penyalahgunaan dana bantuan menjelang pemilihan",
        grades=("D4", "E5", "F6"),
    ),
    Template(
        key="pol-rencana-aksi-okp",
        domain="politik",
        theme="mobilisasi_massa",
        severity=1,
        channel="field_report",
        level="kab",
        hours=(9, 16),
        title="Rencana aksi massa ke Kantor {dprd}",
        text=(
            "Diperoleh informasi pada hari {hari} tanggal {tanggal} pukul {jam} WITA bahwa gabungan "
            "organisasi kepemudaan dan mahasiswa di {kab} telah menyampaikan surat pemberitahuan aksi kepada "
            "kepolisian. Aksi direncanakan dalam tiga hari ke depan di depan Kantor {dprd} dengan perkiraan "
            "peserta {n_besar} orang, menuntut transparansi dana CSR perusahaan dan perbaikan jalan. "
            "Koordinator lapangan Sdr. {inisial}."
        ),
        opinion=("Aksi diperkirakan tertib; perlu diantisipasi penyusupan kelompok yang ingin menunggangi isu."),
        who="Gabungan OKP dan mahasiswa {kab_nama}; koordinator lapangan Sdr. {inisial}",
        why="Tuntutan transparansi dana CSR dan perbaikan jalan",
    ),
    Template(
        key="pol-unjuk-rasa-mahasiswa",
        domain="politik",
        theme="mobilisasi_massa",
        severity=2,
        channel="news",
        level="kab",
        hours=(9, 14),
        title="Ratusan mahasiswa unjuk rasa di depan {dprd}",
        text=(
            "{dateline} – Ratusan mahasiswa dari sejumlah kampus berunjuk rasa di depan Kantor {dprd} pada "
            "{tgl_berita}. Mereka menolak rencana kenaikan tarif sejumlah layanan daerah dan meminta dewan "
            "membuka dokumen anggaran. Aksi sempat diwarnai saling dorong dengan petugas saat mahasiswa "
            "memaksa masuk ke halaman gedung. Setelah perwakilan diterima pimpinan dewan, massa membubarkan "
            "diri menjelang sore."
        ),
        who="Ratusan mahasiswa; pimpinan {dprd}; aparat pengamanan",
        why="Penolakan kenaikan tarif layanan daerah dan tuntutan keterbukaan anggaran",
    ),
    Template(
        key="pol-seruan-aksi-telegram",
        domain="politik",
        theme="mobilisasi_massa",
        severity=1,
        channel="telegram",
        level="kab",
        title="Seruan kumpul untuk aksi di {ibukota}",
        text=(
            "SERUAN AKSI!! kpd seluruh kawan2 {kab_singkat}, besok kumpul jam 08.00 di titik kumpul yg udh "
            "disepakati. bawa bendera, gk usah bawa yg aneh2. tuntutan kita jelas: jalan rusak, lampu jalan "
            "mati, janji dewan blm ditepati. sebar ke grup lain, jgn sampai bocor ke org yg mau ganggu. "
            "-korlap-"
        ),
        who="Koordinator lapangan aksi (tak dikenal); pemuda {kab_nama}",
        why="Tuntutan perbaikan infrastruktur yang dijanjikan dewan",
        grades=("C3", "D4"),
        source="Kanal Telegram seruan aksi {kab_singkat}",
    ),
    Template(
        key="pol-musdes-bumdes",
        domain="politik",
        theme="sengketa_hasil",
        severity=1,
        channel="email",
        village_only=True,
        title="Laporan camat: penolakan hasil musyawarah pengurus BUMDes {desa_nama}",
        text=(
            "Dengan hormat, kami laporkan bahwa musyawarah pemilihan pengurus BUMDes {desa} pada {hari}, "
            "{tanggal} berakhir tanpa kesepakatan. Sekitar {n_kecil} peserta meninggalkan ruangan karena "
            "menilai undangan tidak merata dan calon pengurus telah ditentukan sebelumnya oleh {kades}. "
            "Kelompok yang menolak meminta musyawarah diulang. Kecamatan akan memfasilitasi pertemuan "
            "lanjutan. Demikian untuk menjadi perhatian."
        ),
        who="{kades} dan peserta musyawarah {desa}; Kantor Camat {kec}",
        why="Dugaan pengurus BUMDes ditentukan sepihak",
        source="Surel Kantor Camat {kec}",
    ),
    Template(
        key="pol-penjabat-kades",
        domain="politik",
        theme="sengketa_hasil",
        severity=1,
        channel="public_tip",
        village_only=True,
        title="Warga pertanyakan penunjukan penjabat {kades}",
        text=(
            "Kami warga {desa} mempertanyakan penunjukan penjabat {kades} yang baru. Menurut informasi, "
            "penjabat tersebut punya hubungan keluarga dengan pemilik kontraktor yang sedang mengerjakan "
            "proyek di {desa_label_kecil} kami. Warga sudah mengadu ke BPD tetapi belum ada rapat. Kami "
            "minta bupati meninjau ulang agar tidak jadi masalah di kemudian hari."
        ),
        who="Warga dan BPD {desa}; penjabat {kades}",
        why="Dugaan konflik kepentingan dalam penunjukan penjabat",
    ),
    Template(
        key="pol-lapor-surat-palsu",
        domain="politik",
        theme="hoaks",
        severity=1,
        channel="api",
        level="kab",
        title="Laporan LAPOR!: surat palsu mengatasnamakan {pemda}",
        text=(
            "Ringkasan aduan dari kanal LAPOR!: pelapor menerima foto surat berkop {pemda_panjang} yang "
            "berisi perintah pengosongan lapak pedagang dalam tujuh hari. Surat beredar di grup pedagang dan "
            "membuat resah. Pelapor meminta kepastian keaslian surat. Bagian Hukum Setda menyatakan tidak "
            "pernah menerbitkan surat tersebut. Status aduan: diteruskan ke Diskominfo dan Kesbangpol."
        ),
        who="Pembuat surat palsu (tak dikenal); pedagang pasar di {kab_nama}",
        why="Surat palsu mengatasnamakan pemerintah daerah",
    ),
    Template(
        key="pol-hoaks-bansos",
        domain="politik",
        theme="hoaks",
        severity=1,
        channel="whatsapp",
        level="kab",
        title="Pesan berantai: bansos hanya untuk pendukung calon tertentu",
        text=(
            "*INFO PENTING!!!* warga {kab_singkat} hati2, bantuan BLT & sembako bulan dpn katanya cuma "
            "dikasih ke yg dukung calon tertentu, data udh dikumpulin RT. yg gk dukung dicoret!!! sebarkan "
            "biar semua tau, jgn mau dibodohi. (dr grup sebelah)"
        ),
        who="Penyebar pesan berantai tak dikenal",
        why="Disinformasi bermuatan politik tentang penyaluran bantuan sosial",
        grades=("D5", "E5"),
    ),
    Template(
        key="pol-musrenbang",
        domain="politik",
        theme="kegiatan_pemerintahan",
        severity=0,
        channel="field_report",
        level="kec",
        hours=(8, 10),
        title="Musrenbang Kecamatan {kec} berlangsung lancar",
        text=(
            "Pada hari {hari} tanggal {tanggal} pukul {jam} WITA, di aula Kantor Camat {kec}, {kab}, "
            "dilaksanakan Musyawarah Perencanaan Pembangunan tingkat kecamatan yang dihadiri perwakilan "
            "seluruh {desa_kelurahan}, Bappeda dan unsur Forkopimcam. Usulan prioritas meliputi perbaikan "
            "jalan usaha tani, air bersih dan penerangan jalan. Kegiatan berjalan tertib dan selesai sekitar "
            "pukul 13.00 WITA."
        ),
        opinion="Tidak ada potensi kerawanan. Situasi kondusif.",
        who="Camat, perangkat {desa_kelurahan}, Bappeda dan Forkopimcam {kec}",
    ),
)
