"""Narkoba: seizures, couriers, drug villages, raids that go wrong, residents against dealers."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("narkoba", "narkoba")

TEMPLATES: tuple[Template, ...] = (
    k.news(
        1,
        "Polisi Ungkap Peredaran Sabu {gram} Gram di {kec}",
        "{dl} – Satresnarkoba Polres {kabn} menangkap dua pria berinisial {ini} dan {ini2} di Kecamatan {kec} "
        "dengan barang bukti sabu seberat {gram} gram. Keduanya diduga bagian dari jaringan yang memasok "
        "sabu ke kawasan tambang dan perkebunan.",
    ),
    k.news(
        1,
        "Kurir Narkoba Lintas Provinsi Dibekuk di Pelabuhan",
        "Petugas gabungan menangkap seorang kurir berinisial {ini} ({umur}) di pelabuhan {kabn} yang membawa "
        "{narkoba} disembunyikan dalam kardus makanan ringan. Kurir mengaku diupah Rp{juta} ribu untuk sekali "
        "antar.",
        pool=("64.71", "64.72", "64.74", "64.03", "64.09"),
    ),
    k.news(
        3,
        "Bandar Narkoba Lawan Petugas, Dilumpuhkan dengan Timah Panas",
        "Seorang bandar narkoba berinisial {ini} ditembak di kaki setelah menyerang petugas dengan parang saat "
        "penggerebekan di {desa}, Kecamatan {kec}. Seorang anggota polisi luka sabetan. Dari rumah pelaku "
        "disita {narkoba} dan timbangan digital.",
    ),
    k.news(
        2,
        "Warga Demo Desak Polisi Bersihkan Kampung Narkoba",
        "Ratusan warga {desa}, Kecamatan {kec}, {kab}, berunjuk rasa di depan polsek. Mereka menuntut polisi "
        "menindak peredaran sabu yang merajalela di kampung mereka. Warga mengancam bertindak sendiri bila "
        "tidak ada penindakan dalam sepekan.",
    ),
    k.news(
        3,
        "Penggerebekan Kampung Narkoba Ricuh, Pos Polisi Dilempari",
        "Penggerebekan di sebuah kampung yang dikenal sebagai sarang narkoba di {kabn} diwarnai perlawanan. "
        "Sekelompok orang melempari petugas dengan batu dan membakar ban. {n1} petugas luka dan {n2} orang "
        "diamankan.",
    ),
    k.news(
        1,
        "Pelajar di {kabn} Terjaring Tes Urine Positif Narkoba",
        "Tes urine mendadak di sejumlah sekolah di {kab} menemukan {n1} pelajar positif narkoba. BNN "
        "kabupaten/kota menyebut jaringan pengedar kini menyasar anak sekolah melalui media sosial. Orang tua "
        "diminta waspada.",
    ),
    k.news(
        1,
        "Sabu Diselundupkan Lewat Sungai ke Pedalaman",
        "Aparat menemukan modus baru penyelundupan sabu lewat perahu kayu ke kampung-kampung di hulu sungai. "
        "Dalam operasi di Kecamatan {kec}, {kab}, petugas menyita {gram} gram sabu dan menangkap motoris "
        "perahu.",
        pool=("64.02", "64.07", "64.11", "64.03"),
    ),
    k.news(
        3,
        "Kurir Sabu Tewas Dikeroyok Rekan Sejaringan",
        "Seorang pria yang diduga kurir sabu ditemukan tewas dengan luka pukulan di Kecamatan {kec}, {kabn}. "
        "Polisi menduga korban dianiaya rekan sejaringan karena uang hasil penjualan tidak disetor.",
    ),
    k.field(
        1,
        "Peredaran narkoba di kawasan tambang",
        "Pada hari {hari} tanggal {tgl} diperoleh informasi maraknya peredaran sabu di camp pekerja tambang di "
        "{desa}, Kecamatan {kec}, {kab}. Pengedar diduga Sdr. {ini} yang menjual melalui warung. Pendapat: "
        "berpotensi memicu kriminalitas. Saran: penyelidikan Satresnarkoba.",
    ),
    k.field(
        1,
        "Penangkapan pengedar narkoba",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam} WITA, di {jl}, Kecamatan {kec}, {kab}, petugas "
        "menangkap Sdr. {ini} ({umur}) dengan barang bukti {narkoba} seberat {gram} gram. Penangkapan "
        "disaksikan warga dan berjalan aman.",
    ),
    k.field(
        2,
        "Penolakan warga terhadap rumah yang diduga tempat transaksi narkoba",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_siang} WITA, warga {desa}, Kecamatan {kec}, "
        "memasang spanduk penolakan dan berkumpul di depan rumah yang diduga menjadi tempat transaksi narkoba. "
        "Penghuni rumah tidak berada di tempat. Ketua RT melapor ke polsek.",
    ),
    k.field(
        3,
        "Penyerangan terhadap petugas saat penangkapan",
        "Pada hari {hari} tanggal {tgl} sekitar pukul {jam_malam} WITA, saat penangkapan pengedar di Kecamatan "
        "{kec}, {kab}, sekelompok orang menyerang petugas untuk membebaskan tersangka. Satu petugas luka di "
        "kepala. Tersangka tetap berhasil dibawa.",
    ),
    k.wa(
        1,
        "pak di gang belakang {jl} tiap malam ramai anak muda transaksi sabu, motor keluar masuk. warga "
        "takut lapor krn pelakunya kenal semua",
    ),
    k.wa(
        2,
        "warga {desa} sepakat malam ini kita jaga kampung, gak ada lagi pengedar boleh masuk. kalau ketemu "
        "langsung bawa ke pos",
    ),
    k.wa(
        3,
        "rame di {kec} td, polisi grebek rumah bandar, dilawan sm anak buahnya, ada tembakan. satu polisi luka",
    ),
    k.social(
        1,
        "Sabu di {kabx} makin gila, anak SMP aja udah kenal. Aparat ke mana aja? Kampung kami {kec} rusak "
        "gara2 barang haram ini",
    ),
    k.sms(
        1,
        "Lapor pak, ada transaksi narkoba di warung dekat pelabuhan {kec} tiap jam 11 malam. mohon dicek",
    ),
    k.sms(
        1,
        "pak anak sy ditawari pil di sekolah {kec}, katanya obat kuat belajar. tolong diselidiki",
    ),
    k.news(
        2,
        "Keluarga Tahanan Narkoba Geruduk Polsek",
        "Puluhan kerabat seorang tahanan kasus narkoba mendatangi polsek {kec}, {kabn}, menuntut tahanan "
        "dibebaskan karena merasa dijebak. Mereka sempat berteriak dan memukul-mukul pagar sebelum ditenangkan "
        "tokoh masyarakat.",
    ),
    k.news(
        1,
        "BNN Petakan Kampung Rawan Narkoba di {kabn}",
        "BNN memetakan {n1} kampung rawan narkoba di {kab}, termasuk beberapa kelurahan di Kecamatan {kec}. "
        "Pemetaan akan diikuti penindakan dan rehabilitasi. Warga yang melapor dijamin kerahasiaannya.",
    ),
    k.social(
        2,
        "Warga {desa} hari ini ramai2 bongkar gubuk tempat pesta sabu di kebun. Capek nunggu aparat. "
        "#KampungBersihNarkoba",
    ),
)
