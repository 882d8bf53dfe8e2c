"""The one HTTP client for the open web: safe against slow, huge, hostile and internal servers.

- Server-side request forgery: every hop's host is resolved once, every address it
  resolves to is classified, and the connection goes to that checked address while the
  original name is sent as Host and as TLS SNI (and checked against the certificate), so a
  second, different DNS answer (rebinding) can never be what we connect to.
- Redirects are followed by hand, up to a limit, each hop checked as the first.
- The body is streamed against a cap; gzip and deflate are decoded incrementally against
  the same cap, so a small compressed bomb cannot expand in memory.
- Connect and read timeouts, plus a total deadline that a server dripping bytes cannot
  escape; only the content types we can use are read at all.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3
from django.conf import settings
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import SSLError

from cases.exceptions import FetchError

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "application/json",
    }
)
TEXT_TYPES = frozenset({"text/plain"})
PDF_TYPES = frozenset({"application/pdf"})
# What we read; anything else (images, video, archives) is refused before its body is read.
ALLOWED_TYPES = HTML_TYPES | FEED_TYPES | TEXT_TYPES | PDF_TYPES

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Statuses worth trying again later: the server is busy, rate-limits us or is broken for now.
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
CHUNK_BYTES = 64 * 1024

_THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")  # "this host": Linux connects 0.x to itself
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True)
class Fetched:
    url: str  # the final URL, after redirects
    status: int
    content_type: str  # lower case, without parameters; "" when the server sent none
    charset: str  # the charset the server declared, if any
    body: bytes
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, Teredo, NAT64), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def address_refusal(address: IPAddress, *, allow_private: bool = False) -> str | None:
    """Why we must not connect to this address, or None when we may.

    `allow_private` (tests and private deployments) admits loopback and private ranges;
    link-local (cloud metadata at 169.254.169.254), multicast, unspecified and reserved
    addresses are refused always, since no article is ever served from them.
    """
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            reason = address_refusal(embedded, allow_private=allow_private)
            if reason is not None:
                return f"{reason} (carried in {address})"
            if address.ipv4_mapped is not None:
                return None  # ::ffff:a.b.c.d is a.b.c.d, which passed
    if address.is_loopback:
        return None if allow_private else "a loopback address"
    if address.is_unspecified or address in _THIS_NETWORK:
        return "an unspecified address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_reserved:
        return "a reserved address"
    if address.is_private or not address.is_global:
        return None if allow_private else "a private address"
    return None


def resolve_checked(host: str, port: int, *, allow_private: bool) -> IPAddress:
    """Resolve `host` once and return the address to connect to, or raise FetchError.

    Every address the name resolves to must pass, not only the first: a name that
    answers with a public and an internal address is refused.
    """
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [literal]
    else:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(f"cannot resolve {host}: {exc}", transient=True) from None
        # Zone ids (fe80::1%eth0) are cut: the classifier sees the address itself.
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
        if not addresses:
            raise FetchError(f"cannot resolve {host}", transient=True)
    for address in addresses:
        reason = address_refusal(address, allow_private=allow_private)
        if reason is not None:
            raise FetchError(f"refused: {host} is {reason} ({address})")
    return addresses[0]


def _open(url: str, address: IPAddress, headers: dict[str, str]) -> urllib3.BaseHTTPResponse:
    """Send the request to `address` (already checked), naming the URL's host in Host and SNI."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)
    default_port = port == (443 if https else 80)
    host_header = (f"[{host}]" if ":" in host else host) + ("" if default_port else f":{port}")
    timeout = urllib3.Timeout(
        connect=settings.TRACKER_FETCH_CONNECT_TIMEOUT, read=settings.TRACKER_FETCH_TIMEOUT
    )
    if https:
        pool: urllib3.HTTPConnectionPool = urllib3.HTTPSConnectionPool(
            str(address),
            port,
            timeout=timeout,
            maxsize=1,
            retries=False,
            cert_reqs="CERT_REQUIRED",
            ca_certs=certifi.where(),
            server_hostname=host,  # SNI names the site, not the address
            assert_hostname=host,  # and the certificate must be the site's
        )
    else:
        pool = urllib3.HTTPConnectionPool(str(address), port, timeout=timeout, maxsize=1, retries=False)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return pool.urlopen(
        "GET",
        path,
        headers={**headers, "Host": host_header},
        redirect=False,
        retries=False,
        preload_content=False,
        decode_content=False,
        assert_same_host=False,
        release_conn=False,
    )


class _Decoder:
    """Decodes gzip/deflate chunk by chunk, never producing more than `limit` bytes in all."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.parts: list[bytes] = []
        self.encoding = encoding
        if encoding in ("gzip", "x-gzip"):
            self.inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.inflater = zlib.decompressobj(zlib.MAX_WBITS)  # zlib-wrapped; raw is tried below
        elif encoding in ("", "identity"):
            self.inflater = None
        else:
            raise FetchError(f"unsupported content encoding {encoding!r}")
        self.first = True

    def _add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise FetchError(f"the response is larger than {self.limit} bytes")
        self.parts.append(data)

    def feed(self, chunk: bytes) -> None:
        if self.inflater is None:
            self._add(chunk)
            return
        if self.first and self.encoding == "deflate" and chunk and (chunk[0] & 0x0F) != 8:
            # Some servers send raw deflate without the zlib header the standard asks for.
            self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self.first = False
        data = chunk
        try:
            while data:
                # max_length bounds what one call may produce: the bomb guard.
                out = self.inflater.decompress(data, self.limit - self.size + 1)
                self._add(out)
                data = self.inflater.unconsumed_tail
        except zlib.error as exc:
            raise FetchError(f"the {self.encoding} body is corrupt: {exc}") from None

    def finish(self) -> bytes:
        if self.inflater is not None:
            try:
                self._add(self.inflater.flush())
            except zlib.error as exc:
                raise FetchError(f"the {self.encoding} body is corrupt: {exc}") from None
        return b"".join(self.parts)


def _read_body(response: urllib3.BaseHTTPResponse, url: str, deadline: float) -> bytes:
    limit = settings.TRACKER_FETCH_MAX_BYTES
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"{url} is {declared} bytes, more than the limit of {limit}")
    encoding = (response.headers.get("Content-Encoding") or "").strip().lower()
    decoder = _Decoder(encoding, limit)
    received = 0
    while True:
        # read1 returns what one socket read brings, so a server dripping a byte at a time
        # meets the deadline check between reads, not after filling a whole chunk.
        chunk = response.read1(CHUNK_BYTES, decode_content=False)
        if not chunk:
            break
        received += len(chunk)
        if received > limit:
            raise FetchError(f"{url} sent more than the limit of {limit} bytes")
        decoder.feed(chunk)
        if time.monotonic() > deadline:
            raise FetchError(
                f"{url} took longer than {settings.TRACKER_FETCH_TOTAL_TIMEOUT} s", transient=True
            )
    return decoder.finish()


def _check_url(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be fetched, not {url[:200]!r}")
    if not parts.hostname:
        raise FetchError(f"{url[:200]!r} names no host")
    if parts.username or parts.password:
        raise FetchError("URLs with a user name or password are not fetched")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError(f"{url[:200]!r} has a malformed port") from None
    return parts.hostname, port


# How long a submit form waits for the host's name to resolve before leaving the check to
# the worker.
SUBMIT_RESOLVE_SECONDS = 3.0


def url_refusal(url: str) -> str | None:
    """Why `url` cannot be fetched, said at submit time, or None: not http(s), no host, a
    user name in it, or a host that is (or resolves to) a private, loopback, link-local or
    reserved address. The name is resolved once with a short timeout; a name that does
    not resolve in time is left to the worker, which checks again at every redirect."""
    try:
        host, port = _check_url(url)
    except FetchError as exc:
        return str(exc)
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(resolve_checked, host, port, allow_private=settings.TRACKER_FETCH_ALLOW_PRIVATE)
    try:
        future.result(timeout=SUBMIT_RESOLVE_SECONDS)
    except FetchError as exc:
        return None if exc.transient else f"This address cannot be fetched: {exc}."
    except FutureTimeout:
        return None
    finally:
        pool.shutdown(wait=False)
    return None


def fetch(url: str, *, etag: str = "", last_modified: str = "") -> Fetched:
    """GET `url` safely and return its decoded body, or raise FetchError (with `transient`).

    With `etag` / `last_modified` the request is conditional; a 304 comes back as a Fetched
    with `not_modified` true and an empty body.
    """
    allow_private = settings.TRACKER_FETCH_ALLOW_PRIVATE
    deadline = time.monotonic() + settings.TRACKER_FETCH_TOTAL_TIMEOUT
    headers = {
        "User-Agent": settings.TRACKER_USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
        "application/xml;q=0.9,text/plain;q=0.8,application/pdf;q=0.7,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    for _hop in range(settings.TRACKER_FETCH_MAX_REDIRECTS + 1):
        host, port = _check_url(current)
        address = resolve_checked(host, port, allow_private=allow_private)
        response = None
        try:
            response = _open(current, address, headers)
            status = response.status
            if status in REDIRECT_STATUSES:
                location = response.headers.get("Location")
                if not location:
                    raise FetchError(f"HTTP {status} from {current} without a Location")
                current = urljoin(current, location.strip())
                logger.info("fetch redirect status=%s to=%s", status, current[:300])
                continue
            if status == 304:
                return Fetched(current, 304, "", "", b"", etag, last_modified)
            if status >= 400 or status < 200:
                raise FetchError(f"HTTP {status} from {current}", transient=status in TRANSIENT_STATUSES)
            content_type = response.headers.get("Content-Type", "")
            mime, _, params = content_type.partition(";")
            mime = mime.strip().lower()
            if mime and mime not in ALLOWED_TYPES:
                raise FetchError(f"{current} is {mime}, not a page, feed, text or PDF")
            charset = ""
            for param in params.split(";"):
                key, _, value = param.partition("=")
                if key.strip().lower() == "charset":
                    charset = value.strip().strip("\"'").lower()
            body = _read_body(response, current, deadline)
            return Fetched(
                url=current,
                status=status,
                content_type=mime,
                charset=charset,
                body=body,
                etag=response.headers.get("ETag", "")[:500],
                last_modified=response.headers.get("Last-Modified", "")[:100],
            )
        except SSLError as exc:
            raise FetchError(f"TLS failed for {current}: {exc}") from None
        except Urllib3Error as exc:
            # Timeouts, refused connections, resets, truncated bodies: the network's weather.
            raise FetchError(f"could not fetch {current}: {type(exc).__name__}", transient=True) from None
        except OSError as exc:
            raise FetchError(f"could not fetch {current}: {exc}", transient=True) from None
        finally:
            if response is not None:
                # Never pool: close the socket, unread body and all.
                response.close()
    raise FetchError(f"more than {settings.TRACKER_FETCH_MAX_REDIRECTS} redirects from {url}")
