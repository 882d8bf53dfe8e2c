"""`manage.py bench` on a small case base: every figure it prints is produced."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command


@pytest.mark.django_db(transaction=True)
def test_the_bench_times_pages_against_their_sql_and_approvals():
    out = io.StringIO()
    call_command(
        "bench", cases=60, repeat=3, triage=40, skip=["load", "export"], stdout=out, stderr=io.StringIO()
    )
    text = out.getvalue()
    assert "40 articles on the triage list" in text
    pages = ["case list", "filtered list", "transit filter", "full-text search", "name search"]
    for label in [*pages, "review queue", "review queue, one language", "triage list"]:
        line = next(line for line in text.splitlines() if line.strip().startswith(label))
        assert re.search(r"\d+\.\d\dx", line), line  # p50, p95, raw SQL and the ratio
        assert "+ connection check" in line
    assert "approving a proposal (3 runs)" in text
