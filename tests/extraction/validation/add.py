"""Add authored articles to the validation set, each to its fixed part.

    python tests/extraction/validation/add.py FOLDER [FOLDER ...]

Each *.json (GUIDELINES.md gold under "gold", plus "category" and "note") is checked and
copied to dev/ or locked/ by a hash of its id, so that adding a batch again never moves an
article from one part to the other. Two in five go to locked/.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
KEYS = {"id", "language", "published", "title", "text", "gold"}
CASE_KEYS = {"kind", "people_count", "names", "roles", "origin", "transit", "destination", "status", "dates"}


def part(article_id: str) -> str:
    return "locked" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5 < 2 else "dev"


def check(record: dict) -> str | None:
    if not set(record) >= KEYS:
        return f"missing {sorted(KEYS - set(record))}"
    gold = record["gold"]
    if bool(gold.get("relevant")) != bool(gold.get("cases")):
        return "relevant must be true exactly when there are cases"
    for case in gold.get("cases") or []:
        if not set(case) >= CASE_KEYS:
            return f"a case lacks {sorted(CASE_KEYS - set(case))}"
    return None


def main(folders: list[str]) -> int:
    added = {"dev": 0, "locked": 0}
    for folder in folders:
        for path in sorted(Path(folder).glob("*.json")):
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
            except ValueError as exc:
                print(f"skipped {path}: {exc}", file=sys.stderr)
                continue
            problem = check(record)
            if problem:
                print(f"skipped {path}: {problem}", file=sys.stderr)
                continue
            target = HERE / part(str(record["id"])) / f"{record['id']}.json"
            target.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            added[target.parent.name] += 1
    print(f"dev {added['dev']}, locked {added['locked']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
