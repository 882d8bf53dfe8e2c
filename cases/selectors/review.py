"""The review side: the queue of pending proposals, merge candidates, extraction quality."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.contrib.postgres.search import TrigramSimilarity
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from cases import edtf
from cases.models import Case, CaseProposal, Person
from cases.search import name_key, name_similarity
from cases.selectors.cases import TallyPaginator

QUEUE_SORTS = {
    "newest": ("-created_at", "-id"),
    "oldest": ("created_at", "id"),
    "confidence": ("-overall_confidence", "-id"),
    "low-confidence": ("overall_confidence", "id"),
    "published": (F("article__published").desc(nulls_last=True), "-id"),
}


@dataclass(frozen=True)
class QueueFilters:
    language: str = ""
    source: int | None = None
    min_confidence: float | None = None
    max_confidence: float | None = None
    country: str = ""
    published_from: date | None = None
    published_to: date | None = None
    sort: str = "newest"


def _filter_q(filters: QueueFilters) -> Q:
    """The queue filters as one condition on a proposal (and its article)."""
    q = Q()
    if filters.language:
        q &= Q(language=filters.language)
    if filters.source:
        q &= Q(article__source_id=filters.source)
    if filters.min_confidence is not None:
        q &= Q(overall_confidence__gte=filters.min_confidence)
    if filters.max_confidence is not None:
        q &= Q(overall_confidence__lte=filters.max_confidence)
    if filters.country:
        code = filters.country.upper()
        q &= Q(fields__origin=code) | Q(fields__destination=code) | Q(fields__transit__contains=[code])
    if filters.published_from:
        q &= Q(article__published__gte=filters.published_from)
    if filters.published_to:
        q &= Q(article__published__lte=filters.published_to)
    return q


def _filtered(proposals: QuerySet[CaseProposal], filters: QueueFilters) -> QuerySet[CaseProposal]:
    return proposals.filter(_filter_q(filters))


def review_queue(filters: QueueFilters | None = None, *, grouped: bool = True) -> QuerySet[CaseProposal]:
    """Pending proposals with their article, filtered and sorted.

    With `grouped`, one proposal stands for each near-duplicate group (per case position in
    the article): the oldest pending one that matches the filters. Its `group_size` is the
    number of pending proposals reporting the same story, matching or not. The database
    keeps each group's oldest proposal and size (migration 0016), so the unfiltered queue
    reads its page straight from an index; a filtered one picks the oldest match of each
    group among the matches only.
    """
    filters = filters or QueueFilters()
    pending = CaseProposal.objects.filter(status=CaseProposal.Status.PENDING)
    condition = _filter_q(filters)
    if not grouped:
        proposals = pending.filter(condition)
    elif not condition:
        proposals = pending.filter(group_head=True)
    else:
        # The head is its group's oldest pending proposal: where it matches, it is the
        # group's oldest match. Only in the few groups of several whose head does not match
        # is the oldest match one of the others.
        head_matches = pending.filter(
            condition, group_head=True, case_index=OuterRef("case_index"), group_key=OuterRef("group_key")
        )
        others = (
            pending.filter(condition, group_head=False, group_size__gt=1)
            .exclude(Exists(head_matches))
            .order_by("case_index", "group_key", "created_at", "id")
            .distinct("case_index", "group_key")
            .values("pk")
        )
        proposals = pending.filter(condition).filter(Q(group_head=True) | Q(pk__in=others))
    proposals = proposals.select_related("article", "article__source", "claimed_by")
    return proposals.order_by(*QUEUE_SORTS.get(filters.sort, QUEUE_SORTS["newest"]))


def review_queue_page(filters: QueueFilters | None = None, *, number=1, per_page: int = 50) -> Page:
    """One page of the grouped queue, its proposals with their article, source and claimer.

    The page is chosen on narrow rows (ids), and only its proposals are read whole; the
    count is exact up to some thousands and PostgreSQL's estimate past them.
    """
    ranked = review_queue(filters).values_list("pk", flat=True)
    # Past the exact bound the planner is asked about the groups whose head matches (the
    # rest are few); its estimate of the whole union is poor.
    heads = CaseProposal.objects.filter(
        _filter_q(filters or QueueFilters()), status=CaseProposal.Status.PENDING, group_head=True
    )
    page = TallyPaginator(ranked, per_page, estimate=heads).get_page(number)
    ids = list(page.object_list)
    by_id = CaseProposal.objects.select_related("article", "article__source", "claimed_by").in_bulk(ids)
    # Decided and deleted meanwhile: the page shows one row fewer.
    page.object_list = [by_id[pk] for pk in ids if pk in by_id]
    return page


DECIDED = (CaseProposal.Status.APPROVED, CaseProposal.Status.REJECTED, CaseProposal.Status.MERGED)


def decided_page(
    filters: QueueFilters | None = None,
    *,
    status: str = "",
    reviewer: int | None = None,
    number=1,
    per_page: int = 50,
) -> Page:
    """One page of decided proposals (approved, rejected, merged), latest decision first,
    filtered like the queue, and by decision and by who decided."""
    proposals = CaseProposal.objects.filter(status__in=[status] if status in DECIDED else DECIDED)
    if reviewer:
        proposals = proposals.filter(reviewer_id=reviewer)
    proposals = _filtered(
        proposals.select_related("article", "article__source", "reviewer", "case"), filters or QueueFilters()
    ).order_by("-reviewed_at", "-id")
    return Paginator(proposals, per_page).get_page(number)


def proposal_group(proposal: CaseProposal) -> list[CaseProposal]:
    """The other pending proposals for the same story (same near-duplicate group and position)."""
    key = proposal.article.near_duplicate_of_id or proposal.article_id
    return list(
        CaseProposal.objects.filter(
            status=CaseProposal.Status.PENDING, case_index=proposal.case_index, group_key=key
        )
        .exclude(pk=proposal.pk)
        .select_related("article", "article__source")
        .order_by("created_at", "id")
    )


def queue_languages() -> list[str]:
    """The languages of the pending proposals, for the queue's filter: one index probe per
    language (a loose scan of proposal_language_idx), not a pass over every proposal."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            WITH RECURSIVE found(language) AS (
                (SELECT language FROM cases_caseproposal
                 WHERE status = 'pending' AND language > '' ORDER BY language LIMIT 1)
                UNION ALL
                SELECT (SELECT p.language FROM cases_caseproposal p
                        WHERE p.status = 'pending' AND p.language > found.language
                        ORDER BY p.language LIMIT 1)
                FROM found WHERE found.language IS NOT NULL
            )
            SELECT language FROM found WHERE language IS NOT NULL
            """
        )
        return [row[0] for row in cursor.fetchall()]


def claim_is_live(proposal: CaseProposal, *, now: datetime | None = None) -> bool:
    return bool(
        proposal.claimed_by_id and proposal.claimed_until and proposal.claimed_until > (now or timezone.now())
    )


# --- Names across scripts ------------------------------------------------------------------


def latinise(name: str) -> str:
    """Lower-case Latin letters for comparing names across scripts and spellings.

    The same key research's name search stores on every Person (cases.search.name_key), so
    review and research agree on which names are alike.
    """
    return name_key(name)


# --- Merge candidates ----------------------------------------------------------------------

NAME_THRESHOLD = 0.35
TIME_SLACK = timedelta(days=120)


@dataclass
class Candidate:
    case: Case
    score: float
    reasons: list[str] = field(default_factory=list)


def _bounds(fields: dict[str, Any]) -> tuple[date | None, date | None]:
    starts, ends = [], []
    for value in (fields.get("dates") or {}).values():
        if value and edtf.is_valid(value):
            bounds = edtf.parse(value)
            if bounds.earliest:
                starts.append(bounds.earliest)
            if bounds.latest:
                ends.append(bounds.latest)
    return (min(starts) if starts else None, max(ends) if ends else None)


def merge_candidates(
    *, fields: dict[str, Any], exclude_case: int | None = None, limit: int = 5, passage: str = ""
) -> list[Candidate]:
    """Cases that likely describe the same people as these proposed fields, best first.

    Found by name (pg_trgm on the raw name, which the GIN index serves, and on a
    stored Latin key so Авалиани meets Avaliani) or by route (same origin and destination,
    or a shared transit country); then scored on names, route, time window, count and kind.
    A route and a count alone are no suggestion: a candidate needs a similar name,
    overlapping dates or a similar passage (`passage`, the proposal's evidence), and its
    reasons say which matched.
    """
    names = [n for n in fields.get("names") or [] if n.strip()]
    ids: set[int] = set()
    for name in names:
        same_script = Person.objects.annotate(sim=TrigramSimilarity("name", name)).filter(
            name__trigram_similar=name
        )
        ids.update(same_script.values_list("case_id", flat=True)[:50])
        # Cross-script: compare the stored Latin keys (Person.name_key, trigram GIN index).
        cross = Person.objects.annotate(sim=TrigramSimilarity("name_key", latinise(name))).filter(
            sim__gte=NAME_THRESHOLD
        )
        ids.update(cross.values_list("case_id", flat=True)[:50])
    origin, destination, transit = (
        fields.get("origin"),
        fields.get("destination"),
        fields.get("transit") or [],
    )
    if origin:
        route = Q(origin=origin) & (
            (Q(destination=destination) if destination else Q()) | Q(transit__overlap=transit or ["--"])
        )
        ids.update(Case.objects.filter(route).order_by("-approved_at").values_list("pk", flat=True)[:200])
    if exclude_case:
        ids.discard(exclude_case)
    cases = Case.objects.current().filter(pk__in=ids).prefetch_related("people", "events", "sources__article")
    start, end = _bounds(fields)
    words = _words(passage)
    scored = [_score(case, fields, names, start, end, words) for case in cases]
    scored = [c for c in scored if c.score >= 0.3]
    scored.sort(key=lambda c: (-c.score, -c.case.pk))
    return scored[:limit]


# The share of a passage's words that another passage shares, to call them one report.
PASSAGE_THRESHOLD = 0.4


def _words(text: str) -> frozenset[str]:
    """The longer words of a passage, folded: what two reports of one story share."""
    return frozenset(w for w in latinise(text or "").split() if len(w) >= 4)


def _passage_similarity(words: frozenset[str], case: Case) -> float:
    if not words:
        return 0.0
    best = 0.0
    for source in case.sources.all():
        other = _words(source.passage)
        if other:
            best = max(best, len(words & other) / len(words | other))
    return best


def _score(case: Case, fields: dict[str, Any], names: list[str], start, end, words=frozenset()) -> Candidate:
    score, reasons = 0.0, []
    people = [p.name for p in case.people.all()]
    best = max(((name_similarity(a, b), a, b) for a in names for b in people), default=(0.0, "", ""))
    named = best[0] >= NAME_THRESHOLD
    if named:
        score += 0.45 * best[0]
        reasons.append(f"name {best[1]} ≈ {best[2]} ({best[0]:.0%})")
    similar = _passage_similarity(words, case)
    if similar >= PASSAGE_THRESHOLD:
        score += 0.3 * similar
        reasons.append(f"similar passage ({similar:.0%} of words shared)")
    if fields.get("origin") and fields["origin"] == case.origin:
        score += 0.1
        reasons.append("same origin")
    if fields.get("destination") and fields["destination"] == case.destination:
        score += 0.15
        reasons.append("same destination")
    shared = set(fields.get("transit") or []) & set(case.transit)
    if shared:
        score += 0.1 * len(shared) / max(len(set(fields.get("transit") or []) | set(case.transit)), 1)
        reasons.append("shared transit " + ", ".join(sorted(shared)))
    dated = start and end and case.earliest and case.latest
    overlapping = bool(dated and case.earliest <= end + TIME_SLACK and case.latest >= start - TIME_SLACK)
    if overlapping:
        score += 0.1
        reasons.append("overlapping dates")
    if fields.get("people_count") and fields["people_count"] == case.people_count:
        score += 0.05
        reasons.append("same count")
    if fields.get("kind") == case.kind:
        score += 0.05
    if not (named or overlapping or similar >= PASSAGE_THRESHOLD):
        score = 0.0  # the same route and count are many people's: not one case
    return Candidate(case=case, score=round(score, 3), reasons=reasons)


# --- Where extraction is weak --------------------------------------------------------------

FIELD_LABELS = {
    "kind": "Kind", "people_count": "People count", "names": "Names", "roles": "Roles",
    "origin": "Origin", "transit": "Transit", "destination": "Destination", "status": "Status",
    "dates.deserted": "Date: deserted", "dates.left_origin": "Date: left origin",
    "dates.arrived": "Date: arrived", "dates.applied": "Date: applied",
    "dates.decided": "Date: decided", "dates.returned": "Date: returned",
}  # fmt: skip
QUALITY_FIELDS = ["kind", "people_count", "names", "roles", "origin", "transit", "destination", "status"]
DATE_FIELDS = ["deserted", "left_origin", "arrived", "applied", "decided", "returned"]


@dataclass
class QualityRow:
    field: str
    language: str
    extractor_version: str
    unchanged: int = 0
    corrected: int = 0
    added: int = 0

    @property
    def total(self) -> int:
        return self.unchanged + self.corrected + self.added

    @property
    def unchanged_share(self) -> float:
        return self.unchanged / self.total if self.total else 0.0

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


def _empty(value: Any) -> bool:
    return value in (None, "", [], {})


def extraction_quality(*, since: date | None = None) -> list[QualityRow]:
    """Per field × article language × extractor version: how often the editor approved the
    proposed value unchanged, corrected it (changed or removed), or added it by hand.

    Counts approved proposals only: a merge mixes the case's values with the proposal's,
    so it says little about the proposal alone. Fields empty on both sides are not counted.
    """
    rows: dict[tuple[str, str, str], QualityRow] = {}
    approved = CaseProposal.objects.filter(status=CaseProposal.Status.APPROVED, reviewed_fields__isnull=False)
    if since:
        approved = approved.filter(reviewed_at__date__gte=since)
    data = approved.values_list("fields", "reviewed_fields", "article__language", "extractor_version")
    for proposed, reviewed, language, version in data.iterator(chunk_size=2000):
        pairs = [(f, proposed.get(f), reviewed.get(f)) for f in QUALITY_FIELDS]
        pdates, rdates = proposed.get("dates") or {}, reviewed.get("dates") or {}
        pairs += [(f"dates.{k}", pdates.get(k), rdates.get(k)) for k in DATE_FIELDS]
        for name, before, after in pairs:
            if _empty(before) and _empty(after):
                continue
            row = rows.setdefault(
                (name, language or "?", version), QualityRow(name, language or "?", version)
            )
            if _empty(before):
                row.added += 1
            elif _normalise(name, before) == _normalise(name, after):
                row.unchanged += 1
            else:
                row.corrected += 1
    order = {f: i for i, f in enumerate(QUALITY_FIELDS + [f"dates.{k}" for k in DATE_FIELDS])}
    return sorted(rows.values(), key=lambda r: (order.get(r.field, 99), r.language, r.extractor_version))


def _normalise(name: str, value: Any) -> Any:
    # The order of names carries no meaning; the order of transit countries does.
    if name == "names" and isinstance(value, list):
        return sorted(str(v).strip() for v in value)
    return value


def quality_by_field(rows: list[QualityRow]) -> list[QualityRow]:
    """Totals per field over languages and versions, weakest first, for the page's summary."""
    totals: dict[str, QualityRow] = defaultdict(lambda: QualityRow("", "all", "all"))
    for row in rows:
        total = totals[row.field]
        total.field = row.field
        total.unchanged += row.unchanged
        total.corrected += row.corrected
        total.added += row.added
    return sorted(totals.values(), key=lambda r: (r.unchanged_share, -r.total))


__all__ = [
    "Candidate", "QualityRow", "QueueFilters", "claim_is_live", "extraction_quality", "latinise",
    "merge_candidates", "name_similarity", "proposal_group", "queue_languages", "review_queue",
]  # fmt: skip
