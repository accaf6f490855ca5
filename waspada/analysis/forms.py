"""An analyst's correction of what the engine said about a report."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from waspada.core.enums import Category, Domain, Severity

_UNJUDGED = ("", _("— tidak diubah —"))
_YES_NO = [_UNJUDGED, ("ya", _("ya")), ("tidak", _("tidak"))]


def _flag(value: str) -> bool | None:
    return {"ya": True, "tidak": False}.get(value)


class CorrectionForm(forms.Form):
    relevant = forms.ChoiceField(label=_("Relevan konflik"), choices=_YES_NO, required=False)
    domain = forms.ChoiceField(label=_("Bidang"), choices=[_UNJUDGED, *Domain.choices], required=False)
    category = forms.ChoiceField(label=_("Kategori"), choices=[_UNJUDGED, *Category.choices], required=False)
    severity = forms.TypedChoiceField(
        label=_("Keparahan"),
        choices=[_UNJUDGED, *Severity.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    provocation = forms.ChoiceField(label=_("Provokasi"), choices=_YES_NO, required=False)
    hoax = forms.ChoiceField(label=_("Hoaks"), choices=_YES_NO, required=False)
    note = forms.CharField(label=_("Catatan"), max_length=500, required=False)

    def labels(self) -> dict[str, Any]:
        """Keyword arguments of `analysis_correct` from a valid form."""
        data = self.cleaned_data
        return {
            "relevant": _flag(data["relevant"]),
            "domain": data["domain"],
            "category": data["category"],
            "severity": data["severity"],
            "provocation": _flag(data["provocation"]),
            "hoax": _flag(data["hoax"]),
            "note": data["note"].strip(),
        }
