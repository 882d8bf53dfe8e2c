from __future__ import annotations

from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from cases import permissions
from cases.exceptions import InvalidInput, TrackerError
from cases.forms import ArticleSubmitForm
from cases.models import Article
from cases.selectors import article_list
from cases.selectors.articles import near_duplicate_sources
from cases.selectors.cases import TallyPaginator
from cases.services.articles import article_retry, article_submit
from cases.views.common import require, submission_redirect


@require(permissions.can_submit)
def article_new(request):
    form = ArticleSubmitForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            submission = article_submit(actor=request.user, check_address=True, **form.cleaned_data)
        except InvalidInput as exc:
            form.add_error("url" if "url" in exc.details else None, exc.message)
        except TrackerError as exc:
            form.add_error(None, exc.message)
        else:
            stored = "Article stored; extraction runs in the background."
            return submission_redirect(request, submission, stored=stored)
    return render(request, "articles/new.html", {"form": form})


@require(permissions.can_submit)
def article_index(request):
    status = request.GET.get("status", "")
    articles = article_list()
    if status in Article.Status.values:
        articles = articles.filter(status=status)
    # Millions of articles: counted exactly up to some thousands, estimated past them.
    page = TallyPaginator(articles, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "articles/list.html",
        {"page": page, "status": status, "statuses": Article.Status.choices},
    )


@require(permissions.can_read_articles)
def article_detail(request, pk: int):
    article = get_object_or_404(
        Article.objects.select_related("source", "duplicate_of", "near_duplicate_of"), pk=pk
    )
    return render(
        request,
        "articles/detail.html",
        {
            "article": article,
            "proposals": article.proposals.order_by("case_index"),
            "also_reported": near_duplicate_sources(article),
        },
    )


@require(permissions.can_read_articles)
def article_progress(request, pk: int):
    """Where an article is in its processing, for its page to follow by itself:
    `{"status": "fetched", "label": ..., "working": true, "proposals": 0}`."""
    article = Article.objects.filter(pk=pk).only("status").first()
    if article is None:
        raise Http404("No such article")
    working = article.status in (Article.Status.QUEUED, Article.Status.FETCHED)
    return JsonResponse(
        {
            "status": article.status,
            "label": article.get_status_display(),
            "working": working,
            "proposals": article.proposals.count(),
        },
        headers={"Cache-Control": "no-store"},
    )


@require_POST
@require(permissions.can_submit)
def article_retry_view(request, pk: int):
    try:
        article_retry(article_id=pk, actor=request.user)
        messages.success(request, "Queued again.")
    except TrackerError as exc:
        messages.error(request, exc.message)
    return redirect("article-detail", pk=pk)
