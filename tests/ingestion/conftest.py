"""A local HTTP server on 127.0.0.1 that plays the web's worst habits, route by route.

Nothing in these tests connects anywhere but 127.0.0.1: addresses that must be refused
are refused before any connection is attempted.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Route = Callable[[BaseHTTPRequestHandler], None]


def send(
    handler: BaseHTTPRequestHandler,
    body: bytes,
    *,
    status: int = 200,
    content_type: str = "text/html; charset=utf-8",
    headers: dict | None = None,
) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


class LocalWeb:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict]] = []
        web = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                web.requests.append((self.path, dict(self.headers)))
                route = web.routes.get(self.path.split("?")[0])
                if route is None:
                    send(self, b"not here", status=404, content_type="text/plain")
                else:
                    route(self)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def page(self, path: str, body: bytes | str, **kwargs) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = lambda handler: send(handler, data, **kwargs)
        return self.url(path)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def web(settings):
    """The local web, with private addresses allowed (the test server is on loopback)."""
    settings.TRACKER_FETCH_ALLOW_PRIVATE = True
    settings.TRACKER_FETCH_TIMEOUT = 2
    settings.TRACKER_FETCH_CONNECT_TIMEOUT = 2
    settings.TRACKER_FETCH_TOTAL_TIMEOUT = 3
    local = LocalWeb()
    yield local
    local.close()


def article_html(title: str, paragraphs: list[str], *, charset: str = "utf-8", extra_head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="{charset}"><title>{title}</title>{extra_head}'
        f"</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>© The Daily Example</footer></body></html>"
    )


def drip(handler: BaseHTTPRequestHandler) -> None:
    """Headers at once, then one byte every 0.3 s for much longer than any deadline."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(100):
        try:
            handler.wfile.write(b"x")
            handler.wfile.flush()
        except OSError:
            return
        time.sleep(0.3)


def gzip_bomb(size: int) -> bytes:
    return gzip.compress(b"\0" * size, compresslevel=9)
