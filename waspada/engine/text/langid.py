"""Language of a report: "id", "ms", "en", "ar", "zh" or "und".

lingua (high-accuracy mode) is restricted to the languages Waspada meets in Latin script: Indonesian, Malay
and English. Arabic (prayers and greetings forwarded in WhatsApp groups) and Chinese are told by their
script, which needs no model (lingua with them too takes 165 MB instead of 88 MB). lingua 2.1 has no model
for Javanese, Sundanese, Banjar or Kutai, so text in a regional language is reported as the closest
supported language, usually "id"; its common words are read by the slang table instead.

lingua alone is not enough between Indonesian and Malay, the same language in two standards: on short
texts it calls plain Indonesian Malay ("saya tidak tahu", "aman"), and about 3 % of colloquial Indonesian
reviews get "ms" with a confidence near 1. So the choice between the two rests on words where the standards
differ (kerana/karena, polis/polisi, kerajaan/pemerintah, wang/uang…, and Indonesian chat slang). Without
such words a text is Malay only when lingua is very sure and the text is long enough; otherwise it is
Indonesian, the language of nearly everything Waspada reads. Texts of one or two words never reach lingua:
there the word lists decide, and a Latin-script word without other evidence is taken as Indonesian. Nor do
texts whose distinguishing words all point one way and that are not English: lingua could not change the
answer, so most Indonesian reports are decided by the word lists alone, at a fraction of the cost.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from waspada.engine.text.normalize import BREAKS, tokenize
from waspada.engine.text.slang import ENGLISH_CHAT_WORDS, SLANG

_RULES_VERSION = "2"


def _lingua_version() -> str:
    try:
        return version("lingua-language-detector")
    except PackageNotFoundError:
        return "none"


LANGID_VERSION = f"{_RULES_VERSION}+lingua-{_lingua_version()}"

UNDETERMINED = "und"
LANGUAGES = ("id", "ms", "en", "ar", "zh")

# Only the first words are read: language does not change halfway through a report. lingua's cost grows
# with the length of the text, and on its first 20 words it is as accurate here as on the whole text.
MAX_WORDS = 256
LINGUA_WORDS = 20
# Up to this many words the word lists decide; lingua is unreliable on so little text.
SHORT_WORDS = 2
# Without distinguishing words, "ms" needs lingua this sure on at least this many words.
MALAY_MIN_CONFIDENCE = 0.95
MALAY_MIN_WORDS = 4
# English on a short text needs lingua this sure ("demo", "oke" are Indonesian words too).
ENGLISH_MIN_CONFIDENCE_SHORT = 0.7
SHORT_TEXT_WORDS = 5


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words used alike in Indonesian and Malay; they make a text "Indonesian or Malay" without choosing.
_SHARED = _words(
    """
    yang dan di ke dari ini itu dengan untuk pada juga ada atau akan dalam tidak kami mereka saya kita
    sudah telah oleh sebagai bagi lebih dapat adalah ialah serta namun tetapi masih belum sangat hanya
    saja para warga orang antara secara kepada harus jika kalau maka agar setelah sebelum hari tahun
    baru lagi semua banyak ia dia beliau tersebut kata berkata menurut bahwa pun lalu kini apa siapa
    mana bagaimana mengapa kenapa tanpa bukan jangan mau ingin sejak hingga sampai masa semasa
    """
)

# Standard or colloquial Indonesian words that Malaysian Malay writes differently or does not use.
_INDONESIAN_WORDS = _words(
    """
    karena yaitu bisa polisi pemerintah pemerintahan uang mobil kantor kabupaten kecamatan kelurahan
    bupati walikota gubernur camat lurah kades rp rupiah kemarin bilang ketemu coba pikir paham banget
    dong sih kok nih deh aja gak nggak enggak kayak gimana udah laki persen perusahaan provinsi tanggal
    karyawan aparat ormas dprd dpr tni polri polres polsek polda kapolres kapolsek dandim babinsa
    bhabinkamtibmas satpol sore besok jelek gue elo sepeda truk pabrik puskesmas silakan bentrok ricuh
    kericuhan unjuk mediasi lahan tambang lho dimana kemana lumayan cocok antre antri antrean sopir supir
    mampir bareng gampang pacar libur liburan menit kursi kamar parkir pelayanan telepon televisi ponsel
    nomor dokter apotek bioskop sepatu celana pesawat gratis wisatawan wisata karcis seru keren kelihatan
    ngobrol enakan ketawa capek bikin pengen kepengen mantap lagian bakal sempet kasihan ribut heboh
    """
)

# Chat words that Malaysian Malay shares: they say nothing about which of the two a text is.
_SHARED_COLLOQUIAL = _words("aku dah ni tu tuh kau tak je kat pak bu ok oke okey sorry thanks please bro sis")

_INDONESIAN = (_INDONESIAN_WORDS | frozenset(key for key in SLANG if len(key) > 1)) - (
    _SHARED | _SHARED_COLLOQUIAL | ENGLISH_CHAT_WORDS
)

# Malaysian Malay words (spellings and vocabulary) that Indonesian does not use in the same way.
_MALAY = _words(
    """
    kerana iaitu polis wang hospital sahaja mahu selepas kenderaan persekutuan ringgit encik puan cik
    sebarang sesiapa awak lelaki baharu cuba khabar fikir faham peratus peratusan mesyuarat
    siasatan disiasat disyaki syak mangsa bomba syarikat dikesan berhampiran sempadan majikan belia jom
    diisytiharkan isytihar projek terbabas terjejas runcit pengundi syarahan amaran pembaikan
    pampasan motosikal kilang borang mamak membimbangkan bertenang maklumat sila keperluan tempatan
    majlis setiausaha sedar sedarkan dijangka berterusan lebuhraya lebuh tarikh reman pendakwa sabitan
    seramai berbanding kemaskini dimaklumkan bagaimanapun menerusi rakan kualiti aktiviti fasiliti
    komuniti universiti kapasiti identiti realiti telefon televisyen kerusi bilik nombor minit doktor
    teksi lori basikal kasut seluar pawagam cuti berpatutan perkhidmatan pelancong pelancongan
    tandas tempahan percutian nak rosak
    """
) - (_SHARED | _INDONESIAN)  # the three sets are disjoint, so a word counts for one side only

_ENGLISH = _words(
    """
    the and of to in is are was were that for it with on as by this be at from have has had not will
    an or they their which we you he she but been would can about more after people said there what
    when who also its into than other some could them these then only over such our most my your
    i me do does did don't no yes please thanks thank hello good morning night today tomorrow yesterday
    """
)

_LINGUA_CODES = {"INDONESIAN": "id", "MALAY": "ms", "ENGLISH": "en"}

_detector: Any = None
_detector_lock = threading.Lock()


def lingua_detector() -> Any | None:
    """The one lingua detector of this process, built on first use (~1.5 s, 88 MB preloaded); thread-safe.

    Call it once when a worker starts so that no report waits for the models.

    None when lingua is not installed: language identification then uses the word lists alone.
    """
    global _detector
    if _detector is None:
        with _detector_lock:
            if _detector is None:
                _detector = _build_detector()
    return _detector if _detector is not False else None


def _build_detector() -> Any:
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover - lingua is a declared dependency
        return False
    languages = [getattr(Language, name) for name in _LINGUA_CODES]
    return LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()


def _letters(tokens: Iterable[str]) -> list[str]:
    # tokens are runs of letters and digits (or break marks): one that is not numeric has a letter
    return [t for t in tokens if t not in BREAKS and not t.isnumeric()]


def _counts(words: Sequence[str]) -> tuple[int, int, int, int]:
    indonesian = malay = english = shared = 0
    for word in words:
        if word in _INDONESIAN:
            indonesian += 1
        elif word in _MALAY:
            malay += 1
        elif word in _SHARED:
            shared += 1
        if word in _ENGLISH:
            english += 1
    return indonesian, malay, english, shared + indonesian + malay


def _decided_by_words(counts: tuple[int, int, int, int]) -> str | None:
    """The answer when lingua could not change it: distinguishing words on one side, not English."""
    indonesian, malay, english, family = counts
    if english >= family or indonesian == malay:
        return None
    return "id" if indonesian > malay else "ms"


def _script(words: Sequence[str]) -> str | None:
    """ "ar" or "zh" when most letters are Arabic or Han script, else None (Latin or mixed)."""
    if "".join(words).isascii():
        return None  # no Arabic or Han letter: the count below would find none (nearly every report)
    return _script_by_letters(words)


def _script_by_letters(words: Sequence[str]) -> str | None:
    arabic = han = other = 0
    for word in words:
        for char in word:
            if "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f":
                arabic += 1
            elif "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
                han += 1
            elif char.isalpha():
                other += 1
    if arabic > other and arabic >= han:
        return "ar"
    if han > other:
        return "zh"
    return None


def _by_words(words: Sequence[str]) -> str:
    """The word-list decision, used alone for very short texts and when lingua is missing."""
    indonesian, malay, english, family = _counts(words)
    if english > family:
        return "en"
    if malay > indonesian:
        return "ms"
    return "id"


def _decide(words: Sequence[str], confidences: dict[str, float]) -> str:
    indonesian, malay, english, family = _counts(words)
    best = max(confidences, key=confidences.__getitem__) if confidences else UNDETERMINED
    if best == "en":
        short = len(words) <= SHORT_TEXT_WORDS
        if english >= family and (not short or confidences["en"] >= ENGLISH_MIN_CONFIDENCE_SHORT or english):
            return "en"
    if malay > indonesian:
        return "ms"
    if indonesian > malay:
        return "id"
    if best == "ms" and confidences["ms"] >= MALAY_MIN_CONFIDENCE and len(words) >= MALAY_MIN_WORDS:
        return "ms"
    return "id"


def _prepare(tokens: Iterable[str] | str) -> list[str]:
    source = tokenize(tokens) if isinstance(tokens, str) else tokens
    return _letters(source)[:MAX_WORDS]


def detect_language(tokens: Iterable[str]) -> str:
    """Language of a text given as ``tokenize`` output (a plain ``str`` is tokenised first).

    Returns an ISO 639-1 code from ``LANGUAGES`` or "und" when there is no word at all.
    """
    words = _prepare(tokens)
    if not words:
        return UNDETERMINED
    script = _script(words)
    if script is not None:
        return script
    if len(words) <= SHORT_WORDS:
        return _by_words(words)
    # lingua only decides what the words leave open: most Indonesian reports never need it
    decided = _decided_by_words(_counts(words))
    if decided is not None:
        return decided
    detector = lingua_detector()
    if detector is None:
        return _by_words(words)
    values = detector.compute_language_confidence_values(" ".join(words[:LINGUA_WORDS]))
    return _decide(words, {_LINGUA_CODES[v.language.name]: v.value for v in values})


def detect_languages(texts: Sequence[Iterable[str] | str]) -> list[str]:
    """``detect_language`` for many texts at once; lingua spreads the batch over every core."""
    prepared = [_prepare(text) for text in texts]
    out = [UNDETERMINED if not words else _script(words) or "" for words in prepared]
    for i, code in enumerate(out):
        if code == "":
            words = prepared[i]
            out[i] = _by_words(words) if len(words) <= SHORT_WORDS else _decided_by_words(_counts(words)) or ""
    todo = [i for i, code in enumerate(out) if code == ""]
    if not todo:
        return out
    detector = lingua_detector()
    if detector is None:
        for i in todo:
            out[i] = _by_words(prepared[i])
    else:
        batch = detector.compute_language_confidence_values_in_parallel(
            [" ".join(prepared[i][:LINGUA_WORDS]) for i in todo]
        )
        for i, values in zip(todo, batch, strict=True):
            out[i] = _decide(prepared[i], {_LINGUA_CODES[v.language.name]: v.value for v in values})
    return out
