"""SARA & intoleransi: houses of worship, religious activities, ethnic hostility, adat offences."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("sara", "sara_intoleransi")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        2,
        "Warga Tolak Pembangunan Rumah Ibadah di {kec}",
        "Sekelompok warga di {desa}, Kecamatan {kec}, {kab}, menolak pembangunan sebuah rumah ibadah dan "
        "mendatangi lokasi pembangunan. Mereka mempersoalkan izin dan dukungan warga sekitar. Pengurus "
        "rumah ibadah menyatakan semua syarat sudah dipenuhi. FKUB dijadwalkan memediasi.",
    ),
    k.news(
        3,
        "Rumah Ibadah Dirusak Orang Tak Dikenal",
        "{dl} – Kaca jendela dan pintu sebuah rumah ibadah di Kecamatan {kec} dirusak orang tak dikenal pada "
        "{hari} dini hari. Sejumlah kursi dan alat ibadah juga dilempar ke halaman. Polisi olah TKP dan tokoh "
        "lintas agama meminta umat menahan diri.",
    ),
    k.news(
        1,
        "Ibadah di Rumah Warga Dibubarkan, FKUB Turun Tangan",
        "Kegiatan ibadah sekelompok jemaat di rumah warga di {desa}, Kecamatan {kec}, dihentikan setelah "
        "beberapa orang mendatangi lokasi dan meminta kegiatan bubar. Tidak ada kekerasan, namun jemaat "
        "merasa terintimidasi. FKUB {kabn} mempertemukan kedua pihak.",
    ),
    k.news(
        1,
        "Spanduk Bernada Kebencian Dipasang di Simpang Jalan",
        "Warga {kec}, {kabn}, menemukan spanduk bertuliskan ajakan mengusir kelompok agama tertentu di "
        "simpang {jl}. Spanduk sudah diturunkan aparat. Polisi mencari pemasang spanduk dan tokoh agama "
        "mengimbau warga tidak terpancing.",
        prov=True,
    ),
    k.news(
        3,
        "Pemuda Dua Kampung Bentrok Usai Ejekan Bernada Suku",
        "Ejekan bernada suku di sebuah pesta pernikahan di {desa}, Kecamatan {kec}, berujung bentrokan "
        "pemuda dua kampung. {n1} orang luka dan sebuah sepeda motor dibakar. Tokoh adat kedua pihak "
        "bertemu untuk mencegah aksi balasan.",
    ),
    k.news(
        2,
        "Makam Keramat Tergusur, Masyarakat Adat Gelar Ritual Protes",
        "Masyarakat adat di {desa}, Kecamatan {kec}, menggelar ritual adat sebagai protes atas penggusuran "
        "makam leluhur untuk pembangunan jalan. Mereka menuntut denda adat dan permintaan maaf terbuka dari "
        "kontraktor {pt_kontraktor}.",
        domain="budaya",
    ),
    k.news(
        1,
        "Ceramah Bernada Merendahkan Agama Lain Viral, Polisi Dalami",
        "Potongan video ceramah seorang penceramah berinisial {ini} yang merendahkan pemeluk agama lain "
        "beredar di media sosial warga {kabn}. Sejumlah tokoh lintas agama melapor ke polisi dan meminta "
        "penyebaran video dihentikan agar tidak memicu gesekan.",
        prov=True,
    ),
    k.news(
        2,
        "Penolakan Pendirian Sekolah Berbasis Agama Diwarnai Aksi",
        "Puluhan warga {desa} di Kecamatan {kec} menggelar aksi menolak pendirian sekolah berbasis agama di "
        "lingkungan mereka. Pihak yayasan menyebut sudah mengantongi izin. Camat meminta semua pihak "
        "menahan diri sambil menunggu rapat FKUB.",
    ),
    k.news(
        1,
        "Tokoh Adat Minta Ucapan Pejabat yang Menyinggung Suku Dicabut",
        "Dewan adat di {kab} meminta seorang pejabat mencabut ucapannya yang dinilai merendahkan masyarakat "
        "adat setempat. Tokoh adat memberi tenggat tiga hari dan menyatakan akan menggelar sidang adat bila "
        "permintaan itu tidak dipenuhi.",
        domain="budaya",
    ),
    k.field(
        1,
        "Penolakan kegiatan keagamaan",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi sekelompok warga {desa}, Kecamatan {kec}, {kab}, "
        "menolak rencana kegiatan keagamaan kelompok minoritas di balai warga. Penolakan disampaikan lewat "
        "surat ke ketua RT. Saran: FKUB dan Kemenag segera memfasilitasi dialog.",
    ),
    k.field(
        3,
        "Pelemparan rumah ibadah",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, rumah ibadah di {jl}, Kecamatan {kec}, "
        "dilempari batu oleh orang tidak dikenal yang berboncengan sepeda motor. Kaca depan pecah, tidak ada "
        "korban jiwa. Jemaat berjaga di lokasi hingga pagi.",
    ),
    k.field(
        2,
        "Ketegangan terkait pelanggaran adat",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, warga adat {desa}, Kecamatan {kec}, "
        "menahan kendaraan milik pendatang yang dituduh merusak tempat keramat. Warga menuntut denda adat "
        "sebelum kendaraan dilepas. Kapolsek dan kepala adat melakukan mediasi.",
        domain="budaya",
    ),
    k.field(
        1,
        "Penyebaran selebaran anti kelompok agama",
        "Pada hari {hari} tanggal {tgl} ditemukan selebaran di sejumlah masjid dan gereja di Kecamatan {kec}, "
        "{kab}, berisi tuduhan bahwa kelompok agama lain akan menguasai kampung. Selebaran telah diamankan. "
        "Pendapat: berpotensi memicu konflik antarumat beragama.",
        prov=True,
    ),
    k.wa(
        1,
        "Waspada saudara2, kaum pendatang di {kec} makin banyak dan makin berani. Kalau kita diam, kampung "
        "kita habis dikuasai mereka. Usir sebelum terlambat!!",
        prov=True,
    ),
    k.wa(
        1,
        "jangan beli di warung2 orang itu lagi, mereka bukan saudara kita. boikot semua usaha mereka "
        "di {kec}, biar angkat kaki dari kampung kita",
        prov=True,
    ),
    k.wa(
        3,
        "innalillahi, rumah ibadah di {kec} dilempar molotov semalam, sebagian atap terbakar. mohon doa "
        "dan jaga kampung masing2",
    ),
    k.wa(
        2,
        "Info: besok warga mau datangi bangunan yg katanya dipakai ibadah di {desa}. katanya mau disegel warga sendiri",
    ),
    k.social(
        1,
        "Kelompok itu harus dibersihkan dari {kabx}! Mereka sesat dan menyesatkan, jangan kasih ruang "
        "sedikit pun. Bakar saja tempat kumpul mereka",
        prov=True,
    ),
    k.social(
        1,
        "Orang {kabx} asli jangan mau jadi tamu di tanah sendiri. Pendatang itu parasit, ambil kerja, ambil "
        "tanah, ambil semuanya",
        prov=True,
    ),
    k.social(
        2,
        "Jemaat kami di {kec} dilarang beribadah di rumah sendiri. Katanya negara menjamin kebebasan "
        "beragama? #IntoleransiNyata",
    ),
    k.sms(
        1,
        "Pak, ada orang sebar stiker berisi hinaan agama di kaca mobil warga {kec}. warga mulai panas",
        prov=True,
    ),
    k.sms(
        3,
        "lapor, keributan di {desa} pemuda 2 suku saling serang, ada rumah dibakar. mohon aparat",
    ),
    k.news(
        2,
        "Dua Ormas Saling Lapor Soal Ujaran Kebencian",
        "{ormas} dan sebuah ormas keagamaan di {kabn} saling melaporkan ke polisi terkait unggahan di media "
        "sosial yang dinilai menghina kelompok masing-masing. Ratusan anggota kedua ormas sempat berkumpul "
        "di halaman polres sebelum diminta pulang.",
        prov=True,
    ),
    k.news(
        2,
        "Pertunjukan Dinilai Lecehkan Ritual Adat, Warga Adat Protes",
        "Puluhan warga adat dari Kecamatan {kec}, {kab}, mendatangi gedung kesenian memprotes sebuah "
        "pertunjukan yang dinilai melecehkan ritual adat mereka. Mereka menuntut penyelenggara meminta maaf "
        "secara adat dan membayar denda adat. Pertunjukan malam berikutnya dibatalkan.",
        domain="budaya",
    ),
    k.field(
        1,
        "Larangan ritual adat oleh kelompok tertentu",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi sekelompok warga {desa}, Kecamatan {kec}, melarang "
        "pelaksanaan ritual adat tahunan karena dianggap bertentangan dengan ajaran agama. Tokoh adat tersinggung "
        "dan mengumpulkan warga. Saran: dialog antara tokoh adat, tokoh agama, dan FKUB.",
        domain="budaya",
    ),
    k.wa(
        2,
        "warga adat {desa} sdh kumpul di lamin, situs batu keramat kita dibongkar alat berat pengembang. "
        "kita tahan alatnya sampai ada sidang adat",
        domain="budaya",
    ),
    k.news(
        1,
        "Tokoh Lintas Agama Imbau Warga Tenang Usai Video Provokatif Beredar",
        "Tokoh lintas agama di {kabn} mengimbau warga tidak terpancing video yang menuding umat agama lain "
        "merusak makam di Kecamatan {kec}. Polisi memastikan kerusakan akibat pohon tumbang. Mereka meminta "
        "warga berhenti membagikan video itu.",
    ),
)
