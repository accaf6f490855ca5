"""The daily digest: one message per subscription that asked for it, from WASPADA_NOTIFY_DIGEST_HOUR, once a day.

It summarises the open alerts its owner may see in the subscription's region (level and categories as
subscribed) and the kerawanan level changes of the last 24 hours there. Quiet hours hold it like any message.
The scheduler may call this as often as it likes: a subscription that has a digest dated today gets no other.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation

from waspada.alerts import messages
from waspada.alerts.enums import NotificationChannel, NotificationKind
from waspada.alerts.models import Notification, Subscription
from waspada.alerts.selectors import assessments_for_user, open_alerts_for_user
from waspada.alerts.services.notify import (
    SHORT_CHANNELS,
    alert_link,
    levels_up_to,
    queue_after_commit,
    send_after,
    site_link,
    subscriptions_link,
)
from waspada.core.enums import Level, Marking

CHANGES_WINDOW = dt.timedelta(hours=24)


def _day_start(now: dt.datetime) -> dt.datetime:
    return timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)


def digests_queue_due(*, now: dt.datetime | None = None) -> int:
    """Write today's digest for every subscription that has none yet, once the digest hour has come."""
    now = now or timezone.now()
    if timezone.localtime(now).hour < settings.WASPADA_NOTIFY_DIGEST_HOUR:
        return 0
    day_start = _day_start(now)
    sent_today = Notification.objects.filter(kind=NotificationKind.DIGEST, created_at__gte=day_start)
    waiting = (
        Subscription.objects.filter(active=True, daily_digest=True, user__is_active=True)
        .exclude(channel=NotificationChannel.WEBHOOK)
        .exclude(pk__in=sent_today.values("subscription_id"))
        .values_list("pk", flat=True)
    )
    written = 0
    for subscription_id in list(waiting):
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
            # Locked, then checked again: two schedulers running at once still write one digest.
            subscription = (
                Subscription.objects.select_for_update()
                .filter(pk=subscription_id, active=True, daily_digest=True)
                .first()
            )
            if subscription is None or sent_today.filter(subscription=subscription).exists():
                continue
            message = messages.digest_message(
                digest_facts(subscription, now=now),
                short=subscription.channel in SHORT_CHANNELS,
                subscriptions_link=subscriptions_link(),
            )
            row = Notification.objects.create(
                kind=NotificationKind.DIGEST,
                channel=subscription.channel,
                subscription=subscription,
                subject=message.subject[:200],
                body=message.body,
                next_attempt_at=send_after(subscription, level=Level.NORMAL, now=now),
            )
            queue_after_commit([row], now=now)
            written += 1
    return written


def digest_facts(subscription: Subscription, *, now: dt.datetime) -> messages.DigestFacts:
    user = subscription.user
    region = subscription.region
    alerts = open_alerts_for_user(user).filter(level__in=_levels_from(subscription.min_level))
    changes = (
        assessments_for_user(user)
        .filter(as_of__gt=now - CHANGES_WINDOW, as_of__lte=now)
        .exclude(level=F("previous_level"))
    )
    if region is not None:
        inside = Q(region_id=region.code) | Q(region_id__startswith=f"{region.code}.")
        alerts, changes = alerts.filter(inside), changes.filter(inside)
    if subscription.categories:
        alerts = alerts.filter(Q(category="") | Q(category__in=subscription.categories))
    return messages.DigestFacts(
        day=timezone.localtime(now).date(),
        scope=region.name if region is not None else messages.digest_scope_everywhere(),
        link=site_link(reverse("alerts:alert_list")),
        alerts=[
            messages.DigestAlert(
                region=alert.region.name,
                level=alert.level,
                title=alert.title,
                link=alert_link(alert),
                confidential=alert.marking == Marking.RAHASIA,
            )
            for alert in alerts.order_by("-raised_at", "-id")
        ],
        changes=[
            messages.LevelChange(
                region=change.region.name, previous=change.previous_level, current=change.level, at=change.as_of
            )
            for change in changes.order_by("-as_of", "-id")
        ],
    )


def _levels_from(level: str) -> list[str]:
    below = set(levels_up_to(level)) - {level}
    return [candidate for candidate in Level.values if candidate not in below]
