"""Run the extractor over a folder of gold articles and print the score table.

    python -m cases.extraction.evaluate /work/shared/eval/dev [--pred PREDS.jsonl]
        [--scorer /work/shared/eval/score.py] [--show-errors]

Predictions are written as JSONL (the scorer's input); the table comes from score.py.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

from cases.extraction.cli import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path, help="folder of *.json gold articles")
    # The default is the ignored .data folder, so predictions are never committed.
    parser.add_argument("--pred", type=Path, default=Path(".data") / "extraction-preds.jsonl")
    parser.add_argument("--scorer", type=Path, default=None)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    lines = []
    for path in sorted(args.gold.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        lines.append(json.dumps({k: record.get(k) for k in ("id", "title", "text", "language", "published")}))
    out = io.StringIO()
    run(lines, out, sys.stderr)
    args.pred.parent.mkdir(parents=True, exist_ok=True)
    args.pred.write_text(out.getvalue(), encoding="utf-8")
    print(f"predictions: {args.pred}")
    scorer = args.scorer or args.gold.parent / "score.py"
    command = [sys.executable, str(scorer), "--gold", str(args.gold), "--pred", str(args.pred)]
    if args.show_errors:
        command.append("--show-errors")
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
