"""A fresh machine has neither PostgreSQL nor Redis: the embedded ones start and stop cleanly."""

import os
import re
import shutil
import socket
import subprocess
import sys

import psutil

from tests.conftest import ROOT

PROBE = """
import os, psycopg, redis
with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
    assert conn.execute("select current_setting('server_version_num')::int").fetchone()[0] >= 180000
assert redis.Redis.from_url(os.environ["REDIS_URL"]).ping()
print("both up")
"""


def test_embedded_servers_start_for_a_command_and_leave_nothing_running():
    data = ROOT / ".data" / "embedded-test"
    shutil.rmtree(data, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env["TRACKER_DATA_DIR"] = str(data)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tracker.embedded", sys.executable, "-c", PROBE],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "both up" in result.stdout
        leftovers = [
            p.info["cmdline"]
            for p in psutil.process_iter(["cmdline"])
            if str(data) in " ".join(p.info["cmdline"] or [])
        ]
        assert leftovers == []
        port = int(re.search(r"Redis on redis://127\.0\.0\.1:(\d+)", result.stderr).group(1))
        with socket.socket() as probe:
            assert probe.connect_ex(("127.0.0.1", port)) != 0  # Redis was shut down
    finally:
        shutil.rmtree(data, ignore_errors=True)
