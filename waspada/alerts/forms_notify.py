"""Forms of the subscription pages and of publishing a public warning: input turned into typed values, with errors."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from waspada.alerts.enums import NotificationChannel
from waspada.alerts.models import Subscription
from waspada.alerts.services.public import PUBLIC_LEVELS, TEXT_MAX, TITLE_MAX
from waspada.alerts.services.subscriptions import (
    SUBSCRIBABLE_LEVELS,
    SubscriptionInput,
    address_masked,
    address_normalise,
    subscription_regions,
)
from waspada.alerts.transports import subscription_channels
from waspada.core.enums import Category, Level

ADDRESS_MAX = 254


class SubscriptionForm(forms.Form):
    channel = forms.ChoiceField(label=_("Kanal"))
    address = forms.CharField(
        label=_("Alamat tujuan"),
        max_length=ADDRESS_MAX,
        required=False,
        help_text=_("Surel: nama@instansi.go.id · Telegram: ID chat (angka) · WhatsApp: 0812… atau +62812…"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}),
    )
    region = forms.ChoiceField(label=_("Wilayah"), required=False)
    min_level = forms.ChoiceField(
        label=_("Tingkat minimal"),
        choices=[(level, Level(level).label) for level in SUBSCRIBABLE_LEVELS],
        initial=Level.WASPADA,
    )
    categories = forms.MultipleChoiceField(
        label=_("Kategori"),
        choices=Category.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Kosongkan untuk semua kategori."),
    )
    quiet_start = forms.TimeField(
        label=_("Jam tenang mulai"), required=False, widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    quiet_end = forms.TimeField(
        label=_("Jam tenang selesai"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("Pesan pada jam tenang ditahan sampai jam tenang selesai, kecuali tingkat Awas."),
    )
    daily_digest = forms.BooleanField(label=_("Kirim juga ringkasan harian"), required=False)
    active = forms.BooleanField(label=_("Aktif"), required=False, initial=True)

    def __init__(self, *args: Any, owner: Any, instance: Subscription | None = None, **kwargs: Any) -> None:
        if instance is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                "channel": instance.channel,
                "region": instance.region_id or "",
                "min_level": instance.min_level,
                "categories": instance.categories,
                "quiet_start": instance.quiet_start,
                "quiet_end": instance.quiet_end,
                "daily_digest": instance.daily_digest,
                "active": instance.active,
            }
        elif instance is None and "initial" not in kwargs and settings.WASPADA_NOTIFY_QUIET_HOURS:
            start, end = settings.WASPADA_NOTIFY_QUIET_HOURS
            kwargs["initial"] = {"quiet_start": start, "quiet_end": end}
        super().__init__(*args, **kwargs)
        self.instance = instance
        channels = subscription_channels()
        if instance is not None and instance.channel not in channels:
            channels.append(instance.channel)  # keep it editable even if the server stopped offering it
        self._choice("channel").choices = [(c, NotificationChannel(c).label) for c in channels]
        self._choice("region").choices = [("", str(_("— semua wilayah tugas —")))] + [
            (r.code, r.name) for r in subscription_regions(owner)
        ]
        if instance is not None:
            self.fields["address"].help_text = _(
                "Tersimpan: %(address)s. Kosongkan untuk tetap memakai alamat ini."
            ) % {"address": address_masked(instance)}

    def _choice(self, name: str) -> forms.ChoiceField:
        return cast(forms.ChoiceField, self.fields[name])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        channel, address = data.get("channel"), (data.get("address") or "").strip()
        if channel and address:
            try:
                data["address"] = address_normalise(channel, address)
            except ValidationError as error:
                self.add_error("address", error)
        elif channel and (self.instance is None or self.instance.channel != channel):
            self.add_error("address", _("Alamat tujuan wajib diisi."))
        start, end = data.get("quiet_start"), data.get("quiet_end")
        if (start is None) != (end is None) or (start is not None and start == end):
            self.add_error("quiet_end", _("Isi jam tenang mulai dan selesai (berbeda), atau kosongkan keduanya."))
        return data

    def to_input(self) -> SubscriptionInput:
        data = self.cleaned_data
        return SubscriptionInput(
            channel=data["channel"],
            address=data.get("address") or "",
            region_code=data.get("region") or None,
            min_level=data["min_level"],
            categories=list(data.get("categories") or []),
            quiet_start=data.get("quiet_start"),
            quiet_end=data.get("quiet_end"),
            daily_digest=bool(data.get("daily_digest")),
            active=bool(data.get("active")),
        )


class PublicWarningForm(forms.Form):
    title = forms.CharField(label=_("Judul"), max_length=TITLE_MAX)
    text = forms.CharField(
        label=_("Isi peringatan"),
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Tulis untuk masyarakat: wilayah, imbauan, tanpa nama orang, sumber, atau isi laporan. Data pribadi "
            "(nama, NIK, nomor telepon, alamat) disamarkan otomatis."
        ),
    )
    level = forms.ChoiceField(label=_("Tingkat"), choices=[(lv, Level(lv).label) for lv in PUBLIC_LEVELS])
    notify_subscribers = forms.BooleanField(label=_("Beri tahu pelanggan wilayah ini"), required=False)
