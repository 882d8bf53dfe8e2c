"""Score the extractor on sets of gold articles: the shared dev set and the project's own
validation set (its development and locked parts), with the triage recall beside.

    python -m cases.extraction.evaluate [NAME=FOLDER ...] [--scorer PATH] [--show-errors]

Without sets it scores `tests/extraction/validation/dev`, `tests/extraction/validation/locked`
and `../shared/eval/dev` (when present). Scoring is score.py's (GUIDELINES.md); the triage
recall is the share of relevant gold articles that reach an editor (`topical`), and the
triage share of negatives is the share of irrelevant ones that would sit on the triage list.
The locked part is only ever scored here: never read it to diagnose (see its README).
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import sys
from pathlib import Path

from cases.extraction.cli import run

ROOT = Path(__file__).resolve().parents[2]
VALIDATION = ROOT / "tests" / "extraction" / "validation"
DEFAULT_SETS = {
    "valid-dev": VALIDATION / "dev",
    "valid-locked": VALIDATION / "locked",
    "shared-dev": ROOT.parent / "shared" / "eval" / "dev",
}
INPUT_KEYS = ("id", "title", "text", "language", "published")


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def predict(folder: Path) -> tuple[dict[str, dict], list[dict]]:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.json"))]
    lines = [json.dumps({k: r.get(k) for k in INPUT_KEYS}, ensure_ascii=False) for r in records]
    out = io.StringIO()
    run(lines, out, sys.stderr)
    preds = {}
    for line in out.getvalue().splitlines():
        record = json.loads(line)
        preds[str(record["id"])] = record
    return preds, records


def evaluate(folder: Path, scorer) -> dict:
    preds, records = predict(folder)
    gold = {
        str(r["id"]): {"relevant": bool(r["gold"]["relevant"]), "cases": r["gold"]["cases"]} for r in records
    }
    result, errors = scorer.score(
        gold, {k: {"relevant": v["relevant"], "cases": v["cases"]} for k, v in preds.items()}
    )
    positives = [k for k, g in gold.items() if g["relevant"]]
    negatives = [k for k, g in gold.items() if not g["relevant"]]
    reached = sum(1 for k in positives if preds.get(k, {}).get("topical"))
    triaged_negatives = sum(
        1 for k in negatives if preds.get(k, {}).get("topical") and not preds.get(k, {}).get("relevant")
    )
    result["triage_recall"] = round(reached / len(positives), 4) if positives else 0.0
    result["negatives_in_triage"] = round(triaged_negatives / len(negatives), 4) if negatives else 0.0
    result["languages"] = len({r.get("language") for r in records})
    result["errors"] = errors
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sets", nargs="*", help="NAME=FOLDER of gold *.json files")
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    parser.add_argument(
        "--show-errors", action="store_true", help="list every differing slot (not for locked)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.scorer.exists():
        print(f"scorer not found: {args.scorer} (pass --scorer)", file=sys.stderr)
        return 2
    scorer = _scorer(args.scorer)
    sets = dict(s.split("=", 1) for s in args.sets) if args.sets else DEFAULT_SETS
    results = {}
    for name, folder in sets.items():
        folder = Path(folder)
        if folder.is_dir() and any(folder.rglob("*.json")):
            results[name] = evaluate(folder, scorer)
    if args.json:
        print(
            json.dumps(
                {k: {x: y for x, y in v.items() if x != "errors"} for k, v in results.items()}, indent=1
            )
        )
        return 0
    header = f"{'set':<14}{'arts':>5}{'lang':>5}  {'rel P':>6}{'rel R':>6}{'rel F1':>7}  "
    header += f"{'core P':>7}{'core R':>7}{'core F1':>8}  {'status':>7}{'transit':>8}{'year':>6}  "
    header += f"{'triage R':>9}{'neg→tri':>8}"
    print(header)
    for name, r in results.items():
        f = r["fields"]
        print(
            f"{name:<14}{r['articles']:>5}{r['languages']:>5}  {r['relevance']['precision']:>6.3f}"
            f"{r['relevance']['recall']:>6.3f}{r['relevance']['f1']:>7.3f}  {r['core']['precision']:>7.3f}"
            f"{r['core']['recall']:>7.3f}{r['core']['f1']:>8.3f}  {f['status']['f1']:>7.3f}"
            f"{f['transit']['f1']:>8.3f}{r['dates_year']['f1']:>6.3f}  {r['triage_recall']:>9.3f}"
            f"{r['negatives_in_triage']:>8.3f}"
        )
    failed = {name: r["missing_predictions"] for name, r in results.items() if r.get("missing_predictions")}
    if failed:
        # The CLI writes each failure and goes on; a set with failures is scored wrongly.
        print(f"extraction failed on some articles (see the errors above): {failed}", file=sys.stderr)
        return 1
    if args.show_errors:
        for name, r in results.items():
            if "locked" in name:
                continue  # the locked part is scored, never read
            print(f"\n# {name}")
            print("\n".join(r["errors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
