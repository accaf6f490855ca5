"""Alerts services, split by concern: the index (risk), burst detection, the rules, and an alert's life (lifecycle)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from django.utils import timezone

from waspada.alerts.models import Alert, RiskAssessment
from waspada.alerts.services.detection import detection_advance, detection_peek
from waspada.alerts.services.lifecycle import alert_acknowledge, alert_close, alert_mark_handled
from waspada.alerts.services.risk import (
    grading_weight,
    region_context_update,
    risk_recompute,
    risk_recompute_batch,
    risk_recompute_province,
)
from waspada.alerts.services.rules import alert_raise, alert_rules_evaluate

logger = logging.getLogger(__name__)


def region_risk_and_alerts_update(*, region_code: str, as_of: dt.datetime | None = None) -> RiskAssessment:
    """After a relevant change in a kab/kota (an analysed report, a triage decision), as of a moment (default now):
    move the burst detectors up to it and peek at its open hour, re-score the kab/kota, run the alert rules."""
    as_of = as_of or timezone.now()
    others = _detect(region_code=region_code, as_of=as_of)
    assessment = risk_recompute(region_code=region_code, as_of=as_of)
    alert_rules_evaluate(region_code=region_code, as_of=as_of, assessment=assessment)
    if others:
        _reassess(others, as_of=as_of)
    return assessment


def _detect(*, region_code: str, as_of: dt.datetime) -> list[str]:
    """Burst detection for the change; returns the other kab/kota whose detectors raised something meanwhile.

    Detection never stops the index: a failure here is logged and the next change or the scheduler tries again.
    """
    try:
        closed = detection_advance(until=as_of)
        detection_peek(kabkota_code=region_code, as_of=as_of)
    except Exception:
        logger.exception("burst detection failed for %s as of %s", region_code, as_of)
        return []
    return sorted({a.region_id for a in closed} - {region_code})


def _reassess(kabkota_codes: Sequence[str], *, as_of: dt.datetime) -> None:
    assessments = risk_recompute_batch(as_of=as_of, kabkota_codes=list(kabkota_codes))
    for code, assessment in sorted(assessments.items()):
        alert_rules_evaluate(region_code=code, as_of=as_of, assessment=assessment)


def detection_hourly(*, now: dt.datetime | None = None) -> list[Alert]:
    """The scheduler's job: close the hours that ended (quiet hours too), then re-score the kab/kota that burst."""
    now = now or timezone.now()
    alerts = detection_advance(until=now)
    if alerts:
        _reassess(sorted({a.region_id for a in alerts}), as_of=now)
    return alerts


__all__ = [
    "alert_acknowledge",
    "alert_close",
    "alert_mark_handled",
    "alert_raise",
    "alert_rules_evaluate",
    "detection_advance",
    "detection_hourly",
    "detection_peek",
    "grading_weight",
    "region_context_update",
    "region_risk_and_alerts_update",
    "risk_recompute",
    "risk_recompute_batch",
    "risk_recompute_province",
]
