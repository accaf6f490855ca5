"""A cheap language guess from function words: "id", "ms", "en" or "und".

A stand-in until lingua takes over: it only has to tell Indonesian reports from English and Malay ones.
Malay and Indonesian share most function words, so the choice between them rests on words where the two
standards differ (kerana/karena, polis/polisi, kerajaan/pemerintah, wang/uang…).
"""

from __future__ import annotations

from collections.abc import Iterable

from waspada.engine.text.slang import SLANG

LANGID_VERSION = "heuristic-1"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SHARED = _words(
    """
    yang dan di ke dari ini itu dengan untuk pada juga ada atau akan dalam tidak kami mereka saya kita
    sudah telah oleh sebagai bagi lebih dapat adalah ialah serta namun tetapi masih belum sangat hanya
    saja para warga orang antara secara kepada harus jika kalau maka agar setelah sebelum hari tahun
    baru lagi semua banyak ia dia beliau tersebut kata berkata menurut bahwa pun lalu kini apa siapa
    mana bagaimana mengapa kenapa tanpa bukan jangan mau ingin sejak hingga sampai masa semasa
    """
)

_INDONESIAN = (
    _words(
        """
    karena yaitu bisa polisi pemerintah uang mobil kantor kabupaten kecamatan kelurahan desa bupati
    walikota gubernur camat lurah kades rp rupiah sekarang kemarin bilang ketemu coba pikir paham baru
    banget dong sih kok nih deh aja gak nggak enggak tapi sama kayak gimana udah belum laki persen
    """
    )
    | frozenset(key for key in SLANG if len(key) > 1)
) - _SHARED

_MALAY = _words(
    """
    kerana iaitu polis kerajaan wang kereta pejabat hospital sahaja mahu hendak bagaimanapun selepas
    kenderaan jabatan negeri persekutuan ringgit encik puan cik manakala sebarang sesiapa awak lelaki
    baharu cuba percuma kedai khabar fikir faham peratus bilangan ahli
    """
)

_ENGLISH = _words(
    """
    the and of to in is are was were that for it with on as by this be at from have has had not will
    an or they their which we you he she but been would can about more after people said there what
    when who also its into than other some could them these then only over such our most
    """
)


def detect_language(tokens: Iterable[str]) -> str:
    """Guess the language of already-tokenised, lower-cased words (no slang normalisation applied)."""
    words = [t for t in tokens if t.isalpha()]
    if not words:
        return "und"
    english = sum(w in _ENGLISH for w in words)
    indonesian = sum(w in _INDONESIAN for w in words)
    malay = sum(w in _MALAY for w in words)
    family = sum(w in _SHARED for w in words) + indonesian + malay
    needed = 1 if len(words) < 10 else 0.1 * len(words)
    if english > family and english >= needed:
        return "en"
    if family >= needed:
        return "ms" if malay > indonesian else "id"
    return "und"
