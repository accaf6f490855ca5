"""Negation, lists and speculation: the few grammatical cues the lexicon classifier reads."""

from __future__ import annotations

# A negator within this many tokens before a term (same clause) cancels it: "tidak ada bentrok".
NEGATION_WINDOW = 3
NEGATORS: frozenset[str] = frozenset({"tidak", "tak", "tanpa", "bukan", "belum", "nihil", "tiada"})
# Negator + next word that do not negate: "tidak hanya bentrok" still reports a clash.
NOT_NEGATING: frozenset[str] = frozenset(
    {
        "tidak hanya",
        "tak hanya",
        "bukan hanya",
        "bukan sekadar",
        "tidak sedikit",
        "tak sedikit",
        "tidak lama",
        "tak lama",
        "tidak lain",
        "tidak jarang",
        "belum lama",
    }
)
# Words that join the items of a list: a negation before the first item covers the others.
LIST_WORDS: frozenset[str] = frozenset({",", "dan", "atau", "maupun", "ataupun", "serta"})
# Said right after a term in the same clause, these cancel it: "bentrok berhasil dicegah", "korban nihil".
POST_NEGATIONS: frozenset[str] = frozenset(
    {"tidak terjadi", "tak terjadi", "berhasil dicegah", "dapat dicegah", "bisa dicegah", "tidak benar", "nihil"}
)
# Before a severity phrase (same clause, within the window), these make it a plan, a fear, a threat or a
# rumour: "besok mau demo", "khawatir bentrok", "katanya ada penculikan". Talk of an act is tension (1).
SPECULATION_WINDOW = 4
SPECULATION_MARKERS: frozenset[str] = frozenset(
    {
        # plans and calls
        "akan",
        "mau",
        "ingin",
        "hendak",
        "berencana",
        "rencana",
        "rencananya",
        "direncanakan",
        "siap",
        "bersiap",
        "seruan",
        "ajakan",
        "mengajak",
        "ayo",
        "besok",
        "lusa",
        "nanti",
        # fears, risks, conditions, prevention
        "khawatir",
        "dikhawatirkan",
        "takut",
        "takutnya",
        "cemas",
        "berpotensi",
        "potensi",
        "rawan",
        "jika",
        "kalau",
        "bila",
        "apabila",
        "agar",
        "supaya",
        "jangan",
        "mencegah",
        "cegah",
        "antisipasi",
        "mengantisipasi",
        # threats
        "ancam",
        "mengancam",
        "diancam",
        "ancaman",
        # near misses
        "hampir",
        "nyaris",
        # hearsay
        "katanya",
        "kabarnya",
        "konon",
        "isu",
        "isunya",
        "rumor",
        "hoaks",
    }
)
