"""The safe HTTP client against a hostile local web, and the address classifier on literals."""

from __future__ import annotations

import gzip
import ipaddress
import socket
import zlib

import pytest

from cases.exceptions import FetchError
from cases.ingestion.fetch import address_refusal, fetch, resolve_checked
from cases.ingestion.pages import page_extract, text_decode
from tests.ingestion.conftest import article_html, drip, gzip_bomb, send

REFUSED_ALWAYS = [
    "169.254.169.254",  # cloud metadata
    "fe80::1",
    "224.0.0.1",
    "ff02::1",
    "0.0.0.0",
    "0.1.2.3",
    "::",
    "240.0.0.1",
    "255.255.255.255",
    "::ffff:169.254.169.254",  # IPv4-mapped link-local
    "64:ff9b::a9fe:a9fe",  # NAT64 carrying 169.254.169.254
]
PRIVATE = [
    "127.0.0.1",
    "127.8.9.1",
    "::1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "100.64.0.1",  # carrier-grade NAT
    "fc00::1",
    "fd12:3456::1",
    "::ffff:127.0.0.1",  # IPv4-mapped loopback
    "::ffff:10.0.0.1",
    "2002:7f00:1::1",  # 6to4 carrying 127.0.0.1
    "2002:a00:1::1",  # 6to4 carrying 10.0.0.1
    "192.0.2.1",  # documentation
]
PUBLIC = ["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "::ffff:93.184.215.14"]


@pytest.mark.parametrize("literal", REFUSED_ALWAYS + PRIVATE)
def test_non_public_addresses_are_refused_by_default(literal):
    assert address_refusal(ipaddress.ip_address(literal)) is not None


@pytest.mark.parametrize("literal", REFUSED_ALWAYS)
def test_link_local_multicast_and_reserved_are_refused_even_when_private_is_allowed(literal):
    assert address_refusal(ipaddress.ip_address(literal), allow_private=True) is not None


@pytest.mark.parametrize("literal", PRIVATE)
def test_the_setting_admits_private_and_loopback_addresses(literal):
    assert address_refusal(ipaddress.ip_address(literal), allow_private=True) is None


@pytest.mark.parametrize("literal", PUBLIC)
def test_public_addresses_pass(literal):
    assert address_refusal(ipaddress.ip_address(literal)) is None


def test_a_name_resolving_to_any_internal_address_is_refused(monkeypatch):
    def fake_getaddrinfo(host, port, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", port)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(FetchError, match="private"):
        resolve_checked("mixed.example", 80, allow_private=False)


def test_a_loopback_url_is_refused_without_a_connection(web, settings):
    settings.TRACKER_FETCH_ALLOW_PRIVATE = False
    url = web.page("/a", "<p>hi</p>")
    for target in [url, f"http://[::ffff:127.0.0.1]:{web.port}/a", f"http://2130706433:{web.port}/a"]:
        with pytest.raises(FetchError, match="refused") as caught:
            fetch(target)
        assert not caught.value.transient
    assert web.requests == []


def test_a_redirect_to_a_link_local_address_is_refused_before_connecting(web):
    for target in [
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/",
        "http://[fe80::1]/",
    ]:
        web.routes["/go"] = lambda h, t=target: send(h, b"", status=302, headers={"Location": t})
        with pytest.raises(FetchError, match="link-local"):
            fetch(web.url("/go"))


def test_a_redirect_from_loopback_to_loopback_is_refused_when_private_is_off(web, settings):
    # The first hop is checked too: with the setting off nothing local is reached at all.
    settings.TRACKER_FETCH_ALLOW_PRIVATE = False
    web.routes["/go"] = lambda h: send(h, b"", status=302, headers={"Location": "http://10.0.0.1/"})
    with pytest.raises(FetchError, match="refused"):
        fetch(web.url("/go"))
    assert web.requests == []


def test_redirects_are_followed_and_checked_per_hop_up_to_the_limit(web, settings):
    settings.TRACKER_FETCH_MAX_REDIRECTS = 2
    web.page("/final", article_html("Final", ["Arrived."]))
    web.routes["/r1"] = lambda h: send(h, b"", status=301, headers={"Location": "/r2"})
    web.routes["/r2"] = lambda h: send(h, b"", status=302, headers={"Location": web.url("/final")})
    fetched = fetch(web.url("/r1"))
    assert fetched.url == web.url("/final") and b"Arrived." in fetched.body
    web.routes["/loop"] = lambda h: send(h, b"", status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch(web.url("/loop"))


def test_the_name_is_resolved_once_per_hop_and_sent_as_host(web, monkeypatch):
    calls = []
    real_getaddrinfo = socket.getaddrinfo

    def fake_getaddrinfo(host, port, *args, **kwargs):
        if host != "news.test":  # the connection step looks up the literal address: no DNS
            assert host == "127.0.0.1"
            return real_getaddrinfo(host, port, *args, **kwargs)
        calls.append(host)
        if len(calls) > 1:
            raise AssertionError("resolved twice: a rebinding answer could be used")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    web.page("/story", article_html("Story", ["Text."]))
    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    fetched = fetch(f"http://news.test:{web.port}/story")
    assert calls == ["news.test"]
    assert fetched.status == 200
    assert web.requests[-1][1]["Host"] == f"news.test:{web.port}"
    assert "DesertionCaseTracker" in web.requests[-1][1]["User-Agent"]


def test_a_slow_server_hits_the_total_deadline(web):
    web.routes["/slow"] = drip
    with pytest.raises(FetchError, match="longer than") as caught:
        fetch(web.url("/slow"))
    assert caught.value.transient


def test_a_huge_page_is_refused_by_its_length_or_while_streaming(web, settings):
    settings.TRACKER_FETCH_MAX_BYTES = 100_000
    web.page("/huge", b"a" * 200_000, content_type="text/plain")
    with pytest.raises(FetchError, match="limit"):
        fetch(web.url("/huge"))

    def no_length(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.end_headers()
        handler.wfile.write(b"a" * 300_000)

    web.routes["/stream"] = no_length
    with pytest.raises(FetchError, match="limit"):
        fetch(web.url("/stream"))


def test_gzip_and_deflate_are_decoded(web):
    html = article_html("Zipped", ["Compressed text."]).encode()
    web.page("/gz", gzip.compress(html), headers={"Content-Encoding": "gzip"})
    web.page("/zz", zlib.compress(html), headers={"Content-Encoding": "deflate"})
    raw = zlib.compressobj(wbits=-15)
    web.page("/raw", raw.compress(html) + raw.flush(), headers={"Content-Encoding": "deflate"})
    for path in ("/gz", "/zz", "/raw"):
        assert fetch(web.url(path)).body == html


def test_a_gzip_bomb_is_stopped_at_the_cap(web, settings):
    settings.TRACKER_FETCH_MAX_BYTES = 1_000_000
    bomb = gzip_bomb(200_000_000)  # 200 MB of zeros in about 200 KB
    assert len(bomb) < settings.TRACKER_FETCH_MAX_BYTES
    web.page("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="larger than"):
        fetch(web.url("/bomb"))


def test_a_corrupt_gzip_body_is_a_permanent_error(web):
    web.page("/bad", b"\x1f\x8b\x08\x00garbage-not-gzip", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="corrupt") as caught:
        fetch(web.url("/bad"))
    assert not caught.value.transient


def test_404_is_permanent_and_500_is_transient(web):
    with pytest.raises(FetchError, match="404") as missing:
        fetch(web.url("/missing"))
    assert not missing.value.transient
    web.page("/boom", b"oops", status=500, content_type="text/plain")
    with pytest.raises(FetchError, match="500") as broken:
        fetch(web.url("/boom"))
    assert broken.value.transient


def test_a_refused_connection_is_transient(web, settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as caught:
        fetch(f"http://127.0.0.1:{port}/")
    assert caught.value.transient


def test_content_types_we_cannot_read_are_refused(web):
    web.page("/img", b"\x89PNG....", content_type="image/png")
    with pytest.raises(FetchError, match="image/png"):
        fetch(web.url("/img"))


def test_only_http_urls_are_fetched():
    for url in ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/", "http://user:pw@example.org/"]:
        with pytest.raises(FetchError):
            fetch(url)


def test_conditional_get_returns_not_modified(web):
    def conditional(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.send_response(304)
            handler.end_headers()
        else:
            send(handler, b"<rss/>", content_type="application/rss+xml", headers={"ETag": '"v1"'})

    web.routes["/feed"] = conditional
    first = fetch(web.url("/feed"))
    assert first.etag == '"v1"' and not first.not_modified
    second = fetch(web.url("/feed"), etag=first.etag)
    assert second.not_modified and second.body == b""


def test_a_page_in_the_wrong_encoding_is_still_read(web):
    russian = "Военнослужащий дезертировал из части и попросил убежища во Франции. " * 5
    html = article_html("Дезертир", [russian], charset="utf-8").encode("cp1251")
    web.page("/ru", html, content_type="text/html; charset=utf-8")  # the label lies
    fetched = fetch(web.url("/ru"))
    page = page_extract(fetched.body, url=fetched.url, charset=fetched.charset)
    assert "дезертировал" in page.text
    assert page.language == "ru"


def test_decoding_prefers_a_bom_then_a_charset_that_fits():
    assert text_decode("été".encode("utf-8-sig"), "latin-1") == "été"
    assert text_decode("café".encode("cp1252"), "iso-8859-1") == "café"
    assert text_decode("привет".encode("koi8-r"), "koi8-r") == "привет"


def test_an_ipv6_loopback_server_is_reached_with_its_bracketed_host(settings):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")

    class Server(ThreadingHTTPServer):
        address_family = socket.AF_INET6

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            send(self, self.headers["Host"].encode(), content_type="text/plain")

        def log_message(self, *args):
            pass

    try:
        server = Server(("::1", 0), Handler)
    except OSError:
        pytest.skip("cannot listen on ::1")
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    settings.TRACKER_FETCH_ALLOW_PRIVATE = True
    try:
        port = server.server_address[1]
        assert fetch(f"http://[::1]:{port}/").body == f"[::1]:{port}".encode()
        settings.TRACKER_FETCH_ALLOW_PRIVATE = False
        with pytest.raises(FetchError, match="loopback"):
            fetch(f"http://[::1]:{port}/")
    finally:
        server.shutdown()
        server.server_close()
