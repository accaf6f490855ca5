from __future__ import annotations

from django_tasks import task

from waspada.intake.channels.media import inbound_media_fetch
from waspada.intake.channels.services import outbound_deliver


@task()
def send_outbound_message(message_id: int, attempt: int) -> None:
    # Delivery failures are recorded on the message and retried by the scheduler; they are not task failures.
    outbound_deliver(message_id=message_id, attempt=attempt)


@task()
def fetch_inbound_media(inbound_id: int, attempt: int) -> None:
    # A provider's refusal or outage is recorded on the inbound message and retried from there, not a task failure.
    inbound_media_fetch(inbound_id=inbound_id, attempt=attempt)
