"""A tiny labelled corpus for the learning tests: enough to train every head in a second, not to be good.

Texts are written here for the tests, from a few patterns per kind, with places and numbers varied
deterministically so that a template's copies differ and fall in one group.
"""

from __future__ import annotations

import random
from functools import cache

from waspada.engine.learn.linear import HeadSettings
from waspada.engine.learn.model import TextModel
from waspada.engine.learn.train import LabelledText, TrainingSettings, train_model

PLACES = ("Samarinda", "Balikpapan", "Bontang", "Sangatta", "Tenggarong", "Berau", "Penajam", "Melak")

# (title, text, relevant, domain, category, severity, provocation, hoax)
PATTERNS: tuple[tuple[str, str, bool, str | None, str, int, bool, bool], ...] = (
    (
        "Sengketa lahan di {p}",
        "Warga {p} memblokade jalan hauling, menuntut penyelesaian sengketa lahan {n} hektare dengan perusahaan.",
        True,
        "ekonomi",
        "sengketa_lahan",
        2,
        False,
        False,
    ),
    (
        "Klaim tanah adat",
        "Masyarakat adat di {p} resah karena lahan ulayat seluas {n} hektare diklaim perusahaan sawit.",
        True,
        "ekonomi",
        "sengketa_lahan",
        1,
        False,
        False,
    ),
    (
        "Bentrok warga {p}",
        "Bentrok antarwarga pecah di {p}, {n} orang luka-luka terkena senjata tajam dan rumah dibakar.",
        True,
        "hankam",
        "bentrok_antarkelompok",
        3,
        False,
        False,
    ),
    (
        "Tawuran pemuda",
        "Tawuran dua kelompok pemuda di {p} malam tadi, {n} motor dirusak dan polisi mengamankan pelaku.",
        True,
        "hankam",
        "bentrok_antarkelompok",
        3,
        False,
        False,
    ),
    (
        "Buruh mogok",
        "Ratusan buruh di {p} mogok kerja menolak PHK massal dan menuntut pesangon {n} bulan gaji.",
        True,
        "ekonomi",
        "buruh",
        2,
        False,
        False,
    ),
    (
        "Unjuk rasa di kantor bupati",
        "Mahasiswa berunjuk rasa di depan kantor bupati {p} menolak kenaikan tarif, sekitar {n} orang ikut aksi.",
        True,
        "politik",
        "unjuk_rasa",
        2,
        False,
        False,
    ),
    (
        "Pesan berantai",
        "Sebarkan!! katanya akan ada penyerangan di {p} malam ini, jangan keluar rumah. Info dari grup sebelah.",
        True,
        "sosial",
        "hoaks_provokasi",
        1,
        False,
        True,
    ),
    (
        "Ajakan",
        "Ayo usir kaum pendatang dari {p}, mereka semua penipu dan harus dibasmi sebelum terlambat!!",
        True,
        "sosial",
        "hoaks_provokasi",
        1,
        True,
        False,
    ),
    (
        "Ujaran kebencian",
        "Dasar kafir dan antek asing, kelompok itu di {p} harus diusir dan dihabisi saja!!",
        True,
        "sosial",
        "sara_intoleransi",
        1,
        True,
        False,
    ),
    (
        "Festival budaya",
        "Festival budaya di {p} dimeriahkan tari perang dan ribuan penonton, {n} sanggar ikut tampil.",
        False,
        None,
        "lainnya",
        0,
        False,
        False,
    ),
    (
        "Pertandingan sepak bola",
        "Tim sepak bola {p} menang {n}-1 dalam laga persahabatan, suporter bersorak gembira.",
        False,
        None,
        "lainnya",
        0,
        False,
        False,
    ),
    (
        "Rapat koordinasi",
        "Kesbangpol {p} menggelar rapat koordinasi pencegahan konflik sosial bersama {n} tokoh masyarakat.",
        False,
        None,
        "lainnya",
        0,
        False,
        False,
    ),
    (
        "Investasi baru",
        "Investor menanam modal Rp {n} miliar untuk pabrik baru di {p}, membuka lapangan kerja bagi warga.",
        False,
        None,
        "lainnya",
        0,
        False,
        False,
    ),
)


def toy_corpus(copies: int = 8, seed: int = 7) -> list[LabelledText]:
    rng = random.Random(seed)
    out = []
    for number, (title, text, relevant, domain, category, severity, provocation, hoax) in enumerate(PATTERNS):
        for _ in range(copies):
            values = {"p": rng.choice(PLACES), "n": rng.randint(2, 900)}
            out.append(
                LabelledText(
                    text=text.format(**values),
                    title=title.format(**values),
                    relevant=relevant,
                    domain=domain,
                    category=category,
                    severity=severity,
                    provocation=provocation,
                    hoax=hoax,
                    group=f"pola-{number}",
                )
            )
    return out


@cache
def toy_model() -> TextModel:
    """Trained once per test session (about a second): every head, three calibration folds."""
    return train_model(
        toy_corpus(),
        name="toy",
        version="v1",
        settings=TrainingSettings(min_df=1, head=HeadSettings(folds=3)),
    )
