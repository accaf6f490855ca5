"""Background templates, bidang sosial (kamtibmas): drugs, crime, vigilantism, group clashes, hoaxes."""

from __future__ import annotations

from waspada.demo.model import Template
from waspada.demo.templates_sosial import FLOOD_KECAMATAN

KOTA = ("64.71", "64.72", "64.74")
COASTAL_KECAMATAN = (
    "64.03.07",
    "64.03.02",
    "64.74.01",
    "64.74.02",
    "64.71.01",
    "64.02.05",
    "64.02.13",
    "64.09.01",
    "64.08.05",
    "64.08.13",
)

KAMTIBMAS: tuple[Template, ...] = (
    Template(
        key="sos-narkoba-resah",
        domain="sosial",
        theme="narkoba",
        severity=1,
        channel="field_report",
        title="Warga resah peredaran sabu di {desa}",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, dalam pertemuan warga di "
            "{kantor_desa}, Kecamatan {kec}, {kab}, warga menyampaikan keresahan atas maraknya peredaran "
            "sabu di lingkungan mereka. Warga menyebut ada rumah yang sering didatangi orang tak dikenal "
            "hingga larut malam. Tokoh masyarakat meminta Polsek menggelar razia dan menyatakan siap "
            "membentuk kelompok siaga antinarkoba."
        ),
        opinion="Keresahan warga perlu direspons aparat agar tidak berujung pada main hakim sendiri.",
        who="Warga dan tokoh masyarakat {desa}; pengedar (belum diketahui)",
        why="Maraknya peredaran sabu di permukiman",
    ),
    Template(
        key="sos-narkoba-aduan",
        domain="sosial",
        theme="narkoba",
        severity=1,
        channel="public_tip",
        title="Aduan: rumah kontrakan diduga tempat transaksi sabu",
        text=(
            "mohon ditindaklanjuti, di {rt} {desa} ada rumah kontrakan yg tiap malam didatangi motor keluar "
            "masuk, kadang sampe subuh. warga curiga jadi tempat transaksi sabu. anak2 muda sini jg ada yg "
            "mulai ikut2an. kami takut lapor langsung krn pelakunya kenal dgn org2 berpengaruh. tolong nama "
            "pelapor dirahasiakan."
        ),
        who="Penghuni rumah kontrakan di {rt} {desa}",
        why="Dugaan transaksi narkoba di permukiman",
    ),
    Template(
        key="sos-narkoba-penangkapan",
        domain="sosial",
        theme="narkoba",
        severity=1,
        channel="news",
        level="kec",
        title="Polisi amankan pengedar sabu di {kec}",
        text=(
            "{dateline} – Satuan Reserse Narkoba {polres} menangkap seorang pria berinisial {inisial_saja} "
            "di Kecamatan {kec} pada {tgl_berita}. Dari tangan tersangka, polisi menyita sabu seberat {gram} "
            "gram yang dikemas dalam puluhan paket kecil siap edar. Penangkapan dilakukan setelah polisi "
            "menerima laporan warga yang resah. Tersangka dijerat Undang-Undang Narkotika."
        ),
        who="Tersangka pengedar berinisial {inisial_saja}; Satresnarkoba {polres}",
        why="Peredaran sabu",
    ),
    Template(
        key="sos-curanmor-sms",
        domain="sosial",
        theme="kriminalitas",
        severity=1,
        channel="sms",
        title="Pencurian sepeda motor berulang, warga mau ronda",
        text=(
            "pak lapor, di {desa_nama} motor ilang lagi {waktu_santai}, udh yg ke-{ke} bulan ini. warga udh "
            "kesel, bbrp pemuda bilang klo ketangkep mau dihajar aja. skrg lg diatur ronda tiap malam. mohon "
            "polisi patroli ya pak."
        ),
        who="Warga dan pemuda {desa_nama}; pencuri (belum diketahui)",
        why="Pencurian sepeda motor berulang",
    ),
    Template(
        key="sos-pencurian-sawit",
        domain="sosial",
        theme="kriminalitas",
        severity=1,
        channel="field_report",
        regions=("64.01", "64.02", "64.03", "64.07", "64.08", "64.09"),
        village_only=True,
        title="Pencurian buah sawit marak, petani bentuk ronda kebun",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, diperoleh informasi dari kelompok "
            "tani {desa}, Kecamatan {kec}, {kab}, bahwa dalam sebulan terakhir terjadi sedikitnya {n_kecil} "
            "kali pencurian buah sawit di kebun petani. Pelaku diduga berkelompok dan membawa senjata tajam. "
            "Petani membentuk ronda kebun bergilir. Sebagian petani menyatakan akan 'memberi pelajaran' bila "
            "pelaku tertangkap."
        ),
        opinion=(
            "Ada risiko main hakim sendiri. Disarankan patroli gabungan Polsek dan satpam kebun serta "
            "imbauan tokoh masyarakat."
        ),
        who="Kelompok tani {desa}; pencuri buah sawit (belum diketahui)",
        why="Pencurian buah sawit yang berulang",
    ),
    Template(
        key="sos-begal-telegram",
        domain="sosial",
        theme="kriminalitas",
        severity=1,
        channel="telegram",
        level="kec",
        title="Info dugaan begal di jalan poros",
        text=(
            "info rekan2, {waktu_santai} ada pengendara motor dipepet 2 org di jalan poros arah {kec}, tas "
            "sm hp diambil. korban gk luka tp trauma. yg lewat malam hati2, jgn sendirian. udh dilaporin ke "
            "polsek katanya. share ke grup keluarga."
        ),
        who="Dua pelaku tak dikenal; pengendara sepeda motor",
        why="Dugaan perampasan di jalan",
    ),
    Template(
        key="sos-komplotan-curanmor",
        domain="sosial",
        theme="kriminalitas",
        severity=1,
        channel="news",
        level="kec",
        title="Polisi ringkus komplotan pencuri sepeda motor di {kec}",
        text=(
            "{dateline} – Jajaran {polres} meringkus tiga pria yang diduga komplotan pencuri sepeda motor di "
            "Kecamatan {kec} pada {tgl_berita}. Komplotan ini diduga beraksi di belasan lokasi dalam dua "
            "bulan terakhir, terutama di halaman rumah dan tempat ibadah. Polisi mengamankan lima unit "
            "sepeda motor sebagai barang bukti dan masih memburu penadahnya."
        ),
        who="Tiga tersangka pencuri sepeda motor; {polres}",
        why="Pencurian sepeda motor",
    ),
    Template(
        key="sos-pungli-aduan",
        domain="sosial",
        theme="kriminalitas",
        severity=1,
        channel="public_tip",
        level="kec",
        title="Aduan: pungutan liar terhadap sopir truk di jalan poros",
        text=(
            "Saya sopir truk angkutan barang. Di jalan poros Kecamatan {kec} sekarang ada sekelompok orang "
            "yang memasang palang dan meminta uang Rp20.000 sampai Rp50.000 untuk setiap truk yang lewat "
            "dengan alasan uang jalan kampung. Kalau tidak bayar, sopir dimaki dan ban kendaraan diancam "
            "dikempeskan. Mohon ditertibkan."
        ),
        who="Sekelompok orang penarik pungutan di jalan poros {kec}; sopir truk",
        why="Pungutan liar terhadap angkutan barang",
    ),
    Template(
        key="sos-balap-liar-aduan",
        domain="sosial",
        theme="kriminalitas",
        severity=1,
        channel="public_tip",
        title="Aduan: balap liar tiap malam Minggu di {desa}",
        text=(
            "Kami warga {rt} {desa} mengeluhkan balap liar yang hampir setiap malam Minggu berlangsung di "
            "jalan depan permukiman sampai subuh. Suara knalpot sangat bising dan penontonnya ratusan. Warga "
            "yang menegur malah ditantang. Kami khawatir ada kecelakaan atau bentrok. Mohon patroli rutin."
        ),
        who="Pelaku dan penonton balap liar; warga {rt} {desa}",
        why="Balap liar yang mengganggu ketertiban",
    ),
    Template(
        key="sos-hampir-dihakimi",
        domain="sosial",
        theme="main_hakim_sendiri",
        severity=1,
        channel="whatsapp",
        title="Terduga pencuri hampir dihakimi massa",
        text=(
            "{waktu_santai} ada maling hp ketangkep di {desa_nama}, udh dikerubungin warga, ada yg mau "
            "mukulin. untung pak babinsa sm pak RT cepet dtg, orgnya langsung dibawa ke polsek. tapi warga "
            "msh pd kesel krn katanya udh sering kejadian. videonya udh nyebar di grup."
        ),
        who="Terduga pencuri; warga {desa_nama}; Babinsa dan Ketua RT",
        why="Kekesalan warga terhadap pencurian yang berulang",
    ),
    Template(
        key="sos-ancam-tutup-karaoke",
        domain="sosial",
        theme="main_hakim_sendiri",
        severity=1,
        channel="public_tip",
        level="kec",
        title="Aduan: sekelompok orang ancam tutup paksa tempat karaoke",
        text=(
            "Saya pemilik usaha di Kecamatan {kec}. Sejak dua hari lalu ada pesan yang beredar bahwa "
            "sekelompok orang akan menutup paksa tempat karaoke dan warung yang menjual minuman di sekitar "
            "pasar karena dianggap meresahkan. Beberapa pemilik usaha sudah didatangi dan diminta tutup "
            "sebelum akhir pekan. Kami minta aparat yang menertibkan sesuai aturan, bukan kelompok tertentu."
        ),
        who="Kelompok massa (belum diketahui); pemilik usaha hiburan di {kec}",
        why="Rencana penutupan paksa tempat hiburan oleh kelompok warga",
    ),
    Template(
        key="sos-main-hakim-luka",
        domain="sosial",
        theme="main_hakim_sendiri",
        severity=3,
        channel="field_report",
        hours=(20, 23),
        title="Terduga pencuri dianiaya warga hingga luka",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di {desa}, Kecamatan {kec}, {kab}, "
            "seorang pria berinisial {inisial_saja} yang diduga mencuri ternak ditangkap warga dan dipukuli "
            "hingga luka di kepala dan wajah. Korban dievakuasi anggota Polsek ke puskesmas dan selanjutnya "
            "dirujuk ke rumah sakit. Polisi meminta keterangan beberapa warga yang terekam dalam video "
            "pemukulan."
        ),
        opinion=(
            "Main hakim sendiri mencerminkan rendahnya kepercayaan warga pada penegakan hukum. Perlu "
            "sosialisasi Polsek dan tokoh agama."
        ),
        who="Terduga pencuri ternak berinisial {inisial_saja}; warga {desa}",
        why="Kemarahan warga atas pencurian ternak",
    ),
    Template(
        key="sos-perkelahian-pemuda",
        domain="sosial",
        theme="bentrok_antarkelompok",
        severity=3,
        channel="field_report",
        hours=(21, 23),
        title="Perkelahian antarkelompok pemuda usai acara hiburan",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, usai acara hiburan organ tunggal "
            "di {desa}, Kecamatan {kec}, {kab}, terjadi perkelahian antara kelompok pemuda setempat dan "
            "pemuda dari {desa_label_kecil} tetangga. Perkelahian dipicu saling ejek saat berjoget. {n_luka} "
            "orang luka akibat pukulan benda tumpul dan lemparan batu. Aparat Polsek dan Koramil membubarkan "
            "kerumunan; beberapa orang diamankan."
        ),
        opinion=(
            "Potensi aksi balasan antarkelompok dalam beberapa hari ke depan. Perlu pertemuan tokoh pemuda kedua pihak."
        ),
        who="Kelompok pemuda {desa} dan pemuda {desa_label_kecil} tetangga",
        why="Saling ejek saat acara hiburan",
    ),
    Template(
        key="sos-saling-tantang-aduan",
        domain="sosial",
        theme="bentrok_antarkelompok",
        severity=1,
        channel="public_tip",
        title="Aduan: pemuda dua kampung saling tantang di media sosial",
        text=(
            "Sy mau lapor, pemuda {desa_nama} sm pemuda kampung sebelah lagi saling tantang di facebook & "
            "tiktok gara2 pertandingan voli kemarin. ada yg tulis 'tunggu kalian malam minggu'. orang tua "
            "sudah mulai khawatir. mohon pihak {desa_label_kecil} dan polsek panggil anak2nya sebelum "
            "kejadian."
        ),
        who="Pemuda {desa_nama} dan pemuda kampung sebelah",
        why="Kekalahan dalam pertandingan voli berujung saling tantang",
    ),
    Template(
        key="sos-unggahan-balas",
        domain="sosial",
        theme="bentrok_antarkelompok",
        severity=1,
        channel="social",
        level="kec",
        title="Unggahan ajakan 'balas' antarkelompok pemuda",
        text=(
            "Akun {akun} mengunggah video perkelahian dengan keterangan 'yang kemarin belum selesai, kita "
            "balas' dan menandai beberapa akun pemuda dari wilayah lain di Kecamatan {kec}. Unggahan telah "
            "dilihat ribuan kali dan komentar berisi saling ancam. Belum dapat dipastikan apakah video "
            "merupakan kejadian baru atau lama."
        ),
        who="Pemilik akun {akun}; kelompok pemuda di Kecamatan {kec}",
        why="Dendam antarkelompok pemuda",
    ),
    Template(
        key="sos-ojol-pangkalan",
        domain="sosial",
        theme="bentrok_antarkelompok",
        severity=1,
        channel="field_report",
        regions=KOTA,
        title="Ketegangan ojek daring dan ojek pangkalan di {desa}",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di {desa}, Kecamatan {kec}, {kab}, "
            "sekelompok ojek pangkalan menghalangi pengemudi ojek daring yang menjemput penumpang di sekitar "
            "pasar. Terjadi adu mulut dan sempat saling dorong. Sekitar {n_sedang} pengemudi ojek daring "
            "kemudian berkumpul di lokasi. Polisi menengahi dan meminta kedua pihak menyepakati titik "
            "jemput."
        ),
        opinion="Perlu kesepakatan zona jemput yang difasilitasi dinas perhubungan agar tidak berulang.",
        who="Ojek pangkalan dan sekitar {n_sedang} pengemudi ojek daring",
        why="Perebutan penumpang di sekitar pasar",
    ),
    Template(
        key="sos-rencana-sweeping",
        domain="sosial",
        theme="bentrok_antarkelompok",
        severity=1,
        channel="telegram",
        level="kab",
        title="Kabar rencana sweeping oleh kelompok massa",
        text=(
            "info A1 katanya malam minggu ini ada rencana sweeping sm sekelompok massa ke tempat hiburan di "
            "{ibukota}, gara2 ada anggotanya dipukul minggu lalu. udh ada yg ngumpulin orang lewat grup. blm "
            "tau bener apa nggak, tp mending aparat siaga."
        ),
        who="Kelompok massa (belum diketahui); pengelola tempat hiburan di {ibukota}",
        why="Balas dendam atas pemukulan anggota kelompok",
        grades=("C3", "D4"),
    ),
    Template(
        key="sos-nelayan-luar",
        domain="sosial",
        theme="bentrok_antarkelompok",
        severity=1,
        channel="field_report",
        kecamatan=COASTAL_KECAMATAN,
        title="Ketegangan nelayan lokal dengan kapal nelayan dari luar",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, nelayan {desa}, Kecamatan {kec}, "
            "{kab}, melaporkan beberapa kapal nelayan dari luar daerah yang memakai alat tangkap terlarang "
            "di perairan tangkap tradisional mereka. Sekitar {n_kecil} perahu nelayan lokal sempat mendekati "
            "kapal tersebut dan meminta mereka pergi. Nelayan mengancam akan menahan kapal bila kejadian "
            "berulang."
        ),
        opinion="Risiko bentrok di laut. Perlu patroli dinas kelautan dan Polairud.",
        who="Nelayan {desa}; awak kapal nelayan dari luar daerah",
        why="Penggunaan alat tangkap terlarang di wilayah tangkap tradisional",
    ),
    Template(
        key="sos-hoaks-penculikan",
        domain="sosial",
        theme="hoaks",
        severity=1,
        channel="whatsapp",
        level="kab",
        title="Pesan berantai soal penculikan anak dengan mobil putih",
        text=(
            "WASPADA!!! bpk/ibu tolong jaga anak2, sudah ada 3 anak diculik di daerah {kab_singkat} pake "
            "mobil avanza putih, organnya diambil. pelaku nyamar jd penjual mainan. jgn biarkan anak main "
            "sendiri!!! sebarkan ke semua grup, ini info dr anggota polisi."
        ),
        who="Penyebar pesan berantai tak dikenal",
        why="Hoaks penculikan anak yang menimbulkan keresahan",
        grades=("D5", "E5"),
    ),
    Template(
        key="sos-hoaks-bendungan",
        domain="sosial",
        theme="hoaks",
        severity=1,
        channel="whatsapp",
        level="kec",
        kecamatan=FLOOD_KECAMATAN,
        title="Pesan hoaks soal bendungan jebol",
        text=(
            "INFO TERBARU: bendungan di hulu katanya retak dan bisa jebol malam ini, warga {kec} yg tinggal "
            "dkt sungai disuruh ngungsi skrg!!! ini dr grup relawan. jangan tunggu pengumuman resmi, lgsg "
            "bawa surat2 penting. SEBARKAN"
        ),
        who="Penyebar pesan berantai tak dikenal; warga bantaran sungai {kec}",
        why="Hoaks bencana yang memicu kepanikan",
        grades=("D5", "E5"),
    ),
    Template(
        key="sos-hoaks-penculikan-klarifikasi",
        domain="sosial",
        theme="hoaks",
        severity=1,
        channel="field_report",
        level="kec",
        title="Hoaks penculikan anak beredar, Polsek {kec} lakukan klarifikasi",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, dilaporkan bahwa pesan berantai "
            "tentang penculikan anak menggunakan mobil putih beredar di grup WhatsApp warga Kecamatan {kec}, "
            "{kab}. Akibatnya sejumlah orang tua menjemput anak lebih awal dan seorang penjual keliling "
            "sempat diinterogasi warga. Kapolsek menyatakan tidak ada laporan penculikan dan informasi "
            "tersebut hoaks."
        ),
        opinion=(
            "Hoaks semacam ini dapat memicu persekusi terhadap orang asing. Perlu klarifikasi cepat melalui "
            "tokoh masyarakat dan grup warga."
        ),
        who="Penyebar hoaks (belum diketahui); orang tua murid dan warga {kec}",
        why="Hoaks penculikan anak",
    ),
)
