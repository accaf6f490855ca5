"""Types of the Kalimantan Timur demo corpus. Pure Python: the demo never imports Django."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

CHANNELS: tuple[str, ...] = (
    "field_report",
    "public_tip",
    "news",
    "social",
    "sms",
    "telegram",
    "whatsapp",
    "email",
    "api",
)
MARKINGS: tuple[str, ...] = ("publik", "terbatas", "rahasia")
RELIABILITIES: tuple[str, ...] = ("A", "B", "C", "D", "E", "F")
DOMAINS: tuple[str, ...] = ("ideologi", "politik", "ekonomi", "sosial", "budaya", "hankam")

# The severity each demo item was written to have, on the engine's scale (engine.classify.taxonomy).
SEVERITY_NONE = 0  # no conflict at all: routine activity, festivals, sport, investment (hard negatives)
SEVERITY_TENSION = 1  # complaints, rumours, heated talk, verbal threats, mobilisation calls, hoaxes
SEVERITY_DISPUTE = 2  # dispute in the open: unjuk rasa, blokade, mogok, okupasi, weapons shown
SEVERITY_VIOLENCE = 3  # physical violence: bentrok, penganiayaan, pembakaran, people injured

# The finer theme each template was written about, per bidang; the demo's own vocabulary, used to check
# that the corpus covers what a Kesbangpol team hears about.
THEMES: dict[str, tuple[str, ...]] = {
    "ideologi": ("radikalisme", "intoleransi", "anti_pancasila"),
    "politik": (
        "pilkades",
        "pilkada",
        "sengketa_hasil",
        "mobilisasi_massa",
        "hoaks",
        "kegiatan_pemerintahan",
    ),
    "ekonomi": (
        "harga_sembako",
        "ketenagakerjaan",
        "tambang",
        "perkebunan",
        "bbm",
        "investasi",
        "kegiatan_ekonomi",
    ),
    "sosial": (
        "sengketa_lahan",
        "narkoba",
        "kriminalitas",
        "bentrok_antarkelompok",
        "pendatang_lokal",
        "main_hakim_sendiri",
        "bencana",
        "hoaks",
        "olahraga",
        "kegiatan_masyarakat",
    ),
    "budaya": ("hak_adat", "ritual_adat", "sara", "festival"),
    "hankam": ("senjata_tajam", "penyerangan", "pos_keamanan", "ancaman_aparat"),
}

# A theme's category in the engine's taxonomy, unless a template names another one.
NO_CATEGORY = "lainnya"
THEME_CATEGORY: dict[str, str] = {
    "radikalisme": "radikalisme",
    "intoleransi": "sara_intoleransi",
    "anti_pancasila": "radikalisme",
    "pilkades": "pemilu_jabatan",
    "pilkada": "pemilu_jabatan",
    "sengketa_hasil": "pemilu_jabatan",
    "mobilisasi_massa": "unjuk_rasa",
    "hoaks": "hoaks_provokasi",
    "kegiatan_pemerintahan": NO_CATEGORY,
    "harga_sembako": "sumber_daya",
    "ketenagakerjaan": "buruh",
    "tambang": "tambang_sawit",
    "perkebunan": "tambang_sawit",
    "bbm": "sumber_daya",
    "investasi": NO_CATEGORY,
    "kegiatan_ekonomi": NO_CATEGORY,
    "sengketa_lahan": "sengketa_lahan",
    "narkoba": "narkoba",
    "kriminalitas": "kriminalitas",
    "bentrok_antarkelompok": "bentrok_antarkelompok",
    "pendatang_lokal": "sara_intoleransi",
    "main_hakim_sendiri": "main_hakim_sendiri",
    "bencana": "sumber_daya",
    "olahraga": NO_CATEGORY,
    "kegiatan_masyarakat": NO_CATEGORY,
    "hak_adat": "sengketa_lahan",
    "ritual_adat": "sara_intoleransi",
    "sara": "sara_intoleransi",
    "festival": NO_CATEGORY,
    "senjata_tajam": "kriminalitas",
    "penyerangan": "kriminalitas",
    "pos_keamanan": "kriminalitas",
    "ancaman_aparat": "kriminalitas",
}


@dataclass(frozen=True)
class Persona:
    username: str
    full_name: str
    role: str
    region_code: str
    position: str = ""


@dataclass(frozen=True)
class DemoReport:
    external_id: str
    channel: str
    occurred_at: datetime
    received_at: datetime
    title: str
    text: str
    opinion: str
    who: str
    why: str
    region_code: str
    marking: str
    reliability: str
    credibility: int
    author: str | None
    source_name: str
    issue_key: str | None
    intended_domain: str  # bidang
    intended_category: str  # code in the engine's taxonomy; "lainnya" when the item is no conflict
    intended_severity: int  # 0 none, 1 tension, 2 dispute/protest, 3 violence
    intended_theme: str  # the finer theme of THEMES[intended_domain]


@dataclass(frozen=True)
class Template:
    """One way of writing a report; `{slot}`s are filled from the place, the time and the random draw.

    `level` is the most specific place the text names (desa, kec or kab) and so the level of the
    report's region code. `regions`/`kecamatan` restrict where the story makes sense (coal holes,
    IKN, coastal villages); `village_only` keeps village-government stories out of kelurahan.
    """

    key: str
    domain: str
    theme: str
    severity: int
    channel: str
    title: str
    text: str
    who: str
    why: str = ""
    opinion: str = ""
    level: str = "desa"
    regions: tuple[str, ...] = ()
    kecamatan: tuple[str, ...] = ()
    village_only: bool = False
    marking: str = ""
    grades: tuple[str, ...] = ()
    source: str = ""
    hours: tuple[int, int] = (7, 20)
    category: str = ""  # when the theme's usual category does not fit this story

    @property
    def intended_category(self) -> str:
        if self.severity == SEVERITY_NONE:
            return NO_CATEGORY
        return self.category or THEME_CATEGORY[self.theme]


@dataclass(frozen=True)
class Fixed:
    """A report placed by hand: the developing issue, the smaller matters and the hard negatives.

    Time is `days` local (WITA) calendar days back at `at` ("HH:MM"); for the developing issue the days
    count back from its anchor (see `scenarios`); `minutes_ago` places a live item relative to `now`.
    """

    template: Template
    place: str
    days: int = 0
    at: str = "09:00"
    minutes_ago: int | None = None
    issue_key: str | None = None
    author: str | None = None
    grade: str = ""
