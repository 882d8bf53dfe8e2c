"""Feeds (RSS 0.9x/1.0/2.0, Atom, RDF, JSON Feed) to entries, with feedparser.

feedparser is lenient on purpose: it reads broken XML where it can and says so in
`bozo`. A document with neither a feed version nor entries is refused as not a feed.
"""

from __future__ import annotations

import calendar
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urljoin

import feedparser
import lxml.html
from lxml.etree import ParserError

from cases.exceptions import InvalidInput

# An entry whose own text is at least this long is taken as the article; a shorter one is
# a teaser, and the page behind its link is fetched instead.
FULL_TEXT_MIN_CHARS = 600
_BLOCK_TAGS = ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str
    text: str
    published: date | None

    @property
    def has_full_text(self) -> bool:
        return len(self.text) >= FULL_TEXT_MIN_CHARS


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    version: str
    entries: list[FeedEntry]
    problem: str  # what feedparser tolerated, if anything
    skipped: int = 0  # entries without a usable http(s) link


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one paragraph per line."""
    if not fragment or "<" not in fragment:
        return " ".join((fragment or "").split())
    try:
        tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return " ".join(fragment.split())
    for element in tree.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    for element in tree.iter("script", "style"):
        element.drop_tree()
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).date()
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _entry_text(entry) -> str:
    best = ""
    for content in entry.get("content") or []:
        value = html_to_text(content.get("value") or "")
        if len(value) > len(best):
            best = value
    summary = html_to_text(entry.get("summary") or "")
    return best if len(best) >= len(summary) else summary


def feed_parse(body: bytes, *, url: str, content_type: str = "") -> ParsedFeed:
    """Parse a feed document. Raises InvalidInput when the bytes are not a feed at all."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    # A stream, never bytes or str: given a string, feedparser would open it as a URL or path.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=True)
    problem = str(parsed.get("bozo_exception") or "") if parsed.get("bozo") else ""
    # Neither a known feed format, nor entries, nor any channel element: not a feed at all.
    if not parsed.get("version") and not parsed.entries and not parsed.feed:
        raise InvalidInput(f"not a feed{': ' + problem[:300] if problem else ''}")
    entries = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            # Atom may give only an id that is a URL; RSS a guid marked as a permalink.
            candidate = (entry.get("id") or "").strip()
            if candidate.startswith(("http://", "https://")):
                link = candidate
        if not link:
            continue
        link = urljoin(url, link)
        if not link.startswith(("http://", "https://")) or link in seen:
            continue
        seen.add(link)
        entries.append(
            FeedEntry(
                url=link[:2000],
                title=html_to_text(entry.get("title") or "")[:1000],
                text=_entry_text(entry),
                published=_entry_date(entry),
            )
        )
    return ParsedFeed(
        title=html_to_text(parsed.feed.get("title") or "")[:300],
        version=parsed.get("version") or "",
        entries=entries,
        problem=problem,
        skipped=len(parsed.entries) - len(entries),
    )
