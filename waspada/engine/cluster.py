"""Incremental clustering of reports into isu: one new report at a time, against the open clusters nearby.

A report (``ClusterItem``) is compared with each candidate cluster (``Cluster``: an id, its kab/kota, a compact
``ClusterProfile`` and the analysts' constraints). ``IncrementalClusterer.assign`` returns the best cluster to
join, with a score and a short explanation in Bahasa Indonesia, or ``None`` when the report starts a new one;
``IncrementalClusterer.update`` (or ``profile_add``) folds the report into the profile of the cluster it joined.

The score is a weighted sum of four agreements, each in [0, 1]:

``text`` (weight ``w_text``, 0.45)
    cosine between the report's term weights and the cluster's. Terms are the normalised words of
    ``waspada.engine.dedupe.comparable_words`` (slang read, forwarding wrappers removed) minus function words
    and report boilerplate ("pukul", "wita", "bertempat"), plus bigrams of neighbouring content words at half
    weight; each report counts ``1 + log(tf)`` and is L2-normalised; a profile sums its members and keeps the
    ``max_terms`` (80) heaviest terms.
``entities`` (weight ``w_entities``, 0.15)
    names and numbers: ``dedupe.anchors`` (capitalised words not starting a sentence, numbers) and acronyms
    ("HGU", "PT SEL"), minus administrative words and weekdays; the share of the report's entities the cluster
    has seen, where ``entity_saturation`` (3) shared entities count as full agreement.
``place`` (weight ``w_place``, 0.25)
    the most specific place codes of each side (where the report was filed and the places it mentions): the
    same desa/kelurahan 1.0, the same kecamatan 0.6, somewhere else in the kab/kota 0.0; when either side knows
    only its kab/kota, 0.3 (unknown, neither for nor against).
``category`` (weight ``w_category``, 0.15)
    the share of the cluster's members with the report's category; when none shares it, 0.4 times the share
    that shares its bidang (a hoax about a land dispute still belongs with the dispute when the rest agrees).

A report joins the best cluster whose score reaches ``threshold`` (0.4). Gates come before the score:

* a different kab/kota is never joined (nor a report without one);
* the report must fall within ``window`` (7 days) after the cluster's last report, or before its first one;
* ``cannot_link``: a cluster never takes a report an analyst separated from it (``Cluster.cannot_link`` holds
  item ids), and an item never joins a cluster it names (``ClusterItem.cannot_link`` holds cluster ids);
* must-link: clusters an analyst merged stay merged: a cluster with ``merged_into`` is never joined itself,
  its survivor is (``ClusterItem.must_link`` and the candidates are resolved along ``merged_into``). An item
  with ``must_link`` (e.g. a copy of a report already in an isu) joins that cluster whatever its score,
  provided it is a candidate, in the same kab/kota and not forbidden by ``cannot_link``.

Ties are broken by the latest ``last_seen`` and then the smallest id, so the result never depends on the order
of the candidates. Profiles are plain data (``to_dict``/``from_dict``, JSON-safe, weights rounded to 4 places).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from itertools import pairwise
from typing import Any

from waspada.engine.dedupe import anchors, comparable_words

CLUSTER_VERSION = "1"


# Function words, and what every field report says whatever it is about (Laporan Informasi boilerplate).
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP_WORDS = _words(
    """
    ada adalah agar akan akibat aku anda antara apa apabila atas atau bagi bahkan bahwa baik banyak baru
    beberapa belum berada berbagai bersama besar bisa boleh buat bukan cukup dalam dan dapat dari daripada
    demikian dengan di dia dilakukan ini itu jadi jika juga justru kalau kami kamu karena kata ke kecil kemudian
    kepada ketika kini kita lagi lain lalu lebih maka masih mau melakukan melalui memang mereka namun nya oleh
    pada para pernah pula punya saat saja salah sama sambil sampai sangat satu saya sebagai sebelum sebuah
    sedang sehingga sejak sekali sekitar selama seluruh semua sendiri seperti serta setelah sudah supaya tak
    tanpa tapi telah tentang terhadap tersebut tetapi tidak untuk waktu yaitu yakni yang
    hari tanggal pukul wita wib wit jam bertempat lokasi tempat sumber informasi laporan melaporkan dilaporkan
    menerima diterima menyampaikan disampaikan keterangan kejadian peristiwa berdasarkan diketahui terlihat
    sebanyak orang kurang lebih hingga tahun bulan minggu pagi siang sore malam kemarin
    desa kelurahan kecamatan kabupaten kota provinsi kalimantan timur barat utara selatan tengah kaltim
    senin selasa rabu kamis jumat sabtu
    januari februari maret april mei juni juli agustus september oktober november desember
    """
)
# Capitalised words and acronyms that name an office or a calendar day, not a party to a matter.
_GENERIC_ENTITIES = _STOP_WORDS | _words(
    """
    ketua kepala camat lurah bupati wakil wali gubernur anggota tim forum fkdm fkub kominda kesbangpol polsek
    polres polda polri tni koramil kodim satpol dinas badan pemerintah pemkab pemkot pemprov dprd kantor jalan
    dusun kampung warga masyarakat pihak bapak ibu saudara rt rw pt cv wita wib ormas lsm
    """
)
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


# ---------------------------------------------------------------------------------------------------------
# Features of one report


def place_words(names: Iterable[str]) -> frozenset[str]:
    """The words of place names, as ``text_terms`` and ``text_entities`` read them (to leave them out)."""
    return frozenset(w for name in names for w in comparable_words(name))


def text_terms(text: str, *, bigram_weight: float = 0.5, exclude: frozenset[str] = frozenset()) -> dict[str, float]:
    """L2-normalised term weights of a text: content words (1 + log tf) and neighbouring pairs at lower weight.

    ``exclude`` drops further words (the names of the places the text mentions: place is scored on its own).
    """
    words = [
        w
        for w in comparable_words(text)
        if len(w) >= 3 and not w.isdigit() and w not in _STOP_WORDS and w not in exclude
    ]
    counts: Counter[str] = Counter(words)
    counts.update(f"{a} {b}" for a, b in pairwise(words) if a != b)
    weights = {
        term: (1.0 + math.log(n)) * (bigram_weight if " " in term else 1.0) for term, n in counts.items() if n > 0
    }
    return _normalised(weights)


def text_entities(text: str, *, exclude: frozenset[str] = frozenset()) -> frozenset[str]:
    """Names and distinctive numbers: capitalised words not starting a sentence, acronyms, numbers of 3+ digits."""
    found: set[str] = set()
    for anchor in anchors(text):
        if anchor[0].isdigit():
            digits = anchor.replace(".", "")
            if len(digits) >= 3 and not _YEAR.match(digits):
                found.add(anchor)
        elif anchor not in _GENERIC_ENTITIES:
            found.add(anchor)
    found.update(m.group().lower() for m in _ACRONYM.finditer(text) if m.group().lower() not in _GENERIC_ENTITIES)
    return frozenset(found - exclude)


def most_specific(codes: Iterable[str]) -> tuple[str, ...]:
    """The codes that have no descendant among them ("64.08.09" goes when "64.08.09.2011" is there); sorted."""
    unique = sorted({c for c in codes if c})
    return tuple(c for c in unique if not any(other.startswith(f"{c}.") for other in unique))


def _normalised(weights: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm > 0 else {}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    norm_a = math.sqrt(sum(w * w for w in a.values()))
    norm_b = math.sqrt(sum(w * w for w in b.values()))
    return dot / (norm_a * norm_b) if norm_a > 0 and norm_b > 0 else 0.0


# ---------------------------------------------------------------------------------------------------------
# Items, profiles, clusters


@dataclass(frozen=True, slots=True)
class ClusterItem:
    """One report as the clusterer sees it. ``places`` are the most specific codes (see ``most_specific``)."""

    id: str
    time: datetime
    kabkota: str
    terms: Mapping[str, float] = field(default_factory=dict)
    entities: frozenset[str] = frozenset()
    places: tuple[str, ...] = ()
    category: str = ""
    domain: str = ""
    cannot_link: frozenset[str] = frozenset()  # clusters this item must never join
    must_link: str | None = None  # the cluster this item must join when it is a candidate

    @classmethod
    def from_text(
        cls,
        *,
        id: str,
        time: datetime,
        kabkota: str,
        text: str,
        places: Iterable[str] = (),
        place_names: Iterable[str] = (),
        category: str = "",
        domain: str = "",
        cannot_link: Iterable[str] = (),
        must_link: str | None = None,
    ) -> ClusterItem:
        """An item from its text; ``place_names`` (the names of the places found in it) count only as places."""
        named = place_words(place_names)
        return cls(
            id=id,
            time=time,
            kabkota=kabkota,
            terms=text_terms(text, exclude=named),
            entities=text_entities(text, exclude=named),
            places=most_specific(places),
            category=category,
            domain=domain,
            cannot_link=frozenset(cannot_link),
            must_link=must_link,
        )


@dataclass(frozen=True, slots=True)
class ClusterProfile:
    """What a cluster keeps of its members: bounded, serialisable, enough to score a newcomer."""

    size: int = 0
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    terms: Mapping[str, float] = field(default_factory=dict)  # summed member weights, the heaviest only
    entities: Mapping[str, int] = field(default_factory=dict)
    places: Mapping[str, int] = field(default_factory=dict)
    categories: Mapping[str, int] = field(default_factory=dict)
    domains: Mapping[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": CLUSTER_VERSION,
            "size": self.size,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "terms": {t: round(w, 4) for t, w in sorted(self.terms.items())},
            "entities": dict(sorted(self.entities.items())),
            "places": dict(sorted(self.places.items())),
            "categories": dict(sorted(self.categories.items())),
            "domains": dict(sorted(self.domains.items())),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClusterProfile:
        """Read ``to_dict`` output; another version or a malformed profile is a ValueError (rebuild it)."""
        if not isinstance(data, Mapping) or data.get("version") != CLUSTER_VERSION:
            raise ValueError(f"not a cluster profile of version {CLUSTER_VERSION}")
        try:
            return cls(
                size=int(data["size"]),
                first_seen=datetime.fromisoformat(data["first_seen"]) if data.get("first_seen") else None,
                last_seen=datetime.fromisoformat(data["last_seen"]) if data.get("last_seen") else None,
                terms={str(t): float(w) for t, w in data["terms"].items()},
                entities={str(k): int(v) for k, v in data["entities"].items()},
                places={str(k): int(v) for k, v in data["places"].items()},
                categories={str(k): int(v) for k, v in data["categories"].items()},
                domains={str(k): int(v) for k, v in data["domains"].items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValueError(f"damaged cluster profile: {error}") from error


def _top(counts: Mapping[str, float], limit: int) -> dict[str, float]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return dict(ranked)


def _top_counts(counts: Mapping[str, int], limit: int) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit])


def profile_add(
    profile: ClusterProfile, item: ClusterItem, *, max_terms: int = 80, max_entities: int = 40, max_places: int = 40
) -> ClusterProfile:
    """The profile with ``item`` counted in; bounded to the heaviest terms, entities and places."""
    terms = Counter(profile.terms)
    terms.update(item.terms)
    entities = Counter(profile.entities)
    entities.update(item.entities)
    places = Counter(profile.places)
    places.update(item.places)
    categories = Counter(profile.categories)
    domains = Counter(profile.domains)
    if item.category:
        categories[item.category] += 1
    if item.domain:
        domains[item.domain] += 1
    return ClusterProfile(
        size=profile.size + 1,
        first_seen=min(profile.first_seen, item.time) if profile.first_seen else item.time,
        last_seen=max(profile.last_seen, item.time) if profile.last_seen else item.time,
        terms=_top(terms, max_terms),
        entities=_top_counts(entities, max_entities),
        places=_top_counts(places, max_places),
        categories=dict(sorted(categories.items())),
        domains=dict(sorted(domains.items())),
    )


def profile_of(items: Iterable[ClusterItem], **bounds: int) -> ClusterProfile:
    """The profile of a cluster built from its members, oldest first (so the result is deterministic)."""
    profile = ClusterProfile()
    for item in sorted(items, key=lambda i: (i.time, i.id)):
        profile = profile_add(profile, item, **bounds)
    return profile


@dataclass(frozen=True, slots=True)
class Cluster:
    """An open cluster as a candidate: its profile and what analysts decided about it."""

    id: str
    kabkota: str
    profile: ClusterProfile
    cannot_link: frozenset[str] = frozenset()  # item ids analysts separated from this cluster
    merged_into: str | None = None  # set when an analyst merged this cluster into another


@dataclass(frozen=True, slots=True)
class Match:
    cluster_id: str
    score: float
    parts: Mapping[str, float]
    explanation: str
    forced: bool = False  # joined by must-link, whatever the score


# ---------------------------------------------------------------------------------------------------------
# The clusterer


def _kecamatan(code: str) -> str | None:
    parts = code.split(".")
    return ".".join(parts[:3]) if len(parts) >= 3 else None


def _number(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


class IncrementalClusterer:
    """Scores a report against open clusters and picks the one to join; parameters in the module docstring."""

    version = CLUSTER_VERSION

    def __init__(
        self,
        *,
        threshold: float = 0.4,
        window: timedelta = timedelta(days=7),
        w_text: float = 0.45,
        w_entities: float = 0.15,
        w_place: float = 0.25,
        w_category: float = 0.15,
        entity_saturation: int = 3,
        same_desa: float = 1.0,
        same_kecamatan: float = 0.6,
        place_unknown: float = 0.3,
        same_domain: float = 0.4,
        max_terms: int = 80,
        max_entities: int = 40,
        max_places: int = 40,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must lie in (0, 1]")
        if window <= timedelta(0) or entity_saturation < 1:
            raise ValueError("window must be positive and entity_saturation at least 1")
        self.threshold = threshold
        self.window = window
        self.w_text = w_text
        self.w_entities = w_entities
        self.w_place = w_place
        self.w_category = w_category
        self.entity_saturation = entity_saturation
        self.same_desa = same_desa
        self.same_kecamatan = same_kecamatan
        self.place_unknown = place_unknown
        self.same_domain = same_domain
        self.max_terms = max_terms
        self.max_entities = max_entities
        self.max_places = max_places

    # --- public API

    def update(self, profile: ClusterProfile, item: ClusterItem) -> ClusterProfile:
        return profile_add(
            profile, item, max_terms=self.max_terms, max_entities=self.max_entities, max_places=self.max_places
        )

    def profile_of(self, items: Iterable[ClusterItem]) -> ClusterProfile:
        return profile_of(items, max_terms=self.max_terms, max_entities=self.max_entities, max_places=self.max_places)

    def allowed(self, item: ClusterItem, cluster: Cluster) -> bool:
        """Whether ``item`` may join ``cluster`` at all: same kab/kota, not merged away, no cannot-link."""
        return (
            bool(item.kabkota)
            and cluster.kabkota == item.kabkota
            and cluster.merged_into is None
            and item.id not in cluster.cannot_link
            and cluster.id not in item.cannot_link
        )

    def in_window(self, item: ClusterItem, profile: ClusterProfile) -> bool:
        if profile.first_seen is None or profile.last_seen is None:
            return False
        return profile.first_seen - self.window <= item.time <= profile.last_seen + self.window

    def score(self, item: ClusterItem, cluster: Cluster) -> Match | None:
        """The agreement of ``item`` with ``cluster``, or None when a gate (kab/kota, constraints, window) fails."""
        if not self.allowed(item, cluster) or not self.in_window(item, cluster.profile):
            return None
        return self._scored(item, cluster)

    def rank(self, item: ClusterItem, clusters: Sequence[Cluster]) -> list[Match]:
        """Every cluster ``item`` may join, best first (ties: latest last report, then smallest id)."""
        by_id = {c.id: c for c in clusters}
        scored = [(m, by_id[m.cluster_id]) for c in clusters if (m := self.score(item, c)) is not None]
        scored.sort(key=lambda mc: (-mc[0].score, -_timestamp(mc[1].profile.last_seen), mc[1].id))
        return [m for m, _ in scored]

    def assign(self, item: ClusterItem, clusters: Sequence[Cluster]) -> Match | None:
        """The cluster ``item`` joins, or None: it starts a new one."""
        by_id = {c.id: c for c in clusters}
        if item.must_link is not None:
            target = by_id.get(self._survivor(item.must_link, by_id))
            if target is not None and self.allowed(item, target):
                match = self._scored(item, target)
                return replace(
                    match,
                    forced=True,
                    explanation=f"Mengikuti laporan asalnya yang sudah ada di isu ini. {match.explanation}",
                )
        ranked = self.rank(item, clusters)
        if ranked and ranked[0].score >= self.threshold:
            return ranked[0]
        return None

    # --- internals

    @staticmethod
    def _survivor(cluster_id: str, by_id: Mapping[str, Cluster]) -> str:
        seen = {cluster_id}
        while (cluster := by_id.get(cluster_id)) is not None and cluster.merged_into is not None:
            cluster_id = cluster.merged_into
            if cluster_id in seen:  # a cycle is a data error: stop rather than loop
                break
            seen.add(cluster_id)
        return cluster_id

    def _scored(self, item: ClusterItem, cluster: Cluster) -> Match:
        profile = cluster.profile
        text = _cosine(item.terms, profile.terms)
        shared = sorted(e for e in item.entities if e in profile.entities)
        entities = min(1.0, len(shared) / min(self.entity_saturation, len(item.entities))) if item.entities else 0.0
        place, place_note = self._place(item.places, profile.places)
        category, category_note = self._category(item, profile)
        parts = {"teks": text, "entitas": entities, "tempat": place, "kategori": category}
        total = self.w_text * text + self.w_entities * entities + self.w_place * place + self.w_category * category
        notes = [f"kemiripan teks {_number(text)}"]
        if shared:
            notes.append("nama/angka sama: " + ", ".join(shared[:4]))
        notes += [place_note, category_note]
        if profile.last_seen is not None:
            gap = abs(item.time - profile.last_seen)
            notes.append(f"selang {_number(gap.total_seconds() / 86400)} hari dari laporan terakhir")
        return Match(
            cluster_id=cluster.id,
            score=round(total, 4),
            parts={k: round(v, 4) for k, v in parts.items()},
            explanation=f"Skor {_number(total)}: " + "; ".join(notes) + ".",
        )

    def _place(self, mine: Sequence[str], theirs: Mapping[str, int]) -> tuple[float, str]:
        own = [c for c in mine if c.count(".") >= 2]
        other = [c for c in theirs if c.count(".") >= 2]
        if not own or not other:
            return self.place_unknown, "tempat hanya sebatas kabupaten/kota"
        if set(own) & set(other):
            return self.same_desa, "tempat yang sama"
        if {_kecamatan(c) for c in own} & {_kecamatan(c) for c in other}:
            return self.same_kecamatan, "kecamatan yang sama"
        return 0.0, "kecamatan berbeda"

    def _category(self, item: ClusterItem, profile: ClusterProfile) -> tuple[float, str]:
        members = max(profile.size, 1)
        if item.category and profile.categories.get(item.category):
            return min(1.0, profile.categories[item.category] / members), "kategori sama"
        if item.domain and profile.domains.get(item.domain):
            return self.same_domain * min(1.0, profile.domains[item.domain] / members), "bidang sama"
        return 0.0, "kategori berbeda"


def _timestamp(moment: datetime | None) -> float:
    return moment.timestamp() if moment is not None else float("-inf")
