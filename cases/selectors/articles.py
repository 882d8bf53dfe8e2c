"""Reading articles and sources."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, Func, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from cases.models import Article, CaseProposal, Source


def article_list() -> QuerySet[Article]:
    # A correlated count, not a GROUP BY over every article: PostgreSQL evaluates it for the
    # page's rows only, and the paginator's count() leaves it out (millions of articles).
    pending = (
        CaseProposal.objects.filter(article=OuterRef("pk"), status=CaseProposal.Status.PENDING)
        .order_by()
        .values("article")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        Article.objects.select_related("source")
        .annotate(proposal_count=Coalesce(Subquery(pending, output_field=IntegerField()), Value(0)))
        .order_by("-created_at", "-id")
    )


def _group_root(article: Article) -> Article:
    return article.near_duplicate_of or article.duplicate_of or article


def near_duplicate_sources(article: Article) -> list[Article]:
    """The other reports of this article's story: its group's first article and the copies.

    A group is an article with the articles linked to it as exact (`duplicate_of`) or
    near (`near_duplicate_of`) duplicates; the article itself is left out. The review
    queue says "also reported by N sources" with N = len(this list).
    """
    root = _group_root(article)
    members = (
        Article.objects.filter(Q(pk=root.pk) | Q(near_duplicate_of=root) | Q(duplicate_of=root))
        .exclude(pk=article.pk)
        .select_related("source")
        .order_by("published", "pk")
    )
    return list(members)


def also_reported_counts(article_ids: Iterable[int]) -> dict[int, int]:
    """For many group-first articles at once (a page of the review queue): how many other
    articles repeat each, exactly or nearly. Articles with none are absent from the dict."""
    ids = list(article_ids)
    if not ids:
        return {}
    counts: dict[int, int] = {}
    for field in ("near_duplicate_of", "duplicate_of"):
        rows = (
            Article.objects.filter(**{f"{field}__in": ids})
            .values(field)
            .annotate(n=Count("id"))
            .values_list(field, "n")
        )
        for article_id, n in rows:
            counts[article_id] = counts.get(article_id, 0) + n
    return counts


def with_also_reported(proposals: QuerySet[CaseProposal]) -> QuerySet[CaseProposal]:
    """Annotate proposals with `also_reported`: how many other articles repeat the
    proposal's article, exactly or nearly (0 when none). For the review queue."""
    copies = (
        Article.objects.filter(
            Q(near_duplicate_of=OuterRef("article_id")) | Q(duplicate_of=OuterRef("article_id"))
        )
        .order_by()
        .annotate(n=Func("id", function="COUNT"))  # a plain COUNT, no GROUP BY: one row
        .values("n")
    )
    return proposals.annotate(also_reported=Coalesce(Subquery(copies, output_field=IntegerField()), 0))


def source_list() -> QuerySet[Source]:
    """Sources for the editors' page, with how many articles each brought in."""
    return Source.objects.annotate(article_count=Count("articles")).order_by("name")
