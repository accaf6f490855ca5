from __future__ import annotations

from django_tasks import task

from waspada.monitoring.services import feed_source_poll


@task()
def poll_source(source_id: int) -> None:
    feed_source_poll(source_id=source_id)
