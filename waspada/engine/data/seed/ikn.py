"""Ketegangan terkait IKN: land acquisition, compensation, newcomers, jobs for locals, adat rights."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("ikn", "ikn", pool="ikn")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        2,
        "Warga {desa} Tolak Nilai Ganti Rugi Lahan Proyek IKN",
        "Puluhan warga {desa_t} {desa}, Kecamatan {kec}, menolak nilai ganti rugi lahan untuk proyek "
        "pendukung Ibu Kota Nusantara yang menurut mereka jauh lebih rendah dari harga pasar. Mereka "
        "membentangkan spanduk di depan kantor desa dan menolak menandatangani berita acara. Tim pengadaan "
        "tanah menyatakan penilaian dilakukan oleh penilai independen.",
    ),
    k.news(
        1,
        "Masyarakat Adat di Sekitar IKN Khawatir Tergusur",
        "Kelompok masyarakat adat di {desa}, Kecamatan {kec}, menyampaikan kekhawatiran kampung mereka masuk "
        "kawasan pengembangan IKN. Mereka meminta pemerintah memetakan wilayah adat dan situs leluhur sebelum "
        "pembangunan berlanjut. Tokoh adat mengingatkan warga muda agar tidak terprovokasi.",
        domain="budaya",
    ),
    k.news(
        2,
        "Pekerja Lokal Demo di Proyek Jalan IKN, Tuntut Prioritas Rekrutmen",
        "Ratusan pemuda dari Kecamatan {kec} berunjuk rasa di gerbang proyek {pt_kontraktor} di kawasan IKN. "
        "Mereka menuding kontraktor lebih banyak merekrut pekerja dari luar daerah. Perwakilan perusahaan "
        "berjanji membuka pendaftaran khusus bagi warga sekitar.",
    ),
    k.news(
        3,
        "Keributan Pekerja Proyek IKN dan Warga Lokal, Satu Mes Rusak",
        "Keributan antara sekelompok pekerja proyek dan pemuda setempat terjadi di dekat mes pekerja di "
        "{desa}, Kecamatan {kec}. Kaca mes pecah dilempari batu dan {n1} orang luka ringan. Pemicu diduga "
        "salah paham di warung yang meluas. Aparat gabungan berjaga di sekitar kawasan IKN.",
    ),
    k.news(
        1,
        "Patok Otorita Muncul di Kebun, Warga {kec} Pertanyakan Status Lahan",
        "Warga {desa} di Kecamatan {kec} mempertanyakan patok kawasan yang terpasang di kebun mereka tanpa "
        "pemberitahuan. Mereka khawatir tidak mendapat ganti rugi karena lahan belum bersertifikat. "
        "Pemerintah desa meminta sosialisasi resmi agar isu liar tidak berkembang.",
    ),
    k.news(
        2,
        "Sopir Truk Material IKN Mogok, Antrean Mengular",
        "Puluhan sopir truk pengangkut material proyek IKN di Kecamatan {kec} mogok dan memarkir kendaraan di "
        "bahu jalan. Mereka memprotes tarif angkut yang diturunkan sepihak oleh {pt_kontraktor}. Antrean "
        "kendaraan sempat mengular beberapa kilometer.",
    ),
    k.news(
        1,
        "Harga Tanah Melonjak, Sengketa Waris Meningkat di Sekitar IKN",
        "Melonjaknya harga tanah di sekitar IKN memicu banyak sengketa waris dan jual beli di Kecamatan {kec}. "
        "Kepala desa {desa} mengaku hampir setiap pekan menerima aduan keluarga yang saling klaim. Ia "
        "khawatir perselisihan keluarga berubah menjadi konflik terbuka.",
    ),
    k.news(
        2,
        "Nelayan Teluk Protes Pembangunan Dermaga Material IKN",
        "Nelayan dari {desa}, Kecamatan {kec}, menggelar aksi di atas perahu memprotes pembangunan dermaga "
        "bongkar muat material IKN yang mempersempit alur tangkapan. Mereka meminta kompensasi dan jalur "
        "khusus nelayan.",
    ),
    k.field(
        2,
        "Aksi warga menuntut ganti rugi lahan IKN",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, bertempat di depan kantor desa {desa}, "
        "Kecamatan {kec}, {kab}, sekitar {n2} warga menggelar aksi damai menuntut kejelasan ganti rugi lahan "
        "terdampak pembangunan IKN. Korlap Sdr. {ini}. Aksi berjalan tertib, massa membubarkan diri pukul "
        "16.00 WITA.",
    ),
    k.field(
        1,
        "Kecemburuan sosial pekerja lokal terhadap pendatang",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi berkembangnya kecemburuan pemuda {desa}, Kecamatan "
        "{kec}, terhadap pekerja pendatang proyek IKN. Beberapa pemuda melontarkan ancaman di grup percakapan "
        "untuk mengusir pekerja luar. Saran: koordinasi dengan kontraktor terkait rekrutmen tenaga lokal.",
        prov=True,
    ),
    k.field(
        3,
        "Pengeroyokan pekerja proyek IKN",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, bertempat di jalan menuju kawasan "
        "inti IKN di Kecamatan {kec}, seorang pekerja proyek Sdr. {ini} ({umur}) dikeroyok {n1} orang tidak "
        "dikenal hingga luka di kepala. Korban dibawa ke puskesmas. Motif masih didalami.",
    ),
    k.field(
        1,
        "Penolakan relokasi warga terdampak IKN",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi sebagian warga {desa}, Kecamatan {kec}, menolak "
        "rencana relokasi ke permukiman baru. Warga menilai lokasi baru jauh dari kebun dan sungai. Tokoh "
        "masyarakat Sdr. {ini} menyatakan warga akan bertahan.",
    ),
    k.wa(
        2,
        "info warga {desa}: besok kita tutup jalan proyek IKN depan kampung, ganti rugi blm jelas "
        "sampai skrg. semua laki2 kumpul jam 6 pagi",
    ),
    k.wa(
        1,
        "Kabarnya kampung kita di {kec} mau digusur buat IKN tanpa ganti rugi, cuma dikasih rumah kecil. "
        "benar gak sih? warga udah pada resah ini",
    ),
    k.wa(
        3,
        "barusan ada ribut di depan mes pekerja proyek IKN {desa}, pemuda kampung lawan pekerja, "
        "[ada yg kena batu|ada yg luka], polisi sdh datang",
    ),
    k.social(
        1,
        "IKN dibangun megah tapi orang lokal {kec} cuma jadi penonton. kerja susah, tanah dibeli murah. "
        "jangan salahkan kalau nanti warga marah",
    ),
    k.social(
        1,
        "Pendatang makin banyak di sekitar IKN, kampung {desa} makin sempit. Usir aja semua orang luar "
        "itu, ini tanah kita!",
        prov=True,
    ),
    k.sms(
        2,
        "pak, warga {desa} hadang alat berat proyek IKN di lahan yg blm dibayar. sktr {n2} org. mohon dimediasi",
    ),
    k.news(
        1,
        "Otorita dan Pemkab Gelar Dialog, Warga Tetap Tagih Janji",
        "Dialog antara otorita, pemerintah {kab}, dan warga Kecamatan {kec} berlangsung tegang. Warga menagih "
        "janji penyelesaian lahan yang tumpang tindih dengan kawasan IKN. Meski berakhir tanpa keputusan, "
        "aparat memastikan situasi tetap kondusif.",
    ),
    k.news(
        3,
        "Pos Proyek di Kawasan IKN Dibakar, Polisi Buru Pelaku",
        "Sebuah pos jaga proyek di {desa}, Kecamatan {kec}, terbakar pada dini hari. Polisi menemukan jeriken "
        "bensin di dekat lokasi dan menduga pos sengaja dibakar. Warga sekitar sebelumnya memprotes proyek "
        "yang menggusur kebun tanpa kesepakatan.",
    ),
    k.social(
        2,
        "Hari ini warga {desa} {kec} bertahan di kebun, alat berat proyek IKN ditahan. Kami bukan anti "
        "pembangunan, kami cuma minta hak kami dibayar dulu.",
    ),
)
