from __future__ import annotations

from django_tasks import task

from waspada.alerts.services.notify import notification_deliver, notifications_send_due


@task()
def send_notification(notification_id: int) -> None:
    # A failed try is recorded on the row and retried by the scheduler's sweep; it is not a task failure.
    notification_deliver(notification_id=notification_id)


@task()
def send_due_notifications() -> None:
    notifications_send_due()
