"""Reports placed by hand outside the developing issue.

- two smaller real matters: a labour dispute at a coal company in Samarinda (protest level, no violence,
  its two protests 3–6 days ago and more than 72 hours apart) and a disputed village-head election in
  Kutai Barat about three weeks ago;
- Kominda notes (rahasia) in several regions and a Berau operator's field report, which scope tests use;
- the hard negatives of `negatives.py`.

`days` count back in local (WITA) calendar days from today.
"""

from __future__ import annotations

from typing import Any

from waspada.demo.model import Fixed, Template
from waspada.demo.negatives import HARD_NEGATIVES

LABOUR_ISSUE_KEY = "samarinda-phk-tambang"
PILKADES_ISSUE_KEY = "kubar-pilkades-penawai"

_KOMINDA = "Kominda Provinsi Kalimantan Timur"


def _fixed(
    key: str,
    place: str,
    days: int,
    at: str,
    *,
    grade: str,
    author: str | None = None,
    issue_key: str | None = None,
    **template: Any,
) -> Fixed:
    return Fixed(
        template=Template(key=key, **template),
        place=place,
        days=days,
        at=at,
        issue_key=issue_key,
        author=author,
        grade=grade,
    )


LABOUR_DISPUTE: tuple[Fixed, ...] = (
    _fixed(
        "smd-unjuk-rasa-phk-gerbang",
        "64.72.01.1005",
        6,
        "09:30",
        grade="B2",
        author="operator.samarinda",
        issue_key=LABOUR_ISSUE_KEY,
        domain="ekonomi",
        theme="ketenagakerjaan",
        severity=2,
        channel="field_report",
        title="Pekerja tambang unjuk rasa tolak PHK di Bantuas",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar 120 pekerja PT Mahakam "
            "Bara Perkasa berunjuk rasa di depan gerbang site perusahaan di {desa}, Kecamatan {kec}, {kab}. "
            "Pekerja menolak rencana PHK terhadap 85 karyawan dengan alasan efisiensi produksi dan menuntut "
            "pesangon dibayar penuh sesuai masa kerja. Aksi berlangsung tertib dengan pengawalan Polsek "
            "{kec}. Manajemen menerima lima perwakilan pekerja; pertemuan belum menghasilkan kesepakatan."
        ),
        opinion=(
            "Belum ada indikasi kekerasan. Serikat pekerja menyatakan akan melanjutkan aksi ke DPRD bila "
            "mediasi dinas tenaga kerja gagal."
        ),
        who="Sekitar 120 pekerja dan serikat pekerja PT Mahakam Bara Perkasa; manajemen perusahaan",
        why="Rencana PHK 85 karyawan dan besaran pesangon",
    ),
    _fixed(
        "smd-mediasi-disnaker",
        "64.72",
        5,
        "14:00",
        grade="B2",
        issue_key=LABOUR_ISSUE_KEY,
        domain="ekonomi",
        theme="ketenagakerjaan",
        severity=1,
        channel="news",
        title="Mediasi PHK pekerja tambang di Disnaker Samarinda belum capai titik temu",
        text=(
            "{dateline} – Mediasi antara serikat pekerja dan manajemen PT Mahakam Bara Perkasa terkait "
            "rencana PHK 85 karyawan di Dinas Tenaga Kerja Kota Samarinda, {tgl_berita}, belum menghasilkan "
            "kesepakatan. Perusahaan menawarkan pesangon di bawah tuntutan pekerja dengan alasan kondisi "
            "keuangan. Serikat pekerja menolak dan meminta perhitungan sesuai masa kerja. Disnaker "
            "menjadwalkan mediasi kedua dan meminta kedua pihak menahan diri."
        ),
        who="Serikat pekerja dan manajemen PT Mahakam Bara Perkasa; Disnaker Kota Samarinda",
        why="Besaran pesangon PHK",
        source="Tepian Mahakam Post (RSS)",
    ),
    _fixed(
        "smd-unjuk-rasa-dprd",
        "64.72",
        3,
        "10:30",
        grade="B2",
        author="operator.samarinda",
        issue_key=LABOUR_ISSUE_KEY,
        domain="ekonomi",
        theme="ketenagakerjaan",
        severity=2,
        channel="field_report",
        title="Pekerja PT Mahakam Bara Perkasa datangi DPRD Kota Samarinda",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar 90 pekerja PT Mahakam Bara "
            "Perkasa bersama serikat pekerja berunjuk rasa di depan Kantor {dprd}. Mereka meminta dewan "
            "memanggil manajemen perusahaan dan Disnaker terkait rencana PHK 85 karyawan. Perwakilan pekerja "
            "diterima komisi yang membidangi ketenagakerjaan. Aksi selesai sekitar pukul 12.30 WITA dengan "
            "tertib."
        ),
        opinion=(
            "Aksi tertib. Bila perusahaan tetap melakukan PHK tanpa kesepakatan, kemungkinan berlanjut mogok "
            "kerja di site Bantuas."
        ),
        who="Sekitar 90 pekerja PT Mahakam Bara Perkasa dan serikat pekerja; {dprd}",
        why="Mediasi PHK dan pesangon belum mencapai kesepakatan",
    ),
)

PILKADES_DISPUTE: tuple[Fixed, ...] = (
    _fixed(
        "kubar-hasil-pemilihan-ditolak",
        "64.07.12.2010",
        24,
        "19:00",
        grade="B3",
        issue_key=PILKADES_ISSUE_KEY,
        domain="politik",
        theme="sengketa_hasil",
        severity=1,
        channel="field_report",
        title="Hasil pemilihan petinggi Kampung Penawai ditolak pendukung calon",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, penghitungan suara {pilkades} "
            "{desa}, Kecamatan {kec}, {kab}, selesai dengan selisih tujuh suara antara calon nomor urut 1 "
            "dan nomor urut 2. Pendukung calon nomor urut 1 menolak menandatangani berita acara dan menuding "
            "ada pemilih dari luar kampung yang ikut mencoblos. Suasana di tempat pemungutan suara sempat "
            "memanas sebelum ditenangkan aparat Polsek."
        ),
        opinion=(
            "Selisih tipis dan tudingan pemilih dari luar akan menjadi bahan sengketa. Perlu penjelasan "
            "terbuka panitia mengenai daftar pemilih."
        ),
        who="Pendukung calon nomor urut 1 dan 2; panitia {pilkades} {desa}",
        why="Dugaan pemilih dari luar kampung ikut mencoblos",
    ),
    _fixed(
        "kubar-wa-rencana-ke-camat",
        "64.07.12.2010",
        23,
        "10:00",
        grade="C3",
        issue_key=PILKADES_ISSUE_KEY,
        domain="politik",
        theme="sengketa_hasil",
        severity=1,
        channel="whatsapp",
        title="Pendukung calon kalah rencanakan datangi kantor camat",
        text=(
            "kt pendukung calon no 1 {desa_nama} bsk mau ke kantor camat {kec} bawa massa, minta hitung "
            "ulang. td malem udh rapat di rumah salah satu tokoh. ada yg bilang klo gk diturutin mau segel "
            "balai kampung. semoga aman2 aja"
        ),
        who="Pendukung calon nomor urut 1 di {desa_nama}",
        why="Penolakan hasil {pilkades}",
    ),
    _fixed(
        "kubar-massa-kantor-camat",
        "64.07.12",
        22,
        "09:00",
        grade="B2",
        issue_key=PILKADES_ISSUE_KEY,
        domain="politik",
        theme="sengketa_hasil",
        severity=2,
        channel="field_report",
        title="Pendukung calon petinggi datangi Kantor Camat Bongan",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, sekitar 80 pendukung calon "
            "petinggi nomor urut 1 Kampung Penawai mendatangi Kantor Camat {kec}, {kab}. Massa menuntut "
            "penghitungan suara ulang dan pemeriksaan daftar pemilih. Perwakilan massa diterima Camat, "
            "Kapolsek dan perwakilan DPMK. Camat menjelaskan keberatan akan diteruskan ke panitia tingkat "
            "kabupaten. Massa membubarkan diri sekitar pukul 11.30 WITA dengan tertib."
        ),
        opinion=(
            "Situasi terkendali. Mediasi DPMK perlu segera dijadwalkan agar tidak ada aksi penyegelan balai kampung."
        ),
        who="Sekitar 80 pendukung calon nomor urut 1 Kampung Penawai; Camat dan Kapolsek {kec}",
        why="Tuntutan penghitungan suara ulang pemilihan petinggi",
    ),
    _fixed(
        "kubar-berita-mediasi-dpmk",
        "64.07",
        20,
        "14:00",
        grade="B2",
        issue_key=PILKADES_ISSUE_KEY,
        domain="politik",
        theme="pilkades",
        severity=1,
        channel="news",
        title="Sengketa pemilihan petinggi Penawai, DPMK Kubar fasilitasi mediasi",
        text=(
            "{dateline} – Dinas Pemberdayaan Masyarakat dan Kampung (DPMK) Kutai Barat memfasilitasi mediasi "
            "sengketa hasil pemilihan petinggi Kampung Penawai, Kecamatan Bongan, pada {tgl_berita}. Kedua "
            "calon hadir didampingi tim masing-masing. Panitia kabupaten akan memverifikasi daftar pemilih "
            "yang dipersoalkan sebelum pelantikan. Kedua pihak sepakat menjaga situasi kampung tetap "
            "kondusif."
        ),
        who="DPMK Kutai Barat; kedua calon petinggi Kampung Penawai dan tim masing-masing",
        why="Sengketa hasil pemilihan petinggi",
        source="Sendawar Pos (RSS)",
    ),
    _fixed(
        "kubar-hoaks-surat-suara",
        "64.07.12.2010",
        19,
        "19:00",
        grade="D5",
        issue_key=PILKADES_ISSUE_KEY,
        domain="politik",
        theme="hoaks",
        severity=1,
        channel="whatsapp",
        title="Pesan berantai: surat suara tercoblos ditemukan di rumah panitia",
        text=(
            "BREAKING!! ditemukan 1 kardus surat suara udh dicoblos di rumah panitia pemilihan petinggi "
            "{desa_nama}, fotonya ada!! ini bukti kecurangan, pelantikan hrs dibatalkan. warga {kec} jgn "
            "diam!!! sebarkan sblm dihapus"
        ),
        who="Penyebar pesan berantai tak dikenal; panitia pemilihan petinggi {desa_nama}",
        why="Disinformasi yang memanaskan sengketa hasil pemilihan petinggi",
    ),
)

KOMINDA_AND_SCOPE: tuple[Fixed, ...] = (
    _fixed(
        "berau-kominda-jalur-sabu",
        "64.03.07.2003",
        15,
        "10:00",
        grade="B2",
        domain="sosial",
        theme="narkoba",
        severity=1,
        channel="email",
        marking="rahasia",
        title="Nota informasi: dugaan jalur masuk sabu melalui perairan Tanjung Batu",
        text=(
            "NOTA INFORMASI. Diperoleh keterangan bahwa dalam dua bulan terakhir beberapa speedboat tanpa "
            "nama bersandar pada dini hari di dermaga rakyat {desa}, Kecamatan {kec}, {kab}, dan menurunkan "
            "muatan yang diduga sabu dari arah perairan perbatasan. Muatan dijemput kendaraan roda empat "
            "menuju Tanjung Redeb. Sebagian warga mengetahui aktivitas ini namun enggan melapor karena "
            "takut."
        ),
        opinion="Perlu konfirmasi bersama BNNK dan Polairud. Kerahasiaan sumber harus dijaga.",
        who="Jaringan pengedar (belum diketahui); warga sekitar dermaga {desa}",
        why="Peredaran narkotika lintas perairan",
        source=_KOMINDA,
    ),
    _fixed(
        "berau-dialog-hutan-kampung-merabu",
        "64.03.01.2001",
        12,
        "10:00",
        grade="B2",
        author="operator.berau",
        domain="budaya",
        theme="hak_adat",
        severity=1,
        channel="field_report",
        title="Dialog Kampung Merabu soal batas hutan kampung dan jalan logging",
        text=(
            "Pada hari {hari} tanggal {tanggal} sekitar pukul {jam} WITA, di balai {desa}, Kecamatan {kec}, "
            "{kab}, berlangsung dialog antara aparat kampung, lembaga adat dan perwakilan pemegang izin "
            "konsesi kayu mengenai batas hutan kampung. Warga meminta jalur logging tidak melewati kawasan "
            "karst dan gua yang dianggap penting bagi kampung. Perusahaan bersedia meninjau ulang rencana "
            "jalan. Dialog berlangsung tertib."
        ),
        opinion=("Belum ada kerawanan; kesepakatan perlu dikawal agar tidak menjadi sengketa di kemudian hari."),
        who="Aparat dan lembaga adat {desa}; pemegang izin konsesi kayu",
        why="Rencana jalan logging melewati kawasan karst milik kampung",
    ),
    _fixed(
        "smd-kominda-massa-bayaran",
        "64.72",
        18,
        "11:00",
        grade="B3",
        domain="politik",
        theme="mobilisasi_massa",
        severity=1,
        channel="email",
        marking="rahasia",
        title="Nota informasi: rekrutmen massa bayaran untuk aksi di Samarinda",
        text=(
            "NOTA INFORMASI. Diperoleh keterangan bahwa seorang koordinator lapangan berinisial "
            "{inisial_saja} merekrut sekitar {n_sedang} orang dengan imbalan uang untuk ikut unjuk rasa yang "
            "akan digelar di depan Kantor Gubernur Kalimantan Timur, {kab}, pekan depan. Sebagian peserta "
            "adalah pemuda dari luar kota. Isu yang diusung terkait tuntutan perbaikan jalan, namun "
            "penyandang dananya diduga memiliki kepentingan politik."
        ),
        opinion=(
            "Perlu pemetaan penyandang dana dan koordinasi dengan Polresta tanpa menghalangi hak menyampaikan pendapat."
        ),
        who="Koordinator lapangan berinisial {inisial_saja}; massa bayaran dari dalam dan luar kota",
        why="Dugaan kepentingan politik di balik rencana aksi",
        source=_KOMINDA,
    ),
    _fixed(
        "ppu-kominda-calo-tanah",
        "64.09.04.1006",
        13,
        "10:00",
        grade="B3",
        domain="sosial",
        theme="sengketa_lahan",
        category="ikn",
        severity=1,
        channel="email",
        marking="rahasia",
        title="Nota informasi: perantara tanah hasut warga tolak penilaian ganti rugi",
        text=(
            "NOTA INFORMASI. Di {desa}, Kecamatan {kec}, {kab}, terpantau beberapa orang perantara jual beli "
            "tanah mendatangi warga pemilik lahan terdampak proyek penunjang IKN. Mereka menghasut warga "
            "menolak hasil penilaian ganti rugi dan menawarkan 'pengurusan' dengan imbalan persentase dari "
            "nilai ganti rugi. Sebagian warga telah menandatangani surat kuasa kepada perantara tersebut."
        ),
        opinion=("Berpotensi memperpanjang sengketa ganti rugi IKN dan merugikan warga; perlu sosialisasi langsung."),
        who="Perantara jual beli tanah; warga pemilik lahan terdampak di {desa}",
        why="Kepentingan perantara atas dana ganti rugi lahan IKN",
        source=_KOMINDA,
    ),
)

MATTERS: tuple[Fixed, ...] = LABOUR_DISPUTE + PILKADES_DISPUTE + KOMINDA_AND_SCOPE + HARD_NEGATIVES
