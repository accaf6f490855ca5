from __future__ import annotations

from django_tasks import task

from waspada.analysis.services import analysis_record_failure, analysis_run_for_report


@task()
def analyse_report(report_id: int) -> None:
    try:
        analysis_run_for_report(report_id=report_id)
    except Exception:
        analysis_record_failure(report_id=report_id)
        raise
