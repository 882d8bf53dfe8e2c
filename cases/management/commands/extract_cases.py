"""`python manage.py extract_cases INPUT.jsonl`: the scorer's entry point.

A thin wrapper: the work is `cases.extraction.cli.run`, which needs no database.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandParser

from cases.extraction.cli import run


class Command(BaseCommand):
    help = "Extract cases from JSON lines {id, title, text, language?, published?}."
    # No system checks: they would touch settings and the database, which this
    # command never needs, and the scorer runs it on machines without PostgreSQL.
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("input", help="a JSONL file, or - for standard input")

    def handle(self, *args: object, **options: object) -> None:
        path = str(options["input"])
        if path == "-":
            failures = run(sys.stdin, sys.stdout, sys.stderr)
        else:
            with open(path, encoding="utf-8") as handle:
                failures = run(handle, sys.stdout, sys.stderr)
        if failures:
            self.stderr.write(f"{failures} line(s) failed")
