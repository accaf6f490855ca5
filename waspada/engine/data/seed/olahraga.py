"""Hard negatives: sports, martial arts, games and e-sports, where attacking and defending is play."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("olahraga", "lainnya", hard_negative=True, count=5)

TEMPLATES: tuple[Template, ...] = (
    k.news(
        0,
        "{klub} Menang Telak, Lini Serang Tampil Ganas",
        "{klub} menang [3-0|4-1|2-0] atas {klub2} di stadion {kabn}. Lini serang tampil ganas sejak menit awal, "
        "sementara pertahanan lawan kewalahan. Pelatih memuji pemain yang disiplin menjalankan strategi.",
    ),
    k.news(
        0,
        "Kalah di Kandang, Pelatih Akui Pertahanan Rapuh",
        "Tim sepak bola {kabn} kalah 1-2 dari tim {lawan} dalam laga lanjutan Porprov. Pelatih mengakui "
        "pertahanan timnya rapuh saat menghadapi serangan balik cepat. Suporter tetap memberi tepuk tangan "
        "di akhir laga.",
    ),
    k.news(
        0,
        "Pesilat {kabn} Sabet Emas Kejuaraan Provinsi",
        "Pesilat asal Kecamatan {kec} meraih medali emas kejuaraan pencak silat tingkat provinsi setelah "
        "menumbangkan lawan di final. Serangan tendangan beruntun membuatnya unggul telak atas juara bertahan.",
    ),
    k.news(
        0,
        "Turnamen Voli Antar-Desa Pecahkan Rekor Penonton",
        "Turnamen bola voli antar-desa di {kec}, {kab}, disaksikan ribuan penonton. Tim {desa} keluar sebagai "
        "juara setelah bertarung lima set melawan {desa2}. Smes keras dan blok rapat jadi tontonan menarik.",
    ),
    k.news(
        0,
        "Tim E-sport Pelajar {kabn} Juarai Turnamen Mobile Legends",
        "Tim e-sport pelajar asal {kabn} menjuarai turnamen Mobile Legends tingkat provinsi. Mereka menyerang "
        "tanpa ampun di game penentuan dan menghancurkan markas lawan dalam [15|18|20] menit.",
    ),
    k.news(
        0,
        "Laga Derbi Berakhir Imbang, Suporter Pulang Tertib",
        "Derbi {kabn} melawan {lawan} berakhir imbang 1-1. Kedua tim saling serang sepanjang laga. Usai "
        "pertandingan, kedua kelompok suporter pulang dengan tertib dan bahkan berfoto bersama.",
    ),
    k.news(
        0,
        "Petinju Muda {kabn} Menang KO di Ronde Ketiga",
        "Petinju muda asal {kabn} menang KO atas lawannya di ronde ketiga kejuaraan tinju amatir. Pukulan "
        "hook kiri yang keras membuat lawan tak mampu bangkit. Ia kini lolos ke tingkat nasional.",
    ),
    k.news(
        0,
        "Atlet Dayung Latihan Keras Jelang Kejurnas",
        "Atlet dayung {kabn} menggenjot latihan di sungai setiap pagi menjelang kejuaraan nasional. Pelatih "
        "menargetkan dua emas dan meminta atlet menjaga stamina serta pola makan.",
    ),
    k.news(
        0,
        "Gala Bintang Sepak Bola Pelajar Berlangsung Seru",
        "Laga bintang antara tim pelajar utara dan selatan di {kabn} berlangsung seru. Gol demi gol tercipta "
        "dari serangan sayap, dan laga ditutup adu penalti yang menegangkan.",
    ),
    k.field(
        0,
        "Pengamanan pertandingan sepak bola",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di stadion {kabn}, berlangsung "
        "pertandingan {klub} melawan {klub2} yang disaksikan sekitar {n4} penonton. Pengamanan gabungan "
        "{n3} personel. Pertandingan selesai dengan skor 2-1, penonton membubarkan diri dengan tertib.",
    ),
    k.field(
        0,
        "Kegiatan kejuaraan bela diri",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di GOR Kecamatan {kec}, {kab}, "
        "berlangsung kejuaraan karate antar-dojo yang diikuti {n3} atlet. Kegiatan berjalan aman, tidak ada "
        "kejadian menonjol.",
    ),
    k.wa(
        0,
        "gaskeun mabar ML mlm ini jam 9, kita war lawan clan {kabx}, yg jago jadi tank di depan. jgn afk lagi ya wkwk",
    ),
    k.wa(
        0,
        "anjirr semalem kita dibantai 5-0 sama tim futsal {desa}, pertahanan bolong semua. minggu depan "
        "balas dendam di lapangan!",
    ),
    k.wa(
        0,
        "info latihan sepak bola anak2 SSB {kec}: sabtu jam 4 sore, materi serangan balik dan bertahan. "
        "bawa sepatu sm air minum",
    ),
    k.social(
        0,
        "GOLLL!!! {klub} hajar {klub2}, serangan balik mematikan di menit akhir 🔥⚽ {kabx} juara!!",
    ),
    k.social(
        0,
        "Push rank sampai subuh, akhirnya naik Mythic. Tim lawan serang terus tapi pertahanan kita kuat. "
        "GG guys, salam dari {kabx}",
    ),
    k.sms(
        0,
        "Pak, jadwal final turnamen bola antar RT di lapangan {desa} diundur ke Minggu sore krn hujan",
    ),
    k.news(
        0,
        "Lomba Tembak Reaksi Meriahkan HUT Bhayangkara",
        "Lomba menembak reaksi antar-instansi digelar di lapangan tembak {kabn} dalam rangka HUT Bhayangkara. "
        "Peserta dari TNI, Polri, dan klub menembak sipil beradu akurasi. Juara umum diraih tim tuan rumah.",
    ),
    k.news(
        0,
        "Turnamen Catur Rakyat Ramai Peminat",
        "Turnamen catur rakyat di Kecamatan {kec}, {kab}, diikuti {n2} pecatur dari berbagai usia. Partai "
        "final berlangsung alot, raja dan benteng saling serang hingga akhirnya skakmat di langkah ke-[41|52|60].",
    ),
    k.wa(
        0,
        "alhamdulillah final tadi aman, gak ada bentrok suporter. {klub} menang adu penalti, pulangnya "
        "konvoi rame2 keliling {kabx} sambil nyanyi",
    ),
    k.news(
        0,
        "Tim Futsal {kabn} Gilas Lawan 6-1 di Babak Penyisihan",
        "Tim futsal {kabn} membantai lawannya 6-1 pada babak penyisihan kejuaraan futsal provinsi. Serangan "
        "cepat dari sayap terus menggempur pertahanan lawan sejak menit pertama, dan pelatih mengaku puas.",
    ),
    k.news(
        0,
        "Turnamen E-Sport Pelajar Digelar, {n2} Tim Bertarung",
        "Dinas Pemuda dan Olahraga {kab} menggelar turnamen e-sport pelajar yang diikuti {n2} tim. Para pemain "
        "saling serang dan merebut menara lawan di layar besar, disaksikan ratusan penonton di gedung olahraga.",
    ),
    k.news(
        0,
        "Petarung MMA Asal {kabn} Menang Angka",
        "Petarung bela diri campuran asal Kecamatan {kec}, {kab}, menang angka atas lawannya di ajang tarung "
        "profesional. Ia berkali-kali menjatuhkan lawan dengan bantingan dan pukulan keras ke arah kepala.",
    ),
    k.field(
        0,
        "Pengamanan final turnamen sepak bola",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di lapangan {desa}, Kecamatan {kec}, "
        "berlangsung final turnamen sepak bola antar-kampung yang ditonton sekitar {n3} orang. Kedua tim saling "
        "serang, skor akhir 3-2. Suporter pulang tertib, tidak ada bentrok.",
    ),
    k.wa(
        0,
        "bro nanti mlm war clan lg lawan anak {kabx}, serang tower tengah dulu baru push bareng. jgn ada yg afk wkwk",
    ),
    k.wa(
        0,
        "gila tadi sparing taekwondo, ditendang sampai jatuh tp seru bgt. besok latihan lagi jam 4 di GOR {kec}",
    ),
    k.social(
        0,
        "Tim voli putri {kabx} menyerbu final setelah menggilas lawan 3-0 😍 smes-smesnya nggak ada ampun!",
    ),
    k.news(
        0,
        "Pebulu Tangkis Muda Tumbangkan Unggulan Pertama",
        "Pebulu tangkis muda asal {kabn} menumbangkan unggulan pertama di babak perempat final kejuaraan daerah. "
        "Ia terus menekan dengan smes tajam dan menang dua gim langsung.",
    ),
    k.news(
        0,
        "Ribuan Warga Nobar Final di Alun-Alun {kabn}, Sorak Pecah Saat Gol",
        "Ribuan warga {kabn} memadati alun-alun untuk nonton bareng laga final [tim nasional|Timnas U-23] di "
        "layar raksasa. Sorak pecah ketika gol penentu tercipta di menit akhir. Usai laga, warga berkonvoi "
        "keliling kota sambil mengibarkan bendera, dan polisi mengatur lalu lintas hingga dini hari.",
    ),
    k.wa(
        0,
        "nobar timnas nanti mlm di warkop dekat {kec} ya, bawa bendera sm terompet. kalo menang kita konvoi, "
        "kalo kalah pulang [diem2|langsung tidur] wkwk",
    ),
    k.news(
        0,
        "Tim Dayung {kabn} Libas Rival di Lomba Perahu Naga Tingkat Provinsi",
        "Tim perahu naga {kabn} menyalip dua rival di [lima puluh|seratus] meter terakhir untuk merebut juara "
        "lomba perahu naga tingkat provinsi. Dua puluh pendayung bergerak seirama mengikuti tabuhan genderang "
        "di haluan. Pelatih menyebut kemenangan itu buah latihan subuh selama tiga bulan.",
    ),
    k.news(
        0,
        "Duel Sepuluh Ronde, Petinju {kabn} Rebut Sabuk Juara",
        "Petinju asal Kecamatan {kec}, {kab}, merebut sabuk juara kelas [bantam|bulu ringan] setelah duel "
        "sepuluh ronde. Kedua petinju saling jual beli pukulan, dan pelipis sang penantang sempat robek. Juri "
        "memberinya kemenangan angka mutlak disambut sorakan pendukung di pinggir ring.",
    ),
    k.field(
        0,
        "Kegiatan pertandingan tarung bebas amatir",
        "Pada hari {hari} tanggal {tgl} sekitar pukul [19.30|20.15|21.00] WITA, di GOR {kabn}, berlangsung ajang "
        "tarung bebas amatir dengan {n2} partai. Seorang petarung [cedera hidung|mengalami dislokasi bahu] dan "
        "ditangani tim medis di pinggir arena. Penonton sekitar {n3} orang, kegiatan berjalan aman dan tertib.",
    ),
    k.news(
        0,
        "Pelajar {kabn} Borong Medali Menembak Senapan Angin",
        "Atlet menembak pelajar asal {kabn} memborong [tiga|empat] medali di kejuaraan senapan angin tingkat "
        "provinsi. Dengan tenang mereka membidik sasaran sejauh sepuluh meter dan mencatat skor tertinggi di "
        "babak final. Pengurus Perbakin setempat berharap mereka menembus pelatnas.",
    ),
    k.news(
        0,
        "Lomba Mancing Mania di {kec} Diikuti {n3} Pemancing",
        "Lomba mancing di muara sungai Kecamatan {kec}, {kab}, diikuti {n3} pemancing dari berbagai daerah. "
        "Juara pertama berhasil menaklukkan ikan [kakap merah|baramundi] seberat {n1} kilogram setelah "
        "tarik-menarik hampir setengah jam. Panitia menyediakan hadiah sepeda motor bagi tangkapan terberat.",
        pool=("64.03", "64.08", "64.74", "64.09", "64.02", "64.01"),
    ),
    k.social(
        0,
        "Strike! Setengah jam duel sama [baramundi|toman] di sungai dekat {kec}, joran sampai melengkung, tangan "
        "gemetar 🎣🔥 {kabx} memang surganya pemancing",
    ),
    k.news(
        0,
        "Pecatur Cilik {kabn} Tahan Remis Master dalam Simultan",
        "Seorang master catur nasional melayani {n2} pecatur sekaligus dalam laga simultan di {kabn}. Ia "
        "menang di hampir semua papan, tetapi seorang pecatur cilik berusia [sebelas|dua belas] tahun berhasil "
        "bertahan dari gempuran di sayap raja dan memaksa remis.",
    ),
    k.wa(
        0,
        "malam minggu turnamen domino di pos ronda {desa}, hadiah kambing. yg kalah jgn baper ya, siap2 "
        "[dibantai|dihabisi] sama bapak2 RT {n1} wkwk",
    ),
    k.news(
        0,
        "Smes Salto Hujani Pertahanan Lawan, Tim Takraw {kabn} ke Final",
        "Tim sepak takraw {kabn} melaju ke final kejuaraan daerah setelah menaklukkan tim {lawan} dua set "
        "langsung. Smes salto tekong mereka berkali-kali menghujani pertahanan lawan tanpa bisa dibendung.",
    ),
    k.field(
        0,
        "Pengamanan kejuaraan balap motor",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di sirkuit nonpermanen {jl}, {kab}, "
        "berlangsung kejuaraan daerah road race yang diikuti {n2} pembalap. Terjadi insiden jatuh di tikungan "
        "[kedua|terakhir], pembalap langsung ditangani tim medis. Penonton tertib di balik pagar pembatas.",
    ),
    k.social(
        0,
        "Main airsoft gun sama komunitas di hutan kota {kabx}, tim kami berhasil serbu markas lawan. Kena tembak "
        "peluru bb di [punggung|paha] perih juga ternyata wkwk, next war kapan?",
    ),
)
