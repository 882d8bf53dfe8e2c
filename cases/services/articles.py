"""Articles: submission, and extraction into pending proposals."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from cases.exceptions import InvalidInput, NotFound
from cases.extraction import EXTRACTOR_VERSION, extract
from cases.ingestion import dedup
from cases.ingestion.fetch import FEED_TYPES, fetch, url_refusal
from cases.ingestion.pages import document_extract, document_kind
from cases.ingestion.urls import canonical_url
from cases.models import Article, CaseProposal, Source
from cases.services.audit import Actor, audit_record
from cases.services.queue import task_send_after_commit
from cases.validation import NEED_URL_OR_TEXT, coerce_case_fields

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 500_000


# C0 control characters but tab, newline and carriage return: PostgreSQL refuses NUL in
# text, and the others are debris of PDFs and broken encodings that no reader wants.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain(value: str | None) -> str:
    """A submitted string without control characters, stripped."""
    return _CONTROL.sub("", value or "").strip()


_BLANK_LINES = re.compile(r"\n{3,}")


def plain_text(value: str | None) -> str:
    """Pasted article text: Windows and old Mac line ends as \\n, trailing spaces cut, and
    any run of blank lines one paragraph break, so paragraphs keep without large gaps."""
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip(" \t\u00a0") for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", plain(text))


def content_hash(text: str) -> str:
    """A hash of the text that ignores case, spacing and Unicode normalisation differences."""
    normal = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normal.encode()).hexdigest()


@dataclass(frozen=True)
class Submission:
    article: Article
    created: bool
    # A known article that had failed, updated with what was typed and run again.
    resubmitted: bool = False


def article_submit(
    *,
    actor: Actor,
    url: str = "",
    title: str = "",
    text: str = "",
    language: str = "",
    published: date | None = None,
    source: Source | None = None,
    author: str = "",
    publisher: str = "",
    check_address: bool = False,
) -> Submission:
    """Store an article from a URL and/or a title and text, and queue its next step.

    `check_address` (a person's submission): a URL whose host is a private, loopback,
    link-local or reserved address is refused now, with the reason (the worker checks
    again, redirects included). A known URL whose article had failed is updated with
    the title, text and date given and run again (`resubmitted`).

    Side effects: one Article row (or none, when its canonical URL is known: the existing
    article is returned with created=False); after commit, a fetch task (URL only) or an
    extraction task (text given) is sent through the broker.
    """
    url, text, title = plain(url), plain_text(text), plain(title)
    if not url and not text:
        raise InvalidInput(NEED_URL_OR_TEXT)
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidInput(f"The text is longer than {MAX_TEXT_CHARS:,} characters.")
    if url and check_address:
        refusal = url_refusal(url)
        if refusal:
            raise InvalidInput(refusal, details={"url": refusal})
    canonical = canonical_url(url) if url else None
    if canonical:
        existing = Article.objects.filter(canonical_url=canonical).first()
        if existing and existing.status == Article.Status.FAILED and (text or title or published):
            return _article_resubmit(existing, actor=actor, title=title, text=text, published=published)
        if existing:
            return Submission(existing, False)
    article = Article(
        url=url,
        canonical_url=canonical,
        title=title[:1000],
        text=text,
        author=plain(author)[:300],
        publisher=plain(publisher)[:300],
        language=plain(language)[:12],
        published=published,
        source=source,
        submitted_by=actor if getattr(actor, "is_authenticated", False) else None,
        content_hash=content_hash(text) if text else "",
        status=Article.Status.FETCHED if text else Article.Status.QUEUED,
    )
    try:
        with transaction.atomic():
            article.save()
            audit_record(actor=actor, action="article.submit", obj=article)
    except IntegrityError:
        # Another request stored the same canonical URL between our check and insert.
        return Submission(Article.objects.get(canonical_url=canonical), False)
    if text:
        task_send_after_commit("article_extract_task", article.pk)
    else:
        task_send_after_commit("article_fetch_task", article.pk)
    logger.info("article submitted article_id=%s has_text=%s", article.pk, bool(text))
    return Submission(article, True)


def _article_resubmit(article: Article, *, actor: Actor, title: str, text: str, published) -> Submission:
    """A failed article, given again with what its page did not give: that is kept, and the
    article runs again (extraction with the text, else a fresh fetch)."""
    values = {"last_error": "", "status": Article.Status.FETCHED if text else Article.Status.QUEUED}
    if title:
        values["title"] = title[:1000]
    if text:
        values.update(text=text, content_hash=content_hash(text))
    if published:
        values["published"] = published
    with transaction.atomic():
        moved = Article.objects.filter(pk=article.pk, status=Article.Status.FAILED).update(
            **values, updated_at=timezone.now()
        )
        if not moved:
            return Submission(Article.objects.get(pk=article.pk), False)
        audit_record(
            actor=actor, action="article.resubmit", obj=article, after={k: bool(v) for k, v in values.items()}
        )
        task_send_after_commit("article_extract_task" if text else "article_fetch_task", article.pk)
    article.refresh_from_db()
    logger.info("failed article resubmitted article_id=%s has_text=%s", article.pk, bool(text))
    return Submission(article, False, resubmitted=True)


def _article_duplicate_of(article: Article) -> Article | None:
    if not article.content_hash:
        return None
    return (
        # The earliest article with this text is the original, whatever order tasks run in.
        Article.objects.filter(
            content_hash=article.content_hash, duplicate_of__isnull=True, pk__lt=article.pk
        )
        .exclude(status__in=[Article.Status.FAILED, Article.Status.QUEUED])
        .order_by("pk")
        .first()
    )


# One lock key for duplicate grouping, so that two workers given two copies of one story
# at the same moment cannot each miss the other and both become originals.
_GROUPING_LOCK = 0x7472616B  # "trak"


def _article_near_duplicate_root(article: Article, minhash) -> Article | None:
    """The first article of the near-duplicate group this text belongs to, if any."""
    bands = dedup.band_keys(minhash)
    candidates = (
        Article.objects.filter(near_duplicate_bands__overlap=bands)
        .exclude(pk=article.pk)
        .only("id", "text", "near_duplicate_of_id")
        .order_by("pk")[:50]
    )
    best, best_similarity = None, dedup.NEAR_DUPLICATE_SIMILARITY
    for candidate in candidates:
        other = dedup.signature(candidate.text)
        if other is None:
            continue
        value = dedup.similarity(minhash, other)
        if value >= best_similarity:
            best, best_similarity = candidate, value
    if best is None:
        return None
    root_id = best.near_duplicate_of_id or best.pk
    if root_id == article.pk:
        return None  # this article is itself the group's first: run again, it stays so
    return Article.objects.get(pk=root_id)


def article_group(*, article_id: int) -> Article | None:
    """Link an article to the article it repeats, exactly or nearly, before extraction.

    Exact: the same text (content hash) as an earlier article → `duplicate_of`. Near: a
    MinHash match with an article already grouped (the same wire story, edited) →
    `near_duplicate_of` the group's first article. Either way the article is marked a
    duplicate and not extracted, so the review queue shows one proposal per story.
    Safe to run twice: an article's own bands never match itself.
    Side effects: the article's band keys, digest, and duplicate links and status.
    Returns the article it repeats, or None.
    """
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_GROUPING_LOCK])
        try:
            article = Article.objects.select_for_update().get(pk=article_id)
        except Article.DoesNotExist:
            raise NotFound(f"article {article_id} does not exist") from None
        if not article.text:
            raise InvalidInput(f"article {article_id} has no text to extract")
        if article.status == Article.Status.DUPLICATE:
            return article.duplicate_of or article.near_duplicate_of
        original = _article_duplicate_of(article)
        if original is not None:
            article.duplicate_of = original
            article.status = Article.Status.DUPLICATE
            article.save(update_fields=["duplicate_of", "status", "updated_at"])
            logger.info("article duplicate article_id=%s of=%s", article.pk, original.pk)
            return original
        minhash = dedup.signature(article.text)
        if minhash is None:
            return None
        root = _article_near_duplicate_root(article, minhash)
        article.near_duplicate_bands = dedup.band_keys(minhash)
        article.near_duplicate_key = dedup.signature_digest(minhash)
        fields = ["near_duplicate_bands", "near_duplicate_key", "updated_at"]
        if root is not None:
            article.near_duplicate_of = root
            article.status = Article.Status.DUPLICATE
            fields += ["near_duplicate_of", "status"]
            logger.info("article near-duplicate article_id=%s of=%s", article.pk, root.pk)
        article.save(update_fields=fields)
        return root


def article_extract(*, article_id: int) -> list[CaseProposal]:
    """Run the extractor on an article and store its proposals as pending.

    Safe to run twice: proposals are unique on (article, extractor_version, case_index),
    and an article already extracted by this version is left as it is. An article whose
    text another article already has, exactly or nearly, is marked a duplicate and not
    extracted again (see article_group).
    Side effects: the article's status, language and extractor version; new proposals.
    """
    if article_group(article_id=article_id) is not None:
        return []
    with transaction.atomic():
        article = Article.objects.select_for_update(of=("self",)).select_related("source").get(pk=article_id)
        result = extract(
            title=article.title,
            text=article.text,
            language=article.language or (article.source.language if article.source else None),
            published=article.published,
        ).to_dict()
        version = result["extractor_version"]
        # One read and one insert, not a get_or_create (and its savepoint) per case: the
        # article's row lock keeps a concurrent run of this article out meanwhile.
        existing = {
            p.case_index: p for p in CaseProposal.objects.filter(article=article, extractor_version=version)
        }
        missing = []
        for index, case in enumerate(result["cases"]):
            if index in existing:
                continue
            fields, problems = coerce_case_fields(case)
            confidence = case.get("confidence") or {}
            missing.append(
                CaseProposal(
                    article=article,
                    extractor_version=version,
                    case_index=index,
                    fields=fields,
                    evidence=case.get("evidence") or {},
                    confidence=confidence,
                    overall_confidence=(sum(confidence.values()) / len(confidence) if confidence else 0.0),
                    reason="; ".join(f"{k}: {v}" for k, v in problems.items()),
                )
            )
        for proposal in CaseProposal.objects.bulk_create(missing):
            existing[proposal.case_index] = proposal
        proposals = [existing[i] for i in sorted(existing) if i < len(result["cases"])]
        article.language = result["language"] or article.language
        article.language_confidence = result.get("language_confidence")
        article.extractor_version = version
        # Topical without a confident case: an editor looks at it on the triage list.
        triage = result.get("triage") if not proposals else None
        if proposals:
            article.status = Article.Status.EXTRACTED
        else:
            article.status = Article.Status.TRIAGE if triage else Article.Status.IRRELEVANT
        article.topical_score = (triage or {}).get("score")
        article.triage = triage or {}
        article.last_error = ""
        article.save(
            update_fields=["language", "language_confidence", "extractor_version", "status", "last_error",
                           "topical_score", "triage", "updated_at"]
        )  # fmt: skip
    logger.info(
        "article extracted article_id=%s lang=%s proposals=%s",
        article.pk,
        article.language,
        len(proposals),
    )
    return proposals


def article_reextract(*, article_id: int) -> list[CaseProposal] | None:
    """Run the current extractor again on an article whose proposals nobody has reviewed.

    An article with any reviewed proposal (approved, rejected, merged) is left alone and
    None returned: its proposals are an editor's work. Otherwise the pending proposals of
    other extractor versions are withdrawn and the current version's are made; run twice,
    the second run finds its own version's proposals and creates none.
    Side effects: pending proposals deleted and created; the article's status.
    """
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None:
            raise NotFound(f"article {article_id} does not exist")
        # An editor's decision stands: a reviewed proposal, one started from triage, a dismissal.
        if article.proposals.filter(
            ~Q(status=CaseProposal.Status.PENDING) | Q(extractor_version=CaseProposal.EDITOR_VERSION)
        ).exists():
            return None
        if not article.text or article.status in (Article.Status.DUPLICATE, Article.Status.DISMISSED):
            return None
        stale = article.proposals.filter(status=CaseProposal.Status.PENDING).exclude(
            extractor_version=EXTRACTOR_VERSION
        )
        withdrawn = list(stale.values("id", "extractor_version", "fields"))
        stale.delete()
        if withdrawn:
            # The replaced proposals are gone from the queue; what they held stays on record.
            audit_record(
                actor=None,
                action="article.reextract",
                obj=article,
                before={"proposals": withdrawn},
                after={"extractor_version": EXTRACTOR_VERSION},
            )
    return article_extract(article_id=article_id)


def article_fail(*, article_id: int, error: str) -> None:
    """Record a permanent failure on the article, so an editor sees it and can retry."""
    Article.objects.filter(pk=article_id).update(status=Article.Status.FAILED, last_error=error[:2000])


def article_retry(*, article_id: int, actor) -> Article:
    """Queue a failed article again: fetch when it has no text, else extract.

    Side effects: the status moves from failed to queued/fetched; a task is sent after commit.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise NotFound(f"article {article_id} does not exist")
    next_status = Article.Status.FETCHED if article.text else Article.Status.QUEUED
    with transaction.atomic():
        moved = Article.objects.filter(pk=article_id, status=Article.Status.FAILED).update(
            status=next_status, last_error=""
        )
        if not moved:
            raise InvalidInput("Only a failed article can be retried.")
        audit_record(actor=actor, action="article.retry", obj=article)
        if article.text:
            task_send_after_commit("article_extract_task", article.pk)
        else:
            task_send_after_commit("article_fetch_task", article.pk)
    article.refresh_from_db()
    return article


def _article_known_as(article: Article, urls: list[str]) -> Article | None:
    """Another article stored under one of these URLs (the page's final or declared URL)."""
    canonicals = set()
    for url in filter(None, urls):
        try:
            canonicals.add(canonical_url(url))
        except InvalidInput:
            continue
    canonicals.discard(article.canonical_url)
    if not canonicals:
        return None
    return Article.objects.filter(canonical_url__in=canonicals).exclude(pk=article.pk).order_by("pk").first()


def article_fetch(*, article_id: int) -> Article:
    """Fetch a queued article's page, keep its main text and metadata, and queue extraction.

    Safe to run twice: the article moves from queued to fetched by a conditional update,
    so a second run (or a racing one) changes nothing. Raises FetchError (with
    `transient`) when the page cannot be had, InvalidInput when it holds no article.
    Side effects: the article's text, metadata and status; an extraction task after commit.
    A page that redirects to, or names as canonical, an article we have is marked its
    duplicate instead of being extracted again.
    """
    article = Article.objects.filter(pk=article_id, status=Article.Status.QUEUED).first()
    if article is None:
        try:
            return Article.objects.get(pk=article_id)
        except Article.DoesNotExist:
            raise NotFound(f"article {article_id} does not exist") from None
    fetched = fetch(article.url)
    if fetched.content_type in FEED_TYPES and fetched.content_type not in ("application/xml", "text/xml"):
        raise InvalidInput("the URL is a feed, not an article: add it as a source instead")
    kind = document_kind(
        content_type=fetched.content_type, filename=urlsplit(fetched.url).path, body=fetched.body[:2048]
    )
    page = document_extract(fetched.body, kind=kind, url=fetched.url, charset=fetched.charset)
    text = plain(page.text)[:MAX_TEXT_CHARS]
    if not text:
        raise InvalidInput("no article text found on the page")
    original = _article_known_as(article, [fetched.url, page.canonical_url])
    values = {
        "title": article.title or plain(page.title)[:1000],
        "text": text,
        "author": plain(page.author)[:300],
        "publisher": plain(page.publisher)[:300],
        "published": article.published or page.published,
        "language": article.language or page.language,
        "language_confidence": page.language_confidence,
        "content_hash": content_hash(text),
        "last_error": "",
        "status": Article.Status.FETCHED if original is None else Article.Status.DUPLICATE,
        "duplicate_of": original,
    }
    with transaction.atomic():
        moved = Article.objects.filter(pk=article_id, status=Article.Status.QUEUED).update(
            **values, updated_at=timezone.now()
        )
        if moved and original is None:
            task_send_after_commit("article_extract_task", article_id)
    logger.info(
        "article fetched article_id=%s kind=%s lang=%s chars=%s duplicate_of=%s",
        article_id,
        kind,
        values["language"],
        len(text),
        original.pk if original else None,
    )
    return Article.objects.get(pk=article_id)
