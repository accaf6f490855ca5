"""Notifications: who hears of an alert, the outbox rows that carry it, and the workers that send them.

Rows are written in one transaction and queued for sending after it commits. A worker takes a row with one
conditional UPDATE (pending, due, and not claimed or claimed longer than SEND_LEASE ago), so however many workers
run, each try of a row is made by one of them. A failed try waits 30 s, 1, 2, 4 … minutes (at most an hour);
after WASPADA_NOTIFY_MAX_ATTEMPTS tries, or at once when trying again cannot help, the row is marked failed, audited
and listed for the admins. The scheduler queues whatever is due again (retries, quiet hours that ended, a queue
entry lost with a worker).

Who hears of an alert: every active subscription whose owner may see the alert (region and marking), whose region
holds the alert's region, whose minimum level the alert reaches, whose categories include the alert's (an alert
about a region as a whole, with no category, reaches every category), and whose owner's step of responsibility the
alert's escalation has reached: 0 the kab/kota's own staff, 1 also those above it (provincial analysts, Kominda,
admins), 2 also the leaders. The steps are those of `escalation.py`.
Webhook endpoints hear of every alert in their region and level, except rahasia ones.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation

from waspada.accounts.enums import Role
from waspada.accounts.permissions import can_see, region_in_scope
from waspada.alerts import messages
from waspada.alerts.enums import OPEN_ALERT_STATUSES, NotificationChannel, NotificationKind
from waspada.alerts.models import Alert, Notification, PublicWarning, Subscription, WebhookEndpoint
from waspada.alerts.transports import DeliveryError, Envelope, transport_for
from waspada.audit.services import audit_record
from waspada.core.enums import LEVEL_RANK, Level, Marking
from waspada.intake.enums import DeliveryStatus
from waspada.intake.sealing import unseal

logger = logging.getLogger(__name__)

FIRST_RETRY = dt.timedelta(seconds=30)
LONGEST_RETRY = dt.timedelta(hours=1)
# Longer than any transport may take (SMTP 20 s, HTTP 10 s): a row claimed longer ago belongs to a dead worker.
SEND_LEASE = dt.timedelta(minutes=5)
# The scheduler writes the outbox rows of alerts whose after-commit announcement never ran: alerts stored between
# an hour and a minute ago (the announcement normally runs within milliseconds of the commit).
CATCH_UP_WINDOW = dt.timedelta(hours=1)
CATCH_UP_GRACE = dt.timedelta(minutes=1)
DUE_BATCH = 20
DRAIN_LIMIT = 200
SHORT_CHANNELS = frozenset({NotificationChannel.TELEGRAM, NotificationChannel.WHATSAPP})

EVENT_ALERT_RAISED = "alert.raised"
EVENT_ALERT_ESCALATED = "alert.escalated"
EVENT_PUBLIC_WARNING = "public_warning.published"


def escalation_tier(user: Any, region_code: str) -> int:
    """The escalation step from which `user` hears of an alert in `region_code` (a kab/kota).

    The same chain as `escalation.escalation_recipients`: 0 whoever is assigned to the kab/kota or a place inside
    it, 1 those assigned above it (the province's analysts, Kominda, admins), 2 the leaders (pimpinan) wherever
    they are assigned.
    """
    if getattr(user, "role", "") == Role.PIMPINAN:
        return 2
    local = any(code == region_code or code.startswith(f"{region_code}.") for code in user.region_codes())
    return 0 if local else 1


def region_lineage(code: str) -> list[str]:
    """`64.08.01` → [`64`, `64.08`, `64.08.01`]: the region and every region above it."""
    parts = code.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts) + 1)]


def levels_up_to(level: str) -> list[str]:
    rank = LEVEL_RANK[Level(level)]
    return [str(candidate) for candidate, r in LEVEL_RANK.items() if r <= rank]


def retry_delay(attempts: int) -> dt.timedelta:
    delay: dt.timedelta = FIRST_RETRY * 2 ** max(attempts - 1, 0)
    return min(delay, LONGEST_RETRY)


# --- quiet hours -------------------------------------------------------------------------------------------------


def quiet_hours_end(*, start: dt.time | None, end: dt.time | None, now: dt.datetime) -> dt.datetime | None:
    """When the quiet hours around `now` end (local time), or None when `now` is not in them."""
    if start is None or end is None or start == end:
        return None
    local = timezone.localtime(now)
    moment = local.time()
    inside = start <= moment < end if start < end else (moment >= start or moment < end)
    if not inside:
        return None
    day = local.date() if moment < end else local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, end, tzinfo=local.tzinfo)


def send_after(subscription: Subscription, *, level: str, now: dt.datetime) -> dt.datetime:
    """Now, or the end of the subscriber's quiet hours; Awas never waits."""
    if level == Level.AWAS:
        return now
    return quiet_hours_end(start=subscription.quiet_start, end=subscription.quiet_end, now=now) or now


# --- links and payloads ------------------------------------------------------------------------------------------


def site_link(path: str) -> str:
    return f"{settings.WASPADA_SITE_URL}{path}"


def alert_link(alert: Alert) -> str:
    return site_link(reverse("alerts:alert_detail", args=[alert.pk]))


def subscriptions_link() -> str:
    return site_link(reverse("subscriptions:subscription_list"))


def public_warning_link(warning: PublicWarning) -> str:
    return site_link(reverse("public_warnings:public_detail", args=[warning.pk]))


def alert_facts(alert: Alert) -> messages.AlertFacts:
    return messages.AlertFacts(
        region=alert.region.name,
        level=alert.level,
        title=alert.title,
        explanation=alert.explanation,
        raised_at=alert.raised_at,
        link=alert_link(alert),
        category=alert.category,
        escalation_level=alert.escalation_level,
        confidential=alert.marking == Marking.RAHASIA,
    )


def alert_payload(alert: Alert, *, event: str) -> dict[str, Any]:
    """What a webhook receives about an alert (docs/notifications.md); never sent for rahasia alerts."""
    return {
        "event": event,
        "alert": {
            "id": alert.pk,
            "url": alert_link(alert),
            "region": {"code": alert.region_id, "name": alert.region.name},
            "level": alert.level,
            "level_label": messages.level_label(alert.level),
            "title": alert.title,
            "explanation": alert.explanation,
            "category": alert.category,
            "status": alert.status,
            "marking": alert.marking,
            "raised_at": alert.raised_at.isoformat(),
            "escalation_level": alert.escalation_level,
        },
    }


def public_warning_payload(warning: PublicWarning) -> dict[str, Any]:
    return {
        "event": EVENT_PUBLIC_WARNING,
        "public_warning": {
            "id": warning.pk,
            "url": public_warning_link(warning),
            "region": {"code": warning.region_id, "name": warning.region.name},
            "level": warning.level,
            "level_label": messages.level_label(warning.level),
            "title": warning.title,
            "text": warning.text,
            "published_at": warning.published_at.isoformat(),
        },
    }


# --- who hears of what -------------------------------------------------------------------------------------------


def _in_regions(code: str) -> Q:
    return Q(region__isnull=True) | Q(region_id__in=region_lineage(code))


def _wants_category(subscription: Subscription, category: str) -> bool:
    return not subscription.categories or not category or category in subscription.categories


def _person_subscriptions(*, region_code: str, level: str) -> QuerySet[Subscription]:
    return (
        Subscription.objects.filter(active=True, user__is_active=True, min_level__in=levels_up_to(level))
        .filter(_in_regions(region_code))
        .exclude(channel=NotificationChannel.WEBHOOK)
        .select_related("user")
        .prefetch_related("user__regions")
        .order_by("pk")
    )


def subscriptions_for_alert(alert: Alert) -> list[Subscription]:
    return [
        subscription
        for subscription in _person_subscriptions(region_code=alert.region_id, level=alert.level)
        if _wants_category(subscription, alert.category)
        and escalation_tier(subscription.user, alert.region_id) <= alert.escalation_level
        and can_see(subscription.user, alert)
    ]


def endpoints_for(*, region_code: str, level: str) -> list[WebhookEndpoint]:
    return list(
        WebhookEndpoint.objects.filter(active=True, min_level__in=levels_up_to(level))
        .filter(_in_regions(region_code))
        .order_by("pk")
    )


# --- writing the outbox ------------------------------------------------------------------------------------------


def notifications_for_alert(*, alert_id: int, kind: str, now: dt.datetime | None = None) -> list[Notification]:
    """Outbox rows for an alert just raised (kind alert) or escalated (kind escalation); safe to call twice.

    A subscriber hears of an alert once: an escalation reaches those whose rung it has just reached, and
    anyone who subscribed since, not those already told.
    """
    now = now or timezone.now()
    with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
        alert = Alert.objects.select_related("region").filter(pk=alert_id).first()
        if alert is None or alert.status not in OPEN_ALERT_STATUSES:
            return []
        facts = alert_facts(alert)
        build = messages.escalation_message if kind == NotificationKind.ESCALATION else messages.alert_message
        told = set(
            Notification.objects.filter(alert=alert, subscription__isnull=False).values_list(
                "subscription_id", flat=True
            )
        )
        rows: list[Notification] = []
        for subscription in subscriptions_for_alert(alert):
            if subscription.pk in told:
                continue
            message = build(
                facts, short=subscription.channel in SHORT_CHANNELS, subscriptions_link=subscriptions_link()
            )
            rows.append(
                Notification(
                    kind=kind,
                    channel=subscription.channel,
                    subscription=subscription,
                    alert=alert,
                    subject=message.subject[:200],
                    body=message.body,
                    next_attempt_at=send_after(subscription, level=alert.level, now=now),
                )
            )
        if alert.marking != Marking.RAHASIA:
            event = EVENT_ALERT_ESCALATED if kind == NotificationKind.ESCALATION else EVENT_ALERT_RAISED
            body = json.dumps(alert_payload(alert, event=event), ensure_ascii=False)
            for endpoint in endpoints_for(region_code=alert.region_id, level=alert.level):
                if _endpoint_told(endpoint, alert, kind):
                    continue
                rows.append(
                    Notification(
                        kind=kind,
                        channel=NotificationChannel.WEBHOOK,
                        endpoint=endpoint,
                        alert=alert,
                        subject=event,
                        body=body,
                        next_attempt_at=now,
                    )
                )
        created = Notification.objects.bulk_create(rows)
        queue_after_commit(created, now=now)
    return created


def _endpoint_told(endpoint: WebhookEndpoint, alert: Alert, kind: str) -> bool:
    rows = Notification.objects.filter(alert=alert, endpoint=endpoint, kind=kind)
    if kind == NotificationKind.ESCALATION:
        # One escalation event per step: a step is told once, the next step again.
        rows = rows.filter(created_at__gte=alert.escalated_at or alert.raised_at)
    return rows.exists()


def notifications_for_public_warning(*, warning: PublicWarning, now: dt.datetime | None = None) -> list[Notification]:
    """Outbox rows telling subscribers (and webhooks) of the region that a public warning was published.

    Runs inside the publishing transaction. The warning is public: every subscriber whose regions hold its region
    and whose minimum level it reaches hears of it, whatever their rung.
    """
    now = now or timezone.now()
    with translation.override(settings.LANGUAGE_CODE):
        facts = messages.WarningFacts(
            region=warning.region.name,
            level=warning.level,
            title=warning.title,
            text=warning.text,
            published_at=warning.published_at,
            link=public_warning_link(warning),
        )
        rows: list[Notification] = []
        for subscription in _person_subscriptions(region_code=warning.region_id, level=warning.level):
            if not region_in_scope(subscription.user, warning.region_id):
                continue
            message = messages.public_warning_message(
                facts, short=subscription.channel in SHORT_CHANNELS, subscriptions_link=subscriptions_link()
            )
            rows.append(
                Notification(
                    kind=NotificationKind.PUBLIC_WARNING,
                    channel=subscription.channel,
                    subscription=subscription,
                    alert=warning.alert,
                    subject=message.subject[:200],
                    body=message.body,
                    next_attempt_at=send_after(subscription, level=warning.level, now=now),
                )
            )
        body = json.dumps(public_warning_payload(warning), ensure_ascii=False)
        for endpoint in endpoints_for(region_code=warning.region_id, level=warning.level):
            rows.append(
                Notification(
                    kind=NotificationKind.PUBLIC_WARNING,
                    channel=NotificationChannel.WEBHOOK,
                    endpoint=endpoint,
                    alert=warning.alert,
                    subject=EVENT_PUBLIC_WARNING,
                    body=body,
                    next_attempt_at=now,
                )
            )
    created = Notification.objects.bulk_create(rows)
    queue_after_commit(created, now=now)
    return created


def queue_after_commit(rows: Iterable[Notification], *, now: dt.datetime) -> None:
    """Rows due now are queued once the transaction commits; held ones wait for the scheduler."""
    due = [row.pk for row in rows if row.pk is not None and row.next_attempt_at <= now]
    if due:
        transaction.on_commit(lambda: enqueue(due))


def enqueue(notification_ids: Iterable[int]) -> None:
    from waspada.alerts.tasks import send_notification

    for notification_id in notification_ids:
        try:
            send_notification.enqueue(notification_id)
        except Exception:
            # The row stays pending and due: the scheduler's sweep queues it again.
            logger.exception("could not queue notification %s", notification_id)


# --- sending -----------------------------------------------------------------------------------------------------


def _claimable(now: dt.datetime) -> Q:
    return Q(status=DeliveryStatus.PENDING, next_attempt_at__lte=now) & (
        Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - SEND_LEASE)
    )


def notification_claim(*, notification_id: int, now: dt.datetime) -> bool:
    """Take one row for one try. Of several workers racing for a row, exactly one gets True."""
    taken = Notification.objects.filter(_claimable(now), pk=notification_id).update(
        claimed_at=now, attempts=F("attempts") + 1
    )
    return taken == 1


def notification_deliver(*, notification_id: int, now: dt.datetime | None = None) -> str | None:
    """Try to send one row; the status after this try, or None when it was not ours to send (taken, sent, held)."""
    now = now or timezone.now()
    if not notification_claim(notification_id=notification_id, now=now):
        return None
    notification = Notification.objects.select_related("subscription__user", "endpoint", "alert__region").get(
        pk=notification_id
    )
    # Every write after the send is guarded by our claim: if our lease ran out and another worker took the row,
    # what we learnt no longer decides its state.
    mine = Notification.objects.filter(pk=notification_id, status=DeliveryStatus.PENDING, claimed_at=now)
    permanent, retry_after = False, None
    with translation.override(settings.LANGUAGE_CODE):
        try:
            envelope = _envelope(notification)
            transport = transport_for(notification.channel)
            if transport is None or not transport.can_send():
                raise DeliveryError(messages.channel_not_configured(), permanent=True)
            transport.send(envelope)
        except DeliveryError as exc:
            error, permanent, retry_after = exc.reason, exc.permanent, exc.retry_after
        except ValueError as exc:  # sealed with another key, or a stored payload that is not JSON: never better
            error, permanent = str(exc), True
        except Exception as exc:
            logger.exception("sending notification %s failed unexpectedly", notification_id)
            error = f"{type(exc).__name__}: {exc}"
        else:
            mine.update(status=DeliveryStatus.SENT, sent_at=timezone.now(), claimed_at=None, last_error="")
            return DeliveryStatus.SENT
    error = error[:500]
    attempts = notification.attempts
    if permanent or attempts >= settings.WASPADA_NOTIFY_MAX_ATTEMPTS:
        with transaction.atomic():
            if mine.update(status=DeliveryStatus.FAILED, claimed_at=None, last_error=error):
                audit_record(
                    action="notification.failed",
                    actor_label="sistem",
                    target=notification.alert or notification,
                    summary=error[:300],
                    data={
                        "notification_id": notification.pk,
                        "kind": notification.kind,
                        "channel": notification.channel,
                        "attempts": attempts,
                    },
                )
        logger.warning("notification %s failed for good after %s attempts: %s", notification_id, attempts, error)
        return DeliveryStatus.FAILED
    delay = retry_delay(attempts)
    if retry_after is not None:
        delay = max(delay, dt.timedelta(seconds=min(retry_after, LONGEST_RETRY.total_seconds())))
    mine.update(next_attempt_at=now + delay, claimed_at=None, last_error=error)
    return DeliveryStatus.PENDING


def _envelope(notification: Notification) -> Envelope:
    if notification.channel == NotificationChannel.WEBHOOK:
        endpoint = notification.endpoint
        if endpoint is None or not endpoint.active:
            raise DeliveryError(messages.subscription_inactive(), permanent=True)
        return Envelope(
            notification_id=notification.pk,
            kind=notification.kind,
            address=endpoint.url,
            subject=notification.subject,
            body=notification.body,
            secret=unseal(endpoint.secret_sealed),
        )
    subscription = notification.subscription
    if subscription is None or not subscription.active or not subscription.user.is_active:
        raise DeliveryError(messages.subscription_inactive(), permanent=True)
    alert = notification.alert
    about_alert = notification.kind in (NotificationKind.ALERT, NotificationKind.ESCALATION)
    # A message held through quiet hours may outlive its recipient's access (a new role, a region taken away).
    if about_alert and alert is not None and not can_see(subscription.user, alert):
        raise DeliveryError(messages.recipient_lost_access(), permanent=True)
    return Envelope(
        notification_id=notification.pk,
        kind=notification.kind,
        address=unseal(subscription.address_sealed),
        subject=notification.subject,
        body=notification.body,
    )


def notifications_due(*, now: dt.datetime) -> QuerySet[Notification]:
    return Notification.objects.filter(_claimable(now))


def notifications_send_due(*, limit: int = DRAIN_LIMIT) -> int:
    """A worker's pass over the outbox: claim and send due rows until none is left (or `limit` were tried)."""
    tried = 0
    while tried < limit:
        now = timezone.now()
        batch = list(
            notifications_due(now=now).order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:DUE_BATCH]
        )
        progressed = False
        for notification_id in batch:
            if notification_deliver(notification_id=notification_id) is not None:
                tried += 1
                progressed = True
        if not progressed:
            break
    return tried


def notifications_catch_up(*, now: dt.datetime | None = None) -> int:
    """Outbox rows for open alerts stored in the last hour whose announcement never ran (the process stopped between
    the alert's commit and its after-commit announcement); safe to repeat. Returns how many rows it wrote."""
    now = now or timezone.now()
    recent = Alert.objects.filter(
        status__in=OPEN_ALERT_STATUSES,
        created_at__gte=now - CATCH_UP_WINDOW,
        created_at__lte=now - CATCH_UP_GRACE,
    ).values_list("pk", "escalation_level")
    written = 0
    for alert_id, escalation_level in recent:
        kind = NotificationKind.ESCALATION if escalation_level else NotificationKind.ALERT
        written += len(notifications_for_alert(alert_id=alert_id, kind=kind, now=now))
    return written


def notifications_enqueue_due(*, now: dt.datetime | None = None) -> int:
    """The scheduler's sweep: write what a lost announcement did not, then, when anything is due (a retry, quiet
    hours over, a lost queue entry), queue a pass."""
    now = now or timezone.now()
    try:
        notifications_catch_up(now=now)
    except Exception:
        logger.exception("could not catch up on the notifications of recent alerts")
    due = notifications_due(now=now).count()
    if due:
        from waspada.alerts.tasks import send_due_notifications

        try:
            send_due_notifications.enqueue()
        except Exception:
            logger.exception("could not queue a pass over %s due notifications", due)
    return due


def notifications_retry(*, actor: Any, notification_ids: Iterable[int]) -> int:
    """An admin sends failed notifications again (after fixing what made them fail)."""
    now = timezone.now()
    with transaction.atomic():
        rows = list(
            Notification.objects.select_related("alert").filter(
                pk__in=list(notification_ids), status=DeliveryStatus.FAILED
            )
        )
        for row in rows:
            Notification.objects.filter(pk=row.pk, status=DeliveryStatus.FAILED).update(
                status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=now, claimed_at=None
            )
            audit_record(
                action="notification.retry",
                actor=actor,
                target=row.alert or row,
                summary=row.subject,
                data={"notification_id": row.pk, "channel": row.channel, "last_error": row.last_error},
            )
        ids = [row.pk for row in rows]
        if ids:
            transaction.on_commit(lambda: enqueue(ids))
    return len(rows)
