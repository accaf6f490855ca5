"""report_submit: every channel's single door. Stories of what arrives and what is kept."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel, Marking
from waspada.core.exceptions import ApplicationError
from waspada.intake.enums import AnalysisStatus
from waspada.intake.models import Report
from waspada.intake.services import report_submit

pytestmark = pytest.mark.django_db


def submit(**overrides: object) -> Report:
    data: dict[str, object] = {
        "channel": Channel.FIELD_REPORT,
        "title": "Warga blokade jalan hauling",
        "text": "Sekitar 50 warga Desa Sepaso memblokade jalan hauling PT contoh sejak pukul 08.00 WITA.",
        "region_code": "64.08",
        "enqueue_analysis": False,
    }
    data.update(overrides)
    return report_submit(**data).report  # type: ignore[arg-type]


def test_an_operator_files_a_field_report_and_it_is_stored_with_its_kabkota_and_an_audit_row(
    operator_kutim: object,
) -> None:
    report = submit(actor=operator_kutim, region_code="64.08.01")
    stored = Report.objects.get(pk=report.pk)
    assert stored.region_id == "64.08.01"
    assert stored.kabkota_id == "64.08"
    assert stored.author == operator_kutim
    assert stored.analysis_status == AnalysisStatus.PENDING
    event = AuditEvent.objects.get(action="report.submit", object_id=str(report.pk))
    assert event.actor == operator_kutim
    assert event.region_code == "64.08.01"


def test_the_same_idempotency_key_twice_keeps_one_report(operator_kutim: object) -> None:
    first = report_submit(
        channel=Channel.FIELD_REPORT,
        actor=operator_kutim,
        title="Judul",
        text="Isi",
        region_code="64.08",
        idempotency_key="abc",
        enqueue_analysis=False,
    )
    second = report_submit(
        channel=Channel.FIELD_REPORT,
        actor=operator_kutim,
        title="Judul berbeda",
        text="Isi berbeda",
        region_code="64.08",
        idempotency_key="abc",
        enqueue_analysis=False,
    )
    assert first.created and not second.created
    assert second.report.pk == first.report.pk
    assert Report.objects.count() == 1
    assert Report.objects.get().title == "Judul"


def test_an_operator_cannot_file_for_a_region_outside_their_assignment(operator_kutim: object) -> None:
    with pytest.raises(ApplicationError, match="di luar wilayah tugas"):
        submit(actor=operator_kutim, region_code="64.03")
    assert Report.objects.count() == 0


def test_a_leader_who_only_reads_cannot_file(pimpinan: object) -> None:
    with pytest.raises(ApplicationError):
        submit(actor=pimpinan)
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "   ", "Judul"),
        ("text", "\x00\x01", "Isi laporan"),
        ("channel", "pigeon", "Kanal"),
        ("marking", "sangat-rahasia", "Klasifikasi"),
        ("reliability", "Z", "Keandalan"),
        ("credibility", 9, "Kredibilitas"),
        ("region_code", "99.99", "Kode wilayah"),
    ],
)
def test_malformed_input_gets_a_clear_error_and_stores_nothing(field: str, value: object, message: str) -> None:
    existing = submit()
    with pytest.raises(ApplicationError, match=message):
        submit(**{field: value})
    assert list(Report.objects.values_list("pk", flat=True)) == [existing.pk]


def test_a_date_in_the_future_is_refused_but_a_slightly_fast_phone_clock_is_not() -> None:
    now = timezone.now()
    with pytest.raises(ApplicationError, match="masa depan"):
        submit(occurred_at=now + dt.timedelta(days=2))
    assert submit(occurred_at=now + dt.timedelta(minutes=5)).pk


def test_hostile_text_is_stored_verbatim_but_cleaned_of_control_characters() -> None:
    hostile = "<script>alert('x')</script> '; DROP TABLE intake_report; -- \x00\x07 \ud800"
    report = submit(title=hostile, text=hostile)
    stored = Report.objects.get(pk=report.pk)
    assert "<script>" in stored.text and "DROP TABLE" in stored.text
    assert "\x00" not in stored.text and "\x07" not in stored.text and "\ud800" not in stored.text


def test_a_report_without_place_belongs_to_the_home_province() -> None:
    report = submit(region_code=None)
    assert report.region_id == "64"
    assert report.kabkota_id is None


def test_default_marking_is_terbatas() -> None:
    assert submit().marking == Marking.TERBATAS
