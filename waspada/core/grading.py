"""The Admiralty grading of a report: source reliability × information credibility, on the configured scale.

Two scales are in use among Indonesian and allied intelligence staff:

* ``6x6`` (default): reliability A–F (F: cannot be judged), credibility 1–6 (6: cannot be judged);
* ``5x5``: reliability A–E (E: untested source), credibility 1–5 (4: cannot be judged, 5: suspected false).

Reports store the letter and the number as given (both scales fit the same columns); the scale decides what the
forms offer, how the grading is labelled, and how much a report weighs in the index and the detectors.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from waspada.core.enums import Credibility, Reliability

SCALES = ("6x6", "5x5")

_RELIABILITY_5X5: list[tuple[str, Promise]] = [
    ("A", _("A — dapat dipercaya")),
    ("B", _("B — biasanya dapat dipercaya")),
    ("C", _("C — kadang-kadang dapat dipercaya")),
    ("D", _("D — tidak dapat dipercaya")),
    ("E", _("E — sumber belum teruji")),
]
_CREDIBILITY_5X5: list[tuple[int, Promise]] = [
    (1, _("1 — diketahui benar tanpa keraguan")),
    (2, _("2 — diketahui langsung oleh sumber")),
    (3, _("3 — tidak diketahui langsung oleh sumber, tetapi dikuatkan")),
    (4, _("4 — tidak dapat dinilai")),
    (5, _("5 — diduga keliru atau palsu")),
]


def grading_scale() -> str:
    return str(settings.WASPADA_GRADING_SCALE)


def reliability_choices() -> list[tuple[str, Promise | str]]:
    return list(_RELIABILITY_5X5) if grading_scale() == "5x5" else list(Reliability.choices)


def credibility_choices() -> list[tuple[int, Promise | str]]:
    return list(_CREDIBILITY_5X5) if grading_scale() == "5x5" else list(Credibility.choices)


def grading_weight(reliability: str, credibility: int) -> float:
    """How much one report counts in the index and the detectors (1.0 full; less when doubtful or unjudged).

    6x6: A–C with 1–3 full; F or 6 (cannot be judged) 0.7; D, E, 4 or 5 (doubtful, unreliable) 0.4.
    5x5: A–C with 1–3 full; E (untested) or 4 (cannot be judged) 0.7; D or 5 (unreliable, suspected false) 0.4.
    A value outside the scale (e.g. F/6 stored before switching to 5x5) counts as cannot be judged.
    """
    if grading_scale() == "5x5":
        if reliability == "D" or credibility == 5:
            return 0.4
        if reliability in ("A", "B", "C") and credibility in (1, 2, 3):
            return 1.0
        return 0.7
    if reliability in "DE" or credibility in (4, 5):
        return 0.4
    if reliability == "F" or credibility == 6:
        return 0.7
    return 1.0
