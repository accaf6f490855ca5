"""Waspada's own aliases for places in Kalimantan Timur: alias → Kemendagri code.

Choices worth knowing:

* "BPN" is **not** an alias of Balikpapan: in reports it almost always means Badan Pertanahan Nasional,
  a central actor in the land disputes Waspada watches; "Bpp" is the Balikpapan abbreviation kept, as a
  weak alias (lower confidence), because "BPP" is also Balai Penyuluhan Pertanian.
* IKN has no Kemendagri code of its own. Its core area (KIPP) lies in Kecamatan Sepaku, Kabupaten Penajam
  Paser Utara, so "IKN" and "Ibu Kota Nusantara" point at 64.09.04 (Sepaku). Bare "Nusantara" is left out:
  "wawasan nusantara" and "Nusantara" as the archipelago are far more common than the city.
* Kabupaten seats that people use for the whole kabupaten (Tenggarong, Sangatta, Tanjung Redeb, Sendawar,
  Ujoh Bilang, Penajam, Tana Paser, Tanah Grogot) point at the kabupaten; when the kabupaten is also named in a text,
  the gazetteer prefers the more specific kecamatan of the same name.
"""

from __future__ import annotations

KALTIM_ALIASES: dict[str, str] = {
    "Kaltim": "64",
    "Kalimantan Timur": "64",
    "Benua Etam": "64",
    "Paser": "64.01",
    "Tana Paser": "64.01",
    "Tanah Grogot": "64.01",
    "Kukar": "64.02",
    "Kutai Kartanegara": "64.02",
    "Tenggarong": "64.02",
    "Berau": "64.03",
    "Tanjung Redeb": "64.03",
    "Tanjung Redep": "64.03",
    "Kubar": "64.07",
    "Kutai Barat": "64.07",
    "Sendawar": "64.07",
    "Kutim": "64.08",
    "Kutai Timur": "64.08",
    "Sangatta": "64.08",
    "Sangata": "64.08",
    "PPU": "64.09",
    "Penajam Paser Utara": "64.09",
    "Penajam": "64.09",
    "Mahulu": "64.11",
    "Mahakam Ulu": "64.11",
    "Ujoh Bilang": "64.11",
    "Balikpapan": "64.71",
    "Bpp": "64.71",
    "Samarinda": "64.72",
    "Smd": "64.72",
    "Bontang": "64.74",
    "IKN": "64.09.04",
    "Ibu Kota Nusantara": "64.09.04",
    "Ibukota Nusantara": "64.09.04",
    "Ibu Kota Negara Nusantara": "64.09.04",
}

# Aliases that are also ordinary abbreviations of something else: matched, but with low confidence.
KALTIM_WEAK_ALIASES: frozenset[str] = frozenset({"bpp", "smd"})
