"""The walking skeleton's story in a real Chromium against a real `waspada run`.

An operator of Kutai Timur files three Laporan Informasi about an escalating land dispute from a phone; the
background worker analyses them; the provincial analyst sees the alert on the dashboard, acknowledges it
and opens a case with a stage, an assignee and a first action; the audit log shows every step.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server import Server, running_waspada

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PASSWORD = "waspada-demo"

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPORTS = [
    (
        "Warga blokade jalan hauling PT Sawit Makmur",
        "Sekitar 80 warga Desa Sepaso, Kecamatan Bengalon, memblokade jalan hauling perusahaan sawit sejak "
        "pukul 07.00 WITA. Mereka menuntut penyelesaian sengketa lahan plasma. Aparat kepolisian berjaga "
        "dan belum ada bentrokan.",
    ),
    (
        "Unjuk rasa warga di kantor camat soal sengketa lahan",
        "Sekitar 150 warga Desa Sepaso berunjuk rasa di kantor Camat Bengalon menuntut pengembalian lahan "
        "yang diklaim perusahaan. Massa membawa spanduk dan berorasi selama tiga jam.",
    ),
    (
        "Warga dan satpam perusahaan saling dorong di lokasi sengketa lahan",
        "Terjadi bentrok antara warga Desa Sepaso dan petugas keamanan perusahaan di lokasi lahan sengketa. Dua orang "
        "luka-luka dan satu pos jaga dibakar massa.",
    ),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: run `make test` (it installs Debian's chromium) or apt-get install chromium")
    with running_waspada(tmp_path_factory.mktemp("browser")) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def phone(browser: object) -> object:
    return browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, locale="id-ID"
    )


def log_in(page: object, server: Server, username: str) -> None:
    page.goto(f"{server.url}/masuk/")  # type: ignore[attr-defined]
    page.get_by_label("Nama pengguna").fill(username)  # type: ignore[attr-defined]
    page.get_by_label("Kata sandi").fill(PASSWORD)  # type: ignore[attr-defined]
    page.get_by_role("button", name="Masuk").click()  # type: ignore[attr-defined]


def test_operator_reports_analyst_acknowledges_and_opens_a_case(
    server: Server, browser: object, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    # --- Operator Kutai Timur, on a phone.
    context = phone(browser)
    page = context.new_page()  # type: ignore[attr-defined]
    log_in(page, server, "operator.kutim")
    expect(page.get_by_role("heading", name=re.compile("Situasi"))).to_be_visible()
    for number, (title, facts) in enumerate(REPORTS, start=1):
        page.goto(f"{server.url}/laporan/baru/")
        expect(page.get_by_role("heading", name="Laporan Informasi")).to_be_visible()
        expect(page.locator("#id_kabkota")).to_have_value("64.08")  # their only kab/kota, preselected
        page.select_option("#id_kecamatan", label="Bengalon")
        expect(page.locator("#id_desa option", has_text=re.compile(r"^Sepaso$"))).to_have_count(1)  # loaded by htmx
        page.select_option("#id_desa", label="Sepaso")
        page.get_by_label("Perihal (apa)").fill(title)
        page.get_by_label("Pihak yang terlibat (siapa)").fill("Warga Desa Sepaso dan PT Sawit Makmur")
        page.get_by_label("Fakta: apa yang terjadi dan bagaimana").fill(facts)
        page.get_by_label("Pendapat/penilaian pelapor (dipisahkan dari fakta)").fill("Situasi berpotensi memanas.")
        page.get_by_label("Keandalan sumber").select_option("B")
        page.get_by_label("Kredibilitas informasi").select_option("2")
        page.get_by_role("button", name="Kirim laporan").click()
        expect(page.get_by_text(re.compile(r"Laporan tersimpan \(No\. \d+\)"))).to_be_visible()
        expect(page.get_by_role("heading", name=title)).to_be_visible()
        # The worker analyses it in the background; the page updates itself.
        expect(page.locator('[data-field="engine-version"]')).to_contain_text("versi", timeout=30_000)
        expect(page.locator('[data-field="places"]')).to_contain_text("Sepaso")
        if number == 1:
            expect(page.locator('[data-field="category"]')).to_contain_text("Sengketa lahan")
            expect(page.locator('[data-field="severity"]')).to_contain_text("2")
    context.close()  # type: ignore[attr-defined]

    alerts = json.loads(server.waspada("alerts", "--json").stdout)
    assert [a["region_code"] for a in alerts if a["rule"] == "laporan-keparahan-24j"] == ["64.08"]

    # --- Provincial analyst, at a desk.
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    log_in(page, server, "analis")
    kutim = page.locator('svg.region-map g[data-code="64.08"]')
    expect(kutim).not_to_have_attribute("data-level", "normal")
    expect(page.locator('svg.region-map g[data-code="64.03"]')).to_have_attribute("data-level", "normal")
    queue = page.locator("#alert-queue")
    expect(queue).to_contain_text("Kutai Timur")
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    queue.get_by_role("link", name=re.compile("Kutai Timur: 3 laporan serius")).click()
    expect(page.locator('[data-field="status"]')).to_have_text("Baru")
    expect(page.locator('[data-field="explanation"]')).to_contain_text("Kutai Timur")
    page.get_by_role("button", name="Akui peringatan").click()
    expect(page.get_by_text("Peringatan diakui.")).to_be_visible()
    expect(page.locator('[data-field="status"]')).to_have_text("Diakui")

    page.get_by_label("Tahap").select_option("pencegahan")
    # Only staff who can see this alert are offered: of the operators, the one of Kutai Timur.
    operators = page.locator("#id_assignee option", has_text="Operator kab/kota")
    expect(operators).to_have_count(1)
    page.get_by_label("Penanggung jawab").select_option(operators.get_attribute("value"))
    page.get_by_label("Tindakan pertama").fill("Fasilitasi dialog warga dan perusahaan bersama FKUB dan camat.")
    page.get_by_role("button", name="Buka penanganan").click()
    expect(page.get_by_text("Penanganan dibuka.")).to_be_visible()
    expect(page.locator('[data-field="stage"]')).to_have_text("Pencegahan")
    expect(page.locator('[data-field="status"]')).to_have_text("Dibuka")
    expect(page.locator(".timeline")).to_contain_text("Fasilitasi dialog warga")

    page.goto(f"{server.url}/audit/")
    for action in (
        "report.submit",
        "report.analyse",
        "alert.raise",
        "alert.acknowledge",
        "case.open",
        "case.action",
    ):
        expect(page.locator("table")).to_contain_text(action)

    # English is one click away.
    page.goto(f"{server.url}/")
    page.locator("#lang-select").select_option("en")
    expect(page.get_by_role("link", name="Reports", exact=True)).to_be_visible()
    context.close()


def test_a_report_sent_on_a_flaky_connection_survives_and_is_stored_once(server: Server, browser: object) -> None:
    """The phone loses the answer to its submission: the typed work is still there after a reload, and sending
    it again (same idempotency key, kept with the draft) does not store it twice."""
    from playwright.sync_api import Route, expect

    title = "Spanduk provokatif dipasang di simpang empat Sangatta"
    context = phone(browser)
    page = context.new_page()  # type: ignore[attr-defined]
    log_in(page, server, "operator.kutim")
    before = json.loads(server.waspada("stats", "--json").stdout)["reports"]

    page.goto(f"{server.url}/laporan/baru/")
    page.select_option("#id_kecamatan", label="Bengalon")
    expect(page.locator("#id_desa option", has_text=re.compile(r"^Sepaso$"))).to_have_count(1)
    page.select_option("#id_desa", label="Sepaso")
    page.get_by_label("Perihal (apa)").fill(title)
    page.get_by_label("Fakta: apa yang terjadi dan bagaimana").fill(
        "Pagi ini warga menemukan spanduk bernada menghasut antarkelompok di simpang empat. Spanduk sudah diturunkan."
    )
    page.get_by_label("Pihak yang terlibat (siapa)").fill("Orang tak dikenal")
    page.get_by_label("Pendapat/penilaian pelapor (dipisahkan dari fakta)").fill("Perlu dipantau.")
    page.get_by_label("Keandalan sumber").select_option("B")
    page.get_by_label("Kredibilitas informasi").select_option("2")
    key = page.locator("#id_idempotency_key").input_value()

    def lose_the_answer(route: Route) -> None:
        if route.request.method == "POST":
            route.fetch()  # the server receives and stores it ...
            route.abort("internetdisconnected")  # ... but the answer never reaches the phone
        else:
            route.continue_()

    page.route("**/laporan/baru/", lose_the_answer)
    page.get_by_role("button", name="Kirim laporan").click()
    page.wait_for_timeout(1000)
    page.unroute("**/laporan/baru/")
    assert json.loads(server.waspada("stats", "--json").stdout)["reports"] == before + 1

    page.goto(f"{server.url}/laporan/baru/")  # the operator tries again
    expect(page.locator(".draft-note")).to_be_visible()
    expect(page.get_by_label("Perihal (apa)")).to_have_value(title)
    expect(page.locator("#id_idempotency_key")).to_have_value(key)
    page.select_option("#id_kecamatan", label="Bengalon")
    expect(page.locator("#id_desa option", has_text=re.compile(r"^Sepaso$"))).to_have_count(1)
    page.select_option("#id_desa", label="Sepaso")
    page.get_by_label("Keandalan sumber").select_option("B")
    page.get_by_label("Kredibilitas informasi").select_option("2")
    page.get_by_role("button", name="Kirim laporan").click()
    expect(page.get_by_text("Laporan ini sudah diterima sebelumnya; tidak disimpan dua kali.")).to_be_visible()
    expect(page.get_by_role("heading", name=title)).to_be_visible()
    assert json.loads(server.waspada("stats", "--json").stdout)["reports"] == before + 1

    page.goto(f"{server.url}/laporan/baru/")  # the saved report's draft is gone
    expect(page.get_by_label("Perihal (apa)")).to_have_value("")
    context.close()  # type: ignore[attr-defined]
