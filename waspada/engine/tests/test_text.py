"""Normalisation: what a WhatsApp message becomes before the lexicons read it, and the language guess."""

from __future__ import annotations

import pytest

from waspada.engine.text import (
    BOUNDARY,
    CLAUSE,
    Normalizer,
    detect_language,
    fold_for_matching,
    normalize,
    squeeze_repeats,
    tokenize,
)
from waspada.engine.text.slang import SLANG


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("gk", "tidak"),
        ("ga", "tidak"),
        ("nggak", "tidak"),
        ("tdk", "tidak"),
        ("yg", "yang"),
        ("dgn", "dengan"),
        ("sdh", "sudah"),
        ("udh", "sudah"),
        ("blm", "belum"),
        ("bgt", "banget"),
        ("org", "orang"),
        ("kmrn", "kemarin"),
        ("dr", "dari"),
        ("krn", "karena"),
        ("utk", "untuk"),
        ("pd", "pada"),
        ("sm", "sama"),
        ("jg", "juga"),
        ("aja", "saja"),
        ("gmn", "bagaimana"),
        ("knp", "kenapa"),
        ("gpp", "tidak apa apa"),
        ("kada", "tidak"),
    ],
)
def test_common_chat_abbreviations_read_as_standard_indonesian(written: str, read: str) -> None:
    assert normalize(written) == read


def test_a_whatsapp_complaint_reads_as_standard_indonesian() -> None:
    message = "Warga gk trima lahannya d gusur, udh demo kmrn tp blm ada tanggapan bangeeet!!"
    assert normalize(message) == (
        "warga tidak terima lahan di gusur sudah demo kemarin tapi belum ada tanggapan banget"
    )


def test_the_slang_table_is_large_and_well_formed() -> None:
    assert len(SLANG) >= 300
    for key, value in SLANG.items():
        assert key == key.lower().strip() and " " not in key, key
        assert normalize(value) == value, key  # what a key stands for is already standard


@pytest.mark.parametrize(
    ("word", "squeezed"),
    [("bangeeet", "banget"), ("parahhhh", "parah"), ("maaaaf", "maaf"), ("saaaat", "saat"), ("aman", "aman")],
)
def test_stretched_letters_are_squeezed(word: str, squeezed: str) -> None:
    assert squeeze_repeats(word, frozenset({"maaf", "saat"})) == squeezed


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("t4u", "tahu"),
        ("s4y4", "saya"),
        ("b3ntr0k", "bentrok"),
        ("org2", "orang orang"),
        ("hati2", "hati hati"),
        ("covid19", "covid19"),
        ("g30s", "g30s"),
        ("km5", "km5"),
        ("2024", "2024"),
    ],
)
def test_digits_standing_for_letters_are_read_as_letters_but_codes_stay(written: str, read: str) -> None:
    assert normalize(written) == read


def test_laughter_is_dropped_and_nya_clitic_is_detached() -> None:
    assert normalize("wkwkwk rumahnya dibakar hahaha") == "rumah dibakar"
    assert normalize("hanya katanya") == "hanya katanya"


def test_unicode_is_folded_with_nfkc_and_accents_removed() -> None:
    assert normalize("ＤＥＭＯ di Café") == "demo di cafe"


def test_punctuation_becomes_one_break_token_between_words() -> None:
    assert tokenize("Aman, tidak ada bentrok... Besok demo!") == (
        "aman",
        CLAUSE,
        "tidak",
        "ada",
        "bentrok",
        BOUNDARY,
        "besok",
        "demo",
    )


def test_a_custom_slang_table_can_replace_the_default() -> None:
    assert Normalizer({"bubuhan": "kelompok"}).normalize("bubuhan yg datang") == "kelompok yg datang"


def test_folding_keeps_a_map_back_to_the_original_characters() -> None:
    original = "Kab.  Kutai-Timur,\tﬁre Ｓａｍａｒｉｎｄａ"
    folded = fold_for_matching(original)
    assert folded.text == "kab kutai timur fire samarinda"
    start = folded.text.index("kutai timur")
    begin, end = folded.original_span(start, start + len("kutai timur"))
    assert original[begin:end] == "Kutai-Timur"
    start = folded.text.index("samarinda")
    begin, end = folded.original_span(start, start + len("samarinda"))
    assert original[begin:end] == "Ｓａｍａｒｉｎｄａ"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Warga Desa Sepaso menolak aktivitas tambang karena lahan mereka belum dibayar", "id"),
        ("warga gk trima lahannya d gusur udh demo kmrn", "id"),
        ("The police said that the protest in Samarinda was peaceful and no one was hurt", "en"),
        ("Polis berkata kerajaan negeri akan memberi wang pampasan kepada mangsa kerana banjir", "ms"),
        ("🙏🙏🙏", "und"),
        ("", "und"),
    ],
)
def test_language_is_guessed_from_function_words(text: str, language: str) -> None:
    assert detect_language(tokenize(text)) == language
