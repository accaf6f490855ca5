from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from waspada.core.enums import Marking
from waspada.core.grading import credibility_choices, reliability_choices
from waspada.intake.enums import RejectReason
from waspada.intake.public import MultipleFileField
from waspada.regions.models import Region
from waspada.regions.selectors import children_for_user, kabkota_choices_for_user


class FieldReportForm(forms.Form):
    """Laporan Informasi: one problem per report, facts apart from the reporter's opinion."""

    title = forms.CharField(label=_("Perihal (apa)"), max_length=200)
    kabkota = forms.ChoiceField(label=_("Kabupaten/kota"))
    kecamatan = forms.ChoiceField(label=_("Kecamatan"), required=False)
    desa = forms.ChoiceField(label=_("Desa/kelurahan"), required=False)
    location_detail = forms.CharField(label=_("Detail lokasi"), max_length=300, required=False)
    occurred_at = forms.DateTimeField(
        label=_("Waktu kejadian (kapan)"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
    )
    who = forms.CharField(label=_("Pihak yang terlibat (siapa)"), max_length=500)
    text = forms.CharField(
        label=_("Fakta: apa yang terjadi dan bagaimana"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=20_000,
    )
    why = forms.CharField(label=_("Latar belakang (mengapa)"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    opinion = forms.CharField(
        label=_("Pendapat/penilaian pelapor (dipisahkan dari fakta)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    source_detail = forms.CharField(label=_("Sumber informasi"), max_length=300, required=False)
    source_relation = forms.CharField(label=_("Hubungan pelapor dengan sumber"), max_length=200, required=False)
    obtained_how = forms.CharField(
        label=_("Cara informasi diperoleh"),
        max_length=200,
        required=False,
        help_text=_("Misalnya: melihat langsung, wawancara, grup WhatsApp warga."),
    )
    obtained_at = forms.DateTimeField(
        label=_("Waktu informasi diperoleh"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
    )
    latitude = forms.FloatField(label=_("Lintang"), required=False, min_value=-90, max_value=90)
    longitude = forms.FloatField(label=_("Bujur"), required=False, min_value=-180, max_value=180)
    attachments = MultipleFileField(label=_("Lampiran (foto/PDF, maks. 3 berkas, 5 MB)"), required=False)
    reliability = forms.ChoiceField(label=_("Keandalan sumber"), choices=reliability_choices, initial="C")
    credibility = forms.TypedChoiceField(
        label=_("Kredibilitas informasi"), choices=credibility_choices, coerce=int, initial=3
    )
    marking = forms.ChoiceField(label=_("Klasifikasi"), choices=Marking.choices, initial=Marking.TERBATAS)
    idempotency_key = forms.CharField(widget=forms.HiddenInput, max_length=100)

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        kabkota = kabkota_choices_for_user(user)
        self._choice_field("kabkota").choices = [("", str(_("— pilih —")))] + [(r.code, r.name) for r in kabkota]
        if len(kabkota) == 1:
            self.fields["kabkota"].initial = kabkota[0].code
        self.fields["idempotency_key"].initial = uuid.uuid4().hex
        self.fields["occurred_at"].initial = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
        chosen_kab = self.data.get("kabkota") or self.fields["kabkota"].initial
        chosen_kec = self.data.get("kecamatan")
        self._choice_field("kecamatan").choices = self._children(chosen_kab)
        self._choice_field("desa").choices = self._children(chosen_kec)

    def _choice_field(self, name: str) -> forms.ChoiceField:
        return cast(forms.ChoiceField, self.fields[name])

    def _children(self, parent_code: str | None) -> list[tuple[str, str]]:
        options: list[tuple[str, str]] = [("", str(_("— semua/tidak tahu —")))]
        if parent_code:
            options += [(r.code, r.name) for r in children_for_user(self.user, parent_code)]
        return options

    def clean_occurred_at(self) -> Any:
        value = self.cleaned_data["occurred_at"]
        if value and value > timezone.now() + dt.timedelta(minutes=15):
            raise forms.ValidationError(_("Waktu kejadian tidak boleh di masa depan."))
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kab, kec, desa = data.get("kabkota"), data.get("kecamatan"), data.get("desa")
        if kec and kab and not kec.startswith(f"{kab}."):
            self.add_error("kecamatan", _("Kecamatan tidak berada di kabupaten/kota yang dipilih."))
        if desa and kec and not desa.startswith(f"{kec}."):
            self.add_error("desa", _("Desa tidak berada di kecamatan yang dipilih."))
        data["region_code"] = desa or kec or kab
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            self.add_error("longitude", _("Isi lintang dan bujur bersama-sama, atau kosongkan keduanya."))
        return data

    def region(self) -> Region | None:
        return Region.objects.filter(code=self.cleaned_data.get("region_code")).first()


class RejectForm(forms.Form):
    reason = forms.ChoiceField(label=_("Alasan"), choices=RejectReason.choices)


class GradeForm(forms.Form):
    """On the configured scale (WASPADA_GRADING_SCALE): the choices are read each time the form is built."""

    reliability = forms.ChoiceField(label=_("Keandalan sumber"), choices=reliability_choices)
    credibility = forms.TypedChoiceField(label=_("Kredibilitas informasi"), choices=credibility_choices, coerce=int)


class MarkingForm(forms.Form):
    marking = forms.ChoiceField(label=_("Klasifikasi"), choices=Marking.choices)


class MoveToIssueForm(forms.Form):
    issue = forms.ChoiceField(label=_("Masukkan ke isu"))

    def __init__(self, *args: Any, issues: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.issues = {str(i.pk): i for i in issues}
        cast(forms.ChoiceField, self.fields["issue"]).choices = [("baru", str(_("— isu baru dari laporan ini —")))] + [
            (pk, f"{i.title} ({i.report_count})") for pk, i in self.issues.items()
        ]

    def chosen_issue(self) -> Any:
        return self.issues.get(self.cleaned_data["issue"])


class AskSenderForm(forms.Form):
    question = forms.CharField(
        label=_("Pertanyaan kepada pelapor"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )
