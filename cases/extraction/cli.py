"""The `extract_cases` command as a pure function: JSON lines in, JSON lines out.

python -m cases.extraction.cli INPUT.jsonl > predictions.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from typing import TextIO

from cases.extraction import extract

_ID = re.compile(r'"id"\s*:\s*"?([^",}]+)"?')


def run(lines: Iterable[str], out: TextIO, err: TextIO) -> int:
    """Extract every input line; return the number of lines that failed.

    Each line is `{"id", "title", "text", "language"?, "published"?}`. Output lines keep
    the input order. A malformed line gets one error line on `err` and the rest goes on.
    """
    failures = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        record_id = None
        try:
            record = json.loads(line.lstrip("\ufeff"))  # a BOM from Windows editors
            if not isinstance(record, dict):
                raise ValueError("a line must be a JSON object")
            record_id = record.get("id")
            if record_id is None:
                raise ValueError("missing id")
            result = extract(
                title=str(record.get("title") or ""),
                text=str(record.get("text") or ""),
                language=record.get("language") or None,
                published=record.get("published") or None,
            ).to_dict()
        except Exception as exc:  # one bad line must not stop a batch of thousands
            failures += 1
            if record_id is None:
                # Broken JSON: the id may still be readable, and the error names it.
                found = _ID.search(line)
                record_id = found.group(1) if found else None
            err.write(json.dumps({"id": record_id, "line": number, "error": str(exc)}) + "\n")
            continue
        out.write(
            json.dumps(
                {
                    "id": record_id,
                    "relevant": result["relevant"],
                    # Whether the article reaches an editor (a proposal or the triage
                    # list): the triage recall is measured on this.
                    "topical": result["topical"],
                    "language": result["language"],
                    "language_confidence": result["language_confidence"],
                    "extractor_version": result["extractor_version"],
                    "cases": result["cases"],
                },
                ensure_ascii=False,
            )
            + "\n"
        )
    return failures


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python -m cases.extraction.cli INPUT.jsonl\n")
        return 2
    with open(args[0], encoding="utf-8") as handle:
        failures = run(handle, sys.stdout, sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
