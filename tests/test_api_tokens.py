"""Agency systems on the REST API: one token per integration, hashed at rest, revocable, held to its regions."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from conftest import PASSWORD
from waspada.accounts.models import ApiToken
from waspada.accounts.services import api_token_create, api_token_revoke, api_token_update
from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel, Marking
from waspada.intake.enums import ReportStatus, SourceKind
from waspada.intake.models import Report
from waspada.intake.services import report_submit

pytestmark = pytest.mark.django_db

BLOCKADE = {
    "title": "Warga blokade jalan hauling",
    "text": "Sekitar 60 warga Desa Sepaso memblokade jalan hauling perusahaan sawit sejak pukul 07.00.",
    "region_code": "64.08.09",
}


def token_for(
    name: str = "Polres Kutai Timur", regions: tuple[str, ...] = ("64.08",), **extra: Any
) -> tuple[ApiToken, str]:
    return api_token_create(actor=None, name=name, region_codes=list(regions), **extra)


def agency(plain: str) -> Client:
    # CSRF is enforced as for browsers: a bearer token needs none, because a browser never sends one by itself.
    return Client(enforce_csrf_checks=True, HTTP_AUTHORIZATION=f"Bearer {plain}")


def post(client: Client, payload: dict[str, Any], **headers: str) -> Any:
    return client.post("/api/v1/reports", json.dumps(payload), content_type="application/json", headers=headers)


def test_an_agency_files_a_report_as_its_integration_and_a_retry_returns_the_same_report() -> None:
    token, plain = token_for()
    client = agency(plain)
    first = post(client, BLOCKADE, **{"Idempotency-Key": "simpolres-2026-0001"})
    again = post(client, BLOCKADE, **{"Idempotency-Key": "simpolres-2026-0001"})
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"]
    report = Report.objects.get()
    assert report.channel == Channel.API and report.region_id == "64.08.09" and report.kabkota_id == "64.08"
    assert report.author is None, "an integration is not a user"
    assert report.source is not None and report.source.name == "Polres Kutai Timur"
    assert report.source.kind == SourceKind.AGENCY
    event = AuditEvent.objects.get(action="report.submit")
    assert event.actor is None and event.actor_label == "token:Polres Kutai Timur"
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_idempotency_keys_of_two_integrations_never_meet(operator_kutim: Any) -> None:
    _kutim, kutim_plain = token_for()
    _satpol, satpol_plain = token_for("Satpol PP Kutai Timur")
    for plain in (kutim_plain, satpol_plain):
        assert post(agency(plain), BLOCKADE, **{"Idempotency-Key": "1"}).status_code == 201
    session = Client()
    session.login(username=operator_kutim.username, password=PASSWORD)
    assert post(session, BLOCKADE, **{"Idempotency-Key": "1"}).status_code == 201
    assert Report.objects.count() == 3


def test_a_very_long_idempotency_key_is_hashed_not_cut() -> None:
    _token, plain = token_for()
    client = agency(plain)
    shared = "x" * 95
    assert post(client, BLOCKADE, **{"Idempotency-Key": shared + "A"}).status_code == 201
    assert post(client, BLOCKADE, **{"Idempotency-Key": shared + "B"}).status_code == 201
    assert Report.objects.count() == 2


@pytest.mark.parametrize("key", ["", "k" * 101, "kunci\u00e9", "kunci\x00nul"])
def test_a_malformed_idempotency_key_is_refused(key: str) -> None:
    _token, plain = token_for()
    response = agency(plain).post(
        "/api/v1/reports", json.dumps(BLOCKADE), content_type="application/json", HTTP_IDEMPOTENCY_KEY=key
    )
    assert response.status_code == 400 and "Idempotency-Key" in response.json()["detail"]
    assert Report.objects.count() == 0


def _expired() -> str:
    token, plain = token_for("Kedaluwarsa", expires_at=timezone.now() + dt.timedelta(days=1))
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    return plain


def _revoked() -> str:
    token, plain = token_for("Dicabut")
    api_token_revoke(actor=None, token=token)
    return plain


def _tampered() -> str:
    _token, plain = token_for("Asli")
    return plain[:-1] + ("A" if plain[-1] != "A" else "B")


@pytest.mark.parametrize(
    "header",
    [
        lambda: "Bearer",
        lambda: "Bearer ",
        lambda: "Bearer sembarang",
        lambda: "Bearer wsp_" + "A" * 43,
        lambda: "Bearer " + "wsp_" + "A" * 10_000,
        lambda: "Bearer wsp_' OR '1'='1",
        lambda: "Bearer wsp_<script>alert(1)</script>",
        lambda: "Bearer \u0000\u202e",
        lambda: "Bearer " + _tampered(),
        lambda: "Bearer " + _revoked(),
        lambda: "Bearer " + _expired(),
        lambda: "Token " + _tampered(),
        lambda: "Basic dXNlcjpwYXNz",
    ],
    ids=[
        "scheme-only",
        "empty",
        "garbled",
        "unknown",
        "10k-chars",
        "sql-looking",
        "xss",
        "control-chars",
        "one-char-changed",
        "revoked",
        "expired",
        "wrong-scheme",
        "basic",
    ],
)
def test_missing_garbled_revoked_and_expired_tokens_get_401_and_change_nothing(header: Any) -> None:
    client = Client(HTTP_AUTHORIZATION=header())
    assert post(client, BLOCKADE).status_code == 401
    assert client.get("/api/v1/reports").status_code == 401
    assert client.get("/api/v1/token").status_code == 401
    assert Report.objects.count() == 0


def test_no_authorization_at_all_is_401() -> None:
    assert Client().get("/api/v1/reports").status_code == 401
    assert post(Client(), BLOCKADE).status_code == 401


def test_a_bad_token_never_falls_back_to_the_session(operator_kutim: Any) -> None:
    client = Client(HTTP_AUTHORIZATION="Bearer wsp_" + "A" * 43)
    client.login(username=operator_kutim.username, password=PASSWORD)
    response = client.get("/api/v1/reports")
    assert response.status_code == 401
    assert "Token" in response.json()["detail"]


def test_a_token_files_only_inside_its_regions() -> None:
    _kutim, plain = token_for()
    client = agency(plain)
    berau = post(client, {**BLOCKADE, "region_code": "64.03"})
    assert berau.status_code == 400 and "di luar wilayah token" in berau.json()["detail"]
    unknown = post(client, {**BLOCKADE, "region_code": "99.99"})
    assert unknown.status_code == 400
    # Without a region the token's only region is meant.
    plain_report = post(client, {"title": BLOCKADE["title"], "text": BLOCKADE["text"]})
    assert plain_report.status_code == 201 and plain_report.json()["region_code"] == "64.08"
    assert Report.objects.count() == 1

    _two, two_plain = token_for("Dua kabupaten", ("64.08", "64.03"))
    vague = post(agency(two_plain), {"title": "x", "text": "y"})
    assert vague.status_code == 400 and "region_code" in vague.json()["detail"]


def test_narrowing_a_tokens_regions_takes_effect_at_once() -> None:
    token, plain = token_for()
    client = agency(plain)
    assert post(client, BLOCKADE).status_code == 201  # caches the token's scope in this process
    api_token_update(
        actor=None,
        token=token,
        name=token.name,
        region_codes=["64.03"],
        marking_ceiling=token.marking_ceiling,
        can_read=True,
        can_submit=True,
        expires_at=None,
    )
    assert post(client, {**BLOCKADE, "title": "kedua"}).status_code == 400
    assert client.get("/api/v1/reports").json()["count"] == 0


def test_a_token_files_nothing_above_its_marking_ceiling_and_nothing_when_it_may_only_read() -> None:
    _token, plain = token_for()
    refused = post(agency(plain), {**BLOCKADE, "marking": Marking.RAHASIA})
    assert refused.status_code == 400 and "klasifikasi" in refused.json()["detail"]
    _reader, reader_plain = token_for("Dasbor Bupati", can_submit=False)
    assert post(agency(reader_plain), BLOCKADE).status_code == 403
    assert Report.objects.count() == 0


def _file(actor: Any, region: str, marking: str, title: str) -> int:
    return report_submit(
        channel=Channel.FIELD_REPORT,
        actor=actor,
        title=title,
        text=f"{title}: uraian fakta.",
        region_code=region,
        marking=marking,
        enqueue_analysis=False,
    ).report.pk


def test_a_token_reads_only_its_regions_and_markings(operator_kutim: Any, operator_berau: Any, kominda: Any) -> None:
    kutim = _file(operator_kutim, "64.08.09", Marking.TERBATAS, "Blokade di Bengalon")
    kutim_public = _file(operator_kutim, "64.08", Marking.PUBLIK, "Imbauan tenang")
    kutim_secret = _file(kominda, "64.08", Marking.RAHASIA, "Catatan Kominda")
    berau = _file(operator_berau, "64.03", Marking.TERBATAS, "Sengketa batas kebun")

    def seen(plain: str) -> set[int]:
        return {r["id"] for r in agency(plain).get("/api/v1/reports?limit=200").json()["items"]}

    _t1, terbatas = token_for()
    _t2, public_only = token_for("Portal publik", marking_ceiling=Marking.PUBLIK)
    _t3, secret = token_for("Kominda Kutim", marking_ceiling=Marking.RAHASIA)
    assert seen(terbatas) == {kutim, kutim_public}
    assert seen(public_only) == {kutim_public}
    assert seen(secret) == {kutim, kutim_public, kutim_secret}
    client = agency(terbatas)
    assert client.get(f"/api/v1/reports/{kutim}").status_code == 200
    for hidden in (berau, kutim_secret):
        assert client.get(f"/api/v1/reports/{hidden}").status_code == 404


def test_a_token_never_sees_reports_because_a_user_shares_its_id(make_user: Any) -> None:
    # Originator control is for people: a user whose id equals the token's id must not lend it their reports.
    token, plain = token_for("Polres Berau", ("64.03",))
    author = make_user("rekan", "operator", "64.08", id=token.pk)
    mine = _file(author, "64.08", Marking.TERBATAS, "Laporan pengguna")
    client = agency(plain)
    assert client.get(f"/api/v1/reports/{mine}").status_code == 404
    assert client.get("/api/v1/reports").json()["count"] == 0


def test_a_token_that_may_not_read_gets_403() -> None:
    _token, plain = token_for("Hanya kirim", can_read=False)
    client = agency(plain)
    assert client.get("/api/v1/reports").status_code == 403
    assert client.get("/api/v1/reports/1").status_code == 403
    assert post(client, BLOCKADE).status_code == 201


def test_token_info_tells_an_integration_what_it_may_do() -> None:
    _token, plain = token_for("Polres Kutai Timur", ("64.08", "64.03"), organisation="Polres")
    info = agency(plain).get("/api/v1/token").json()
    assert info["name"] == "Polres Kutai Timur" and info["regions"] == ["64.03", "64.08"]
    assert info["marking_ceiling"] == "terbatas" and info["can_submit"] and info["can_read"]
    assert plain not in json.dumps(info) and info["prefix"] == plain[:12]


def test_search_filters_and_pagination(operator_kutim: Any, operator_berau: Any) -> None:
    _token, plain = token_for("Analis provinsi", ("64",))
    client = agency(plain)
    ids = {}
    specs = [
        ("bengalon", operator_kutim, "64.08.09", "Blokade jalan hauling di Bengalon", "ekonomi", "tambang_sawit", 2),
        ("sangatta", operator_kutim, "64.08.01", "Unjuk rasa buruh di Sangatta", "ekonomi", "buruh", 1),
        ("berau", operator_berau, "64.03", "Sengketa batas kebun di Berau", "sosial", "sengketa_lahan", 3),
    ]
    for key, actor, region, title, domain, category, severity in specs:
        pk = _file(actor, region, Marking.TERBATAS, title)
        Report.objects.filter(pk=pk).update(domain=domain, category=category, severity=severity)
        ids[key] = pk
    Report.objects.filter(pk=ids["berau"]).update(
        status=ReportStatus.DIVERIFIKASI, received_at=timezone.now() - dt.timedelta(days=10)
    )

    def found(query: str) -> set[str]:
        response = client.get(f"/api/v1/reports?{query}")
        assert response.status_code == 200, response.content
        by_id = {v: k for k, v in ids.items()}
        return {by_id[r["id"]] for r in response.json()["items"]}

    assert found("kabkota=64.08") == {"bengalon", "sangatta"}
    assert found("region=64.08.09") == {"bengalon"}
    assert found("region=64") == {"bengalon", "sangatta", "berau"}
    assert found("domain=sosial") == {"berau"}
    assert found("category=buruh") == {"sangatta"}
    assert found("min_severity=2") == {"bengalon", "berau"}
    assert found("status=diverifikasi") == {"berau"}
    assert found("channel=field_report&kabkota=64.03") == {"berau"}
    before = (timezone.now() - dt.timedelta(days=1)).isoformat()
    assert found(f"received_before={before.replace('+', '%2B')}") == {"berau"}
    assert found(f"received_after={before.replace('+', '%2B')}") == {"bengalon", "sangatta"}
    assert found("q=hauling") == {"bengalon"}
    assert found("q=UNJUK+rasa") == {"sangatta"}
    assert found("q=%25%25") == set(), "LIKE wildcards are searched literally"
    page = client.get("/api/v1/reports?limit=2&offset=0").json()
    rest = client.get("/api/v1/reports?limit=2&offset=2").json()
    assert page["count"] == 3 and len(page["items"]) == 2 and len(rest["items"]) == 1
    assert {r["id"] for r in page["items"] + rest["items"]} == set(ids.values())


@pytest.mark.parametrize(
    "query",
    [
        "limit=201",
        "limit=0",
        "offset=-1",
        "min_severity=9",
        "kabkota=64.08' OR 1=1--",
        "region=<script>",
        "channel=merpati",
        "q=" + "a" * 201,
        "q=a",
        "received_after=kemarin",
    ],
)
def test_malformed_filters_get_422(query: str) -> None:
    _token, plain = token_for()
    assert agency(plain).get(f"/api/v1/reports?{query}").status_code == 422


def test_openapi_documents_the_bearer_token_the_filters_and_the_page_size() -> None:
    spec = Client().get("/api/v1/openapi.json").json()
    schemes = spec["components"]["securitySchemes"]
    assert any(s.get("type") == "http" and s.get("scheme") == "bearer" for s in schemes.values())
    parameters = {p["name"]: p for p in spec["paths"]["/api/v1/reports"]["get"]["parameters"]}
    assert {
        "kabkota",
        "region",
        "channel",
        "domain",
        "category",
        "min_severity",
        "status",
        "received_after",
        "received_before",
        "q",
        "limit",
        "offset",
    } <= set(parameters)
    assert parameters["limit"]["schema"]["maximum"] == 200
    assert "/api/v1/token" in spec["paths"]


def test_an_admin_creates_a_token_that_is_shown_once_and_stored_only_as_a_hash(make_user: Any) -> None:
    admin = make_user("admin", "admin", "64", is_staff=True, is_superuser=True)
    client = Client()
    client.login(username=admin.username, password=PASSWORD)
    response = client.post(
        "/admin/accounts/apitoken/add/",
        {
            "name": "SIMPOLRES Kutai Timur",
            "organisation": "Polres Kutai Timur",
            "region_codes": "64.08, 64.03",
            "marking_ceiling": "terbatas",
            "can_read": "on",
            "can_submit": "on",
            "expires_at_0": "",
            "expires_at_1": "",
        },
    )
    assert response.status_code == 200, response.content.decode()[:2000]
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    plain = page.split('id="plain-token"', 1)[1].split(">", 1)[1].split("<", 1)[0]
    assert plain.startswith("wsp_") and len(plain) > 40
    token = ApiToken.objects.get()
    assert token.key_hash == hashlib.sha256(plain.encode()).hexdigest()
    assert token.prefix == plain[:12] and token.created_by == admin
    assert token.region_codes() == ["64.03", "64.08"]
    assert all(plain not in str(getattr(token, f.attname)) for f in ApiToken._meta.concrete_fields)
    for url in ("/admin/accounts/apitoken/", f"/admin/accounts/apitoken/{token.pk}/change/"):
        assert plain not in client.get(url).content.decode()
    assert AuditEvent.objects.filter(action="api_token.create", actor=admin).exists()
    assert agency(plain).get("/api/v1/token").status_code == 200

    # Revoked from the list: the very next request is refused; deleting is not offered.
    client.post(
        "/admin/accounts/apitoken/",
        {"action": "revoke_selected", "_selected_action": [token.pk]},
    )
    assert agency(plain).get("/api/v1/token").status_code == 401
    assert AuditEvent.objects.filter(action="api_token.revoke", actor=admin).exists()
    assert client.post(f"/admin/accounts/apitoken/{token.pk}/delete/", {"post": "yes"}).status_code == 403


def test_the_admin_form_refuses_unknown_regions_and_past_expiry(make_user: Any) -> None:
    admin = make_user("admin", "admin", "64", is_staff=True, is_superuser=True)
    client = Client()
    client.login(username=admin.username, password=PASSWORD)
    response = client.post(
        "/admin/accounts/apitoken/add/",
        {
            "name": "Salah",
            "region_codes": "64.08, 99.99",
            "marking_ceiling": "terbatas",
            "expires_at_0": "2000-01-01",
            "expires_at_1": "00:00",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200 and "99.99" in page and "masa depan" in page
    assert ApiToken.objects.count() == 0
