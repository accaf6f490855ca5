"""Near-duplicate reports: forwarded WhatsApp chains, syndicated news and copy-paste with light edits.

Every copy stays a report of its own; the index only says which earlier reports a text repeats, and groups
them into events (connected components of the "repeats" relation), so that a message forwarded to forty
groups counts once.

How two texts are compared:

1. ``comparable_text`` removes what forwarding and syndication add around a message (chain markers such as
   "Diteruskan" or "*FORWARD*", calls to spread it, datelines, "Baca juga" and editor lines, links, emoji)
   and reads the rest with the slang table ("yg gk tau" → "yang tidak tahu").
2. The text becomes overlapping shingles of five characters (word 3-grams are an option; characters
   forgive typos and retyping better, see ``bench/dedupe.py``); two texts repeat each other when the
   Jaccard similarity of their shingle sets, estimated by MinHash, reaches ``threshold``.
   Locality-sensitive hashing (datasketch) finds the candidates without comparing against every stored text.
3. Templated reports (a police release reused for a different arrest, a flood bulletin for another desa)
   share most of their shingles, so the numbers and the capitalised names of both texts are compared as
   well: when each text has names or numbers that the other lacks, the similarity is lowered in proportion.

Signatures hash shingles with numpy (``shingle_hashes``) and use datasketch's ``affine32`` permutations with
a fixed seed, so they are comparable between processes and after ``to_path``/``from_path``.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from waspada.engine.text.normalize import BREAKS, Normalizer

DEDUPE_VERSION = "1"
_FORMAT = "waspada-dedupe"
_SCHEME = "affine32"
_SEED = 1
_HASH = "fnv-shingles-32"

Unit = Literal["word", "char"]

# ---------------------------------------------------------------------------------------------------------
# What forwarding and syndication add around a message

# Short lines that only say the message was passed on, where it came from or who edited it. A long line
# that starts with "Fwd:" carries the message itself; its marker goes with the chain phrases below.
_BOILERPLATE_MAX = 80
_BOILERPLATE_LINE = re.compile(
    r"""^\W*(?:
        (?:diteruskan|forwarded|forward|fwd|fw|repost|copas|copy\s*paste|dari\s+grup|info\s+dari\s+grup|sumber\s*:|
           baca\s+juga|editor|penulis|reporter|pewarta|redaktur|foto\s*:|simak\s+juga|lihat\s+juga)\b.*
        |\((?:red|ant|[a-z]{2,4}(?:/[a-z]{2,4})*)\)
    )\W*$""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
# A dateline at the very start: "SAMARINDA, Outlet —", "Samarinda (ANTARA) -", "TENGGARONG - ".
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z.'\s]{1,30}?(?:\s*,\s*[^\n\-–—]{1,40}?|\s*\([^)\n]{1,30}\))?\s+[-–—]{1,2}\s+",
)
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)

# Phrases (in normalised form) that ask readers to pass a message on. They are removed wherever they occur:
# unrelated chain messages share them, and they say nothing about the event.
_CHAIN_PHRASES = (
    "diteruskan berkali kali",
    "diteruskan",
    "forwarded as received",
    "forwarded many times",
    "forwarded",
    "forward",
    "fwd",
    "teruskan",
    "copas dari grup sebelah",
    "dari grup sebelah",
    "grup sebelah",
    "copas",
    "copy paste",
    "info dari grup",
    "mohon dibaca sampai habis",
    "mohon disebarkan",
    "mohon dishare ke grup lain",
    "mohon dishare",
    "mohon di share",
    "bantu share",
    "bantu sebarkan",
    "tolong sebarkan",
    "tolong disebarkan ke grup lain",
    "tolong disebarkan",
    "sebarkan ke keluarga dan teman teman kita",
    "sebarkan ke teman teman",
    "sebarkan",
    "sebar luaskan",
    "sebarluaskan",
    "viralkan",
    "jangan berhenti di kamu",
    "jangan berhenti di anda",
    "share ke grup lain",
    "share",
    "izin share",
    "repost",
    "info a1",
    "broadcast",
)

# ---------------------------------------------------------------------------------------------------------
# Comparable text

_NORMALIZER = Normalizer()
_ANCHOR_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b|\b\d+(?:[.,]\d+)*\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[\"'(]\s*)$")


def _drop_short(match: re.Match[str]) -> str:
    return " " if len(match.group()) <= _BOILERPLATE_MAX else match.group()


def _strip_wrapping(text: str) -> str:
    text = _URL.sub(" ", text)
    text = _BOILERPLATE_LINE.sub(_drop_short, text)
    return _DATELINE.sub("", text, count=1)


def _chain_phrase_table() -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _CHAIN_PHRASES:
        words = tuple(_NORMALIZER.normalize(phrase).split())
        table.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(set(options), key=len, reverse=True)) for first, options in table.items()}


_CHAIN = _chain_phrase_table()


def _without_chain_phrases(words: list[str]) -> list[str]:
    kept: list[str] = []
    i = 0
    while i < len(words):
        for phrase in _CHAIN.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            kept.append(words[i])
            i += 1
    return kept


def comparable_words(text: str) -> list[str]:
    """The words of a text as the index compares them: wrapping removed, slang read, no punctuation."""
    tokens = _NORMALIZER.tokens(_strip_wrapping(text))
    return _without_chain_phrases([t for t in tokens if t not in BREAKS])


def comparable_text(text: str) -> str:
    return " ".join(comparable_words(text))


def anchors(text: str) -> frozenset[str]:
    """Numbers and capitalised names that do not start a sentence: what tells one templated event from another."""
    body = _strip_wrapping(text)
    if body.isupper() or body.islower():
        # no capitalisation to go by: numbers only
        return frozenset(m.group().replace(",", ".") for m in re.finditer(r"\b\d+(?:[.,]\d+)*\b", body))
    found = set()
    for match in _ANCHOR_WORD.finditer(body):
        word = match.group()
        if word[0].isdigit():
            found.add(word.replace(",", "."))
        elif not _SENTENCE_START.search(body[max(0, match.start() - 3) : match.start()]):
            found.add(word.lower())
    return frozenset(found)


def shingles(words: Sequence[str], unit: Unit = "word", size: int = 3) -> set[str]:
    """Overlapping word (or character) n-grams; a text shorter than one shingle is one shingle."""
    if unit == "char":
        joined = " ".join(words)
        if len(joined) <= size:
            return {joined} if joined else set()
        return {joined[i : i + size] for i in range(len(joined) - size + 1)}
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


_MIX = np.uint32(0x01000193)  # the 32-bit FNV prime


def shingle_hashes(words: Sequence[str], unit: Unit = "word", size: int = 3) -> np.ndarray[Any, np.dtype[np.uint32]]:
    """32-bit hashes of the same shingles as ``shingles``, computed with numpy instead of one string each.

    Characters are Unicode code points and words their crc32; a shingle hashes its ``size`` elements in
    order with FNV-style multiply and xor. The values are only stable ids for MinHash, which mixes them
    again (datasketch's ``affine32`` scheme starts with the MurmurHash3 finalizer).
    """
    if not words:
        return np.zeros(0, dtype=np.uint32)
    if unit == "char":
        elements = np.frombuffer(" ".join(words).encode("utf-32-le"), dtype=np.uint32)
    else:
        elements = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint32, count=len(words))
    count = len(elements) - size + 1
    if count <= 1:
        count, size = 1, len(elements)
    hashes = np.full(count, 0x811C9DC5, dtype=np.uint32)
    for offset in range(size):
        hashes = (hashes ^ elements[offset : offset + count]) * _MIX
    return hashes


def anchor_agreement(a: frozenset[str], b: frozenset[str]) -> float:
    """1.0 unless both texts carry names or numbers the other lacks; then the share the two have in common.

    One-sided extras are normal (a syndicated copy adds a quote with a name; a forwarded copy drops the
    dateline), so they do not count; conflicting ones on both sides mean a different event. A name written
    with one typo ("Sangata", "Samarnda") is the same name.
    """
    only_a, only_b = set(a - b), set(b - a)
    for word in sorted(only_a):
        twin = next((other for other in sorted(only_b) if _one_edit_apart(word, other)), None)
        if twin is not None:
            only_a.discard(word)
            only_b.discard(twin)
    if not only_a or not only_b:
        return 1.0
    shared = len(a | b) - len(only_a) - len(only_b)
    return shared / (shared + len(only_a) + len(only_b))


def _one_edit_apart(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours, between names of five letters or more."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or not (a.isalpha() and b.isalpha()):
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


# ---------------------------------------------------------------------------------------------------------
# The index

Signature = np.ndarray[Any, np.dtype[np.uint32]]


def _fmix32(values: Signature) -> Signature:
    """MurmurHash3's finalizer: the pre-mix of datasketch's ``affine32`` scheme."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


_BLANK = np.iinfo(np.uint32).max


def _is_blank(signature: Signature) -> bool:
    return bool(signature[0] == _BLANK) and bool((signature == _BLANK).all())


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A text's MinHash signature and anchors, storable as bytes and a list (``to_bytes``/``from_bytes``)."""

    signature: Signature
    anchors: frozenset[str]

    def to_bytes(self) -> bytes:
        return self.signature.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, anchors: Iterable[str]) -> Fingerprint:
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32), frozenset(anchors))


@dataclass(frozen=True, slots=True)
class _Stored:
    signature: Signature
    anchors: frozenset[str]


class NearDuplicateIndex:
    """MinHash LSH over comparable text; ``add`` and ``query`` are not thread-safe (one writer at a time).

    ``threshold`` is the estimated Jaccard similarity (after anchor agreement) from which two texts are
    the same report; ``lsh_threshold`` is lower so that candidates near the boundary are not missed.
    Signatures are exactly those of datasketch's ``MinHash(scheme="affine32", seed=1)`` fed with
    ``shingle_hashes``, computed in one numpy expression instead of one Python call per shingle.
    """

    version = DEDUPE_VERSION

    def __init__(
        self,
        threshold: float = 0.5,
        *,
        num_perm: int = 128,
        unit: Unit = "char",
        size: int = 5,
        lsh_threshold: float | None = None,
        use_anchors: bool = True,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must lie in (0, 1]")
        if unit not in ("word", "char") or size < 1:
            raise ValueError("unit must be 'word' or 'char' and size at least 1")
        self.threshold = threshold
        self.num_perm = num_perm
        self.unit: Unit = unit
        self.size = size
        self.lsh_threshold = lsh_threshold if lsh_threshold is not None else max(0.05, threshold - 0.15)
        self.use_anchors = use_anchors
        a, b = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME, hashfunc=int).permutations
        self._a = np.asarray(a, dtype=np.uint32)
        self._b = np.asarray(b, dtype=np.uint32)
        self._lsh = MinHashLSH(threshold=self.lsh_threshold, num_perm=num_perm)
        self._stored: dict[str, _Stored] = {}
        self._order: list[str] = []
        self._seq: dict[str, int] = {}
        self._parent: dict[str, str] = {}

    # --- public API

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._stored

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def signature(self, text: str) -> Signature:
        """The MinHash signature of a text: ``num_perm`` unsigned 32-bit values."""
        hashes = shingle_hashes(comparable_words(text), self.unit, self.size)
        if not hashes.size:
            return np.full(self.num_perm, _BLANK, dtype=np.uint32)
        mixed = _fmix32(hashes)[:, None]
        signature: Signature = (mixed * self._a[None, :] + self._b[None, :]).min(axis=0)
        return signature

    def query(self, text: str) -> list[tuple[str, float]]:
        """Stored reports that ``text`` repeats, most similar first, with the similarity in [0, 1]."""
        signature = self.signature(text)
        return [] if _is_blank(signature) else self._matches(signature, self._anchors(text))

    def add(self, doc_id: str, text: str) -> list[tuple[str, float]]:
        """Store a report and join it to the event of every earlier report it repeats; returns those matches."""
        if doc_id in self._stored:
            raise ValueError(f"document {doc_id!r} is already in the index")
        signature, marks = self.signature(text), self._anchors(text)
        matches = [] if _is_blank(signature) else self._matches(signature, marks)
        self._insert(doc_id, signature, marks)
        for other, _ in matches:
            self._union(doc_id, other)
        return matches

    def fingerprint(self, text: str) -> Fingerprint:
        """What a store keeps of a text to find its repeats later without the text: signature and anchors."""
        return Fingerprint(self.signature(text), self._anchors(text))

    def repeats_among(self, text: Fingerprint, stored: Sequence[tuple[str, Fingerprint]]) -> list[tuple[str, float]]:
        """Which of ``stored`` (kept outside the index, e.g. one row per report in a database) ``text`` repeats.

        One vectorised comparison of all signatures (no LSH: meant for the thousands of a recent window), then
        the anchor check for those above the threshold; most similar first, ties in the given order.
        """
        if not stored or _is_blank(text.signature):
            return []
        signatures = np.stack([fingerprint.signature for _, fingerprint in stored])
        agreement = np.count_nonzero(signatures == text.signature[None, :], axis=1) / self.num_perm
        found = []
        for position in np.flatnonzero(agreement >= self.threshold):
            doc_id, other = stored[int(position)]
            score = self._score(text.signature, text.anchors, _Stored(other.signature, other.anchors))
            if score >= self.threshold:
                found.append((int(position), doc_id, round(score, 4)))
        found.sort(key=lambda item: (-item[2], item[0]))
        return [(doc_id, score) for _, doc_id, score in found]

    def similarity(self, a: str, b: str) -> float:
        """Similarity of two texts as the index judges it, computed directly (no LSH)."""
        return self._score(self.signature(a), self._anchors(a), _Stored(self.signature(b), self._anchors(b)))

    def event_of(self, doc_id: str) -> str:
        """The first stored report of the event ``doc_id`` belongs to (itself when it repeats nothing)."""
        if doc_id not in self._stored:
            raise KeyError(doc_id)
        return self._find(doc_id)

    def events(self) -> list[list[str]]:
        """Every event as the list of its reports in the order they were added; events ordered likewise."""
        groups: dict[str, list[str]] = {}
        for doc_id in self._order:
            groups.setdefault(self._find(doc_id), []).append(doc_id)
        return list(groups.values())

    # --- persistence

    def to_path(self, path: str | os.PathLike[str]) -> None:
        """Write the index to one ``.npz`` file (signatures as an array, everything else as JSON); atomic."""
        target = Path(path)
        meta = {
            "format": _FORMAT,
            "version": DEDUPE_VERSION,
            "scheme": _SCHEME,
            "seed": _SEED,
            "hash": _HASH,
            "threshold": self.threshold,
            "lsh_threshold": self.lsh_threshold,
            "num_perm": self.num_perm,
            "unit": self.unit,
            "size": self.size,
            "use_anchors": self.use_anchors,
            "ids": self._order,
            "event": [self._find(doc_id) for doc_id in self._order],
            "anchors": [sorted(self._stored[doc_id].anchors) for doc_id in self._order],
        }
        if self._order:
            signatures = np.stack([self._stored[doc_id].signature for doc_id in self._order])
        else:
            signatures = np.zeros((0, self.num_perm), dtype=np.uint32)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                np.savez_compressed(out, signatures=signatures, meta=np.array(json.dumps(meta, ensure_ascii=False)))
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    @classmethod
    def from_path(cls, path: str | os.PathLike[str]) -> NearDuplicateIndex:
        """Read an index written by ``to_path``; another format, version or damaged file is a ValueError."""
        with np.load(Path(path), allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            signatures = np.asarray(data["signatures"], dtype=np.uint32)
        if meta.get("format") != _FORMAT or meta.get("version") != DEDUPE_VERSION:
            raise ValueError(f"not a near-duplicate index of version {DEDUPE_VERSION}: {path}")
        if (meta["scheme"], meta["seed"], meta["hash"]) != (_SCHEME, _SEED, _HASH):
            raise ValueError(f"index {path} was built with other MinHash parameters")
        index = cls(
            meta["threshold"],
            num_perm=meta["num_perm"],
            unit=meta["unit"],
            size=meta["size"],
            lsh_threshold=meta["lsh_threshold"],
            use_anchors=meta["use_anchors"],
        )
        ids, events, marks = meta["ids"], meta["event"], meta["anchors"]
        if signatures.shape != (len(ids), index.num_perm) or not len(ids) == len(events) == len(marks):
            raise ValueError(f"index {path} is damaged: signatures and ids do not match")
        for doc_id, signature, doc_marks in zip(ids, signatures, marks, strict=True):
            index._insert(doc_id, signature, frozenset(doc_marks))
        for doc_id, event in zip(ids, events, strict=True):
            if event != doc_id:
                index._union(doc_id, event)
        return index

    # --- internals

    def _anchors(self, text: str) -> frozenset[str]:
        return anchors(text) if self.use_anchors else frozenset()

    def _score(self, signature: Signature, marks: frozenset[str], stored: _Stored) -> float:
        if _is_blank(signature) or _is_blank(stored.signature):
            return 0.0
        score = float(np.count_nonzero(signature == stored.signature)) / self.num_perm
        if self.use_anchors:
            score *= anchor_agreement(marks, stored.anchors)
        return score

    def _matches(self, signature: Signature, marks: frozenset[str]) -> list[tuple[str, float]]:
        found = []
        for doc_id in self._lsh.query(self._lean(signature)):
            score = self._score(signature, marks, self._stored[doc_id])
            if score >= self.threshold:
                found.append((doc_id, round(score, 4)))
        found.sort(key=lambda item: (-item[1], self._seq[item[0]]))
        return found

    @staticmethod
    def _lean(signature: Signature) -> LeanMinHash:
        return LeanMinHash(seed=_SEED, hashvalues=signature, scheme=_SCHEME)

    def _insert(self, doc_id: str, signature: Signature, marks: frozenset[str]) -> None:
        # a text with no words left (only "Diteruskan", emoji, a link) is kept as a report but repeats nothing
        if not _is_blank(signature):
            self._lsh.insert(doc_id, self._lean(signature), check_duplication=False)
        self._stored[doc_id] = _Stored(signature, marks)
        self._seq[doc_id] = len(self._order)
        self._order.append(doc_id)
        self._parent[doc_id] = doc_id

    def _find(self, doc_id: str) -> str:
        root = doc_id
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[doc_id] != root:
            self._parent[doc_id], doc_id = root, self._parent[doc_id]
        return root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            # the root is the report added first, so an event keeps the id of its first report
            first, later = (ra, rb) if self._seq[ra] < self._seq[rb] else (rb, ra)
            self._parent[later] = first


def group_near_duplicates(items: Iterable[tuple[str, str]], **options: Any) -> list[list[str]]:
    """Events among ``(doc_id, text)`` pairs, in one pass through a fresh ``NearDuplicateIndex``."""
    index = NearDuplicateIndex(**options)
    for doc_id, text in items:
        index.add(doc_id, text)
    return index.events()
