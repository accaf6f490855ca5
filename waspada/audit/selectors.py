from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from waspada.accounts.permissions import region_q, visible_markings
from waspada.audit.models import AuditEvent


def audit_events_for_user(user: Any) -> QuerySet[AuditEvent]:
    events = AuditEvent.objects.filter(marking__in=visible_markings(user)).select_related("actor")
    if getattr(user, "is_superuser", False):
        return events
    # Events about no region (gazetteer loads) are seen by everyone allowed to read the log.
    return events.filter(region_q(user, "region_code") | Q(region_code=""))
