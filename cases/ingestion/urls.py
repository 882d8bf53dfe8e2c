"""Canonical URLs: one article per canonical URL, whatever tracking parameters it came with."""

from __future__ import annotations

from urllib.parse import urlsplit

import courlan

from cases.exceptions import InvalidInput


def canonical_url(url: str) -> str:
    """Normalise a URL (scheme and host case, default ports, fragments, tracking parameters).

    Raises InvalidInput for anything that is not an absolute http(s) URL.
    """
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidInput(f"{url[:200]!r} is not an http or https URL")
    cleaned = courlan.clean_url(url) or url
    try:
        return courlan.normalize_url(cleaned, strict=True, trailing_slash=False)
    except (ValueError, TypeError):
        raise InvalidInput(f"{url[:200]!r} is not a valid URL") from None
