"""The kerawanan index in the app: a region climbs and settles, says why, is watched or not, and has a context."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from django.utils import timezone

from waspada.alerts.models import RiskAssessment
from waspada.alerts.selectors import coverage_by_kabkota, kecamatan_assessments
from waspada.alerts.services import region_context_update, region_risk_and_alerts_update, risk_recompute_batch
from waspada.alerts.services.detection import detection_reset
from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel
from waspada.core.exceptions import ApplicationError
from waspada.intake.enums import AnalysisStatus, SourceKind
from waspada.intake.models import Report, Source
from waspada.intake.services import report_submit
from waspada.issues.models import Issue
from waspada.regions.models import Region

pytestmark = pytest.mark.django_db

START = timezone.now() - dt.timedelta(days=12)
# Kecamatan Muara Jawa, Kutai Kartanegara, and four of its kelurahan.
MUARA_JAWA = ["64.02.14.1001", "64.02.14.1002", "64.02.14.1003", "64.02.14.1004"]


@pytest.fixture(autouse=True)
def fresh_detectors() -> Iterator[None]:
    detection_reset()
    yield
    detection_reset()


def report(
    at: dt.datetime,
    severity: int,
    place: str = MUARA_JAWA[0],
    *,
    category: str = "sengketa_lahan",
    channel: str = Channel.FIELD_REPORT,
    source: Source | None = None,
    author: Any = None,
    issue: Issue | None = None,
) -> Report:
    created = report_submit(
        channel=channel,
        title=f"Sengketa lahan, keparahan {severity}",
        text="Uraian fakta kejadian.",
        region_code=place,
        occurred_at=at,
        received_at=at,
        reliability="B",
        credibility=2,
        source=source,
        actor=author,
        enqueue_analysis=False,
    ).report
    Report.objects.filter(pk=created.pk).update(
        severity=severity, category=category, analysis_status=AnalysisStatus.DONE, issue=issue
    )
    return Report.objects.get(pk=created.pk)


def at(days: float) -> dt.datetime:
    return START + dt.timedelta(days=days)


def test_a_region_climbs_with_a_dispute_and_settles_when_it_is_over() -> None:
    levels = []
    # Days 0–3: complaints; days 4–5: three protests and blockades in three desa; day 6: clashes in a fourth.
    story = [(0.5, 1, 0), (2.0, 1, 1), (3.2, 1, 2), (4.1, 2, 0), (4.6, 2, 1), (5.0, 2, 2), (5.6, 3, 3), (5.8, 3, 0)]
    for day, severity, desa in story:
        created = report(at(day), severity, MUARA_JAWA[desa])
        levels.append(region_risk_and_alerts_update(region_code="64.02", as_of=created.received_at).level)
    assert levels[0] == "normal"
    assert "waspada" in levels[3:6] and levels[-1] == "siaga"
    assert levels == sorted(levels, key=["normal", "waspada", "siaga", "awas"].index), "it only climbs"

    peak = RiskAssessment.objects.filter(region_id="64.02").order_by("-as_of", "-id").first()
    assert peak is not None and peak.level == "siaga"
    assert peak.explanation.startswith("Kutai Kartanegara")
    assert "dari 4 kelurahan di Kecamatan Muara Jawa" in peak.explanation and "2 dengan kekerasan" in peak.explanation
    assert set(peak.driver_report_ids) >= set(Report.objects.filter(severity=3).values_list("pk", flat=True))

    # Four quiet days later the hourly pass brings it back to Normal and says so.
    settled = risk_recompute_batch(as_of=at(10), kabkota_codes=["64.02"])["64.02"]
    assert (settled.previous_level, settled.level) == ("siaga", "normal")
    assert settled.explanation.startswith("Kutai Kartanegara turun ke Normal: tidak ada laporan dalam 72 jam")
    changes = AuditEvent.objects.filter(action="risk.level_change", region_code="64.02")
    assert changes.count() >= 3


def test_the_kecamatan_gets_its_own_index_stored_only_when_it_moves() -> None:
    for i, severity in enumerate([2, 2, 2, 3]):
        report(at(5 + i / 4), severity, MUARA_JAWA[i])
    region_risk_and_alerts_update(region_code="64.02", as_of=at(6))
    (district,) = kecamatan_assessments(kabkota_code="64.02")
    assert district.region_id == "64.02.14" and district.level in {"waspada", "siaga"}
    assert district.explanation.startswith("Kecamatan Muara Jawa naik ke")
    # Scored again a minute later: the kab/kota keeps its record, the unchanged kecamatan is not stored again.
    region_risk_and_alerts_update(region_code="64.02", as_of=at(6) + dt.timedelta(minutes=1))
    assert RiskAssessment.objects.filter(region_id="64.02").count() == 2
    assert RiskAssessment.objects.filter(region_id="64.02.14").count() == 1


def test_one_batch_for_many_regions_scores_each_as_it_would_alone() -> None:
    for i, severity in enumerate([2, 2, 3, 1]):
        report(at(5 + i / 5), severity, MUARA_JAWA[i])
        report(at(5 + i / 5), severity, f"64.08.09.200{i + 1}")
    alone = {code: risk_recompute_batch(as_of=at(6), kabkota_codes=[code])[code] for code in ("64.02", "64.08")}
    together = risk_recompute_batch(as_of=at(6), kabkota_codes=["64.02", "64.08", "64.72"])
    for code, assessment in alone.items():
        assert (together[code].score, together[code].indicators) == (assessment.score, assessment.indicators)
    assert together["64.72"].score == 0


def test_an_isu_left_without_a_case_weighs_until_someone_handles_it(analis: Any) -> None:
    from waspada.cases.models import Case

    isu = Issue.objects.create(
        title="Sengketa plasma", region_id="64.02", category="sengketa_lahan", first_seen=at(0), last_seen=at(5)
    )
    for day in (0, 2, 4.5, 5):
        report(at(day), 2 if day > 1 else 1, MUARA_JAWA[0], issue=isu)
    now = timezone.now()
    before = region_risk_and_alerts_update(region_code="64.02", as_of=at(5.1))
    assert before.indicators["issues"] == 2.5 and "1 isu belum ditangani" in before.explanation
    Case.objects.create(title="Mediasi", region_id="64.02", issue=isu, stage="pencegahan", opened_by=analis)
    after = region_risk_and_alerts_update(region_code="64.02", as_of=max(now, at(5.1)) + dt.timedelta(minutes=1))
    assert after.indicators["issues"] == 0


def test_an_admin_sets_the_structural_context_and_the_region_is_scored_again(
    analis: Any, django_capture_on_commit_callbacks: Any
) -> None:
    region = Region.objects.get(code="64.08")
    with django_capture_on_commit_callbacks(execute=True):
        region_context_update(
            actor=analis, region=region, structural_points=12, conflict_history="Bentrok lahan 2019 dan 2022."
        )
    latest = RiskAssessment.objects.filter(region_id="64.08").latest("as_of")
    assert latest.indicators["structural"] == 12 and "konteks struktural +12" in latest.explanation
    assert AuditEvent.objects.filter(action="risk.context_update", region_code="64.08").exists()
    with pytest.raises(ApplicationError):
        region_context_update(actor=analis, region=region, structural_points=35)


def test_coverage_is_low_where_nobody_is_listening(fkdm_kutim: Any) -> None:
    from waspada.monitoring.models import FeedSource

    now = timezone.now()
    outlet = Source.objects.create(name="Kaltim Pos", kind=SourceKind.MEDIA)
    FeedSource.objects.create(
        name="Kaltim Pos Kutim", feed_url="https://kaltimpos.example/kutim.xml", region_id="64.08", intake_source=outlet
    )
    gateway = Source.objects.create(name="SMS 1717", kind=SourceKind.CHANNEL)
    for i, (channel, source) in enumerate([(Channel.NEWS, outlet), (Channel.PUBLIC_TIP, None), (Channel.SMS, gateway)]):
        report(now - dt.timedelta(days=i + 1), 1, "64.08.04", channel=channel, source=source)
    report(now - dt.timedelta(days=2), 1, "64.08.04", author=fkdm_kutim)
    report(now - dt.timedelta(days=3), 0, "64.11.01")  # Mahakam Ulu: one report, nothing else

    coverage = coverage_by_kabkota(kabkota_codes=["64.08", "64.11"], as_of=now)
    kutim, kutim_facts = coverage["64.08"]
    mahulu, mahulu_facts = coverage["64.11"]
    assert kutim.level == "baik" and kutim_facts.fkdm_reports == 1 and kutim_facts.media_sources == 1
    assert mahulu.low and mahulu_facts.reports == 1
    assert "tidak ada laporan FKDM" in mahulu.missing and "tidak ada media yang dipantau" in mahulu.missing


def test_an_admin_enters_the_structural_context_in_the_admin_with_its_reasons(
    make_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from django.test import Client

    from conftest import PASSWORD
    from waspada.accounts.enums import Role

    make_user("admin", Role.ADMIN, "64", is_staff=True, is_superuser=True)
    client = Client()
    client.login(username="admin", password=PASSWORD)
    url = "/admin/alerts/regioncontext/add/"
    assert client.get(url).status_code == 200
    refused = client.post(url, {"region": "64.07", "structural_points": "25", "conflict_history": "x"})
    assert refused.status_code == 200 and not RiskAssessment.objects.exists()
    unexplained = client.post(url, {"region": "64.07", "structural_points": "10", "conflict_history": ""})
    assert b"alasan" in unexplained.content
    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(
            url, {"region": "64.07", "structural_points": "10", "conflict_history": "Konflik tapal batas 2021."}
        )
    assert saved.status_code == 302
    latest = RiskAssessment.objects.filter(region_id="64.07").latest("as_of")
    assert latest.indicators["structural"] == 10
    assert AuditEvent.objects.filter(action="risk.context_update", region_code="64.07").count() == 1
    assert client.get("/admin/alerts/riskassessment/").status_code == 200
    assert client.get("/admin/alerts/detectorstate/").status_code == 200
