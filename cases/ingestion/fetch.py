"""A first, careful HTTP fetch: timeouts, a size cap, http(s) only, public addresses only.

The ingestion issue replaces this with the full client (per-hop address checks pinned to
one resolution, gzip bomb guards, conditional GET).
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

from cases.exceptions import FetchError


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    content_type: str
    body: bytes


def _check_public(url: str) -> None:
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {host}: {exc}", transient=True) from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not settings.TRACKER_FETCH_ALLOW_PRIVATE and not address.is_global:
            raise FetchError(f"refused: {host} resolves to a non-public address {address}")


def fetch(url: str) -> Fetched:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError("only http and https URLs can be fetched")
    _check_public(url)
    request = urllib.request.Request(url, headers={"User-Agent": settings.TRACKER_USER_AGENT})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=settings.TRACKER_FETCH_TIMEOUT) as response:  # noqa: S310
            body = response.read(settings.TRACKER_FETCH_MAX_BYTES + 1)
            if len(body) > settings.TRACKER_FETCH_MAX_BYTES:
                raise FetchError(f"the page is larger than {settings.TRACKER_FETCH_MAX_BYTES} bytes")
            return Fetched(response.geturl(), response.status, response.headers.get_content_type(), body)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} from {url}", transient=exc.code >= 500) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise FetchError(f"could not fetch {url}: {exc}", transient=True) from None
