"""Text normalisation for matching: Unicode folding, tokens, and colloquial spelling repaired.

Two views of a text are produced:

* ``fold_for_matching`` keeps a map back to the original characters, so places found in it have valid
  spans in the original text;
* ``Normalizer.tokens`` gives standard-Indonesian tokens for the lexicons ("gk trima bgt" → "tidak
  terima banget"), with ``BOUNDARY`` tokens where a sentence ends and ``CLAUSE`` tokens for commas.
"""

from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from waspada.engine.text.slang import ALPHANUMERIC_CODES, DOUBLE_LETTER_WORDS, NYA_WORDS, SLANG

NORMALIZER_VERSION = "2"

# Sentence ends (. ! ? ; : and line breaks) and commas stay in the token stream, so that negation and
# speculation never reach across them; a comma also separates the items of a list ("X, Y maupun Z").
BOUNDARY = "|"
CLAUSE = ","
BREAKS = frozenset({BOUNDARY, CLAUSE})

# ---------------------------------------------------------------------------------------------------------
# Folding with offsets


@dataclass(frozen=True, slots=True)
class FoldedText:
    """Lower-cased, accent-free NFKC text where each non-alphanumeric run is one space, with a map back.

    The map is kept per word, not per character, so folding stays cheap; ``original_index`` resolves it.
    """

    text: str
    word_starts: tuple[int, ...]  # where each word starts in ``text``
    spaced_starts: tuple[int, ...]  # where it starts in the folded text before spaces were collapsed
    origin: tuple[int, ...] | None  # original index of each uncollapsed character; None when identical

    def original_index(self, index: int) -> int:
        word = bisect_right(self.word_starts, index) - 1
        spaced = self.spaced_starts[word] + index - self.word_starts[word]
        return spaced if self.origin is None else self.origin[spaced]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of folded ``[start, end)``; both ends must fall on alphanumerics."""
        return self.original_index(start), self.original_index(end - 1) + 1

    @property
    def offsets(self) -> tuple[int, ...]:
        """The original index of every folded character (for inspection and tests)."""
        return tuple(self.original_index(i) for i in range(len(self.text)))


_ASCII_TABLE = str.maketrans(
    {
        **{c: " " for c in string.printable if not c.isalnum()},
        **{c: c.lower() for c in string.ascii_uppercase},
    }
)
_NON_SPACE = re.compile(r"[^ ]+")


def _strip_marks(text: str) -> str:
    """NFKC without accents: "café" → "cafe", "Ｓａｍａｒｉｎｄａ" → "Samarinda", "ﬁ" → "fi"."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", bare)


def _fold(text: str) -> str:
    """Lower case after NFKC (so "𝓐" becomes "a"), then once more without marks ("İ".lower() has one)."""
    folded = _strip_marks(text).lower()
    return folded if folded.isascii() else _strip_marks(folded)


@lru_cache(maxsize=65_536)
def _fold_char(char: str) -> str:
    return "".join(c if c.isalnum() else " " for c in _fold(char))


def fold_for_matching(text: str) -> FoldedText:
    origin: tuple[int, ...] | None = None
    if text.isascii():
        spaced = text.translate(_ASCII_TABLE)
    else:
        table = {ord(char): _fold_char(char) for char in set(text)}
        spaced = text.translate(table)
        # "é" → "e", "–" → " ": one character for one, the offsets are the same; "ﬁ" → "fi" shifts them
        if any(len(folded) != 1 for folded in table.values()):
            positions: list[int] = []
            for index, char in enumerate(text):
                positions.extend([index] * len(table[ord(char)]))
            origin = tuple(positions)
    words: list[str] = []
    spaced_starts: list[int] = []
    for match in _NON_SPACE.finditer(spaced):
        words.append(match.group())
        spaced_starts.append(match.start())
    word_starts = tuple(accumulate((len(w) + 1 for w in words[:-1]), initial=0)) if words else ()
    return FoldedText(" ".join(words), word_starts, tuple(spaced_starts), origin)


def fold_key(name: str) -> str:
    """A name in the same folded form as ``fold_for_matching`` produces, for building pattern tables.

    The same result as ``fold_for_matching(name).text`` without the offsets, so that folding the 91,599
    names of the gazetteer stays cheap.
    """
    spaced = name.translate(_ASCII_TABLE) if name.isascii() else "".join(_fold_char(char) for char in name)
    return " ".join(word for word in spaced.split(" ") if word)


# ---------------------------------------------------------------------------------------------------------
# Tokens

_TOKEN = re.compile(r"[^\W_]+|[.,!?;:\n]+")
_LETTER_RUN = re.compile(r"([^\W\d_])\1{2,}")
_LAUGHTER = re.compile(r"(?:wk)+w?|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:xi){2,}")
_DIGIT_FOR_LETTER = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t", "8": "b", "9": "g"}
_VOWEL_DIGITS = frozenset("0134")
_TOKEN_CACHE_LIMIT = 200_000


def tokenize(text: str) -> tuple[str, ...]:
    """Lower-cased words without accents, with ``BOUNDARY`` and ``CLAUSE`` tokens for punctuation."""
    tokens: list[str] = []
    folded = text.lower() if text.isascii() else _fold(text)
    for raw in _TOKEN.findall(folded):
        if raw[0].isalnum():
            tokens.append(raw)
        else:
            _append_break(tokens, CLAUSE if raw.strip(",") == "" else BOUNDARY)
    if tokens and tokens[-1] in BREAKS:
        tokens.pop()
    return tuple(tokens)


def _append_break(tokens: list[str], mark: str) -> None:
    """One break between two words; a sentence end wins over a comma."""
    if not tokens:
        return
    if tokens[-1] in BREAKS:
        if mark == BOUNDARY:
            tokens[-1] = BOUNDARY
        return
    tokens.append(mark)


def squeeze_repeats(token: str, known: frozenset[str] = DOUBLE_LETTER_WORDS) -> str:
    """Letters repeated three or more times are stretched speech: "bangeeet" → "banget", "maaaf" → "maaf"."""
    if not _LETTER_RUN.search(token):
        return token
    double = _LETTER_RUN.sub(r"\1\1", token)
    return double if double in known else _LETTER_RUN.sub(r"\1", token)


def _digits_as_letters(token: str) -> str | None:
    """ "t4u" → "tau", "s4y4" → "saya"; None when the digits are not spelling (tahun, kode, nomor)."""
    letters = sum(c.isalpha() for c in token)
    if letters < 2 or token in ALPHANUMERIC_CODES:
        return None
    out = []
    for i, char in enumerate(token):
        if not char.isdigit():
            out.append(char)
            continue
        before = i > 0 and token[i - 1].isalpha()
        after = i + 1 < len(token) and token[i + 1].isalpha()
        if char not in _DIGIT_FOR_LETTER or not (before or after):
            return None
        # A trailing digit is spelling only for vowels in longer words: "s4y4" yes, "km5" or "mp3" no.
        if not after and (char not in _VOWEL_DIGITS or len(token) < 4):
            return None
        out.append(_DIGIT_FOR_LETTER[char])
    return "".join(out)


class Normalizer:
    """Maps raw tokens to standard Indonesian tokens; pure apart from a per-instance token cache."""

    version = NORMALIZER_VERSION

    def __init__(self, slang: Mapping[str, str] | None = None) -> None:
        self.slang = dict(SLANG if slang is None else slang)
        self._known = DOUBLE_LETTER_WORDS | frozenset(self.slang)
        self._cache: dict[str, tuple[str, ...]] = {}

    def tokens(self, text: str) -> tuple[str, ...]:
        return self.normalize_tokens(tokenize(text))

    def normalize(self, text: str) -> str:
        """The standard-Indonesian reading of a text as one space-separated string (no boundaries)."""
        return " ".join(t for t in self.tokens(text) if t not in BREAKS)

    def normalize_tokens(self, tokens: Iterable[str]) -> tuple[str, ...]:
        out: list[str] = []
        for token in tokens:
            if token in BREAKS:
                _append_break(out, token)
                continue
            mapped = self._cache.get(token)
            if mapped is None:
                mapped = self._normalize_token(token)
                if len(self._cache) >= _TOKEN_CACHE_LIMIT:
                    self._cache.clear()
                self._cache[token] = mapped
            out.extend(mapped)
        if out and out[-1] in BREAKS:
            out.pop()
        return tuple(out)

    def _normalize_token(self, token: str) -> tuple[str, ...]:
        if token in self.slang:
            return self._expand(self.slang[token])
        if _LAUGHTER.fullmatch(token):
            return ()
        word = squeeze_repeats(token, self._known)
        if any(c.isdigit() for c in word) and not word.isdigit():
            if word.endswith("2") and len(word) > 2 and word[:-1].isalpha():
                # "org2" is written reduplication: "orang orang"
                once = self._normalize_token(word[:-1])
                return once + once
            spelled = _digits_as_letters(word)
            if spelled is not None:
                word = squeeze_repeats(spelled, self._known)
        if word in self.slang:
            return self._expand(self.slang[word])
        if word.endswith("nya") and len(word) >= 6 and word not in NYA_WORDS:
            # the clitic is dropped so that "rumahnya dibakar" matches "rumah dibakar"
            base = word[:-3]
            return self._expand(self.slang.get(base, base))
        return (word,)

    @staticmethod
    def _expand(value: str) -> tuple[str, ...]:
        return tuple(value.split())


_DEFAULT = Normalizer()


def normalize(text: str) -> str:
    """Standard reading with the default slang table: "gk ada bentrok" → "tidak ada bentrok"."""
    return _DEFAULT.normalize(text)
