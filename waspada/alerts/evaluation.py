"""How well the alerts did, from their closing outcomes: precision and lead time (reads only).

- precision = benar / (benar + alarm palsu); *tidak dapat dipastikan* is counted apart, never as either;
- lead time = when the conflict actually happened (entered on closing a *benar* alert) − when the alert was
  raised: positive means the warning came first, negative that it came after the event.

Grouped per kab/kota, per category and per rule, over the alerts raised in a period that the user may see.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from waspada.alerts.enums import AlertOutcome, AlertStatus
from waspada.alerts.selectors import alerts_for_user
from waspada.core.enums import Category

# Lead-time classes (hours, upper bound exclusive), for the distribution.
LEAD_BUCKETS: tuple[tuple[float, float], ...] = (
    (float("-inf"), 0.0),
    (0.0, 6.0),
    (6.0, 24.0),
    (24.0, 72.0),
    (72.0, 168.0),
    (168.0, float("inf")),
)


def lead_bucket_labels() -> list[str]:
    return [
        _("sesudah kejadian"),
        _("0–6 jam"),
        _("6–24 jam"),
        _("1–3 hari"),
        _("3–7 hari"),
        _("> 7 hari"),
    ]


@dataclass(frozen=True)
class ClosedAlert:
    """What the evaluation needs of one alert."""

    region: str
    region_name: str
    category: str
    rule: str
    rule_name: str
    status: str
    outcome: str
    raised_at: dt.datetime
    event_at: dt.datetime | None


@dataclass
class EvaluationRow:
    key: str
    label: str
    raised: int = 0
    open: int = 0
    true: int = 0
    false_alarm: int = 0
    undetermined: int = 0
    lead_hours: list[float] = field(default_factory=list)

    @property
    def judged(self) -> int:
        return self.true + self.false_alarm

    @property
    def precision(self) -> float | None:
        return self.true / self.judged if self.judged else None

    @property
    def precision_percent(self) -> int | None:
        precision = self.precision
        return round(precision * 100) if precision is not None else None

    @property
    def median_lead_hours(self) -> float | None:
        return statistics.median(self.lead_hours) if self.lead_hours else None

    @property
    def median_lead_text(self) -> str:
        return format_lead(self.median_lead_hours)

    @property
    def lead_distribution(self) -> list[int]:
        return [sum(1 for h in self.lead_hours if low <= h < high) for low, high in LEAD_BUCKETS]


@dataclass(frozen=True)
class Evaluation:
    start: dt.date
    end: dt.date
    total: EvaluationRow
    by_region: list[EvaluationRow]
    by_category: list[EvaluationRow]
    by_rule: list[EvaluationRow]

    @property
    def distribution(self) -> list[tuple[str, int]]:
        return list(zip(lead_bucket_labels(), self.total.lead_distribution, strict=True))


def format_lead(hours: float | None) -> str:
    """A lead time in words: "14 jam", "2 hari 3 jam", "3 jam sesudah kejadian"."""
    if hours is None:
        return "—"
    late = hours < 0
    minutes = round(abs(hours) * 60)
    days, rest = divmod(minutes, 24 * 60)
    whole_hours, mins = divmod(rest, 60)
    if days:
        text = ngettext("%(n)s hari", "%(n)s hari", days) % {"n": days}
        if whole_hours:
            text += " " + _("%(n)s jam") % {"n": whole_hours}
    elif whole_hours:
        text = _("%(n)s jam") % {"n": whole_hours}
        if mins and whole_hours < 6:
            text += " " + _("%(n)s menit") % {"n": mins}
    else:
        text = _("%(n)s menit") % {"n": mins}
    return _("%(lead)s sesudah kejadian") % {"lead": text} if late else text


def summarize(alerts: Iterable[ClosedAlert], *, start: dt.date, end: dt.date) -> Evaluation:
    """The evaluation of a set of alerts (pure: the page and the tests feed it rows)."""
    rows = list(alerts)
    return Evaluation(
        start=start,
        end=end,
        total=_row("*", _("Semua peringatan"), rows),
        by_region=_grouped(rows, lambda a: (a.region, a.region_name)),
        by_category=_grouped(
            rows,
            lambda a: (
                a.category,
                Category(a.category).label if a.category in Category.values else _("Tanpa kategori"),
            ),
        ),
        by_rule=_grouped(rows, lambda a: (a.rule, a.rule_name)),
    )


def _grouped(rows: Sequence[ClosedAlert], key: Callable[[ClosedAlert], tuple[str, Any]]) -> list[EvaluationRow]:
    groups: dict[tuple[str, str], list[ClosedAlert]] = defaultdict(list)
    for alert in rows:
        code, label = key(alert)
        groups[(code, str(label))].append(alert)
    result = [_row(code, label, members) for (code, label), members in groups.items()]
    return sorted(result, key=lambda r: (-r.raised, r.label))


def _row(key: str, label: str, alerts: Sequence[ClosedAlert]) -> EvaluationRow:
    row = EvaluationRow(key=key, label=label, raised=len(alerts))
    for alert in alerts:
        if alert.status != AlertStatus.DITUTUP:
            row.open += 1
        elif alert.outcome == AlertOutcome.BENAR:
            row.true += 1
            if alert.event_at is not None:
                row.lead_hours.append((alert.event_at - alert.raised_at).total_seconds() / 3600)
        elif alert.outcome == AlertOutcome.ALARM_PALSU:
            row.false_alarm += 1
        else:
            row.undetermined += 1
    row.lead_hours.sort()
    return row


def alert_evaluation_for_user(user: Any, *, start: dt.date, end: dt.date, tz: dt.tzinfo) -> Evaluation:
    """The evaluation of the alerts raised from `start` to `end` (whole days, inclusive) the user may see."""
    since = dt.datetime.combine(start, dt.time.min, tzinfo=tz)
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    rows = (
        alerts_for_user(user)
        .filter(raised_at__gte=since, raised_at__lt=until)
        .values_list(
            "region_id",
            "region__name",
            "category",
            "rule__code",
            "rule__name",
            "status",
            "outcome",
            "raised_at",
            "event_at",
        )
    )
    return summarize(
        (
            ClosedAlert(
                region=region,
                region_name=region_name.removeprefix("Kabupaten "),
                category=category,
                rule=rule,
                rule_name=rule_name,
                status=status,
                outcome=outcome,
                raised_at=raised_at,
                event_at=event_at,
            )
            for region, region_name, category, rule, rule_name, status, outcome, raised_at, event_at in rows
        ),
        start=start,
        end=end,
    )
