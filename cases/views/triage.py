"""The triage list: articles that may report a case although the extractor proposed none.

An editor reads each beside the cues that made it topical and either starts a proposal
from it (then completes and approves it on the ordinary proposal page) or dismisses it with
a reason. A dismissal can be undone from the article's triage page.
"""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from cases import permissions
from cases.countries import country_name
from cases.exceptions import TrackerError
from cases.forms import DismissForm
from cases.highlight import highlight_segments
from cases.models import Article
from cases.selectors.triage import triage_articles, triage_cue_words, triage_page
from cases.services.triage import triage_dismiss, triage_restore, triage_start
from cases.views.common import require

CUE_LABELS = {
    "topic": "leaving or evading service",
    "flight": "flight or protection",
    "military": "military service",
    "person": "a specific person",
}


@require(permissions.can_review_articles)
def triage_list(request):
    page = triage_page(number=request.GET.get("page"))
    for article in page:
        article.cue_words = triage_cue_words(article)
    return render(request, "review/triage_list.html", {"page": page})


def _next_triaged(article: Article) -> int | None:
    """The next article down the list, so an editor can work through it without going back."""
    ids = list(triage_articles().exclude(pk=article.pk).values_list("pk", flat=True)[:1])
    return ids[0] if ids else None


def _route(hint: dict) -> str:
    stops = [hint.get("origin"), *(hint.get("transit") or []), hint.get("destination")]
    return " → ".join(country_name(code) or "?" for code in stops) if any(stops) else ""


@require(permissions.can_review_articles)
def triage_detail(request, pk: int, form: DismissForm | None = None, status: int = 200):
    article = get_object_or_404(Article.objects.select_related("source", "dismissed_by"), pk=pk)
    if article.status not in (Article.Status.TRIAGE, Article.Status.DISMISSED):
        messages.info(
            request, f"This article is no longer on the triage list: {article.get_status_display()}."
        )
        return redirect("article-detail", pk=pk)
    triage = article.triage or {}
    cues = triage.get("cues") or []
    # Cues found in the body are highlighted by class; the hint's passages by field.
    evidence: dict[str, list] = {}
    for cue in cues:
        evidence.setdefault(f"cue-{cue.get('kind')}", []).append(cue)
    hint = triage.get("hint") or {}
    return render(
        request,
        "review/triage_detail.html",
        {
            "article": article,
            "segments": highlight_segments(article.text, evidence),
            "title_cues": [c["text"] for c in cues if c.get("start") == -1],
            "cue_groups": [
                (kind, label, sorted({c["text"].lower() for c in cues if c.get("kind") == kind}))
                for kind, label in CUE_LABELS.items()
                if any(c.get("kind") == kind for c in cues)
            ],
            "hint": hint,
            "hint_dated": any((hint.get("dates") or {}).values()),
            "route": _route(hint),
            "passages": sorted(
                {item["sentence"] for items in (hint.get("evidence") or {}).values() for item in items
                 if isinstance(item, dict) and item.get("sentence")}
            )[:12],
            "form": form or DismissForm(),
            "next_id": _next_triaged(article) if article.status == Article.Status.TRIAGE else None,
        },
        status=status,
    )  # fmt: skip


@require_POST
@require(permissions.can_review)
def triage_start_view(request, pk: int):
    try:
        proposal = triage_start(article_id=pk, actor=request.user)
    except TrackerError as exc:
        messages.error(request, exc.message)
        return redirect("triage-detail", pk=pk)
    messages.success(request, "Proposal started from the article: complete the fields, then approve.")
    return redirect("proposal-detail", pk=proposal.pk)


@require_POST
@require(permissions.can_review)
def triage_dismiss_view(request, pk: int):
    form = DismissForm(request.POST)
    if not form.is_valid():
        return triage_detail(request, pk, form=form, status=400)
    article = get_object_or_404(Article, pk=pk)
    following = _next_triaged(article)
    try:
        triage_dismiss(
            article_id=pk,
            actor=request.user,
            reason=form.cleaned_data["reason"],
            note=form.cleaned_data["note"],
        )
    except TrackerError as exc:
        form.add_error(None, exc.message)
        return triage_detail(request, pk, form=form, status=400 if exc.code == "invalid" else 409)
    messages.success(
        request,
        f"Dismissed: {Article.DismissReason(form.cleaned_data['reason']).label}.",
        extra_tags=f"dismissed:{pk}",
    )
    return redirect("triage-detail", pk=following) if following else redirect("triage-list")


@require_POST
@require(permissions.can_review)
def triage_restore_view(request, pk: int):
    try:
        triage_restore(article_id=pk, actor=request.user)
    except TrackerError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "Back on the triage list.")
    return redirect("triage-detail", pk=pk)
