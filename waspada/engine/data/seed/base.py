"""How a seed template is written: one hand-written text with `{slot}`s, `[a|b]` choices and its labels.

A theme module builds its templates with a ``Kit`` bound to one category, so each template states only
what differs: style, severity, title, text and the rare flags (provocation, hoax, domain, place pool).
"""

from __future__ import annotations

from dataclasses import dataclass

STYLES: tuple[str, ...] = ("news", "field", "whatsapp", "social", "sms")
CHAT_STYLES: frozenset[str] = frozenset({"whatsapp", "social", "sms"})

# Where a template's places are drawn from: Kalimantan Timur (the default), the IKN area, other
# provinces, Papua, or an explicit tuple of Kalimantan Timur kab/kota codes.
POOLS: frozenset[str] = frozenset({"kaltim", "ikn", "luar", "papua"})

DEFAULT_COUNT = 4


@dataclass(frozen=True, slots=True)
class Template:
    theme: str
    category: str
    style: str
    severity: int
    text: str
    title: str = ""
    domain: str | None = None
    provocation: bool = False
    hoax: bool = False
    hard_negative: bool = False
    pool: str | tuple[str, ...] = "kaltim"
    count: int = DEFAULT_COUNT


class Kit:
    """Template factory for one theme and one category (``lainnya`` for the negatives)."""

    def __init__(
        self,
        theme: str,
        category: str,
        *,
        pool: str | tuple[str, ...] = "kaltim",
        hard_negative: bool = False,
        domain: str | None = None,
        count: int = DEFAULT_COUNT,
    ) -> None:
        self.theme = theme
        self.count = count
        self.category = category
        self.pool = pool
        self.hard_negative = hard_negative
        self.domain = domain

    def _make(
        self,
        style: str,
        severity: int,
        title: str,
        text: str,
        *,
        prov: bool,
        hoax: bool,
        domain: str | None,
        pool: str | tuple[str, ...] | None,
        n: int | None,
    ) -> Template:
        return Template(
            theme=self.theme,
            category=self.category,
            style=style,
            severity=severity,
            text=text,
            title=title,
            domain=domain if domain is not None else self.domain,
            provocation=prov,
            hoax=hoax,
            hard_negative=self.hard_negative,
            pool=pool if pool is not None else self.pool,
            count=n if n is not None else self.count,
        )

    def news(
        self,
        severity: int,
        title: str,
        text: str,
        *,
        prov: bool = False,
        hoax: bool = False,
        domain: str | None = None,
        pool: str | tuple[str, ...] | None = None,
        n: int | None = None,
    ) -> Template:
        return self._make("news", severity, title, text, prov=prov, hoax=hoax, domain=domain, pool=pool, n=n)

    def field(
        self,
        severity: int,
        title: str,
        text: str,
        *,
        prov: bool = False,
        hoax: bool = False,
        domain: str | None = None,
        pool: str | tuple[str, ...] | None = None,
        n: int | None = None,
    ) -> Template:
        return self._make("field", severity, title, text, prov=prov, hoax=hoax, domain=domain, pool=pool, n=n)

    def wa(
        self,
        severity: int,
        text: str,
        *,
        prov: bool = False,
        hoax: bool = False,
        domain: str | None = None,
        pool: str | tuple[str, ...] | None = None,
        n: int | None = None,
    ) -> Template:
        return self._make("whatsapp", severity, "", text, prov=prov, hoax=hoax, domain=domain, pool=pool, n=n)

    def social(
        self,
        severity: int,
        text: str,
        *,
        prov: bool = False,
        hoax: bool = False,
        domain: str | None = None,
        pool: str | tuple[str, ...] | None = None,
        n: int | None = None,
    ) -> Template:
        return self._make("social", severity, "", text, prov=prov, hoax=hoax, domain=domain, pool=pool, n=n)

    def sms(
        self,
        severity: int,
        text: str,
        *,
        prov: bool = False,
        hoax: bool = False,
        domain: str | None = None,
        pool: str | tuple[str, ...] | None = None,
        n: int | None = None,
    ) -> Template:
        return self._make("sms", severity, "", text, prov=prov, hoax=hoax, domain=domain, pool=pool, n=n)
