from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from waspada.cases.enums import ActionKind, CaseStatus


class CaseActionForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Jenis"),
        choices=[
            (ActionKind.TINDAKAN, ActionKind.TINDAKAN.label),
            (ActionKind.CATATAN, ActionKind.CATATAN.label),
        ],
    )
    description = forms.CharField(label=_("Uraian"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    due_date = forms.DateField(label=_("Tenggat"), required=False, widget=forms.DateInput(attrs={"type": "date"}))


class CaseTransitionForm(forms.Form):
    status = forms.ChoiceField(label=_("Status baru"), choices=CaseStatus.choices)
    note = forms.CharField(label=_("Catatan/hasil"), widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, *args: Any, allowed: frozenset[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if allowed is not None:
            cast(forms.ChoiceField, self.fields["status"]).choices = [
                choice for choice in CaseStatus.choices if choice[0] in allowed
            ]
