"""Main text and metadata of a web page, with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import trafilatura


@dataclass(frozen=True)
class PageContent:
    title: str
    text: str
    author: str
    publisher: str
    published: date | None
    language: str


def page_extract(html: bytes | str, *, url: str = "") -> PageContent:
    document = trafilatura.bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False, favor_precision=True
    )
    if document is None:
        return PageContent("", "", "", "", None, "")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    published = None
    if data.get("date"):
        try:
            published = date.fromisoformat(str(data["date"])[:10])
        except ValueError:
            published = None
    return PageContent(
        title=(data.get("title") or "")[:1000],
        text=data.get("text") or "",
        author=(data.get("author") or "")[:300],
        publisher=(data.get("sitename") or "")[:300],
        published=published,
        language=(data.get("language") or "")[:12],
    )
