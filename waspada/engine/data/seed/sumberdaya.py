"""Sumber daya: water, fuel, electricity, staple food, environment and floods when they set off grievance."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("sumberdaya", "sumber_daya")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        2,
        "Antrean Solar Mengular, Sopir Blokade SPBU",
        "{dl} – Puluhan sopir truk memblokade akses SPBU di {jl}, {kabn}, karena solar bersubsidi habis setiap "
        "pagi. Mereka menuding ada penimbunan oleh pengepul. Blokade dibuka setelah polisi berjanji mengawasi "
        "penyaluran.",
    ),
    k.news(
        1,
        "Elpiji 3 Kg Langka, Warga Berebut di Pangkalan",
        "Kelangkaan elpiji 3 kilogram di Kecamatan {kec}, {kab}, membuat warga berebut di pangkalan. Harga di "
        "pengecer melonjak menjadi {harga_baru} per tabung. Warga mulai mencurigai penimbunan dan meminta "
        "operasi pasar.",
    ),
    k.news(
        2,
        "Warga Protes Air Bersih Mati Sepekan, Jalan Ditutup",
        "Warga Kecamatan {kec}, {kabn}, menutup jalan dengan drum dan ban bekas karena air PDAM tidak mengalir "
        "selama sepekan. Mereka terpaksa membeli air tangki dengan harga mahal. PDAM beralasan pompa intake "
        "rusak.",
    ),
    k.news(
        2,
        "Korban Banjir Protes Lambatnya Bantuan",
        "Puluhan korban banjir di Kecamatan {kec}, {kab}, mendatangi posko pemerintah dan memprotes bantuan "
        "yang tidak merata. Mereka menuding pembagian diprioritaskan untuk keluarga perangkat. Sempat terjadi "
        "adu mulut dengan relawan.",
    ),
    k.news(
        1,
        "Banjir Berulang, Warga Salahkan Pembukaan Lahan Tambang",
        "Banjir kembali merendam ratusan rumah di Kecamatan {kec}, {kabn}. Warga menyalahkan pembukaan lahan "
        "di hulu dan mengancam menggelar aksi ke kantor pemerintah bila izin tidak dievaluasi.",
    ),
    k.news(
        2,
        "Nelayan Tradisional Usir Kapal Pukat dari Perairan Desa",
        "Nelayan tradisional {desa}, Kecamatan {kec}, mengepung dan mengusir kapal pukat dari luar daerah yang "
        "beroperasi di perairan dekat pantai. Mereka menuntut aparat menindak kapal yang merusak rumpon.",
        pool=("64.03", "64.08", "64.74", "64.09", "64.02", "64.01"),
    ),
    k.news(
        1,
        "Harga Beras Melonjak, Pedagang Khawatir Gejolak",
        "Harga {komoditas} di pasar tradisional {kabn} naik dari {harga_lama} menjadi {harga_baru} per "
        "{satuan}. Sebagian warga mengeluh tak sanggup membeli. Pedagang khawatir terjadi gejolak bila pasokan "
        "tak segera ditambah.",
    ),
    k.news(
        3,
        "Rebutan Air Irigasi, Petani Dua Desa Baku Hantam",
        "Perebutan air irigasi di musim kemarau memicu perkelahian petani {desa} dan {desa2}, Kecamatan {kec}. "
        "{n1} petani luka terkena cangkul. Pemerintah kecamatan mengatur jadwal pembagian air.",
    ),
    k.news(
        2,
        "Warga Tolak Pembuangan Limbah ke Sungai, Pabrik Didemo",
        "Ratusan warga Kecamatan {kec}, {kab}, berdemonstrasi di depan {pt_usaha} yang diduga membuang limbah "
        "ke sungai. Air sungai yang dipakai mandi dan mencuci kini gatal di kulit. Dinas lingkungan hidup "
        "mengambil sampel.",
    ),
    k.news(
        3,
        "Antrean BBM Ricuh, Petugas SPBU Dipukul",
        "Antrean pertalite di sebuah SPBU di {kabn} berujung ricuh. Seorang pengendara yang tidak terima "
        "dilayani terakhir memukul petugas hingga berdarah. Warga lain ikut terlibat dorong-mendorong.",
    ),
    k.field(
        1,
        "Kelangkaan BBM di daerah hulu",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi kelangkaan BBM di Kecamatan {kec}, {kab}. Harga "
        "bensin eceran mencapai Rp{n2}.000 per liter. Warga mengeluh dan menuding kapal pengangkut BBM "
        "menjual ke perusahaan. Pendapat: berpotensi memicu aksi warga.",
        pool=("64.11", "64.07", "64.02", "64.03"),
    ),
    k.field(
        2,
        "Aksi warga terkait krisis air bersih",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, sekitar {n2} warga {desa}, Kecamatan "
        "{kec}, membawa jeriken kosong ke kantor desa memprotes krisis air bersih yang sudah {n1} minggu. Aksi "
        "damai, kepala desa berjanji mendatangkan mobil tangki.",
    ),
    k.field(
        1,
        "Dugaan penimbunan elpiji",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi dugaan penimbunan elpiji 3 kg di sebuah gudang di "
        "{jl}, Kecamatan {kec}, {kab}. Warga berencana menggeruduk gudang tersebut. Saran: pemeriksaan "
        "bersama dinas perdagangan dan polisi.",
    ),
    k.field(
        3,
        "Perkelahian di antrean pembagian bantuan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, di posko bantuan banjir {desa}, "
        "Kecamatan {kec}, terjadi perkelahian antarwarga berebut paket sembako. Dua orang luka ringan. "
        "Pembagian dihentikan sementara.",
    ),
    k.wa(
        1,
        "gas melon kosong di semua pangkalan {kec}, di pengecer {harga_baru}. pasti ada yg nimbun ini. "
        "kalau sampai besok gak ada, kita datangi agennya",
    ),
    k.wa(
        2,
        "warga RT {n1} {desa} sepakat besok tutup jalan depan kantor PDAM, air udah mati seminggu. bawa ember "
        "sm jeriken kosong ya",
    ),
    k.wa(
        1,
        "solar di SPBU {kec} cuma buat truk tambang, nelayan sama petani gak kebagian. kalau dibiarin "
        "warga bakal ngamuk",
    ),
    k.social(
        1,
        "Kampung kami di {kec} {kabx} banjir lagi untuk ke-[4|5|6] kalinya tahun ini. Hutan di hulu habis "
        "dibabat. Pemerintah tutup mata!",
    ),
    k.social(
        2,
        "Warga {desa} pagi ini usir truk pengangkut pasir dari sungai. Sungai kami rusak, air keruh, ikan "
        "habis. Stop tambang pasir!",
    ),
    k.sms(
        2,
        "pak nelayan {desa} tahan kapal pukat di dermaga, minta aparat datang. sktr {n2} perahu mengepung",
        pool=("64.03", "64.08", "64.74", "64.09", "64.02", "64.01"),
    ),
    k.sms(
        1,
        "Lapor, harga {komoditas} di pasar {kec} naik terus, pembeli marah2 ke pedagang",
    ),
    k.news(
        1,
        "Kemarau Panjang, Sumur Warga Kering dan Rawan Perselisihan",
        "Kemarau panjang membuat sumur warga di Kecamatan {kec}, {kab}, mengering. Warga harus antre di satu "
        "sumber air milik desa dan beberapa kali terjadi cekcok. {Pemda} menyiapkan distribusi air bersih.",
    ),
    k.news(
        2,
        "Petani Protes Kelangkaan Pupuk Bersubsidi",
        "Ratusan petani dari Kecamatan {kec} mendatangi kantor dinas pertanian {kabn} memprotes kelangkaan "
        "pupuk bersubsidi menjelang musim tanam. Mereka menuding pupuk dijual ke perkebunan besar.",
    ),
)
