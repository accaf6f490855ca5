"""Waspada's own aliases for places elsewhere in Indonesia: alias → Kemendagri code.

Two kinds, both plain facts of usage:

* the short names of provinces used in news and reports ("Jatim", "Kalsel", "NTT", "DKI Jakarta"), so that
  a province named in passing gives context to the kabupaten next to it ("Kabupaten Banjar, Kalsel");
* spellings of kota names that differ from the Kemendagri table only by a space ("Palangka Raya" is the
  official spelling, the table has "Palangkaraya"; "Pangkalpinang" is written joined as often as not).

Bare "Jogja"/"Yogya" are left out: they mean the city as often as the province.
"""

from __future__ import annotations

NATIONAL_ALIASES: dict[str, str] = {
    # provinces
    "Sumut": "12",
    "Sumbar": "13",
    "Sumsel": "16",
    "Babel": "19",
    "Bangka Belitung": "19",
    "Kepri": "21",
    "DKI Jakarta": "31",
    "DKI": "31",
    "Jakarta": "31",
    "Jabar": "32",
    "Jateng": "33",
    "DIY": "34",
    "Jatim": "35",
    "NTB": "52",
    "NTT": "53",
    "Kalbar": "61",
    "Kalteng": "62",
    "Kalsel": "63",
    "Kaltara": "65",
    "Sulut": "71",
    "Sulteng": "72",
    "Sulsel": "73",
    "Sultra": "74",
    "Sulbar": "76",
    "Malut": "82",
    # kota names spelt with or without a space
    "Pematang Siantar": "12.72",
    "Tanjung Balai": "12.74",
    "Padang Sidempuan": "12.77",
    "Padangsidempuan": "12.77",
    "Padang Sidimpuan": "12.77",
    "Gunung Sitoli": "12.78",
    "Sawah Lunto": "13.73",
    "Paya Kumbuh": "13.76",
    "Pagaralam": "16.72",
    "Lubuklinggau": "16.73",
    "Bandarlampung": "18.71",
    "Pangkalpinang": "19.71",
    "Tanjungpinang": "21.72",
    "Palangka Raya": "62.71",
    "Banjar Baru": "63.72",
}
