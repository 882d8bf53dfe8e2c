"""Submitting articles as an editor does: a hostile address refused on the form with the
reason, a failed URL given again with what its page lacked, the article page following its
processing, and pasted text that keeps its paragraphs."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from cases.models import Article, AuditEvent
from cases.services.articles import article_fail, article_submit, plain_text
from tests.factories import make_proposal

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/admin", "loopback"),
        ("http://10.1.2.3/page", "private"),
        ("http://[::1]:8000/", "loopback"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://localhost/page", "loopback"),
    ],
)
def test_a_url_to_an_internal_address_is_refused_on_the_form(editor_client, settings, url, reason):
    settings.TRACKER_FETCH_ALLOW_PRIVATE = False
    response = editor_client.post("/articles/new/", {"url": url})
    assert response.status_code == 200
    page = response.content.decode()
    assert "cannot be fetched" in page and reason in page
    assert not Article.objects.exists()


def test_the_api_refuses_an_internal_address_too(editor, settings):
    settings.TRACKER_FETCH_ALLOW_PRIVATE = False
    api = APIClient()
    api.force_authenticate(editor)
    response = api.post("/api/articles/", {"url": "http://192.168.0.10/x"}, format="json")
    assert response.status_code == 400
    assert "private" in str(response.json())
    assert not Article.objects.exists()


def test_a_name_that_does_not_resolve_is_left_to_the_worker(editor_client, settings):
    settings.TRACKER_FETCH_ALLOW_PRIVATE = False
    response = editor_client.post("/articles/new/", {"url": "https://news.invalid/story"})
    assert response.status_code == 302
    assert Article.objects.get().status == Article.Status.QUEUED


def test_a_failed_url_given_again_with_text_is_updated_and_runs_again(editor, editor_client):
    article = article_submit(actor=editor, url="https://news.invalid/a").article
    article_fail(article_id=article.pk, error="HTTP 403")
    form = {
        "url": "https://news.invalid/a",
        "title": "Typed title",
        "text": "Typed text.",
        "published": "2024-05-02",
    }
    page = editor_client.post("/articles/new/", form, follow=True).content.decode()
    assert "runs again" in page and "already in the tracker" not in page
    article.refresh_from_db()
    assert (article.title, article.text, str(article.published)) == (
        "Typed title",
        "Typed text.",
        "2024-05-02",
    )
    assert article.status in (Article.Status.FETCHED, Article.Status.EXTRACTED, Article.Status.IRRELEVANT)
    assert article.last_error == ""
    assert AuditEvent.objects.filter(action="article.resubmit", object_id=article.pk).exists()
    # A known article that did not fail is left as it is.
    again = editor_client.post("/articles/new/", {**form, "title": "Other"}, follow=True).content.decode()
    assert "already in the tracker" in again
    article.refresh_from_db()
    assert article.title == "Typed title"


def test_pasted_text_keeps_its_paragraphs_without_large_gaps():
    pasted = "First paragraph.  \r\n\r\n\r\n\r\nSecond one,\r\nwrapped.\r\n \r\n\tThird."
    assert plain_text(pasted) == "First paragraph.\n\nSecond one,\nwrapped.\n\n\tThird."


def test_the_article_page_follows_its_progress_and_numbers_proposals_as_everywhere(editor, editor_client):
    article = Article.objects.create(
        title="Queued", url="https://news.invalid/q", status=Article.Status.QUEUED
    )
    page = editor_client.get(f"/articles/{article.pk}/").content.decode()
    assert f'data-progress="/articles/{article.pk}/progress/"' in page
    progress = editor_client.get(f"/articles/{article.pk}/progress/").json()
    assert progress == {"status": "queued", "label": "Queued for fetching", "working": True, "proposals": 0}
    Article.objects.filter(pk=article.pk).update(status=Article.Status.EXTRACTED)
    proposal = make_proposal(article)
    progress = editor_client.get(f"/articles/{article.pk}/progress/").json()
    assert progress["working"] is False and progress["proposals"] == 1
    page = editor_client.get(f"/articles/{article.pk}/").content.decode()
    assert f"Proposal {proposal.pk}</a>" in page and "data-progress" not in page
