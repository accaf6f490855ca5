"""What Waspada says in notifications and public warnings: the wording, kept apart from who gets what and when.

Bahasa Indonesia through gettext; callers render inside `translation.override(settings.LANGUAGE_CODE)`, because a
message is written once, when its outbox row is created, and read later by someone whose language no request
tells us. Short texts go to Telegram and WhatsApp, fuller ones to email. Nothing here decides anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from waspada.core.enums import Category, Level

# Telegram allows 4096 characters, WhatsApp text 4096, a WhatsApp template parameter far less.
SHORT_LIST_ITEMS = 8
LONG_LIST_ITEMS = 25


@dataclass(frozen=True)
class Message:
    subject: str
    body: str


@dataclass(frozen=True)
class AlertFacts:
    region: str
    level: str
    title: str
    explanation: str
    raised_at: dt.datetime
    link: str
    category: str = ""
    escalation_level: int = 0
    # Rahasia: the message says only that there is something to read, and where; the rest stays in Waspada.
    confidential: bool = False


@dataclass(frozen=True)
class DigestAlert:
    region: str
    level: str
    title: str
    link: str
    confidential: bool = False


@dataclass(frozen=True)
class LevelChange:
    region: str
    previous: str
    current: str
    at: dt.datetime


@dataclass(frozen=True)
class DigestFacts:
    day: dt.date
    scope: str
    link: str
    alerts: list[DigestAlert] = field(default_factory=list)
    changes: list[LevelChange] = field(default_factory=list)


@dataclass(frozen=True)
class WarningFacts:
    region: str
    level: str
    title: str
    text: str
    published_at: dt.datetime
    link: str


def level_label(level: str) -> str:
    return str(Level(level).label) if level in Level.values else level


def category_label(category: str) -> str:
    return str(Category(category).label) if category in Category.values else category


def escalation_audience(escalation_level: int) -> str:
    audiences = {0: _("petugas kabupaten/kota"), 1: _("analis provinsi"), 2: _("pimpinan")}
    return audiences.get(escalation_level, audiences[2])


def when(moment: dt.datetime) -> str:
    return formats.date_format(timezone.localtime(moment), "j M Y H:i")


def _footer(site_link: str) -> str:
    return _(
        "Anda menerima pesan ini karena berlangganan peringatan Waspada. Ubah atau hentikan langganan di %(link)s"
    ) % {"link": site_link}


def alert_message(facts: AlertFacts, *, short: bool, subscriptions_link: str) -> Message:
    level = level_label(facts.level)
    subject = _("[Waspada] %(level)s — %(region)s: peringatan dini baru") % {"level": level, "region": facts.region}
    if facts.confidential:
        body = _(
            "Ada peringatan dini berklasifikasi RAHASIA di %(region)s (tingkat %(level)s). "
            "Rinciannya hanya dapat dibaca di Waspada:\n%(link)s"
        ) % {"region": facts.region, "level": level, "link": facts.link}
        return Message(subject, body if short else f"{body}\n\n{_footer(subscriptions_link)}")
    if short:
        body = _("Peringatan dini %(level)s · %(region)s\n%(title)s\n\n%(explanation)s\n\n%(link)s") % {
            "level": level.upper(),
            "region": facts.region,
            "title": facts.title,
            "explanation": facts.explanation,
            "link": facts.link,
        }
        return Message(subject, body)
    lines = [
        _("Peringatan dini baru di %(region)s.") % {"region": facts.region},
        "",
        _("Tingkat: %(level)s") % {"level": level},
        _("Judul: %(title)s") % {"title": facts.title},
    ]
    if facts.category:
        lines.append(_("Kategori: %(category)s") % {"category": category_label(facts.category)})
    lines += [
        _("Waktu: %(when)s") % {"when": when(facts.raised_at)},
        "",
        _("Penjelasan:"),
        facts.explanation,
        "",
        _("Lihat dan tindak lanjuti peringatan ini di Waspada:"),
        facts.link,
        "",
        "—",
        _footer(subscriptions_link),
    ]
    return Message(subject, "\n".join(lines))


def escalation_message(facts: AlertFacts, *, short: bool, subscriptions_link: str) -> Message:
    level = level_label(facts.level)
    audience = escalation_audience(facts.escalation_level)
    subject = _("[Waspada] ESKALASI %(level)s — %(region)s: belum diakui") % {"level": level, "region": facts.region}
    lead = _(
        "Peringatan dini di %(region)s (tingkat %(level)s) belum diakui sejak %(when)s dan kini diteruskan kepada "
        "%(audience)s."
    ) % {"region": facts.region, "level": level, "when": when(facts.raised_at), "audience": audience}
    if facts.confidential:
        body = _("%(lead)s Rinciannya berklasifikasi RAHASIA dan hanya dapat dibaca di Waspada:\n%(link)s") % {
            "lead": lead,
            "link": facts.link,
        }
        return Message(subject, body if short else f"{body}\n\n{_footer(subscriptions_link)}")
    if short:
        return Message(subject, f"{lead}\n{facts.title}\n\n{facts.explanation}\n\n{facts.link}")
    lines = [
        lead,
        "",
        _("Judul: %(title)s") % {"title": facts.title},
        "",
        _("Penjelasan:"),
        facts.explanation,
        "",
        _("Mohon segera diakui dan ditindaklanjuti di Waspada:"),
        facts.link,
        "",
        "—",
        _footer(subscriptions_link),
    ]
    return Message(subject, "\n".join(lines))


def digest_message(facts: DigestFacts, *, short: bool, subscriptions_link: str) -> Message:
    day = formats.date_format(facts.day, "j M Y")
    subject = _("[Waspada] Ringkasan harian %(day)s — %(scope)s") % {"day": day, "scope": facts.scope}
    limit = SHORT_LIST_ITEMS if short else LONG_LIST_ITEMS
    lines = [_("Ringkasan harian Waspada, %(day)s (%(scope)s)") % {"day": day, "scope": facts.scope}, ""]
    if facts.alerts:
        lines.append(_("Peringatan terbuka: %(count)s") % {"count": len(facts.alerts)})
        for item in facts.alerts[:limit]:
            title = _("peringatan rahasia") if item.confidential else item.title
            line = f"- {level_label(item.level).upper()} {item.region}: {title}"
            lines.append(line if short else f"{line}\n  {item.link}")
        if len(facts.alerts) > limit:
            lines.append(_("… dan %(count)s lainnya") % {"count": len(facts.alerts) - limit})
    else:
        lines.append(_("Tidak ada peringatan terbuka."))
    lines.append("")
    if facts.changes:
        lines.append(_("Perubahan tingkat kerawanan 24 jam terakhir:"))
        for change in facts.changes[:limit]:
            lines.append(
                f"- {change.region}: {level_label(change.previous)} → {level_label(change.current)}"
                + ("" if short else f" ({when(change.at)})")
            )
        if len(facts.changes) > limit:
            lines.append(_("… dan %(count)s lainnya") % {"count": len(facts.changes) - limit})
    else:
        lines.append(_("Tidak ada perubahan tingkat kerawanan dalam 24 jam terakhir."))
    lines += ["", facts.link]
    if not short:
        lines += ["", "—", _footer(subscriptions_link)]
    return Message(subject, "\n".join(lines))


def digest_scope_everywhere() -> str:
    return _("semua wilayah tugas Anda")


def public_warning_message(facts: WarningFacts, *, short: bool, subscriptions_link: str) -> Message:
    level = level_label(facts.level)
    subject = _("[Waspada] Peringatan publik %(level)s — %(region)s") % {"level": level, "region": facts.region}
    if short:
        body = _("Peringatan publik %(level)s · %(region)s\n%(title)s\n\n%(text)s\n\n%(link)s") % {
            "level": level.upper(),
            "region": facts.region,
            "title": facts.title,
            "text": facts.text,
            "link": facts.link,
        }
        return Message(subject, body)
    lines = [
        _("Peringatan publik diterbitkan untuk %(region)s pada %(when)s.")
        % {"region": facts.region, "when": when(facts.published_at)},
        "",
        _("Tingkat: %(level)s") % {"level": level},
        facts.title,
        "",
        facts.text,
        "",
        _("Halaman publik:"),
        facts.link,
        "",
        "—",
        _footer(subscriptions_link),
    ]
    return Message(subject, "\n".join(lines))


def public_warning_draft_title(*, region: str, level: str) -> str:
    return _("Imbauan kewaspadaan %(level)s di %(region)s") % {"level": level_label(level), "region": region}


def public_warning_draft_text(*, region: str, level: str) -> str:
    return _(
        "Tingkat kerawanan sosial di %(region)s saat ini %(level)s. Masyarakat diimbau tetap tenang, tidak "
        "terpancing informasi yang belum jelas kebenarannya, tidak menyebarkan pesan yang memanaskan suasana, "
        "dan segera melaporkan kejadian kepada aparat atau perangkat desa/kelurahan setempat."
    ) % {"region": region, "level": level_label(level)}


def masked_label(pii_type: str) -> str:
    """What stands in a public warning where personal data was."""
    labels = {
        "NAME": _("[nama disamarkan]"),
        "NIK": _("[NIK disamarkan]"),
        "KK": _("[nomor KK disamarkan]"),
        "PHONE": _("[nomor telepon disamarkan]"),
        "EMAIL": _("[alamat surel disamarkan]"),
        "ADDRESS": _("[alamat disamarkan]"),
        "PLATE": _("[nomor polisi disamarkan]"),
        "BIRTH_DATE": _("[tanggal lahir disamarkan]"),
    }
    return labels.get(pii_type, _("[data pribadi disamarkan]"))


def channel_not_configured() -> str:
    return _("Kanal ini belum diatur di server (lihat docs/notifications.md).")


def subscription_inactive() -> str:
    return _("Langganan sudah dinonaktifkan atau pemiliknya tidak aktif sebelum pesan terkirim.")


def recipient_lost_access() -> str:
    return _("Penerima tidak lagi berwenang melihat peringatan ini; pesan tidak dikirim.")
