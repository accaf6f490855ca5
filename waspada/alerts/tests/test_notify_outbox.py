"""Notifications: who hears of an alert, and how the outbox gets every message out exactly once.

The subscribers are the usual personas; Telegram is a local stand-in for the Bot API.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from conftest import PASSWORD
from waspada.accounts.enums import Role
from waspada.alerts.enums import NotificationKind
from waspada.alerts.models import Alert, AlertRule, Notification, RiskAssessment, WebhookEndpoint
from waspada.alerts.services import notify
from waspada.alerts.services.digest import digests_queue_due
from waspada.alerts.services.notify import (
    FIRST_RETRY,
    SEND_LEASE,
    notification_deliver,
    notifications_due,
    notifications_enqueue_due,
    notifications_for_alert,
    notifications_send_due,
    quiet_hours_end,
)
from waspada.alerts.services.rules import alert_raise
from waspada.alerts.signals import alert_escalated
from waspada.alerts.tests.notify_fakes import make_alert, outbox, run_queued_notifications, subscribe
from waspada.audit.models import AuditEvent
from waspada.core.enums import Level, Marking
from waspada.intake.sealing import seal
from waspada.intake.tests.channel_fakes import TELEGRAM_TOKEN, FakeProvider
from waspada.regions.models import Region

pytestmark = pytest.mark.django_db


@pytest.fixture
def bot_api(settings: Any) -> Iterator[FakeProvider]:
    with FakeProvider(default=(200, {"ok": True, "result": {}})) as fake:
        settings.WASPADA_TELEGRAM_BOT_TOKEN = TELEGRAM_TOKEN
        settings.WASPADA_TELEGRAM_API_BASE = fake.url
        settings.WASPADA_SITE_URL = "https://waspada.kaltimprov.go.id"
        yield fake


def sent_texts(fake: FakeProvider) -> list[str]:
    return [request.json()["text"] for request in fake.requests]


def recipients(rows: list[Notification]) -> set[str]:
    return {row.subscription.user.username for row in rows if row.subscription is not None}


def local(hour: int, minute: int = 0, *, days: int = 0) -> dt.datetime:
    today = timezone.localtime(timezone.now()).date() + dt.timedelta(days=days)
    return dt.datetime.combine(today, dt.time(hour, minute), tzinfo=timezone.get_current_timezone())


# --- who hears of an alert ---------------------------------------------------------------------------------------


def test_a_raised_alert_reaches_the_subscribed_staff_of_its_kabkota_and_nobody_else(
    bot_api: FakeProvider,
    django_capture_on_commit_callbacks: Any,
    operator_kutim: Any,
    operator_berau: Any,
    fkdm_kutim: Any,
    analis: Any,
    pimpinan: Any,
    outsider: Any,
) -> None:
    subscribe(operator_kutim, address="1001")
    subscribe(operator_berau, address="1002")  # all of her regions: Berau only
    subscribe(fkdm_kutim, address="1003", min_level=Level.SIAGA)  # the alert is only Waspada
    subscribe(analis, address="1004")  # the province: hears only once the alert escalates
    subscribe(pimpinan, address="1005")
    subscribe(outsider, address="1006")
    with django_capture_on_commit_callbacks(execute=True):
        alert = alert_raise(
            rule=AlertRule.objects.get(code="laporan-keparahan-24j"),
            region=Region.objects.get(code="64.08"),
            level=Level.WASPADA,
            marking=Marking.TERBATAS,
            title="Kutai Timur: 3 laporan serius dalam 24 jam",
            explanation="Kutai Timur: 3 laporan sengketa lahan dari 2 desa dalam 24 jam.",
            report_ids=[],
            raised_at=timezone.now(),
        )
    assert alert is not None
    rows = outbox(alert=alert)
    assert recipients(rows) == {"operator.kutim"}
    assert rows[0].kind == NotificationKind.ALERT

    assert run_queued_notifications() == 1
    (request,) = bot_api.requests
    assert request.json()["chat_id"] == "1001"
    text = request.json()["text"]
    assert "WASPADA" in text and "Kabupaten Kutai Timur" in text
    assert "3 laporan sengketa lahan dari 2 desa" in text
    assert f"https://waspada.kaltimprov.go.id/peringatan/{alert.pk}/" in text
    assert Notification.objects.get().status == "sent"


def test_escalation_notifications_reach_the_next_level_once_each(
    bot_api: FakeProvider,
    django_capture_on_commit_callbacks: Any,
    operator_kutim: Any,
    analis: Any,
    kominda: Any,
    pimpinan: Any,
) -> None:
    for user, chat in ((operator_kutim, "1"), (analis, "2"), (kominda, "3"), (pimpinan, "4")):
        subscribe(user, address=chat)
    alert = make_alert()
    with django_capture_on_commit_callbacks(execute=True):
        notifications_for_alert(alert_id=alert.pk, kind=NotificationKind.ALERT)
    assert recipients(outbox()) == {"operator.kutim"}

    def escalate(to: int) -> list[Notification]:
        before = Notification.objects.count()
        Alert.objects.filter(pk=alert.pk).update(escalation_level=to, escalated_at=timezone.now())
        with django_capture_on_commit_callbacks(execute=True):
            alert_escalated.send(sender=Alert, alert_id=alert.pk, escalation_level=to)
        return list(Notification.objects.order_by("pk")[before:])

    step_one = escalate(1)
    assert recipients(step_one) == {"analis", "kominda"}
    assert {row.kind for row in step_one} == {NotificationKind.ESCALATION}
    assert "belum diakui" in step_one[0].body and "analis provinsi" in step_one[0].body

    step_two = escalate(2)
    assert recipients(step_two) == {"pimpinan"}
    assert "pimpinan" in step_two[0].body

    # The same announcement twice (a retried job) tells nobody twice.
    with django_capture_on_commit_callbacks(execute=True):
        alert_escalated.send(sender=Alert, alert_id=alert.pk, escalation_level=2)
    assert Notification.objects.count() == 4
    run_queued_notifications()
    assert sorted(r.json()["chat_id"] for r in bot_api.requests) == ["1", "2", "3", "4"]


def test_subscriptions_narrow_by_region_level_and_category(
    operator_kutim: Any, fkdm_kutim: Any, make_user: Any
) -> None:
    bengalon = Region.objects.get(code="64.08.09")
    wanted = {
        "all": subscribe(operator_kutim, address="1"),
        "kutim": subscribe(operator_kutim, address="2", region_id="64.08"),
        "province": subscribe(operator_kutim, address="3", region_id="64"),
        "land": subscribe(operator_kutim, address="4", categories=["sengketa_lahan", "buruh"]),
    }
    unwanted = [
        subscribe(operator_kutim, address="5", region_id="64.03"),
        subscribe(operator_kutim, address="6", min_level=Level.SIAGA),
        subscribe(operator_kutim, address="7", categories=["narkoba"]),
        subscribe(operator_kutim, address="8", active=False),
        subscribe(operator_kutim, address="9", region=bengalon),  # a kecamatan does not hold its kab/kota
    ]
    leaver = make_user("pensiun", Role.OPERATOR, "64.08", is_active=False)
    unwanted.append(subscribe(leaver, address="10"))
    alert = make_alert(category="sengketa_lahan")
    rows = notifications_for_alert(alert_id=alert.pk, kind=NotificationKind.ALERT)
    assert {row.subscription_id for row in rows} == {s.pk for s in wanted.values()}

    # An alert about the region as a whole (a level change, no category) reaches every category.
    narrow = subscribe(fkdm_kutim, address="11", categories=["narkoba"])
    level_alert = make_alert(category="", level=Level.SIAGA)
    rows = notifications_for_alert(alert_id=level_alert.pk, kind=NotificationKind.ALERT)
    assert narrow.pk in {row.subscription_id for row in rows}
    assert unwanted[1].pk in {row.subscription_id for row in rows}  # Siaga reaches the Siaga subscriber


def test_a_rahasia_alert_reaches_only_kominda_and_says_nothing_but_where_to_read_it(
    operator_kutim: Any, make_user: Any
) -> None:
    kominda_kutim = make_user("kominda.kutim", Role.KOMINDA, "64.08")
    subscribe(operator_kutim, address="1")
    subscribe(kominda_kutim, channel="email", address="kominda@kutim.go.id")
    WebhookEndpoint.objects.create(name="BPBD", url="https://93.184.216.34/hook", secret_sealed=seal("s" * 20))
    alert = make_alert(
        marking=Marking.RAHASIA, title="Catatan Kominda: penggerak dari luar", explanation="Nama penggerak: X."
    )
    rows = notifications_for_alert(alert_id=alert.pk, kind=NotificationKind.ALERT)
    assert recipients(rows) == {"kominda.kutim"}
    (row,) = rows
    assert "RAHASIA" in row.body
    assert "penggerak" not in row.body and "penggerak" not in row.subject


def test_webhook_endpoints_of_the_region_get_the_alert_as_json(operator_kutim: Any) -> None:
    WebhookEndpoint.objects.create(
        name="BPBD Kutim", url="https://93.184.216.34/hook", region_id="64.08", secret_sealed=seal("s" * 20)
    )
    WebhookEndpoint.objects.create(
        name="Berau", url="https://93.184.216.35/hook", region_id="64.03", secret_sealed=seal("s" * 20)
    )
    WebhookEndpoint.objects.create(
        name="Siaga saja", url="https://93.184.216.36/hook", min_level=Level.SIAGA, secret_sealed=seal("s" * 20)
    )
    alert = make_alert()
    (row,) = notifications_for_alert(alert_id=alert.pk, kind=NotificationKind.ALERT)
    payload = json.loads(row.body)
    assert row.endpoint is not None and row.endpoint.name == "BPBD Kutim"
    assert payload["event"] == "alert.raised"
    assert payload["alert"]["region"] == {"code": "64.08", "name": "Kabupaten Kutai Timur"}
    assert payload["alert"]["level"] == "waspada" and payload["alert"]["id"] == alert.pk


def test_a_failure_while_writing_notifications_does_not_fail_whoever_raised_the_alert(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, operator_kutim: Any
) -> None:
    from waspada.alerts import receivers
    from waspada.alerts.signals import alert_raised

    def broken(**kwargs: Any) -> list[Notification]:
        raise RuntimeError("database went away")

    monkeypatch.setattr(receivers, "notifications_for_alert", broken)
    alert_raised.send(sender=Alert, alert_id=make_alert().pk)
    assert "could not write the notifications" in caplog.text


# --- sending: claims, retries, failures ----------------------------------------------------------------------------


def test_two_workers_racing_over_the_outbox_send_each_message_once(
    bot_api: FakeProvider, monkeypatch: pytest.MonkeyPatch, operator_kutim: Any
) -> None:
    for chat in ("1", "2", "3", "4"):
        subscribe(operator_kutim, address=chat)
    notifications_for_alert(alert_id=make_alert().pk, kind=NotificationKind.ALERT)
    now = timezone.now()

    # Both workers read the same list of due rows before either sends anything.
    seen_by_a = list(notifications_due(now=now).values_list("pk", flat=True))
    seen_by_b = list(notifications_due(now=now).values_list("pk", flat=True))
    assert seen_by_a == seen_by_b and len(seen_by_a) == 4
    first = seen_by_a[0]
    assert notification_deliver(notification_id=first, now=now) == "sent"
    assert notification_deliver(notification_id=first, now=now) is None

    # Worker B runs its whole pass while worker A is in the middle of sending a message.
    from waspada.alerts.transports import telegram

    original, interleaved = telegram.send, list[int]()

    def slow_send(envelope: Any) -> None:
        if not interleaved:
            interleaved.append(0)
            interleaved[0] = notifications_send_due()
        original(envelope)

    monkeypatch.setattr(telegram, "send", slow_send)
    tried_by_a = sum(notification_deliver(notification_id=pk) is not None for pk in seen_by_a)
    assert tried_by_a + interleaved[0] == 3  # the three left, shared between them
    assert sorted(r.json()["chat_id"] for r in bot_api.requests) == ["1", "2", "3", "4"]
    assert set(Notification.objects.values_list("status", "attempts")) == {("sent", 1)}


def test_a_claim_left_by_a_dead_worker_is_taken_again_after_the_lease(
    bot_api: FakeProvider, operator_kutim: Any
) -> None:
    subscribe(operator_kutim, address="1")
    (row,) = notifications_for_alert(alert_id=make_alert().pk, kind=NotificationKind.ALERT)
    now = timezone.now()
    Notification.objects.filter(pk=row.pk).update(claimed_at=now - dt.timedelta(minutes=1), attempts=1)
    assert notification_deliver(notification_id=row.pk, now=now) is None  # someone is still sending it
    assert notification_deliver(notification_id=row.pk, now=now + SEND_LEASE) == "sent"
    assert Notification.objects.get().attempts == 2


def test_a_provider_outage_is_retried_with_growing_waits_until_it_goes_through(
    bot_api: FakeProvider, operator_kutim: Any
) -> None:
    subscribe(operator_kutim, address="1")
    (row,) = notifications_for_alert(alert_id=make_alert().pk, kind=NotificationKind.ALERT)
    bot_api.answer(502, {"ok": False})
    bot_api.answer(500, {"ok": False})
    start = timezone.now()
    assert notification_deliver(notification_id=row.pk, now=start) == "pending"
    row.refresh_from_db()
    assert row.next_attempt_at == start + FIRST_RETRY and "HTTP 502" in row.last_error
    assert notification_deliver(notification_id=row.pk, now=start + dt.timedelta(seconds=10)) is None  # not yet due

    second = start + FIRST_RETRY
    assert notification_deliver(notification_id=row.pk, now=second) == "pending"
    row.refresh_from_db()
    assert row.next_attempt_at == second + 2 * FIRST_RETRY

    assert notification_deliver(notification_id=row.pk, now=second + 2 * FIRST_RETRY) == "sent"
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == ("sent", 3, "")


def test_flood_control_waits_as_long_as_telegram_asks(bot_api: FakeProvider, operator_kutim: Any) -> None:
    subscribe(operator_kutim, address="1")
    (row,) = notifications_for_alert(alert_id=make_alert().pk, kind=NotificationKind.ALERT)
    bot_api.answer(429, {"ok": False, "parameters": {"retry_after": 600}})
    now = timezone.now()
    assert notification_deliver(notification_id=row.pk, now=now) == "pending"
    row.refresh_from_db()
    assert row.next_attempt_at == now + dt.timedelta(seconds=600)


def test_after_the_last_attempt_a_message_fails_visibly_for_the_admins(
    bot_api: FakeProvider,
    settings: Any,
    operator_kutim: Any,
    make_user: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.WASPADA_NOTIFY_MAX_ATTEMPTS = 3
    bot_api.default = (503, {"ok": False, "description": "Service Unavailable"})
    subscribe(operator_kutim, address="1")
    alert = make_alert()
    (row,) = notifications_for_alert(alert_id=alert.pk, kind=NotificationKind.ALERT)
    moment = timezone.now()
    for expected in ("pending", "pending", "failed"):
        assert notification_deliver(notification_id=row.pk, now=moment) == expected
        moment += dt.timedelta(hours=2)
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("failed", 3)
    assert "HTTP 503" in row.last_error and TELEGRAM_TOKEN not in row.last_error
    event = AuditEvent.objects.get(action="notification.failed")
    assert event.object_id == str(alert.pk) and event.data["notification_id"] == row.pk
    assert notifications_due(now=moment + dt.timedelta(days=1)).count() == 0

    admin = make_user("admin", Role.ADMIN, "64", is_staff=True, is_superuser=True)
    client = Client()
    assert client.login(username=admin.username, password=PASSWORD)
    page = client.get("/admin/alerts/notification/?status=failed").content.decode()
    assert "HTTP 503" in page and "operator.kutim" in page

    # Once the provider is back, an admin sends it again from the list.
    bot_api.default = (200, {"ok": True})
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/admin/alerts/notification/", {"action": "send_again", "_selected_action": [row.pk]})
    run_queued_notifications()
    row.refresh_from_db()
    assert row.status == "sent"
    assert AuditEvent.objects.filter(action="notification.retry", actor=admin).exists()


def test_a_refusal_that_cannot_change_fails_at_once(bot_api: FakeProvider, operator_kutim: Any) -> None:
    subscribe(operator_kutim, address="1")
    (row,) = notifications_for_alert(alert_id=make_alert().pk, kind=NotificationKind.ALERT)
    bot_api.answer(403, {"ok": False, "description": "Forbidden: bot was blocked by the user"})
    assert notification_deliver(notification_id=row.pk) == "failed"
    assert "blocked" in Notification.objects.get().last_error


def test_a_channel_switched_off_and_a_subscription_ended_are_reasons_not_crashes(
    bot_api: FakeProvider, settings: Any, operator_kutim: Any
) -> None:
    ended = subscribe(operator_kutim, address="1")
    kept = subscribe(operator_kutim, address="2")
    notifications_for_alert(alert_id=make_alert().pk, kind=NotificationKind.ALERT)
    ended.active = False
    ended.save()
    settings.WASPADA_TELEGRAM_BOT_TOKEN = ""
    notifications_send_due()
    errors = dict(Notification.objects.values_list("subscription_id", "last_error"))
    assert "dinonaktifkan" in errors[ended.pk]
    assert "belum diatur" in errors[kept.pk]
    assert bot_api.requests == []


def test_the_scheduler_queues_what_is_due_again_when_a_queue_entry_was_lost(
    bot_api: FakeProvider, operator_kutim: Any
) -> None:
    from django_tasks_db.models import DBTaskResult

    subscribe(operator_kutim, address="1")
    notifications_for_alert(alert_id=make_alert().pk, kind=NotificationKind.ALERT)
    DBTaskResult.objects.all().delete()  # the worker died with its queue
    assert notifications_enqueue_due() == 1
    run_queued_notifications()
    assert Notification.objects.get().status == "sent"
    assert notifications_enqueue_due() == 0


# --- quiet hours ---------------------------------------------------------------------------------------------------


def test_quiet_hours_wrap_past_midnight() -> None:
    night, morning = dt.time(22), dt.time(6)
    assert quiet_hours_end(start=night, end=morning, now=local(23)) == local(6, days=1)
    assert quiet_hours_end(start=night, end=morning, now=local(5, 59)) == local(6)
    assert quiet_hours_end(start=night, end=morning, now=local(6)) is None
    assert quiet_hours_end(start=night, end=morning, now=local(12)) is None
    assert quiet_hours_end(start=dt.time(12), end=dt.time(13), now=local(12, 30)) == local(13)
    assert quiet_hours_end(start=None, end=None, now=local(23)) is None


def test_messages_in_quiet_hours_wait_until_they_end_then_go(bot_api: FakeProvider, operator_kutim: Any) -> None:
    from django_tasks_db.models import DBTaskResult

    subscribe(operator_kutim, address="1", quiet_start=dt.time(22), quiet_end=dt.time(6))
    late_evening = local(23)
    (row,) = notifications_for_alert(alert_id=make_alert().pk, kind=NotificationKind.ALERT, now=late_evening)
    assert row.next_attempt_at == local(6, days=1)
    assert not DBTaskResult.objects.exists()  # nothing queued to wake anyone
    assert notifications_enqueue_due(now=local(3, days=1)) == 0
    assert notification_deliver(notification_id=row.pk, now=local(3, days=1)) is None

    assert notifications_enqueue_due(now=local(6, 1, days=1)) == 1
    assert notification_deliver(notification_id=row.pk, now=local(6, 1, days=1)) == "sent"
    assert len(bot_api.requests) == 1


def test_awas_does_not_wait_for_quiet_hours(operator_kutim: Any) -> None:
    subscribe(operator_kutim, address="1", quiet_start=dt.time(22), quiet_end=dt.time(6))
    night = local(23)
    (row,) = notifications_for_alert(alert_id=make_alert(level=Level.AWAS).pk, kind=NotificationKind.ALERT, now=night)
    assert row.next_attempt_at == night


# --- the daily digest ----------------------------------------------------------------------------------------------


def test_the_daily_digest_goes_once_a_day_from_the_digest_hour(
    bot_api: FakeProvider, settings: Any, operator_kutim: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.WASPADA_NOTIFY_DIGEST_HOUR = 0
    subscription = subscribe(operator_kutim, address="1", daily_digest=True)
    subscribe(operator_kutim, address="2")  # no digest asked
    make_alert(title="Blokade jalan tambang di Bengalon")
    make_alert("64.03", title="Sengketa kebun di Berau")  # outside her regions
    RiskAssessment.objects.create(
        region_id="64.08", as_of=timezone.now() - dt.timedelta(hours=3), score=55, level="siaga",
        previous_level="waspada",
    )  # fmt: skip

    with django_capture_on_commit_callbacks(execute=True):
        assert digests_queue_due() == 1
    assert digests_queue_due() == 0  # the scheduler runs every few minutes: still one today
    (row,) = outbox(kind=NotificationKind.DIGEST)
    assert row.subscription_id == subscription.pk
    assert "Blokade jalan tambang di Bengalon" in row.body and "Berau" not in row.body
    assert "Waspada → Siaga" in row.body
    run_queued_notifications()
    assert len(bot_api.requests) == 1

    Notification.objects.filter(pk=row.pk).update(created_at=timezone.now() - dt.timedelta(days=1))
    assert digests_queue_due() == 1  # a new day, a new digest


def test_no_digest_before_the_hour_and_quiet_hours_hold_it(settings: Any, operator_kutim: Any) -> None:
    settings.WASPADA_NOTIFY_DIGEST_HOUR = 7
    subscribe(operator_kutim, address="1", daily_digest=True, quiet_start=dt.time(6), quiet_end=dt.time(8))
    assert digests_queue_due(now=local(6, 59)) == 0
    assert not outbox()
    assert digests_queue_due(now=local(7, 30)) == 1
    (row,) = outbox()
    assert row.next_attempt_at == local(8)
    assert "Tidak ada peringatan terbuka" in row.body


def test_backoff_is_capped_at_an_hour() -> None:
    assert notify.retry_delay(1) == FIRST_RETRY
    assert notify.retry_delay(4) == 8 * FIRST_RETRY
    assert notify.retry_delay(30) == dt.timedelta(hours=1)


def test_the_quiet_hours_setting_is_read_strictly() -> None:
    from waspada.core.env import ImproperlyConfiguredEnv, parse_time_range

    assert parse_time_range("X", "22:00-06:00") == (dt.time(22), dt.time(6))
    assert parse_time_range("X", " 12:30 - 13:00 ") == (dt.time(12, 30), dt.time(13))
    assert parse_time_range("X", "") is None
    for wrong in ("22:00", "22-06-07", "25:00-06:00", "malam", "06:00-06:00"):
        with pytest.raises(ImproperlyConfiguredEnv):
            parse_time_range("X", wrong)


def test_a_webhook_hears_of_each_escalation_step_once() -> None:
    endpoint = WebhookEndpoint.objects.create(
        name="BPBD", url="https://93.184.216.34/hook", secret_sealed=seal("s" * 20)
    )
    alert = make_alert()
    notifications_for_alert(alert_id=alert.pk, kind=NotificationKind.ALERT)
    for step in (1, 1, 2, 2):  # each step announced twice
        if Alert.objects.get(pk=alert.pk).escalation_level != step:
            Alert.objects.filter(pk=alert.pk).update(escalation_level=step, escalated_at=timezone.now())
        notifications_for_alert(alert_id=alert.pk, kind=NotificationKind.ESCALATION)
    rows = outbox(endpoint=endpoint)
    assert [json.loads(row.body)["event"] for row in rows] == ["alert.raised", "alert.escalated", "alert.escalated"]
    assert [json.loads(row.body)["alert"]["escalation_level"] for row in rows] == [0, 1, 2]


def test_an_alert_whose_announcement_was_lost_still_reaches_its_subscribers(operator_kutim: Any) -> None:
    """The process stopped between the alert's commit and its after-commit announcement: the scheduler's sweep
    writes the outbox rows a minute later, and a second sweep writes nothing more."""
    subscribe(operator_kutim)
    alert = make_alert()  # stored without its announcement
    assert outbox() == []
    notifications_enqueue_due(now=timezone.now())  # within the grace minute: the announcement may still come
    assert outbox() == []
    later = timezone.now() + dt.timedelta(minutes=2)
    notifications_enqueue_due(now=later)
    notifications_enqueue_due(now=later)
    assert [(row.alert_id, recipients([row])) for row in outbox()] == [(alert.pk, {operator_kutim.username})]
    notifications_enqueue_due(now=timezone.now() + dt.timedelta(minutes=30))  # later sweeps add nothing
    assert len(outbox()) == 1
