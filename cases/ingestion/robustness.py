"""Run real-world feeds and pages through the real pipeline, served from 127.0.0.1.

    python -m cases.ingestion.robustness [SHARED_DIR]      (make robustness)

Every feed in SHARED/corpora/feeds is added as a source and polled (fetch, conditional
headers, feedparser, one article per new entry); every page in SHARED/corpora/pages is
submitted by URL, fetched (the safe client, decoding, trafilatura, language) and
extracted. Each input runs in a transaction that is rolled back, so the database is left
as it was and no task is sent. Prints how many inputs became articles, how many were
recorded as errors (what a worker would store on the source or article) and how many
raised anything else: that last number must be zero, and the exit status says so.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import time
import traceback
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent.parent


class _Rollback(Exception):
    pass


class _QuietHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".xml": "application/xml"}

    def log_message(self, *args):
        pass


def _serve(directory: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _run_feeds(files: list[Path], base: str, corpus: Path, counts: Counter, failures: list[str]) -> None:
    from django.db import transaction

    from cases.models import Source
    from cases.services.sources import source_poll

    for path in files:
        url = f"{base}/{quote(str(path.relative_to(corpus)))}"
        try:
            with transaction.atomic():
                source = Source.objects.create(name=path.name, url=url)
                result = source_poll(source_id=source.pk)
                if result.error:
                    counts["feed errors recorded"] += 1
                    failures.append(f"recorded feed {path.relative_to(corpus)}: {result.error[:100]}")
                else:
                    counts["feeds read"] += 1
                    counts["feed entries → articles"] += result.new_articles
                    counts["feed entries with a link"] += result.entries
                    counts["feed entries without a link"] += result.skipped
                raise _Rollback
        except _Rollback:
            pass
        except Exception:
            counts["feeds raised"] += 1
            failures.append(f"{path}: {traceback.format_exc(limit=3)}")


def _run_pages(files: list[Path], base: str, corpus: Path, counts: Counter, failures: list[str]) -> None:
    from django.db import transaction

    from cases.exceptions import TrackerError
    from cases.models import Article
    from cases.services.articles import article_extract, article_fetch, article_submit

    for path in files:
        url = f"{base}/{quote(str(path.relative_to(corpus)))}"
        try:
            with transaction.atomic():
                article = article_submit(actor=None, url=url).article
                try:
                    article = article_fetch(article_id=article.pk)
                    if article.status == Article.Status.FETCHED:
                        article_extract(article_id=article.pk)
                    article.refresh_from_db()
                    counts["pages → articles"] += 1
                    counts[f"pages {article.status}"] += 1
                    if article.language:
                        counts["pages with a language"] += 1
                except TrackerError as exc:
                    counts["page errors recorded"] += 1
                    failures.append(f"recorded page {path.name}: {exc.message[:120]}")
                raise _Rollback
        except _Rollback:
            pass
        except Exception:
            counts["pages raised"] += 1
            failures.append(f"{path}: {traceback.format_exc(limit=3)}")


def main(argv: list[str]) -> int:
    shared = Path(argv[0]) if argv else ROOT.parent / "shared"
    corpora = shared / "corpora"
    if not (corpora / "feeds").is_dir() or not (corpora / "pages").is_dir():
        print(f"skipped: {corpora} is absent")
        return 0
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import logging

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    logging.disable(logging.WARNING)  # one line per failed feed would bury the summary
    call_command("migrate", verbosity=0)
    settings.TRACKER_FETCH_ALLOW_PRIVATE = True  # the corpora are served from 127.0.0.1

    server, base = _serve(corpora)
    counts: Counter[str] = Counter()
    failures: list[str] = []
    try:
        feeds = sorted((corpora / "feeds").rglob("*.xml"))
        pages = sorted((corpora / "pages").rglob("*.html"))
        started = time.monotonic()
        _run_feeds(feeds, f"{base}", corpora, counts, failures)
        feed_seconds = time.monotonic() - started
        started = time.monotonic()
        _run_pages(pages, f"{base}", corpora, counts, failures)
        page_seconds = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()

    raised = counts["feeds raised"] + counts["pages raised"]
    for line in failures:
        if not line.startswith("recorded"):
            print(line, file=sys.stderr)
    print(f"feeds: {len(feeds)} files in {feed_seconds:.1f} s")
    print(f"  read as feeds:            {counts['feeds read']}")
    print(f"  entries with a link:      {counts['feed entries with a link']}"
          f" (and {counts['feed entries without a link']} without one, skipped)")  # fmt: skip
    print(f"  entries became articles:  {counts['feed entries → articles']}")
    print(f"  errors recorded:          {counts['feed errors recorded']}")
    for line in failures:
        if line.startswith("recorded feed"):
            print(f"    {line.removeprefix('recorded feed ')}")
    print(f"  raised:                   {counts['feeds raised']}")
    print(f"pages: {len(pages)} files in {page_seconds:.1f} s")
    kinds = ", ".join(
        f"{status} {counts[f'pages {status}']}" for status in ("extracted", "irrelevant", "duplicate")
    )
    print(f"  became articles:          {counts['pages → articles']} ({kinds})")
    print(f"  language detected for:    {counts['pages with a language']}")
    print(f"  errors recorded:          {counts['page errors recorded']}")
    for line in failures:
        if line.startswith("recorded page"):
            print(f"    {line.removeprefix('recorded page ')}")
    print(f"  raised:                   {counts['pages raised']}")
    print(f"articles: {counts['feed entries → articles'] + counts['pages → articles']}, "
          f"errors recorded: {counts['feed errors recorded'] + counts['page errors recorded']}, "
          f"raised: {raised}")  # fmt: skip
    return 1 if raised else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
