"""Canonical URLs: one article per canonical URL, whatever tracking parameters it came with."""

from __future__ import annotations

from urllib.parse import urlsplit

import courlan

from cases.exceptions import InvalidInput

# Article.url and canonical_url hold 2,000 characters; no real article address is longer.
MAX_URL = 2000


def canonical_url(url: str) -> str:
    """Normalise a URL (scheme and host case, default ports, fragments, tracking parameters).

    Raises InvalidInput for anything that is not an absolute http(s) URL.
    """
    url = (url or "").strip()
    if len(url) > MAX_URL:
        raise InvalidInput(f"The URL is longer than {MAX_URL:,} characters: {url[:80]!r}...")
    if any(ord(ch) < 32 for ch in url):
        raise InvalidInput("The URL holds control characters.")
    try:
        parts = urlsplit(url)
    except ValueError:
        raise InvalidInput(f"{url[:200]!r} is not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidInput(f"{url[:200]!r} is not an http or https URL")
    cleaned = courlan.clean_url(url) or url
    try:
        return courlan.normalize_url(cleaned, strict=True, trailing_slash=False)
    except (ValueError, TypeError):
        raise InvalidInput(f"{url[:200]!r} is not a valid URL") from None
