"""MurmurHash3 (x86, 32 bit) of many byte spans at once, bit for bit what scikit-learn's hashing computes.

scikit-learn's ``HashingVectorizer`` hashes one n-gram at a time through Python objects (~0.5 µs each,
~2,000 n-grams in a 600-character report). Here every n-gram of a text, or of thousands of texts, is a
``(start, length)`` span into one byte buffer and all of them are hashed together with numpy: the same
numbers, a small fraction of the time. ``tests/test_learn_features.py`` checks the equality against
scikit-learn itself.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

_C1 = np.uint32(0xCC9E2D51)
_C2 = np.uint32(0x1B873593)
_N = np.uint32(0xE6546B64)
_F1 = np.uint32(0x85EBCA6B)
_F2 = np.uint32(0xC2B2AE35)
_FIVE = np.uint32(5)
_TAIL_MASKS = np.array([0, 0xFF, 0xFFFF, 0xFFFFFF], dtype=np.uint32)
INT32_MIN = -(2**31)

IntArray = NDArray[np.int64]


def _rotl(x: NDArray[np.uint32], r: int) -> NDArray[np.uint32]:
    return (x << np.uint32(r)) | (x >> np.uint32(32 - r))


def _scramble(k: NDArray[np.uint32]) -> NDArray[np.uint32]:
    return _rotl(k * _C1, 15) * _C2


def words_at(buffer: bytes) -> NDArray[np.uint32]:
    """The little-endian 32-bit word starting at every byte of ``buffer`` (zero past its end)."""
    padded = np.frombuffer(buffer + b"\0\0\0", dtype=np.uint8).astype(np.uint32)
    size = len(buffer)
    words: NDArray[np.uint32] = (
        padded[:size]
        | (padded[1 : size + 1] << np.uint32(8))
        | (padded[2 : size + 2] << np.uint32(16))
        | (padded[3 : size + 3] << np.uint32(24))
    )
    return words


def murmurhash3_spans(buffer: bytes, starts: IntArray, lengths: IntArray, seed: int = 0) -> NDArray[np.int32]:
    """Signed MurmurHash3_x86_32 of ``buffer[s:s + n]`` for every ``(s, n)``, as ``murmurhash3_32`` gives it."""
    count = len(starts)
    if count == 0:
        return np.zeros(0, dtype=np.int32)
    with np.errstate(over="ignore"):
        words = words_at(buffer)
        h = np.full(count, seed, dtype=np.uint32)
        blocks = lengths >> 2
        for block in range(int(blocks.max())):
            chosen = np.flatnonzero(blocks > block)
            if len(chosen) == count:
                h = _rotl(h ^ _scramble(words[starts + 4 * block]), 13) * _FIVE + _N
            else:
                mixed = h[chosen] ^ _scramble(words[starts[chosen] + 4 * block])
                h[chosen] = _rotl(mixed, 13) * _FIVE + _N
        tail = lengths & 3
        has_tail = tail > 0
        if has_tail.any():
            tail_words = words[np.minimum(starts + (blocks << 2), len(words) - 1)] & _TAIL_MASKS[tail]
            h = np.where(has_tail, h ^ _scramble(tail_words), h)
        h ^= lengths.astype(np.uint32)
        h ^= h >> np.uint32(16)
        h *= _F1
        h ^= h >> np.uint32(13)
        h *= _F2
        h ^= h >> np.uint32(16)
    return h.view(np.int32)


def murmurhash3_runs(words: NDArray[np.uint32], length: int, count: int, seed: int = 0) -> NDArray[np.int32]:
    """Hashes of the ``length`` bytes starting at each of the first ``count`` offsets of a buffer.

    ``words`` is ``words_at(buffer)``. Every n-gram of one length is a slice of it, so this needs no gather:
    the fast path for character n-grams of ASCII text.
    """
    with np.errstate(over="ignore"):
        h = np.full(count, seed, dtype=np.uint32)
        blocks = length >> 2
        for block in range(blocks):
            h = _rotl(h ^ _scramble(words[4 * block : 4 * block + count]), 13) * _FIVE + _N
        tail = length & 3
        if tail:
            h ^= _scramble(words[4 * blocks : 4 * blocks + count] & _TAIL_MASKS[tail])
        h ^= np.uint32(length)
        h ^= h >> np.uint32(16)
        h *= _F1
        h ^= h >> np.uint32(13)
        h *= _F2
        h ^= h >> np.uint32(16)
    return h.view(np.int32)


def buckets(hashes: NDArray[np.int32], n_features: int) -> NDArray[np.int32]:
    """The column scikit-learn's ``FeatureHasher`` puts each hash in: ``abs(h) % n_features``."""
    if n_features & (n_features - 1) == 0 and n_features <= 2**31:
        # abs() in int32 wraps -2**31 onto itself, whose low bits are 0: scikit-learn's own answer for it
        sign = hashes >> np.int32(31)
        with np.errstate(over="ignore"):
            magnitude = (hashes ^ sign) - sign
        return magnitude & np.int32(n_features - 1)
    wide = hashes.astype(np.int64)
    columns = np.abs(wide) % n_features
    columns[wide == INT32_MIN] = (2**31 - 1 - (n_features - 1)) % n_features
    return columns.astype(np.int32)
