"""Public warnings: an analyst turns an alert into a sanitised warning for everyone; nothing internal gets out."""

from __future__ import annotations

from typing import Any

import pytest
from django.template.loader import render_to_string
from django.test import Client, RequestFactory

from conftest import PASSWORD
from waspada.accounts.enums import Role
from waspada.alerts.enums import NotificationKind
from waspada.alerts.models import PublicWarning, WebhookEndpoint
from waspada.alerts.services.public import (
    mask_personal_data,
    public_warning_publish,
    public_warning_withdraw,
)
from waspada.alerts.tests.notify_fakes import make_alert, outbox, subscribe
from waspada.audit.models import AuditEvent
from waspada.core.enums import Channel, Level, Marking
from waspada.core.exceptions import ApplicationError
from waspada.intake.sealing import seal
from waspada.intake.services import report_submit

pytestmark = pytest.mark.django_db

LEAKY_TEXT = (
    "Warga bernama Budi Santoso (NIK 6408011508950001, HP 0812-3456-7890) disebut menggerakkan massa. "
    "Hubungi posko di +62 813 1111 2222 atau budi.santoso@contoh.id. Masyarakat Islam dan Kristen diimbau tenang."
)


def login(user: Any) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


@pytest.fixture
def kutim_alert(operator_kutim: Any) -> Any:
    report = report_submit(
        channel=Channel.FIELD_REPORT,
        actor=operator_kutim,
        title="Laporan rahasia sumber: Pak Darmo melihat provokator",
        text="Sumber kami, Pak Darmo (0811-222-333), melihat provokator di Desa Sepaso.",
        region_code="64.08.09",
        marking=Marking.TERBATAS,
        enqueue_analysis=False,
    ).report
    return make_alert(
        title="Kutai Timur: 3 laporan serius dalam 24 jam (internal)",
        explanation="Penjelasan internal: laporan sumber Pak Darmo dan dua laporan FKDM.",
        level=Level.SIAGA,
    ), report


def test_personal_data_is_masked_and_group_words_are_kept() -> None:
    masked = mask_personal_data(LEAKY_TEXT)
    for secret in ("Budi Santoso", "6408011508950001", "0812-3456-7890", "+62 813 1111 2222", "budi.santoso@contoh.id"):
        assert secret not in masked.text
    assert "[nama disamarkan]" in masked.text and "[NIK disamarkan]" in masked.text
    assert "[nomor telepon disamarkan]" in masked.text
    assert "Islam dan Kristen" in masked.text
    assert {"NAME", "NIK", "PHONE", "EMAIL"} <= set(masked.found)


def test_an_analyst_previews_then_publishes_and_the_public_sees_only_the_masked_warning(
    kutim_alert: Any, analis: Any, django_capture_on_commit_callbacks: Any
) -> None:
    alert, report = kutim_alert
    client = login(analis)
    url = f"/peringatan-publik/terbitkan/{alert.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    draft = form.content.decode()
    assert "Imbauan kewaspadaan Siaga di Kabupaten Kutai Timur" in draft
    assert "Penjelasan internal" not in draft.split("<form", 1)[1]  # the draft carries nothing from the alert

    data = {"title": "Imbauan untuk warga Kutai Timur", "text": LEAKY_TEXT, "level": "siaga"}
    preview = client.post(url, {**data, "action": "preview"})
    assert preview.status_code == 200 and not PublicWarning.objects.exists()
    shown = preview.content.decode()
    assert "[NIK disamarkan]" in shown and "Disamarkan otomatis" in shown

    response = client.post(url, {**data, "action": "publish"})
    assert response.status_code == 302 and response["Location"] == f"/peringatan/{alert.pk}/"
    warning = PublicWarning.objects.get()
    assert (warning.region_id, warning.level, warning.alert_id) == ("64.08", "siaga", alert.pk)
    assert "6408011508950001" not in warning.text and "Budi Santoso" not in warning.text
    event = AuditEvent.objects.get(action="public_warning.publish")
    assert event.actor == analis and "NIK" in event.data["masked"]

    public = Client()
    for page in (public.get("/peringatan-publik/"), public.get(f"/peringatan-publik/{warning.pk}/")):
        assert page.status_code == 200
        html = page.content.decode()
        assert "Imbauan untuk warga Kutai Timur" in html and "Siaga" in html and "Kabupaten Kutai Timur" in html
        for internal in (
            alert.title,
            "Penjelasan internal",
            "Pak Darmo",
            report.title,
            "0811-222-333",
            analis.username,
            "Rina",
            f"/peringatan/{alert.pk}/",
            f"/laporan/{report.pk}/",
            "6408011508950001",
            "Budi Santoso",
            "0812-3456-7890",
        ):
            assert internal not in html, internal


def test_the_public_page_escapes_whatever_staff_wrote(kutim_alert: Any, analis: Any) -> None:
    alert, _report = kutim_alert
    public_warning_publish(
        actor=analis,
        alert=alert,
        title="<script>alert('judul')</script>",
        text="<img src=x onerror=alert(1)> Warga diimbau tenang.",
        level=Level.SIAGA,
    )
    html = Client().get("/peringatan-publik/").content.decode()
    assert "<script>alert(" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_withdrawing_takes_a_warning_off_the_public_page_and_is_audited(kutim_alert: Any, analis: Any) -> None:
    alert, _report = kutim_alert
    warning = public_warning_publish(
        actor=analis, alert=alert, title="Imbauan Kutai Timur", text="Warga diimbau tenang.", level=Level.SIAGA
    )
    client = login(analis)
    response = client.post(f"/peringatan-publik/{warning.pk}/tarik/", {"next": f"/peringatan/{alert.pk}/"})
    assert response.status_code == 302 and response["Location"] == f"/peringatan/{alert.pk}/"
    assert "Imbauan Kutai Timur" not in Client().get("/peringatan-publik/").content.decode()
    assert Client().get(f"/peringatan-publik/{warning.pk}/").status_code == 404
    assert AuditEvent.objects.filter(action="public_warning.withdraw", actor=analis).count() == 1
    with pytest.raises(ApplicationError):
        public_warning_withdraw(actor=analis, warning=warning)
    # An unsafe `next` is ignored.
    other = public_warning_publish(actor=analis, alert=alert, title="Lagi", text="Tenang.", level=Level.WASPADA)
    response = client.post(f"/peringatan-publik/{other.pk}/tarik/", {"next": "https://jahat.contoh/"})
    assert response["Location"] == "/peringatan-publik/kelola/"


def test_a_newer_warning_replaces_the_current_one_of_its_kabkota(kutim_alert: Any, analis: Any) -> None:
    alert, _report = kutim_alert
    first = public_warning_publish(actor=analis, alert=alert, title="Pertama", text="Tenang.", level=Level.WASPADA)
    second = public_warning_publish(actor=analis, alert=alert, title="Kedua", text="Tenang.", level=Level.SIAGA)
    first.refresh_from_db()
    assert first.withdrawn_at is not None and second.withdrawn_at is None
    html = Client().get("/peringatan-publik/").content.decode()
    assert "Kedua" in html and "Pertama" not in html


def test_who_may_publish(kutim_alert: Any, analis: Any, operator_kutim: Any, kominda: Any, make_user: Any) -> None:
    alert, _report = kutim_alert
    admin = make_user("admin", Role.ADMIN, "64")
    for user in (operator_kutim, kominda):
        assert login(user).get(f"/peringatan-publik/terbitkan/{alert.pk}/").status_code == 404
        with pytest.raises(ApplicationError):
            public_warning_publish(actor=user, alert=alert, title="x", text="y", level=Level.SIAGA)
    assert login(admin).get(f"/peringatan-publik/terbitkan/{alert.pk}/").status_code == 200
    secret = make_alert(marking=Marking.RAHASIA)
    with pytest.raises(ApplicationError):
        public_warning_publish(actor=admin, alert=secret, title="x", text="y", level=Level.SIAGA)
    with pytest.raises(ApplicationError):
        public_warning_publish(actor=analis, alert=alert, title="x", text="y", level=Level.NORMAL)
    with pytest.raises(ApplicationError):
        public_warning_publish(actor=analis, alert=alert, title="  ", text="y", level=Level.SIAGA)
    assert not PublicWarning.objects.exists()


def test_publishing_can_tell_the_subscribers_of_the_region(
    kutim_alert: Any, analis: Any, operator_kutim: Any, operator_berau: Any, pimpinan: Any
) -> None:
    alert, _report = kutim_alert
    subscribe(operator_kutim, address="1")
    subscribe(operator_berau, address="2")
    subscribe(pimpinan, address="3")  # a public warning is for everyone: no escalation step needed
    WebhookEndpoint.objects.create(name="Mitra", url="https://93.184.216.34/hook", secret_sealed=seal("s" * 20))
    public_warning_publish(
        actor=analis,
        alert=alert,
        title="Imbauan Kutai Timur",
        text="Warga diimbau tenang.",
        level=Level.SIAGA,
        notify_subscribers=True,
    )
    rows = outbox(kind=NotificationKind.PUBLIC_WARNING)
    assert {r.subscription.user.username for r in rows if r.subscription} == {"operator.kutim", "pimpinan"}
    assert any(r.endpoint is not None for r in rows)
    person = next(r for r in rows if r.subscription)
    assert "Imbauan Kutai Timur" in person.body and "/peringatan-publik/" in person.body


def test_the_alert_page_box_offers_publishing_only_to_those_who_may(
    kutim_alert: Any, analis: Any, operator_kutim: Any
) -> None:
    alert, _report = kutim_alert

    def box(user: Any) -> str:
        request = RequestFactory().get(f"/peringatan/{alert.pk}/")
        request.user = user
        return render_to_string("alerts/_publish_warning.html", {"alert": alert}, request=request)

    html = box(analis)
    assert f'action="/peringatan-publik/terbitkan/{alert.pk}/"' in html
    assert "Imbauan kewaspadaan Siaga" in html
    assert box(operator_kutim).strip() == ""

    warning = public_warning_publish(actor=analis, alert=alert, title="Imbauan", text="Tenang.", level=Level.SIAGA)
    assert f'action="/peringatan-publik/{warning.pk}/tarik/"' in box(analis)


def test_staff_see_the_warnings_of_their_regions_on_the_manage_page(
    kutim_alert: Any, analis: Any, operator_kutim: Any, outsider: Any
) -> None:
    alert, _report = kutim_alert
    public_warning_publish(actor=analis, alert=alert, title="Imbauan Kutim", text="Tenang.", level=Level.SIAGA)
    assert "Imbauan Kutim" in login(analis).get("/peringatan-publik/kelola/").content.decode()
    assert login(operator_kutim).get("/peringatan-publik/kelola/").status_code == 404
    assert "Imbauan Kutim" not in login(outsider).get("/peringatan-publik/kelola/").content.decode()


def test_an_empty_public_page_says_so() -> None:
    html = Client().get("/peringatan-publik/").content.decode()
    assert "Tidak ada peringatan publik yang berlaku saat ini." in html
