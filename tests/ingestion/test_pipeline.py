"""Articles from URLs, files and imports: fetched once, grouped with their copies, re-extracted safely."""

from __future__ import annotations

import pytest

from cases.exceptions import FetchError, InvalidInput
from cases.extraction import EXTRACTOR_VERSION
from cases.models import Article, CaseProposal
from cases.selectors.articles import also_reported_counts, near_duplicate_sources, with_also_reported
from cases.services.articles import (
    article_extract,
    article_fetch,
    article_reextract,
    article_retry,
    article_submit,
)
from cases.services.imports import article_upload
from cases.tasks import article_fetch_task
from tests.factories import make_article, make_proposal
from tests.ingestion.conftest import article_html, send
from tests.ingestion.feeds import DESERTION_STORY

WIRE_EDIT = (
    "MOSCOW (Wire) — "
    + DESERTION_STORY.replace("on Monday", "this week").replace("several weeks", "three weeks")
    + " The Kremlin did not respond to a request for comment."
)


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with `text` in Helvetica, built by hand with a correct xref table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.mark.django_db
def test_a_submitted_url_is_fetched_into_text_and_metadata(web, editor, django_capture_on_commit_callbacks):
    html = article_html(
        "Deserter seeks asylum in France",
        [DESERTION_STORY],
        extra_head='<meta name="author" content="Anna Reporter"><meta property="og:site_name" '
        'content="The Daily Example"><meta property="article:published_time" content="2023-11-06">',
    )
    url = web.page("/news/deserter", html)
    with django_capture_on_commit_callbacks() as sent:
        article = article_submit(actor=editor, url=url + "?utm_campaign=x").article
        article_fetch(article_id=article.pk)
        article_fetch(article_id=article.pk)  # a second run is a no-op
    article.refresh_from_db()
    assert article.status == Article.Status.FETCHED
    assert article.canonical_url == url
    assert "deserted from his unit" in article.text and "Home" not in article.text
    assert article.title == "Deserter seeks asylum in France"
    assert article.author == "Anna Reporter" and article.publisher == "The Daily Example"
    assert article.published.isoformat() == "2023-11-06"
    assert article.language == "en" and article.language_confidence > 0.5
    assert article.content_hash
    assert len(sent) == 2  # the fetch task, then one extraction task
    assert len([path for path, _ in web.requests if path.startswith("/news/")]) == 1


@pytest.mark.django_db
def test_a_page_redirecting_to_a_known_article_is_its_duplicate(
    web, editor, django_capture_on_commit_callbacks
):
    final = web.page("/final", article_html("Story", [DESERTION_STORY]))
    web.routes["/short"] = lambda h: send(h, b"", status=301, headers={"Location": "/final"})
    with django_capture_on_commit_callbacks():
        known = article_submit(actor=editor, url=final, text=DESERTION_STORY).article
        short = article_submit(actor=editor, url=web.url("/short")).article
        article_fetch(article_id=short.pk)
    short.refresh_from_db()
    assert short.status == Article.Status.DUPLICATE and short.duplicate_of == known


@pytest.mark.django_db
def test_a_missing_page_fails_permanently_and_can_be_retried(web, editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        article = article_submit(actor=editor, url=web.url("/gone")).article
    article_fetch_task(article.pk)  # runs the task body here, as a worker would
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED and "HTTP 404" in article.last_error

    web.page("/gone", article_html("Back", [DESERTION_STORY]))
    with django_capture_on_commit_callbacks() as sent:
        article_retry(article_id=article.pk, actor=editor)  # the page's Retry button
        article_fetch(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.FETCHED and article.last_error == ""
    assert len(sent) == 2  # a fetch task, then an extraction task


@pytest.mark.django_db
def test_a_transient_failure_is_raised_for_a_retry(web, editor, django_capture_on_commit_callbacks):
    web.page("/busy", "busy", status=503, content_type="text/plain")
    with django_capture_on_commit_callbacks():
        article = article_submit(actor=editor, url=web.url("/busy")).article
    with pytest.raises(FetchError) as caught:
        article_fetch(article_id=article.pk)
    assert caught.value.transient
    assert Article.objects.get(pk=article.pk).status == Article.Status.QUEUED


@pytest.mark.django_db
def test_the_same_wire_story_in_another_outlet_is_grouped_not_extracted(
    editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks():
        first = article_submit(actor=editor, url="https://a.example/1", text=DESERTION_STORY).article
        copy = article_submit(actor=editor, url="https://b.example/2", text=WIRE_EDIT).article
        other = article_submit(
            actor=editor,
            url="https://c.example/3",
            text="Sunny skies and light winds are expected along the coast all week. " * 8,
        ).article
    proposals = article_extract(article_id=first.pk)
    assert article_extract(article_id=copy.pk) == []
    article_extract(article_id=other.pk)
    copy.refresh_from_db()
    other.refresh_from_db()
    assert copy.status == Article.Status.DUPLICATE and copy.near_duplicate_of == first
    assert copy.duplicate_of is None and len(copy.near_duplicate_bands) == 32
    assert other.near_duplicate_of is None
    assert [a.pk for a in near_duplicate_sources(first)] == [copy.pk]
    assert [a.pk for a in near_duplicate_sources(copy)] == [first.pk]
    assert also_reported_counts([first.pk, other.pk]) == {first.pk: 1}
    queue = with_also_reported(CaseProposal.objects.filter(article__in=[first, other]))
    assert {p.article_id: p.also_reported for p in queue} == {first.pk: 1} | (
        {other.pk: 0} if CaseProposal.objects.filter(article=other).exists() else {}
    )
    assert CaseProposal.objects.filter(article=copy).count() == 0 and proposals
    # Running the original again keeps it the group's first, with the same proposals.
    assert [p.pk for p in article_extract(article_id=first.pk)] == [p.pk for p in proposals]


@pytest.mark.django_db
def test_copies_processed_in_any_order_make_one_group(editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        a = article_submit(actor=editor, url="https://a.example/1", text=DESERTION_STORY).article
        b = article_submit(actor=editor, url="https://b.example/2", text=WIRE_EDIT).article
        c = article_submit(actor=editor, url="https://c.example/3", text=WIRE_EDIT + " Updated.").article
    for article in (b, a, c):
        article_extract(article_id=article.pk)
    roots = {x.near_duplicate_of_id or x.pk for x in Article.objects.filter(pk__in=[a.pk, b.pk, c.pk])}
    assert roots == {b.pk}
    assert CaseProposal.objects.filter(article__in=[a, c]).count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("story.html", article_html("Uploaded page", [DESERTION_STORY]).encode()),
        ("story.txt", ("Uploaded text\n\n" + DESERTION_STORY).encode("utf-16")),
        ("story.pdf", minimal_pdf("A Russian soldier deserted and applied for asylum in France.")),
    ],
)
def test_uploaded_files_become_articles_once(editor, filename, content, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as sent:
        first = article_upload(actor=editor, filename=filename, content=content)
        again = article_upload(actor=editor, filename=filename, content=content)
    assert first.created and not again.created and first.article.pk == again.article.pk
    article = first.article
    assert article.status == Article.Status.FETCHED and "soldier" in article.text
    assert article.title
    assert len(sent) == 1


@pytest.mark.django_db
def test_an_unreadable_upload_is_refused(editor):
    with pytest.raises(InvalidInput):
        article_upload(actor=editor, filename="broken.pdf", content=b"%PDF-1.4 nonsense")
    with pytest.raises(InvalidInput):
        article_upload(actor=editor, filename="empty.html", content=b"")


@pytest.mark.django_db
def test_reextraction_replaces_unreviewed_proposals_and_leaves_reviewed_articles(editor):
    fresh = make_article(text=DESERTION_STORY)
    old = make_proposal(fresh, extractor_version="old-1")
    reviewed_article = make_article(text=DESERTION_STORY + " Another.")
    reviewed = make_proposal(reviewed_article, extractor_version="old-1", status="rejected", reviewer=editor)

    created = article_reextract(article_id=fresh.pk)
    assert created and all(p.extractor_version == EXTRACTOR_VERSION for p in created)
    assert not CaseProposal.objects.filter(pk=old.pk).exists()
    assert [p.pk for p in article_reextract(article_id=fresh.pk)] == [p.pk for p in created]
    assert CaseProposal.objects.filter(article=fresh).count() == len(created)

    assert article_reextract(article_id=reviewed_article.pk) is None
    assert list(CaseProposal.objects.filter(article=reviewed_article)) == [reviewed]
