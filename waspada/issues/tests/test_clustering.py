"""Reports gather into isu by what they say and where; analysts merge and split, and the engine keeps to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone

from conftest import PASSWORD
from waspada.analysis.services import analysis_run_for_report
from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel, Marking
from waspada.core.exceptions import ApplicationError
from waspada.engine.cluster import CLUSTER_VERSION
from waspada.intake.enums import AnalysisStatus
from waspada.intake.models import Report
from waspada.intake.services import report_submit
from waspada.issues.enums import IssueStatus
from waspada.issues.models import Issue
from waspada.issues.services import issue_attach_report, issue_merge, issue_split

pytestmark = pytest.mark.django_db

SEPASO_BARAT = "64.08.09.2011"
KERAITAN = "64.08.09.2003"
TEBANGAN_LEMBAK = "64.08.09.2005"
SINGA_GEMBARA = "64.08.04.2011"  # Sangatta Utara: another kecamatan of Kutai Timur
NOW = timezone.now()

COMPLAINT = (
    "Warga Sepaso Barat memprotes patok batas HGU PT Sawit Etam Lestari yang masuk ke kebun karet warga dan "
    "menuntut kebun plasma yang dijanjikan perusahaan."
)
FOLLOW_UP = (
    "Mediasi antara kelompok tani Keraitan dan manajemen PT Sawit Etam Lestari di kantor camat berakhir buntu; "
    "lembaga adat mengancam menduduki blok kebun yang disengketakan."
)
BLOCKADE = (
    "Puluhan warga Tebangan Lembak memblokade jalan hauling PT Sawit Etam Lestari menuntut patok HGU dicabut "
    "dari kebun plasma warga."
)
OTHER_DISPUTE = (
    "Ahli waris keluarga Daeng Rahman di Singa Gembara menggugat klaim kavling perumahan pengembang CV Bumi Permai; "
    "kedua pihak saling memasang papan larangan."
)


def filed(
    actor: Any,
    text: str,
    place: str,
    *,
    hours: float = 0,
    title: str = "Laporan",
    marking: str = Marking.TERBATAS,
    category: str = "sengketa_lahan",
    severity: int = 2,
    attach: bool = True,
) -> Report:
    """A report as the analysis leaves it (category, severity, place), then gathered into its isu."""
    report = report_submit(
        channel=Channel.FIELD_REPORT,
        actor=actor,
        title=title,
        text=text,
        region_code=place,
        marking=marking,
        enqueue_analysis=False,
    ).report
    report.occurred_at = NOW - dt.timedelta(days=3) + dt.timedelta(hours=hours)
    report.category, report.domain, report.severity = category, "ekonomi", severity
    report.analysis_status = AnalysisStatus.DONE
    report.save()
    if attach:
        with transaction.atomic():
            issue_attach_report(report=report)
        report.refresh_from_db()
    return report


def isu(report: Report) -> Issue:
    report.refresh_from_db()
    assert report.issue_id is not None, "the report is in an isu"
    return Issue.objects.get(pk=report.issue_id)


@pytest.fixture
def dispute(operator_kutim: Any) -> list[Report]:
    """One land dispute in Bengalon told three times, from three desa, over two days."""
    return [
        filed(operator_kutim, COMPLAINT, SEPASO_BARAT, title="Protes patok HGU di Sepaso Barat"),
        filed(operator_kutim, FOLLOW_UP, KERAITAN, hours=20, title="Mediasi di Bengalon buntu"),
        filed(operator_kutim, BLOCKADE, TEBANGAN_LEMBAK, hours=40, title="Blokade jalan hauling", severity=3),
    ]


def test_a_dispute_told_from_three_desa_is_one_isu_and_a_dispute_elsewhere_is_another(
    dispute: list[Report], operator_kutim: Any
) -> None:
    issue = dispute[0].issue
    assert issue is not None and all(r.issue_id == issue.pk for r in dispute)
    issue.refresh_from_db()
    assert (issue.report_count, issue.max_severity) == (3, 3)
    assert (issue.first_seen, issue.last_seen) == (dispute[0].occurred_at, dispute[2].occurred_at)
    assert issue.profile["version"] == CLUSTER_VERSION and issue.profile["size"] == 3
    elsewhere = filed(operator_kutim, OTHER_DISPUTE, SINGA_GEMBARA, hours=30, title="Gugatan kavling")
    assert elsewhere.issue_id not in (None, issue.pk)
    attached = AuditEvent.objects.filter(action="issue.attach_report", object_id=str(issue.pk)).order_by("id")
    assert attached.count() == 3
    assert "kecamatan yang sama" in attached.last().data["explanation"]  # type: ignore[union-attr]
    assert AuditEvent.objects.filter(action="issue.create").count() == 2


def test_a_rahasia_report_gathers_only_into_a_rahasia_isu(dispute: list[Report], kominda: Any) -> None:
    secret = filed(kominda, BLOCKADE, TEBANGAN_LEMBAK, hours=41, marking=Marking.RAHASIA)
    assert secret.issue is not None and secret.issue.marking == Marking.RAHASIA
    assert secret.issue_id != dispute[0].issue_id


def test_an_isu_without_a_stored_profile_is_profiled_from_its_reports(
    dispute: list[Report], operator_kutim: Any
) -> None:
    Issue.objects.filter(pk=isu(dispute[0]).pk).update(profile={})
    later = filed(operator_kutim, BLOCKADE, TEBANGAN_LEMBAK, hours=45)
    assert later.issue_id == dispute[0].issue_id
    assert isu(later).profile["size"] == 4


def test_an_analyst_merges_two_isu_and_new_reports_go_to_the_merged_whole(
    dispute: list[Report], operator_kutim: Any, analis: Any, django_capture_on_commit_callbacks: Any
) -> None:
    target = isu(dispute[0])
    other_report = filed(operator_kutim, OTHER_DISPUTE, SINGA_GEMBARA, hours=30)
    other = isu(other_report)
    with django_capture_on_commit_callbacks() as callbacks:
        issue_merge(actor=analis, target=target, others=[other])
    assert len(callbacks) == 1, "the region's risk is recomputed once the merge is stored"
    target.refresh_from_db()
    other.refresh_from_db()
    assert Report.objects.get(pk=other_report.pk).issue_id == target.pk
    assert (target.report_count, target.max_severity, target.profile["size"]) == (4, 3, 4)
    assert (other.merged_into_id, other.status, other.report_count) == (target.pk, IssueStatus.SELESAI, 0)
    merge = AuditEvent.objects.get(action="issue.merge", object_id=str(target.pk))
    assert merge.actor == analis and merge.data["merged"] == [other.pk]
    assert AuditEvent.objects.filter(action="issue.merged", object_id=str(other.pk)).exists()
    # The engine never gathers into the merged-away isu again: the next report about that matter joins the whole.
    again = filed(operator_kutim, OTHER_DISPUTE, SINGA_GEMBARA, hours=31)
    assert again.issue_id == target.pk


def test_a_split_report_is_never_put_back_by_the_engine(
    dispute: list[Report], operator_kutim: Any, analis: Any, django_capture_on_commit_callbacks: Any
) -> None:
    original = isu(dispute[0])
    with django_capture_on_commit_callbacks() as callbacks:
        new = issue_split(actor=analis, issue=original, report_ids=[dispute[1].pk], title="Mediasi Keraitan")
    assert len(callbacks) == 1
    original.refresh_from_db()
    assert (new.title, new.report_count, new.marking, new.region_id) == ("Mediasi Keraitan", 1, "terbatas", "64.08")
    assert (original.report_count, original.max_severity) == (2, 3)
    assert original.separated_report_ids == [dispute[1].pk]
    split = AuditEvent.objects.get(action="issue.split", object_id=str(original.pk))
    assert split.actor == analis and split.data == {"new_issue": new.pk, "report_ids": [dispute[1].pk]}

    # A new report much like the split one arrives: the split report stays where the analyst put it.
    filed(operator_kutim, FOLLOW_UP, KERAITAN, hours=44)
    assert Report.objects.get(pk=dispute[1].pk).issue_id == new.pk
    # Re-analysis does not move it either.
    Report.objects.filter(pk=dispute[1].pk).update(analysis_status=AnalysisStatus.PENDING)
    analysis_run_for_report(report_id=dispute[1].pk, followups=False)
    assert Report.objects.get(pk=dispute[1].pk).issue_id == new.pk
    # Even loose again (its new isu deleted), the engine never puts it back into the isu it was split from.
    new.delete()
    report = Report.objects.get(pk=dispute[1].pk)
    assert report.issue_id is None
    with transaction.atomic():
        issue_attach_report(report=report)
    assert report.issue_id not in (None, original.pk)


def test_separations_survive_a_merge_unless_the_analyst_brings_the_reports_back(
    dispute: list[Report], analis: Any, operator_kutim: Any
) -> None:
    original = isu(dispute[0])
    split_off = issue_split(actor=analis, issue=original, report_ids=[dispute[2].pk])
    assert split_off.title == dispute[2].title
    other = isu(filed(operator_kutim, OTHER_DISPUTE, SINGA_GEMBARA, hours=30))
    merged = issue_merge(actor=analis, target=other, others=[original])
    assert merged.separated_report_ids == [dispute[2].pk]
    back = issue_merge(actor=analis, target=merged, others=[split_off])
    assert back.separated_report_ids == [] and back.report_count == 4


def test_merge_and_split_refuse_what_an_analyst_may_not_or_should_not_do(
    dispute: list[Report], operator_kutim: Any, operator_berau: Any, analis: Any, kominda: Any
) -> None:
    issue = isu(dispute[0])
    berau = isu(filed(operator_berau, OTHER_DISPUTE, "64.03.01", title="Berau"))
    secret = isu(filed(kominda, BLOCKADE, TEBANGAN_LEMBAK, marking=Marking.RAHASIA))
    refusals: list[Callable[[], object]] = [
        lambda: issue_merge(actor=operator_kutim, target=issue, others=[berau]),
        lambda: issue_merge(actor=analis, target=issue, others=[issue]),
        lambda: issue_merge(actor=analis, target=issue, others=[]),
        lambda: issue_merge(actor=analis, target=issue, others=[berau]),
        lambda: issue_merge(actor=analis, target=issue, others=[secret]),
        lambda: issue_merge(actor=kominda, target=issue, others=[secret]),
        lambda: issue_split(actor=operator_kutim, issue=issue, report_ids=[dispute[0].pk]),
        lambda: issue_split(actor=analis, issue=issue, report_ids=[]),
        lambda: issue_split(actor=analis, issue=issue, report_ids=[r.pk for r in dispute]),
        lambda: issue_split(actor=analis, issue=issue, report_ids=[dispute[0].pk, berau.reports.get().pk]),
    ]
    for refuse in refusals:
        with pytest.raises(ApplicationError):
            refuse()
    issue.refresh_from_db()
    assert issue.report_count == 3 and not Issue.objects.filter(merged_into__isnull=False).exists()
    assert not AuditEvent.objects.filter(action__in=["issue.merge", "issue.split"]).exists()


# -- the pages ------------------------------------------------------------------------------------------------


def login(user: Any) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_the_isu_page_offers_merge_and_split_to_analysts_only(
    dispute: list[Report], operator_kutim: Any, analis: Any
) -> None:
    filed(operator_kutim, OTHER_DISPUTE, SINGA_GEMBARA, hours=30, title="Gugatan kavling")
    url = f"/isu/{dispute[0].issue_id}/"
    page = login(analis).get(url).content.decode()
    assert f'action="/isu/{dispute[0].issue_id}/pisah/"' in page and "Gugatan kavling" in page
    assert 'type="checkbox"' in page and 'name="csrfmiddlewaretoken"' in page
    assert "/pisah/" not in login(operator_kutim).get(url).content.decode()


def test_an_analyst_splits_and_merges_through_the_page(dispute: list[Report], operator_kutim: Any, analis: Any) -> None:
    client = login(analis)
    issue_id = isu(dispute[0]).pk
    response = client.post(
        f"/isu/{issue_id}/pisah/", {"reports": [str(dispute[2].pk)], "title": "Blokade"}, follow=True
    )
    new = Issue.objects.get(title="Blokade")
    assert response.redirect_chain[-1][0] == f"/isu/{new.pk}/"
    assert "1 laporan dipisahkan" in response.content.decode()
    response = client.post(f"/isu/{issue_id}/gabung/", {"other": str(new.pk)}, follow=True)
    assert "digabungkan ke isu ini" in response.content.decode()
    assert Issue.objects.get(pk=issue_id).report_count == 3
    merged_page = client.get(f"/isu/{new.pk}/").content.decode()
    assert "sudah digabung" in merged_page and f'href="/isu/{issue_id}/"' in merged_page
    assert f"/isu/{new.pk}/" not in client.get("/isu/").content.decode(), "a merged isu leaves the list"


def test_hostile_form_input_is_refused_with_a_message_and_changes_nothing(
    dispute: list[Report], operator_berau: Any, analis: Any
) -> None:
    client = login(analis)
    issue_id = isu(dispute[0]).pk
    berau_report = filed(operator_berau, OTHER_DISPUTE, "64.03.01", title="Berau")
    forms: list[dict[str, Any]] = [
        {"reports": [str(berau_report.pk)]},
        {"reports": ["abc"]},
        {"reports": ["1 OR 1=1"]},
        {},
        {"reports": [str(r.pk) for r in dispute]},
    ]
    for data in forms:
        response = client.post(f"/isu/{issue_id}/pisah/", data, follow=True)
        assert response.status_code == 200 and 'class="message error"' in response.content.decode(), data
    for data in ({"other": str(issue_id)}, {"other": str(berau_report.issue_id)}, {"other": "x"}, {}):
        response = client.post(f"/isu/{issue_id}/gabung/", data, follow=True)
        assert 'class="message error"' in response.content.decode(), data
    assert client.get(f"/isu/{issue_id}/pisah/").status_code == 405
    assert client.post("/isu/999999/pisah/", {"reports": [str(dispute[0].pk)]}).status_code == 404
    assert Issue.objects.get(pk=issue_id).report_count == 3
    assert Issue.objects.filter(merged_into__isnull=False).count() == 0
    assert Issue.objects.count() == 2
