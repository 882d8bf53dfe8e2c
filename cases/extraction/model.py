"""Plain dataclasses that carry mentions and cases through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field

DATE_KEYS = ("deserted", "left_origin", "arrived", "applied", "decided", "returned")
STATUS_ORDER = (
    # GUIDELINES precedence: the first status found in this order wins.
    "returned",
    "deceased",
    "granted",
    "refused",
    "visa_granted",
    "detained",
    "applied",
    "fled",
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the text (or the title, with `in_title`), with its offsets."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    in_title: bool = False
    furniture: bool = False
    heading: bool = False  # a short line right before a paragraph of prose: a subheading


@dataclass(frozen=True)
class Span:
    """A piece of evidence: where a value was read, and the sentence around it."""

    start: int
    end: int
    text: str
    sentence: Sentence

    def to_dict(self) -> dict:
        if self.sentence.in_title:
            # The contract marks title evidence with -1 offsets: they index into `text`.
            return {"start": -1, "end": -1, "text": self.text, "sentence": self.sentence.text}
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": self.sentence.text,
        }


@dataclass
class Value:
    """A proposed field value with its evidence and a confidence in 0..1."""

    value: object
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class Case:
    kind: Value | None = None
    people_count: Value | None = None
    names: list[Value] = field(default_factory=list)
    roles: list[Value] = field(default_factory=list)
    origin: Value | None = None
    transit: list[Value] = field(default_factory=list)
    destination: Value | None = None
    status: Value | None = None
    dates: dict[str, Value] = field(default_factory=dict)

    def to_dict(self) -> dict:
        evidence: dict[str, list[dict]] = {}
        confidence: dict[str, float] = {}

        def note(key: str, values: list[Value]) -> None:
            spans = [span.to_dict() for v in values for span in v.evidence]
            if spans:
                evidence[key] = spans
            if values:
                confidence[key] = round(min(v.confidence for v in values), 3)

        for key in ("kind", "people_count", "origin", "destination", "status"):
            value = getattr(self, key)
            note(key, [value] if value else [])
        for key in ("names", "roles", "transit"):
            note(key, getattr(self, key))
        for key, value in self.dates.items():
            note("dates." + key, [value])
        return {
            "kind": self.kind.value if self.kind else None,
            "people_count": self.people_count.value if self.people_count else None,
            "names": [v.value for v in self.names],
            "roles": [v.value for v in self.roles],
            "origin": self.origin.value if self.origin else None,
            "transit": [v.value for v in self.transit],
            "destination": self.destination.value if self.destination else None,
            "status": self.status.value if self.status else "unknown",
            "dates": {k: (self.dates[k].value if k in self.dates else None) for k in DATE_KEYS},
            "evidence": evidence,
            "confidence": confidence,
        }


@dataclass
class ExtractionResult:
    relevant: bool
    language: str
    language_confidence: float
    cases: list[dict] = field(default_factory=list)
    extractor_version: str = ""
    # True whenever the article reaches an editor: a proposal, or the triage list.
    topical: bool = False
    # For an article that is topical without a case: its score, the cues that made it
    # topical, and a draft of the fields found ("hint") to start a proposal from.
    triage: dict | None = None

    def to_dict(self) -> dict:
        return {
            "relevant": self.relevant,
            "topical": self.topical,
            "triage": self.triage,
            "language": self.language,
            "language_confidence": self.language_confidence,
            "extractor_version": self.extractor_version,
            "cases": self.cases,
        }
