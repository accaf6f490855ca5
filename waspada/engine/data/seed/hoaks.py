"""Hoaks & provokasi: chain messages, fabricated claims, debunks, incitement to attack groups."""

from __future__ import annotations

from waspada.engine.data.seed.base import Kit, Template

k = Kit("hoaks", "hoaks_provokasi")

TEMPLATES: tuple[Template, ...] = (
    k.wa(
        1,
        "PENTING!!! Besok malam akan ada serangan besar2an dari kelompok luar ke {kec}. Semua laki2 siapkan "
        "senjata dan jaga kampung. SEBARKAN KE SEMUA GRUP!!!",
        hoax=True,
        prov=True,
    ),
    k.wa(
        1,
        "Info dr sepupu yg kerja di rumah sakit: air PDAM {kabx} sudah dicampur racun oleh orang tak dikenal. "
        "Jangan minum air keran dulu! Sebarkan demi keselamatan keluarga",
        hoax=True,
    ),
    k.wa(
        1,
        "Hati2 bunda2, sdh ada 3 anak hilang di {kec} minggu ini, penculiknya pakai mobil putih, organ "
        "anaknya dijual. Ini nyata, jangan dianggap remeh. forward ke grup sekolah!!",
        hoax=True,
    ),
    k.wa(
        1,
        "Barusan dpt info A1: bentrok di {kec} sdh [5|7|9] org tewas, aparat sengaja diam. Media dilarang "
        "memberitakan. Viralkan sebelum dihapus!",
        hoax=True,
    ),
    k.wa(
        1,
        "copas dr grup sebelah: pemerintah akan mendata KTP warga {kabx} utk dipindahkan paksa krn "
        "proyek besar. yg gak mau pindah tanahnya disita. Tolong share",
        hoax=True,
    ),
    k.wa(
        1,
        "Pesan berantai: ribuan pekerja asing ilegal masuk lewat pelabuhan {kabn} tadi malam, katanya "
        "mau ambil alih kampung2. Siapkan diri saudara2, jangan diam!!",
        hoax=True,
        prov=True,
    ),
    k.wa(
        1,
        "Awas telur palsu dari plastik dijual di pasar {kec}, sdh ada anak keracunan. Cek sebelum beli! "
        "share ke semua kontak",
        hoax=True,
    ),
    k.wa(
        1,
        "Balas dendam harus! Teman kita dipukuli orang kampung {desa} semalam. Malam ini kita datangi "
        "rame2, bawa apa yg ada. Jgn bocor ke luar grup",
        prov=True,
    ),
    k.wa(
        1,
        "Inilah foto bendera ormas terlarang dikibarkan di {kec} pagi ini!! Aparat diam saja. Sebarkan "
        "biar semua tahu!!",
        hoax=True,
    ),
    k.social(
        1,
        "BREAKING: Kantor {kepala} {kabx} dibakar massa pagi ini!!! Video di kolom komentar. Share sebelum diturunkan!",
        hoax=True,
    ),
    k.social(
        1,
        "Orang-orang itu harus diusir dari {kabx}, mereka biang semua masalah kita. Kalau aparat tidak "
        "bertindak, rakyat yang bertindak! Siapkan diri",
        prov=True,
    ),
    k.social(
        1,
        "Katanya vaksin yg dibagikan puskesmas {kec} bikin mandul, sdh banyak bukti. Jangan mau divaksin, "
        "ini konspirasi! bagikan",
        hoax=True,
    ),
    k.social(
        1,
        "Ayo kita serbu kantor desa {desa} besok! Kades maling harus diseret keluar. Yang gak ikut berarti "
        "antek kades!!",
        prov=True,
    ),
    k.social(
        1,
        "Akun palsu mengatasnamakan Kapolres {kabx} menyebar pesan bahwa akan ada razia besar dan "
        "penangkapan massal malam ini. Banyak warga panik dan ikut menyebarkan.",
        hoax=True,
    ),
    k.sms(
        1,
        "INFO: bendungan di hulu {kec} jebol malam ini, segera mengungsi! sebarkan ke semua kenalan",
        hoax=True,
    ),
    k.sms(
        1,
        "Selamat anda terpilih penerima bansos tunai Rp{juta}.000 dari Pemda {kabx}. Transfer biaya admin "
        "ke rek berikut utk pencairan",
        hoax=True,
    ),
    k.news(
        1,
        "Polisi Pastikan Kabar Penculikan Anak di {kec} Hoaks",
        "Polres {kabn} memastikan pesan berantai tentang penculikan anak di Kecamatan {kec} tidak benar. "
        "Pesan yang menyebut anak-anak hilang dan organ dijual itu sudah beredar di puluhan grup percakapan. "
        "Polisi meminta warga tidak main hakim sendiri terhadap orang asing.",
    ),
    k.news(
        1,
        "Diskominfo Bantah Video Kerusuhan yang Disebut Terjadi di {kabn}",
        "Dinas Komunikasi dan Informatika {kab} menyatakan video kerusuhan yang viral dengan keterangan "
        "terjadi di {kabn} adalah rekaman lama dari daerah lain. Warga diminta memeriksa sumber sebelum "
        "membagikan informasi.",
    ),
    k.news(
        1,
        "Penyebar Hoaks Bernada SARA Ditangkap",
        "{dl} – Seorang pria berinisial {ini} ({umur}) ditangkap karena menyebarkan unggahan bohong yang "
        "menuduh kelompok agama tertentu membakar rumah ibadah di Kecamatan {kec}. Unggahan itu sempat "
        "memancing kemarahan warga dan ajakan penyerangan.",
    ),
    k.news(
        1,
        "Beredar Seruan Demo Berdarah, Polisi Buru Pembuat Poster",
        "Poster ajakan demo dengan kata-kata 'siap berdarah' dan gambar senjata tajam beredar di media sosial "
        "warga {kabn}. Polisi menyatakan tidak ada pemberitahuan aksi dan tengah memburu pembuat poster. "
        "Tokoh masyarakat meminta warga tidak terpancing.",
    ),
    k.field(
        1,
        "Penyebaran pesan berantai provokatif",
        "Pada hari {hari} tanggal {tgl} ditemukan pesan berantai di grup WhatsApp warga Kecamatan {kec}, {kab}, "
        "yang menyebut akan ada penyerangan oleh kelompok pendatang. Pesan telah diteruskan ke lebih dari "
        "{n2} grup. Hasil pengecekan di lapangan: tidak ditemukan tanda-tanda penyerangan.",
        hoax=True,
    ),
    k.field(
        1,
        "Unggahan provokatif akun anonim",
        "Pada hari {hari} tanggal {tgl} terpantau akun anonim yang mengunggah ajakan menyerang permukiman "
        "kelompok etnis tertentu di {kabn} dengan tagar lokal. Unggahan dibagikan {n3} kali. Saran: "
        "koordinasi dengan siber polda untuk penurunan konten.",
        prov=True,
    ),
    k.field(
        1,
        "Isu tidak benar mengenai racun di sumur warga",
        "Pada hari {hari} tanggal {tgl} berkembang isu di {desa}, Kecamatan {kec}, bahwa sumur warga diracun "
        "oleh orang asing. Warga sempat mencurigai seorang penjual keliling. Puskesmas telah memeriksa "
        "sampel air dengan hasil aman. Situasi kondusif setelah klarifikasi kepala desa.",
        hoax=True,
    ),
    k.wa(
        1,
        "ini bukan hoax!! tentara asing sdh mendarat diam2 di pantai {kec}, saya lihat sendiri "
        "kapalnya. siapkan stok makanan, perang sebentar lagi. SEBARKAN",
        hoax=True,
    ),
    k.wa(
        1,
        "Bapak2 ibu2, jangan percaya berita TV. Yang benar, bentrok kemarin di {kec} dimulai oleh kelompok mereka, "
        "sudah direncanakan. Kita harus bersatu balas!",
        prov=True,
        hoax=True,
    ),
    k.social(
        1,
        "Jgn sampai lengah, kabarnya orang2 dari luar pulau sudah dipersenjatai dan siap serang warga "
        "lokal {kabx}. Sumber terpercaya. Bagikan!!!",
        hoax=True,
        prov=True,
    ),
    k.wa(
        1,
        "INNALILLAHI!! [masjid|gereja] di {kec} diserang kelompok mereka tadi malam, jemaah luka2, kaca pecah "
        "semua. aparat diam saja! kita tdk boleh tinggal diam, kumpul di {desa} bawa apa yg ada. SEBARKAN!!",
        hoax=True,
        prov=True,
    ),
    k.field(
        1,
        "Isu tidak benar mengenai penyerangan rumah ibadah",
        "Pada hari {hari} tanggal {tgl} beredar pesan berantai di grup warga Kecamatan {kec}, {kab}, bahwa "
        "sebuah [masjid|gereja] di {desa} diserang dan jemaahnya terluka. Hasil pengecekan ke lokasi: rumah "
        "ibadah dalam keadaan utuh, ibadah berjalan normal, foto yang beredar berasal dari daerah lain. "
        "Pengurus telah membuat klarifikasi.",
        hoax=True,
    ),
)
