"""Keeping alert rules in the UI: an analyst creates, changes and deactivates them; others read or see nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from conftest import PASSWORD
from waspada.alerts.enums import RuleKind
from waspada.alerts.models import AlertRule
from waspada.alerts.services.rule_editing import alert_rule_create
from waspada.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def client_for(username: str) -> Client:
    client = Client()
    assert client.login(username=username, password=PASSWORD)
    return client


KEYWORD_FORM = {
    "jenis": "keyword",
    "name": "Sweeping di Kutai Timur",
    "keywords": "sweeping\nrazia ormas",
    "min_reports": "2",
    "window_hours": "12",
    "min_severity": "0",
    "region": "64.08",
    "domain": "",
    "category": "",
    "level": "siaga",
    "cooldown_hours": "6",
    "active": "1",
}


def test_an_analyst_creates_a_keyword_rule_after_fixing_what_the_form_points_out(analis: Any) -> None:
    client = client_for("analis")
    chooser = client.get("/peringatan/aturan/baru/").content.decode()
    assert "?jenis=keyword" in chooser and "?jenis=burst" in chooser
    form = client.get("/peringatan/aturan/baru/?jenis=keyword").content.decode()
    assert 'name="keywords"' in form and 'name="min_level"' not in form
    assert '<option value="64.08">Kabupaten Kutai Timur</option>' in form
    bad = {**KEYWORD_FORM, "keywords": " \n ", "window_hours": "200", "region": "99.99"}
    response = client.post("/peringatan/aturan/baru/", bad)
    assert response.status_code == 400
    page = response.content.decode()
    for message in (
        "Isi paling sedikit satu kata kunci.",
        "antara 1 dan 168 jam",
        "Kode wilayah «99.99» tidak dikenal.",
    ):
        assert message in page
    assert not AlertRule.objects.filter(kind=RuleKind.KEYWORD).exists()
    response = client.post("/peringatan/aturan/baru/", KEYWORD_FORM)
    rule = AlertRule.objects.get(kind=RuleKind.KEYWORD)
    assert response.status_code == 302 and response["Location"] == f"/peringatan/aturan/{rule.pk}/"
    assert rule.params == {
        "keywords": ["sweeping", "razia ormas"],
        "min_reports": 2,
        "window_hours": 12,
        "min_severity": 0,
    }
    assert (rule.region_id, rule.level, rule.active) == ("64.08", "siaga", True)
    detail = client.get(f"/peringatan/aturan/{rule.pk}/").content.decode()
    assert "«razia ormas»" in detail and "alert_rule.create" in detail


def test_an_analyst_edits_and_deactivates_a_rule_and_every_step_is_audited(analis: Any) -> None:
    client = client_for("analis")
    rule = AlertRule.objects.get(code="laporan-keparahan-24j")
    form = client.get(f"/peringatan/aturan/{rule.pk}/ubah/").content.decode()
    assert 'value="24"' in form and 'name="keywords"' not in form
    response = client.post(
        f"/peringatan/aturan/{rule.pk}/ubah/",
        {
            "name": rule.name,
            "min_reports": "4",
            "min_severity": "2",
            "window_hours": "48",
            "region": "",
            "domain": "",
            "category": "sengketa_lahan",
            "level": "waspada",
            "cooldown_hours": "12",
            "active": "1",
        },
    )
    assert response.status_code == 302
    rule.refresh_from_db()
    assert (rule.params["window_hours"], rule.category, rule.cooldown_hours, rule.kind) == (
        48,
        "sengketa_lahan",
        12,
        "count",
    )
    assert client.post(f"/peringatan/aturan/{rule.pk}/aktif/", {"active": "0"}).status_code == 302
    assert AlertRule.objects.get(pk=rule.pk).active is False
    actions = AuditEvent.objects.filter(object_type="alertrule", object_id=str(rule.pk)).values_list(
        "action", flat=True
    )
    assert sorted(actions) == ["alert_rule.deactivate", "alert_rule.update"]
    assert "nonaktif" in client.get("/peringatan/aturan/").content.decode()


def test_a_level_rule_cannot_be_narrowed_by_category_and_its_form_has_no_such_field(analis: Any) -> None:
    client = client_for("analis")
    rule = AlertRule.objects.get(code="kenaikan-tingkat-siaga")
    form = client.get(f"/peringatan/aturan/{rule.pk}/ubah/").content.decode()
    assert 'name="min_level"' in form and 'name="category"' not in form
    response = client.post(
        f"/peringatan/aturan/{rule.pk}/ubah/",
        {
            "name": rule.name,
            "min_level": "siaga",
            "region": "64.08.05",
            "level": "siaga",
            "cooldown_hours": "6",
            "active": "1",
        },
    )
    assert response.status_code == 400
    assert "hanya dapat dipersempit sampai kabupaten/kota" in response.content.decode()


def test_a_leader_reads_the_rules_but_cannot_change_them(analis: Any, pimpinan: Any) -> None:
    client = client_for("pimpinan")
    rule = AlertRule.objects.get(code="laporan-keparahan-24j")
    assert client.get("/peringatan/aturan/").status_code == 200
    detail = client.get(f"/peringatan/aturan/{rule.pk}/")
    assert detail.status_code == 200 and "Ubah aturan" not in detail.content.decode()
    assert client.get("/peringatan/aturan/baru/").status_code == 404
    assert client.post("/peringatan/aturan/baru/", KEYWORD_FORM).status_code == 404
    assert client.get(f"/peringatan/aturan/{rule.pk}/ubah/").status_code == 404
    assert client.post(f"/peringatan/aturan/{rule.pk}/aktif/", {"active": "0"}).status_code == 404
    assert AlertRule.objects.get(pk=rule.pk).active
    assert not AlertRule.objects.filter(kind=RuleKind.KEYWORD).exists()


def test_the_kutai_timur_operator_sees_the_rules_for_kutai_timur_and_not_those_of_berau(
    analis: Any, operator_kutim: Any
) -> None:
    berau = alert_rule_create(actor=analis, name="Khusus Berau", kind=RuleKind.COUNT, params={}, region_code="64.03")
    kutim = alert_rule_create(
        actor=analis, name="Khusus Sangkulirang", kind=RuleKind.COUNT, params={}, region_code="64.08.05"
    )
    client = client_for("operator.kutim")
    listing = client.get("/peringatan/aturan/").content.decode()
    assert "Khusus Sangkulirang" in listing and "laporan-keparahan" not in listing
    assert "Khusus Berau" not in listing and "3 laporan dengan keparahan" in listing
    assert client.get(f"/peringatan/aturan/{berau.pk}/").status_code == 404
    assert client.get(f"/peringatan/aturan/{kutim.pk}/").status_code == 200
    for url in (f"/peringatan/aturan/{kutim.pk}/ubah/", f"/peringatan/aturan/{berau.pk}/ubah/"):
        assert client.get(url).status_code == 404
    assert client.post(f"/peringatan/aturan/{kutim.pk}/aktif/", {"active": "0"}).status_code == 404
    assert AlertRule.objects.get(pk=kutim.pk).active
