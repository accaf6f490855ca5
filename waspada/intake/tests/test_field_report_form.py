"""The Laporan Informasi form from a phone: provenance, a point, a photo without EXIF, no duplicates on retry."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from conftest import PASSWORD
from waspada.intake.models import Report
from waspada.intake.tests.test_public_tips import jpeg_with_gps

pytestmark = pytest.mark.django_db


def form_data(**extra: Any) -> dict[str, Any]:
    data = {
        "title": "Warga berkumpul di posko sengketa",
        "kabkota": "64.08",
        "kecamatan": "64.08.09",
        "desa": "64.08.09.2001",
        "occurred_at": "2026-11-28T09:30",
        "who": "Warga Desa Sepaso",
        "text": "Sekitar 40 warga berkumpul di posko dekat lahan sengketa dan berjaga sepanjang malam.",
        "source_detail": "Ketua RT setempat",
        "source_relation": "Kenalan lama petugas",
        "obtained_how": "Wawancara langsung",
        "obtained_at": "2026-11-28T11:00",
        "latitude": "0.8512",
        "longitude": "117.5321",
        "reliability": "B",
        "credibility": "2",
        "marking": "terbatas",
        "idempotency_key": "draf-123",
    }
    data.update(extra)
    return data


def test_a_field_report_with_provenance_point_and_photo(operator_kutim: Any, operator_berau: Any) -> None:
    client = Client()
    client.login(username="operator.kutim", password=PASSWORD)
    photo = SimpleUploadedFile("posko.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = client.post("/laporan/baru/", form_data(attachments=[photo]))
    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.region_id, report.source_relation, report.obtained_how) == (
        "64.08.09.2001",
        "Kenalan lama petugas",
        "Wawancara langsung",
    )
    assert (round(report.latitude or 0, 4), round(report.longitude or 0, 4)) == (0.8512, 117.5321)
    attachment = report.attachments.get()
    page = client.get(f"/laporan/{report.pk}/").content.decode()
    assert f"/laporan/{report.pk}/lampiran/{attachment.pk}/" in page
    download = client.get(f"/laporan/{report.pk}/lampiran/{attachment.pk}/")
    assert download.status_code == 200 and download["Content-Type"] == "image/jpeg"
    assert b"KameraRahasia" not in b"".join(download.streaming_content)  # type: ignore[attr-defined]
    other = Client()
    other.login(username="operator.berau", password=PASSWORD)
    assert other.get(f"/laporan/{report.pk}/lampiran/{attachment.pk}/").status_code == 404


def test_a_resubmission_after_a_network_error_is_not_a_duplicate(operator_kutim: Any) -> None:
    client = Client()
    client.login(username="operator.kutim", password=PASSWORD)
    first = client.post("/laporan/baru/", form_data())
    second = client.post("/laporan/baru/", form_data())
    assert first["Location"].split("?")[0] == second["Location"].split("?")[0]
    assert Report.objects.count() == 1


def test_half_a_point_is_refused(operator_kutim: Any) -> None:
    client = Client()
    client.login(username="operator.kutim", password=PASSWORD)
    response = client.post("/laporan/baru/", form_data(longitude=""))
    assert response.status_code == 200 and "lintang dan bujur" in response.content.decode()
    assert Report.objects.count() == 0
