"""The provincial analyst triages the inbox; every decision is audited and moves the risk picture."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from conftest import PASSWORD
from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel
from waspada.intake.enums import PublicStatus
from waspada.intake.models import Report
from waspada.intake.public import tip_submit
from waspada.intake.services import report_submit
from waspada.intake.triage import public_status
from waspada.issues.models import Issue

pytestmark = pytest.mark.django_db


def staff(username: str) -> Client:
    client = Client()
    assert client.login(username=username, password=PASSWORD)
    return client


def field_report(actor: Any, **extra: Any) -> Report:
    return report_submit(
        channel=Channel.FIELD_REPORT,
        actor=actor,
        title="Spanduk provokatif di Sangatta",
        text="Ditemukan spanduk berisi ujaran kebencian terhadap pendatang di simpang empat Sangatta.",
        region_code="64.08",
        enqueue_analysis=False,
        **extra,
    ).report


def test_verify_reject_grade_and_remark_are_audited(analis: Any, operator_kutim: Any) -> None:
    report = field_report(operator_kutim)
    client = staff("analis")
    assert client.post(f"/laporan/{report.pk}/triase/verifikasi/").status_code == 302
    client.post(f"/laporan/{report.pk}/triase/nilai/", {"reliability": "B", "credibility": "2"})
    client.post(f"/laporan/{report.pk}/triase/klasifikasi/", {"marking": "publik"})
    report.refresh_from_db()
    assert (report.status, report.grading, report.marking, report.triaged_by) == (
        "diverifikasi",
        "B2",
        "publik",
        analis,
    )
    client.post(f"/laporan/{report.pk}/triase/tolak/", {"reason": "duplikat"})
    report.refresh_from_db()
    assert (report.status, report.reject_reason) == ("ditolak", "duplikat")
    actions = set(AuditEvent.objects.filter(object_id=str(report.pk)).values_list("action", flat=True))
    assert {"report.verify", "report.grade", "report.marking", "report.reject"} <= actions


def test_an_operator_cannot_triage_and_bad_values_change_nothing(analis: Any, operator_kutim: Any) -> None:
    report = field_report(operator_kutim)
    staff("operator.kutim").post(f"/laporan/{report.pk}/triase/verifikasi/")
    client = staff("analis")
    client.post(f"/laporan/{report.pk}/triase/nilai/", {"reliability": "Z", "credibility": "9"})
    client.post(f"/laporan/{report.pk}/triase/tolak/", {"reason": "bosan"})
    client.post(f"/laporan/{report.pk}/triase/klasifikasi/", {"marking": "<script>"})
    assert client.post(f"/laporan/{report.pk}/triase/hapus/").status_code == 404
    report.refresh_from_db()
    assert (report.status, report.grading, report.marking) == ("baru", "F6", "terbatas")


def test_reports_are_gathered_into_an_isu_and_moved_between_isu(analis: Any, operator_kutim: Any) -> None:
    first, second = field_report(operator_kutim), field_report(operator_kutim)
    client = staff("analis")
    client.post(f"/laporan/{first.pk}/triase/isu/", {"issue": "baru"})
    issue = Issue.objects.get()
    client.post(f"/laporan/{second.pk}/triase/isu/", {"issue": str(issue.pk)})
    issue.refresh_from_db()
    assert issue.report_count == 2 and issue.region_id == "64.08"
    assert AuditEvent.objects.filter(action="report.move_to_issue").count() == 2


def test_a_rahasia_report_never_joins_a_terbatas_isu(kominda: Any, operator_kutim: Any) -> None:
    open_report = field_report(operator_kutim)
    secret = field_report(kominda, marking="rahasia")
    client = staff("kominda")
    client.post(f"/laporan/{open_report.pk}/triase/isu/", {"issue": "baru"})
    issue = Issue.objects.get()
    client.post(f"/laporan/{secret.pk}/triase/isu/", {"issue": str(issue.pk)})
    secret.refresh_from_db()
    assert secret.issue is None
    assert Issue.objects.get().report_count == 1


def test_only_a_verifier_opens_a_sealed_contact_and_every_opening_is_audited(analis: Any, pimpinan: Any) -> None:
    tip = tip_submit(
        text="Ada rencana aksi besar di Samarinda besok.", region_code="64.72", contact="0812-0000-7777"
    ).report
    assert "7777" not in staff("pimpinan").get(f"/laporan/{tip.pk}/").content.decode()
    staff("pimpinan").post(f"/laporan/{tip.pk}/kontak/")
    assert not AuditEvent.objects.filter(action="report.contact_reveal").exists()
    response = staff("analis").post(f"/laporan/{tip.pk}/kontak/")
    assert "0812-0000-7777" in response.content.decode()
    assert response["Cache-Control"] == "no-store"
    event = AuditEvent.objects.get(action="report.contact_reveal")
    assert event.actor == analis and event.object_id == str(tip.pk)


def test_the_senders_view_follows_triage_and_handling(analis: Any) -> None:
    tip = tip_submit(text="Bentrok kecil antarpemuda di pasar.", region_code="64.72").report
    assert public_status(tip) == PublicStatus.DITERIMA
    staff("analis").post(f"/laporan/{tip.pk}/triase/verifikasi/")
    tip.refresh_from_db()
    assert public_status(tip) == PublicStatus.DITANGANI
    staff("analis").post(f"/laporan/{tip.pk}/triase/tolak/", {"reason": "hoaks"})
    tip.refresh_from_db()
    assert public_status(tip) == PublicStatus.SELESAI


def test_the_inbox_lists_new_reports_only(analis: Any, operator_kutim: Any) -> None:
    waiting, done = field_report(operator_kutim), field_report(operator_kutim)
    client = staff("analis")
    client.post(f"/laporan/{done.pk}/triase/verifikasi/")
    html = client.get("/laporan/?status=baru").content.decode()
    assert f"/laporan/{waiting.pk}/" in html and f"/laporan/{done.pk}/" not in html
