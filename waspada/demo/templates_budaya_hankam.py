"""Background templates, bidang budaya (adat, SARA) and hankam (weapons, attacks, security posts)."""

from __future__ import annotations

from waspada.demo.model import Template

# Regions with Dayak or Paser customary communities living beside concessions.
ADAT = ("64.01", "64.03", "64.07", "64.08", "64.11")
ADAT_AND_MINING = ("64.01", "64.03", "64.07", "64.08")

BUDAYA: tuple[Template, ...] = (
    Template(
        key="bud-musyawarah-hutan-adat",
        domain="budaya",
        theme="hak_adat",
        severity=1,
        channel="field_report",
        regions=ADAT,
        village_only=True,
        title="Masyarakat adat {desa_nama} tolak pembukaan jalan di hutan adat",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di {balai_adat} {desa}, Kecamatan "
            "{kec}, {kab}, digelar musyawarah adat yang dihadiri sekitar {n_sedang} warga. Musyawarah "
            "memutuskan menolak pembukaan jalan oleh {pt_kayu} yang melintasi hutan adat dan kawasan kuburan "
            "leluhur. Lembaga adat akan bersurat kepada bupati dan meminta perusahaan menghentikan kegiatan "
            "sampai ada kesepakatan."
        ),
        opinion=(
            "Belum ada tindakan di lapangan. Bila perusahaan tetap bekerja, kemungkinan warga memasang tanda "
            "larangan adat dan menghentikan alat berat."
        ),
        who="Lembaga adat dan warga {desa}; {pt_kayu}",
        why="Pembukaan jalan perusahaan melintasi hutan adat dan kuburan leluhur",
    ),
    Template(
        key="bud-verifikasi-mha",
        domain="budaya",
        theme="hak_adat",
        severity=1,
        channel="news",
        level="kab",
        regions=ADAT,
        title="Pemda verifikasi usulan pengakuan masyarakat hukum adat di {kab_nama}",
        text=(
            "{dateline} – Panitia masyarakat hukum adat {kab_nama} melakukan verifikasi lapangan atas usulan "
            "pengakuan wilayah adat dari sejumlah komunitas pada {tgl_berita}. Verifikasi meliputi sejarah "
            "asal-usul, hukum adat yang masih berlaku dan batas wilayah. Perwakilan komunitas berharap "
            "pengakuan segera ditetapkan agar konflik dengan pemegang izin konsesi dapat diselesaikan."
        ),
        who="Panitia masyarakat hukum adat {kab_nama}; komunitas adat pengusul",
        why="Usulan pengakuan wilayah adat yang tumpang tindih dengan konsesi",
    ),
    Template(
        key="bud-denda-adat-aduan",
        domain="budaya",
        theme="hak_adat",
        severity=1,
        channel="public_tip",
        regions=ADAT,
        village_only=True,
        title="Aduan: perusahaan belum bayar denda adat perusakan kuburan leluhur",
        text=(
            "Kami dari lembaga adat {desa} ingin menyampaikan bahwa {pt_kayu} sudah dijatuhi denda adat "
            "karena alat beratnya merusak kuburan leluhur, tetapi sampai sekarang belum dibayar. Perusahaan "
            "beralasan menunggu keputusan kantor pusat. Warga mulai hilang kesabaran dan ada yang ingin "
            "menahan alat berat. Kami mohon pemerintah memfasilitasi."
        ),
        who="Lembaga adat {desa}; {pt_kayu}",
        why="Denda adat atas perusakan kuburan leluhur belum dibayar",
    ),
    Template(
        key="bud-tanda-larangan-adat",
        domain="budaya",
        theme="hak_adat",
        severity=2,
        channel="field_report",
        regions=ADAT,
        village_only=True,
        hours=(8, 13),
        title="Tanda larangan adat dipasang, aktivitas perusahaan terhenti",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, tokoh adat bersama sekitar "
            "{n_sedang} warga {desa}, Kecamatan {kec}, {kab}, menggelar ritual dan memasang tanda larangan "
            "adat di jalan masuk areal kerja {pt_kayu}. Sesuai hukum adat, tidak seorang pun boleh melintas "
            "sebelum sengketa diselesaikan melalui sidang adat. Aktivitas alat berat perusahaan terhenti. "
            "Tidak ada kekerasan; aparat memantau."
        ),
        opinion=(
            "Penghentian kegiatan perusahaan oleh hukum adat harus dihormati; risiko muncul bila ada pihak "
            "yang mencabut tanda larangan. Perlu sidang adat difasilitasi pemda."
        ),
        who="Tokoh adat dan sekitar {n_sedang} warga {desa}; {pt_kayu}",
        why="Sengketa wilayah adat dengan areal kerja perusahaan",
    ),
    Template(
        key="bud-ritual-bukit-keramat",
        domain="budaya",
        theme="ritual_adat",
        category="tambang_sawit",
        severity=1,
        channel="field_report",
        regions=ADAT_AND_MINING,
        village_only=True,
        title="Rencana ritual adat di lokasi tambang, perusahaan keberatan",
        text=(
            "Pada hari {hari} tanggal {tanggal} pukul {jam} WITA diperoleh informasi bahwa lembaga adat "
            "{desa}, Kecamatan {kec}, {kab}, berencana menggelar ritual adat tolak bala di bukit yang kini "
            "masuk areal izin {pt_tambang}. Menurut tokoh adat, bukit tersebut tempat keramat. Manajemen "
            "perusahaan keberatan dengan alasan keselamatan kerja. Camat akan mempertemukan kedua pihak."
        ),
        opinion=(
            "Perlu jalan tengah agar ritual dapat berlangsung aman; penolakan mentah dapat menyinggung warga adat."
        ),
        who="Lembaga adat {desa}; manajemen {pt_tambang}",
        why="Tempat keramat adat berada di areal izin tambang",
    ),
    Template(
        key="bud-upacara-terganggu-aduan",
        domain="budaya",
        theme="ritual_adat",
        severity=1,
        channel="public_tip",
        regions=ADAT,
        village_only=True,
        title="Aduan: upacara adat terganggu lalu-lalang alat berat",
        text=(
            "Saya warga {desa} melaporkan bahwa saat upacara adat di kampung kami, alat berat dan truk "
            "perusahaan tetap lalu-lalang dengan bising di dekat lokasi, padahal sebelumnya sudah ada "
            "pemberitahuan dari lembaga adat. Para tetua merasa tidak dihargai. Kami minta perusahaan "
            "menghormati kegiatan adat agar tidak menimbulkan ketersinggungan."
        ),
        who="Warga dan tetua adat {desa}; perusahaan di sekitar {desa_label_kecil}",
        why="Kegiatan perusahaan tidak menghormati upacara adat",
    ),
    Template(
        key="bud-surel-lsm-patok",
        domain="budaya",
        theme="hak_adat",
        severity=1,
        channel="email",
        regions=ADAT,
        village_only=True,
        title="Surel LSM: patok perusahaan masuk wilayah adat {desa_nama}",
        text=(
            "Yth. Kesbangpol Provinsi Kalimantan Timur. Kami sampaikan hasil pendampingan di {desa}, "
            "Kecamatan {kec}, {kab}: tim perusahaan memasang patok batas konsesi yang masuk sekitar {n_ha} "
            "hektare ke dalam wilayah adat yang sedang diusulkan pengakuannya. Masyarakat telah melakukan "
            "pemetaan partisipatif. Kami mohon fasilitasi dialog agar persoalan tidak berkembang menjadi "
            "konflik terbuka."
        ),
        who="Masyarakat adat {desa}; pemegang konsesi; LSM pendamping",
        why="Patok konsesi masuk wilayah adat yang diusulkan pengakuannya",
        source="Surel LSM pendamping masyarakat adat",
    ),
    Template(
        key="bud-video-hina-suku",
        domain="budaya",
        theme="sara",
        severity=1,
        channel="whatsapp",
        level="kab",
        title="Video bernada menghina suku beredar, warga minta pelaku diproses",
        text=(
            "bang ada video viral di tiktok, cowok ngomong kasar ngehina salah satu suku di kaltim, udh "
            "nyebar di grup2 {kab_singkat}. bnyk yg marah, ada yg ngajak cari rumahnya. katanya orgnya "
            "tinggal di {ibukota}. mending cepet ditangani polisi sblm warga bergerak sendiri."
        ),
        who="Pembuat video (belum diketahui); warga {kab_nama} yang tersinggung",
        why="Video bernada penghinaan terhadap suku",
    ),
    Template(
        key="bud-komentar-sara",
        domain="budaya",
        theme="sara",
        severity=1,
        channel="social",
        level="kab",
        title="Komentar bernada SARA di unggahan berita kriminal",
        text=(
            "Unggahan berita tentang kasus penganiayaan di {kab_nama} pada halaman media sosial lokal "
            "dipenuhi komentar yang menyudutkan kelompok etnis tertentu sebagai pelaku kejahatan. Beberapa "
            "akun menyerukan agar kelompok tersebut 'diusir dari {kab_singkat}'. Hingga kini terdapat lebih "
            "dari {n_sedang} komentar serupa. Pengelola halaman belum menutup kolom komentar."
        ),
        who="Akun-akun pengomentar di halaman media sosial lokal {kab_nama}",
        why="Generalisasi etnis atas kasus kriminal",
    ),
    Template(
        key="bud-spanduk-kesukuan",
        domain="budaya",
        theme="sara",
        severity=1,
        channel="field_report",
        title="Spanduk bernuansa kesukuan dipasang di {desa}",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di persimpangan jalan {desa}, "
            "Kecamatan {kec}, {kab}, ditemukan spanduk yang dipasang orang tak dikenal berisi kalimat "
            "bernuansa kesukuan yang meminta kelompok pendatang 'tahu diri'. Tokoh adat dan tokoh paguyuban "
            "setempat sepakat meminta spanduk diturunkan. Spanduk telah diturunkan oleh Satpol PP dan "
            "Bhabinkamtibmas."
        ),
        opinion="Respons tokoh cepat dan baik. Pembuat spanduk perlu ditelusuri agar tidak berulang.",
        who="Pemasang spanduk (tak dikenal); tokoh adat dan paguyuban {desa}",
        why="Sentimen kesukuan terhadap pendatang",
    ),
    Template(
        key="bud-imbauan-polisi-sara",
        domain="budaya",
        theme="sara",
        severity=1,
        channel="news",
        level="kab",
        title="Polisi imbau warga tidak terprovokasi video bernuansa SARA",
        text=(
            "{dateline} – {polres} mengimbau masyarakat tidak terprovokasi video bernuansa suku, agama, ras "
            "dan antargolongan (SARA) yang beredar di media sosial sejak beberapa hari terakhir. Kapolres "
            "menyatakan pembuat video telah diidentifikasi dan dimintai keterangan pada {tgl_berita}. Ia "
            "juga meminta tokoh adat dan paguyuban ikut menyejukkan suasana."
        ),
        who="{polres}; pembuat video; tokoh adat dan paguyuban",
        why="Video bernuansa SARA di media sosial",
    ),
    Template(
        key="bud-pesta-panen",
        domain="budaya",
        theme="festival",
        severity=0,
        channel="news",
        level="kab",
        regions=("64.07", "64.11", "64.01"),
        title="Pesta adat syukur panen digelar meriah di {kab_nama}",
        text=(
            "{dateline} – Ribuan warga menghadiri pesta adat syukur panen yang digelar lembaga adat bersama "
            "pemerintah daerah di {kab_nama} pada {tgl_berita}. Rangkaian acara diisi ritual adat, lomba "
            "sumpit, tarian tradisional dan pameran kerajinan. Tokoh adat berpesan agar generasi muda "
            "menjaga hutan dan ladang sebagai sumber kehidupan."
        ),
        who="Lembaga adat, pemerintah daerah dan warga {kab_nama}",
    ),
)

HANKAM: tuple[Template, ...] = (
    Template(
        key="ham-razia-sajam",
        domain="hankam",
        theme="senjata_tajam",
        severity=1,
        channel="field_report",
        level="kec",
        hours=(21, 23),
        title="Razia gabungan temukan senjata tajam di tempat hiburan",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, tim gabungan Polsek, Koramil dan "
            "Satpol PP menggelar razia di tempat hiburan malam di Kecamatan {kec}, {kab}. Dari {n_sedang} "
            "pengunjung yang diperiksa, petugas menemukan {n_sajam} bilah senjata tajam jenis badik dan "
            "pisau lipat yang diselipkan di pinggang. Pemiliknya dibawa ke Polsek untuk pemeriksaan lebih "
            "lanjut."
        ),
        opinion=("Kebiasaan membawa senjata tajam ke tempat hiburan meningkatkan risiko perkelahian berujung luka."),
        who="Pengunjung tempat hiburan malam; tim gabungan Polsek, Koramil dan Satpol PP {kec}",
        why="Razia rutin tempat hiburan malam",
    ),
    Template(
        key="ham-kelompok-bawa-parang",
        domain="hankam",
        theme="senjata_tajam",
        severity=1,
        channel="public_tip",
        title="Aduan: kelompok orang membawa parang berkeliling malam hari",
        text=(
            "Sudah tiga malam ini ada sekelompok orang, sekitar {n_kecil} orang, berkeliling {desa} naik "
            "motor sambil membawa parang dan mandau yang tidak disarungkan. Mereka berhenti di warung dan "
            "bicara keras-keras soal utang piutang dengan salah satu warga. Warga takut keluar rumah. Mohon "
            "patroli aparat."
        ),
        who="Sekitar {n_kecil} orang tak dikenal bersenjata tajam; warga {desa}",
        why="Dugaan penagihan utang dengan intimidasi",
    ),
    Template(
        key="ham-orang-mabuk-parang",
        domain="hankam",
        theme="senjata_tajam",
        severity=1,
        channel="sms",
        hours=(19, 23),
        title="Orang mabuk membawa parang di permukiman",
        text=(
            "pak tolong, ini ada org mabuk bawa parang teriak2 di depan rumah warga {rt} {desa_nama}. "
            "katanya cari org yg gk bayar utang. warga pd kunci pintu. polisi blm dtg, tolong dihubungi "
            "polsek {kec}. cepat ya pak"
        ),
        who="Seorang pria mabuk bersenjata parang; warga {rt} {desa_nama}",
        why="Utang piutang",
    ),
    Template(
        key="ham-pos-ronda-diserang",
        domain="hankam",
        theme="penyerangan",
        severity=3,
        channel="field_report",
        hours=(22, 23),
        title="Pos ronda diserang orang tak dikenal, satu warga luka",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, pos ronda di {rt} {desa}, "
            "Kecamatan {kec}, {kab}, didatangi sekitar lima orang tak dikenal bersepeda motor. Mereka "
            "melempari pos dengan batu dan memukul seorang warga yang berjaga, Sdr. {inisial}, hingga luka "
            "di pelipis. Pelaku melarikan diri. Diduga kejadian berkaitan dengan teguran warga terhadap "
            "balap liar sepekan sebelumnya."
        ),
        opinion="Warga berniat mencari pelaku sendiri; perlu kehadiran Polsek untuk mencegah aksi balasan.",
        who="Sekitar lima orang tak dikenal; warga peronda {desa}",
        why="Diduga dendam atas teguran warga terhadap balap liar",
    ),
    Template(
        key="ham-pembacokan-utang",
        domain="hankam",
        theme="penyerangan",
        severity=3,
        channel="news",
        level="kec",
        hours=(19, 22),
        title="Pria dibacok usai cekcok soal utang di {kec}",
        text=(
            "{dateline} – Seorang pria berinisial {inisial_saja} mengalami luka bacok di lengan dan punggung "
            "setelah cekcok dengan tetangganya di Kecamatan {kec}, {kab}, pada {tgl_berita} malam. "
            "Pertengkaran diduga dipicu utang piutang. Korban dilarikan ke rumah sakit dan dalam kondisi "
            "stabil. Pelaku menyerahkan diri ke polsek beberapa jam kemudian dengan membawa barang bukti "
            "sebilah parang."
        ),
        who="Korban berinisial {inisial_saja} dan tetangganya",
        why="Utang piutang",
    ),
    Template(
        key="ham-pos-pengamanan-keramaian",
        domain="hankam",
        theme="pos_keamanan",
        severity=0,
        channel="field_report",
        level="kec",
        title="Pos pengamanan didirikan menjelang kegiatan keramaian di {kec}",
        text=(
            "Pada hari {hari} tanggal {tanggal} pukul {jam} WITA, Polsek bersama Koramil {kec} mendirikan "
            "pos pengamanan terpadu di pusat keramaian Kecamatan {kec}, {kab}, menjelang kegiatan keagamaan "
            "dan pasar malam yang diperkirakan dihadiri ribuan warga. Sebanyak {n_kecil} personel gabungan "
            "disiagakan, termasuk relawan dan Linmas. Sejauh ini tidak ada informasi ancaman gangguan "
            "keamanan."
        ),
        opinion="Situasi kondusif; pengamanan bersifat rutin.",
        who="Polsek, Koramil, Linmas dan relawan {kec}",
        why="Pengamanan kegiatan keramaian",
    ),
    Template(
        key="ham-patroli-skala-besar",
        domain="hankam",
        theme="pos_keamanan",
        severity=1,
        channel="news",
        level="kab",
        title="{polres} tingkatkan patroli skala besar",
        text=(
            "{dateline} – {polres} meningkatkan patroli skala besar di sejumlah titik rawan di {kab_nama} "
            "mulai {tgl_berita}. Patroli melibatkan personel gabungan TNI-Polri dan menyasar jalur yang "
            "kerap dilaporkan menjadi lokasi balap liar dan pencurian. Kapolres meminta warga segera melapor "
            "melalui layanan pengaduan bila melihat hal mencurigakan."
        ),
        who="{polres} dan TNI di {kab_nama}",
        why="Balap liar dan pencurian di jalur rawan",
    ),
    Template(
        key="ham-surel-polsek-pengamanan",
        domain="hankam",
        theme="pos_keamanan",
        severity=0,
        channel="email",
        level="kec",
        title="Pemberitahuan pengamanan kegiatan keagamaan di {kec}",
        text=(
            "Dengan hormat, bersama ini Polsek {kec} memberitahukan rencana pengamanan kegiatan keagamaan "
            "akbar di Kecamatan {kec}, {kab}, yang akan berlangsung pekan ini. Diperkirakan hadir sekitar "
            "{n_besar} jemaah. Pengamanan melibatkan personel Polsek, Koramil, Linmas dan panitia. Mohon "
            "dukungan Kesbangpol untuk koordinasi dengan tokoh agama setempat. Demikian disampaikan."
        ),
        who="Polsek {kec}; panitia kegiatan keagamaan",
        source="Surel Polsek {kec}",
    ),
    Template(
        key="ham-ancam-satpol-pp",
        domain="hankam",
        theme="ancaman_aparat",
        severity=1,
        channel="whatsapp",
        level="kec",
        title="Petugas Satpol PP diancam saat penertiban lapak",
        text=(
            "td pas satpol pp bongkar lapak di pinggir jalan {kec}, ada pedagang yg ngamuk ngancem petugas "
            "pake pisau dapur, katanya 'kalo lapak sy dibongkar liat aja nanti'. untung gk sampe kejadian, "
            "petugas mundur dulu. skrg pedagang2 lain pd kumpul, katanya besok mau dtgin kantor satpol."
        ),
        who="Pedagang kaki lima dan petugas Satpol PP di {kec}",
        why="Penertiban lapak pedagang",
    ),
    Template(
        key="ham-hadang-penertiban",
        domain="hankam",
        theme="ancaman_aparat",
        category="sengketa_lahan",
        severity=2,
        channel="field_report",
        hours=(8, 13),
        title="Massa hadang petugas penertiban bangunan di {desa}",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, petugas gabungan Satpol PP, dinas "
            "pekerjaan umum dan kepolisian yang akan membongkar {n_kecil} bangunan liar di sempadan sungai "
            "{desa}, Kecamatan {kec}, {kab}, dihadang sekitar {n_sedang} warga. Warga menuntut relokasi dan "
            "uang kerahiman sebelum pembongkaran. Setelah negosiasi sekitar dua jam, pembongkaran ditunda. "
            "Tidak ada korban."
        ),
        opinion="Penertiban berikutnya berisiko bentrok bila solusi relokasi tidak disiapkan.",
        who="Sekitar {n_sedang} warga penghuni bangunan di sempadan sungai {desa}; petugas gabungan",
        why="Pembongkaran bangunan tanpa kepastian relokasi",
    ),
    Template(
        key="ham-ancaman-polisi-medsos",
        domain="hankam",
        theme="ancaman_aparat",
        category="hoaks_provokasi",
        severity=1,
        channel="social",
        level="kab",
        title="Akun media sosial lontarkan ancaman kepada anggota polisi",
        text=(
            "Akun {akun} mengunggah foto anggota polisi yang bertugas di {kab_nama} disertai tulisan bernada "
            "ancaman setelah penangkapan seorang pemuda dalam kasus narkoba. Unggahan memuat ajakan 'datangi "
            "rumahnya' dan telah dibagikan puluhan kali. Beberapa komentar menyebut alamat anggota tersebut. "
            "Unggahan sudah dilaporkan ke tim siber."
        ),
        who="Pemilik akun {akun}; anggota polisi di {kab_nama}",
        why="Kemarahan atas penangkapan kasus narkoba",
    ),
)
