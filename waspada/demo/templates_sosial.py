"""Background templates, bidang sosial: land disputes, IKN, newcomers, floods, routine situation reports."""

from __future__ import annotations

from waspada.demo.model import Template

IKN = ("64.09.04",)
FLOOD_KECAMATAN = (
    "64.72.05",
    "64.72.03",
    "64.72.08",
    "64.11.01",
    "64.11.02",
    "64.07.06",
    "64.07.05",
    "64.02.08",
    "64.02.11",
    "64.01.04",
    "64.01.06",
    "64.71.03",
    "64.71.04",
    "64.08.04",
    "64.08.02",
    "64.09.03",
    "64.74.01",
    "64.03.06",
)

SOSIAL: tuple[Template, ...] = (
    Template(
        key="sos-klaim-lahan-eks-hph",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="field_report",
        village_only=True,
        title="Dua kelompok warga saling klaim lahan eks HPH di {desa}",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di areal eks konsesi HPH di "
            "wilayah {desa}, Kecamatan {kec}, {kab}, terjadi adu mulut antara dua kelompok warga yang saling "
            "mengklaim lahan seluas sekitar {n_ha} hektare. Kelompok pertama memegang surat keterangan tanah "
            "dari {kades} lama, kelompok kedua mengaku telah berladang di lokasi turun-temurun. Patok yang "
            "dipasang salah satu kelompok dicabut oleh kelompok lainnya."
        ),
        opinion=(
            "Berpotensi menjadi konflik horizontal. Perlu mediasi oleh Camat dengan menghadirkan BPN dan tokoh adat."
        ),
        who="Dua kelompok warga {desa}",
        why="Klaim tumpang tindih atas lahan eks konsesi HPH seluas {n_ha} hektare",
    ),
    Template(
        key="sos-sertifikat-ganda",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="public_tip",
        title="Aduan sertifikat ganda atas lahan warga",
        text=(
            "Saya Sdr. {inisial}, warga {desa}. Tanah kebun saya yang sudah bersertifikat sejak lama "
            "tiba-tiba dipagari orang lain yang juga mengaku punya sertifikat. Waktu saya tanya, dia bilang "
            "sudah membeli dari ahli waris pemilik lama. Saya sudah lapor ke {kantor_santai} dan BPN tapi "
            "belum ada kejelasan. Saya minta dibantu mediasi sebelum terjadi keributan."
        ),
        who="Sdr. {inisial} dan pihak lain yang memegang sertifikat atas lahan yang sama di {desa}",
        why="Sertifikat ganda atas satu bidang tanah",
    ),
    Template(
        key="sos-portal-lahan-ulayat",
        domain="sosial",
        theme="sengketa_lahan",
        severity=2,
        channel="field_report",
        village_only=True,
        hours=(8, 14),
        title="Warga pasang portal di akses lahan yang disengketakan",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar {n_sedang} warga {desa}, "
            "Kecamatan {kec}, {kab}, memasang portal dan tenda di jalan masuk lahan seluas {n_ha} hektare "
            "yang diklaim sebagai tanah ulayat warga namun telah dibebaskan oleh {pt_kayu}. Aktivitas alat "
            "berat perusahaan terhenti. Warga menuntut dokumen pembebasan lahan dibuka. Aparat kecamatan dan "
            "Polsek melakukan pendekatan persuasif."
        ),
        opinion=("Warga bertahan di lokasi. Perlu kehadiran pemerintah kabupaten untuk membuka dokumen pembebasan."),
        who="Sekitar {n_sedang} warga {desa}; {pt_kayu}",
        why="Klaim tanah ulayat atas lahan yang telah dibebaskan perusahaan",
    ),
    Template(
        key="sos-tapal-batas-desa",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="news",
        village_only=True,
        title="Sengketa tapal batas {desa} dengan {desa_label_kecil} tetangga dimediasi",
        text=(
            "{dateline} – Bagian Tata Pemerintahan Setda {kab} memediasi sengketa tapal batas antara {desa} "
            "dan {desa_label_kecil} tetangganya di Kecamatan {kec} pada {tgl_berita}. Sengketa mencuat "
            "setelah kedua pihak sama-sama mengklaim areal yang di dalamnya terdapat dana kompensasi "
            "perusahaan. Mediasi belum menghasilkan kesepakatan, dan kedua pihak diminta menahan diri sambil "
            "menunggu penelusuran peta."
        ),
        who="Pemerintah {desa} dan {desa_label_kecil} tetangga; Setda {kab}",
        why="Klaim atas areal perbatasan yang berisi dana kompensasi perusahaan",
    ),
    Template(
        key="sos-tembusan-tapal-batas",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="email",
        level="kec",
        title="Tembusan surat keberatan warga atas tapal batas antardesa",
        text=(
            "Dengan hormat, kami teruskan surat keberatan perwakilan warga di wilayah Kecamatan {kec}, "
            "{kab}, terkait penetapan tapal batas antardesa yang dinilai menggeser sebagian kebun warga ke "
            "wilayah desa lain. Warga meminta peninjauan ulang sebelum peta desa definitif diterbitkan. "
            "Kecamatan akan mengundang kedua desa, BPN dan Bagian Tata Pemerintahan untuk rapat klarifikasi. "
            "Terlampir salinan surat."
        ),
        who="Perwakilan warga dan pemerintah desa di Kecamatan {kec}",
        why="Penetapan tapal batas antardesa yang menggeser kebun warga",
        source="Surel Kantor Camat {kec}",
    ),
    Template(
        key="sos-ikn-ganti-rugi",
        domain="sosial",
        theme="sengketa_lahan",
        category="ikn",
        severity=1,
        channel="field_report",
        kecamatan=IKN,
        title="Warga {desa} pertanyakan nilai ganti rugi lahan proyek IKN",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar {n_sedang} warga {desa}, "
            "Kecamatan {kec}, {kab}, menghadiri sosialisasi pengadaan tanah untuk infrastruktur penunjang "
            "Ibu Kota Nusantara (IKN). Warga mempertanyakan nilai ganti rugi hasil penilaian appraisal yang "
            "dinilai jauh di bawah harga pasar, serta tanam tumbuh yang belum dihitung. Sebagian warga "
            "menolak menandatangani berita acara."
        ),
        opinion=(
            "Ketidakpuasan atas ganti rugi adalah kerawanan laten di kawasan IKN; perlu transparansi "
            "penilaian dan ruang keberatan yang jelas."
        ),
        who="Sekitar {n_sedang} warga pemilik lahan {desa}; panitia pengadaan tanah",
        why="Nilai ganti rugi lahan proyek IKN dinilai di bawah harga pasar",
    ),
    Template(
        key="sos-ikn-ganti-rugi-aduan",
        domain="sosial",
        theme="sengketa_lahan",
        category="ikn",
        severity=1,
        channel="public_tip",
        kecamatan=IKN,
        title="Aduan: ganti rugi lahan terdampak IKN belum dibayar",
        text=(
            "Kami warga {desa} Kecamatan {kec} yang lahannya terdampak pembangunan kawasan IKN sudah "
            "menyerahkan dokumen sejak beberapa bulan lalu tetapi ganti rugi belum dibayar. Ada tetangga "
            "yang sudah dibayar padahal lahannya bersebelahan. Informasi dari petugas selalu berubah-ubah. "
            "Warga mulai berencana mendatangi kantor otorita bersama-sama."
        ),
        who="Warga pemilik lahan terdampak IKN di {desa}; panitia pengadaan tanah",
        why="Pembayaran ganti rugi lahan tertunda dan tidak merata",
    ),
    Template(
        key="sos-ikn-pendatang-sewa",
        domain="sosial",
        theme="pendatang_lokal",
        category="ikn",
        severity=1,
        channel="news",
        level="kec",
        kecamatan=IKN,
        title="Arus pendatang ke {kec} meningkat, harga sewa rumah melonjak",
        text=(
            "{dateline} – Arus pendatang ke Kecamatan {kec} terus meningkat seiring pembangunan Ibu Kota "
            "Nusantara (IKN). Pada {tgl_berita}, sejumlah warga mengeluhkan harga sewa kamar dan rumah yang "
            "naik hingga dua kali lipat dalam setahun. Aparat kecamatan mencatat pertambahan penduduk non "
            "permanen yang belum seluruhnya melapor. Tokoh masyarakat mengingatkan pentingnya menjaga "
            "kerukunan warga lama dan pendatang."
        ),
        who="Warga lama dan pendatang di Kecamatan {kec}",
        why="Pertambahan penduduk akibat pembangunan IKN",
    ),
    Template(
        key="sos-ikn-pekerja-proyek",
        domain="sosial",
        theme="pendatang_lokal",
        category="ikn",
        severity=1,
        channel="field_report",
        kecamatan=IKN,
        title="Cekcok warga dengan pekerja proyek IKN soal debu dan kebisingan",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di {desa}, Kecamatan {kec}, {kab}, "
            "sejumlah warga mendatangi mes pekerja proyek konstruksi di kawasan IKN dan memprotes kendaraan "
            "proyek yang melintas hingga larut malam serta debu yang mengganggu. Sempat terjadi cekcok "
            "dengan beberapa pekerja. Perwakilan kontraktor berjanji mengatur jadwal kendaraan dan menyiram "
            "jalan."
        ),
        opinion="Gesekan kecil tetapi berulang; perlu forum komunikasi rutin antara kontraktor dan warga.",
        who="Warga {desa}; pekerja dan kontraktor proyek IKN",
        why="Debu dan kebisingan kendaraan proyek",
    ),
    Template(
        key="sos-ikn-kabar-gusur",
        domain="sosial",
        theme="hoaks",
        category="ikn",
        severity=1,
        channel="whatsapp",
        kecamatan=IKN,
        title="Kabar penggusuran kebun tanpa ganti rugi beredar di grup",
        text=(
            "katanya minggu dpn kebun2 di {desa_nama} mau digusur buat proyek IKN tanpa ganti rugi, udh ada "
            "daftar namanya. yg gk mau pindah bakal dipaksa aparat. bener gk sih ini? warga pd panik, ada yg "
            "mau jual kebun murah ke calo. mohon penjelasan."
        ),
        who="Penyebar kabar tak dikenal; warga {desa_nama}",
        why="Kabar penggusuran yang belum terverifikasi di kawasan IKN",
        grades=("D5", "E5"),
    ),
    Template(
        key="sos-pendatang-proyek",
        domain="sosial",
        theme="pendatang_lokal",
        category="bentrok_antarkelompok",
        severity=1,
        channel="field_report",
        title="Gesekan warga lokal dengan pekerja pendatang proyek",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di sekitar mes pekerja proyek di "
            "{desa}, Kecamatan {kec}, {kab}, terjadi cekcok antara pemuda setempat dan pekerja pendatang "
            "{pt_kontraktor}. Pemuda memprotes pekerja yang mengebut di jalan permukiman dan pekerjaan yang "
            "dinilai lebih banyak diberikan kepada orang luar. {kades} dan pengawas proyek menenangkan kedua "
            "pihak."
        ),
        opinion=("Kecemburuan terhadap pendatang cukup kuat. Perusahaan perlu membuka informasi rekrutmen lokal."),
        who="Pemuda {desa}; pekerja pendatang {pt_kontraktor}",
        why="Perilaku pekerja di permukiman dan kecemburuan soal lapangan kerja",
    ),
    Template(
        key="sos-pendatang-bedeng",
        domain="sosial",
        theme="pendatang_lokal",
        category="sengketa_lahan",
        severity=1,
        channel="public_tip",
        title="Aduan: pendatang bangun rumah tanpa lapor RT",
        text=(
            "Kami laporkan di {rt} {desa} sekarang banyak pendatang yang membangun rumah dan bedeng di lahan "
            "kosong tanpa melapor ke RT. Sebagian katanya membeli tanah dari perantara yang tidak jelas. "
            "Warga lama khawatir nanti ada masalah kepemilikan dan keamanan. Mohon dilakukan pendataan "
            "penduduk non permanen."
        ),
        who="Pendatang dan perantara tanah di {rt} {desa}; warga lama",
        why="Pendatang bermukim tanpa pendataan dan jual beli tanah tidak jelas",
    ),
    Template(
        key="sos-sentimen-pendatang",
        domain="sosial",
        theme="pendatang_lokal",
        severity=1,
        channel="social",
        level="kab",
        title="Unggahan bernada sentimen terhadap pendatang",
        text=(
            "Sebuah unggahan di grup Facebook warga {kab_singkat} menyebut 'orang luar makin menguasai kerja "
            "dan tanah kita' dan mengajak warga lokal 'bersatu mengusir' pendatang yang dinilai tidak tahu "
            "adat. Unggahan mendapat lebih dari {n_sedang} komentar, sebagian mendukung, sebagian "
            "mengingatkan agar tidak memecah belah. Admin grup belum menghapus unggahan tersebut."
        ),
        who="Pengunggah di grup Facebook warga {kab_singkat}",
        why="Kecemburuan sosial terhadap pendatang",
    ),
    Template(
        key="sos-banjir-permukiman",
        domain="sosial",
        theme="bencana",
        severity=1,
        channel="news",
        level="kec",
        kecamatan=FLOOD_KECAMATAN,
        title="Banjir rendam permukiman warga di {kec}",
        text=(
            "{dateline} – Hujan deras sejak malam sebelumnya menyebabkan banjir di sejumlah permukiman di "
            "Kecamatan {kec}, {kab}, pada {tgl_berita}. Ketinggian air bervariasi antara 40 sentimeter "
            "hingga satu meter. BPBD mencatat sekitar {n_kk} kepala keluarga terdampak dan sebagian "
            "mengungsi ke rumah kerabat. Warga berharap normalisasi sungai dan drainase segera dikerjakan "
            "agar banjir tidak terus berulang."
        ),
        who="Sekitar {n_kk} KK warga Kecamatan {kec}; BPBD",
        why="Hujan deras dan drainase yang buruk",
    ),
    Template(
        key="sos-banjir-bpbd",
        domain="sosial",
        theme="bencana",
        severity=1,
        channel="api",
        kecamatan=FLOOD_KECAMATAN,
        title="Laporan kejadian banjir BPBD: {desa}",
        text=(
            "Laporan kejadian otomatis BPBD: jenis kejadian banjir; lokasi {desa}, Kecamatan {kec}, {kab}; "
            "waktu kejadian {hari}, {tanggal} pukul {jam} WITA; ketinggian air 30–{tinggi_air} cm; terdampak "
            "{n_kk} KK; pengungsi {n_kecil} jiwa di balai warga; korban jiwa nihil. Kebutuhan mendesak: "
            "makanan siap saji, air bersih, terpal. Status: penanganan oleh TRC BPBD."
        ),
        who="Warga terdampak banjir di {desa}; TRC BPBD",
        why="Banjir",
        source="Sistem informasi BPBD (API)",
    ),
    Template(
        key="sos-banjir-bantuan-wa",
        domain="sosial",
        theme="bencana",
        severity=1,
        channel="whatsapp",
        kecamatan=FLOOD_KECAMATAN,
        title="Warga keluhkan bantuan banjir belum datang",
        text=(
            "air udh masuk rumah sepinggang di {desa_nama} dr {waktu_santai}, bantuan blm ada yg dtg sama "
            "sekali. yg didata cuma yg deket jalan besar. warga di gang belakang udh pd kesel sm "
            "{kantor_santai}, katanya mau rame2 dtgin posko klo bsk msh gini. tolong info ke bpbd ya"
        ),
        who="Warga terdampak banjir {desa_nama}; aparat {desa_label_kecil}",
        why="Bantuan banjir belum merata",
    ),
    Template(
        key="sos-bantuan-tidak-merata",
        domain="sosial",
        theme="bencana",
        severity=1,
        channel="field_report",
        kecamatan=FLOOD_KECAMATAN,
        title="Protes pembagian bantuan banjir yang dinilai tidak merata",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di posko bantuan banjir {desa}, "
            "Kecamatan {kec}, {kab}, sekitar {n_kecil} warga memprotes pembagian paket sembako yang dinilai "
            "hanya diberikan kepada warga yang dekat dengan pengurus RT. Sempat terjadi adu mulut dengan "
            "relawan. {kades} dan Babinsa menenangkan warga serta berjanji melakukan pendataan ulang."
        ),
        opinion="Pendataan ulang yang terbuka perlu segera dilakukan agar kekecewaan tidak meluas.",
        who="Sekitar {n_kecil} warga terdampak banjir; relawan dan pengurus RT {desa}",
        why="Pembagian bantuan banjir yang dinilai tidak adil",
    ),
    Template(
        key="sos-situasi-kondusif",
        domain="sosial",
        theme="kegiatan_masyarakat",
        severity=0,
        channel="field_report",
        level="kec",
        title="Laporan situasi Kecamatan {kec}: kondusif",
        text=(
            "Pada hari {hari} tanggal {tanggal} pukul {jam} WITA dilakukan pemantauan rutin situasi di "
            "wilayah Kecamatan {kec}, {kab}. Aktivitas warga, pasar dan sekolah berjalan normal. Kegiatan "
            "gotong royong dan pengajian rutin berlangsung di beberapa lingkungan. Tidak ditemukan "
            "pengerahan massa, unjuk rasa maupun gangguan kamtibmas yang menonjol."
        ),
        opinion="Situasi aman dan kondusif.",
        who="Warga Kecamatan {kec}",
    ),
)
