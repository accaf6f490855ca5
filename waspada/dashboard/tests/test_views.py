from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from conftest import PASSWORD, SHARED_DATA
from waspada.alerts.services import region_risk_and_alerts_update
from waspada.alerts.tests.test_alerts import analysed

pytestmark = pytest.mark.django_db


def test_the_dashboard_draws_the_schematic_until_shapes_are_imported_then_real_shapes(analis: Any) -> None:
    client = Client()
    client.login(username="analis", password=PASSWORD)
    html = client.get("/").content.decode()
    assert html.count('<g class="region') == 10 and "<rect" in html and "<path" not in html
    call_command(
        "regions_import_geojson", str(SHARED_DATA / "wilayah-boundaries" / "kaltim_kabkota.geojson"), verbosity=0
    )
    html = client.get("/").content.decode()
    assert html.count('<g class="region') == 10 and html.count("<path") == 10


def test_regions_needing_attention_are_listed_with_their_explanation(analis: Any) -> None:
    places = ["64.08.09.2001", "64.08.09.2002", "64.08.09.2003", "64.08.09.2004"]
    for i, severity in enumerate([2, 2, 2, 3, 3, 2, 3, 2, 2]):
        analysed(places[i % 4], severity, hours_ago=60 - i * 6)
    region_risk_and_alerts_update(region_code="64.08")
    client = Client()
    client.login(username="analis", password=PASSWORD)
    html = client.get("/").content.decode()
    assert 'id="attention"' in html and "Kutai Timur:" in html
    assert 'data-code="64.08" data-level="siaga"' in html or 'data-code="64.08" data-level="awas"' in html


def test_an_operator_sees_only_their_region_coloured(operator_kutim: Any) -> None:
    client = Client()
    client.login(username="operator.kutim", password=PASSWORD)
    html = client.get("/").content.decode()
    assert 'data-code="64.08" data-level="normal"' in html
    assert 'data-code="64.03" data-level=""' in html
    assert "di luar wilayah tugas" in html


def test_the_region_page_explains_the_level_with_its_history_chart_and_indicators(analis: Any) -> None:
    places = ["64.08.09.2001", "64.08.09.2002", "64.08.09.2003", "64.08.09.2004"]
    for i, severity in enumerate([1, 2, 2, 2, 3, 2, 3, 2, 3]):
        report = analysed(places[i % 4], severity, hours_ago=60 - i * 6)
        region_risk_and_alerts_update(region_code="64.08", as_of=report.received_at)
    client = Client()
    client.login(username="analis", password=PASSWORD)
    html = client.get("/wilayah/64.08/").content.decode()
    assert 'id="explanation">Kutai Timur' in html and "dari 4 desa di Kecamatan Bengalon" in html
    # The chart: drawn on the server, titled and described for screen readers, its values as a table too.
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html and 'class="risk-chart"' in html
    assert "<desc" in html and "Skor kerawanan dari" in html and 'class="chart-score"' in html
    assert 'id="chart-data"' in html and html.count("<tr>") >= 3
    assert '<script src="http' not in html
    # The indicators with their points, labelled in Bahasa Indonesia.
    for label in ("Unjuk rasa/sengketa", "Kekerasan", "Sebaran lokasi", "Konteks struktural"):
        assert label in html
    assert html.count('<meter class="indicator"') >= 9
    assert client.get("/wilayah/64.08/?hari=7").status_code == 200
    assert client.get("/wilayah/64.08/?hari=lama").status_code == 200


def test_thin_coverage_is_hatched_on_the_map_and_explained_on_the_region_page(analis: Any, fkdm_kutim: Any) -> None:
    client = Client()
    client.login(username="analis", password=PASSWORD)
    html = client.get("/").content.decode()
    # No report anywhere yet: every kab/kota is thinly watched, and the map says so in words as well.
    assert html.count('data-coverage="rendah"') == 10 and "cakupan rendah" in html
    assert 'id="thin-coverage"' in html
    region = client.get("/wilayah/64.11/").content.decode()
    assert "Cakupan rendah." in region and "tidak ada laporan FKDM" in region


def test_a_region_page_outside_the_users_regions_is_not_found(operator_kutim: Any) -> None:
    client = Client()
    client.login(username="operator.kutim", password=PASSWORD)
    assert client.get("/wilayah/64.08/").status_code == 200
    assert client.get("/wilayah/64.03/").status_code == 404
