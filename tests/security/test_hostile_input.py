"""Hostile input: script in stored text, malformed API requests, formula cells, huge bodies."""

import csv
import io

import pytest

from cases.models import Article
from cases.services.proposals import proposal_approve
from tests.factories import CASE_FIELDS, make_article, make_proposal

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def hostile_case(editor):
    article = make_article(title=XSS, text=f"{XSS} A soldier deserted. {XSS}")
    proposal = make_proposal(article, fields={**CASE_FIELDS, "names": [XSS, '=HYPERLINK("http://evil")']})
    return proposal_approve(proposal_id=proposal.pk, reviewer=editor, summary=XSS)


@pytest.mark.django_db
def test_stored_script_is_never_rendered_unescaped(editor_client, hostile_case):
    pages = ["/", "/cases/", f"/cases/{hostile_case.pk}/", "/review/", "/articles/",
             f"/articles/{hostile_case.sources.get().article_id}/"]  # fmt: skip
    for url in pages:
        body = editor_client.get(url).content.decode()
        assert "<script>alert" not in body, url
        assert "<img src=x onerror" not in body, url


@pytest.mark.django_db
def test_export_neutralises_formula_cells(editor_client, hostile_case):
    export = editor_client.get("/cases/export.csv")
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(text)))
    assert "=HYPERLINK" in row["names"]
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@")), cell


@pytest.mark.django_db
def test_malformed_json_gets_a_clear_error_and_stores_nothing(editor_client):
    response = editor_client.post("/api/articles/", '{"title": "broken', content_type="application/json")
    assert response.status_code == 400
    assert set(response.json()["error"]) >= {"code", "message"}
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_an_api_submission_with_a_hostile_url_is_refused(editor_client):
    for url in ["javascript:alert(1)", "file:///etc/passwd", "http://", "ftp://example.org/x"]:
        response = editor_client.post("/api/articles/", {"url": url}, content_type="application/json")
        assert response.status_code == 400, url
        assert "error" in response.json()
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_an_oversized_request_body_is_refused(editor_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = editor_client.post(
        "/api/articles/", {"title": "big", "text": "x" * 50_000}, content_type="application/json"
    )
    assert response.status_code in (400, 413)
    assert Article.objects.count() == 0
