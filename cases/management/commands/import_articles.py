"""Import articles from a JSONL or CSV file, or a folder of HTML (and text, PDF) files.

    manage.py import_articles PATH [--dry-run]

Rows are objects (JSONL) or rows with a header (CSV) with any of: url, title, text,
language, published (YYYY-MM-DD), author, publisher. A row needs a url or a text; a url
without text is fetched by the workers. Running again on the same input adds nothing:
rows with a URL are keyed by the canonical URL, rows without one by the text's hash.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import charset_normalizer
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from cases.exceptions import TrackerError
from cases.services.imports import article_import, article_upload

FILE_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ".pdf"}
ROW_FIELDS = ("url", "title", "text", "language", "published", "author", "publisher")


def _encoding(path: Path) -> str:
    """UTF-8 (with or without a byte order mark) when the file is; otherwise the encoding
    charset-normalizer finds in its first megabyte, so a spreadsheet's Windows-1251 export
    is read as text, not as replacement characters."""
    with path.open("rb") as handle:
        sample = handle.read(1 << 20)
    try:
        sample.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # a character cut at the sample's end
            return "utf-8-sig"
    best = charset_normalizer.from_bytes(sample).best()
    return best.encoding if best else "utf-8-sig"


def _rows_jsonl(path: Path) -> Iterator[tuple[str, dict | Exception]]:
    with path.open(encoding=_encoding(path), errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise ValueError("not a JSON object")
                yield f"line {number}", row
            except ValueError as exc:
                yield f"line {number}", exc
            except RecursionError:
                yield f"line {number}", ValueError("JSON nested too deeply to be an article")


def _rows_csv(path: Path) -> Iterator[tuple[str, dict | Exception]]:
    """Each row with its line number, or the error that made it unreadable; a broken row
    (a NUL byte, a field over 10 MB) is reported and the rows after it are still read."""
    csv.field_size_limit(10 * 1024 * 1024)
    with path.open(encoding=_encoding(path), errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = [name.strip().lower() for name in next(reader)]
        except StopIteration:
            return
        except csv.Error as exc:
            raise CommandError(f"{path.name}: the header cannot be read: {exc}") from None
        if not {"url", "text"} & set(header):
            raise CommandError(
                f"{path.name}: the first line must name the columns, with url or text among them "
                f"(it reads: {', '.join(header) or 'nothing'})"
            )
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield f"line {reader.line_num}", ValueError(f"unreadable CSV: {exc}")
                continue
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(header):
                yield (
                    f"line {reader.line_num}",
                    ValueError(
                        f"{len(values)} fields where the header has {len(header)}; is a comma unquoted?"
                    ),
                )
                continue
            yield f"line {reader.line_num}", dict(zip(header, values, strict=False))


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


class Command(BaseCommand):
    help = "Import articles from JSONL, CSV or a folder of HTML/text/PDF files; safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="Read the input and store nothing.")

    def handle(self, *args, path: Path, dry_run: bool, **options):
        if not path.exists():
            raise CommandError(f"{path} does not exist")
        counts: Counter[str] = Counter()
        errors: list[str] = []
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FILE_SUFFIXES)
            items = ((str(p.relative_to(path)), p) for p in files)
            total = len(files)
        elif path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
            items, total = _rows_jsonl(path), _count_lines(path)
        elif path.suffix.lower() == ".csv":
            items, total = _rows_csv(path), max(_count_lines(path) - 1, 0)
        else:
            raise CommandError("PATH must be a .jsonl or .csv file, or a folder of .html/.txt/.pdf files")

        for label, item in tqdm(items, total=total, file=sys.stderr, unit="item", disable=None):
            try:
                if isinstance(item, Exception):
                    raise item
                if dry_run:
                    counts["checked"] += 1
                    continue
                submission = self._import_one(item)
            except (TrackerError, ValueError, OSError) as exc:
                counts["errors"] += 1
                errors.append(f"{label}: {getattr(exc, 'message', None) or exc}")
                continue
            counts["created" if submission.created else "already known"] += 1

        for line in errors[:200]:
            self.stderr.write(f"error {line}")
        if len(errors) > 200:
            self.stderr.write(f"... and {len(errors) - 200} more errors")
        summary = ", ".join(f"{n} {key}" for key, n in sorted(counts.items())) or "nothing to import"
        self.stdout.write(f"{total} items read: {summary}.")

    def _import_one(self, item):
        if isinstance(item, Path):
            return article_upload(actor=None, filename=item.name, content=item.read_bytes())
        row = {key: (str(item.get(key) or "")).strip() for key in ROW_FIELDS}
        published = None
        if row["published"]:
            try:
                published = date.fromisoformat(row["published"][:10])
            except ValueError:
                raise ValueError(f"published {row['published']!r} is not a YYYY-MM-DD date") from None
        return article_import(
            actor=None,
            url=row["url"],
            title=row["title"],
            text=row["text"],
            language=row["language"],
            published=published,
            author=row["author"],
            publisher=row["publisher"],
        )
