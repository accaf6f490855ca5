"""What arrives from a feed, made plain: entries, URLs that identify an article, text without HTML, hashes.

No I/O here: bodies come from `monitoring.http`. feedparser and trafilatura are only ever handed bytes or text,
never a URL (both would fetch it themselves).
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import html
import logging
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser
import trafilatura
from django.utils.html import strip_tags

from waspada.core.text import clean_text

logger = logging.getLogger(__name__)

# Query parameters that only say where a click came from; they never change the article.
_TRACKING_PREFIXES = ("utm_", "mtm_", "pk_")
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl"}
    | {"ref_src", "ref_url", "cmpid", "s_cid", "spm", "share", "amp"}
)
_INVISIBLE = re.compile(r"(?is)<(script|style|noscript|template|iframe)\b.*?(?:</\1\s*>|\Z)")
_BREAK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote|/figcaption)\b[^>]*>")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


# What feedparser flags but reads correctly all the same (a wrong charset label, a text/html content type).
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


class FeedUnreadable(Exception):
    pass


@dataclass(frozen=True)
class FeedEntry:
    link: str
    guid: str
    title: str
    summary: str
    published: dt.datetime | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: tuple[FeedEntry, ...]


def parse_feed(body: bytes, *, content_type: str = "", base_url: str = "") -> ParsedFeed:
    """Entries of an RSS or Atom document; a slightly broken feed still gives what can be read."""
    parsed = feedparser.parse(
        body, response_headers={"content-type": content_type or "application/xml", "content-location": base_url}
    )
    entries = tuple(entry for entry in map(_entry, parsed.get("entries") or []) if entry.link or entry.guid)
    problem = parsed.get("bozo_exception")
    broken = parsed.get("bozo") and not isinstance(problem, _HARMLESS)
    if not entries and (broken or not parsed.get("version")):
        raise FeedUnreadable(f"{type(problem).__name__}: {problem}" if problem else "bukan RSS/Atom")
    return ParsedFeed(title=html_to_text(str(parsed.get("feed", {}).get("title", ""))), entries=entries)


def _entry(raw: feedparser.FeedParserDict) -> FeedEntry:
    # The description, or the full content (content:encoded, Atom content) when the feed carries more.
    texts = [html_to_text(str(raw.get("summary") or ""))]
    texts += [html_to_text(str(part.get("value") or "")) for part in raw.get("content") or []]
    return FeedEntry(
        link=clean_text(str(raw.get("link") or ""), max_length=2000, single_line=True),
        guid=clean_text(str(raw.get("id") or ""), max_length=500, single_line=True),
        title=html_to_text(str(raw.get("title") or "")),
        summary=max(texts, key=len),
        # dict.get: feedparser's own get() warns when it maps one date key onto the other.
        published=_time(dict.get(raw, "published_parsed") or dict.get(raw, "updated_parsed")),
    )


def _time(value: object) -> dt.datetime | None:
    # feedparser gives UTC struct_time, or None when the date could not be read.
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(value), tz=dt.UTC) if value else None  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def html_to_text(value: str) -> str:
    """Plain text of an HTML fragment: scripts and styles dropped, tags removed, entities decoded."""
    if not value:
        return ""
    text = _BREAK.sub("\n", _INVISIBLE.sub(" ", value))
    text = html.unescape(strip_tags(text))
    lines = (" ".join(line.split()) for line in clean_text(text).splitlines())
    return "\n".join(line for line in lines if line)


def normalise_url(url: str) -> str:
    """The URL an article is fetched at: no tracking parameters, no fragment, sorted query; '' if not http(s)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if scheme not in ("http", "https") or not host:
        return ""
    default_port = {"http": 80, "https": 443}[scheme]
    bracketed = f"[{host}]" if ":" in host else host
    netloc = bracketed if port in (None, default_port) else f"{bracketed}:{port}"
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not name.lower().startswith(_TRACKING_PREFIXES) and name.lower() not in _TRACKING_NAMES
    )
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def url_identity(normalised_url: str) -> str:
    """What makes two URLs the same article: http or https, with or without www."""
    parts = urlsplit(normalised_url)
    host = parts.netloc.removeprefix("www.")
    return urlunsplit(("", host, parts.path, parts.query, ""))


def sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", errors="surrogatepass")).hexdigest()


def content_hash(text: str) -> str:
    """Equal for the same text whatever its spacing or capitals."""
    return sha256(" ".join(text.casefold().split()))


def extract_article(body: bytes, *, url: str, content_type: str = "") -> str:
    """The main text of an article page, or '' when the page holds none that can be found."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind and kind not in ("text/html", "application/xhtml+xml", "text/plain"):
        return ""
    document: str | bytes = body
    declared = _CHARSET.search(content_type)
    if declared:
        try:
            document = body.decode(declared.group(1))
        except (LookupError, UnicodeDecodeError):
            document = body  # trafilatura guesses from the page's own <meta charset>
    try:
        text = trafilatura.extract(
            document, url=url or None, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception:
        # A page that breaks the extractor is a page without text, not a failed poll.
        logger.warning("could not extract text from %s", url, exc_info=True)
        return ""
    return clean_text(text or "")
