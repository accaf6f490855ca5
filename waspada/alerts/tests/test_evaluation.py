"""The evaluation page: precision and lead time of the alerts, per region, category and rule, within scope."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from conftest import PASSWORD
from waspada.alerts.enums import RuleKind
from waspada.alerts.evaluation import alert_evaluation_for_user, format_lead
from waspada.alerts.models import Alert, AlertRule
from waspada.alerts.services.rule_editing import alert_rule_create

pytestmark = pytest.mark.django_db

NOW = timezone.now().replace(second=0, microsecond=0)


def crafted(
    region: str,
    rule: AlertRule,
    category: str,
    *,
    outcome: str = "",
    lead_hours: float | None = None,
    marking: str = "terbatas",
    days_ago: float = 3,
) -> Alert:
    raised = NOW - dt.timedelta(days=days_ago)
    return Alert.objects.create(
        rule=rule,
        region_id=region,
        level="waspada",
        marking=marking,
        title=f"{region} {category} {outcome}",
        explanation="uji",
        raised_at=raised,
        category=category,
        status="ditutup" if outcome else "baru",
        outcome=outcome,
        closed_at=NOW if outcome else None,
        event_at=raised + dt.timedelta(hours=lead_hours) if lead_hours is not None else None,
    )


@pytest.fixture
def history(analis: Any) -> dict[str, AlertRule]:
    count_rule = AlertRule.objects.get(code="laporan-keparahan-24j")
    keyword_rule = alert_rule_create(actor=analis, name="Demo", kind=RuleKind.KEYWORD, params={"keywords": ["demo"]})
    # Kutai Timur, land disputes, count rule: 2 true (leads 10 h and 2 h), 1 false, 1 undetermined, 1 open.
    crafted("64.08", count_rule, "sengketa_lahan", outcome="benar", lead_hours=10)
    crafted("64.08", count_rule, "sengketa_lahan", outcome="benar", lead_hours=2)
    crafted("64.08", count_rule, "sengketa_lahan", outcome="alarm_palsu")
    crafted("64.08", count_rule, "sengketa_lahan", outcome="tidak_dapat_dipastikan")
    crafted("64.08", count_rule, "sengketa_lahan")
    # Berau, protests, keyword rule: 1 true that came 3 h after the event, 2 false alarms.
    crafted("64.03", keyword_rule, "unjuk_rasa", outcome="benar", lead_hours=-3)
    crafted("64.03", keyword_rule, "unjuk_rasa", outcome="alarm_palsu")
    crafted("64.03", keyword_rule, "unjuk_rasa", outcome="alarm_palsu")
    # Kominda's eyes only: a true rahasia alert two days ahead.
    crafted("64.03", count_rule, "radikalisme", outcome="benar", lead_hours=48, marking="rahasia")
    # Long before the period.
    crafted("64.08", count_rule, "sengketa_lahan", outcome="alarm_palsu", days_ago=200)
    return {"count": count_rule, "keyword": keyword_rule}


def evaluation_of(user: Any) -> Any:
    return alert_evaluation_for_user(
        user, start=(NOW - dt.timedelta(days=30)).date(), end=NOW.date(), tz=timezone.get_current_timezone()
    )


def test_precision_and_lead_time_per_region_category_and_rule(history: dict[str, AlertRule], analis: Any) -> None:
    result = evaluation_of(analis)
    total = result.total
    assert (total.raised, total.open, total.true, total.false_alarm, total.undetermined) == (8, 1, 3, 3, 1)
    assert total.precision == 0.5 and total.precision_percent == 50
    assert total.lead_hours == [-3.0, 2.0, 10.0] and total.median_lead_hours == 2.0
    assert total.lead_distribution == [1, 1, 1, 0, 0, 0]
    regions = {row.key: row for row in result.by_region}
    assert set(regions) == {"64.08", "64.03"}
    assert (regions["64.08"].precision_percent, regions["64.08"].median_lead_hours) == (67, 6.0)
    assert (regions["64.03"].precision_percent, regions["64.03"].median_lead_text) == (33, "3 jam sesudah kejadian")
    assert regions["64.03"].label == "Berau"
    categories = {row.key: row for row in result.by_category}
    assert categories["unjuk_rasa"].label == "Unjuk rasa" and categories["unjuk_rasa"].false_alarm == 2
    rules = {row.key: row for row in result.by_rule}
    assert rules[history["keyword"].code].true == 1 and rules["laporan-keparahan-24j"].undetermined == 1


def test_kominda_counts_rahasia_alerts_and_a_kab_kota_analyst_only_their_own(
    history: dict[str, AlertRule], kominda: Any, make_user: Any
) -> None:
    everything = evaluation_of(kominda).total
    assert (everything.raised, everything.true, everything.precision_percent) == (9, 4, 57)
    assert everything.median_lead_hours == 6.0
    kutim = evaluation_of(make_user("analis.kutim", "analis_provinsi", "64.08"))
    assert [row.key for row in kutim.by_region] == ["64.08"]
    assert (kutim.total.raised, kutim.total.precision_percent) == (5, 67)


def test_nothing_judged_yet_reads_as_a_dash_not_zero(analis: Any) -> None:
    result = evaluation_of(analis)
    assert result.total.raised == 0 and result.total.precision is None and result.total.median_lead_text == "—"


@pytest.mark.parametrize(
    ("hours", "text"),
    [
        (0.25, "15 menit"),
        (2.5, "2 jam 30 menit"),
        (14, "14 jam"),
        (50, "2 hari 2 jam"),
        (-3, "3 jam sesudah kejadian"),
        (None, "—"),
    ],
)
def test_lead_times_are_written_out(hours: float | None, text: str) -> None:
    assert format_lead(hours) == text


# --- The page ---------------------------------------------------------------------------------------------


def client_for(username: str) -> Client:
    client = Client()
    assert client.login(username=username, password=PASSWORD)
    return client


def test_the_page_shows_the_numbers_as_text_and_a_server_drawn_chart(
    history: dict[str, AlertRule], pimpinan: Any
) -> None:
    page = client_for("pimpinan").get("/peringatan/evaluasi/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Presisi: <strong>50%</strong>" in html
    assert "8 peringatan dinaikkan · 1 masih terbuka · 3 benar · 3 alarm palsu · 1 tidak dapat dipastikan" in html
    assert "Median waktu tunggu: <strong>2 jam</strong>" in html
    assert '<svg class="lead-chart"' in html and "<script" not in html.split("<main")[1]
    assert 'data-key="64.08"' in html and 'data-key="unjuk_rasa"' in html
    # Rahasia stays out for pimpinan.
    assert 'data-key="radikalisme"' not in html


def test_the_period_is_chosen_and_checked(history: dict[str, AlertRule], analis: Any) -> None:
    client = client_for("analis")
    old = (NOW - dt.timedelta(days=200)).date()
    page = client.get("/peringatan/evaluasi/", {"dari": old.isoformat(), "sampai": old.isoformat()})
    assert "1 peringatan dinaikkan" in page.content.decode()
    refused = client.get("/peringatan/evaluasi/", {"dari": "2026-05-02", "sampai": "2026-05-01"})
    assert refused.status_code == 400
    assert "Tanggal awal harus sebelum" in refused.content.decode()
    assert client.get("/peringatan/evaluasi/", {"dari": "kemarin"}).status_code == 400
    assert client.get("/peringatan/evaluasi/", {"dari": "2020-01-01", "sampai": "2026-01-01"}).status_code == 400


@pytest.mark.parametrize("username", ["operator.kutim", "fkdm.kutim"])
def test_field_staff_do_not_get_the_evaluation_page(
    history: dict[str, AlertRule], operator_kutim: Any, fkdm_kutim: Any, username: str
) -> None:
    assert client_for(username).get("/peringatan/evaluasi/").status_code == 404
