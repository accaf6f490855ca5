"""A resident sends a tip without an account, keeps a tracking code, and later sees only where it stands."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from django.core.cache import caches
from django.test import Client
from PIL import Image

from conftest import PASSWORD
from waspada.intake.models import Attachment, Report

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits() -> None:
    caches["ratelimit"].clear()


def send(client: Client, **fields: Any) -> Any:
    data = {"text": "Ada provokasi di grup WA warga, katanya mau serang kampung sebelah malam ini.", "kabkota": "64.72"}
    data.update(fields)
    return client.post("/aduan/", data)


def test_an_anonymous_tip_gets_a_tracking_code_and_its_status_shows_nothing_internal() -> None:
    client = Client()
    response = send(client, website="")
    assert response.status_code == 302
    code = re.search(r"kode=(WSP-[A-Z0-9]{4}-[A-Z0-9]{4})", response["Location"]).group(1)  # type: ignore[union-attr]
    report = Report.objects.get(tracking_code=code)
    assert (report.channel, report.author, report.marking, report.grading) == ("public_tip", None, "terbatas", "F6")
    assert report.contact_sealed == ""
    page = client.get(response["Location"]).content.decode()
    assert code in page and "Diterima" in page
    # The tracking code and any CSRF token are random letters and digits (they may contain "F6"): look past them.
    shown = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", page.replace(code, ""))
    for internal in ("terbatas", "F6", report.title, "keparahan", "Penilaian"):
        assert internal not in shown
    # The code is forgiving about case and dashes.
    assert "Diterima" in client.get(f"/aduan/lacak/?kode={code.lower().replace('-', '')}").content.decode()


def test_a_contact_left_by_the_sender_is_sealed() -> None:
    send(Client(), contact="0812-5555-0101")
    report = Report.objects.get()
    assert report.contact_sealed and "0101" not in report.contact_sealed


def test_the_honeypot_stops_bots_and_stores_nothing() -> None:
    response = send(Client(), website="http://spam.example")
    assert response.status_code == 400
    assert Report.objects.count() == 0


def test_a_flood_from_one_address_is_cut_off_and_staff_pages_still_answer(settings: Any, analis: Any) -> None:
    settings.WASPADA_TIP_LIMIT_PER_HOUR = 5
    client = Client()
    statuses = [send(client).status_code for _ in range(12)]
    assert statuses[:5] == [302] * 5 and set(statuses[5:]) == {429}
    assert Report.objects.count() == 5
    staff = Client()
    staff.login(username="analis", password=PASSWORD)
    assert staff.get("/").status_code == 200
    # Another address is not affected.
    assert send(Client(REMOTE_ADDR="10.0.0.9")).status_code == 302


@pytest.mark.parametrize(
    "fields",
    [
        {"text": ""},
        {"text": "x" * 5001},
        {"kabkota": "31.71"},  # not a kab/kota of the province
        {"occurred_at": "besok pagi"},
    ],
)
def test_bad_tips_get_a_clear_error_and_store_nothing(fields: dict[str, Any]) -> None:
    response = send(Client(), **fields)
    assert response.status_code == 400
    assert 'class="error"' in response.content.decode()
    assert Report.objects.count() == 0


def test_hostile_text_is_kept_verbatim_and_shown_escaped(analis: Any) -> None:
    send(Client(), text="<script>alert(1)</script> '; DROP TABLE intake_report; --")
    report = Report.objects.get()
    staff = Client()
    staff.login(username="analis", password=PASSWORD)
    html = staff.get(f"/laporan/{report.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (40, 30), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "KameraRahasia"  # Make
    exif[0x8825] = {1: "S", 2: (0.0, 30.0, 0.0), 3: "E", 4: (117.0, 8.0, 0.0)}  # GPS IFD
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def test_a_photo_is_kept_without_its_exif_and_gps() -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    photo = jpeg_with_gps()
    assert b"KameraRahasia" in photo
    upload = SimpleUploadedFile("bukti.jpg", photo, content_type="image/jpeg")
    response = Client().post("/aduan/", {"text": "Foto spanduk provokatif di pasar.", "attachments": [upload]})
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    stored = attachment.file.read()
    assert b"KameraRahasia" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert not image.getexif()
        assert image.size == (40, 30)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bukan-gambar.jpg", b"MZ\x90\x00 this is an exe"),
        ("script.png", b"<svg onload=alert(1)></svg>"),
        ("rusak.pdf", b"%PDF-1.4 garbage that is not a pdf"),
        ("besar.jpg", b"\xff\xd8" + b"0" * (5 * 1024 * 1024 + 10)),
    ],
)
def test_files_that_are_not_what_they_claim_are_refused_and_nothing_is_stored(name: str, content: bytes) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(name, content, content_type="image/jpeg")
    response = Client().post("/aduan/", {"text": "Ada kejadian.", "attachments": [upload]})
    assert response.status_code == 400
    assert Report.objects.count() == 0 and Attachment.objects.count() == 0


def test_the_tips_api_does_the_same_for_other_front_ends() -> None:
    client = Client()
    response = client.post(
        "/api/v1/tips",
        json.dumps(
            {"text": "Warga resah soal isu penggusuran di Sepaku.", "region_code": "64.09", "contact": "x@contoh.id"}
        ),
        content_type="application/json",
    )
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"tracking_code", "status", "received_at"} and body["status"] == "diterima"
    assert client.get(f"/api/v1/tips/{body['tracking_code']}").json()["status"] == "diterima"
    assert client.get("/api/v1/tips/WSP-AAAA-AAAA").status_code == 404
    assert client.post("/api/v1/tips", "{", content_type="application/json").status_code in {400, 422}
    outside = client.post(
        "/api/v1/tips", json.dumps({"text": "x", "region_code": "31.71"}), content_type="application/json"
    )
    assert outside.status_code == 400
    assert Report.objects.count() == 1
