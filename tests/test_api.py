"""REST API v1: documented, validated, scoped."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from conftest import PASSWORD
from waspada.intake.models import Report

pytestmark = pytest.mark.django_db


def client_for(user: Any) -> Client:
    client = Client(enforce_csrf_checks=False)
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_openapi_document_lists_every_endpoint_and_health_needs_no_login() -> None:
    client = Client()
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/v1/health", "/api/v1/reports", "/api/v1/reports/{report_id}", "/api/v1/alerts"} <= set(spec["paths"])
    health = client.get("/api/v1/health").json()
    assert health["status"] == "ok" and health["database"] in {"sqlite", "postgresql"}


def test_docs_page_uses_no_cdn() -> None:
    html = Client().get("/api/v1/docs").content.decode()
    assert "cdn." not in html and "unpkg" not in html and "jsdelivr" not in html


def test_an_operator_posts_a_report_and_a_retry_with_the_same_key_returns_it(operator_kutim: Any) -> None:
    client = client_for(operator_kutim)
    payload = {"title": "Aksi warga", "text": "Warga berkumpul di balai desa.", "region_code": "64.08"}
    first = client.post(
        "/api/v1/reports", json.dumps(payload), content_type="application/json", HTTP_IDEMPOTENCY_KEY="k1"
    )
    again = client.post(
        "/api/v1/reports", json.dumps(payload), content_type="application/json", HTTP_IDEMPOTENCY_KEY="k1"
    )
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"]
    assert first.json()["channel"] == "api" and first.json()["analysis_status"] == "pending"
    assert Report.objects.count() == 1


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        ({"title": "", "text": "x"}, 422),
        ({"title": "x"}, 422),
        ({"title": "x", "text": "y", "marking": "top-secret"}, 422),
        ({"title": "x", "text": "y", "credibility": 9}, 422),
        ({"title": "x" * 201, "text": "y"}, 422),
        ({"title": "x", "text": "y", "region_code": "99.99"}, 400),
        ({"title": "x", "text": "y", "region_code": "64.03"}, 400),  # Berau is outside Kutai Timur
        ({"title": "x", "text": "y", "occurred_at": "2999-01-01T00:00:00Z"}, 400),
    ],
)
def test_bad_payloads_get_a_clear_error_and_store_nothing(
    operator_kutim: Any, payload: dict[str, Any], status: int
) -> None:
    response = client_for(operator_kutim).post("/api/v1/reports", json.dumps(payload), content_type="application/json")
    assert response.status_code == status
    assert response.json()["detail"]
    assert Report.objects.count() == 0


def test_malformed_json_and_wrong_content_are_refused(operator_kutim: Any) -> None:
    client = client_for(operator_kutim)
    for body, content_type in (
        (b"{nope", "application/json"),
        (b"\xff\xfe\xfd", "application/json"),
        (b"a=b", "text/plain"),
    ):
        assert client.post("/api/v1/reports", body, content_type=content_type).status_code in {400, 422}
    assert Report.objects.count() == 0


def test_session_api_calls_need_the_csrf_token(operator_kutim: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.login(username=operator_kutim.username, password=PASSWORD)
    response = client.post("/api/v1/reports", json.dumps({"title": "x", "text": "y"}), content_type="application/json")
    assert response.status_code == 403
    assert Report.objects.count() == 0


def test_a_leader_cannot_post(pimpinan: Any) -> None:
    response = client_for(pimpinan).post(
        "/api/v1/reports", json.dumps({"title": "x", "text": "y"}), content_type="application/json"
    )
    assert response.status_code == 400
    assert Report.objects.count() == 0
