"""A deliberately simple first extractor: countries, a count and a status word.

It keeps the interface of the full engine (see the package docstring) so that the
services can be built against it; the full engine replaces this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

EXTRACTOR_VERSION = "simple-0.1"

_COUNTRIES = {
    "RU": ("russia", "russian"),
    "UA": ("ukraine", "ukrainian"),
    "BY": ("belarus", "belarusian"),
    "KZ": ("kazakhstan",),
    "GE": ("georgia",),
    "AM": ("armenia",),
    "TR": ("turkey", "türkiye"),
    "FR": ("france",),
    "DE": ("germany",),
    "ES": ("spain",),
}
_TOPIC = re.compile(r"\b(desert\w*|draft|mobili[sz]\w*|conscript\w*|defect\w*)", re.I)
_STATUS = [
    ("returned", re.compile(r"\b(deported|extradited)\b", re.I)),
    ("granted", re.compile(r"\b(granted asylum|asylum was granted)\b", re.I)),
    ("refused", re.compile(r"\b(refused|rejected)\b", re.I)),
    ("detained", re.compile(r"\b(detained|detention)\b", re.I)),
    ("applied", re.compile(r"\b(applied for|asked for) (asylum|protection)\b", re.I)),
]


@dataclass
class ExtractionResult:
    relevant: bool
    language: str
    language_confidence: float
    cases: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "relevant": self.relevant,
            "language": self.language,
            "language_confidence": self.language_confidence,
            "extractor_version": EXTRACTOR_VERSION,
            "cases": self.cases,
        }


def _evidence(text: str, match: re.Match) -> dict:
    start = text.rfind(".", 0, match.start()) + 1
    end = text.find(".", match.end())
    end = len(text) if end == -1 else end + 1
    return {
        "start": match.start(),
        "end": match.end(),
        "text": match.group(0),
        "sentence": text[start:end].strip(),
    }


def extract(
    *, title: str, text: str, language: str | None = None, published: date | str | None = None
) -> ExtractionResult:
    topic = _TOPIC.search(text)
    if not topic:
        return ExtractionResult(False, language or "en", 0.5)
    evidence: dict[str, list[dict]] = {"kind": [_evidence(text, topic)]}
    found = []
    for code, names in _COUNTRIES.items():
        m = re.search(r"\b(" + "|".join(names) + r")\b", text, re.I)
        if m:
            found.append((m.start(), code, m))
    found.sort()
    origin = found[0][1] if found else None
    destination = found[-1][1] if len(found) > 1 else None
    if found:
        evidence["origin"] = [_evidence(text, found[0][2])]
    if destination:
        evidence["destination"] = [_evidence(text, found[-1][2])]
    status = "unknown"
    for name, pattern in _STATUS:
        m = pattern.search(text)
        if m:
            status = name
            evidence["status"] = [_evidence(text, m)]
            break
    case = {
        "kind": "desertion" if topic.group(0).lower().startswith("desert") else "draft_evasion",
        "people_count": None,
        "names": [],
        "roles": [],
        "origin": origin,
        "transit": [c for _, c, _ in found[1:-1]],
        "destination": destination,
        "status": status,
        "dates": dict.fromkeys(("deserted", "left_origin", "arrived", "applied", "decided", "returned")),
        "evidence": evidence,
        "confidence": {key: 0.3 for key in evidence},
    }
    return ExtractionResult(True, language or "en", 0.5, [case])
