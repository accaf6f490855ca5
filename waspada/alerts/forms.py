from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from waspada.alerts.enums import AlertOutcome, RuleKind
from waspada.alerts.models import Alert, AlertRule
from waspada.alerts.services.lifecycle import CLOSING_NOTE_MAX, alert_closing_problems
from waspada.alerts.services.rule_editing import RuleInvalid, RuleValues, alert_rule_clean
from waspada.alerts.services.rules import ALERT_LEVELS, PARAM_DEFAULTS
from waspada.cases.enums import CaseStage
from waspada.cases.selectors import assignable_users
from waspada.core.enums import Category, Domain, Level, Severity

DATETIME_INPUT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


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
    outcome = forms.ChoiceField(label=_("Hasil"), choices=[("", _("— pilih —")), *AlertOutcome.choices])
    event_at = forms.DateTimeField(
        label=_("Waktu kejadian sebenarnya"),
        required=False,
        widget=DATETIME_INPUT,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text=_("Wajib bila hasilnya benar: kapan konflik yang diperingatkan benar-benar terjadi."),
    )
    note = forms.CharField(
        label=_("Catatan"), widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=CLOSING_NOTE_MAX
    )

    def __init__(self, *args: Any, alert: Alert, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.alert = alert

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if "outcome" in data and "event_at" in data:
            problems = alert_closing_problems(
                outcome=data["outcome"], event_at=data["event_at"], raised_at=self.alert.raised_at, now=timezone.now()
            )
            for name, message in problems.items():
                self.add_error(name, message)
        return data


# The form fields of each kind's parameters.
PARAM_FIELDS: dict[str, tuple[str, ...]] = {kind: tuple(defaults) for kind, defaults in PARAM_DEFAULTS.items()}


def _param_field(name: str) -> forms.Field:
    if name == "min_reports":
        return forms.IntegerField(label=_("Jumlah laporan minimal"), help_text=_("1–1000 laporan."))
    if name == "window_hours":
        return forms.IntegerField(
            label=_("Jendela waktu (jam)"), help_text=_("Laporan yang terjadi dalam sekian jam terakhir: 1–168.")
        )
    if name == "min_severity":
        return forms.TypedChoiceField(label=_("Keparahan minimal"), choices=Severity.choices, coerce=int)
    if name == "min_level":
        return forms.ChoiceField(label=_("Naik ke tingkat"), choices=[(lv, Level(lv).label) for lv in ALERT_LEVELS])
    if name == "min_score":
        return forms.FloatField(
            label=_("Skor lonjakan minimal"),
            help_text=_(
                "Skor detektor lonjakan: 3 berarti pola seperti itu muncul kebetulan sekitar 1 kali dalam 1.000."
            ),
        )
    return forms.CharField(
        label=_("Kata kunci atau frasa"),
        required=False,  # the rule's own check says what is missing, in its words
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Satu per baris (atau dipisah koma). Dicocokkan sebagai kata utuh pada judul dan isi laporan yang sudah "
            "dinormalkan: «bentrok» tidak cocok dengan «berbentrokan», dan «gk» dibaca «tidak»."
        ),
    )


class AlertRuleForm(forms.Form):
    """One form for every kind; only the kind's own parameter fields are added."""

    name = forms.CharField(label=_("Nama aturan"), max_length=150)
    level = forms.ChoiceField(label=_("Tingkat peringatan"), choices=[(lv, Level(lv).label) for lv in ALERT_LEVELS])
    region = forms.CharField(
        label=_("Wilayah (kode Kemendagri)"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"list": "region-options", "autocomplete": "off", "inputmode": "decimal"}),
        help_text=_(
            "Kosongkan untuk seluruh provinsi. Contoh: 64.08 (Kutai Timur) atau kode kecamatan; aturan berlaku untuk "
            "wilayah itu dan semua wilayah di bawahnya."
        ),
    )
    domain = forms.ChoiceField(
        label=_("Bidang"), required=False, choices=[("", _("— semua bidang —")), *Domain.choices]
    )
    category = forms.ChoiceField(
        label=_("Kategori"), required=False, choices=[("", _("— semua kategori —")), *Category.choices]
    )
    cooldown_hours = forms.IntegerField(
        label=_("Jeda setelah ditutup (jam)"),
        initial=6,
        help_text=_(
            "Setelah peringatan dari aturan ini ditutup, wilayah yang sama menunggu selama ini sebelum peringatan "
            "baru dinaikkan (meredam peringatan yang naik-turun). 0–720 jam."
        ),
    )
    active = forms.TypedChoiceField(
        label=_("Status"),
        choices=[("1", _("Aktif — dievaluasi")), ("0", _("Nonaktif — tidak dievaluasi"))],
        coerce=lambda value: value == "1",
        initial="1",
    )

    def __init__(self, *args: Any, kind: str, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.user = user
        self.values: RuleValues | None = None
        for name in PARAM_FIELDS[kind]:
            self.fields[name] = _param_field(name)
            if name != "keywords":
                self.fields[name].initial = PARAM_DEFAULTS[kind][name]
        if kind == RuleKind.LEVEL:
            # The index is per kab/kota over every category: nothing to narrow there.
            del self.fields["domain"], self.fields["category"]

    @property
    def param_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in PARAM_FIELDS[self.kind]]

    def params(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name) for name in PARAM_FIELDS[self.kind]}

    def rule_values(self) -> dict[str, Any]:
        """What `alert_rule_create` and `alert_rule_update` take from a valid form."""
        data = self.cleaned_data
        return {
            "name": data["name"],
            "params": self.params(),
            "level": data["level"],
            "region_code": data["region"],
            "domain": data.get("domain", ""),
            "category": data.get("category", ""),
            "cooldown_hours": data["cooldown_hours"],
            "active": data["active"],
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        # The rule's own checks run even when a field is already refused, so every problem shows at once.
        try:
            self.values = alert_rule_clean(
                actor=self.user,
                name=data.get("name", ""),
                kind=self.kind,
                params={name: value for name, value in self.params().items() if value is not None},
                level=data.get("level", ""),
                region_code=data.get("region", ""),
                domain=data.get("domain", ""),
                category=data.get("category", ""),
                cooldown_hours=data.get("cooldown_hours"),
            )
        except RuleInvalid as invalid:
            for name, message in invalid.errors.items():
                if name not in self.errors:
                    self.add_error(name if name in self.fields else None, message)
        return data

    @staticmethod
    def initial_for(rule: AlertRule) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "name": rule.name,
            "level": rule.level,
            "region": rule.region_id or "",
            "domain": rule.domain,
            "category": rule.category,
            "cooldown_hours": rule.cooldown_hours,
            "active": "1" if rule.active else "0",
        }
        for name in PARAM_FIELDS.get(rule.kind, ()):
            value = rule.params.get(name, PARAM_DEFAULTS[rule.kind][name])
            initial[name] = "\n".join(value) if name == "keywords" else value
        return initial


PERIOD_MAX_DAYS = 3 * 366
PERIOD_DEFAULT_DAYS = 90


class EvaluationPeriodForm(forms.Form):
    dari = forms.DateField(label=_("Dari"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    sampai = forms.DateField(label=_("Sampai"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def period(self, today: dt.date) -> tuple[dt.date, dt.date]:
        """The chosen period, defaults filled in; call after is_valid()."""
        end = self.cleaned_data.get("sampai") or today
        start = self.cleaned_data.get("dari") or end - dt.timedelta(days=PERIOD_DEFAULT_DAYS - 1)
        return start, end

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("dari"), data.get("sampai") or timezone.localdate()
        if start:
            if start > end:
                self.add_error("dari", _("Tanggal awal harus sebelum atau sama dengan tanggal akhir."))
            elif (end - start).days >= PERIOD_MAX_DAYS:
                self.add_error("dari", _("Rentang waktu paling panjang 3 tahun."))
        return data
