"""Split an article's text into plain and highlighted segments from proposal evidence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    fields: tuple[str, ...] = ()

    @property
    def anchor(self) -> str:
        return "ev-" + self.fields[0].replace(".", "-") if self.fields else ""


def highlight_segments(text: str, evidence: dict) -> list[Segment]:
    """Non-overlapping segments in text order; a span covered by several fields names them all."""
    marks: list[set[str]] = [set() for _ in range(len(text))]
    for field, items in (evidence or {}).items():
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            start, end = item.get("start", -1), item.get("end", -1)
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
                for i in range(start, end):
                    marks[i].add(field)
    segments: list[Segment] = []
    begin = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or marks[i] != marks[begin]:
            segments.append(Segment(text[begin:i], tuple(sorted(marks[begin]))))
            begin = i
    return segments
