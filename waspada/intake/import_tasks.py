"""Background steps of a web import. Each loads the job by id and calls a service; each is safe to run twice.

They run below the default priority, and the analysis in short chunks, so that the analysis of live reports
queued meanwhile goes first.
"""

from __future__ import annotations

from django_tasks import task

from waspada.intake.imports import import_job_analyse, import_job_check, import_job_run


@task(priority=-5)
def import_check(job_id: int) -> None:
    import_job_check(job_id=job_id)


@task(priority=-5)
def import_run(job_id: int) -> None:
    import_job_run(job_id=job_id)


@task(priority=-10)
def import_analyse(job_id: int) -> None:
    if import_job_analyse(job_id=job_id):
        import_analyse.enqueue(job_id)
