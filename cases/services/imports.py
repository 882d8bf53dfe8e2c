"""Articles from files: an editor's upload, and `manage.py import_articles` rows.

Both end in article_submit, so an uploaded or imported article goes through the same
duplicate checks and extraction as one pasted into the form.
"""

from __future__ import annotations

import logging
from datetime import date

from cases.exceptions import InvalidInput
from cases.ingestion.pages import document_extract, document_kind
from cases.ingestion.urls import canonical_url
from cases.models import Article
from cases.services.articles import MAX_TEXT_CHARS, Submission, article_submit, content_hash, plain
from cases.services.audit import Actor

logger = logging.getLogger(__name__)


def article_upload(
    *,
    actor: Actor,
    filename: str,
    content: bytes,
    content_type: str = "",
    url: str = "",
    title: str = "",
    language: str = "",
    published: date | None = None,
) -> Submission:
    """Store an article from an uploaded HTML, text or PDF file.

    The file's main text and metadata are extracted here; the given title, URL, language
    and date win over what the file says. A file whose text is already stored (and no
    URL given) returns that article with created=False, so uploading twice is harmless.
    Side effects: as article_submit (one Article, an extraction task after commit).
    """
    if not content:
        raise InvalidInput("The file is empty.")
    kind = document_kind(content_type=content_type, filename=filename, body=content[:2048])
    page = document_extract(content, kind=kind, url=url)
    text = plain(page.text)
    if not text:
        raise InvalidInput(f"No article text found in {filename or 'the file'}.")
    # A page's own canonical link is a hint, not the user's input: one that cannot be an
    # article address (too long, not http) is dropped, never a reason to refuse the file.
    canonical = page.canonical_url or ""
    if canonical and not url:
        try:
            canonical_url(canonical)
        except InvalidInput:
            canonical = ""
    return article_import(
        actor=actor,
        url=url or canonical,
        title=title or page.title or filename,
        text=text[:MAX_TEXT_CHARS],
        language=language,
        published=published or page.published,
        author=page.author,
        publisher=page.publisher,
    )


def article_import(
    *,
    actor: Actor,
    url: str = "",
    title: str = "",
    text: str = "",
    language: str = "",
    published: date | None = None,
    author: str = "",
    publisher: str = "",
) -> Submission:
    """article_submit, made safe to repeat for articles without a URL.

    With a URL the canonical URL is the key (article_submit's rule); without one, the
    content hash is: the same text imported again returns the stored article.
    """
    text = plain(text)
    if not url and text:
        existing = Article.objects.filter(content_hash=content_hash(text)).order_by("pk").first()
        if existing is not None:
            return Submission(existing, False)
    return article_submit(
        actor=actor,
        url=url,
        title=title,
        text=text,
        language=language,
        published=published,
        author=author,
        publisher=publisher,
    )
