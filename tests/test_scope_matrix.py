"""Need-to-know, proven over every page and API endpoint.

Berau holds a terbatas report and a rahasia one (each with its isu and alert) and a case; Kutai Timur holds a
terbatas report. Each persona either sees an object or gets 404 — never 403, which would confirm it exists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from conftest import PASSWORD
from waspada.alerts.models import AlertRule
from waspada.alerts.services import alert_raise
from waspada.cases.enums import CaseStage
from waspada.cases.services import case_open_from_alert
from waspada.core.enums import Channel, Marking
from waspada.intake.services import report_submit
from waspada.issues.models import Issue
from waspada.regions.models import Region

pytestmark = pytest.mark.django_db


@dataclass
class World:
    berau_report: int
    berau_rahasia_report: int
    kutim_report: int
    berau_alert: int
    berau_rahasia_alert: int
    berau_case: int
    berau_issue: int
    berau_rahasia_issue: int


def _report(actor: Any, region: str, marking: str, title: str) -> int:
    report = report_submit(
        channel=Channel.FIELD_REPORT,
        actor=actor,
        title=title,
        text=f"{title}: uraian fakta.",
        region_code=region,
        marking=marking,
        enqueue_analysis=False,
    ).report
    issue = Issue.objects.create(
        title=title,
        region_id=region[:5],
        category="sengketa_lahan",
        marking=Marking.RAHASIA if marking == Marking.RAHASIA else Marking.TERBATAS,
        first_seen=report.occurred_at,
        last_seen=report.occurred_at,
        report_count=1,
        max_severity=2,
    )
    report.issue = issue
    report.severity = 2
    report.save()
    return report.pk


@pytest.fixture
def world(
    analis: Any,
    operator_kutim: Any,
    operator_berau: Any,
    fkdm_kutim: Any,
    kominda: Any,
    pimpinan: Any,
    outsider: Any,
) -> World:
    berau = Region.objects.get(code="64.03")
    rule = AlertRule.objects.get(code="laporan-keparahan-24j")
    now = timezone.now()
    berau_report = _report(operator_berau, "64.03.01", Marking.TERBATAS, "Sengketa batas kebun di Berau")
    rahasia_report = _report(kominda, "64.03", Marking.RAHASIA, "Catatan Kominda: penggerak dari luar")
    kutim_report = _report(operator_kutim, "64.08", Marking.TERBATAS, "Blokade jalan di Kutai Timur")
    alerts = {}
    for marking, report_id in ((Marking.TERBATAS, berau_report), (Marking.RAHASIA, rahasia_report)):
        alert = alert_raise(
            rule=rule,
            region=berau,
            level="waspada",
            marking=marking,
            title=f"Berau {marking}",
            explanation="uji",
            report_ids=[report_id],
            raised_at=now - dt.timedelta(minutes=1),
        )
        assert alert is not None
        alerts[marking] = alert
    case = case_open_from_alert(
        actor=analis,
        alert=alerts[Marking.TERBATAS],
        stage=CaseStage.PENCEGAHAN,
        assignee=operator_berau,
        first_action="Koordinasi dengan camat dan tokoh adat.",
    )
    from waspada.intake.models import Report

    return World(
        berau_report=berau_report,
        berau_rahasia_report=rahasia_report,
        kutim_report=kutim_report,
        berau_alert=alerts[Marking.TERBATAS].pk,
        berau_rahasia_alert=alerts[Marking.RAHASIA].pk,
        berau_case=case.pk,
        berau_issue=Report.objects.get(pk=berau_report).issue_id,  # type: ignore[arg-type]
        berau_rahasia_issue=Report.objects.get(pk=rahasia_report).issue_id,  # type: ignore[arg-type]
    )


# Which persona may see which object. Kominda alone sees rahasia; each operator sees only their kab/kota.
SEES: dict[str, set[str]] = {
    "analis": {"berau", "kutim"},
    "operator.kutim": {"kutim"},
    "operator.berau": {"berau"},
    "fkdm.kutim": {"kutim"},
    "kominda": {"berau", "kutim", "rahasia"},
    "pimpinan": {"berau", "kutim"},
    "luar": set(),
}


def objects(world: World) -> list[tuple[str, str, str]]:
    """(visibility tag, page url, api url or '') for every scoped object."""
    return [
        ("berau", f"/laporan/{world.berau_report}/", f"/api/v1/reports/{world.berau_report}"),
        (
            "rahasia",
            f"/laporan/{world.berau_rahasia_report}/",
            f"/api/v1/reports/{world.berau_rahasia_report}",
        ),
        ("kutim", f"/laporan/{world.kutim_report}/", f"/api/v1/reports/{world.kutim_report}"),
        ("berau", f"/peringatan/{world.berau_alert}/", f"/api/v1/alerts/{world.berau_alert}"),
        (
            "rahasia",
            f"/peringatan/{world.berau_rahasia_alert}/",
            f"/api/v1/alerts/{world.berau_rahasia_alert}",
        ),
        ("berau", f"/penanganan/{world.berau_case}/", ""),
        ("berau", f"/isu/{world.berau_issue}/", ""),
        ("rahasia", f"/isu/{world.berau_rahasia_issue}/", ""),
        ("berau", "/wilayah/64.03/", ""),
        ("kutim", "/wilayah/64.08/", ""),
    ]


def login(username: str) -> Client:
    client = Client()
    assert client.login(username=username, password=PASSWORD)
    return client


def visible(username: str, tag: str) -> bool:
    sees = SEES[username]
    if tag == "rahasia":
        return "rahasia" in sees
    return tag in sees


@pytest.mark.parametrize("username", list(SEES))
def test_every_detail_page_and_api_object_is_visible_exactly_to_those_who_need_to_know(
    world: World, username: str
) -> None:
    client = login(username)
    for tag, page, api_url in objects(world):
        expected = 200 if visible(username, tag) else 404
        assert client.get(page).status_code == expected, (username, page)
        if api_url:
            assert client.get(api_url).status_code == expected, (username, api_url)


@pytest.mark.parametrize("username", list(SEES))
def test_lists_and_api_lists_show_only_what_the_user_may_see(world: World, username: str) -> None:
    client = login(username)
    pages = client.get("/laporan/").content.decode() + client.get("/").content.decode()
    api_reports = {r["id"] for r in client.get("/api/v1/reports?limit=100").json()["items"]}
    api_alerts = {a["id"] for a in client.get("/api/v1/alerts?limit=100").json()["items"]}
    for tag, report_id in (
        ("berau", world.berau_report),
        ("rahasia", world.berau_rahasia_report),
        ("kutim", world.kutim_report),
    ):
        assert (f"/laporan/{report_id}/" in pages) == visible(username, tag), (username, report_id)
        assert (report_id in api_reports) == visible(username, tag)
    assert (world.berau_alert in api_alerts) == visible(username, "berau")
    assert (world.berau_rahasia_alert in api_alerts) == visible(username, "rahasia")
    issues_page = client.get("/isu/").content.decode()
    assert (f"/isu/{world.berau_rahasia_issue}/" in issues_page) == visible(username, "rahasia")
    assert (f"/penanganan/{world.berau_case}/" in client.get("/penanganan/").content.decode()) == visible(
        username, "berau"
    )
    levels = {r["code"] for r in client.get("/api/v1/regions/levels").json()}
    assert ("64.03" in levels) == visible(username, "berau")


@pytest.mark.parametrize("username", ["operator.kutim", "fkdm.kutim", "luar", "pimpinan"])
def test_actions_on_objects_out_of_reach_answer_404_and_change_nothing(world: World, username: str) -> None:
    from waspada.alerts.models import Alert
    from waspada.cases.models import Case
    from waspada.intake.models import Report

    client = login(username)
    rahasia = world.berau_rahasia_alert
    for url, data in (
        (f"/peringatan/{rahasia}/akui/", {}),
        (f"/peringatan/{rahasia}/tangani/", {"stage": "pencegahan", "assignee": "1", "first_action": "x"}),
        (f"/peringatan/{rahasia}/tutup/", {"outcome": "benar"}),
        (f"/api/v1/alerts/{rahasia}/acknowledge", {}),
        (f"/laporan/{world.berau_rahasia_report}/triase/verifikasi/", {}),
        (f"/laporan/{world.berau_rahasia_report}/triase/tolak/", {"reason": "hoaks"}),
        (f"/laporan/{world.berau_rahasia_report}/kontak/", {}),
    ):
        assert client.post(url, data).status_code == 404, url
    assert Alert.objects.get(pk=rahasia).status == "baru"
    assert Report.objects.get(pk=world.berau_rahasia_report).status == "baru"
    assert client.get(f"/laporan/{world.berau_rahasia_report}/lampiran/1/").status_code == 404
    if username != "pimpinan":
        before = Case.objects.get(pk=world.berau_case).actions.count()
        for url, data in (
            (f"/penanganan/{world.berau_case}/tindakan/", {"kind": "tindakan", "description": "x"}),
            (f"/penanganan/{world.berau_case}/status/", {"status": "berjalan"}),
            (f"/peringatan/{world.berau_alert}/akui/", {}),
        ):
            assert client.post(url, data).status_code == 404, url
        assert Case.objects.get(pk=world.berau_case).actions.count() == before


def test_a_leader_reads_but_cannot_change(world: World) -> None:
    from waspada.cases.models import Case

    client = login("pimpinan")
    assert client.get(f"/peringatan/{world.berau_alert}/").status_code == 200
    client.post(f"/penanganan/{world.berau_case}/tindakan/", {"kind": "tindakan", "description": "x"})
    assert Case.objects.get(pk=world.berau_case).actions.count() == 1
    assert client.get("/laporan/baru/").status_code == 404


def test_anonymous_visitors_are_sent_to_the_login_page_and_the_api_refuses_them(world: World) -> None:
    client = Client()
    for _tag, page, api_url in objects(world):
        response = client.get(page)
        assert response.status_code == 302 and response["Location"].startswith("/masuk/")
        if api_url:
            assert client.get(api_url).status_code == 401
    assert client.get("/api/v1/health").status_code == 200


# News sources are kept by the provincial analysts (and admins) of the province they cover; to anyone else,
# including an analyst of another province (whose list is empty), every page of a source answers 404 and every
# action changes nothing.
MANAGES_KALTIM_SOURCES = {"analis"}
MANAGES_SOURCES_SOMEWHERE = {"analis", "luar"}


@pytest.fixture
def personas(
    analis: Any, operator_kutim: Any, operator_berau: Any, fkdm_kutim: Any, kominda: Any, pimpinan: Any, outsider: Any
) -> dict[str, Any]:
    return {u.username: u for u in (analis, operator_kutim, operator_berau, fkdm_kutim, kominda, pimpinan, outsider)}


@pytest.mark.parametrize("username", list(SEES))
def test_news_sources_are_seen_and_changed_only_by_the_analysts_of_their_province(
    personas: dict[str, Any], username: str
) -> None:
    from waspada.monitoring.models import FeedSource
    from waspada.monitoring.services import feed_source_create

    analis = personas["analis"]
    berau = feed_source_create(
        actor=analis, name="Media Berau", feed_url="https://berau.contoh.id/feed", region_code="64.03"
    )
    province = feed_source_create(actor=analis, name="Media Kaltim", feed_url="https://kaltim.contoh.id/feed")
    client = login(username)
    manages = username in MANAGES_KALTIM_SOURCES
    listing = client.get("/pantauan/")
    assert listing.status_code == (200 if username in MANAGES_SOURCES_SOMEWHERE else 404)
    assert client.get("/pantauan/baru/").status_code == listing.status_code
    for source in (berau, province):
        for page in (f"/pantauan/{source.pk}/", f"/pantauan/{source.pk}/ubah/", f"/pantauan/{source.pk}/hapus/"):
            assert client.get(page).status_code == (200 if manages else 404), (username, page)
        assert (f"/pantauan/{source.pk}/" in listing.content.decode()) == manages
        if manages:
            continue
        for url, data in (
            (f"/pantauan/{source.pk}/aktif/", {"enabled": "0"}),
            (f"/pantauan/{source.pk}/periksa/", {}),
            (f"/pantauan/{source.pk}/ubah/", {"name": "x", "feed_url": "https://x.contoh.id/"}),
            (f"/pantauan/{source.pk}/hapus/", {"confirm_name": source.name}),
        ):
            assert client.post(url, data).status_code == 404, (username, url)
    assert sorted(FeedSource.objects.filter(enabled=True).values_list("name", flat=True)) == [
        "Media Berau",
        "Media Kaltim",
    ]


@pytest.mark.parametrize(
    ("regions", "ceiling", "sees"),
    [
        (["64.03"], Marking.TERBATAS, {"berau"}),
        (["64.08"], Marking.TERBATAS, {"kutim"}),
        (["64"], Marking.PUBLIK, set()),
        (["64"], Marking.TERBATAS, {"berau", "kutim"}),
        (["64"], Marking.RAHASIA, {"berau", "kutim", "rahasia"}),
        (["32"], Marking.RAHASIA, set()),
    ],
)
def test_an_integration_token_sees_exactly_its_regions_up_to_its_marking_ceiling(
    world: World, regions: list[str], ceiling: str, sees: set[str]
) -> None:
    from waspada.accounts.services import api_token_create

    _token, plain = api_token_create(actor=None, name="Integrasi uji", region_codes=regions, marking_ceiling=ceiling)
    client = Client(HTTP_AUTHORIZATION=f"Bearer {plain}")
    listed = {r["id"] for r in client.get("/api/v1/reports?limit=200").json()["items"]}
    for tag, report_id in (
        ("berau", world.berau_report),
        ("rahasia", world.berau_rahasia_report),
        ("kutim", world.kutim_report),
    ):
        visible_to_token = tag in sees
        assert (report_id in listed) == visible_to_token, (regions, ceiling, tag)
        assert client.get(f"/api/v1/reports/{report_id}").status_code == (200 if visible_to_token else 404)
    # A token is not a session: the pages and the session-only endpoints do not know it.
    assert client.get(f"/api/v1/alerts/{world.berau_alert}").status_code == 401
    assert client.get(f"/laporan/{world.berau_report}/").status_code == 302


@pytest.mark.parametrize("username", [u for u in SEES if u != "analis"])
def test_an_import_job_is_seen_only_by_its_uploader(world: World, username: str) -> None:
    from waspada.accounts.models import User
    from waspada.intake.models import ImportJob

    job = ImportJob.objects.create(
        created_by=User.objects.get(username="analis"),
        original_name="rekap.csv",
        file_format="csv",
        size=1,
        sha256="0" * 64,
        content=b"x",
        default_channel=Channel.FIELD_REPORT,
        default_marking=Marking.TERBATAS,
        status="siap",
    )
    owner, other = login("analis"), login(username)
    for suffix in ("", "kemajuan/", "kesalahan.csv"):
        assert owner.get(f"/laporan/impor/{job.pk}/{suffix}").status_code == 200
        assert other.get(f"/laporan/impor/{job.pk}/{suffix}").status_code == 404, (username, suffix)
    for suffix in ("impor/", "lanjutkan/"):
        assert other.post(f"/laporan/impor/{job.pk}/{suffix}").status_code == 404, (username, suffix)
    assert ImportJob.objects.get(pk=job.pk).status == "siap"


# Alert rules belong to their region (a rule without one to the whole province): they are read by the staff of
# that region (FKDM members excepted) and changed only by the analysts and admins whose regions hold it.
READS_RULES = {
    "analis": {"berau", "kutim"},
    "operator.kutim": {"kutim"},
    "operator.berau": {"berau"},
    "fkdm.kutim": set(),
    "kominda": {"berau", "kutim"},
    "pimpinan": {"berau", "kutim"},
    "luar": set(),
}
CHANGES_RULES = {"analis"}
EVALUATES = {"analis", "kominda", "pimpinan", "luar"}


@pytest.mark.parametrize("username", list(SEES))
def test_alert_rules_and_the_evaluation_are_seen_and_changed_only_by_those_who_need_to(
    world: World, username: str
) -> None:
    from waspada.accounts.models import User
    from waspada.alerts.enums import RuleKind
    from waspada.alerts.services.rule_editing import alert_rule_create

    analis = User.objects.get(username="analis")
    rules = {
        tag: alert_rule_create(
            actor=analis, name=f"Aturan {tag}", kind=RuleKind.COUNT, params={"min_reports": 5}, region_code=code
        )
        for tag, code in (("berau", "64.03"), ("kutim", "64.08"))
    }
    client = login(username)
    listing = client.get("/peringatan/aturan/")
    assert listing.status_code == (404 if username == "fkdm.kutim" else 200)
    for tag, rule in rules.items():
        reads = tag in READS_RULES[username]
        changes = reads and username in CHANGES_RULES
        assert client.get(f"/peringatan/aturan/{rule.pk}/").status_code == (200 if reads else 404), (username, tag)
        assert (f"/peringatan/aturan/{rule.pk}/" in listing.content.decode()) == reads
        assert client.get(f"/peringatan/aturan/{rule.pk}/ubah/").status_code == (200 if changes else 404)
        if not changes:
            for url, data in (
                (f"/peringatan/aturan/{rule.pk}/aktif/", {"active": "0"}),
                (f"/peringatan/aturan/{rule.pk}/ubah/", {"name": "x", "min_reports": "1", "level": "awas"}),
            ):
                assert client.post(url, data).status_code == 404, (username, url)
            assert AlertRule.objects.get(pk=rule.pk).active and AlertRule.objects.get(pk=rule.pk).name == rule.name
    assert client.get("/peringatan/aturan/baru/").status_code == (200 if username in {"analis", "luar"} else 404)
    evaluation = client.get("/peringatan/evaluasi/")
    assert evaluation.status_code == (200 if username in EVALUATES else 404)
    if username in EVALUATES:
        page = evaluation.content.decode()
        assert ('data-key="64.03"' in page) == visible(username, "berau")
        raised = 2 if visible(username, "rahasia") else 1 if visible(username, "berau") else 0
        assert f"{raised} peringatan dinaikkan" in page


# Subscriptions are their owner's: anyone else gets 404 on every page and action, except an admin, who sees all.
@pytest.mark.parametrize("username", list(SEES))
def test_a_subscription_is_seen_and_changed_only_by_its_owner_and_the_admins(
    personas: dict[str, Any], username: str, make_user: Any, settings: Any
) -> None:
    from waspada.alerts.models import Subscription
    from waspada.intake.sealing import seal

    settings.WASPADA_TELEGRAM_BOT_TOKEN = "123:token"
    admin = make_user("admin", "admin", "64")
    owned = {
        name: Subscription.objects.create(user=user, channel="telegram", address_sealed=seal("555000111"))
        for name, user in {**personas, "admin": admin}.items()
    }
    form = {"channel": "telegram", "address": "999", "min_level": "awas", "active": "on"}
    for viewer in (username, "admin"):
        client = login(viewer)
        listing = client.get("/langganan/").content.decode()
        for owner, subscription in owned.items():
            allowed = owner == viewer or viewer == "admin"
            pages = (f"/langganan/{subscription.pk}/", f"/langganan/{subscription.pk}/hapus/")
            assert (pages[0] in listing) == allowed, (viewer, owner)
            for page in pages:
                assert client.get(page).status_code == (200 if allowed else 404), (viewer, page)
            if not allowed:
                assert client.post(pages[0], form).status_code == 404
                assert client.post(pages[1]).status_code == 404
    assert Subscription.objects.count() == len(owned)
    assert not Subscription.objects.filter(min_level="awas").exists()


# A public warning is published from an alert by the analysts and admins who see that alert, never from a rahasia
# one; it is withdrawn by them too. To everyone else both answer 404 and change nothing.
PUBLISHES_BERAU = {"analis"}


@pytest.mark.parametrize("username", list(SEES))
def test_public_warnings_are_published_and_withdrawn_only_by_analysts_who_see_the_alert(
    world: World, username: str
) -> None:
    from waspada.accounts.models import User
    from waspada.alerts.models import Alert, PublicWarning
    from waspada.alerts.services.public import public_warning_publish

    warning = public_warning_publish(
        actor=User.objects.get(username="analis"),
        alert=Alert.objects.get(pk=world.berau_alert),
        title="Imbauan Berau",
        text="Warga diimbau tenang.",
        level="waspada",
    )
    client = login(username)
    allowed = username in PUBLISHES_BERAU
    assert client.get(f"/peringatan-publik/terbitkan/{world.berau_alert}/").status_code == (200 if allowed else 404)
    assert client.get(f"/peringatan-publik/terbitkan/{world.berau_rahasia_alert}/").status_code == 404
    data = {"title": "Palsu", "text": "Palsu", "level": "awas", "action": "publish"}
    assert client.post(f"/peringatan-publik/terbitkan/{world.berau_rahasia_alert}/", data).status_code == 404
    if not allowed:
        assert client.post(f"/peringatan-publik/terbitkan/{world.berau_alert}/", data).status_code == 404
        assert client.post(f"/peringatan-publik/{warning.pk}/tarik/").status_code == 404
        assert PublicWarning.objects.get(pk=warning.pk).withdrawn_at is None
    else:
        assert client.post(f"/peringatan-publik/{warning.pk}/tarik/").status_code == 302
    assert not PublicWarning.objects.filter(title="Palsu").exists()


# Isu are merged and split by the staff who triage reports (analysts, Kominda), each within what they see; to
# everyone else both actions answer 404 and change nothing.
CHANGES_ISSUES = {"analis": {"berau"}, "kominda": {"berau", "rahasia"}}


@pytest.mark.parametrize("username", list(SEES))
def test_isu_are_merged_and_split_only_by_analysts_who_see_them(world: World, username: str) -> None:
    from waspada.accounts.models import User
    from waspada.intake.models import Report

    def second_isu_and_report(issue_id: int, author: str, region: str, marking: str) -> tuple[int, int]:
        """Another isu beside ``issue_id``, and a second report inside ``issue_id``."""
        other_report = _report(User.objects.get(username=author), region, marking, "Isu kedua")
        extra = Report.objects.get(pk=_report(User.objects.get(username=author), region, marking, "Laporan kedua"))
        Issue.objects.filter(pk=extra.issue_id).delete()
        Report.objects.filter(pk=extra.pk).update(issue_id=issue_id)
        Issue.objects.filter(pk=issue_id).update(report_count=2)
        return Report.objects.get(pk=other_report).issue_id, extra.pk  # type: ignore[return-value]

    targets = {
        "berau": (
            world.berau_issue,
            *second_isu_and_report(world.berau_issue, "operator.berau", "64.03.01", "terbatas"),
        ),
        "rahasia": (
            world.berau_rahasia_issue,
            *second_isu_and_report(world.berau_rahasia_issue, "kominda", "64.03", "rahasia"),
        ),
    }
    client = login(username)
    for tag, (issue, other, extra_report) in targets.items():
        allowed = tag in CHANGES_ISSUES.get(username, set())
        split = client.post(f"/isu/{issue}/pisah/", {"reports": [str(extra_report)], "title": "Pecahan"})
        merge = client.post(f"/isu/{issue}/gabung/", {"other": str(other)})
        assert (split.status_code, merge.status_code) == ((302, 302) if allowed else (404, 404)), (username, tag)
        moved = Report.objects.get(pk=extra_report).issue_id != issue
        assert moved == allowed and (Issue.objects.get(pk=other).merged_into_id == issue) == allowed, (username, tag)


# Every URL the app serves must appear in this matrix (or be named here as public or list-only).
COVERED_ELSEWHERE = {
    "login",
    "logout",
    "set_language",
    "dashboard:home",
    "intake:report_list",
    "intake:report_create",
    "intake:region_options",
    "alerts:alert_list",
    "cases:case_list",
    "issues:issue_list",
    "audit:audit_list",
    "monitoring:source_list",
    "monitoring:source_create",
    # Alert rules' list and creation, and the evaluation page: by role, with their own scope checks
    # (waspada/alerts/tests/test_rules_views.py, test_evaluation.py); each rule's pages are below.
    "alerts:rule_list",
    "alerts:rule_create",
    "alerts:evaluation",
    # Bulk import: the upload form and the CSV template, for analis provinsi and admin only
    # (waspada/intake/tests/test_bulk_views.py); each job is its uploader's (below).
    "intake:import_start",
    "intake:import_template",
    # Public pages: no login, nothing internal (waspada/intake/tests/test_public_tips.py).
    "public:tip_create",
    "public:tip_track",
    # Provider webhooks: no login, authenticated by signature or secret (waspada/intake/tests/test_channels_*.py).
    "webhooks:sms",
    "webhooks:telegram",
    "webhooks:whatsapp",
    # Public warnings: no login, nothing internal (waspada/alerts/tests/test_public_warnings.py); the staff list
    # shows only warnings inside the viewer's regions, to publishers only.
    "public_warnings:public_list",
    "public_warnings:public_detail",
    "public_warnings:warning_manage",
    # Subscriptions: the list shows only the viewer's own (an admin's: everyone's), below.
    "subscriptions:subscription_list",
    "subscriptions:subscription_create",
}
COVERED_HERE = {
    "subscriptions:subscription_edit",
    "subscriptions:subscription_delete",
    "public_warnings:warning_publish",
    "public_warnings:warning_withdraw",
    "intake:report_detail",
    "intake:report_triage",
    "intake:report_contact",
    "intake:report_attachment",
    "alerts:alert_detail",
    "alerts:alert_acknowledge",
    "alerts:alert_open_case",
    "alerts:alert_close",
    "alerts:rule_detail",
    "alerts:rule_edit",
    "alerts:rule_toggle",
    "cases:case_detail",
    "cases:case_action_add",
    "cases:case_transition",
    "issues:issue_detail",
    "issues:issue_merge",
    "issues:issue_split",
    "dashboard:region",
    "monitoring:source_detail",
    "monitoring:source_edit",
    "monitoring:source_toggle",
    "monitoring:source_poll",
    "monitoring:source_delete",
    "intake:import_detail",
    "intake:import_progress",
    "intake:import_confirm",
    "intake:import_resume",
    "intake:import_errors",
}
API_COVERED = {
    "list_reports",
    "get_report",
    "create_report",
    "list_alerts",
    "get_alert",
    "acknowledge_alert",
    "region_levels",
    "health",
    "openapi-json",
    "openapi-view",
    "api-root",
    "create_tip",
    "get_tip",
    "token_info",
}


def _names(patterns: list[Any], prefix: str = "") -> set[str]:
    names: set[str] = set()
    for p in patterns:
        if isinstance(p, URLResolver):
            if p.namespace in {"admin"}:
                continue
            ns = f"{prefix}{p.namespace}:" if p.namespace and p.namespace != "api" else prefix
            if p.namespace == "api":
                names |= {f"api:{n}" for n in _names(p.url_patterns)}
            else:
                names |= _names(p.url_patterns, ns)
        elif isinstance(p, URLPattern) and p.name:
            names.add(prefix + p.name)
    return names


def test_the_matrix_covers_every_url_the_app_serves() -> None:
    served = _names(get_resolver().url_patterns)
    expected = COVERED_ELSEWHERE | COVERED_HERE | {f"api:{n}" for n in API_COVERED}
    assert served - expected == set(), f"add these to the scope matrix: {sorted(served - expected)}"
