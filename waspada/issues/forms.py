from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from waspada.intake.models import Report
from waspada.issues.models import Issue


class IssueMergeForm(forms.Form):
    """Which other isu (of the same kab/kota and marking, visible to the analyst) to gather into this one."""

    other = forms.ChoiceField(label=_("Isu lain yang digabungkan ke sini"))

    def __init__(self, *args: Any, candidates: list[Issue], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.candidates = {str(i.pk): i for i in candidates}
        cast(forms.ChoiceField, self.fields["other"]).choices = [
            (pk, f"{i.title} · {i.report_count} · {i.last_seen:%d/%m/%Y}") for pk, i in self.candidates.items()
        ]

    def chosen(self) -> Issue:
        return self.candidates[self.cleaned_data["other"]]


class IssueSplitForm(forms.Form):
    """Which reports of this isu to move into a new isu, and its title."""

    reports = forms.MultipleChoiceField(label=_("Laporan yang dipisahkan"), widget=forms.CheckboxSelectMultiple)
    title = forms.CharField(
        label=_("Judul isu baru"),
        max_length=200,
        required=False,
        help_text=_("Kosongkan untuk memakai judul laporan pertama yang dipilih."),
    )

    def __init__(self, *args: Any, reports: list[Report], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.MultipleChoiceField, self.fields["reports"]).choices = [(str(r.pk), r.title) for r in reports]
        self.fields["reports"].error_messages["required"] = _("Pilih laporan yang akan dipisahkan.")

    def chosen_ids(self) -> list[int]:
        return [int(pk) for pk in self.cleaned_data["reports"]]
