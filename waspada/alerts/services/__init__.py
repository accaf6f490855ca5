"""Alerts services, split by concern: the index (risk), the rules, and an alert's life (lifecycle)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from waspada.alerts.models import RiskAssessment
from waspada.alerts.services.lifecycle import alert_acknowledge, alert_close, alert_mark_handled
from waspada.alerts.services.risk import grading_weight, risk_recompute, risk_recompute_province
from waspada.alerts.services.rules import alert_raise, alert_rules_evaluate


def region_risk_and_alerts_update(*, region_code: str, as_of: dt.datetime | None = None) -> RiskAssessment:
    """Re-score a kab/kota and run the alert rules, as of a moment (default now)."""
    as_of = as_of or timezone.now()
    assessment = risk_recompute(region_code=region_code, as_of=as_of)
    alert_rules_evaluate(region_code=region_code, as_of=as_of, assessment=assessment)
    return assessment


__all__ = [
    "alert_acknowledge",
    "alert_close",
    "alert_mark_handled",
    "alert_raise",
    "alert_rules_evaluate",
    "grading_weight",
    "region_risk_and_alerts_update",
    "risk_recompute",
    "risk_recompute_province",
]
