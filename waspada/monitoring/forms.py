from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from waspada.accounts.permissions import visible_markings
from waspada.core.enums import Marking, Reliability
from waspada.monitoring.models import POLL_INTERVAL_MAX, POLL_INTERVAL_MIN, FeedSource
from waspada.regions.selectors import kabkota_choices_for_user


class FeedSourceForm(forms.Form):
    name = forms.CharField(label=_("Nama media"), max_length=150)
    feed_url = forms.URLField(
        label=_("Alamat feed RSS/Atom"),
        max_length=1000,
        assume_scheme="https",
        help_text=_("Contoh: https://media.contoh.id/feed — bukan alamat halaman depan situs."),
    )
    region = forms.ChoiceField(
        label=_("Kabupaten/kota yang diliput"),
        required=False,
        help_text=_("Kosongkan untuk media yang meliput seluruh provinsi."),
    )
    poll_interval_minutes = forms.IntegerField(
        label=_("Selang pemeriksaan (menit)"), min_value=POLL_INTERVAL_MIN, max_value=POLL_INTERVAL_MAX, initial=30
    )
    reliability = forms.ChoiceField(
        label=_("Keandalan sumber untuk laporannya"), choices=Reliability.choices, initial=Reliability.C
    )
    marking = forms.ChoiceField(label=_("Klasifikasi laporannya"), initial=Marking.PUBLIK)
    # A select rather than a checkbox: it reads the same on a phone as the fields around it.
    enabled = forms.TypedChoiceField(
        label=_("Status"),
        choices=[("1", _("Aktif — diperiksa berkala")), ("0", _("Nonaktif — tidak diperiksa"))],
        coerce=lambda value: value == "1",
        initial="1",
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._choice("region").choices = [("", str(_("— seluruh provinsi —")))] + [
            (r.code, r.name) for r in kabkota_choices_for_user(user)
        ]
        self._choice("marking").choices = [(m, label) for m, label in Marking.choices if m in visible_markings(user)]

    def _choice(self, name: str) -> forms.ChoiceField:
        return cast(forms.ChoiceField, self.fields[name])

    def clean_feed_url(self) -> str:
        url = str(self.cleaned_data["feed_url"])
        if not url.lower().startswith(("http://", "https://")):
            raise forms.ValidationError(_("Alamat feed harus berupa URL http:// atau https://."))
        return url

    @staticmethod
    def initial_for(source: FeedSource) -> dict[str, Any]:
        return {
            "name": source.name,
            "feed_url": source.feed_url,
            "region": source.region_id or "",
            "poll_interval_minutes": source.poll_interval_minutes,
            "reliability": source.reliability,
            "marking": source.marking,
            "enabled": "1" if source.enabled else "0",
        }


class DeleteSourceForm(forms.Form):
    confirm_name = forms.CharField(label=_("Ketik nama sumber untuk memastikan"), max_length=150)
