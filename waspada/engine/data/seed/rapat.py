"""Hard negatives: prevention work itself — Kesbangpol, FKDM, FKUB and Kominda meetings, sosialisasi,
drills and security planning with no incident behind them."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("rapat", "lainnya", hard_negative=True, count=5)

TEMPLATES: tuple[Template, ...] = (
    k.news(
        0,
        "Kesbangpol Gelar Sosialisasi Wawasan Kebangsaan bagi Pemuda",
        "Badan Kesbangpol {kab} menggelar sosialisasi wawasan kebangsaan bagi {n3} pemuda dari berbagai "
        "kecamatan. Materi meliputi Pancasila, bahaya intoleransi, dan peran pemuda mencegah konflik sosial. "
        "Peserta antusias berdiskusi dengan narasumber.",
    ),
    k.news(
        0,
        "FKDM {kabn} Rapat Koordinasi Deteksi Dini",
        "Forum Kewaspadaan Dini Masyarakat {kab} menggelar rapat koordinasi bersama camat dan unsur "
        "keamanan. Rapat membahas mekanisme pelaporan dini dan pemetaan daerah rawan konflik. Tidak ada "
        "kejadian menonjol yang dilaporkan bulan ini.",
    ),
    k.news(
        0,
        "FKUB Ajak Tokoh Agama Rawat Kerukunan Jelang Hari Raya",
        "Forum Kerukunan Umat Beragama {kabn} mengumpulkan tokoh lintas agama untuk bersilaturahmi menjelang "
        "hari raya. Mereka sepakat saling mengunjungi dan menjaga suasana damai di lingkungan masing-masing.",
    ),
    k.news(
        0,
        "Polres Gelar Simulasi Penanganan Unjuk Rasa Anarkis",
        "Ratusan personel Polres {kabn} mengikuti simulasi sistem pengamanan kota. Skenario meliputi unjuk "
        "rasa yang berubah anarkis, pelemparan batu, dan pembakaran ban yang diperagakan personel. Kapolres "
        "menyebut latihan ini untuk kesiapan menghadapi segala kemungkinan.",
    ),
    k.news(
        0,
        "Pelatihan Resolusi Konflik untuk Kepala Desa",
        "Pemerintah {kab} melatih {n2} kepala desa tentang mediasi dan resolusi konflik sosial. Peserta "
        "berlatih menangani simulasi sengketa batas desa dan perselisihan antarwarga.",
    ),
    k.news(
        0,
        "Deklarasi Pemilu Damai Diikuti Seluruh Peserta Pilkada",
        "Seluruh pasangan calon kepala daerah {kabn} menandatangani deklarasi pemilu damai. Mereka berjanji "
        "menolak politik uang, hoaks, dan kampanye bernada SARA. Acara ditutup dengan pelepasan burung merpati.",
    ),
    k.news(
        0,
        "Apel Gelar Pasukan Operasi Lilin Jelang Natal dan Tahun Baru",
        "Polres {kabn} menggelar apel gelar pasukan Operasi Lilin. Sebanyak {n3} personel gabungan disiagakan "
        "di rumah ibadah, pusat keramaian, dan jalur mudik. Kapolres menyebut situasi menjelang Natal aman.",
    ),
    k.news(
        0,
        "Kominda Perkuat Sinergi Intelijen Daerah",
        "Komunitas Intelijen Daerah {kab} menggelar rapat rutin untuk memperkuat pertukaran informasi antar "
        "instansi. Rapat juga membahas rencana pelatihan analisis dan pemetaan kerawanan tahunan.",
    ),
    k.news(
        0,
        "Dialog Kebangsaan di Kampus Bahas Bahaya Hoaks",
        "Kesbangpol bersama sebuah kampus di {kabn} menggelar dialog kebangsaan bertema literasi digital. "
        "Narasumber mengajak mahasiswa memeriksa kebenaran informasi dan tidak ikut menyebarkan provokasi.",
    ),
    k.news(
        0,
        "Tim Terpadu Penanganan Konflik Sosial Dibentuk",
        "{Kepala} {kabn} menandatangani surat keputusan pembentukan tim terpadu penanganan konflik sosial sesuai "
        "amanat undang-undang. Tim akan memetakan potensi kerawanan dan menyusun rencana aksi tahunan.",
    ),
    k.field(
        0,
        "Rapat Tim Kewaspadaan Dini",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di ruang rapat Kesbangpol {kab}, "
        "dilaksanakan rapat Tim Kewaspadaan Dini yang dihadiri {n2} peserta dari unsur pemda, Polri, TNI, "
        "dan FKDM. Rapat membahas rencana kerja triwulan. Kegiatan berjalan lancar.",
    ),
    k.field(
        0,
        "Sosialisasi pencegahan paham radikal di sekolah",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di SMA Negeri {n1} {kabn}, "
        "dilaksanakan sosialisasi pencegahan radikalisme dan intoleransi oleh Kesbangpol dan Kemenag kepada "
        "{n3} siswa. Kegiatan berjalan tertib.",
    ),
    k.field(
        0,
        "Kegiatan silaturahmi Kamtibmas",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, di balai {desa}, Kecamatan {kec}, "
        "dilaksanakan silaturahmi Kamtibmas antara Bhabinkamtibmas, Babinsa, dan warga. Warga menyampaikan "
        "situasi kampung aman dan meminta ronda malam diaktifkan kembali.",
    ),
    k.field(
        0,
        "Pemantauan situasi menjelang pemilihan",
        "Pada hari {hari} tanggal {tgl}, hasil pemantauan di Kecamatan {kec}, {kab}, menunjukkan tahapan "
        "pemilihan berjalan sesuai jadwal. Tidak ditemukan potensi gangguan, alat peraga terpasang tertib.",
    ),
    k.wa(
        0,
        "Mengingatkan bpk/ibu anggota FKDM {kabx}, rapat bulanan besok jam 9 di aula Kesbangpol. Agenda "
        "evaluasi laporan deteksi dini. Mohon hadir tepat waktu",
    ),
    k.wa(
        0,
        "rekan2 Bhabin, laporan situasi harian {kec} hari ini nihil kejadian menonjol ya. kegiatan sambang "
        "ke sekolah dan pasar",
    ),
    k.social(
        0,
        "Hari ini ikut pelatihan mediator konflik dari Kesbangpol {kabx}. Ilmunya mantap, belajar cara "
        "meredam ketegangan sebelum jadi masalah 👍",
    ),
    k.sms(
        0,
        "Undangan: sosialisasi wawasan kebangsaan bagi tokoh masyarakat {kec}, Kamis pkl 09.00 di kantor camat",
    ),
    k.news(
        0,
        "Latihan Penanggulangan Teror di Bandara Berjalan Lancar",
        "[Otoritas|Pengelola] bandara di {kabn} bersama {n3} personel gabungan menggelar latihan penanggulangan "
        "teror. Skenario meliputi penyanderaan dan ancaman bom yang diperagakan petugas. Latihan rutin ini tidak "
        "terkait ancaman nyata.",
        pool=("64.71", "64.03", "64.72"),
    ),
    k.news(
        0,
        "Rakor Pengamanan Idulfitri, {Pemda} Pastikan Kesiapan",
        "Pemerintah {kab} menggelar rapat koordinasi lintas sektor untuk pengamanan Idulfitri. Pembahasan "
        "meliputi pos pelayanan mudik, ketersediaan bahan pokok, dan patroli di pusat keramaian.",
    ),
    k.news(
        0,
        "FKUB dan Kesbangpol Gelar Dialog Cegah Konflik Bernuansa Agama",
        "Forum Kerukunan Umat Beragama bersama Kesbangpol {kab} menggelar dialog lintas agama bertema "
        "pencegahan konflik bernuansa SARA. Para tokoh sepakat menjaga rumah ibadah bersama dan segera "
        "meluruskan kabar bohong yang beredar di media sosial.",
    ),
    k.news(
        0,
        "Kesbangpol Petakan Titik Rawan Konflik Jelang Pilkada",
        "Badan Kesbangpol {kab} memaparkan peta kerawanan sosial menjelang pemilihan kepala daerah dalam rapat "
        "koordinasi bersama KPU, Bawaslu, Polri, dan TNI. Pemetaan dipakai untuk menyusun rencana pengamanan, "
        "bukan karena ada kejadian.",
    ),
    k.news(
        0,
        "Simulasi Sispamkota, Polisi Peragakan Penanganan Massa Anarkis",
        "Polres {kabn} menggelar simulasi sistem pengamanan kota di halaman kantor {kepala}. Personel memerankan "
        "massa yang ricuh dan melempar botol, lalu pasukan pengendali massa maju dengan tameng. Kapolres "
        "menyebut latihan ini persiapan menjelang tahapan pemilu.",
    ),
    k.field(
        0,
        "Sosialisasi penanganan konflik sosial di kecamatan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di aula kantor Camat {kec}, {kab}, "
        "dilaksanakan sosialisasi undang-undang penanganan konflik sosial oleh Kesbangpol kepada {n3} kepala "
        "desa, Bhabinkamtibmas, dan Babinsa. Kegiatan berjalan lancar.",
    ),
    k.wa(
        0,
        "assalamualaikum, mengingatkan besok FGD FKDM {kabx} tema deteksi dini radikalisme di kalangan pelajar, "
        "jam 13.00 di hotel. peserta harap bawa bahan paparan",
    ),
    k.social(
        0,
        "Ikut workshop moderasi beragama dari Kemenag {kabx}. Dapat materi cara menangkal provokasi dan hoaks "
        "di grup WA. Semoga kampung kita tetap rukun 🤝",
    ),
    k.news(
        0,
        "Ikrar Damai Suporter Jelang Musim Kompetisi",
        "Kelompok suporter sepak bola di {kabn} mengucapkan ikrar damai di hadapan kapolres dan pengurus klub. "
        "Mereka berjanji menolak tawuran, tidak membawa flare, dan saling menghormati saat bertandang.",
    ),
    k.sms(
        0,
        "Undangan rakor Tim Terpadu Penanganan Konflik Sosial {kabn}, Selasa pkl 09.00 di ruang rapat Setda. "
        "Agenda: rencana aksi tahunan",
    ),
    k.news(
        0,
        "Rapat Evaluasi FKDM: Situasi {kabn} Aman dan Kondusif Sepanjang Triwulan",
        "Forum Kewaspadaan Dini Masyarakat {kab} menggelar rapat evaluasi triwulan bersama camat se-kabupaten. "
        "Laporan dari seluruh kecamatan menyebut situasi aman dan kondusif, tanpa gesekan antarwarga yang "
        "menonjol. Anggota FKDM diminta tetap [aktif memantau|rutin melapor], terutama menjelang hari besar.",
    ),
    k.field(
        0,
        "Latihan pengendalian massa",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di halaman Mapolres {kabn}, dilaksanakan "
        "latihan pengendalian massa. Sebagian personel berperan sebagai pengunjuk rasa yang [berteriak dan "
        "mendorong barikade|melempar botol plastik ke arah petugas], lalu regu dalmas merespons sesuai prosedur. "
        "Latihan berjalan lancar.",
    ),
    k.news(
        0,
        "Apel Siaga Gabungan, {n3} Personel Siap Hadapi Musim Hujan",
        "Sebanyak {n3} personel TNI, Polri, BPBD, dan Satpol PP mengikuti apel siaga di halaman kantor {kepala} "
        "{kabn}. Perahu karet, kendaraan taktis, dan perlengkapan evakuasi diperiksa satu per satu. {Kepala} "
        "menegaskan apel ini bentuk [kesiapsiagaan|kesiapan], bukan karena ada ancaman tertentu.",
    ),
    k.wa(
        0,
        "lapor ndan, patroli malam sektor {kec} selesai jam [2|3], kondisi aman. tidak ada kumpul2 pemuda, pos "
        "ronda aktif, warung sdh tutup semua. nihil kejadian",
    ),
    k.field(
        0,
        "Patroli dialogis malam hari",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, tim patroli gabungan Polsek dan Koramil "
        "{kec} menyisir {desa} dan sekitarnya. Tidak ditemukan senjata tajam, minuman keras, maupun kerumunan "
        "yang mencurigakan. Petugas [berbincang dengan warga di pos ronda|mengingatkan pemilik warung tutup "
        "tepat waktu]. Situasi aman.",
    ),
    k.news(
        0,
        "Tokoh Adat dan Agama Dilatih Jadi Mediator Komunitas",
        "Sebanyak {n2} tokoh adat, tokoh agama, dan ketua RT di {kab} mengikuti pelatihan mediator komunitas. "
        "Dalam [bermain peran|simulasi], peserta menengahi perselisihan warisan dan batas kebun antara dua "
        "keluarga rekaan. Panitia berharap perselisihan kecil selesai di tingkat kampung.",
    ),
    k.news(
        0,
        "Seminar Literasi Digital, Pelajar Diajak Perangi Hoaks",
        "Ratusan pelajar SMA di {kabn} mengikuti seminar literasi digital yang digelar Diskominfo dan Kesbangpol. "
        "Narasumber mengajak siswa memerangi hoaks dengan [cek fakta sederhana|memeriksa sumber berita] sebelum "
        "membagikan pesan. Peserta berlatih membedakan foto asli dan foto suntingan.",
    ),
    k.news(
        0,
        "Sosialisasi Bahaya Narkoba di Kampus: Generasi Muda Benteng Terakhir",
        "BNN dan Kesbangpol {kab} menggelar sosialisasi pencegahan narkoba bagi mahasiswa baru. Narasumber "
        "menyebut narkoba musuh bersama dan generasi muda sebagai benteng terakhir. Mahasiswa diajak "
        "[menjadi relawan antinarkoba|melapor bila melihat peredaran di sekitar kos].",
    ),
    k.social(
        0,
        "Tadi ikut seminar pencegahan radikalisme di aula kecamatan {kec}. Narasumbernya mantan napiter yang sudah "
        "kembali ke NKRI, ceritanya bikin merinding. Jangan gampang dicekoki paham kekerasan di medsos "
        "[ya guys|gaes] 🙏",
    ),
    k.news(
        0,
        "Paguyuban Lintas Etnis di {kec} Teken Deklarasi Kampung Damai",
        "Pengurus {n1} paguyuban lintas etnis di Kecamatan {kec}, {kab}, menandatangani deklarasi kampung damai "
        "menyambut [tahun politik|hari jadi daerah]. Mereka berikrar tidak terpancing isu SARA dan "
        "menyelesaikan setiap perselisihan lewat musyawarah. Acara ditutup makan bersama.",
    ),
    k.sms(
        0,
        "Yth. Kades se-Kec {kec}, mohon kirim 2 utusan utk pelatihan mediator konflik di aula kecamatan, "
        "[Rabu|Kamis] pkl 08.30",
    ),
    k.news(
        0,
        "ASN {kabn} Ikuti Pelatihan Bela Negara, Latihan Baris-Berbaris hingga Halang Rintang",
        "Ratusan ASN di lingkungan {pemda} {kabn} mengikuti pelatihan bela negara di markas batalyon. Peserta "
        "digembleng baris-berbaris, halang rintang, dan [materi wawasan kebangsaan|kuliah sejarah perjuangan]. "
        "Pelatih menyebut tujuannya menumbuhkan disiplin, bukan mencetak tentara.",
    ),
    k.field(
        0,
        "Rapat koordinasi pengamanan kegiatan keagamaan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di ruang rapat Polres {kabn}, "
        "dilaksanakan rapat koordinasi pengamanan [MTQ tingkat kabupaten|perayaan Paskah] bersama panitia, "
        "Kemenag, dan Dishub. Dibahas penempatan personel dan jalur evakuasi. Tidak ada informasi ancaman.",
    ),
)
