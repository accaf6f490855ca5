"""A report goes in, an explained Analysis comes out."""

from __future__ import annotations

import json
import pickle
from dataclasses import asdict

from waspada.engine import ENGINE_VERSION, Document, Pipeline

KUTIM_LAND_DISPUTE = Document(
    id="lap-1",
    title="Warga blokade jalan hauling di Bengalon",
    text=(
        "Ratusan warga Desa Sepaso Timur, Kecamatan Bengalon, Kutai Timur, memblokade jalan hauling milik "
        "perusahaan tambang batu bara sejak pagi. Mereka menuntut penyelesaian sengketa lahan seluas 200 "
        "hektare yang diklaim masuk konsesi perusahaan. Aparat Polres Kutim berjaga, situasi terkendali."
    ),
    region_hint="64.08",
)


def test_a_land_dispute_in_kutai_timur(pipeline: Pipeline) -> None:
    analysis = pipeline.analyze(KUTIM_LAND_DISPUTE)
    assert analysis.language == "id"
    assert analysis.conflict_relevant
    assert analysis.category == "sengketa_lahan"
    assert analysis.severity == 2
    primary = analysis.primary_location
    assert primary is not None and primary.code.startswith("64.08.")
    assert primary.code == "64.08.09.2006" and primary.level == 4


def test_place_spans_index_title_newline_text(pipeline: Pipeline) -> None:
    analysis = pipeline.analyze(KUTIM_LAND_DISPUTE)
    text = KUTIM_LAND_DISPUTE.analysed_text
    assert text.startswith(KUTIM_LAND_DISPUTE.title + "\n")
    assert [p.matched for p in analysis.locations][:2] == ["Bengalon", "Desa Sepaso Timur"]
    for place in analysis.locations:
        assert text[place.start : place.end] == place.matched


def test_every_component_version_is_recorded(pipeline: Pipeline) -> None:
    analysis = pipeline.analyze(KUTIM_LAND_DISPUTE)
    assert analysis.versions == pipeline.versions
    assert analysis.versions["engine"] == ENGINE_VERSION
    assert {"normalizer", "langid", "gazetteer", "gazetteer_data", "lexicon"} <= set(analysis.versions)


def test_the_analysis_serialises_to_json_and_explains_itself(pipeline: Pipeline) -> None:
    analysis = pipeline.analyze(KUTIM_LAND_DISPUTE)
    data = json.loads(json.dumps(analysis.to_dict()))
    assert data["category"] == "sengketa_lahan"
    assert data["primary_location"]["code"] == "64.08.09.2006"
    components = {e["component"] for e in data["evidence"]}
    assert {"language", "place", "category", "severity", "conflict"} <= components
    # every field of every place and line of evidence, as dataclasses.asdict would give them
    assert data["locations"] == [asdict(p) for p in analysis.locations]
    assert data["evidence"] == [asdict(e) for e in analysis.evidence]


def test_an_analysis_survives_pickling_whole(pipeline: Pipeline) -> None:
    # how results come back from the worker processes of analyze_parallel
    analysis = pipeline.analyze(KUTIM_LAND_DISPUTE)
    again = pickle.loads(pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL))  # noqa: S301 — our own bytes
    assert again == analysis
    assert again.evidence and all(type(e) is type(analysis.evidence[0]) for e in again.evidence)


def test_a_hard_negative_through_the_whole_pipeline(pipeline: Pipeline) -> None:
    doc = Document(
        id="berita-1",
        title="Festival Erau 2025 resmi dibuka",
        text="Tari perang Dayak memukau ribuan wisatawan di Tenggarong, Kutai Kartanegara.",
    )
    analysis = pipeline.analyze(doc)
    assert not analysis.conflict_relevant
    assert analysis.severity == 0 and analysis.category is None
    assert analysis.primary_location is not None and analysis.primary_location.code == "64.02.06"


def test_the_reporters_region_steers_same_name_places(pipeline: Pipeline) -> None:
    doc = Document(id="2", title="", text="Warga Kecamatan Batu Ampar memblokade jalan", region_hint="63.01")
    primary = pipeline.analyze(doc).primary_location
    assert primary is not None and primary.code == "63.01.09"


def test_a_batch_gives_the_same_analyses_as_one_by_one(pipeline: Pipeline) -> None:
    docs = [
        KUTIM_LAND_DISPUTE,
        Document(id="3", title="Info", text="gk ada bentrok di Samarinda, aman"),
        Document(id="4", title="", text=""),
    ]
    assert pipeline.analyze_batch(docs) == [pipeline.analyze(d) for d in docs]
    assert pipeline.analyze_batch(iter(docs)) == pipeline.analyze_batch(docs)
