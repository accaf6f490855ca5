"""Read-only admin lists of what the messaging channels received and the replies waiting, sent or failed."""

from __future__ import annotations

from django.contrib import admin

from waspada.core.admin import ReadOnlyAdmin
from waspada.intake.models import InboundMessage, OutboundMessage


@admin.register(OutboundMessage)
class OutboundMessageAdmin(ReadOnlyAdmin):
    list_display = ("id", "channel", "report", "status", "attempts", "next_attempt_at", "last_error", "sent_at")
    list_filter = ("status", "channel")
    search_fields = ("report__tracking_code", "last_error")
    date_hierarchy = "created_at"
    # The recipient stays sealed: opening it is the verifier's audited action on the report page.
    exclude = ("recipient_sealed",)


@admin.register(InboundMessage)
class InboundMessageAdmin(ReadOnlyAdmin):
    list_display = ("id", "channel", "report", "received_at", "over_limit", "media_status", "media_error")
    list_filter = ("channel", "over_limit", "media_status")
    search_fields = ("provider_message_id", "report__tracking_code")
    exclude = ("sender_sealed",)
