"""Incremental clustering: a follow-up finds its matter, a different matter starts its own, analysts prevail."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from waspada.engine.cluster import (
    CLUSTER_VERSION,
    Cluster,
    ClusterItem,
    ClusterProfile,
    IncrementalClusterer,
    most_specific,
    profile_add,
    text_entities,
    text_terms,
)

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
KUTIM = "64.08"
BENGALON = "64.08.09"
SEPASO_BARAT = "64.08.09.2011"
KERAITAN = "64.08.09.2003"
SANGATTA_SELATAN_DESA = "64.08.05.2002"

FIRST_COMPLAINT = (
    "Warga Desa Sepaso Barat, Kecamatan Bengalon, memprotes patok batas HGU PT Sawit Etam Lestari yang dipasang "
    "masuk ke kebun karet dan sawit warga. Warga menuntut kebun plasma 20 persen yang dijanjikan perusahaan."
)
SECOND_COMPLAINT = (
    "Puluhan pemilik kebun di Sepaso Barat kembali mendatangi kantor desa menolak patok HGU PT Sawit Etam "
    "Lestari dan meminta kepastian plasma sawit."
)
# The same dispute a few days later, told with other words, from a neighbouring desa of the same kecamatan.
FOLLOW_UP = (
    "Mediasi antara kelompok tani Keraitan dan manajemen PT Sawit Etam Lestari di kantor Camat Bengalon "
    "berakhir buntu. Lembaga adat mengancam menduduki blok kebun yang disengketakan bila tuntutan tidak dipenuhi."
)
# Another land dispute in another kecamatan of the same kab/kota: other parties, other place.
OTHER_DISPUTE = (
    "Ahli waris keluarga Daeng Rahman di Sangatta Selatan menggugat klaim lahan kavling perumahan yang "
    "diterbitkan sertifikatnya oleh pengembang CV Bumi Permai. Kedua pihak saling memasang papan larangan."
)


def item(
    id: str,
    text: str,
    *,
    days: float = 0.0,
    kabkota: str = KUTIM,
    places: tuple[str, ...] = (SEPASO_BARAT,),
    category: str = "sengketa_lahan",
    domain: str = "ekonomi",
    cannot_link: frozenset[str] = frozenset(),
    must_link: str | None = None,
) -> ClusterItem:
    return ClusterItem.from_text(
        id=id,
        time=T0 + timedelta(days=days),
        kabkota=kabkota,
        text=text,
        places=places,
        category=category,
        domain=domain,
        cannot_link=cannot_link,
        must_link=must_link,
    )


def cluster(id: str, *members: ClusterItem, kabkota: str = KUTIM, **decisions: object) -> Cluster:
    return Cluster(
        id=id,
        kabkota=kabkota,
        profile=IncrementalClusterer().profile_of(members),
        **decisions,  # type: ignore[arg-type]
    )


@pytest.fixture
def sepaso() -> Cluster:
    return cluster("sepaso", item("r1", FIRST_COMPLAINT), item("r2", SECOND_COMPLAINT, days=1))


def test_a_follow_up_about_the_same_dispute_in_the_same_kecamatan_joins_it_despite_other_words(
    sepaso: Cluster,
) -> None:
    follow_up = item("r3", FOLLOW_UP, days=4, places=(KERAITAN,))
    match = IncrementalClusterer().assign(follow_up, [sepaso])
    assert match is not None and match.cluster_id == "sepaso"
    assert match.parts["tempat"] == pytest.approx(0.6)
    assert "kecamatan yang sama" in match.explanation
    assert "sawit" in match.explanation and "lestari" in match.explanation


def test_a_different_dispute_in_another_kecamatan_of_the_same_kab_kota_starts_its_own_isu(sepaso: Cluster) -> None:
    other = item("r4", OTHER_DISPUTE, days=2, places=(SANGATTA_SELATAN_DESA,))
    clusterer = IncrementalClusterer()
    assert clusterer.assign(other, [sepaso]) is None
    (match,) = clusterer.rank(other, [sepaso])
    assert match.parts["tempat"] == 0.0
    assert match.score < clusterer.threshold


def test_a_report_never_joins_a_cluster_of_another_kab_kota_even_with_the_same_words(sepaso: Cluster) -> None:
    in_berau = item("r5", FIRST_COMPLAINT, days=1, kabkota="64.03", places=("64.03.01.2001",))
    clusterer = IncrementalClusterer()
    assert clusterer.assign(in_berau, [sepaso]) is None
    assert clusterer.rank(in_berau, [sepaso]) == []
    assert clusterer.assign(item("r6", FIRST_COMPLAINT, kabkota=""), [sepaso]) is None


def test_a_report_an_analyst_split_out_never_goes_back_and_the_next_best_cluster_takes_it(sepaso: Cluster) -> None:
    split_out = cluster("pecahan", item("r7", FIRST_COMPLAINT, days=1.5))
    repeat = item("r2", SECOND_COMPLAINT, days=1)
    clusterer = IncrementalClusterer()
    assert clusterer.assign(repeat, [sepaso, split_out]).cluster_id == "sepaso"  # type: ignore[union-attr]
    separated = Cluster(id="sepaso", kabkota=KUTIM, profile=sepaso.profile, cannot_link=frozenset({"r2"}))
    assert clusterer.assign(repeat, [separated, split_out]).cluster_id == "pecahan"  # type: ignore[union-attr]
    assert clusterer.assign(repeat, [separated]) is None
    # and from the item's side: it names the clusters it was separated from
    barred = item("r8", SECOND_COMPLAINT, days=1, cannot_link=frozenset({"sepaso"}))
    assert clusterer.assign(barred, [sepaso]) is None


def test_the_time_window_counts_from_the_clusters_last_report(sepaso: Cluster) -> None:
    clusterer = IncrementalClusterer()
    assert clusterer.assign(item("r9", SECOND_COMPLAINT, days=1 + 6.9), [sepaso]) is not None
    assert clusterer.assign(item("r9", SECOND_COMPLAINT, days=1 + 7.1), [sepaso]) is None
    assert clusterer.assign(item("r9", SECOND_COMPLAINT, days=-6.9), [sepaso]) is not None
    assert clusterer.assign(item("r9", SECOND_COMPLAINT, days=-7.1), [sepaso]) is None
    narrow = IncrementalClusterer(window=timedelta(days=2))
    assert narrow.assign(item("r9", SECOND_COMPLAINT, days=3.5), [sepaso]) is None


def test_merged_clusters_stay_merged_a_report_for_the_merged_one_goes_to_the_survivor(sepaso: Cluster) -> None:
    merged_away = cluster("lama", item("r10", FIRST_COMPLAINT, days=1), merged_into="sepaso")
    clusterer = IncrementalClusterer()
    newcomer = item("r11", FIRST_COMPLAINT, days=2)
    assert all(m.cluster_id != "lama" for m in clusterer.rank(newcomer, [merged_away, sepaso]))
    copy = item("r12", "Pesan berantai tanpa kata yang sama", days=2, places=(), must_link="lama")
    match = clusterer.assign(copy, [merged_away, sepaso])
    assert match is not None and match.cluster_id == "sepaso" and match.forced
    assert match.explanation.startswith("Mengikuti laporan asalnya")


def test_must_link_never_overrides_cannot_link_nor_the_kab_kota(sepaso: Cluster) -> None:
    clusterer = IncrementalClusterer()
    barred = Cluster(id="sepaso", kabkota=KUTIM, profile=sepaso.profile, cannot_link=frozenset({"r13"}))
    assert clusterer.assign(item("r13", OTHER_DISPUTE, must_link="sepaso"), [barred]) is None
    elsewhere = item("r14", OTHER_DISPUTE, kabkota="64.03", must_link="sepaso")
    assert clusterer.assign(elsewhere, [sepaso]) is None


def test_the_choice_does_not_depend_on_the_order_of_the_candidates() -> None:
    a = cluster("a", item("r1", FIRST_COMPLAINT))
    b = cluster("b", item("r2", FIRST_COMPLAINT))  # an identical twin: the tie goes to the smaller id
    c = cluster("c", item("r3", OTHER_DISPUTE, places=(SANGATTA_SELATAN_DESA,)))
    newcomer = item("r4", SECOND_COMPLAINT, days=1)
    clusterer = IncrementalClusterer()
    chosen = {clusterer.assign(newcomer, order).cluster_id for order in ([a, b, c], [c, b, a], [b, c, a])}  # type: ignore[union-attr]
    assert chosen == {"a"}


def test_a_profile_is_bounded_and_survives_a_json_round_trip(sepaso: Cluster) -> None:
    clusterer = IncrementalClusterer(max_terms=10)
    profile = clusterer.update(sepaso.profile, item("r3", FOLLOW_UP, days=4, places=(KERAITAN,)))
    assert len(profile.terms) == 10
    assert profile.size == 3 and profile.places == {KERAITAN: 1, SEPASO_BARAT: 2}
    assert profile.first_seen == T0 and profile.last_seen == T0 + timedelta(days=4)
    stored = json.loads(json.dumps(profile.to_dict()))
    assert ClusterProfile.from_dict(stored) == ClusterProfile.from_dict(profile.to_dict())
    assert stored["version"] == CLUSTER_VERSION
    with pytest.raises(ValueError):
        ClusterProfile.from_dict({**stored, "version": "0"})
    with pytest.raises(ValueError):
        ClusterProfile.from_dict({"version": CLUSTER_VERSION, "size": "x"})


def test_an_empty_profile_takes_nothing() -> None:
    empty = Cluster(id="kosong", kabkota=KUTIM, profile=ClusterProfile())
    assert IncrementalClusterer().assign(item("r1", FIRST_COMPLAINT), [empty]) is None
    assert profile_add(ClusterProfile(), item("r1", FIRST_COMPLAINT)).size == 1


def test_features_drop_boilerplate_and_keep_names() -> None:
    terms = text_terms("Pada hari Senin pukul 10.00 WITA warga menolak patok HGU menolak patok")
    assert "pukul" not in terms and "senin" not in terms and "wita" not in terms
    assert terms["patok"] > terms["warga"] and "menolak patok" in terms
    assert sum(w * w for w in terms.values()) == pytest.approx(1.0)
    entities = text_entities(
        "Pada tahun 2026 warga Desa Sepaso Barat menolak HGU PT Sawit Etam Lestari seluas 1.250 ha"
    )
    assert {"sepaso", "sawit", "lestari", "hgu", "1.250"} <= entities
    assert not {"desa", "barat", "2026", "pt"} & entities


def test_only_the_most_specific_places_count() -> None:
    assert most_specific([KUTIM, BENGALON, SEPASO_BARAT, "64.08.04", ""]) == ("64.08.04", SEPASO_BARAT)


def test_parameters_are_checked() -> None:
    with pytest.raises(ValueError):
        IncrementalClusterer(threshold=0)
    with pytest.raises(ValueError):
        IncrementalClusterer(window=timedelta(0))
