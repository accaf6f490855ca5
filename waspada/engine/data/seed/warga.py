"""Community chat: the RT group, the neighbourhood, the farmers' and fishers' groups, the school parents.

Most of it is ordinary life (plain negatives) or uses the words of conflict harmlessly (hard negatives), so
that the chat register itself never becomes a signal; a few messages in the same register carry real
conflict or vulnerability signals.
"""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template
from waspada.engine.data.seed.slots import MINING, PLANTATION, UPRIVER

p = Kit("warga", "lainnya", count=4)
h = Kit("warga", "lainnya", hard_negative=True, count=4)
bt = Kit("warga", "bentrok_antarkelompok")
mh = Kit("warga", "main_hakim_sendiri")
lh = Kit("warga", "sengketa_lahan")
hk = Kit("warga", "hoaks_provokasi")
nk = Kit("warga", "narkoba")
bu = Kit("warga", "buruh")

COAST: tuple[str, ...] = ("64.01", "64.02", "64.03", "64.08", "64.09", "64.71", "64.74")

TEMPLATES: tuple[Template, ...] = (
    # Plain negatives: everyday community messages.
    p.wa(
        0,
        "assalamualaikum bapak2 ibu2 warga RT {n1} 🙏 [Minggu|Sabtu] besok kerja bakti bersihkan parit sama "
        "potong rumput di {jl}, kumpul jam 7 di pos ronda. bawa cangkul, arit, karung sendiri ya. konsumsi "
        "dari ibu2 PKK",
    ),
    p.wa(
        0,
        "info iuran sampah bulan {bulan} Rp[15|20|25].000 per KK ya, bisa dititip ke bu {ini} bendahara RT. "
        "yg blm bayar bulan lalu tlg dilunasi, truk sampah dr kelurahan tetap lewat tiap selasa sm jumat",
    ),
    p.wa(
        0,
        "bunda2 yg punya balita, posyandu bulan ini hari {hari} jam 8 di balai desa {desa}. ada timbang, "
        "imunisasi sama PMT bubur kacang hijau. jgn lupa bawa buku KIA nya ya 👶",
    ),
    p.sms(
        0,
        "Info puskesmas {kec}: besok pagi jam 7-9 ada fogging di RT {n1} dan sekitarnya. Makanan ditutup, "
        "kandang burung ditutup kain, anak-anak jangan main di luar dulu. Terima kasih",
    ),
    p.wa(
        0,
        "ortu murid SD di {desa}, imunisasi [campak|polio|HPV|DT] anak sekolah dijadwalkan hari {hari} di "
        "sekolah. surat persetujuan yg dibawa anak kemarin tlg ditandatangani, dikumpul ke wali kelas",
    ),
    p.wa(
        0,
        "listrik mati dari subuh di {desa} kah? sy telpon PLN katanya gangguan trafo, lagi diperbaiki "
        "petugas. sabar lah kawan2, cas hp dulu di rumah yg pakai genset 😅",
    ),
    p.wa(
        0,
        "air PDAM mati lagi di {kec} 😩 katanya pipa induk bocor di {jl}, lg dikerjakan. yg punya tandon "
        "hemat2 dulu, mobil tangki [nanti sore|besok pagi] keliling ke tiap RT",
    ),
    p.wa(
        0,
        "ibu2 arisan RT {n1}, kocokan bulan ini pindah ke rumah bu {ini} ya krn rumah bu {ini2} lagi "
        "direnovasi. jam 4 sore, yg dapat bulan lalu bawa snack. jgn telat bah 😁",
    ),
    p.wa(
        0,
        "pengajian rutin majelis taklim [Al-Ikhlas|Al-Hidayah|Nurul Iman] {desa} hari {hari} ba'da ashar, "
        "ceramah ustadz {ini} tentang adab bertetangga. ibu2 bawa mukena, konsumsi giliran RT {n1}",
    ),
    p.social(
        0,
        "DICARI 🙏 dompet coklat hilang sekitar pasar {kec} tadi pagi, isinya KTP a.n. {ini}, SIM sama kartu "
        "ATM. Uangnya ambil aja gpp, dokumennya tolong dikembalikan. Bisa DM atau antar ke kantor desa {desa}",
    ),
    p.wa(
        0,
        "kucing oren sy hilang dr kemarin sore sekitar {jl} {kabx}, pakai kalung merah ada loncengnya, "
        "namanya [Mochi|Oyen|Kiko]. kalau ada yg lihat tlg kabari ya, ada imbalan 😿",
    ),
    p.wa(
        0,
        "nemu KTP a.n. {ini} alamat {desa}, jatuh di depan minimarket {jl}. sy titip di pos satpam "
        "kompleks ya, silakan diambil. tlg bantu share ke grup sebelah kali aja kenal orangnya",
    ),
    p.wa(
        0,
        "sayur pagi ready bun 🥬 kangkung, bayam, kacang panjang, terong, sama ikan [patin|nila|haruan] "
        "segar dr kolam sendiri. bisa antar sekitar {desa}, order sebelum jam 9 ya",
    ),
    p.wa(
        0,
        "open PO kue [bingka|amparan tatak|lapis legit|putu mayang] utk hari {hari}, min 1 loyang, "
        "Rp{n2}.000 aja. ambil di rumah, {jl} RT {n1} {kec}. yg minat japri lah 🙏",
    ),
    p.social(
        0,
        "[Ikan bandeng|Ikan kakap merah|Ikan baronang|Udang windu] hasil tangkapan pagi ini masih segar, langsung dari "
        "perahu di {desa}. Yg minat komen atau WA aja, stok terbatas 🐟",
        pool=COAST,
    ),
    p.wa(
        0,
        "assalamualaikum, mohon doa restu dan kehadiran bapak/ibu di acara pernikahan anak kami {ini} & "
        "{ini2}, hari {hari} tgl {tgls} jam 11 di rumah kami {desa}. mohon maaf undangan lewat WA 🙏",
    ),
    p.wa(
        0,
        "mengundang bapak2 RT {n1} hadir di syukuran [khitanan anak kami|rumah baru kami|aqiqah cucu kami] "
        "malam {hari} ba'da isya. mohon kehadirannya, sekalian baca yasin bersama",
    ),
    p.wa(
        0,
        "info dr wali kelas: rapor semester dibagikan hari {hari} jam 8 di sekolah, wajib diambil orang tua "
        "ya. habis itu anak2 libur sampai awal {bulan}. jgn lupa bayar uang buku yg kurang",
    ),
    p.sms(
        0,
        "Yth orang tua siswa SD di {kec}, besok {hari} siswa libur karena [ruang kelas dipakai ujian kelas 6|"
        "guru rapat KKG di kecamatan]. Kegiatan belajar kembali normal lusa. Terima kasih",
    ),
    p.wa(
        0,
        "anggota kelompok tani [Sumber Rejeki|Maju Bersama|Harapan Baru] {desa}, pupuk subsidi jatah musim ini "
        "sdh masuk di kios pak {ini}. bawa kartu tani sm fotokopi KTP, ambil paling lambat hari {hari}",
    ),
    p.wa(
        0,
        "info utk nelayan {desa}, solar jatah kelompok bisa diambil besok pagi di SPBUN dekat dermaga, bawa "
        "surat rekomendasi dr dinas perikanan. per perahu maks {n2} liter ya pak",
        pool=COAST,
    ),
    p.sms(
        0,
        "Pak, bibit [karet|kakao|jagung hibrida|lada] bantuan dinas utk kelompok tani {desa} sdh sampai. Bisa "
        "diambil {hari} pagi di balai penyuluhan {kec}",
    ),
    p.social(
        0,
        "Alhamdulillah jalan berlubang di {jl} {kabx} depan sekolah sudah ditambal dinas PU kemarin. Makasih "
        "pak, sekarang anak2 berangkat sekolah gak was-was lagi 👍",
    ),
    p.wa(
        0,
        "hujan deras dr subuh, air pasang jg, jalan depan masjid {desa} tergenang sebetis. yg bawa motor "
        "pelan2 aja, knalpot jgn sampai kemasukan air. hati2 kawan2",
    ),
    p.wa(
        0,
        "info penerima BLT dana desa {desa}, pencairan tahap [2|3|4] hari {hari} jam 9 di kantor desa. bawa "
        "KTP sm KK asli. kemarin RT sebelah lancar aja kok, antri sebentar langsung terima",
    ),
    p.sms(
        0,
        "Pak RT, beras bantuan pangan utk {n2} KPM di {desa} sdh sampai di gudang desa. Pembagian besok pagi "
        "jam 8, mohon diumumkan ke warga. Terima kasih",
    ),
    p.wa(
        0,
        "Shalom jemaat 🙏 ibadah minggu di GKII {desa} dimulai jam 9 pagi. yg bertugas kolektan sama paduan "
        "suara tlg datang jam 8 utk latihan. Tuhan memberkati",
    ),
    p.wa(
        0,
        "jadwal imam dan khatib jumat masjid {desa} bulan {bulan} sdh dishare di grup ya pak. yg berhalangan "
        "tlg tukar jadwal sendiri, kabari pak {ini} selaku takmir",
    ),
    p.wa(
        0,
        "jadwal ronda minggu ini: malam {hari} regu pak {ini}, besoknya regu pak {ini2}. semalam aman2 aja, "
        "cuma ngopi sm main domino sampai subuh wkwk. jgn lupa isi buku jaga ya",
    ),
    p.sms(
        0,
        "Lap ronda semalam RT {n1} {desa}: situasi aman, tdk ada kejadian. Lampu jalan dekat jembatan mati, "
        "mohon disampaikan ke kelurahan",
    ),
    p.social(
        0,
        "Info speedboat reguler ke {kec} hari ini [berangkat jam 10|ditunda sampai siang karena kabut]. Yg "
        "titip barang ke hulu antar ke dermaga sebelum jam 9 ya 🚤",
        pool=UPRIVER,
    ),
    p.wa(
        0,
        "elpiji 3 kg sdh masuk di pangkalan pak {ini} {desa}, bawa KTP ya, satu KK satu tabung. antrinya "
        "tertib kok, stok masih banyak",
    ),
    p.wa(
        0,
        "ada yg tau kah bengkel las yg buka hari minggu di {kec}? pagar rumah ulun lepas engselnya, handak "
        "dibetulkan. makasih pian 🙏",
    ),
    # Hard negatives: the words of conflict used harmlessly.
    h.wa(
        0,
        "serbuuu 🔥 promo gajian di toko sembako bu {ini} {jl}, minyak goreng sm gula diskon, cuma hari {hari} "
        "ini. jgn sampai kehabisan kawan2",
    ),
    h.wa(
        0,
        "bocil2 habis tarawih malah perang sarung di halaman masjid {desa} 😂 lucu sih tp tlg bapak2 "
        "ingatkan anaknya ya, habis main langsung pulang, jgn kemalaman 🙏",
    ),
    h.wa(
        0,
        "lomba 17an RT {n1}: tarik tambang, makan kerupuk, balap karung sama perang air buat anak2. "
        "pendaftaran ke pak {ini} paling lambat hari {hari}. hadiahnya lumayan bah",
    ),
    h.wa(
        0,
        "wkwk semalam kami bantai tim sebelah [3-0|2-1] di mabar, push rank sampai subuh gara2 {ini} jago "
        "pakai hero tank. malam ini lanjut lagi kah? 🎮",
    ),
    h.wa(
        0,
        "ciee {ini} akhirnya berani nembak anak gadis tetangga di {desa} 😂 diterima kah? kalau diterima "
        "traktir bakso lah bos",
    ),
    h.wa(
        0,
        "maaf bapak2 ibu2 grup RT {n1} kebanjiran chat, tadi hp sy dipegang anak jadi ngebom stiker 🙏 abaikan aja ya",
    ),
    h.wa(
        0,
        "anak2 ribut main kembang api depan rumah sampai jam 11 malam, tlg ortu di {jl} diingatkan ya, ada "
        "bayi baru lahir di rumah bu {ini}. makasih 🙏",
    ),
    h.wa(
        0,
        "posyandu sm vaksin rabies di balai {desa} jadwalnya bentrok hari {hari}, jadi posyandu mundur sehari "
        "ya bun. maaf mendadak",
    ),
    h.wa(
        0,
        "ibu2 PKK {desa} diundang demo masak olahan ikan [patin|gabus|lele] sama penyuluh dinas perikanan, "
        "hari {hari} jam 9 di balai desa. gratis, dapat resep sama icip2 😋",
    ),
    h.social(
        0,
        "Konser dangdut malam minggu di lapangan {kec} seru bah, pas penutupan ada ledakan kembang api "
        "warna-warni sampai merinding 🎆 penyanyinya suaranya mantap",
    ),
    h.wa(
        0,
        "nyamuk nyerang tiap magrib di {desa}, anak sy sampai bentol2 semua. kapan fogging lagi kah pak RT? "
        "apa kita kerja bakti kuras parit dulu",
    ),
    h.sms(
        0,
        "Pak penyuluh, sawah kami di {desa} diserang hama [wereng|tikus|walang sangit] lagi. Kelompok tani "
        "minta dijadwalkan penyemprotan minggu ini",
    ),
    h.wa(
        0,
        "maaf pak RT gk bisa ikut kerja bakti, sy tumbang dr kemarin, demam sm pilek. titip iuran lewat pak "
        "{ini} ya. semoga bsk sdh enakan",
    ),
    h.social(
        0,
        "Besok hajar UAS [matematika|fisika|bahasa Inggris], doakan ya gaes 😭 semalaman belajar bareng di rumah "
        "{ini}, semoga gak blank pas ngerjain",
    ),
    h.wa(
        0,
        "malam tahun baru RT {n1} ada bakar-bakar ikan sm jagung di depan pos ronda, iuran Rp[20|25|30].000 per "
        "KK. bawa piring sendiri ya, arang sdh disiapkan pak {ini}",
    ),
    h.wa(
        0,
        "motor sy mogok di tanjakan {jl}, busi kah aki ini? ada bengkel yg buka dekat {kec} kah? tolong info kawan2 🙏",
    ),
    h.wa(
        0,
        "hp yg ketinggalan di masjid {desa} habis jumatan sdh diamankan pak marbot, silakan ambil ke beliau, "
        "sebutkan merk sm warna casingnya",
    ),
    h.wa(
        0,
        "kerja bakti bersihkan semak di kuburan {desa} hari {hari}, bapak2 bawa parang sm arit "
        "masing2 ya. jam 7 kumpul di gerbang",
    ),
    h.wa(
        0,
        "amankan jemuran bun, mendung tebal banget di {kabx}, angin sdh kencang 🌧️",
    ),
    # Relevant: real conflict or vulnerability signals in the same register.
    bt.wa(
        1,
        "bapak2 RT {n1} {desa} hati2, info dr anak2 di simpang, pemuda dr {desa2} mau masuk kampung malam ini "
        "bawa parang sm busur, katanya balas yg kemarin. anak2 kita jgn ada yg keluar, sdh sy kabari pak Bhabin",
    ),
    bt.sms(
        1,
        "Pak, lapor. Ada rombongan pemuda kampung sebelah kumpul di ujung jembatan {desa}, bawa sajam, "
        "katanya mau nyerang ke sini [malam ini|habis isya]. Mohon segera dikirim anggota",
    ),
    mh.wa(
        2,
        "warga {desa} sdh kumpul di rumah pak RT, [besok pagi|habis magrib ini] mau rame2 usir keluarga bu "
        "{ini} yg dituduh punya ilmu hitam gara2 anak pak {ini2} sakit gk sembuh2. ada yg bisa hubungi pak "
        "kades kah, takut kejadian",
    ),
    mh.social(
        2,
        "Kasian keluarga {ini} di {kec}, barang2nya dikeluarkan warga dan disuruh pergi dari kampung krn "
        "dituduh [dukun santet|pelihara ilmu hitam]. Gak ada bukti apa2, cuma katanya. Semoga aparat cepat turun 😢",
    ),
    mh.wa(
        3,
        "tlg pak ke {jl} {kabx} skrg, ada maling [tabung gas|motor|hp] ketangkap, lg dipukuli orang rame2, "
        "udah berdarah mukanya. kasian, takut mati 😭",
    ),
    mh.sms(
        3,
        "Lapor pak, pencuri [kotak amal|ayam|sawit] ketangkap di {desa}, sedang dihakimi warga di depan "
        "musala, sdh lemas. Mohon cepat dikirim anggota",
    ),
    lh.wa(
        1,
        "kawan2 warga {desa}, besok jam 7 kumpul di simpang jalan kebun {pt_sawit}. kita portal jalan perusahaan "
        "sampai ganti rugi lahan kita dibayar, sdh {n1} tahun cuma dijanji. bawa bekal, jgn bawa sajam",
        pool=PLANTATION,
    ),
    lh.social(
        1,
        "Sudah {n1} tahun ganti rugi kebun kami di {kec} gak dibayar {pt_tambang}. Besok warga sepakat tutup "
        "jalan hauling, truk gak boleh lewat. Kami cuma minta hak! #BayarGantiRugi",
        pool=MINING,
    ),
    hk.wa(
        1,
        "innalillahi... [masjid|gereja] di {kec} dibakar orang tadi subuh!!! sdh rata dgn tanah, pelakunya "
        "dr kelompok itu. jgn diam saudara2, SEBARKAN sebelum dihapus!!",
        hoax=True,
        prov=True,
    ),
    hk.social(
        1,
        "copas dr grup sebelah ⚠️ [langgar|gereja|masjid] di {desa} {kabx} dibakar semalam, jemaah diusir, "
        "polisi diam saja. Bagikan ke semua grup keluarga!! Kita harus bertindak sebelum terlambat",
        hoax=True,
        prov=True,
    ),
    nk.wa(
        1,
        "bapak2, sy lihat sendiri tiap pulang sekolah ada yg jual {narkoba} di warung belakang SMP di {kec}, "
        "anak2 masih pakai seragam yg beli. tlg pak RT teruskan ke polsek, jgn sampai anak kita kena",
    ),
    nk.sms(
        1,
        "Lapor, ada org jual pil koplo terang2an dekat gerbang sekolah di {jl} {kabx}, anak SMA yg beli. "
        "Sudah [seminggu|dua minggu] begini, mohon ditindak",
    ),
    bu.wa(
        1,
        "gaji bulan {bulan} blm dibayar {pt_kontraktor}, sdh telat {n1} minggu. kawan2 sepakat hari {hari} "
        "mogok kerja kalau gk ada kepastian. yg setuju kumpul di mess malam ini",
    ),
)
