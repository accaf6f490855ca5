"""Alert rules of every kind, their narrowing, and how alerts are kept from repeating and flapping."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from waspada.alerts.enums import AlertStatus, RuleKind
from waspada.alerts.models import Alert, AlertRule, RiskAssessment
from waspada.alerts.services.lifecycle import alert_close
from waspada.alerts.services.rule_editing import (
    RuleInvalid,
    alert_rule_create,
    alert_rule_set_active,
    alert_rule_update,
)
from waspada.alerts.services.rules import alert_raise, alert_rules_evaluate, burst_rules_matching
from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel, Marking
from waspada.core.exceptions import ApplicationError
from waspada.intake.enums import AnalysisStatus
from waspada.intake.models import Report
from waspada.intake.services import report_submit
from waspada.issues.models import Issue
from waspada.regions.models import Region

pytestmark = pytest.mark.django_db

NOW = timezone.now().replace(microsecond=0)


def analysed(
    place: str,
    severity: int = 2,
    *,
    hours_ago: float = 1,
    title: str = "Kejadian di lapangan",
    text: str = "Uraian fakta kejadian.",
    category: str = "sengketa_lahan",
    domain: str = "ekonomi",
    marking: str = Marking.TERBATAS,
    issue: Issue | None = None,
) -> Report:
    when = NOW - dt.timedelta(hours=hours_ago)
    report = report_submit(
        channel=Channel.FIELD_REPORT,
        title=title,
        text=text,
        region_code=place,
        occurred_at=when,
        received_at=when,
        marking=marking,
        enqueue_analysis=False,
    ).report
    Report.objects.filter(pk=report.pk).update(
        severity=severity, category=category, domain=domain, analysis_status=AnalysisStatus.DONE, issue=issue
    )
    return Report.objects.get(pk=report.pk)


def an_issue(region: str, title: str = "Sengketa lahan Sepaso", marking: str = Marking.TERBATAS) -> Issue:
    return Issue.objects.create(
        title=title,
        region_id=region,
        category="sengketa_lahan",
        marking=marking,
        first_seen=NOW - dt.timedelta(days=1),
        last_seen=NOW,
        report_count=0,
        max_severity=2,
    )


@pytest.fixture
def only_new_rules() -> None:
    """The shipped rules stay quiet, so a story sees only the rule it creates."""
    AlertRule.objects.update(active=False)


def evaluate(region: str = "64.08", *, as_of: dt.datetime = NOW) -> list[Alert]:
    return alert_rules_evaluate(region_code=region, as_of=as_of)


# --- Count rules --------------------------------------------------------------------------------------------


def test_a_count_rule_narrowed_to_a_category_counts_only_that_category(analis: Any, only_new_rules: None) -> None:
    rule = alert_rule_create(
        actor=analis,
        name="Dua bentrok antarkelompok dalam 12 jam",
        kind=RuleKind.COUNT,
        params={"min_reports": 2, "min_severity": 2, "window_hours": 12},
        level="siaga",
        category="bentrok_antarkelompok",
    )
    analysed("64.08.01", category="bentrok_antarkelompok", hours_ago=3)
    for h in (1, 2, 4):
        analysed("64.08.01", category="unjuk_rasa", hours_ago=h)
    assert evaluate() == []
    second = analysed("64.08.02", category="bentrok_antarkelompok", hours_ago=1)
    [alert] = evaluate()
    assert (alert.rule, alert.level, alert.category) == (rule, "siaga", "bentrok_antarkelompok")
    assert second.pk in alert.report_ids and len(alert.report_ids) == 2
    assert alert.title.startswith("Kutai Timur: 2 laporan serius dalam 12 jam")
    assert "Bentrok antarkelompok" in alert.title


def test_a_count_rule_narrowed_to_a_bidang_and_a_kecamatan_counts_only_there(analis: Any, only_new_rules: None) -> None:
    alert_rule_create(
        actor=analis,
        name="Ekonomi di Sangkulirang",
        kind=RuleKind.COUNT,
        params={"min_reports": 2, "min_severity": 1, "window_hours": 24},
        region_code="64.08.05",
        domain="ekonomi",
    )
    analysed("64.08.05.2001", domain="ekonomi", hours_ago=2)
    analysed("64.08.01", domain="ekonomi", hours_ago=2)  # another kecamatan
    analysed("64.08.05.2002", domain="politik", hours_ago=2)  # another bidang
    assert evaluate() == []
    analysed("64.08.05.2003", domain="ekonomi", hours_ago=1)
    [alert] = evaluate()
    assert alert.region_id == "64.08"
    assert "Sangkulirang" in alert.title
    # The rule does not even look at other kab/kota.
    for h in (1, 2, 3):
        analysed("64.03", domain="ekonomi", hours_ago=h)
    assert evaluate("64.03") == []


def test_a_rule_narrowed_to_a_kab_kota_stays_out_of_its_neighbours(analis: Any, only_new_rules: None) -> None:
    alert_rule_create(
        actor=analis,
        name="Berau saja",
        kind=RuleKind.COUNT,
        params={"min_reports": 1, "min_severity": 2, "window_hours": 24},
        region_code="64.03",
    )
    analysed("64.08", hours_ago=1)
    analysed("64.03", hours_ago=1)
    assert evaluate("64.08") == []
    assert [a.region_id for a in evaluate("64.03")] == ["64.03"]


# --- Keyword rules ------------------------------------------------------------------------------------------


def test_a_keyword_rule_matches_whole_words_of_the_normalised_title_and_text(analis: Any, only_new_rules: None) -> None:
    rule = alert_rule_create(
        actor=analis,
        name="Sweeping dan bentrok",
        kind=RuleKind.KEYWORD,
        params={"keywords": ["sweeping", "bentrok", "tidak aman"], "min_reports": 2, "window_hours": 24},
    )
    # Inside other words, nothing: "berbentrokan", "antisweeping".
    analysed("64.08", 1, title="Warga berbentrokan kecil", text="Tim antisweeping berjaga.", hours_ago=3)
    analysed("64.08", 0, title="Rapat koordinasi", text="Tidak ada kejadian.", hours_ago=2)
    assert evaluate() == []
    # Case and punctuation do not matter; the clitic -nya is read off ("sweepingnya" is the sweeping).
    first = analysed("64.08", 1, title="Ormas SWEEPING warung!", text="Sweepingnya meresahkan.", hours_ago=2)
    # Slang is normalised before matching: "gk" reads "tidak".
    second = analysed("64.08", 1, title="Warga resah", text="Kampung gk aman sejak semalam.", hours_ago=1)
    [alert] = evaluate()
    assert alert.rule == rule
    assert sorted(alert.report_ids) == sorted([first.pk, second.pk])
    assert "«sweeping»" in alert.title and "«tidak aman»" in alert.title
    assert "sweeping (1)" in alert.explanation and "tidak aman (1)" in alert.explanation


def test_a_keyword_rule_counts_only_reports_inside_its_window(analis: Any, only_new_rules: None) -> None:
    alert_rule_create(
        actor=analis,
        name="Blokade",
        kind=RuleKind.KEYWORD,
        params={"keywords": "blokade\nportal jalan", "min_reports": 2, "window_hours": 6},
    )
    analysed("64.08", title="Blokade jalan tambang", hours_ago=8)
    analysed("64.08", title="Warga pasang portal jalan", hours_ago=2)
    assert evaluate() == []
    analysed("64.08", title="Blokade kedua", hours_ago=1)
    assert len(evaluate()) == 1


def test_a_keyword_rule_over_rahasia_reports_raises_a_rahasia_alert_only(analis: Any, only_new_rules: None) -> None:
    alert_rule_create(
        actor=analis, name="Penggerak", kind=RuleKind.KEYWORD, params={"keywords": ["penggerak"], "min_reports": 1}
    )
    analysed("64.03", title="Catatan: penggerak dari luar daerah", marking=Marking.RAHASIA)
    [alert] = evaluate("64.03")
    assert alert.marking == Marking.RAHASIA


# --- Level rules --------------------------------------------------------------------------------------------


def assessment(region: str, level: str, previous: str) -> RiskAssessment:
    return RiskAssessment.objects.create(
        region_id=region,
        as_of=NOW,
        score={"normal": 10, "waspada": 40, "siaga": 60, "awas": 85}[level],
        level=level,
        previous_level=previous,
        explanation=f"{region} naik ke {level}",
    )


def test_a_level_rule_fires_when_the_region_crosses_its_level_and_only_then(analis: Any, only_new_rules: None) -> None:
    alert_rule_create(
        actor=analis, name="Naik ke Waspada", kind=RuleKind.LEVEL, params={"min_level": "waspada"}, level="waspada"
    )
    assert (
        alert_rules_evaluate(region_code="64.08", as_of=NOW, assessment=assessment("64.08", "normal", "normal")) == []
    )
    [alert] = alert_rules_evaluate(region_code="64.08", as_of=NOW, assessment=assessment("64.08", "waspada", "normal"))
    assert alert.level == "waspada" and alert.explanation == "64.08 naik ke waspada"
    # Staying at Waspada raises nothing new.
    assert (
        alert_rules_evaluate(region_code="64.08", as_of=NOW, assessment=assessment("64.08", "waspada", "waspada")) == []
    )


def test_a_level_rule_narrowed_to_berau_ignores_kutai_timur(analis: Any, only_new_rules: None) -> None:
    alert_rule_create(
        actor=analis, name="Berau Siaga", kind=RuleKind.LEVEL, params={"min_level": "siaga"}, region_code="64.03"
    )
    assert alert_rules_evaluate(region_code="64.08", as_of=NOW, assessment=assessment("64.08", "siaga", "normal")) == []
    assert (
        len(alert_rules_evaluate(region_code="64.03", as_of=NOW, assessment=assessment("64.03", "awas", "normal"))) == 1
    )


# --- Burst rules --------------------------------------------------------------------------------------------


def test_burst_rules_are_picked_by_region_category_bidang_and_score(analis: Any) -> None:
    everywhere = alert_rule_create(actor=analis, name="Lonjakan", kind=RuleKind.BURST, params={"min_score": 3})
    clashes = alert_rule_create(
        actor=analis,
        name="Lonjakan bentrok Kutim",
        kind=RuleKind.BURST,
        params={"min_score": 2},
        region_code="64.08",
        category="bentrok_antarkelompok",
    )
    inactive = alert_rule_create(actor=analis, name="Lama", kind=RuleKind.BURST, params={"min_score": 1}, active=False)

    def matching(region: str, category: str, score: float) -> set[int]:
        return {r.pk for r in burst_rules_matching(region_code=region, category=category, domain="hankam", score=score)}

    assert matching("64.08", "bentrok_antarkelompok", 2.5) == {clashes.pk}
    assert matching("64.08.05", "bentrok_antarkelompok", 4) == {clashes.pk, everywhere.pk}
    assert matching("64.03", "bentrok_antarkelompok", 4) == {everywhere.pk}
    assert matching("64.08", "unjuk_rasa", 2.5) == set()
    assert inactive.pk not in matching("64.08", "unjuk_rasa", 10)
    # A burst rule never fires on its own from the per-report evaluation.
    AlertRule.objects.exclude(kind=RuleKind.BURST).update(active=False)
    for h in (1, 2, 3):
        analysed("64.08", 3, category="bentrok_antarkelompok", hours_ago=h)
    assert evaluate() == []


# --- Duplicates and flapping --------------------------------------------------------------------------------


def raise_for(
    rule: AlertRule, report_ids: list[int], *, when: dt.datetime = NOW, level: str = "waspada"
) -> Alert | None:
    return alert_raise(
        rule=rule,
        region=Region.objects.get(code="64.08"),
        level=level,
        marking=Marking.TERBATAS,
        title="Kutai Timur: uji",
        explanation="uji",
        report_ids=report_ids,
        raised_at=when,
    )


def test_two_rules_about_the_same_isu_share_one_open_alert(analis: Any) -> None:
    count_rule = AlertRule.objects.get(code="laporan-keparahan-24j")
    keyword_rule = alert_rule_create(
        actor=analis, name="Sengketa", kind=RuleKind.KEYWORD, params={"keywords": ["sengketa"]}, level="siaga"
    )
    sepaso = an_issue("64.08")
    reports = [analysed("64.08", title="Sengketa lahan Sepaso", issue=sepaso, hours_ago=h) for h in (3, 2, 1)]
    alerts = evaluate()
    assert {a.pk for a in alerts} == {alerts[0].pk}
    alert = Alert.objects.get()
    assert (alert.rule, alert.issue, alert.level) == (count_rule, sepaso, "siaga")
    assert sorted(alert.report_ids) == sorted(r.pk for r in reports)
    assert AuditEvent.objects.filter(action="alert.update", data__rule=keyword_rule.code).exists()


def test_a_second_isu_in_the_same_region_gets_its_own_alert(analis: Any) -> None:
    rule = AlertRule.objects.get(code="laporan-keparahan-24j")
    sepaso, sangatta = an_issue("64.08"), an_issue("64.08", "Demo buruh Sangatta")
    first = raise_for(rule, [analysed("64.08", issue=sepaso).pk for _ in range(3)])
    second = raise_for(rule, [analysed("64.08", issue=sangatta).pk for _ in range(3)])
    assert first is not None and second is not None and first.pk != second.pk
    assert (first.issue, second.issue) == (sepaso, sangatta)
    # News about Sepaso folds into the Sepaso alert.
    third = raise_for(rule, [analysed("64.08", issue=sepaso).pk, *first.report_ids])
    assert third is not None and third.pk == first.pk
    assert Alert.objects.count() == 2


def test_reports_sharing_no_isu_fold_per_rule_region_and_marking(analis: Any) -> None:
    rule = AlertRule.objects.get(code="laporan-keparahan-24j")
    first = raise_for(rule, [analysed("64.08").pk, analysed("64.08").pk])
    again = raise_for(rule, [analysed("64.08").pk])
    assert first is not None and again is not None and again.pk == first.pk
    assert len(Alert.objects.get().report_ids) == 3


def test_an_alert_whose_level_rises_on_folding_is_announced_again(
    analis: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from waspada.alerts.signals import alert_raised

    heard: list[int] = []

    def listener(sender: Any, alert_id: int, **kwargs: Any) -> None:
        heard.append(alert_id)

    alert_raised.connect(listener)
    try:
        rule = AlertRule.objects.get(code="laporan-keparahan-24j")
        with django_capture_on_commit_callbacks(execute=True):
            first = raise_for(rule, [analysed("64.08").pk])
        with django_capture_on_commit_callbacks(execute=True):
            raise_for(rule, [analysed("64.08").pk])  # same level: folded quietly
        with django_capture_on_commit_callbacks(execute=True):
            raise_for(rule, [analysed("64.08").pk], level="awas")
    finally:
        alert_raised.disconnect(listener)
    assert first is not None and heard == [first.pk, first.pk]


def test_after_closing_the_same_rule_and_region_wait_for_the_cooldown(analis: Any) -> None:
    rule = AlertRule.objects.get(code="laporan-keparahan-24j")
    rule.cooldown_hours = 6
    rule.save()
    alert = raise_for(rule, [analysed("64.08").pk], when=NOW - dt.timedelta(hours=1))
    assert alert is not None
    alert_close(actor=analis, alert=alert, outcome="alarm_palsu", now=NOW)
    # New reports within six hours of the closing: damped.
    assert raise_for(rule, [analysed("64.08").pk], when=NOW + dt.timedelta(hours=5)) is None
    # Another marking is another audience: not damped by this closing.
    other = alert_raise(
        rule=rule,
        region=Region.objects.get(code="64.08"),
        level="waspada",
        marking=Marking.RAHASIA,
        title="Kutai Timur: rahasia",
        explanation="uji",
        report_ids=[analysed("64.08", marking=Marking.RAHASIA).pk],
        raised_at=NOW + dt.timedelta(hours=5),
    )
    assert other is not None
    # After the cooldown a new alert may rise.
    later = raise_for(rule, [analysed("64.08").pk], when=NOW + dt.timedelta(hours=7))
    assert later is not None and later.status == AlertStatus.BARU


def test_a_cooldown_of_zero_does_not_damp_but_the_same_reports_never_raise_twice(analis: Any) -> None:
    rule = AlertRule.objects.get(code="laporan-keparahan-24j")
    rule.cooldown_hours = 0
    rule.save()
    reports = [analysed("64.08").pk for _ in range(3)]
    alert = raise_for(rule, reports, when=NOW - dt.timedelta(hours=1))
    assert alert is not None
    alert_close(actor=analis, alert=alert, outcome="tidak_dapat_dipastikan", now=NOW)
    assert raise_for(rule, reports, when=NOW + dt.timedelta(minutes=1)) is None
    assert raise_for(rule, [*reports, analysed("64.08").pk], when=NOW + dt.timedelta(minutes=1)) is not None


def test_an_inactive_rule_raises_nothing(analis: Any) -> None:
    rule = AlertRule.objects.get(code="laporan-keparahan-24j")
    alert_rule_set_active(actor=analis, rule=rule, active=False)
    for h in (3, 2, 1):
        analysed("64.08", hours_ago=h)
    assert evaluate() == []
    assert raise_for(AlertRule.objects.get(pk=rule.pk), [analysed("64.08").pk]) is None


# --- Keeping rules: validation and audit --------------------------------------------------------------------


def problems(actor: Any, **changes: Any) -> dict[str, str]:
    values: dict[str, Any] = {
        "name": "Aturan uji",
        "kind": RuleKind.COUNT,
        "params": {"min_reports": 3, "min_severity": 2, "window_hours": 24},
        "level": "waspada",
        "region_code": "",
        "domain": "",
        "category": "",
        "cooldown_hours": 6,
    }
    values.update(changes)
    with pytest.raises(RuleInvalid) as refused:
        alert_rule_create(actor=actor, **values)
    return refused.value.errors


def test_rules_are_checked_with_clear_indonesian_errors(analis: Any, operator_kutim: Any) -> None:
    assert "168" in problems(analis, params={"window_hours": 200})["window_hours"]
    assert "168" in problems(analis, params={"window_hours": 0})["window_hours"]
    assert "1 dan 1000" in problems(analis, params={"min_reports": 0})["min_reports"]
    assert "0, 1, 2 atau 3" in problems(analis, params={"min_severity": 4})["min_severity"]
    assert "satu kata kunci" in problems(analis, kind=RuleKind.KEYWORD, params={"keywords": " , \n"})["keywords"]
    assert "terlalu pendek" in problems(analis, kind=RuleKind.KEYWORD, params={"keywords": ["di"]})["keywords"]
    assert "tidak dikenal" in problems(analis, region_code="99.99")["region"]
    assert "kabupaten/kota" in problems(analis, kind=RuleKind.LEVEL, params={}, region_code="64.08.05")["region"]
    level_narrowed = problems(analis, kind=RuleKind.LEVEL, params={}, category="ikn")
    assert "semua bidang dan kategori" in level_narrowed["category"]
    assert (
        "Waspada, Siaga atau Awas" in problems(analis, kind=RuleKind.LEVEL, params={"min_level": "normal"})["min_level"]
    )
    assert "lebih dari 0" in problems(analis, kind=RuleKind.BURST, params={"min_score": 0})["min_score"]
    assert "720" in problems(analis, cooldown_hours=1000)["cooldown_hours"]
    assert "Nama aturan" in problems(analis, name="  ")["name"]
    assert "Waspada, Siaga atau Awas" in problems(analis, level="normal")["level"]
    assert "Kategori" in problems(analis, category="perang")["category"]
    assert AlertRule.objects.count() == 2


def test_only_analysts_and_admins_keep_rules_and_only_inside_their_regions(
    analis: Any, operator_kutim: Any, pimpinan: Any, make_user: Any
) -> None:
    for outsider in (operator_kutim, pimpinan):
        with pytest.raises(ApplicationError):
            alert_rule_create(actor=outsider, name="x", kind=RuleKind.COUNT, params={})
    kutim_analyst = make_user("analis.kutim", "analis_provinsi", "64.08")
    assert "di luar wilayah tugas" in problems(kutim_analyst, region_code="64.03")["region"]
    assert "tingkat provinsi" in problems(kutim_analyst, region_code="")["region"]
    own = alert_rule_create(actor=kutim_analyst, name="Kutim", kind=RuleKind.COUNT, params={}, region_code="64.08.05")
    province = AlertRule.objects.get(code="laporan-keparahan-24j")
    with pytest.raises(ApplicationError):
        alert_rule_set_active(actor=kutim_analyst, rule=province, active=False)
    alert_rule_set_active(actor=kutim_analyst, rule=own, active=False)
    assert AlertRule.objects.get(pk=province.pk).active


def test_every_change_to_a_rule_is_audited_and_its_code_and_kind_stay(analis: Any) -> None:
    rule = alert_rule_create(
        actor=analis, name="Sweeping", kind=RuleKind.KEYWORD, params={"keywords": ["sweeping", "Sweeping"]}
    )
    assert rule.code == "sweeping" and rule.params["keywords"] == ["sweeping"]
    assert rule.created_by == analis
    twin = alert_rule_create(actor=analis, name="Sweeping", kind=RuleKind.KEYWORD, params={"keywords": ["razia"]})
    assert twin.code == "sweeping-2"
    alert_rule_update(
        actor=analis,
        rule=rule,
        name="Sweeping dan razia",
        params={"keywords": ["sweeping", "razia"], "min_reports": 2, "window_hours": 12},
        level="siaga",
        region_code="64.08",
        domain="",
        category="",
        cooldown_hours=12,
        active=True,
    )
    alert_rule_set_active(actor=analis, rule=rule, active=False)
    alert_rule_set_active(actor=analis, rule=rule, active=False)  # no change, no audit row
    rule.refresh_from_db()
    assert (rule.code, rule.kind, rule.region_id, rule.active) == ("sweeping", "keyword", "64.08", False)
    events = AuditEvent.objects.filter(object_type="alertrule", object_id=str(rule.pk)).order_by("id")
    assert [e.action for e in events] == ["alert_rule.create", "alert_rule.update", "alert_rule.deactivate"]
    update = events[1]
    assert update.actor == analis and update.region_code == "64.08"
    assert update.data["changes"]["level"] == {"sebelum": "waspada", "sesudah": "siaga"}
    assert update.data["changes"]["params"]["sesudah"]["keywords"] == ["sweeping", "razia"]
