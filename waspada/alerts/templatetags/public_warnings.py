"""`{% public_warning_panel alert as panel %}`: what the alert page's public-warning box needs (no view change)."""

from __future__ import annotations

from typing import Any

from django import template

from waspada.alerts.forms_notify import PublicWarningForm
from waspada.alerts.models import Alert
from waspada.alerts.services.public import can_publish_warning_for, current_warning_for_alert, draft_for

register = template.Library()


@register.simple_tag(takes_context=True)
def public_warning_panel(context: template.Context, alert: Alert) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    if user is None or not isinstance(alert, Alert) or not can_publish_warning_for(user, alert):
        return {"can_publish": False}
    title, text, level = draft_for(alert)
    return {
        "can_publish": True,
        "current": current_warning_for_alert(alert),
        "form": PublicWarningForm(initial={"title": title, "text": text, "level": level}),
    }
