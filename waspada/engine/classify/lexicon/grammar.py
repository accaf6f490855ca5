"""Negation, lists, speculation and reframing: the few grammatical cues the lexicon classifier reads.

Reframing cues turn an act into talk of an act (tension, 1): a plan, fear, threat, rumour or call; a
mention in a post or news item; a reference back to an act reported before; past harm named as the cause
of a claim for redress; a weapon found or seized by a security operation.
"""

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
        # "tidak terpancing isu pembakaran": what is denied is being provoked, not the rumoured act
        "tidak terpancing",
        "tak terpancing",
    }
)
# Words that join the items of a list: a negation before the first item covers the others.
LIST_WORDS: frozenset[str] = frozenset({",", "dan", "atau", "maupun", "ataupun", "serta"})
# Harms that people pledge, teach or work against: after a word of opposing (same clause, within the window,
# or continuing a list that follows one) they are prevention, not an event: "menolak politik uang, hoaks
# dan kampanye bernada SARA", "memerangi hoaks", "tidak terpancing isu SARA". A project or a policy is not
# among them: "menolak tambang" is a protest.
COUNTER_WINDOW = 4
COUNTERED_HARMS: frozenset[str] = frozenset(
    {
        "politik uang",
        "hoaks",
        "berita bohong",
        "ujaran kebencian",
        "provokasi",
        "isu sara",
        "bernada sara",
        "sara",
        "intoleransi",
        "radikalisme",
        "terorisme",
        "narkoba",
        "konflik",
        "kekerasan",
        "tawuran",
        "perselisihan",
    }
)
COUNTER_MARKERS: frozenset[str] = frozenset(
    {
        "menolak",
        "tolak",
        "memerangi",
        "perangi",
        "melawan",
        "mencegah",
        "cegah",
        "pencegahan",
        "menangkal",
        "tangkal",
        "penangkalan",
        "mewaspadai",
        "waspadai",
        "menghindari",
        "hindari",
        "menjauhi",
        "jauhi",
        "memberantas",
        "berantas",
        "pemberantasan",
        "terpancing",
        "terprovokasi",
        "menyelesaikan",
        "meredam",
        "bahaya",
        "anti",
        "stop",
        "bebas",
    }
)
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
        "mari",
        "menyerukan",
        "serukan",
        "menghasut",
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
        "hindari",
        "menghindari",
        # appeals for calm: "mengimbau warga tidak terpancing isu pembakaran"
        "imbauan",
        "himbauan",
        "mengimbau",
        "menghimbau",
        "diimbau",
        "terpancing",
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
# Among the speculation markers, those that call people to act. An act called for is tension like any
# other plan, but calling for violence against people (or for a hostile act, ``HOSTILE_ACTS``) is
# incitement, so the act's points count as provocation as well: "menyerukan agar mereka diusir".
CALL_MARKERS: frozenset[str] = frozenset(
    {"seruan", "ajakan", "mengajak", "ayo", "mari", "menyerukan", "serukan", "menghasut"}
)
# Purpose words are speculation markers, but after a call they only carry the act called for: "menyerukan
# agar mereka diusir" is a call.
PURPOSE_WORDS: frozenset[str] = frozenset({"agar", "supaya"})
# Before an act (same clause, within ``SPECULATION_WINDOW``), these make it the content of a video, a post
# or a news item: "mengunggah video perkelahian", "berita tentang penganiayaan". A monitor reads about
# such acts secondhand and often long after; the report is about the post, which is tension (1). Violence
# that is happening is reported as such, not as the subject of something shared.
MENTION_MARKERS: frozenset[str] = frozenset(
    {
        "video",
        "foto",
        "rekaman",
        "unggahan",
        "postingan",
        "konten",
        "gambar",
        "cuplikan",
        "tayangan",
        "berita",
        "meme",
    }
)
# An act referred back to, right before ("pasca bentrok") or right after ("bentrokan tersebut"), is one
# reported before: it does not make a follow-up (an appeal, a hearing, a denial) violent by itself. In a
# report of the act, its first mention carries the level.
REFERENCE_BEFORE: frozenset[str] = frozenset({"pasca"})
REFERENCE_AFTER: frozenset[str] = frozenset({"tersebut", "itu"})
# A claim for redress names past harm as its cause: "denda adat atas perusakan makam", "ganti rugi karena
# lahannya dibakar". The act is the cause of a grievance, which is tension (1), when it follows the claim
# within ``REDRESS_WINDOW`` tokens of the same clause and either comes right after it (at most
# ``REDRESS_ADJACENT`` tokens between) or behind a word of cause. Multi-word markers are two tokens.
REDRESS_WINDOW = 6
REDRESS_ADJACENT = 1
REDRESS_MARKERS: frozenset[str] = frozenset(
    {"denda", "ganti rugi", "kompensasi", "santunan", "sanksi", "restitusi", "tali asih", "uang duka"}
)
CAUSE_WORDS: frozenset[str] = frozenset({"karena", "atas", "akibat", "gara gara", "lantaran", "terkait"})
# Weapons (``WEAPON_TERMS``) that a security operation finds or takes are prevention, not violence
# (tension, 1): before the weapon (same clause, within ``SEIZURE_WINDOW``: "mengamankan dua pemuda yang
# membawa celurit") or right after it (within ``NEGATION_WINDOW``: "senjata tajam yang disita"). Only
# the weapon is reframed; an act of violence in the same clause keeps its level.
SEIZURE_WINDOW = 6
SEIZURE_MARKERS: frozenset[str] = frozenset(
    {
        "razia",
        "merazia",
        "dirazia",
        "menemukan",
        "temukan",
        "ditemukan",
        "menyita",
        "sita",
        "disita",
        "penyitaan",
        "mengamankan",
        "amankan",
        "diamankan",
        "barang bukti",
        "menggeledah",
        "penggeledahan",
        "digeledah",
    }
)
SEIZED_AFTER: frozenset[str] = frozenset(
    {"disita", "diamankan", "ditemukan", "dimusnahkan", "sitaan", "temuan", "hasil razia", "barang bukti"}
)
