"""What a report is about, how serious it is, and whether it matters for early warning at all."""

from __future__ import annotations

import pytest

from waspada.engine import DOMAINS, TAXONOMY, Classification, LexiconClassifier, Normalizer
from waspada.engine.classify import lexicon

classifier = LexiconClassifier()


def classify(text: str) -> Classification:
    return classifier.classify_text(text)


def features(result: Classification, component: str) -> set[str]:
    return {e.feature for e in result.evidence if e.component == component}


LAND_DISPUTE = (
    "Warga Desa Sepaso Timur, Kecamatan Bengalon, memblokade jalan hauling perusahaan tambang batu bara. "
    "Mereka menuntut penyelesaian sengketa lahan seluas 200 hektare yang diklaim masuk konsesi perusahaan."
)


def test_a_land_dispute_with_a_mining_company_stays_a_land_dispute() -> None:
    result = classify(LAND_DISPUTE)
    assert result.conflict_relevant
    assert result.category == "sengketa_lahan"
    assert result.domain == "ekonomi"
    assert result.severity == 2
    assert result.category_scores["sengketa_lahan"] == max(result.category_scores.values())
    assert {"sengketa lahan", "jalan hauling"} <= features(result, "category")
    assert "memblokade" in features(result, "severity")


def test_a_clash_with_casualties_is_violence() -> None:
    result = classify("Bentrok antarwarga pecah; dua orang luka-luka dan satu tewas terkena senjata tajam.")
    assert result.category == "bentrok_antarkelompok"
    assert result.domain == "hankam"
    assert result.severity == 3
    assert {"bentrok", "luka luka", "tewas", "senjata tajam"} <= features(result, "severity")


@pytest.mark.parametrize(
    "text",
    [
        "Aksi unjuk rasa warga di depan kantor bupati berjalan damai, tidak ada bentrok.",
        "Unjuk rasa warga berlangsung tertib, gk ada bentrok sama sekali.",
        "Demo berlangsung aman tanpa bentrok maupun korban luka.",
        "Demo sempat memanas namun bentrok berhasil dicegah aparat.",
    ],
)
def test_a_denied_clash_is_not_violence(text: str) -> None:
    result = classify(text)
    assert result.conflict_relevant
    assert result.severity == 2
    assert "bentrok" in features(result, "negation")


def test_a_negation_covers_a_whole_list() -> None:
    result = classify(
        "Situasi kondusif. Tidak ditemukan pengerahan massa, unjuk rasa maupun bentrok di wilayah Loa Kulu."
    )
    assert not result.conflict_relevant and result.severity == 0
    assert {"pengerahan massa", "unjuk rasa", "bentrok"} <= features(result, "negation")


def test_casualties_reported_as_nil_are_not_violence() -> None:
    result = classify("Banjir merendam 98 rumah warga; korban jiwa nihil, warga mengeluhkan bantuan belum datang.")
    assert "korban jiwa" in features(result, "negation")
    assert result.severity <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Warga berencana demo besok di kantor bupati, mereka menuntut ganti rugi lahan.",
        "Kami khawatir akan terjadi bentrok antarwarga jika sengketa lahan ini dibiarkan.",
        "Seorang terduga pencuri hampir dihakimi massa, untung aparat cepat datang.",
        "Pesan berantai: katanya ada penculikan anak di pasar, sebarkan ke grup keluarga!",
    ],
)
def test_a_planned_feared_or_rumoured_act_is_tension(text: str) -> None:
    result = classify(text)
    assert result.conflict_relevant
    assert result.severity == 1


def test_a_negation_does_not_reach_across_a_full_stop_or_into_not_only() -> None:
    assert classify("Tidak ada yang menduga. Bentrok pecah di pasar.").severity == 3
    assert classify("Warga tidak hanya berdemo tetapi juga bentrok dengan aparat.").severity == 3


def test_a_grievance_that_starts_with_tidak_is_not_a_negation() -> None:
    result = classify("Warga tidak terima lahan digusur perusahaan")
    assert result.conflict_relevant and result.severity == 2
    assert {"tidak terima", "digusur"} <= features(result, "severity")


HARD_NEGATIVES = {
    "tari perang di Festival Erau": (
        "Tari perang Dayak memukau pengunjung Festival Erau di Tenggarong. Para penari membawa mandau dan "
        "perisai, diiringi tabuhan gendang."
    ),
    "pertandingan sepak bola": (
        "Pertandingan sepak bola antara Borneo FC dan Persija di Stadion Segiri Samarinda berakhir 2-1. "
        "Tuan rumah menang setelah serangan balik di menit akhir."
    ),
    "rapat pencegahan Kesbangpol": (
        "Badan Kesbangpol Kaltim menggelar rapat koordinasi pencegahan konflik sosial bersama FKDM, "
        "dilanjutkan sosialisasi wawasan kebangsaan bagi tokoh masyarakat."
    ),
    "berita investasi": (
        "Investasi senilai Rp 5 triliun masuk ke IKN. Groundbreaking kawasan industri di Kutai Timur "
        "diperkirakan menyerap ribuan tenaga kerja lokal."
    ),
    "upacara HUT": "Upacara peringatan HUT RI di Sangatta berlangsung khidmat, lalu lomba panjat pinang.",
    "kecelakaan": "Kecelakaan lalu lintas di jalan poros Samarinda–Bontang, satu pengendara tewas.",
}


@pytest.mark.parametrize("text", HARD_NEGATIVES.values(), ids=HARD_NEGATIVES.keys())
def test_ceremonies_sports_meetings_and_investment_news_are_not_conflict(text: str) -> None:
    result = classify(text)
    assert not result.conflict_relevant
    assert result.severity == 0
    assert result.category is None and result.domain is None
    assert any(e.component == "context" and e.weight < 0 for e in result.evidence)


def test_a_war_dance_silences_the_word_war() -> None:
    result = classify(HARD_NEGATIVES["tari perang di Festival Erau"])
    assert "perang" not in features(result, "severity")
    assert any(e.detail == "'perang' diabaikan karena bagian dari 'tari perang'" for e in result.evidence)


def test_a_brawl_at_a_football_match_is_still_a_conflict() -> None:
    result = classify("Usai pertandingan sepak bola, tawuran antarsuporter pecah; tiga orang luka-luka.")
    assert result.conflict_relevant
    assert result.category == "bentrok_antarkelompok"
    assert result.severity == 3


# The words of conflict used for a show, a game, prevention work, the market or bad luck on the road.
BORROWED_WORDS = {
    "tari perang di festival": (
        "Tari perang Dayak memeriahkan festival budaya di Long Bagun. Penari menyerang dan bertahan dengan mandau kayu."
    ),
    "perang ketupat": "Tradisi perang ketupat di Desa Sungai Payang berlangsung meriah, warga tertawa bersama.",
    "kedua tim saling serang": "Kedua tim saling serang sejak menit awal, laga berakhir 2-2, suporter pulang tertib.",
    "catur": "Final turnamen catur rakyat: pecatur muda dari Bontang saling serang dengan lawannya hingga skakmat.",
    "e-sport": "Turnamen e-sport Mobile Legends pelajar Samarinda: tim kami menyerang markas lawan dan menang.",
    "lomba menembak": "Lomba menembak antar-instansi digelar di Balikpapan dalam rangka HUT Bhayangkara.",
    "sosialisasi pencegahan radikalisme": (
        "Kesbangpol menggelar sosialisasi pencegahan radikalisme dan intoleransi di SMA Negeri 1 Tenggarong."
    ),
    "pelatihan resolusi konflik": (
        "Pemkab Kutai Barat menggelar pelatihan resolusi konflik sosial bagi kepala desa, dengan simulasi "
        "sengketa batas desa."
    ),
    "bentrok jadwal": "Rapat paripurna DPRD Berau digeser karena bentrok jadwal dengan kunjungan kerja gubernur.",
    "bakar harga": "Promo bakar harga! semua menu ayam geprek 10 ribu, serbu sebelum kehabisan",
    "truk mogok": "hati2 ada truk mogok di tanjakan jalan poros Sangatta, macet parah",
}


@pytest.mark.parametrize("text", BORROWED_WORDS.values(), ids=BORROWED_WORDS.keys())
def test_conflict_words_in_a_show_a_game_prevention_work_or_the_market_are_not_conflict(text: str) -> None:
    result = classify(text)
    assert not result.conflict_relevant
    assert result.severity == 0
    assert any(e.component == "context" for e in result.evidence)


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Dua kelompok warga perang batu di Loa Janan, tiga rumah rusak dan dua orang terluka.", 3),
        ("Sekelompok pemuda menyerbu pasar dan merusak lapak pedagang, tiga orang terluka.", 3),
        ("Bentrok antarwarga pecah usai rapat koordinasi di balai desa, dua orang luka-luka.", 3),
        ("Puluhan sopir truk pengangkut batu bara mogok kerja menuntut kenaikan upah.", 2),
    ],
)
def test_the_same_words_in_a_real_conflict_stay_relevant(text: str, severity: int) -> None:
    result = classify(text)
    assert result.conflict_relevant
    assert result.severity == severity


def test_chat_slang_is_understood() -> None:
    result = classify("warga gk trima lahannya d gusur, udh demo kmrn tp blm ada tanggapan")
    assert result.conflict_relevant
    assert result.category == "sengketa_lahan"
    assert result.severity == 2


def test_a_chain_message_has_a_high_hoax_score() -> None:
    result = classify("SEBARKAN!! katanya ada bentrok di pasar, belum tentu benar, copas dari grup sebelah")
    assert result.hoax_score > 0.6
    assert result.category == "hoaks_provokasi"
    assert result.provocation_score == 0.0
    assert result.severity == 1  # a rumour of a clash is tension, not violence


def test_incitement_has_a_high_provocation_score_and_is_tension() -> None:
    result = classify("Usir pendatang! Serbu kampung mereka, habisi semua.")
    assert result.provocation_score > 0.6
    assert result.conflict_relevant
    assert result.severity >= 1
    assert result.category == "hoaks_provokasi"


def test_a_drug_bust_is_relevant_and_at_least_tension() -> None:
    result = classify("Polres Kutim menangkap kurir sabu dengan barang bukti 20 gram")
    assert result.conflict_relevant
    assert result.category == "narkoba"
    assert result.severity == 1


def test_a_relevant_report_without_topic_words_is_lainnya() -> None:
    result = classify("Situasi memanas, warga mengancam akan berkumpul lagi")
    assert result.conflict_relevant
    assert result.category == "lainnya"
    assert result.category_scores["lainnya"] == 1.0


def test_repeating_a_phrase_does_not_inflate_the_score() -> None:
    once = classify("demo tolak tambang")
    many = classify("demo tolak tambang demo tolak tambang demo tolak tambang")
    assert once.conflict_score == many.conflict_score
    assert once.category_scores == many.category_scores


def test_every_point_has_an_evidence_line_in_indonesian() -> None:
    result = classify(LAND_DISPUTE)
    conflict = [e for e in result.evidence if e.component == "conflict"]
    assert len(conflict) == 1 and "relevan" in conflict[0].detail
    points = sum(e.weight for e in result.evidence if e.component in {"severity", "relevance"})
    assert f"bukti konflik {points:.1f}" in conflict[0].detail
    assert all(e.detail for e in result.evidence)


def test_scores_are_shares_between_zero_and_one() -> None:
    for text in [LAND_DISPUTE, *HARD_NEGATIVES.values(), ""]:
        result = classify(text)
        assert set(result.category_scores) == set(TAXONOMY)
        assert set(result.domain_scores) == set(DOMAINS)
        for score in [
            result.conflict_score,
            result.provocation_score,
            result.hoax_score,
            *result.category_scores.values(),
            *result.domain_scores.values(),
        ]:
            assert 0.0 <= score <= 1.0


def test_the_taxonomy_has_the_agreed_codes_and_bidang() -> None:
    assert list(TAXONOMY) == [
        "sengketa_lahan",
        "tambang_sawit",
        "ikn",
        "buruh",
        "unjuk_rasa",
        "sara_intoleransi",
        "radikalisme",
        "hoaks_provokasi",
        "bentrok_antarkelompok",
        "narkoba",
        "kriminalitas",
        "pemilu_jabatan",
        "tata_kelola",
        "separatisme",
        "main_hakim_sendiri",
        "sumber_daya",
        "lainnya",
    ]
    assert all(c.domain in DOMAINS for c in TAXONOMY.values() if c.code != "lainnya")
    assert all(c.label for c in TAXONOMY.values())
    assert set(lexicon.CATEGORY_TERMS) == set(TAXONOMY) - {"lainnya"}
    assert set(lexicon.DOMAIN_TERMS) == set(DOMAINS)


def _all_phrases() -> list[str]:
    phrases = [p for terms in lexicon.CATEGORY_TERMS.values() for p in terms]
    phrases += [p for terms in lexicon.DOMAIN_TERMS.values() for p in terms]
    for table in (
        lexicon.SEVERITY_TERMS,
        lexicon.RELEVANCE_TERMS,
        lexicon.NON_CONFLICT_CONTEXT,
        lexicon.PROVOCATION_TERMS,
        lexicon.HOAX_TERMS,
    ):
        phrases += list(table)
    return phrases


def test_every_lexicon_phrase_is_written_the_way_the_normaliser_reads() -> None:
    normalizer = Normalizer()
    wrong = [p for p in _all_phrases() if normalizer.normalize(p) != p]
    assert wrong == []


def test_severity_levels_and_weights_are_sane() -> None:
    assert all(level in (1, 2, 3) and points > 0 for level, points in lexicon.SEVERITY_TERMS.values())
    assert all(points >= 0 for points in lexicon.NON_CONFLICT_CONTEXT.values())


# Talk of an act is not the act. Every sentence below is the kind of report a Kesbangpol operator reads;
# the violent word in it must not make a prevention, a post, an appeal or an old grievance "kekerasan".


def reasons(result: Classification) -> list[str]:
    return [e.detail for e in result.evidence if e.component == "severity" and e.weight == 0.0]


@pytest.mark.parametrize(
    "text",
    [
        "Dalam razia gabungan di kafe malam, petugas menyita lima bilah sajam dan dua pisau dari pengunjung.",
        "Polsek mengamankan dua pemuda yang membawa celurit saat patroli malam di Sangatta Utara.",
        "Tiga bilah senjata tajam yang disita dari penumpang kapal kini menjadi barang bukti.",
        "Razia tim gabungan temukan senjata api rakitan di sebuah rumah kosong.",
    ],
)
def test_weapons_found_or_seized_by_a_security_operation_are_prevention_not_violence(text: str) -> None:
    result = classify(text)
    assert result.conflict_relevant
    assert result.severity == 1
    assert any("ditemukan atau disita aparat" in line for line in reasons(result))


def test_a_clash_with_sharp_weapons_and_injuries_stays_violence_even_when_weapons_are_seized() -> None:
    result = classify(
        "Bentrok antarpemuda pecah di dekat pasar; tiga orang luka bacok dan polisi menyita dua bilah parang."
    )
    assert result.severity == 3
    assert {"bentrok", "luka bacok"} <= features(result, "severity")


def test_sharp_weapons_used_in_a_fight_are_violence() -> None:
    result = classify("Dua kelompok pemuda saling serang dengan senjata tajam di jembatan, seorang terluka.")
    assert result.severity == 3


@pytest.mark.parametrize(
    "text",
    [
        "Gudang milik koperasi dibakar massa tadi malam, api melalap seluruh bangunan.",
        "Massa membakar rumah seorang warga yang dituduh mencuri ternak.",
    ],
)
def test_a_real_arson_stays_violence(text: str) -> None:
    assert classify(text).severity == 3


def test_a_post_calling_for_revenge_is_provocation_not_violence() -> None:
    result = classify(
        "Akun anonim mengunggah video pengeroyokan di terminal dengan tulisan 'ayo balas, jangan diam'. "
        "Kolom komentarnya penuh saling ancam antarkelompok pemuda."
    )
    assert result.conflict_relevant
    assert result.severity == 1
    assert result.provocation_score >= 0.5
    assert any("isi unggahan, video atau berita" in line for line in reasons(result))


def test_a_call_to_attack_is_tension_with_a_high_provocation_score() -> None:
    result = classify("Di grup pemuda beredar pesan: ayo serang kampung sebelah malam ini, kita balas semuanya.")
    assert result.severity == 1
    assert result.provocation_score > 0.6


def test_calling_for_a_group_to_be_expelled_is_incitement() -> None:
    result = classify("Seorang pengguna menyerukan agar warga pendatang diusir dari kampung ini.")
    assert result.severity == 1
    assert "diusir" in features(result, "provocation")
    assert any("baru ajakan atau seruan ('menyerukan')" in line for line in reasons(result))


def test_hateful_comments_under_a_crime_news_post_are_provocation_not_violence() -> None:
    result = classify(
        "Komentar bernada SARA memenuhi unggahan berita tentang penganiayaan seorang sopir angkot. "
        "Puluhan akun menyudutkan satu suku dan menyerukan agar mereka diusir dari kota."
    )
    assert result.conflict_relevant
    assert result.severity == 1
    assert result.category == "sara_intoleransi"
    assert result.provocation_score >= 0.6


def test_a_call_to_avoid_a_clash_is_no_provocation() -> None:
    result = classify(
        "Tokoh adat mengajak pemuda kedua kampung menghindari bentrok dan menyelesaikan lewat musyawarah."
    )
    assert result.severity == 1
    assert result.provocation_score == 0.0


def test_a_clash_that_happened_stays_violence_when_a_video_of_it_spreads() -> None:
    result = classify(
        "Pemuda dari dua kampung terlibat tawuran di lapangan bola; dua orang luka-luka. "
        "Video kejadian itu kini beredar di media sosial."
    )
    assert result.severity == 3


@pytest.mark.parametrize(
    "text",
    [
        "Wali kota mengimbau warga menahan diri pasca bentrok di pelabuhan; DPRD menjadwalkan RDP pekan depan.",
        "Gubernur meminta semua pihak tenang dan memastikan penyerangan tersebut sedang diusut polisi.",
        "Bupati mengimbau warga tidak terpancing isu pembakaran rumah ibadah yang beredar di grup.",
    ],
)
def test_appeals_for_calm_and_hearings_after_violence_are_tension(text: str) -> None:
    result = classify(text)
    assert result.conflict_relevant
    assert result.severity == 1


def test_the_first_report_of_a_clash_is_violence_however_often_it_is_referred_back_to() -> None:
    result = classify("Bentrokan pecah di Blok B. Dalam bentrokan tersebut empat orang terluka dan dua motor rusak.")
    assert result.severity == 3


@pytest.mark.parametrize(
    "text",
    [
        "Masyarakat adat menuntut perusahaan membayar denda adat atas perusakan situs keramat tahun lalu.",
        "Warga meminta ganti rugi karena kebunnya dirusak alat berat perusahaan, tetapi belum ada jawaban.",
        "Lembaga adat mengadu: kompensasi pembakaran lahan warga oleh kontraktor belum juga dibayar.",
    ],
)
def test_past_damage_named_as_the_cause_of_a_claim_is_a_grievance_not_violence(text: str) -> None:
    result = classify(text)
    assert result.conflict_relevant
    assert result.severity in (1, 2)
    assert any("tuntutan denda atau ganti rugi" in line for line in reasons(result))


@pytest.mark.parametrize(
    "text",
    [
        "Karena ganti rugi tak kunjung dibayar warga membakar pos jaga perusahaan.",
        "Massa kecewa soal ganti rugi, lalu melakukan perusakan kantor desa dan membakar dua motor.",
    ],
)
def test_violence_over_a_claim_for_redress_is_still_violence(text: str) -> None:
    assert classify(text).severity == 3


def test_a_joint_security_post_on_disputed_land_is_tension() -> None:
    result = classify(
        "Polres dan Kodim mendirikan pos pengamanan gabungan di lahan sengketa, aktivitas perusahaan di blok "
        "sengketa dihentikan sementara."
    )
    assert result.conflict_relevant
    assert result.severity == 1


def test_an_action_on_disputed_land_is_still_a_dispute_action() -> None:
    assert classify("Warga memblokade jalan menuju lahan sengketa dengan kayu dan ban bekas.").severity == 2
    assert classify("Sengketa lahan antara warga dan perusahaan kembali mencuat di Kaliorang.").severity == 2


def test_a_mass_forced_harvest_on_disputed_land_is_a_dispute_action() -> None:
    result = classify("Sekitar 150 warga melakukan panen paksa di kebun plasma yang diklaim perusahaan.")
    assert result.conflict_relevant
    assert result.category == "sengketa_lahan"
    assert result.severity == 2


def test_a_planned_forced_harvest_is_tension() -> None:
    assert classify("Warga berencana panen paksa di kebun yang disengketakan besok pagi.").severity == 1


def test_the_reframing_cues_are_written_the_way_the_normaliser_reads() -> None:
    normalizer = Normalizer()
    cues = (
        lexicon.CALL_MARKERS
        | lexicon.PURPOSE_WORDS
        | lexicon.MENTION_MARKERS
        | lexicon.REFERENCE_BEFORE
        | lexicon.REFERENCE_AFTER
        | lexicon.REDRESS_MARKERS
        | lexicon.CAUSE_WORDS
        | lexicon.SEIZURE_MARKERS
        | lexicon.SEIZED_AFTER
    )
    assert [cue for cue in cues if normalizer.normalize(cue) != cue] == []
    assert all(len(cue.split()) <= 2 for cue in cues)  # the classifier reads cues of one or two tokens


def test_weapons_hostile_acts_and_calls_are_drawn_from_the_other_lists() -> None:
    disputes_and_protests = {p for p, (level, _) in lexicon.SEVERITY_TERMS.items() if level == 2}
    assert lexicon.WEAPON_TERMS - set(lexicon.SEVERITY_TERMS) == set()
    assert lexicon.HOSTILE_ACTS - disputes_and_protests == set()
    calls = lexicon.CALL_MARKERS | lexicon.PURPOSE_WORDS
    assert calls - lexicon.SPECULATION_MARKERS == set()


def test_a_negated_act_does_not_name_the_category() -> None:
    text = (
        "Sekitar 80 warga memblokade jalan perusahaan, menuntut penyelesaian sengketa lahan plasma. "
        "Aparat berjaga dan belum ada bentrokan."
    )
    result = LexiconClassifier().classify_text(text)
    assert result.category == "sengketa_lahan"
    assert result.category_scores.get("bentrok_antarkelompok", 0.0) == 0.0
    assert result.severity == 2


@pytest.mark.parametrize(
    "text",
    [
        "Konser band di lapangan kota diserbu ribuan penonton sejak sore.",
        "Tim futsal putri menyerbu babak final setelah menang 4-1.",
        "Ratusan pembeli menyerbu toko roti yang baru buka di Sangatta.",
        "Pasar murah di halaman kecamatan diserbu warga sejak pagi.",
        "Motor saya mogok di tanjakan, ada bengkel yang buka dekat sini?",
        "Tabung gas di warung makan meledak, ledakan terdengar sampai ujung gang.",
        "Sopir truk terluka ringan setelah kendaraannya terperosok ke parit.",
    ],
)
def test_words_of_violence_in_their_everyday_sense_do_not_make_a_text_relevant(text: str) -> None:
    result = classify(text)
    assert not result.conflict_relevant
    assert result.severity == 0
    assert any(e.component == "ambiguous" and "sehari-hari" in e.detail for e in result.evidence)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Massa menyerbu balai desa setelah rapat pembagian lahan buntu.", "pelakunya 'massa'"),
        ("Sekelompok orang menyerang petugas yang berjaga di gerbang perusahaan.", "sasarannya 'petugas'"),
        ("Ledakan keras terjadi di depan pos jaga, dua penjaga terluka.", "tindakan yang melukai orang"),
        ("Dua kampung bentrok, pemuda saling serang dengan batu.", "ada bukti konflik lain"),
        ("Pos ronda diserang OTK tengah malam, kacanya pecah.", "pelakunya 'otk'"),
    ],
)
def test_words_of_violence_count_beside_an_actor_a_target_a_harm_or_other_evidence(text: str, reason: str) -> None:
    result = classify(text)
    assert result.conflict_relevant
    assert result.severity == 3
    assert any(e.component == "relevance" and e.detail.endswith(reason) for e in result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Kesbangpol mengajak pelajar memerangi hoaks dan ujaran kebencian di media sosial.",
        "Para calon kepala desa berikrar menolak politik uang, hoaks maupun provokasi.",
        "Tokoh pemuda mengimbau warga tidak terpancing isu SARA menjelang hari raya.",
    ],
)
def test_a_harm_named_as_what_is_opposed_is_prevention(text: str) -> None:
    result = classify(text)
    assert not result.conflict_relevant
    assert any(e.component == "counter" for e in result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Warga menolak tambang batu bara yang masuk ke kebun mereka dan memblokade jalan hauling.",
        "Beredar hoaks bahwa rumah ibadah di kampung sebelah dibakar, warga mulai berkumpul.",
    ],
)
def test_opposing_a_project_or_spreading_a_harm_is_still_a_signal(text: str) -> None:
    result = classify(text)
    assert result.conflict_relevant
    assert not any(e.component == "counter" for e in result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Konser bubar, pemuda dua kampung baku lempar kursi di depan panggung.",
        "Penertiban pedagang berujung baku pukul dengan petugas.",
        "Ratusan buruh kebun mogok kerja menuntut upah yang ditahan tiga bulan.",
    ],
)
def test_fights_and_strikes_in_their_own_words_are_signals(text: str) -> None:
    assert classify(text).conflict_relevant


@pytest.mark.parametrize(
    "text",
    [
        "Kesbangpol menggelar seminar tentang pola penyebaran hoaks dan pesan berantai bagi admin grup RT.",
        "Workshop pengelolaan kebun plasma dan kemitraan perusahaan sawit digelar bagi pengurus koperasi.",
    ],
)
def test_a_topic_an_event_only_talks_about_adds_no_relevance(text: str) -> None:
    result = classify(text)
    assert not result.conflict_relevant
    assert any(e.component == "context" and "hanya dibicarakan" in e.detail for e in result.evidence)


def test_an_act_at_an_event_is_still_an_act() -> None:
    result = classify("Seminar tentang hoaks di aula kecamatan dibubarkan paksa, peserta dipukuli sekelompok orang.")
    assert result.conflict_relevant
    assert result.severity == 3


def test_a_team_thrashed_in_a_game_is_not_a_massacre() -> None:
    assert not classify("squad kita dibantai di final game online semalam, tahun depan revans").conflict_relevant
    assert classify("Dua warga dibantai kelompok bersenjata di ladang, rumah mereka dibakar.").conflict_relevant


def test_an_all_clear_report_weighs_against_relevance() -> None:
    calm = classify("Lapor, patroli malam di sektor pasar selesai, situasi aman, nihil kejadian.")
    assert not calm.conflict_relevant
    assert any(e.component == "context" and e.feature == "nihil kejadian" for e in calm.evidence)
    # an incident stays one even when the report ends by saying the situation is under control
    incident = classify("Dua kelompok pemuda bentrok di depan pasar, tiga orang luka bacok. Situasi aman terkendali.")
    assert incident.conflict_relevant
    assert incident.severity == 3
