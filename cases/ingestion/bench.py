"""Ingestion benchmark: a local feed of N full-text articles into proposals, queued and not.

    python -m cases.ingestion.bench [--articles 2000] [--workers 2] [--extract-workers 1 2 4]
                                                                        (make bench-ingest)

Runs in a scratch database (<DATABASE name>_bench, dropped and made anew) so that no
real data is touched. Runs of the same work, each from an empty database:

1. in one process: the poll stores each entry and its extraction runs right there (Celery
   eager mode: the same services and tasks, no broker);
2. through Redis with one worker process: the pure cost of the queue;
3. through Redis with --workers worker processes: what the queue buys;
4. scale-out: one worker on the ingest queue and 1, 2 and 4 (--extract-workers) on the
   extract queue, as docs/workers.md runs them on several hosts.

Prints articles per second for each and the ratios to the in-process run. Asserts
nothing: a busy machine moves the numbers.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent.parent

NAMES = ["Ivan", "Vitali", "Dmitri", "Sergei", "Alexei", "Nikolai", "Artem", "Maxim", "Fedor", "Yuri"]
ORIGINS = ["Russian", "Belarusian"]
TRANSIT = ["Kazakhstan", "Georgia", "Turkey", "Armenia", "Mongolia", "Kyrgyzstan", "Serbia"]
DESTINATIONS = ["France", "Germany", "Spain", "the Netherlands", "Norway", "Finland", "Canada"]
ROLES = ["mobilised reservist", "contract soldier", "conscript", "junior officer"]


def _words(rng: random.Random, n: int) -> str:
    syllables = ["ka", "ro", "mi", "ten", "sol", "var", "ul", "dek", "pra", "zo", "lin", "gor", "ev", "an"]
    return " ".join("".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(n))


def article_text(n: int) -> str:
    """A distinct, relevant article: a desertion-and-asylum core among unrelated sentences."""
    rng = random.Random(n)
    core = (
        f"A {rng.choice(ORIGINS)} {rng.choice(ROLES)} named {rng.choice(NAMES)} deserted from his unit "
        f"in {2022 + n % 3} and crossed into {rng.choice(TRANSIT)}, then applied for asylum in "
        f"{rng.choice(DESTINATIONS)}, his lawyer said in report number {n}."
    )
    filler = [f"{_words(rng, 12).capitalize()}." for _ in range(10)]
    filler.insert(rng.randint(0, 3), core)
    return " ".join(filler)


def feed_document(base: str, count: int) -> bytes:
    items = "".join(
        f"<item><title>Report {n}: soldier seeks asylum</title><link>{base}/story/{n}</link>"
        f"<pubDate>Mon, 06 Nov 2023 10:00:00 GMT</pubDate>"
        f"<content:encoded>{escape(article_text(n))}</content:encoded></item>"
        for n in range(count)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>'
        f"<link>{base}/</link><description>bench</description>{items}</channel></rss>"
    ).encode()


def serve_feed(count: int) -> tuple[ThreadingHTTPServer, str]:
    state: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = state["feed"]
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    state["feed"] = feed_document(base, count)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, base


def scratch_database() -> str:
    """Create <name>_bench anew and point this process (and its workers) at it."""
    import psycopg

    from tracker.settings import database_from_url

    config = database_from_url(os.environ["DATABASE_URL"])
    name = f"{config['NAME']}_bench"
    conninfo = {
        "dbname": config["NAME"], "user": config["USER"] or None, "password": config["PASSWORD"] or None,
        "host": config["HOST"] or None, "port": config["PORT"] or None,
    }  # fmt: skip
    with psycopg.connect(**{k: v for k, v in conninfo.items() if v}, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["TRACKER_DATABASE_NAME"] = name  # for the workers
    import tracker.settings

    # This process imported the settings above, before the variable was set.
    tracker.settings.DATABASES["default"]["NAME"] = name
    return name


def drop_database(name: str) -> None:
    from django.db import connections

    connections.close_all()
    import psycopg

    from tracker.settings import database_from_url

    config = database_from_url(os.environ["DATABASE_URL"])
    conninfo = {
        "dbname": config["NAME"], "user": config["USER"] or None, "password": config["PASSWORD"] or None,
        "host": config["HOST"] or None, "port": config["PORT"] or None,
    }  # fmt: skip
    with psycopg.connect(**{k: v for k, v in conninfo.items() if v}, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def reset() -> None:
    from cases.models import Article, AuditEvent, CaseProposal, Source

    CaseProposal.objects.all().delete()
    Article.objects.all().delete()
    Source.objects.all().delete()
    AuditEvent.objects.all().delete()


def done_count() -> int:
    from cases.models import Article

    return Article.objects.exclude(status__in=[Article.Status.QUEUED, Article.Status.FETCHED]).count()


def run_in_process(feed_url: str, count: int) -> float:
    from cases.extraction import extract
    from cases.ingestion import dedup
    from cases.models import Source
    from cases.services.sources import source_poll
    from tracker.celery import app

    reset()
    # Warm-up, as the workers are warm by the time they get work: imports and models loaded.
    extract(title="warm-up", text="A soldier deserted and fled to France via Kazakhstan.")
    dedup.signature("warm up " * 40)
    source = Source.objects.create(name="bench", url=feed_url)
    app.conf.task_always_eager = True  # delay_on_commit runs the extraction task right here
    try:
        started = time.perf_counter()
        source_poll(source_id=source.pk)
        elapsed = time.perf_counter() - started
    finally:
        app.conf.task_always_eager = False
    assert done_count() == count, f"in-process: {done_count()} of {count} done"
    return elapsed


def start_workers(queues: list[str]) -> list[subprocess.Popen]:
    """One worker process per entry of `queues`, each consuming those queues."""
    from tracker.celery import app

    env = {**os.environ, "TRACKER_FETCH_ALLOW_PRIVATE": "true"}
    env.setdefault("DJANGO_DEBUG", "true")
    loglevel = os.environ.get("BENCH_WORKER_LOGLEVEL", "WARNING")
    command = [sys.executable, "-m", "celery", "-A", "tracker", "worker", "--pool=solo",
               f"--loglevel={loglevel}", "--without-heartbeat", "--without-gossip",
               "--without-mingle"]  # fmt: skip
    workers = [
        subprocess.Popen([*command, "-Q", queue, "-n", f"bench{i}@%h"], cwd=ROOT, env=env)
        for i, queue in enumerate(queues)
    ]
    n = len(queues)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if len(app.control.ping(timeout=0.5)) >= n:
            return workers
    stop_workers(workers)
    raise RuntimeError("the workers did not answer within 60 seconds")


def stop_workers(workers: list[subprocess.Popen]) -> None:
    for worker in workers:
        worker.terminate()
    for worker in workers:
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()


def run_queued(feed_url: str, count: int, queues: list[str]) -> float:
    from cases import tasks
    from cases.models import Source
    from tracker.celery import app

    reset()
    app.control.purge()
    processes = start_workers(queues)
    try:
        # Warm-up: each worker loads the extractor and opens its connections once.
        warm = Source.objects.create(name="warm-up", url=feed_url + "?warm", active=False)
        for _ in range(len(queues) * 2):
            tasks.source_poll_task.delay(-warm.pk)  # an unknown id: a no-op that still runs a task
        time.sleep(1)
        source = Source.objects.create(name="bench", url=feed_url, active=False)
        started = time.perf_counter()
        tasks.source_poll_task.delay(source.pk)
        last, last_change = -1, time.monotonic()
        while (done := done_count()) < count:
            if done != last:
                last, last_change = done, time.monotonic()
            elif time.monotonic() - last_change > 60:
                raise RuntimeError(f"queued: stuck at {done} of {count} done for a minute")
            time.sleep(0.05)
        return time.perf_counter() - started
    finally:
        stop_workers(processes)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2, help="workers on every queue, against one")
    parser.add_argument(
        "--extract-workers", type=int, nargs="*", default=[1, 2, 4],
        help="scale-out: runs with this many workers on the extract queue and one on ingest",
    )  # fmt: skip
    options = parser.parse_args(argv)
    if not os.environ.get("DATABASE_URL") or not os.environ.get("REDIS_URL"):
        print("DATABASE_URL and REDIS_URL are needed (make bench-ingest starts embedded ones)")
        return 2
    name = scratch_database()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import logging

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from cases.extraction import EXTRACTOR_VERSION
    from cases.models import CaseProposal

    logging.disable(logging.WARNING)
    call_command("migrate", verbosity=0)
    settings.TRACKER_FETCH_ALLOW_PRIVATE = True
    server, base = serve_feed(options.articles)
    feed_url = f"{base}/feed.xml"
    count = options.articles
    try:
        print(f"{count} articles, extractor {EXTRACTOR_VERSION}, scratch database {name}")
        in_process = run_in_process(feed_url, count)
        proposals = CaseProposal.objects.count()
        print(
            f"in one process:   {in_process:7.1f} s  {count / in_process:7.1f} articles/s  "
            f"{proposals} proposals"
        )
        every = "default,ingest,extract"
        one = run_queued(feed_url, count, [every])
        cost = 100 * (one / in_process - 1)
        print(f"Redis, 1 worker:  {one:7.1f} s  {count / one:7.1f} articles/s  queue cost {cost:+.0f}%")
        many = run_queued(feed_url, count, [every] * options.workers)
        ratio = many / in_process
        print(
            f"Redis, {options.workers} workers: {many:7.1f} s  {count / many:7.1f} articles/s  "
            f"time ratio to in-process {ratio:.2f} ({100 * (ratio - 1):+.0f}%)"
        )
        # Scale-out as in production: the queues on separate workers (docs/workers.md), so
        # fetching never waits behind extraction; the extract workers do the work here.
        base_rate = None
        for n in options.extract_workers:
            elapsed = run_queued(feed_url, count, ["default,ingest"] + ["extract"] * n)
            rate = count / elapsed
            base_rate = base_rate or rate
            print(
                f"separate queues, 1 ingest + {n} extract worker{'s' if n > 1 else ''}: {elapsed:7.1f} s  "
                f"{rate:7.1f} articles/s  {rate / base_rate:.2f}× the first"
            )
        print(f"proposals after the last run: {CaseProposal.objects.count()}")
    finally:
        server.shutdown()
        server.server_close()
        drop_database(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
