"""Normalisation: what a WhatsApp message becomes before the lexicons read it, and the language guess."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waspada.engine.text import (
    BOUNDARY,
    CLAUSE,
    Normalizer,
    detect_language,
    fold_for_matching,
    fold_key,
    langid,
    normalize,
    squeeze_repeats,
    tokenize,
)
from waspada.engine.text.langid import (
    LANGUAGES,
    _script,
    _script_by_letters,
    detect_languages,
    lingua_detector,
)
from waspada.engine.text.slang import ENGLISH_CHAT_WORDS, SLANG, _parse


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
    assert len(SLANG) >= 1_000
    for key, value in SLANG.items():
        assert key == key.lower().strip() and " " not in key and key.isalnum(), key
        assert key != value and key not in value.split(), key  # nothing maps to itself
        assert normalize(value) == value, key  # what a key stands for is already standard: no chains, no cycles
        assert all(word.isalpha() and word.islower() for word in value.split()), key


def test_no_standard_word_read_by_the_lexicons_is_a_slang_key() -> None:
    values = {word for value in SLANG.values() for word in value.split()}
    assert values.isdisjoint(SLANG)


@pytest.mark.parametrize(
    "word",
    ["kaya", "asap", "bisa", "tak", "apik", "besuk", "mangan", "karo", "uda", "perum", "pkl", "km", "kk", "pas"],
)
def test_standard_words_with_another_meaning_are_not_slang(word: str) -> None:
    assert word not in SLANG


def test_kilometres_and_family_cards_survive_normalisation() -> None:
    assert normalize("portal di km 12, 43 KK terdampak, Perum Bulog dan PKL") == (
        "portal di km 12 43 kk terdampak perum bulog dan pkl"
    )


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # Banjar, Kutai, Javanese and Sundanese words heard in Kalimantan Timur
        ("ulun kada handak bulik", "saya tidak mau pulang"),
        ("bubuhan ikam sarik", "kelompok kamu marah"),
        ("pian kawa tulak kaina", "anda bisa pergi nanti"),
        ("benua etam", "benua kita"),
        ("ojo lali saiki kudu mlaku", "jangan lali sekarang harus berjalan"),
        ("teu acan punten", "tidak acan permisi"),
        # alay and digit spellings
        ("akoe ciyus bingits", "saya serius banget"),
        ("cemungut kk", "semangat kk"),
        ("se7 di t4 itu", "setuju di tempat itu"),
        # misspellings of standard forms and conflict verbs
        ("disini kemana dimana", "di sini ke mana di mana"),
        ("massa ngeroyok dan dibakarin, pelaku ketangkep", "massa mengeroyok dan dibakar pelaku tertangkap"),
        ("wkwk gaes btw otw", "omong omong sedang menuju"),
    ],
)
def test_regional_alay_and_colloquial_spellings_read_as_standard_indonesian(written: str, read: str) -> None:
    assert normalize(written) == read


def test_a_slang_table_with_a_variant_listed_twice_is_refused() -> None:
    assert _parse("tidak: gk ga\n# comment\n-: wkwk") == {"gk": "tidak", "ga": "tidak", "wkwk": ""}
    with pytest.raises(ValueError, match="twice"):
        _parse("tidak: gk\nbukan: gk")
    with pytest.raises(ValueError, match="not 'standard"):
        _parse("tidak gk")


def test_english_chat_words_are_marked_as_english() -> None:
    assert {"thanks", "please", "btw", "meeting"} <= ENGLISH_CHAT_WORDS <= SLANG.keys()
    assert "yg" not in ENGLISH_CHAT_WORDS


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
        ("Pihak berkuasa menasihati orang ramai supaya bertenang selepas kejadian", "ms"),
        ("السلام عليكم ورحمة الله", "ar"),
        ("请大家注意安全", "zh"),
        ("🙏🙏🙏", "und"),
        ("123 456", "und"),
        ("", "und"),
    ],
)
def test_the_language_of_a_report(text: str, language: str) -> None:
    assert detect_language(tokenize(text)) == language
    assert detect_language(text) == language  # a plain string is tokenised first


@pytest.mark.parametrize(
    "text",
    ["aman", "demo", "siap ndan", "saya tidak tahu", "hati hati di jalan", "tolong bantu sebarkan", "ok siap"],
)
def test_short_indonesian_is_not_taken_for_malay_or_english(text: str) -> None:
    # lingua alone calls "saya tidak tahu" and "aman" Malay and "demo" English
    assert detect_language(text) == "id"


def test_short_english_with_english_words_is_english() -> None:
    assert detect_language("thanks for the update") == "en"
    assert detect_language("see you tomorrow") == "en"


def test_many_texts_at_once_agree_with_one_at_a_time() -> None:
    texts = ["Warga menolak tambang", "The road is closed", "Kerajaan negeri menafikan dakwaan itu kerana", "", "ok"]
    assert detect_languages(texts) == [detect_language(t) for t in texts]
    assert set(detect_languages(texts)) <= {*LANGUAGES, "und"}


def test_the_detector_is_built_once_and_shared_between_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        detectors = list(pool.map(lambda _: lingua_detector(), range(8)))
    assert all(d is detectors[0] for d in detectors) and detectors[0] is not None


def test_without_lingua_the_word_lists_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(langid, "lingua_detector", lambda: None)
    assert detect_language("Warga menolak tambang karena lahan belum dibayar") == "id"
    assert detect_language("Polis berkata wang pampasan belum dibayar kerana") == "ms"
    assert detect_language("The police said that the road was closed") == "en"


def test_deciding_by_words_first_never_changes_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "Warga menolak tambang karena lahan belum dibayar perusahaan",
        "gk ada apa2 kok, aman aja",
        "Polis berkata wang pampasan belum dibayar kerana banjir",
        "Kerajaan negeri menasihati orang ramai supaya bertenang",
        "The police said the road was closed",
        "warga sudah pulang ke rumah masing masing",
        "Saya tidak tahu apa yang berlaku semalam",
    ]
    quick = [detect_language(t) for t in texts]
    monkeypatch.setattr(langid, "_decided_by_words", lambda counts: None)
    assert [detect_language(t) for t in texts] == quick


@settings(max_examples=500, database=None)
@given(st.text())
def test_fold_key_is_the_folded_text_without_offsets(text: str) -> None:
    assert fold_key(text) == fold_for_matching(text).text


@pytest.mark.parametrize(
    "text",
    [
        "warga desa memblokade jalan",
        "",
        "السلام عليكم ورحمة الله",
        "bismillah السلام عليكم",
        "中文 新闻 samarinda",
        "café naïve",
        "123 456",
    ],
)
def test_the_script_shortcut_for_plain_latin_text_answers_as_counting_letters(text: str) -> None:
    words = [text, *text.split()]
    assert _script(words) == _script_by_letters(words)
    assert _script(text.split()) == _script_by_letters(text.split())
