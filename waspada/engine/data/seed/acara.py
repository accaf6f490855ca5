"""Hard negatives: ceremonies, festivals, adat performances, religious celebrations, school events.

They borrow the words of conflict ("perang", "serang", "pasukan", "bakar", "massa") without any.
"""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("acara", "lainnya", hard_negative=True, count=5)

TEMPLATES: tuple[Template, ...] = (
    k.news(
        0,
        "Tari Perang Meriahkan Pembukaan Pesta Adat di {kec}",
        "Puluhan penari dengan mandau dan perisai kayu membawakan tari perang dalam pembukaan pesta adat di "
        "{desa}, Kecamatan {kec}, {kab}. Gerakan menyerang dan bertahan diiringi tabuhan gong membuat "
        "penonton terpukau. Pesta adat berlangsung [lima|tujuh] hari dengan lomba sumpit dan perahu.",
        pool=("64.07", "64.11", "64.08", "64.01", "64.02"),
    ),
    k.news(
        0,
        "Festival Erau Dibuka, Ribuan Warga Padati Tenggarong",
        "Festival Erau resmi dibuka dengan prosesi adat dan pawai budaya di Tenggarong, {kab}. Ribuan warga dan "
        "wisatawan memadati tepian sungai untuk menyaksikan ritual. Panitia juga menggelar pertunjukan seni "
        "dari {n1} negara.",
        pool=("64.02",),
    ),
    k.news(
        0,
        "Upacara HUT RI di {kabn} Berlangsung Khidmat",
        "Upacara peringatan Hari Kemerdekaan di halaman kantor {kepala} {kabn} berlangsung khidmat. Pasukan "
        "pengibar bendera bertugas dengan sempurna. Usai upacara, warga menyaksikan atraksi bela diri dan "
        "defile pasukan dari berbagai satuan.",
    ),
    k.news(
        0,
        "Pawai Obor Sambut Tahun Baru Islam di {kec}",
        "Ribuan warga Kecamatan {kec}, {kab}, mengikuti pawai obor menyambut Tahun Baru Islam. Massa pawai "
        "berjalan mengelilingi kampung sambil bershalawat. Polisi membantu mengatur lalu lintas dan acara "
        "berjalan lancar.",
    ),
    k.news(
        0,
        "Barongsai Beraksi di Perayaan Imlek, Warga Lintas Etnis Berbaur",
        "[Atraksi barongsai dan liong|Barongsai, liong, dan tarian kipas] memeriahkan perayaan Imlek di {kabn}. "
        "Warga dari berbagai suku dan agama "
        "ikut menonton dan membagikan kue keranjang. Pengurus {n1} klenteng berterima kasih atas suasana yang "
        "rukun.",
        pool=("64.71", "64.72", "64.74", "64.03", "64.02"),
    ),
    k.news(
        0,
        "Perayaan Natal Bersama {Pemda} Berlangsung Damai",
        "Perayaan Natal bersama Pemerintah {kab} digelar di gedung serbaguna dan dihadiri tokoh lintas agama. "
        "{Kepala} mengajak umat menjaga kerukunan. Paduan suara dari {n1} gereja tampil bergantian.",
    ),
    k.news(
        0,
        "Lomba Perahu Naga Warnai Festival Sungai",
        "Tim dari {n2} desa bertarung dalam lomba perahu naga di Sungai {kec}, {kabn}. Pendayung saling "
        "kejar hingga garis finis disambut sorakan penonton. Festival ditutup dengan pesta kembang api.",
        pool=("64.02", "64.07", "64.11", "64.72", "64.03"),
    ),
    k.news(
        0,
        "Ritual Adat Penolak Bala Digelar di {desa}",
        "Masyarakat adat {desa}, Kecamatan {kec}, menggelar ritual tolak bala yang diwariskan turun-temurun. "
        "Para tetua memimpin doa dan persembahan, sementara pemuda menampilkan tarian perang dan pencak "
        "silat tradisional.",
    ),
    k.news(
        0,
        "Ribuan Jemaah Salat Id di Lapangan {kec}",
        "Ribuan jemaah memadati lapangan Kecamatan {kec}, {kab}, untuk salat Idulfitri. Khatib mengajak umat "
        "saling memaafkan dan menjaga silaturahmi. Usai salat, warga bersalam-salaman dan menggelar open house.",
    ),
    k.news(
        0,
        "Drama Kolosal Perjuangan Rakyat Dipentaskan Pelajar",
        "Ratusan pelajar {kabn} mementaskan drama kolosal perjuangan melawan penjajah di alun-alun. Adegan "
        "pertempuran, ledakan asap, dan pengibaran bendera membuat penonton bertepuk tangan. Pertunjukan "
        "menjadi puncak peringatan Hari Pahlawan.",
    ),
    k.news(
        0,
        "MPLS Hari Pertama, Siswa Baru Dikenalkan Budaya Antiperundungan",
        "Masa pengenalan lingkungan sekolah di SMA Negeri {n1} {kabn} diisi dengan pengenalan guru, tata "
        "tertib, dan kampanye antiperundungan. Kepala sekolah menegaskan tidak ada perpeloncoan.",
    ),
    k.news(
        0,
        "Lomba Panjat Pinang dan Tarik Tambang Meriahkan Agustusan",
        "Warga {desa}, Kecamatan {kec}, merayakan HUT RI dengan panjat pinang, tarik tambang, dan lomba "
        "bakiak. Tim pemuda RT {n1} menang setelah bertarung sengit melawan tim bapak-bapak.",
    ),
    k.field(
        0,
        "Pelaksanaan pesta adat",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, bertempat di lamin adat {desa}, "
        "Kecamatan {kec}, {kab}, berlangsung pesta adat panen dengan tari-tarian dan ritual syukur. Dihadiri "
        "sekitar {n3} orang termasuk wisatawan. Kegiatan berjalan aman dan tertib.",
    ),
    k.field(
        0,
        "Perayaan hari besar keagamaan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, umat di Kecamatan {kec}, {kab}, "
        "melaksanakan ibadah malam hari raya di {n1} rumah ibadah. Pengamanan oleh Polri, TNI, dan ormas "
        "pemuda lintas agama. Situasi aman dan kondusif.",
    ),
    k.field(
        0,
        "Kegiatan pawai budaya",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, pawai budaya memperingati hari jadi "
        "{kab} diikuti {n2} kontingen dari sekolah, paguyuban, dan instansi. Rute sepanjang {jl}. Tidak ada "
        "kejadian menonjol.",
    ),
    k.wa(
        0,
        "ibu2 jgn lupa besok pagi kumpul di balai {desa} jam 7, latihan tari perang buat penyambutan tamu "
        "festival. kostum dibawa masing2 ya",
    ),
    k.wa(
        0,
        "bro besok nonton pawai takbiran di {kec} gak? katanya ada lomba bedug sama kembang api, rame bgt tahun ini",
    ),
    k.social(
        0,
        "Merinding lihat tari perang di Festival Budaya {kabx} tadi malam 🔥 mandau, perisai, teriakan "
        "prajurit, semua kompak. Bangga jadi anak Kaltim!",
    ),
    k.social(
        0,
        "Upacara 17an di {kec} tadi pagi, anakku jadi pasukan pengibar bendera. Alhamdulillah lancar, "
        "bendera naik sempurna 🇮🇩",
    ),
    k.sms(
        0,
        "Ykh bpk/ibu, undangan syukuran khitanan anak kami di {desa}, Minggu jam 10. Mohon doa restu",
    ),
    k.news(
        0,
        "Festival Dange Tampilkan Ritual dan Tarian Warga Hulu",
        "Festival budaya di Kecamatan {kec}, {kab}, menampilkan ritual syukur panen, tarian hudoq, dan lomba "
        "menyumpit. Pemerintah daerah berharap festival menarik wisatawan ke kampung-kampung di hulu "
        "sungai.",
        pool=("64.11", "64.07"),
    ),
    k.news(
        0,
        "Pesta Adat Lom Plai Jadi Magnet Wisata",
        "Pesta adat syukur panen padi di {desa}, Kecamatan {kec}, {kab}, kembali digelar. Ada ritual "
        "menyeberang sungai, perang air antarwarga yang penuh tawa, dan kuliner tradisional.",
        pool=("64.08",),
    ),
    k.news(
        0,
        "Perkemahan Pramuka Diakhiri Api Unggun",
        "Perkemahan Pramuka tingkat kecamatan di {kec}, {kabn}, ditutup dengan malam api unggun dan pentas "
        "seni. Peserta menampilkan drama penyerbuan benteng, yel-yel, dan tari kreasi.",
    ),
    k.news(
        0,
        "Sanggar Tari {kabn} Bawakan Tari Perang di Panggung Budaya",
        "Sanggar tari asal {kabn} membawakan tari perang kreasi di panggung budaya dalam rangka hari jadi "
        "daerah. Belasan penari pria menghentakkan kaki, mengacungkan mandau kayu, dan berteriak lantang "
        "seolah menyerbu musuh, lalu ditutup dengan tarian penyambutan tamu yang lembut.",
    ),
    k.news(
        0,
        "Perang Ketupat Jadi Puncak Sedekah Kampung di {desa}",
        "Ratusan warga {desa}, Kecamatan {kec}, saling lempar ketupat dalam tradisi perang ketupat yang menjadi "
        "puncak sedekah kampung. Tradisi tahunan itu diakhiri makan bersama dan doa agar panen [melimpah|berhasil].",
    ),
    k.news(
        0,
        "Teatrikal Pertempuran Sanga-Sanga Dipentaskan di Hari Pahlawan",
        "Pelajar dan komunitas sejarah mementaskan teatrikal pertempuran merebut kemerdekaan di lapangan "
        "Kecamatan {kec}, {kab}. Adegan serangan pejuang ke markas penjajah, bunyi letusan senapan kayu, dan "
        "asap warna-warni disambut tepuk tangan ribuan penonton.",
    ),
    k.field(
        0,
        "Pelaksanaan festival budaya",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, di halaman lamin adat {desa}, "
        "Kecamatan {kec}, {kab}, berlangsung festival budaya dengan penampilan tari perang, musik sampek, dan "
        "lomba menyumpit. Penonton sekitar {n3} orang. Kegiatan selesai pukul 23.00 WITA dalam keadaan aman.",
    ),
    k.wa(
        0,
        "info panitia: gladi bersih tari perang sama pawai obor mulai jam 4 sore di lapangan {kec}. penari "
        "bawa perisai sm mandau kayu masing2, jgn bawa yg asli ya",
    ),
    k.social(
        0,
        "Anak-anak {kabx} latihan tari perang buat lomba tingkat provinsi, teriakannya bikin merinding 🔥 "
        "semoga juara ya nak, lestarikan budaya kita",
    ),
    k.news(
        0,
        "Ribuan Warga Serbu Pesta Kembang Api Malam Tahun Baru",
        "Ribuan warga menyerbu tepian sungai di {kabn} untuk menyaksikan pesta kembang api malam tahun baru. "
        "Polisi mengatur arus kendaraan dan acara berakhir pukul satu dini hari tanpa gangguan.",
    ),
    k.sms(
        0,
        "Yth warga RT {n1}, lomba 17an: tarik tambang, perang bantal, dan balap karung Minggu pagi di lapangan {desa}",
    ),
    k.news(
        0,
        "{Kepala} {kabn} Lantik {n2} Pejabat, Minta Langsung Tancap Gas",
        "{Kepala} {kabn} melantik {n2} pejabat administrator dan pengawas di pendopo [rumah jabatan|kantor "
        "{pemda}]. Dalam sambutannya ia meminta pejabat baru segera turun ke lapangan dan bekerja sebagai satu "
        'pasukan. "Tidak ada waktu untuk bulan madu, target kita jelas," ujarnya. Pelantikan ditutup dengan '
        "ramah tamah bersama keluarga pejabat.",
    ),
    k.news(
        0,
        "Upacara Hari Pahlawan di Taman Makam Pahlawan {kabn}, Veteran Kenang Masa Perjuangan",
        "Upacara peringatan Hari Pahlawan digelar di Taman Makam Pahlawan {kabn} dan diikuti unsur Forkopimda, "
        "pelajar, serta veteran. Usai mengheningkan cipta, peserta menabur bunga di pusara para pejuang yang "
        "gugur. Seorang veteran berusia [89|91|94] tahun bercerita tentang pertempuran mempertahankan "
        "kemerdekaan di masa mudanya.",
    ),
    k.field(
        0,
        "Peringatan Hari Sumpah Pemuda",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di lapangan kantor Camat {kec}, {kab}, "
        "dilaksanakan upacara Hari Sumpah Pemuda yang diikuti sekitar {n3} pelajar, anggota Pramuka, dan "
        "organisasi kepemudaan. Pembacaan ikrar dilanjutkan [kirab bendera keliling kampung|lomba pidato dan "
        "baca puisi perjuangan]. Kegiatan berlangsung tertib dan khidmat.",
    ),
    k.news(
        0,
        "Purnawirawan Dimakamkan Secara Militer, Tembakan Salvo Iringi Peti Jenazah",
        "Seorang purnawirawan berinisial {ini} ([68|73|77|82]) dimakamkan secara militer di Kecamatan {kec}, {kab}. "
        "Regu penembak melepaskan tembakan salvo [tiga kali|sebanyak tiga kali] ke udara saat peti diturunkan "
        "ke liang lahat. Ratusan pelayat, termasuk rekan seangkatan almarhum, mengikuti prosesi dengan haru.",
    ),
    k.news(
        0,
        "Wisuda {n3} Lulusan, Rektor: Dunia Kerja adalah Medan Tempur Baru",
        "Sebuah perguruan tinggi di {kabn} mewisuda {n3} lulusan [sarjana dan diploma|dari enam fakultas]. "
        "Rektor berpesan agar para wisudawan siap bertarung di dunia kerja yang makin keras dan tidak takut "
        "kalah bersaing. Haru dan tawa mewarnai sesi foto bersama keluarga di halaman gedung.",
        pool=("64.71", "64.72", "64.74", "64.02", "64.08"),
    ),
    k.news(
        0,
        "Rombongan Mempelai Pria Dihadang Palang Bambu dalam Pernikahan Adat",
        "Pernikahan adat di {desa}, Kecamatan {kec}, {kab}, menarik perhatian warga. Rombongan mempelai pria "
        "dihadang palang bambu dan baru boleh lewat setelah juru bicaranya menang berbalas pantun dengan "
        "pihak perempuan. Tawa pecah setiap kali [pantun|jawaban] dinilai kurang tajam.",
    ),
    k.news(
        0,
        "Konser Hari Jadi {kabn} Diserbu Puluhan Ribu Penonton",
        "Konser musik dalam rangka hari jadi {kab} diserbu puluhan ribu penonton sejak sore. Penonton "
        "berdesakan merangsek ke depan panggung saat band [papan atas Jakarta|idola anak muda] tampil, sehingga "
        "panitia menambah pagar pembatas. Polisi menyebut acara berakhir tertib menjelang tengah malam.",
    ),
    k.wa(
        0,
        "gilaa konser semalam di lapangan {kec}, penonton pada nyerbu ke depan pas lagu terakhir, pagar "
        "pembatas sampe goyang2 wkwk. suara abis teriak2, [besok|minggu depan] ada lagi gak ya",
    ),
    k.social(
        0,
        "Baru pulang nonton film perang kemerdekaan di bioskop {kabx}. Adegan penyerbuan markas penjajah sama "
        "ledakan jembatannya [keren parah|bikin merinding] 😭🇮🇩 wajib ditonton anak muda!",
    ),
    k.news(
        0,
        "Sendratari Kisah Perlawanan Pejuang Lokal Pukau Penonton",
        "Sendratari tentang perlawanan pejuang lokal terhadap penjajah dipentaskan di gedung kesenian {kabn}. "
        "Adegan pengepungan kampung, teriakan komando, dan dentum meriam dari pengeras suara membuat penonton "
        "terdiam. Sutradara berinisial {ini} menyebut [pementasan|pertunjukan] itu digarap tiga bulan.",
    ),
    k.news(
        0,
        "HUT TNI, Prajurit Peragakan Pembebasan Sandera di Alun-Alun",
        "Peringatan HUT TNI di {kabn} dimeriahkan demonstrasi keterampilan prajurit. Mereka memeragakan "
        "pembebasan sandera, [terjun dari menara|turun tali dari gedung], dan bela diri militer. Warga, terutama "
        "anak-anak, antusias berfoto dengan kendaraan taktis yang dipamerkan usai acara.",
    ),
    k.wa(
        0,
        "ibu2 PKK {desa} yg ikut karnaval, kostum pejuangnya jgn lupa: bambu runcing, ikat kepala merah putih, "
        "[celana hitam|baju lurik]. kumpul jam 7 di depan masjid ya",
    ),
    k.sms(
        0,
        "Undangan pelantikan pengurus Karang Taruna {desa}, [Sabtu|Minggu] pkl 19.30 di balai desa. Pakaian batik",
    ),
)
