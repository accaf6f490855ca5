"""The developing issue that pushes Kutai Timur to Siaga: a plasma/HGU land dispute in Bengalon.

Villagers of Tepian Langsat, Tebangan Lembak, Keraitan (with its lembaga adat) and Sepaso Barat against
the fictional PT Sawit Etam Lestari (PT SEL). About two weeks of complaints, a failed mediation, a road
blockade, a protest in Sangatta and inflaming hoaxes, then in the last two days an occupation of the
disputed block, a clash with the company's security, an arson of a security post and sharp weapons on
the roads: thirteen reports from four desa, three of them violent.

`days` count back from the issue's anchor, the latest 21:00 WITA at or before `now`: items on anchor days
0–1 always fall inside the last 72 hours, items from day 3 on never do, whatever the hour of `now`.
"""

from __future__ import annotations

from typing import Any

from waspada.demo.model import Fixed, Template

ISSUE_KEY = "kutim-sengketa-lahan"

TEPIAN_LANGSAT = "64.08.09.2004"
TEBANGAN_LEMBAK = "64.08.09.2005"
KERAITAN = "64.08.09.2003"
SEPASO_BARAT = "64.08.09.2011"
BENGALON = "64.08.09"
SANGATTA_UTARA = "64.08.04"
KUTAI_TIMUR = "64.08"

_COMPANY = "PT Sawit Etam Lestari (PT SEL)"
_KOMINDA = "Kominda Provinsi Kalimantan Timur"


def _issue(
    key: str,
    place: str,
    days: int,
    at: str,
    *,
    author: str | None = None,
    grade: str,
    minutes_ago: int | None = None,
    **template: Any,
) -> Fixed:
    # The whole matter is a land dispute; what only inflames it is told apart as hoax and provocation.
    template.setdefault("category", "hoaks_provokasi" if template["theme"] == "hoaks" else "sengketa_lahan")
    return Fixed(
        template=Template(key=key, **template),
        place=place,
        days=days,
        at=at,
        minutes_ago=minutes_ago,
        issue_key=ISSUE_KEY,
        author=author,
        grade=grade,
    )


ISSUE_REPORTS: tuple[Fixed, ...] = (
    # --- first complaints and a failed meeting (talk, tension) ---
    _issue(
        "kutim-keluhan-patok-hgu",
        TEBANGAN_LEMBAK,
        14,
        "10:00",
        author="fkdm.kutim",
        grade="B3",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="field_report",
        title="Warga Tebangan Lembak keluhkan patok HGU PT Sawit Etam Lestari masuk kebun",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, bertempat di rumah Ketua RT 04 "
            "{desa}, Kecamatan {kec}, {kab}, anggota FKDM menerima keluhan dari sekitar 20 warga pemilik "
            "kebun. Warga menyampaikan bahwa tim survei PT Sawit Etam Lestari (PT SEL) memasang patok batas "
            "HGU baru yang masuk sekitar 300 meter ke dalam kebun karet dan sawit warga. Warga juga "
            "mempertanyakan kebun plasma 20 persen yang dijanjikan sejak awal perusahaan beroperasi namun "
            "belum direalisasikan."
        ),
        opinion=(
            "Keluhan disampaikan dengan tenang, namun warga menyebut akan mencabut patok bila tidak ada "
            "penjelasan perusahaan. Isu plasma sudah lama menjadi ganjalan dan dapat menyatukan warga "
            "beberapa desa."
        ),
        who=f"Warga pemilik kebun {{desa}}; {_COMPANY}",
        why="Patok batas HGU yang diduga masuk ke kebun warga dan plasma 20 persen yang belum direalisasikan",
    ),
    _issue(
        "kutim-aduan-kebun-masuk-hgu",
        TEPIAN_LANGSAT,
        13,
        "19:30",
        grade="F6",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="public_tip",
        title="Aduan: kebun warga Tepian Langsat masuk peta HGU perusahaan sawit",
        text=(
            "Saya warga {desa} Kecamatan {kec}. Kebun sawit saya seluas 2 hektare yang saya garap sejak 2009 "
            "sekarang katanya masuk peta HGU PT SEL. Minggu lalu ada orang perusahaan yang bilang kami tidak "
            "boleh panen lagi di blok itu. Bukan cuma saya, ada puluhan KK yang sama. Kami sudah lapor ke "
            "kepala desa tapi katanya tunggu rapat dengan perusahaan. Kami minta pemerintah turun tangan."
        ),
        opinion="Warga di sini mulai panas, takutnya nanti ada yang nekat.",
        who=f"Warga pemilik kebun {{desa}}; {_COMPANY}",
        why="Klaim HGU perusahaan atas kebun yang digarap warga",
        source="Aduan masyarakat via formulir web",
    ),
    _issue(
        "kutim-surat-lembaga-adat",
        KERAITAN,
        12,
        "09:00",
        grade="B3",
        domain="budaya",
        theme="hak_adat",
        severity=1,
        channel="email",
        title="Surat keberatan lembaga adat atas HGU PT SEL di wilayah adat Keraitan",
        text=(
            "Dengan hormat. Kami Lembaga Adat {desa}, Kecamatan {kec}, menyampaikan keberatan atas "
            "pemasangan patok HGU PT Sawit Etam Lestari yang masuk ke wilayah adat kami, termasuk kawasan "
            "hutan tempat mengambil rotan dan madu serta kuburan tua. Kami meminta perusahaan menghentikan "
            "pembukaan lahan di wilayah tersebut, dan meminta Bupati serta DPRD Kutai Timur memfasilitasi "
            "penyelesaian. Bila tidak ada tanggapan, masyarakat adat akan menempuh jalan adat."
        ),
        who=f"Lembaga Adat {{desa}}; {_COMPANY}",
        why="Tumpang tindih HGU dengan wilayah adat",
        source="Surel Lembaga Adat Desa Keraitan",
    ),
    _issue(
        "kutim-mediasi-gagal",
        BENGALON,
        11,
        "13:00",
        author="operator.kutim",
        grade="B2",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="field_report",
        title="Mediasi sengketa batas HGU PT SEL di Kantor Camat Bengalon gagal",
        text=(
            "Pada hari {hari} tanggal {tanggal} pukul {jam} WITA, di Kantor Camat {kec}, {kab}, berlangsung "
            "mediasi antara perwakilan warga Desa Tepian Langsat, Tebangan Lembak dan Keraitan dengan "
            "manajemen PT Sawit Etam Lestari, difasilitasi Camat dan dihadiri Kapolsek serta Danramil. "
            "Perusahaan bertahan bahwa patok sesuai sertifikat HGU, sedangkan warga menuntut pengukuran "
            "ulang dan realisasi plasma. Sekitar pukul 15.00 WITA perwakilan warga meninggalkan ruangan; "
            "mediasi berakhir tanpa kesepakatan."
        ),
        opinion=(
            "Kegagalan mediasi menurunkan kepercayaan warga pada jalur musyawarah. Koordinator warga "
            "menyebut akan 'turun ke lapangan'. Disarankan BPN segera dilibatkan untuk pengukuran ulang "
            "bersama."
        ),
        who=(
            "Perwakilan warga Desa Tepian Langsat, Tebangan Lembak dan Keraitan; manajemen PT SEL; Camat, "
            "Kapolsek dan Danramil {kec}"
        ),
        why="Perbedaan klaim batas HGU dan tuntutan plasma 20 persen",
    ),
    _issue(
        "kutim-wa-rencana-blokir",
        TEBANGAN_LEMBAK,
        10,
        "16:40",
        grade="C3",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="whatsapp",
        title="Warga berkumpul, rencana blokir jalan hauling PT SEL",
        text=(
            "pak warga udah kumpul di depan kantor desa {desa_nama}, katanya mau blokir jalan hauling PT SEL "
            "besok pagi. td bapak2 udh potong kayu buat portal. kt korlapnya klo perusahaan gk mau ukur "
            "ulang, truk buah gk boleh lewat. ibu2 jg mau ikut masak di posko. mohon infonya diteruskan ke "
            "camat."
        ),
        opinion="kayaknya bakal rame bsk",
        who="Warga {desa_nama}; PT SEL",
        why="Mediasi gagal, warga menuntut pengukuran ulang batas HGU",
    ),
    # --- blockade, protest in Sangatta, hoaxes (disputes, protest) ---
    _issue(
        "kutim-blokade-hauling",
        TEBANGAN_LEMBAK,
        9,
        "08:00",
        author="operator.kutim",
        grade="B2",
        domain="sosial",
        theme="sengketa_lahan",
        severity=2,
        channel="field_report",
        title="Warga blokade jalan hauling PT SEL di Tebangan Lembak",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar 150 warga dari {desa}, "
            "Desa Tepian Langsat dan Desa Keraitan, Kecamatan {kec}, {kab}, memasang portal kayu dan tenda "
            "di jalan hauling PT Sawit Etam Lestari yang melintasi {desa}. Sekitar 40 truk pengangkut tandan "
            "buah segar tertahan. Massa menuntut pengukuran ulang batas HGU oleh BPN dan realisasi kebun "
            "plasma. Aparat Polsek {kec} dan Koramil berjaga; situasi tertib."
        ),
        opinion=(
            "Blokade direncanakan berlangsung sampai ada jawaban tertulis perusahaan. Kerugian operasional "
            "dapat mendorong perusahaan menambah sekuriti, sehingga potensi gesekan meningkat."
        ),
        who="Sekitar 150 warga Desa Tebangan Lembak, Tepian Langsat dan Keraitan; PT SEL",
        why="Tuntutan pengukuran ulang batas HGU dan realisasi plasma setelah mediasi gagal",
    ),
    _issue(
        "kutim-berita-blokade",
        BENGALON,
        9,
        "15:00",
        grade="B2",
        domain="sosial",
        theme="sengketa_lahan",
        severity=2,
        channel="news",
        title="Warga Bengalon blokade jalan angkut perusahaan sawit",
        text=(
            "{dateline} – Ratusan warga dari tiga desa di Kecamatan Bengalon, Kutai Timur, memblokade jalan "
            "angkut milik perusahaan perkebunan kelapa sawit PT Sawit Etam Lestari sejak {tgl_berita} pagi. "
            "Warga menuntut pengukuran ulang batas hak guna usaha (HGU) yang disebut masuk ke kebun dan "
            "wilayah adat mereka. Pihak perusahaan, melalui keterangan tertulis, menyatakan seluruh areal "
            "kerja sesuai izin dan membuka ruang dialog. Hingga sore, puluhan truk masih tertahan."
        ),
        who="Warga tiga desa di Kecamatan Bengalon; PT Sawit Etam Lestari",
        why="Sengketa batas HGU dengan kebun dan wilayah adat warga",
        source="Kabar Sangatta (RSS)",
    ),
    _issue(
        "kutim-unjuk-rasa-sangatta",
        SANGATTA_UTARA,
        7,
        "10:00",
        author="operator.kutim",
        grade="B2",
        domain="sosial",
        theme="sengketa_lahan",
        severity=2,
        channel="field_report",
        title="Unjuk rasa warga Bengalon di DPRD dan Kantor Bupati Kutai Timur",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar 250 warga Kecamatan "
            "Bengalon yang datang dengan belasan mobil bak terbuka berunjuk rasa di depan Kantor DPRD dan "
            "Kantor Bupati Kutai Timur di kawasan Bukit Pelangi, Kecamatan {kec}, {kab}. Massa membawa "
            "spanduk 'Kembalikan Tanah Kami' dan menuntut pencabutan sebagian HGU PT Sawit Etam Lestari. "
            "Perwakilan massa diterima Komisi A DPRD yang berjanji menggelar rapat dengar pendapat. Massa "
            "membubarkan diri sekitar pukul 14.30 WITA."
        ),
        opinion=(
            "Aksi tertib, tetapi sejumlah orator menyatakan 'bila dewan tidak bergerak, warga akan mengambil "
            "kembali lahannya sendiri'. Tuntutan ini mengarah pada okupasi lahan."
        ),
        who="Sekitar 250 warga Kecamatan Bengalon; DPRD Kutai Timur; PT SEL",
        why="Tuntutan pencabutan sebagian HGU dan pengembalian kebun warga",
    ),
    _issue(
        "kutim-hoaks-preman-bayaran",
        BENGALON,
        6,
        "21:10",
        grade="D5",
        domain="sosial",
        theme="hoaks",
        severity=1,
        channel="whatsapp",
        title="Pesan berantai: perusahaan datangkan preman bayaran ke Bengalon",
        text=(
            "*INFO DARI DALAM* PT SEL udh bayar 200 preman dr luar kaltim buat bubarin posko warga, katanya "
            "dtg pake bus malam ini lewat sangatta. semua warga {kec} siap2, jaga kampung masing2, jgn mau "
            "diinjak2!!! kalo ada mobil gk dikenal masuk desa stop aja. SEBARKAN KE GRUP LAIN"
        ),
        who="Penyebar pesan berantai tak dikenal; warga {kec}",
        why="Disinformasi yang memanaskan sengketa lahan dengan PT SEL",
        source="Grup WhatsApp warga Bengalon",
    ),
    _issue(
        "kutim-kominda-pihak-luar",
        TEPIAN_LANGSAT,
        5,
        "11:00",
        grade="B3",
        domain="politik",
        theme="mobilisasi_massa",
        category="hoaks_provokasi",
        severity=1,
        channel="email",
        marking="rahasia",
        title="Nota informasi: orang luar daerah aktif di posko warga Bengalon",
        text=(
            "NOTA INFORMASI. Sejak {hari}, {tanggal}, terpantau seorang pria berinisial YS (sekitar 40 "
            "tahun), bukan warga Kutai Timur, yang mengaku pendamping dari sebuah lembaga advokasi, aktif di "
            "posko warga {desa}, Kecamatan {kec}, yang bersengketa lahan dengan PT SEL. Yang bersangkutan "
            "beberapa kali mengajak warga agar 'tidak takut bentrok' dan menawarkan bantuan logistik serta "
            "pengerahan massa dari luar kecamatan. Sumber dananya belum diketahui. Sebagian tokoh desa mulai "
            "tidak nyaman dengan kehadirannya."
        ),
        opinion=(
            "Kehadiran pihak luar berpotensi mengeskalasi sengketa. Direkomendasikan pendalaman identitas "
            "dan jaringan YS secara tertutup serta penguatan peran tokoh masyarakat setempat."
        ),
        who="Sdr. YS (pihak dari luar daerah); warga posko {desa}",
        why="Upaya pihak luar memanfaatkan sengketa lahan",
        source=_KOMINDA,
    ),
    _issue(
        "kutim-video-parit",
        TEBANGAN_LEMBAK,
        4,
        "20:00",
        grade="C3",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="social",
        title="Video sekuriti PT SEL jaga penggalian parit di akses kebun warga viral",
        text=(
            "Video berdurasi sekitar satu menit yang diunggah ke grup Facebook warga Kutai Timur "
            "memperlihatkan ekskavator menggali parit di ujung jalan kebun warga {desa} dengan dijaga "
            "belasan sekuriti PT SEL. Pengunggah menulis 'Kebun kami ditutup paksa, warga tidak bisa panen'. "
            "Unggahan dibagikan lebih dari 400 kali. Sebagian komentar bernada marah dan mengajak warga "
            "'turun bersama-sama'."
        ),
        who="Pengunggah video; sekuriti PT SEL; warga {desa}",
        why="Penutupan akses kebun yang disengketakan",
        source="Media sosial: grup Facebook warga Kutim",
    ),
    _issue(
        "kutim-mediasi-ditunda-posko",
        TEPIAN_LANGSAT,
        3,
        "14:00",
        author="fkdm.kutim",
        grade="B2",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="field_report",
        title="Mediasi lanjutan ditunda, warga dirikan posko di batas Blok C-12",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, diperoleh informasi bahwa rapat "
            "mediasi lanjutan yang dijadwalkan Pemkab Kutai Timur ditunda karena manajemen PT Sawit Etam "
            "Lestari belum hadir. Menanggapi penundaan itu, warga {desa} dan desa sekitarnya mendirikan "
            "posko tenda terpal di batas Blok C-12 Divisi III yang diklaim warga sebagai kebunnya. "
            "Perusahaan menambah sekuriti yang berjaga di blok tersebut menjadi sekitar 30 orang."
        ),
        opinion=(
            "Jarak posko warga dan pos sekuriti kurang dari 200 meter. Risiko gesekan tinggi bila warga "
            "mulai memanen di blok yang disengketakan."
        ),
        who="Warga {desa} dan desa sekitar; sekuriti PT SEL; Pemkab Kutai Timur",
        why="Penundaan mediasi dan klaim atas Blok C-12",
    ),
    # --- the last 72 hours: occupation, clash, arson, weapons (violence) ---
    _issue(
        "kutim-wa-panen-massal",
        TEPIAN_LANGSAT,
        1,
        "06:30",
        grade="C3",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="whatsapp",
        title="Warga kumpul di simpang, rencana panen massal di Blok C-12",
        text=(
            "pagi ini warga {desa_nama} sm tebangan lembak kumpul di simpang jln poros, katanya mau panen "
            "massal di blok C12 yg disengketain. udh ada puluhan motor sm pikap, bawa egrek sm karung. "
            "security perusahaan jg udh siaga di pos. pak tolong aparat cepet ke lokasi biar gk ribut."
        ),
        who="Warga {desa_nama} dan Tebangan Lembak; sekuriti PT SEL",
        why="Klaim warga atas Blok C-12",
    ),
    _issue(
        "kutim-panen-paksa",
        TEBANGAN_LEMBAK,
        1,
        "08:15",
        author="operator.kutim",
        grade="B2",
        domain="sosial",
        theme="sengketa_lahan",
        severity=2,
        channel="field_report",
        title="Ratusan warga panen paksa di Blok C-12 kebun PT SEL",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar 200 warga dari {desa}, "
            "Desa Tepian Langsat dan Desa Keraitan, Kecamatan {kec}, {kab}, memasuki Blok C-12 Divisi III "
            "kebun PT Sawit Etam Lestari dan memanen tandan buah segar secara massal. Warga menyatakan blok "
            "tersebut kebun mereka. Sekitar 30 sekuriti perusahaan membentuk barisan di jalan blok dan "
            "meminta warga keluar. Terjadi adu mulut. Anggota Polsek {kec} di lokasi hanya 8 orang."
        ),
        opinion=(
            "Kekuatan aparat di lokasi tidak sebanding dengan jumlah massa. Perlu segera tambahan personel "
            "Polres dan kehadiran Camat serta tokoh masyarakat."
        ),
        who="Sekitar 200 warga Desa Tebangan Lembak, Tepian Langsat dan Keraitan; sekitar 30 sekuriti PT SEL",
        why="Okupasi dan panen di blok yang diklaim warga setelah mediasi berulang kali gagal",
    ),
    _issue(
        "kutim-sms-ricuh",
        TEBANGAN_LEMBAK,
        1,
        "10:50",
        grade="C3",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="sms",
        title="SMS: suasana di Blok C-12 memanas",
        text=(
            "pak tolong, di blok c12 {desa_nama} udh panas, security PT SEL mulai dorong2 warga yg mau "
            "angkut buah, warga jg udh pegang egrek sm kayu. teriak2 terus dari tadi. polisi cuma sedikit, "
            "bisa pecah ribut ini. tolong kirim bantuan pak cepat"
        ),
        who="Warga {desa_nama}; sekuriti PT SEL",
        why="Sekuriti menahan angkutan buah hasil panen warga di blok sengketa",
    ),
    _issue(
        "kutim-bentrok-fkdm",
        TEBANGAN_LEMBAK,
        1,
        "11:15",
        author="fkdm.kutim",
        grade="B2",
        domain="sosial",
        theme="bentrok_antarkelompok",
        severity=3,
        channel="field_report",
        title="Bentrok warga dan sekuriti PT SEL di Blok C-12, lima orang luka",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di Blok C-12 Divisi III kebun PT "
            "Sawit Etam Lestari, {desa}, Kecamatan {kec}, {kab}, terjadi bentrokan antara warga yang memanen "
            "buah dengan sekuriti perusahaan. Bentrokan diawali saling dorong saat sekuriti menahan truk "
            "buah milik warga, berlanjut saling lempar batu dan kayu. Lima orang luka, terdiri atas tiga "
            "warga dan dua sekuriti; satu warga luka sabetan benda tajam di lengan. Korban dibawa ke "
            "Puskesmas Bengalon. Situasi dikendalikan setelah personel Polres tiba sekitar pukul 12.40 WITA."
        ),
        opinion=(
            "Sengketa telah bergeser ke kekerasan fisik. Potensi aksi balasan dari kedua pihak dalam 24 jam "
            "ke depan, terutama malam hari. Disarankan penebalan aparat dan penghentian sementara aktivitas "
            "perusahaan di blok sengketa."
        ),
        who=("Warga Desa Tebangan Lembak, Tepian Langsat dan Keraitan; sekuriti PT SEL; Polsek dan Polres Kutai Timur"),
        why="Penahanan truk buah hasil panen warga di blok yang disengketakan",
    ),
    _issue(
        "kutim-berita-bentrok",
        BENGALON,
        1,
        "17:00",
        grade="B2",
        domain="sosial",
        theme="bentrok_antarkelompok",
        severity=3,
        channel="news",
        title="Bentrok warga dan sekuriti kebun sawit di Bengalon, lima orang luka",
        text=(
            "{dateline} – Bentrokan pecah antara warga dan petugas keamanan perusahaan perkebunan kelapa "
            "sawit di Kecamatan Bengalon, Kutai Timur, {tgl_berita} siang. Sedikitnya lima orang luka dan "
            "dirawat di puskesmas setempat. Bentrokan terjadi saat warga memanen buah di lahan yang mereka "
            "klaim sebagai kebun milik warga, namun masuk dalam HGU PT Sawit Etam Lestari. Kapolres Kutai "
            "Timur menyatakan situasi sudah dikendalikan dan personel tambahan dikerahkan ke lokasi."
        ),
        who="Warga Kecamatan Bengalon; petugas keamanan PT Sawit Etam Lestari; Polres Kutai Timur",
        why="Sengketa lahan antara warga dan perusahaan sawit",
        source="Kabar Sangatta (RSS)",
    ),
    _issue(
        "kutim-pos-sekuriti-dibakar",
        KERAITAN,
        1,
        "23:40",
        author="operator.kutim",
        grade="B2",
        domain="hankam",
        theme="penyerangan",
        severity=3,
        channel="field_report",
        title="Pos sekuriti PT SEL di Keraitan dibakar orang tak dikenal",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, pos jaga sekuriti PT Sawit Etam "
            "Lestari di pintu masuk Divisi II yang berada di wilayah {desa}, Kecamatan {kec}, {kab}, dibakar "
            "sekelompok orang tak dikenal. Dua sekuriti yang berjaga menyelamatkan diri. Bangunan pos "
            "berbahan kayu dan satu sepeda motor hangus. Api dipadamkan sekuriti dan warga sekitar pukul "
            "00.30 WITA. Tidak ada korban jiwa. Polres Kutai Timur melakukan olah tempat kejadian perkara."
        ),
        opinion=(
            "Pembakaran terjadi beberapa jam setelah bentrokan siang hari dan diduga aksi balasan. Perusakan "
            "aset perusahaan menandai fase kekerasan; risiko bentrok lanjutan tinggi."
        ),
        who="Orang tak dikenal; sekuriti PT SEL",
        why="Diduga balasan atas bentrokan di Blok C-12",
    ),
    _issue(
        "kutim-hoaks-korban-meninggal",
        SEPASO_BARAT,
        0,
        "01:30",
        grade="E5",
        domain="sosial",
        theme="hoaks",
        severity=1,
        channel="whatsapp",
        title="Pesan berantai: korban bentrok meninggal, warga desa lain diminta turun",
        text=(
            "INNALILLAHI... 2 warga tebangan lembak MENINGGAL kena tembak security PT SEL, mayatnya "
            "disembunyiin perusahaan!!! warga {desa_nama} sm desa2 lain diminta turun semua bsk pagi bawa "
            "perlengkapan. jgn percaya berita resmi, semua udh dibayar. SEBARKAN!!!"
        ),
        who="Penyebar pesan berantai tak dikenal; warga {desa_nama}",
        why="Hoaks korban jiwa yang memprovokasi pengerahan massa",
    ),
    _issue(
        "kutim-pemuda-bersenjata",
        SEPASO_BARAT,
        0,
        "07:45",
        grade="C3",
        domain="hankam",
        theme="senjata_tajam",
        severity=2,
        channel="public_tip",
        title="Aduan: pemuda bersenjata tajam berjaga dan memeriksa kendaraan",
        text=(
            "Saya mau lapor, pagi ini di simpang jalan poros {desa} ada sekitar 30 pemuda berjaga membawa "
            "parang, mandau dan tombak. Setiap mobil yang lewat disetop dan ditanya apakah orang perusahaan. "
            "Mobil karyawan PT SEL disuruh putar balik. Anak sekolah jadi takut lewat. Belum ada polisi di "
            "simpang itu."
        ),
        opinion="Saya khawatir kalau ada orang perusahaan lewat bisa terjadi sesuatu.",
        who="Sekitar 30 pemuda {desa}; karyawan PT SEL",
        why="Reaksi atas bentrokan dan kabar korban meninggal yang belum jelas",
        source="Aduan masyarakat via telepon",
    ),
    _issue(
        "kutim-kominda-pengerahan-massa",
        TEPIAN_LANGSAT,
        0,
        "10:00",
        grade="B2",
        domain="politik",
        theme="mobilisasi_massa",
        category="hoaks_provokasi",
        severity=1,
        channel="email",
        marking="rahasia",
        title="Nota informasi: rencana pengerahan massa dari luar kecamatan ke Bengalon",
        text=(
            "NOTA INFORMASI. Pada {hari}, {tanggal}, diperoleh keterangan bahwa Sdr. YS, pihak luar daerah "
            "yang sebelumnya aktif di posko warga {desa}, menghubungi sejumlah koordinator di Kecamatan "
            "Sangatta Utara, Rantau Pulung dan Kaliorang untuk mengirim massa ke Bengalon 'melawan PT SEL'. "
            "Beredar pula ajakan membawa senjata tajam 'untuk berjaga'. YS juga diketahui menyebarkan "
            "rekaman suara yang menyebut adanya korban meninggal, yang sejauh ini tidak terbukti."
        ),
        opinion=(
            "Pengerahan massa dari luar berpotensi mengubah sengketa lokal menjadi konflik terbuka yang "
            "lebih luas. Direkomendasikan penyekatan jalur masuk, pendekatan kepada koordinator yang "
            "dihubungi, dan klarifikasi resmi soal korban."
        ),
        who=("Sdr. YS (pihak dari luar daerah); koordinator massa di Sangatta Utara, Rantau Pulung dan Kaliorang"),
        why="Provokasi pihak luar atas sengketa lahan Bengalon",
        source=_KOMINDA,
    ),
    _issue(
        "kutim-pos-pengamanan-gabungan",
        TEBANGAN_LEMBAK,
        0,
        "12:30",
        author="fkdm.kutim",
        grade="B2",
        domain="hankam",
        theme="pos_keamanan",
        severity=1,
        channel="field_report",
        title="Pos pengamanan gabungan didirikan, warga masih bertahan di posko",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, Polres Kutai Timur bersama Kodim "
            "mendirikan pos pengamanan gabungan di simpang masuk {desa} dan di dekat Blok C-12 Divisi III "
            "dengan sekitar 120 personel. Aktivitas panen dan angkutan PT Sawit Etam Lestari di blok "
            "sengketa dihentikan sementara. Sekitar 80 warga masih bertahan di posko. Camat {kec} bersama "
            "tokoh agama dan tokoh adat berkeliling menenangkan warga dan meluruskan kabar adanya korban "
            "meninggal."
        ),
        opinion=(
            "Situasi tegang namun terkendali. Kerawanan utama: kedatangan massa dari luar kecamatan dan "
            "pesan berantai yang belum terbantah di semua grup warga."
        ),
        who="Polres Kutai Timur dan Kodim; sekitar 80 warga di posko; Camat {kec} dan tokoh masyarakat",
        why="Pengamanan pascabentrokan dan pembakaran pos",
    ),
    _issue(
        "kutim-berita-bupati-menahan-diri",
        KUTAI_TIMUR,
        0,
        "15:00",
        grade="B2",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="news",
        title="Bupati Kutai Timur minta warga Bengalon menahan diri, DPRD jadwalkan RDP",
        text=(
            "{dateline} – Bupati Kutai Timur meminta warga di Kecamatan Bengalon menahan diri dan tidak "
            "terpancing kabar bohong pascabentrokan dengan sekuriti perusahaan sawit. Pernyataan itu "
            "disampaikan pada {tgl_berita} usai rapat Forkopimda. Ia memastikan tidak ada korban meninggal "
            "dalam bentrokan tersebut. Sementara itu, DPRD Kutai Timur menjadwalkan rapat dengar pendapat "
            "dengan warga, PT Sawit Etam Lestari dan BPN pekan depan."
        ),
        who="Bupati dan Forkopimda Kutai Timur; DPRD Kutai Timur; warga Bengalon; PT Sawit Etam Lestari",
        why="Meredam ketegangan pascabentrokan sengketa lahan",
        source="Benua Etam News (RSS)",
    ),
    _issue(
        "kutim-seruan-kepung-kantor-bupati",
        BENGALON,
        0,
        "18:30",
        grade="D4",
        domain="politik",
        theme="mobilisasi_massa",
        category="unjuk_rasa",
        severity=1,
        channel="telegram",
        title="Ajakan aksi lanjutan mengepung Kantor Bupati",
        text=(
            "SERUAN: seluruh warga bengalon & simpatisan, lusa kita kepung kantor bupati sampai HGU PT SEL "
            "dicabut!!! titik kumpul simpang tiga jam 7 pagi. bawa bekal, bawa 'perlengkapan' buat jaga "
            "diri, jangan takut aparat. yg gk ikut brarti pro perusahaan."
        ),
        who="Pengelola kanal Telegram tak dikenal; warga dan simpatisan Bengalon",
        why="Mobilisasi massa lanjutan terkait sengketa HGU",
    ),
    _issue(
        "kutim-wa-posko-terkini",
        TEBANGAN_LEMBAK,
        0,
        "00:00",
        minutes_ago=40,
        grade="C3",
        domain="sosial",
        theme="sengketa_lahan",
        severity=1,
        channel="whatsapp",
        title="Warga masih berjaga di posko, rombongan motor datang",
        text=(
            "update: warga msh jaga di posko sengketa PT SEL {desa_nama} {waktu_kini}, kurleb 50an org. "
            "barusan ada rombongan motor 20an dr arah sangatta, gk tau siapa. polisi di pos simpang udh "
            "nyetop, lagi ditanya2. suasana agak tegang tp blm ada apa2."
        ),
        who="Warga posko {desa_nama}; rombongan bermotor tak dikenal; aparat di pos simpang",
        why="Warga berjaga pascabentrokan",
    ),
)
