"""Near-duplicates: a message forwarded to forty groups is one event; two floods in two desa are two."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from waspada.engine.dedupe import (
    DEDUPE_VERSION,
    Fingerprint,
    NearDuplicateIndex,
    anchor_agreement,
    anchors,
    comparable_text,
    group_near_duplicates,
)

ORIGINAL = (
    "Mohon hati-hati kalau lewat jalan poros Sangatta–Bengalon. Sejak tadi pagi warga memasang portal di km 12 "
    "karena menuntut ganti rugi lahan yang belum dibayar perusahaan. Truk tambang tidak bisa lewat, antrean sudah "
    "panjang."
)
FORWARDED = (
    "*FORWARD*\nInfo dari grup sebelah 👇👇\n"
    "Mohon hati-hati kalau lewat jalan poros Sangatta–Bengalon. Sejak tadi pagi warga memasang portal di km 12 "
    "karena menuntut ganti rugi lahan yang belum dibayar perusahaan. Truk tambang tidak bisa lewat, antrean sudah "
    "panjang.\n\nSebarkan!! Jangan berhenti di kamu 🙏"
)
RETYPED = (
    "mohon hati2 klo lewat jln poros Sangatta–Bengalon, sejak td pagi warga masang portal di km 12 krn menuntut "
    "ganti rugi lahan yg blm dibayar perusahaan. truk tambang gk bisa lewat antrean udah panjaaang"
)
SAME_TOPIC = (
    "Mohon hati-hati kalau lewat jalan poros Sangatta–Bengalon. Di km 30 jalan longsor tadi malam setelah hujan "
    "deras, satu lajur tertutup tanah dan pohon tumbang. Petugas sedang membersihkan, kendaraan lewat bergantian."
)
NEWS = (
    "Banjir merendam 214 rumah di Desa Loa Duri Ilir, Kutai Kartanegara, sejak Selasa malam. Ketinggian air "
    "mencapai 80 sentimeter. BPBD Kutai Kartanegara mendirikan posko dan dapur umum untuk warga terdampak. Hingga "
    "kini belum ada laporan korban jiwa."
)
SYNDICATED = (
    "TENGGARONG, Warta Etam — Banjir merendam 214 rumah di Desa Loa Duri Ilir, Kutai Kartanegara, sejak Selasa "
    "malam. Ketinggian air mencapai 80 sentimeter. BPBD Kutai Kartanegara mendirikan posko dan dapur umum untuk "
    "warga terdampak.\nBaca juga: Harga Karet di Kutai Barat Naik Tipis\nHingga kini belum ada laporan korban "
    "jiwa. Warga berharap air segera surut.\nEditor: Rahmawati"
)
SAME_TEMPLATE = (
    "Banjir merendam 57 rumah di Kelurahan Temindung Permai, Samarinda, sejak Rabu pagi. Ketinggian air mencapai "
    "50 sentimeter. BPBD Samarinda mendirikan posko dan dapur umum untuk warga terdampak. Hingga kini belum ada "
    "laporan korban jiwa."
)


@pytest.fixture
def index() -> NearDuplicateIndex:
    return NearDuplicateIndex()


def test_forwarding_markers_and_calls_to_spread_are_not_part_of_the_message() -> None:
    assert comparable_text(FORWARDED) == comparable_text(ORIGINAL)


def test_a_dateline_and_editor_lines_are_not_part_of_the_news() -> None:
    text = comparable_text(SYNDICATED)
    assert not text.startswith("tenggarong") and "editor" not in text and "baca juga" not in text


@pytest.mark.parametrize("copy", [FORWARDED, RETYPED], ids=["forwarded chain", "retyped with slang"])
def test_a_forwarded_or_retyped_message_repeats_the_original(index: NearDuplicateIndex, copy: str) -> None:
    index.add("first", ORIGINAL)
    ((doc_id, similarity),) = index.query(copy)
    assert doc_id == "first" and similarity >= index.threshold


def test_a_syndicated_article_with_small_edits_repeats_the_original(index: NearDuplicateIndex) -> None:
    index.add("news", NEWS)
    assert [doc for doc, _ in index.query(SYNDICATED)] == ["news"]


def test_the_same_topic_on_the_same_road_is_a_different_event(index: NearDuplicateIndex) -> None:
    index.add("portal", ORIGINAL)
    assert index.query(SAME_TOPIC) == []


def test_a_template_reused_for_another_place_and_numbers_is_a_different_event(index: NearDuplicateIndex) -> None:
    index.add("kukar", NEWS)
    assert index.query(SAME_TEMPLATE) == []
    # the words alone would call them the same: the names and numbers tell them apart
    assert (
        NearDuplicateIndex(use_anchors=False).similarity(NEWS, SAME_TEMPLATE)
        > 0.5
        > index.similarity(NEWS, SAME_TEMPLATE)
    )


def test_anchors_are_numbers_and_names_inside_sentences() -> None:
    found = anchors("Banjir merendam 214 rumah di Desa Loa Duri, Kutai Kartanegara. Warga mengungsi.")
    assert {"214", "desa", "loa", "duri", "kutai", "kartanegara"} <= found
    assert "banjir" not in found and "warga" not in found  # they start sentences


def test_anchor_agreement_forgives_additions_and_typos_but_not_conflicts() -> None:
    base = frozenset({"sangatta", "12"})
    assert anchor_agreement(base, base | {"yusuf"}) == 1.0
    assert anchor_agreement(base, frozenset({"sangata", "12"})) == 1.0
    assert anchor_agreement(base, frozenset({"bontang", "12"})) == pytest.approx(1 / 3)


def test_events_group_every_copy_under_the_first_report(index: NearDuplicateIndex) -> None:
    assert index.add("a", ORIGINAL) == []
    assert [doc for doc, _ in index.add("b", FORWARDED)] == ["a"]
    index.add("c", SAME_TOPIC)
    index.add("d", RETYPED)
    index.add("e", NEWS)
    index.add("f", SYNDICATED)
    assert index.events() == [["a", "b", "d"], ["c"], ["e", "f"]]
    assert index.event_of("d") == "a" and index.event_of("c") == "c"
    assert len(index) == 6 and "d" in index and list(index) == ["a", "b", "c", "d", "e", "f"]


def test_a_message_with_no_words_left_repeats_nothing(index: NearDuplicateIndex) -> None:
    assert index.add("x", "Diteruskan 🙏🙏") == []
    assert index.add("y", "*FORWARD* sebarkan!!") == []
    assert index.query("🙏") == []
    assert index.events() == [["x"], ["y"]]


def test_a_report_id_is_added_once(index: NearDuplicateIndex) -> None:
    index.add("a", ORIGINAL)
    with pytest.raises(ValueError, match="already"):
        index.add("a", NEWS)


def test_group_near_duplicates_in_one_call() -> None:
    items = [("1", NEWS), ("2", SAME_TEMPLATE), ("3", SYNDICATED)]
    assert group_near_duplicates(items) == [["1", "3"], ["2"]]


def test_the_index_survives_a_round_trip_through_a_file(index: NearDuplicateIndex, tmp_path: Path) -> None:
    for doc_id, text in [("a", ORIGINAL), ("b", FORWARDED), ("c", NEWS)]:
        index.add(doc_id, text)
    path = tmp_path / "sub" / "dedupe.npz"
    index.to_path(path)
    loaded = NearDuplicateIndex.from_path(path)
    assert loaded.events() == index.events() and loaded.threshold == index.threshold
    assert loaded.query(RETYPED) == index.query(RETYPED)
    assert [doc for doc, _ in loaded.add("d", SYNDICATED)] == ["c"]
    with np.load(path, allow_pickle=False) as data:  # plain arrays and JSON, nothing pickled
        assert data["signatures"].dtype == np.uint32
        assert json.loads(str(data["meta"]))["version"] == DEDUPE_VERSION


def test_a_file_of_another_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.npz"
    np.savez(path, signatures=np.zeros((0, 128), dtype=np.uint32), meta=np.array(json.dumps({"format": "x"})))
    with pytest.raises(ValueError, match="not a near-duplicate index"):
        NearDuplicateIndex.from_path(path)


def test_the_labelled_pairs_are_judged_right_on_a_sample() -> None:
    path = Path(__file__).resolve().parents[3] / "bench" / "data" / "dedupe_pairs.jsonl"
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()][:80]
    index = NearDuplicateIndex()
    wrong = [p["id"] for p in pairs if (index.similarity(p["a"], p["b"]) >= index.threshold) != p["duplicate"]]
    assert wrong == []


def test_stored_fingerprints_find_the_same_repeats_as_the_index(index: NearDuplicateIndex) -> None:
    stored = [(name, index.fingerprint(text)) for name, text in [("portal", ORIGINAL), ("banjir", NEWS)]]
    kept = [(name, Fingerprint.from_bytes(fp.to_bytes(), sorted(fp.anchors))) for name, fp in stored]
    for name, fingerprint in kept:
        assert np.array_equal(fingerprint.signature, dict(stored)[name].signature)
    assert [doc for doc, _ in index.repeats_among(index.fingerprint(FORWARDED), kept)] == ["portal"]
    assert [doc for doc, _ in index.repeats_among(index.fingerprint(SYNDICATED), kept)] == ["banjir"]
    assert index.repeats_among(index.fingerprint(SAME_TEMPLATE), kept) == []
    assert index.repeats_among(index.fingerprint(SAME_TOPIC), kept) == []
    assert index.repeats_among(index.fingerprint("👍"), kept) == []
    assert index.repeats_among(index.fingerprint(ORIGINAL), []) == []
