from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from waspada.alerts.enums import AlertOutcome
from waspada.cases.enums import CaseStage
from waspada.cases.selectors import assignable_users


class OpenCaseForm(forms.Form):
    title = forms.CharField(label=_("Judul penanganan"), max_length=200, required=False)
    stage = forms.ChoiceField(label=_("Tahap"), choices=CaseStage.choices, initial=CaseStage.PENCEGAHAN)
    assignee = forms.ChoiceField(label=_("Penanggung jawab"))
    first_action = forms.CharField(
        label=_("Tindakan pertama"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )
    due_date = forms.DateField(
        label=_("Tenggat tindakan"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, alert: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.candidates = {str(u.pk): u for u in assignable_users(for_object=alert)}
        cast(forms.ChoiceField, self.fields["assignee"]).choices = [("", _("— pilih —"))] + [
            (pk, f"{u.display_name} — {u.get_role_display()}") for pk, u in self.candidates.items()
        ]

    def clean_assignee(self) -> Any:
        return self.candidates[self.cleaned_data["assignee"]]


class CloseAlertForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Hasil"), choices=AlertOutcome.choices)
    note = forms.CharField(label=_("Catatan"), widget=forms.Textarea(attrs={"rows": 2}), required=False)
