"""Aduan masyarakat: anyone may send a tip without an account, and follow it with a tracking code."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from waspada.core.enums import Channel, Credibility, Marking, Reliability
from waspada.intake.attachments import CleanFile
from waspada.intake.models import Report
from waspada.intake.services import SubmitResult, report_submit
from waspada.regions.models import Region, RegionLevel

_CODE = re.compile(r"^WSP-?([A-Z0-9]{4})-?([A-Z0-9]{4})$")
MAX_REQUEST_BYTES = 20 * 1024 * 1024


def normalise_tracking_code(raw: str) -> str | None:
    match = _CODE.match(re.sub(r"\s+", "", raw or "").upper())
    return f"WSP-{match.group(1)}-{match.group(2)}" if match else None


def home_kabkota() -> list[Region]:
    return list(Region.objects.filter(parent_id=settings.WASPADA_HOME_REGION, level=RegionLevel.KABKOTA))


def tip_submit(
    *,
    text: str,
    title: str = "",
    region_code: str | None = None,
    location_detail: str = "",
    occurred_at: Any = None,
    contact: str = "",
    attachments: list[CleanFile] | None = None,
) -> SubmitResult:
    """A public tip: anonymous unless a contact is left (sealed), terbatas, graded F6 until verified."""
    first_words = " ".join(text.split()[:10])
    return report_submit(
        channel=Channel.PUBLIC_TIP,
        actor=None,
        actor_label="publik",
        title=title or (first_words[:120] + ("…" if len(first_words) > 120 else "")),
        text=text,
        region_code=region_code,
        location_detail=location_detail,
        occurred_at=occurred_at,
        reliability=Reliability.F,
        credibility=Credibility.UNKNOWN,
        marking=Marking.TERBATAS,
        with_tracking_code=True,
        contact=contact,
        attachments=attachments,
    )


def report_for_tracking_code(code: str) -> Report | None:
    normalised = normalise_tracking_code(code)
    if normalised is None:
        return None
    return Report.objects.select_related("issue").filter(tracking_code=normalised).first()


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,application/pdf"})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class PublicTipForm(forms.Form):
    text = forms.CharField(
        label=_lazy("Apa yang Anda lihat atau dengar?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        help_text=_lazy("Ceritakan apa, di mana, kapan dan siapa yang terlibat."),
    )
    kabkota = forms.ChoiceField(label=_lazy("Kabupaten/kota"), required=False)
    location_detail = forms.CharField(label=_lazy("Lokasi (kecamatan, desa, jalan)"), max_length=300, required=False)
    occurred_at = forms.DateTimeField(
        label=_lazy("Kapan terjadi (jika tahu)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    contact = forms.CharField(
        label=_lazy("Kontak Anda (tidak wajib)"),
        max_length=200,
        required=False,
        help_text=_lazy("Nomor HP atau surel, hanya jika Anda bersedia dihubungi. Disimpan terenkripsi."),
    )
    attachments = MultipleFileField(
        label=_lazy("Foto atau dokumen (tidak wajib, maks. 3 berkas, 5 MB)"), required=False
    )
    # Left empty by people; bots fill every field they find.
    website = forms.CharField(required=False, widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", str(_("— tidak tahu —")))] + [(r.code, r.name) for r in home_kabkota()]
        self.fields["kabkota"].choices = choices  # type: ignore[attr-defined]

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Formulir tidak dapat diproses."))
        return ""
