"""A stored report goes through the engine; the result, its versions and its consequences are kept."""

from __future__ import annotations

from typing import Any

import pytest

from waspada.analysis.models import AnalysisCorrection, ReportAnalysis
from waspada.analysis.services import analysis_run_for_report
from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel
from waspada.engine import ENGINE_VERSION
from waspada.intake.enums import AnalysisStatus
from waspada.intake.models import Report
from waspada.intake.services import report_submit

pytestmark = pytest.mark.django_db


def file(text: str, *, title: str = "Laporan", region: str | None = None, actor: Any = None) -> Report:
    return report_submit(
        channel=Channel.PUBLIC_TIP if actor is None else Channel.FIELD_REPORT,
        actor=actor,
        title=title,
        text=text,
        region_code=region,
        enqueue_analysis=False,
    ).report


def test_a_land_dispute_is_classified_placed_and_gathered_into_an_issue(operator_kutim: Any) -> None:
    report = file(
        "Sekitar 80 warga Desa Sepaso, Kecamatan Bengalon, memblokade jalan hauling perusahaan sawit. "
        "Mereka menuntut penyelesaian sengketa lahan plasma.",
        title="Blokade jalan hauling di Bengalon",
        region="64.08",
        actor=operator_kutim,
    )
    analysis_run_for_report(report_id=report.pk, followups=False)
    report.refresh_from_db()
    analysis = ReportAnalysis.objects.get(report=report)
    assert report.analysis_status == AnalysisStatus.DONE
    assert (report.category, report.severity) == ("sengketa_lahan", 2)
    assert analysis.engine_version == ENGINE_VERSION
    assert analysis.versions["engine"] == ENGINE_VERSION
    assert analysis.primary_location.startswith("64.08.09")
    assert any(place["name"] == "Sepaso" for place in analysis.locations)
    assert analysis.evidence, "the result explains itself"
    assert report.issue is not None and report.issue.region_id == "64.08"
    assert AuditEvent.objects.filter(action="report.analyse", object_id=str(report.pk)).exists()


def test_a_tip_without_a_place_is_placed_by_the_places_it_names() -> None:
    report = file("Warga Kecamatan Sangatta Utara resah karena isu penggusuran lahan oleh perusahaan tambang.")
    assert report.region_id == "64"
    analysis_run_for_report(report_id=report.pk, followups=False)
    report.refresh_from_db()
    assert report.region_id.startswith("64.08")
    assert report.kabkota_id == "64.08"


def test_a_festival_stays_calm() -> None:
    report = file(
        "Festival Erau di Tenggarong dibuka meriah dengan tari perang dan ribuan penonton.",
        title="Festival Erau dibuka",
    )
    analysis_run_for_report(report_id=report.pk, followups=False)
    report.refresh_from_db()
    assert report.severity == 0
    assert report.issue is None


def test_running_twice_changes_nothing() -> None:
    report = file("Bentrok antarwarga di Samarinda, dua orang luka-luka.", region="64.72")
    analysis_run_for_report(report_id=report.pk)
    analysed_at = ReportAnalysis.objects.get(report=report).analysed_at
    analysis_run_for_report(report_id=report.pk)
    assert ReportAnalysis.objects.get(report=report).analysed_at == analysed_at
    assert Report.objects.get(pk=report.pk).issue.report_count == 1  # type: ignore[union-attr]


def test_submitting_queues_exactly_one_analysis_task_which_analyses_the_report(
    operator_kutim: Any, django_capture_on_commit_callbacks: Any
) -> None:
    # The worker process itself is exercised by tests/test_run.py; here, the queued row and its task.
    from django_tasks_db.models import DBTaskResult

    with django_capture_on_commit_callbacks(execute=True):
        report = report_submit(
            channel=Channel.FIELD_REPORT,
            actor=operator_kutim,
            title="Unjuk rasa buruh",
            text="Ratusan buruh berunjuk rasa menolak PHK di Sangatta.",
            region_code="64.08",
        ).report
    assert Report.objects.get(pk=report.pk).analysis_status == AnalysisStatus.PENDING
    queued = DBTaskResult.objects.get(status="READY")
    assert queued.task_path == "waspada.analysis.tasks.analyse_report"
    queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])
    report.refresh_from_db()
    assert report.analysis_status == AnalysisStatus.DONE
    assert report.severity == 2


CHAIN = (
    "Mohon hati-hati kalau lewat jalan poros Sangatta–Bengalon. Sejak tadi pagi warga memasang portal di km 12 "
    "karena menuntut ganti rugi lahan yang belum dibayar perusahaan. Truk tambang tidak bisa lewat."
)


def test_a_forwarded_copy_is_kept_as_a_report_and_points_to_the_first_one(client: Any, analis: Any) -> None:
    first = file(CHAIN)
    forwarded = file(f"*FORWARD*\nInfo dari grup sebelah\n{CHAIN}\nSebarkan!! Jangan berhenti di kamu")
    again = file(f"Fwd: {CHAIN.lower()} tolong sebarkan")
    other = file(
        "Mohon hati-hati kalau lewat jalan poros Sangatta–Bengalon. Di km 30 jalan longsor tadi malam setelah "
        "hujan deras, satu lajur tertutup tanah."
    )
    for report in (again, first, other, forwarded):  # the worker's order does not decide which one is first
        analysis_run_for_report(report_id=report.pk, followups=False)
    copies = dict(ReportAnalysis.objects.values_list("report_id", "copy_of_id"))
    assert copies == {first.pk: None, forwarded.pk: first.pk, again.pk: first.pk, other.pk: None}
    assert ReportAnalysis.objects.get(report=forwarded).copy_similarity >= 0.5
    assert Report.objects.count() == 4  # every copy stays a report

    client.force_login(analis)
    page = client.get(f"/laporan/{forwarded.pk}/").content.decode()
    assert f'href="/laporan/{first.pk}/"' in page and "dihitung sekali" in page


def test_an_analyst_corrects_the_analysis_and_a_re_analysis_keeps_it(
    client: Any, analis: Any, operator_kutim: Any, operator_berau: Any
) -> None:
    report = file(
        "Penampilan tari perang Dayak memeriahkan Festival Erau; ribuan warga menonton dengan tertib.",
        title="Tari perang di Festival Erau",
        region="64.08",
        actor=operator_kutim,
    )
    analysis_run_for_report(report_id=report.pk, followups=False)
    url = f"/laporan/{report.pk}/triase/koreksi/"
    client.force_login(analis)
    assert "Koreksi hasil analisis" in client.get(f"/laporan/{report.pk}/").content.decode()

    # Hostile and empty input: a clear message, nothing stored.
    for data in ({}, {"category": "'; DROP TABLE intake_report; --"}, {"severity": "9"}, {"relevant": "mungkin"}):
        page = client.post(url, data, follow=True).content.decode()
        assert "Koreksi tidak sah" in page or "Isi setidaknya satu koreksi" in page
    assert not AnalysisCorrection.objects.exists()

    # Staff who may not triage it: the operator is refused, another region's operator does not even see it.
    client.force_login(operator_kutim)
    assert "tidak berwenang" in client.post(url, {"severity": "3"}, follow=True).content.decode()
    client.force_login(operator_berau)
    assert client.post(url, {"severity": "3"}).status_code == 404
    assert not AnalysisCorrection.objects.exists()

    client.force_login(analis)
    page = client.post(
        url, {"relevant": "tidak", "category": "lainnya", "severity": "0", "note": "acara budaya"}, follow=True
    ).content.decode()
    assert "Koreksi disimpan" in page and 'data-field="correction"' in page
    report.refresh_from_db()
    assert (report.category, report.severity) == ("lainnya", 0)
    correction = AnalysisCorrection.objects.get(report=report)
    assert (correction.relevant, correction.severity, correction.text) == (False, 0, report.text)
    assert AuditEvent.objects.filter(action="analysis.correct", object_id=str(report.pk)).exists()

    ReportAnalysis.objects.filter(report=report).update(versions={})  # a new engine version re-analyses it
    analysis_run_for_report(report_id=report.pk, followups=False)
    report.refresh_from_db()
    assert (report.category, report.severity) == ("lainnya", 0)
