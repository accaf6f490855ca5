"""The sentence a burst signal carries, in Bahasa Indonesia, and the templates it is made from.

Each signal keeps its template id and arguments too, so that the app can render the same message in
another language from its own catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping

# What the reports are about, as it reads after "laporan …".
CATEGORY_PHRASES: Mapping[str, str] = {
    "sengketa_lahan": "sengketa lahan",
    "tambang_sawit": "konflik tambang dan perkebunan",
    "ikn": "ketegangan terkait IKN",
    "buruh": "ketenagakerjaan",
    "unjuk_rasa": "unjuk rasa",
    "sara_intoleransi": "SARA dan intoleransi",
    "radikalisme": "radikalisme",
    "hoaks_provokasi": "hoaks dan provokasi",
    "bentrok_antarkelompok": "bentrok antarkelompok",
    "narkoba": "narkoba",
    "kriminalitas": "kriminalitas",
    "pemilu_jabatan": "pemilihan dan jabatan",
    "tata_kelola": "tata kelola pemerintahan",
    "separatisme": "separatisme",
    "main_hakim_sendiri": "main hakim sendiri",
    "sumber_daya": "sumber daya",
    "lainnya": "lain-lain",
}

ACUTE, ACUTE_NEW, SUSTAINED, SUSTAINED_NEW = (
    "burst.acute",
    "burst.acute.unprecedented",
    "burst.sustained",
    "burst.sustained.unprecedented",
)

TEMPLATES: Mapping[str, str] = {
    ACUTE: "Lonjakan laporan {phrase} di {region}: {count} laporan dalam {hours} jam, {ratio} di atas pola biasa",
    ACUTE_NEW: "Lonjakan laporan {phrase} di {region}: {count} laporan dalam {hours} jam, padahal biasanya "
    "hampir tidak ada",
    SUSTAINED: "Peningkatan laporan {phrase} di {region} sejak {since}: {count} laporan dalam {hours} jam, "
    "{ratio} di atas pola biasa",
    SUSTAINED_NEW: "Peningkatan laporan {phrase} di {region} sejak {since}: {count} laporan dalam {hours} jam, "
    "padahal biasanya hampir tidak ada",
}

# Below this many expected reports in the window a ratio means little ("40× of almost nothing"): say so instead.
UNPRECEDENTED_BELOW = 0.2


def category_phrase(category: str) -> str:
    return CATEGORY_PHRASES.get(category, category.replace("_", " "))


def format_number(value: float) -> str:
    """Counts as Indonesians write them: ``7``, ``6,5``, ``1.250``."""
    if abs(value - round(value)) < 0.05:
        return f"{round(value):,}".replace(",", ".")
    return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def format_ratio(ratio: float) -> str:
    """``4,5×`` below ten, whole numbers from ten on."""
    if ratio < 9.95:
        return f"{ratio:.1f}×".replace(".", ",")
    return f"{format_number(round(ratio))}×"


def explain(
    *, sustained: bool, category: str, region: str, count: float, expected: float, hours: int, since: str
) -> tuple[str, dict[str, str], str]:
    """Template id, its arguments and the rendered sentence. ``since`` only appears in the sustained ones."""
    unprecedented = expected < UNPRECEDENTED_BELOW
    if sustained:
        template_id = SUSTAINED_NEW if unprecedented else SUSTAINED
    else:
        template_id = ACUTE_NEW if unprecedented else ACUTE
    args = {
        "phrase": category_phrase(category),
        "region": region,
        "count": format_number(count),
        "hours": str(hours),
        "ratio": format_ratio(count / expected),
        "since": since,
    }
    return template_id, args, TEMPLATES[template_id].format(**args)
