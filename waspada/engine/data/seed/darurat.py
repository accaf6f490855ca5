"""Emergencies: accidents, disasters, animal attacks and sudden illness handled without conflict (hard
negatives that are full of victims, hospitals and police), and the few real conflicts that grow out of an
emergency (a crowd beating a driver, a blockade after a drowning in a mine pit, a fire set on disputed
land, a scuffle over flood aid, a hoax that blames a flood on another group)."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template
from waspada.engine.data.seed.slots import MINING, PLANTATION, UPRIVER, URBAN

# Coast and estuaries: speedboats, crocodiles, fishermen.
COAST: tuple[str, ...] = ("64.01", "64.02", "64.03", "64.08", "64.09", "64.74")
# Kabupaten only: villages with a kepala desa, fields, gardens and forest.
KAB: tuple[str, ...] = ("64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11")
# Where a flying school or a small airfield makes a training aircraft plausible.
AIRFIELD: tuple[str, ...] = ("64.71", "64.72", "64.02", "64.03")

h = Kit("darurat", "lainnya", hard_negative=True, count=4)
mh = Kit("darurat", "main_hakim_sendiri")
tb = Kit("darurat", "tambang_sawit", pool=MINING)
bu = Kit("darurat", "buruh", pool=MINING)
lh = Kit("darurat", "sengketa_lahan")
bt = Kit("darurat", "bentrok_antarkelompok")
sd = Kit("darurat", "sumber_daya")
tk = Kit("darurat", "tata_kelola", pool=KAB)
hx = Kit("darurat", "hoaks_provokasi")

NEGATIVES: tuple[Template, ...] = (
    # --- news -------------------------------------------------------------------------------------
    h.news(
        0,
        "Pengendara Motor Tewas Terlindas Truk Tangki di {jl}",
        "{dl} – Seorang pengendara sepeda motor berinisial {ini} ({umur}) tewas di tempat setelah "
        "[terlindas|tersenggol lalu terlindas] truk tangki di {jl}, Kecamatan {kec}. Korban diduga hilang "
        "kendali saat menyalip di tikungan yang licin selepas hujan. Satlantas melakukan olah TKP dan membawa "
        "sopir truk ke pos lantas untuk dimintai keterangan. Jenazah korban dibawa ke RSUD untuk visum sebelum "
        "diserahkan kepada keluarga.",
    ),
    h.news(
        0,
        "Truk Trailer Hilang Kendali di Turunan, Lima Kendaraan Tabrakan Beruntun",
        "Lima kendaraan terlibat tabrakan beruntun di turunan jalan poros Kecamatan {kec}, {kab}, setelah "
        "sebuah truk trailer [kehilangan kendali|gagal mengerem] dan menghantam mobil di depannya. Sebanyak "
        "{n1} orang luka-luka dan dilarikan ke rumah sakit, dua di antaranya dalam kondisi kritis. Polisi "
        "memberlakukan sistem buka tutup jalan selama kendaraan yang ringsek dievakuasi dengan mobil derek.",
    ),
    h.news(
        0,
        "Speedboat Terbalik Dihantam Gelombang di Muara, Satu Penumpang Dicari",
        "Speedboat yang membawa [18|22|25|31] penumpang menuju Kecamatan {kec}, {kab}, terbalik dihantam gelombang "
        "tinggi di muara sungai. Sebagian besar penumpang ditolong nelayan yang kebetulan melintas, namun "
        "seorang perempuan berinisial {ini} belum ditemukan. Tim SAR gabungan melanjutkan pencarian "
        "[pagi ini|hingga malam] dengan perahu karet. Motoris mengaku gelombang datang tiba-tiba.",
        pool=COAST,
    ),
    h.news(
        0,
        "Kapal Kayu Pengangkut Sembako Tenggelam Usai Menabrak Batu Riam",
        "Sebuah kapal kayu bermuatan sembako dan bahan bakar tenggelam di alur sungai dekat {desa}, "
        "Kecamatan {kec}, setelah lambungnya bocor menabrak batu riam. [Lima|Enam] awak kapal selamat "
        "berenang ke tepian dan ditolong warga. Muatan senilai sekitar Rp{juta} juta tidak dapat "
        "diselamatkan. Pemilik kapal menyebut arus sedang deras karena air sungai naik.",
        pool=("64.07", "64.11"),
    ),
    h.news(
        0,
        "Pesawat Latih Mendarat Darurat di Lahan Kosong, Instruktur dan Siswa Selamat",
        "Sebuah pesawat latih bermesin tunggal milik sekolah penerbangan swasta mendarat darurat di lahan "
        "kosong di Kecamatan {kec}, {kabn}, setelah mesinnya kehilangan daya. Instruktur dan seorang siswa "
        "penerbang selamat dengan luka lecet dan diperiksa di rumah sakit. Polisi memasang garis pengaman di "
        "sekitar pesawat sambil menunggu pemeriksaan penyelidik keselamatan penerbangan.",
        pool=AIRFIELD,
    ),
    h.news(
        0,
        "Operator Alat Berat Tewas Tertimbun Longsoran Dinding Pit",
        "{dl} – Seorang operator alat berat kontraktor {pt_tambang} berinisial {ini} ({umur}) meninggal dunia "
        "setelah unit yang dikemudikannya tertimbun longsoran dinding pit di Kecamatan {kec}. Longsor diduga "
        "dipicu hujan deras sejak malam. Perusahaan menghentikan sementara kegiatan di lokasi, membantu polisi "
        "dan inspektur tambang melakukan olah TKP, serta mendampingi keluarga korban hingga pemakaman.",
        pool=MINING,
    ),
    h.news(
        0,
        "Teknisi Jatuh dari Menara Telekomunikasi, Meninggal di Rumah Sakit",
        "Seorang teknisi {pt_kontraktor} berinisial {ini} ({umur}) jatuh dari ketinggian sekitar [15|20|25] "
        "meter saat memasang antena di menara telekomunikasi di {desa}, Kecamatan {kec}, {kab}. Korban sempat "
        "dilarikan ke rumah sakit namun meninggal dalam perawatan. Polisi menyebut kejadian itu murni "
        "kecelakaan kerja. Perusahaan menyatakan bertanggung jawab dan menanggung seluruh biaya pemakaman.",
    ),
    h.news(
        0,
        "Bocah Tenggelam Saat Berenang di Sungai, Ditemukan Keesokan Harinya",
        "Seorang bocah berusia [delapan|sembilan|sepuluh] tahun tenggelam saat berenang bersama teman-temannya "
        "di sungai dekat {desa}, Kecamatan {kec}, {kab}. Tim SAR gabungan dibantu warga menyisir sungai hingga "
        "malam dan menemukan korban keesokan paginya dalam keadaan meninggal, sekitar [200|300|500] meter dari "
        "lokasi. Jenazah langsung diserahkan kepada keluarga untuk dimakamkan.",
        pool=KAB,
    ),
    h.news(
        0,
        "Tiga Hari Tersesat di Hutan, Pencari Gaharu Ditemukan Selamat",
        "Seorang pencari gaharu berinisial {ini} ({umur}) yang dilaporkan hilang selama tiga hari di hutan "
        "Kecamatan {kec}, {kab}, ditemukan Tim SAR gabungan dalam kondisi lemas namun selamat. Korban tersesat "
        "setelah terpisah dari rekannya dan bertahan dengan minum air sungai. Ia dievakuasi dengan tandu ke "
        "puskesmas terdekat untuk dirawat.",
        pool=UPRIVER,
    ),
    h.news(
        0,
        "Nelayan Diterkam Buaya Saat Menjala Udang, Jasad Ditemukan Tim SAR",
        "Seorang nelayan berinisial {ini} ({umur}) diterkam buaya saat menjala udang [menjelang tengah "
        "malam|selepas isya] di [anak sungai|muara] dekat {desa}, Kecamatan {kec}. Rekannya sempat melihat "
        "korban ditarik ke dalam air. Setelah pencarian {n1} jam, Tim SAR gabungan menemukan jasad korban tidak "
        "jauh dari lokasi. BKSDA mengimbau warga tidak turun ke sungai pada malam hari.",
        pool=COAST,
    ),
    h.news(
        0,
        "Petani Diserang Beruang Madu di Kebun Karet, Luka di Wajah",
        "Seorang petani di {desa}, Kecamatan {kec}, {kab}, diserang beruang madu saat menyadap karet pada pagi "
        "hari. Korban menderita luka cakaran di wajah dan lengan dan dirujuk ke RSUD. Petugas BKSDA memasang "
        "kandang jebak di sekitar kebun dan meminta warga tidak pergi ke kebun seorang diri untuk sementara.",
        pool=PLANTATION,
    ),
    h.news(
        0,
        "{n2} Tamu Hajatan di {kec} Keracunan, Dirawat di Puskesmas",
        "Sebanyak {n2} warga {desa}, Kecamatan {kec}, mengalami mual, muntah, dan diare setelah menyantap "
        "hidangan di acara [pernikahan|aqiqah|syukuran] tetangga. Para korban dirawat di puskesmas dan "
        "sebagian dirujuk ke rumah sakit. Dinas kesehatan mengambil sampel [nasi kuning|sayur bersantan|ayam "
        "masak habang] untuk diperiksa di laboratorium.",
    ),
    h.news(
        0,
        "Lupa Matikan Kompor, Rumah Kayu di {desa} Ludes Terbakar",
        "Sebuah rumah kayu di {desa}, Kecamatan {kec}, {kabn}, ludes terbakar setelah pemiliknya lupa "
        "mematikan kompor saat [menanak nasi|merebus air]. Seorang nenek berusia [70|74|81] tahun mengalami "
        "luka bakar dan dilarikan ke rumah sakit. Polisi yang melakukan olah TKP memastikan tidak ada unsur "
        "kesengajaan. Tetangga menampung keluarga korban untuk sementara.",
    ),
    h.news(
        0,
        "Kabut Asap Karhutla Pekat, Sekolah di {kec} Diliburkan",
        "Kebakaran lahan gambut di Kecamatan {kec}, {kab}, terus meluas hingga sekitar {ha} hektare. Kabut "
        "asap membuat jarak pandang turun dan dinas pendidikan meliburkan sekolah selama tiga hari. Puskesmas "
        "mencatat {n2} warga berobat karena ISPA. Manggala Agni, TNI, Polri, dan masyarakat peduli api masih "
        "berjibaku memadamkan api yang menjalar di bawah permukaan tanah.",
        pool=PLANTATION,
    ),
    h.news(
        0,
        "Longsor Timpa Rumah di Lereng Bukit, Ibu dan Anak Meninggal",
        "Tanah longsor menimpa dua rumah di lereng bukit di {desa_t} {desa}, Kecamatan {kec}, {kabn}, setelah "
        "hujan deras sejak sore. Seorang ibu dan anaknya meninggal tertimbun material longsor. Tim SAR, BPBD, "
        "dan relawan mengevakuasi kedua jenazah setelah {n1} jam penggalian. Warga di sekitar lereng diungsikan "
        "sementara ke rumah kerabat.",
        pool=URBAN,
    ),
    h.news(
        0,
        "Puting Beliung Terjang {desa}, Puluhan Atap Rumah Beterbangan",
        "Angin puting beliung menerjang {desa}, Kecamatan {kec}, {kab}, menjelang sore. Sebanyak {n2} rumah "
        "rusak ringan hingga berat setelah atapnya terangkat angin. Dua warga luka tertimpa seng dan dirawat "
        "di puskesmas. BPBD menyalurkan terpal dan makanan siap saji, sementara warga bergotong royong "
        "memasang kembali atap.",
    ),
    h.news(
        0,
        "Tersambar Petir Saat Berteduh di Pondok Sawah, Petani Tewas",
        "Seorang petani berinisial {ini} ({umur}) tewas tersambar petir saat berteduh di pondok sawah di {desa}, "
        "Kecamatan {kec}, {kab}. Dua rekannya selamat, tetapi sempat pingsan dan dibawa ke puskesmas. BMKG "
        "mengingatkan warga menjauhi area terbuka dan pohon tinggi ketika hujan disertai petir.",
        pool=KAB,
    ),
    h.news(
        0,
        "Pipa Gas Bocor Tersenggol Ekskavator, Warga Sekitar Dievakuasi",
        "Pipa jaringan gas rumah tangga di {jl}, {kabn}, bocor setelah tersenggol ekskavator proyek drainase. "
        "Petugas mengevakuasi warga dari {n1} gang di sekitarnya sementara aliran gas dihentikan. Seorang "
        "pekerja dilarikan ke rumah sakit karena sesak napas. Polisi menyebut kejadian itu kecelakaan dan "
        "kontraktor menanggung biaya pengobatan.",
        pool=URBAN,
    ),
    h.news(
        0,
        "Kasus DBD Melonjak, Dua Pasien Anak Meninggal",
        "Dinas kesehatan {kab} mencatat {n3} kasus demam berdarah dengue sejak awal tahun, dua di antaranya "
        "pasien anak yang meninggal dunia. Ruang rawat anak di RSUD penuh dan sebagian pasien dirawat di "
        "lorong. Petugas menggelar fogging di Kecamatan {kec} dan mengajak warga menguras bak mandi serta "
        "menutup tempat penampungan air.",
    ),
    h.news(
        0,
        "Pohon Tumbang Timpa Mobil yang Melintas, Pengemudi Terjepit",
        "Sebuah pohon [trembesi|mahoni|beringin] tua tumbang dan menimpa mobil yang sedang melintas di {jl}, "
        "{kabn}, saat hujan deras disertai angin. Pengemudi terjepit di dalam kabin dan dievakuasi petugas "
        "pemadam dengan alat potong, lalu dilarikan ke rumah sakit dengan luka di kepala. Petugas lingkungan "
        "hidup memangkas pohon-pohon tua lain di ruas jalan itu.",
        pool=URBAN,
    ),
    h.news(
        0,
        "Banjir Bandang Hanyutkan Jembatan Gantung, Satu Warga Meninggal",
        "Banjir bandang setelah hujan deras di hulu menghanyutkan jembatan gantung di {desa}, Kecamatan {kec}, "
        "{kab}. Seorang warga yang sedang menyeberang terseret arus dan ditemukan meninggal oleh Tim SAR "
        "gabungan. Warga dua dusun kini menyeberang dengan perahu, dan BPBD mendirikan posko serta dapur umum "
        "di sekolah.",
        pool=UPRIVER,
    ),
    # --- official reports -------------------------------------------------------------------------
    h.field(
        0,
        "Kecelakaan kerja di proyek gedung",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di lokasi proyek pembangunan gedung "
        "{pt_kontraktor} di {jl}, {kab}, seorang pekerja Sdr. {ini} ({umur}) terjatuh dari perancah setinggi "
        "±[8|10|12] meter dan meninggal dunia di rumah sakit. Polisi telah melakukan olah TKP. Pihak perusahaan "
        "kooperatif, menanggung biaya perawatan dan santunan, dan keluarga menerima kejadian sebagai musibah. "
        "Situasi aman dan kondusif.",
        pool=URBAN,
    ),
    h.field(
        0,
        "Jemaah meninggal dunia di masjid",
        "Pada hari {hari} tanggal {tgl} sekitar pukul [04.50|12.20|19.35] WITA, saat salat berjamaah di masjid "
        "di {desa}, Kecamatan {kec}, {kab}, seorang jemaah Sdr. {ini} ([62|67|71] tahun) tiba-tiba jatuh "
        "tersungkur. Jemaah membawa korban ke puskesmas terdekat, namun korban dinyatakan meninggal dunia "
        "akibat serangan jantung. Keluarga menolak autopsi dan menerima kejadian sebagai musibah.",
    ),
    h.field(
        0,
        "Peserta upacara pingsan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul [08.30|09.00|09.15] WITA, saat [upacara pembukaan MTQ "
        "tingkat kecamatan|apel pembukaan jambore pramuka|upacara pembukaan pekan olahraga pelajar] di lapangan "
        "Kecamatan {kec}, {kab}, sebanyak {n1} peserta pingsan karena kelelahan dan kepanasan. Tim kesehatan "
        "puskesmas memberikan pertolongan, satu peserta dirujuk ke rumah sakit dan kondisinya membaik. Acara "
        "tetap berjalan hingga selesai.",
    ),
    h.field(
        0,
        "Pencarian warga tenggelam",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, Sdr. {ini} ({umur}) dilaporkan tenggelam "
        "saat [memancing|memasang rengge] di sungai dekat {desa}, Kecamatan {kec}, {kab}, setelah perahunya "
        "terbalik. Tim SAR gabungan, Polairud, dan warga melakukan pencarian dan menemukan korban meninggal "
        "dunia [keesokan harinya|pada hari kedua pencarian]. Jenazah telah diserahkan kepada keluarga. Situasi "
        "aman.",
        pool=KAB,
    ),
    h.field(
        0,
        "Kebakaran rumah akibat korsleting",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, terjadi kebakaran di {jl}, {desa_t} "
        "{desa}, Kecamatan {kec}, {kab}, yang menghanguskan {n1} rumah. Api diduga berasal dari korsleting "
        "[kabel kipas angin|stop kontak|meteran listrik]. Seorang penghuni lansia mengalami luka bakar dan "
        "dirawat di RSUD. Polisi telah melakukan olah TKP dan tidak ditemukan unsur kesengajaan. Warga "
        "terdampak mengungsi di rumah keluarga.",
    ),
    h.field(
        0,
        "Longboat mogok di alur riam",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, sebuah longboat yang membawa [9|12|14] "
        "penumpang tujuan Kecamatan {kec}, {kab}, mengalami mesin mogok dan hanyut di alur riam. Perahu "
        "tersangkut di bebatuan dan seluruh penumpang dievakuasi Tim SAR bersama motoris perahu warga dengan "
        "selamat. Dua penumpang luka ringan. Longboat ditarik ke dermaga terdekat untuk diperbaiki.",
        pool=("64.07", "64.11"),
    ),
    h.field(
        0,
        "Kecelakaan lalu lintas menonjol",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam} WITA, di jalan poros Kecamatan {kec}, {kab}, terjadi "
        "kecelakaan antara truk [pengangkut sawit|pengangkut pasir|boks] dan minibus travel. Akibatnya [dua|tiga] "
        "orang meninggal dunia di tempat dan [empat|lima|tujuh] orang luka-luka dirawat di rumah sakit. Sopir "
        "truk diamankan Satlantas untuk pemeriksaan. Keluarga korban telah dihubungi dan menerima kejadian "
        "sebagai musibah.",
        pool=KAB,
    ),
    h.field(
        0,
        "Warga digigit ular di kebun",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, Sdr. {ini} ({umur}) warga {desa}, "
        "Kecamatan {kec}, {kab}, digigit ular [kobra|welang|weling] saat membersihkan kebun. Korban dilarikan ke "
        "RSUD dan diberi serum antibisa. Kondisi korban stabil. Damkar menangkap ular tersebut setelah warga "
        "melapor. Situasi aman.",
        pool=KAB,
    ),
    h.field(
        0,
        "Pemadaman kebakaran lahan gambut",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, terpantau titik api di lahan gambut "
        "{desa}, Kecamatan {kec}, {kab}, seluas ±{ha} ha. Pemadaman dilakukan Manggala Agni, BPBD, TNI, Polri, "
        "dan masyarakat peduli api. Seorang relawan sempat pingsan karena menghirup asap dan telah ditangani "
        "tim medis. Tidak ada korban jiwa. Situasi terkendali.",
        pool=PLANTATION,
    ),
    # --- chat -------------------------------------------------------------------------------------
    h.wa(
        0,
        "innalillahi, tabrakan di [tanjakan|turunan] {jl} {kabx}, motor sm truk pasir 😢 pengendaranya udh "
        "dibawa ke RS, kakinya patah kayaknya. polisi lg olah TKP, jalan macet panjang, cari jalan lain dulu ya",
    ),
    h.wa(
        0,
        "ketinting bapak sy mogok di tengah sungai dekat {desa}, udh [2|3] jam gk ada kabar, hp nya lowbat. "
        "ada yg bisa jemput pakai perahu kah? tlg kawan2 🙏",
        pool=UPRIVER,
    ),
    h.wa(
        0,
        "hati2 bapak2 yg ke kebun belakang {desa}, ada sarang tawon besar di pohon dekat pondok 🐝 td pak {ini} "
        "disengat puluhan kali sampai bengkak2, udh dibawa ke puskesmas. sarangnya mau dievakuasi damkar besok",
        pool=KAB,
    ),
    h.wa(
        0,
        "info orang hilang 🙏 bapak {ini} warga {desa} pamit cari rotan di hutan dari hari {hari}, sampai "
        "skrg blm pulang. Tim SAR sm warga lg nyisir hutan. yg punya info tlg hubungi pak RT",
        pool=UPRIVER,
    ),
    h.wa(
        0,
        "air udh masuk rumah sepinggang di {desa} 😭 lansia sm anak2 tlg dievakuasi duluan, perahu karet BPBD "
        "baru satu. yg punya ketinting bantu kah bah",
    ),
    h.social(
        0,
        "Innalillahi, speedboat terbalik di perairan {kec} {kabx}, [2|3] org meninggal 😭 semoga keluarga yg "
        "ditinggal diberi ketabahan. Hati2 bah kalau naik speed pas gelombang tinggi, pakai pelampung",
        pool=COAST,
    ),
    h.social(
        0,
        "Ular sanca [4|5|6] meter masuk kandang ayam warga di {desa} {kabx} 😱 ayam belasan ekor dimakan. Udh "
        "ditangkap petugas damkar, alhamdulillah gk ada org yg digigit",
    ),
    h.social(
        0,
        "Anak sy udh [3|4|5] hari dirawat di RSUD kena DBD, trombosit sempat turun jauh 😢 ruang anak penuh, "
        "byk yg kena jg dr {kec}. Ayo bun 3M plus, kuras bak mandi, jgn ada genangan",
    ),
    h.social(
        0,
        "Asap karhutla makin pekat di {kabx}, pagi ini jarak pandang cuma [50|100] meter 😷 anak2 pada batuk. "
        "Semoga cepat hujan, petugas di lapangan dikasih kesehatan 🙏",
        pool=PLANTATION,
    ),
    h.sms(
        0,
        "Lapor pak, ada pekerja jatuh dr atap gudang di {jl} {kabx}, kepala berdarah, tdk sadar. Mohon kirim "
        "ambulans secepatnya",
    ),
    h.sms(
        0,
        "Info BPBD: longsor di {desa} Kec {kec} timbun 1 rumah, penghuni 2 org sdh dievakuasi selamat. Warga "
        "diimbau waspada hujan susulan",
    ),
    h.sms(
        0,
        "Pak, keracunan massal di acara nikahan di {desa}, sdh {n2} org muntah2, puskesmas kewalahan. mohon "
        "bantuan ambulans",
    ),
)

SIGNALS: tuple[Template, ...] = (
    # --- a crowd punishes the driver -------------------------------------------------------------
    mh.news(
        3,
        "Sopir Pikap Tabrak Bocah, Dihajar Massa hingga Kritis",
        "{dl} – Seorang sopir mobil pikap berinisial {ini} ({umur}) dihajar massa setelah menabrak seorang "
        "bocah yang menyeberang jalan di {desa}, Kecamatan {kec}. Bocah itu patah kaki dan dilarikan ke "
        "puskesmas, sementara sopir babak belur dan kini kritis di rumah sakit. Kaca mobilnya pecah dilempari "
        "batu. Polisi memburu para pelaku pengeroyokan dan mengingatkan warga bahwa kecelakaan harus "
        "diserahkan kepada aparat.",
    ),
    mh.field(
        3,
        "Penganiayaan terhadap pengendara usai kecelakaan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di {jl}, {desa_t} {desa}, Kecamatan "
        "{kec}, {kab}, seorang pengendara sepeda motor Sdr. {ini} ({umur}) yang menabrak anak berusia [6|7|8] "
        "tahun dianiaya massa hingga luka di kepala dan wajah, dan motornya dibakar. Anggota polsek "
        "mengamankan pengendara dan membawa anak korban ke rumah sakit. Warga masih berkumpul di depan polsek. "
        "Situasi rawan.",
    ),
    mh.wa(
        3,
        "tlg pak polisi ke {jl} {kabx} skrg!! ada motor nabrak anak SD pas pulang sekolah, pengendaranya "
        "dipukulin org rame2, udh gk bisa berdiri 😭 anaknya udh dibawa ke puskesmas",
    ),
    # --- a drowning in a mine pit, a death in the pit ----------------------------------------------
    tb.news(
        2,
        "Bocah Tewas di Lubang Tambang, Warga Tutup Jalan Hauling",
        "{dl} – Sehari setelah seorang bocah [sembilan|sepuluh|sebelas] tahun tenggelam di kolam bekas galian "
        "tambang di {desa}, Kecamatan {kec}, ratusan warga menutup jalan hauling {pt_tambang} dengan batang kayu "
        "dan tenda. Mereka menuntut lubang itu segera direklamasi dan perusahaan bertanggung jawab atas "
        "kematian korban. Puluhan truk batu bara tertahan, sementara polisi berjaga di lokasi.",
    ),
    tb.sms(
        2,
        "Lapor, warga {desa} portal jalan hauling {pt_tambang} sejak subuh, protes anak tenggelam di void "
        "tambang kemarin. truk tertahan, massa sekitar {n2} org, blm ada ricuh",
    ),
    tb.news(
        3,
        "Keluarga Pekerja Tewas Tertimbun Longsor Amuk Kantor Perusahaan Tambang",
        "Puluhan kerabat seorang pekerja yang tewas tertimbun longsoran di pit {pt_tambang} mendatangi kantor "
        "perusahaan di Kecamatan {kec}, {kab}. Merasa dipersulit soal santunan dan penjelasan penyebab "
        "kecelakaan, mereka menerobos pagar, memecahkan kaca ruang kantor, dan memukul seorang petugas "
        "keamanan. Polisi menenangkan massa dan memfasilitasi pertemuan dengan manajemen.",
    ),
    tb.wa(
        3,
        "keluarga almarhum {ini} ngamuk di kantor {pt_tambang} {kabx}, kaca2 dipecahin, satpam ada yg dipukul. "
        "mereka gk terima dibilang korban lalai sendiri. polisi br datang 2 mobil",
    ),
    bu.field(
        2,
        "Mogok kerja pascakecelakaan tambang",
        "Pada hari {hari} tanggal {tgl} sekitar pukul [06.30|07.00|07.15] WITA, sekitar {n3} pekerja kontraktor "
        "{pt_tambang} di Kecamatan {kec}, {kab}, menghentikan kerja dan berkumpul di depan kantor site setelah "
        "rekan mereka Sdr. {ini} ({umur}) meninggal tertimbun longsoran pit. Pekerja menuntut audit K3, "
        "santunan layak bagi keluarga, dan evaluasi pengawas lapangan. Tidak ada perusakan. Manajemen berjanji "
        "bertemu perwakilan serikat pekerja.",
    ),
    # --- a fire set on disputed land --------------------------------------------------------------
    lh.news(
        3,
        "Rumah di Lahan Sengketa Terbakar, Polisi Temukan Jeriken Bensin",
        "{dl} – Sebuah rumah di atas lahan yang tengah disengketakan di {desa}, Kecamatan {kec}, terbakar habis "
        "pada {hari} dini hari. Awalnya warga mengira api berasal dari korsleting, tetapi polisi menemukan "
        "jeriken berisi sisa bensin di belakang rumah. Pemilik rumah, {ini}, menduga pembakaran dilakukan pihak "
        "yang mengklaim tanah itu. Seorang penghuni menderita luka bakar di tangan.",
    ),
    lh.wa(
        3,
        "rumah pak {ini} di {desa} kebakaran td malam, tp ini bukan korsleting, listriknya udh diputus dr bulan "
        "lalu. pasti ulah org yg ngaku2 punya tanah itu, kemarin sempat ngancam mau bakar. keluarga lg kumpul, "
        "takut ada balasan",
    ),
    # --- a traffic accident between youths of two villages ----------------------------------------
    bt.news(
        1,
        "Tabrakan Motor Dua Pemuda Picu Ketegangan Antardesa",
        "Kecelakaan antara dua sepeda motor yang dikendarai pemuda {desa} dan {desa2}, Kecamatan {kec}, {kab}, "
        "memicu ketegangan. Salah satu pengendara meninggal di rumah sakit. Malam harinya puluhan pemuda dari "
        "kampung korban berkumpul membawa parang dan kayu, menuduh pengendara lain sengaja menabrak. Polisi "
        "menyekat perbatasan kedua desa dan mempertemukan tokoh masyarakat. Tidak ada bentrok.",
        pool=KAB,
    ),
    bt.wa(
        3,
        "pemuda {desa} sm {desa2} baku serang di simpang {kec}, gara2 tabrakan motor tadi sore. ada yg kena "
        "parang, rumah dilempar batu. jgn ada yg keluar rumah dulu",
    ),
    # --- flood aid ------------------------------------------------------------------------------------
    sd.news(
        2,
        "Pembagian Bantuan Banjir Ricuh, Warga Tuding Posko Pilih Kasih",
        "Penyaluran bantuan bagi korban banjir di {desa}, Kecamatan {kec}, {kab}, berakhir ricuh. Ratusan warga "
        "berdesakan dan saling dorong di depan posko setelah paket sembako habis sebelum semua korban "
        "kebagian. Sebagian warga menuding pengurus posko hanya mendata kerabatnya. Seorang relawan didorong "
        "hingga jatuh. Camat menghentikan pembagian dan menjanjikan pendataan ulang.",
    ),
    tk.wa(
        2,
        "bantuan banjir di {desa} cuma dibagi ke keluarga pak kades sm tim suksesnya 😡 rumah kami terendam "
        "[3|4|5] hari gk dapat apa2. td warga udh ribut di posko, dorong2an sm perangkat desa. besok kita "
        "geruduk kantor desa",
    ),
    # --- a hoax that blames a flood on another group -----------------------------------------------------
    hx.wa(
        1,
        "⚠️ pesan dr grup sebelah: banjir besar di {kec} ini gara2 ritual orang [pendatang|suku sebelah] di hulu "
        "sungai minggu lalu, mereka langgar pantangan kampung kita. kalau gk diusir dr sini bencana terus "
        "datang!! sebarkan biar warga tau",
        hoax=True,
        prov=True,
    ),
    hx.social(
        1,
        "Banjir di {kabx} bukan karena hujan, tapi azab krn ritual sesat kelompok [pendatang|suku itu] yg "
        "dibiarkan pemerintah. Usir mereka sebelum kampung kita tenggelam semua!! #{kabx}Bangkit",
        hoax=True,
        prov=True,
    ),
)

TEMPLATES: tuple[Template, ...] = NEGATIVES + SIGNALS
