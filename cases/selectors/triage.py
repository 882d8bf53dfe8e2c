"""Reads for the triage list and for the decision counts of the quality page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.paginator import Page
from django.db.models import Count, F, QuerySet

from cases.models import Article, CaseProposal
from cases.selectors.cases import Tally, TallyPaginator, tally


def triage_articles() -> QuerySet[Article]:
    """Articles on the triage list, most topical first (the list's own partial index)."""
    return (
        Article.objects.filter(status=Article.Status.TRIAGE)
        .select_related("source")
        .only("id", "title", "url", "language", "published", "topical_score", "triage", "created_at",
              "publisher", "source__name")
        .order_by(F("topical_score").desc(nulls_last=True), "-created_at")
    )  # fmt: skip


def triage_count() -> Tally:
    """How many articles are on the triage list: exact up to some thousands, "about" past them."""
    return tally(Article.objects.filter(status=Article.Status.TRIAGE))


def triage_page(*, number=1, per_page: int = 50) -> Page:
    return TallyPaginator(triage_articles(), per_page).get_page(number)


def triage_cue_words(article: Article, limit: int = 6) -> list[str]:
    """The distinct cue words that made an article topical, topic cues first."""
    seen: list[str] = []
    for cue in (article.triage or {}).get("cues") or []:
        word = str(cue.get("text") or "").strip()
        if word and word.lower() not in (s.lower() for s in seen):
            seen.append(word)
        if len(seen) >= limit:
            break
    return seen


@dataclass
class DecisionRow:
    what: str
    reason: str
    count: int


def review_decisions(*, since: date | None = None) -> list[DecisionRow]:
    """How editors decided, in the period: proposals approved, merged and rejected (by reason),
    triaged articles started as proposals and dismissed (by reason)."""
    proposals = CaseProposal.objects.exclude(status=CaseProposal.Status.PENDING)
    dismissed = Article.objects.filter(status=Article.Status.DISMISSED)
    started = CaseProposal.objects.filter(extractor_version=CaseProposal.EDITOR_VERSION)
    if since:
        proposals = proposals.filter(reviewed_at__date__gte=since)
        dismissed = dismissed.filter(dismissed_at__date__gte=since)
        started = started.filter(created_at__date__gte=since)
    reject_labels = dict(CaseProposal.RejectReason.choices)
    status_labels = dict(CaseProposal.Status.choices)
    dismiss_labels = dict(Article.DismissReason.choices)
    rows = []
    for row in proposals.values("status", "reject_reason").annotate(n=Count("id")).order_by("status", "-n"):
        reason = reject_labels.get(row["reject_reason"], "") if row["status"] == "rejected" else ""
        rows.append(DecisionRow(f"Proposal {status_labels[row['status']].lower()}", reason, row["n"]))
    rows.append(DecisionRow("Triage: proposal started", "", started.count()))
    for row in dismissed.values("dismiss_reason").annotate(n=Count("id")).order_by("-n"):
        rows.append(
            DecisionRow("Triage: dismissed", dismiss_labels.get(row["dismiss_reason"], "?"), row["n"])
        )
    return rows
