"""Common words that are also names of Indonesian administrative units.

Written for Waspada. A place whose folded name (lower case, punctuation as spaces) is listed here is only
recognised with its prefix ("Kota Batu", "Kecamatan Damai", "Desa Baru"), never bare: in reports "batu
bara" is coal, "serang" is an order to attack, "malang" is misfortune, "karangan bunga" is a wreath and
"banjar" is mostly the ethnic group. A kecamatan or desa prefixed with a listed name ("Kecamatan Damai",
"Desa Baru", "desa yang …") also needs its parent in context.
"""

from __future__ import annotations

_WORDS = """
    utara selatan barat timur tengah tenggara ilir ulu hulu hilir darat laut seberang kota baru lama jaya
    makmur maju mulia mulya indah damai aman sejahtera sentosa santosa harapan merdeka karya bakti bhakti
    tani sari sumber tunas mekar suka rukun setia bahagia subur sejati permai asri lestari raya besar kecil
    tinggi rendah dalam luar atas bawah pasar kampung desa dusun sungai muara teluk tanjung pulau gunung
    bukit lembah danau rawa pantai batu tanah air sawah ladang kebun hutan jalan simpang pematang talang
    lubuk kuala labuhan bandar pelabuhan benteng kubu karang pasir lumpur padang panjang pendek lebar
    sempit satu dua tiga empat lima enam tujuh delapan sembilan sepuluh seribu ratus pertama kedua ketiga
    bersatu bersama sentral induk pangkalan perumahan komplek kompleks blok lorong gang parit kanal kolam
    telaga ujung pangkal tepian tepi pinggir pinggiran poros lintas
    serang malang banjar batang puncak palu landak buru metro kudus pati bone tegal buton karo toba bima
    sampang lebak belu karangan
    merah putih hijau kuning hitam biru emas perak tembaga besi timah intan berlian mutiara
    baik benar bagus cantik elok ramai sepi sunyi tenang teduh sejuk panas dingin basah kering
    dewa raja ratu putra putri pangeran sultan bunda ibu bapak anak cucu nenek kakek
    kelapa pinang pisang mangga nangka durian rambutan duku manggis jeruk kopi teh tebu padi jagung ubi
    karet sawit cengkeh lada pala kayu bambu rotan beringin cemara jati mahoni
    harimau gajah kerbau sapi kambing ayam itik bebek burung ikan udang kepiting buaya ular naga
    bintang bulan matahari langit awan hujan angin petir pelangi embun fajar senja
    kemuning melati mawar anggrek kenanga cempaka seroja teratai
    pondok rumah balai gedung istana masjid gereja pura
    jawa sunda madura bugis dayak kutai
    yang dan di ke dari ini itu dengan untuk pada juga ada atau akan dalam tidak bukan sudah belum telah
    oleh bagi para serta namun tetapi tapi lalu kini apa siapa mana sini sana situ saja hanya masih baru
"""

_PHRASES = (
    "kampung baru",
    "desa baru",
    "pasar baru",
    "kota baru",
    "tanah merah",
    "tanah abang",
    "tanah tinggi",
    "tanah datar",
    "pesisir selatan",
    "pesisir barat",
    "batu bara",
    "tebing tinggi",
    "sungai baru",
    "sungai lama",
    "sungai besar",
    "sungai kecil",
    "air putih",
    "air hitam",
    "air merah",
    "mata air",
    "air terjun",
    "harapan baru",
    "harapan jaya",
    "bukit raya",
    "bukit baru",
    "gunung sari",
    "gunung jaya",
    "suka maju",
    "suka damai",
    "suka makmur",
    "sukamaju",
    "mekar jaya",
    "mekar sari",
    "mekarsari",
    "merah putih",
    "pusat kota",
    "rumah sakit",
    "pulau baru",
    "kebun baru",
    "sumber jaya",
    "sumber rejeki",
    "sri rejeki",
)

PLACE_STOPWORDS: frozenset[str] = frozenset(_WORDS.split()) | frozenset(_PHRASES)
