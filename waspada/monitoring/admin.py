from django.contrib import admin
from django.db import models
from django.http import HttpRequest

from waspada.core.admin import ReadOnlyAdmin
from waspada.monitoring.models import FeedItem, FeedSource, RobotsFile


# For looking, not changing: sources are kept at /pantauan/, where every change is checked and audited.
@admin.register(FeedSource)
class FeedSourceAdmin(ReadOnlyAdmin):
    list_display = ("name", "feed_url", "region", "enabled", "consecutive_failures", "last_success_at", "next_poll_at")
    list_filter = ("enabled", "reliability", "marking", "last_error_problem")
    search_fields = ("name", "feed_url")
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(FeedItem)
class FeedItemAdmin(ReadOnlyAdmin):
    list_display = ("url", "source", "outcome", "text_origin", "page_problem", "fetched_at")
    list_filter = ("outcome", "text_origin", "page_problem")
    search_fields = ("url", "guid")


@admin.register(RobotsFile)
class RobotsFileAdmin(admin.ModelAdmin[RobotsFile]):
    # Deleting a cached robots.txt makes the next poll read it again.
    list_display = ("origin", "fetched_at", "expires_at", "allow_all", "disallow_all")
    search_fields = ("origin",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
