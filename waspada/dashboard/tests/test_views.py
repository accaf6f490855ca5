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
