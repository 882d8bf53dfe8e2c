"""Editors' pages, the API additions and the two management commands."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.test import Client

from cases.extraction import EXTRACTOR_VERSION
from cases.models import Article, AuditEvent, CaseProposal, Source
from tests.factories import make_article, make_proposal
from tests.ingestion.conftest import article_html
from tests.ingestion.feeds import DESERTION_STORY


@pytest.mark.django_db
def test_editors_add_and_edit_a_source_and_see_its_health(editor_client, django_capture_on_commit_callbacks):
    response = editor_client.post(
        "/sources/new/",
        {"name": "Mediazona", "url": "https://zona.media/rss?utm_source=x", "kind": "feed",
         "language": "ru", "poll_interval": "30", "active": "on", "reliability": "reliable"},
    )  # fmt: skip
    assert response.status_code == 302, response.content
    source = Source.objects.get()
    assert source.url == "https://zona.media/rss" and source.next_poll_at is None
    Source.objects.filter(pk=source.pk).update(
        error_count=3, last_error="HTTP 503 from https://zona.media/rss"
    )

    page = editor_client.get("/sources/")
    assert b"Mediazona" in page.content and b"HTTP 503" in page.content and b"Poll now" in page.content

    response = editor_client.post(
        f"/sources/{source.pk}/",
        {"name": "Mediazona (ru)", "url": source.url, "kind": "feed", "language": "ru",
         "poll_interval": "60", "reliability": "reliable"},
    )  # fmt: skip
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.name == "Mediazona (ru)" and not source.active and source.poll_interval == 60
    change = AuditEvent.objects.get(action="source.change")
    assert change.before["name"] == "Mediazona" and change.after["name"] == "Mediazona (ru)"

    duplicate = editor_client.post(
        "/sources/new/",
        {"name": "Again", "url": "https://zona.media/rss", "kind": "feed", "poll_interval": "30",
         "reliability": "unknown"},
    )  # fmt: skip
    assert duplicate.status_code == 200 and Source.objects.count() == 1


@pytest.mark.django_db
def test_poll_now_sends_one_task(editor_client, django_capture_on_commit_callbacks):
    source = Source.objects.create(name="Feed", url="https://example.org/feed")
    with django_capture_on_commit_callbacks() as sent:
        response = editor_client.post(f"/sources/{source.pk}/poll/")
    assert response.status_code == 302 and len(sent) == 1


@pytest.mark.django_db
def test_researchers_see_sources_but_cannot_change_them(researcher_client, outsider):
    Source.objects.create(name="Feed", url="https://example.org/feed")
    page = researcher_client.get("/sources/")
    assert page.status_code == 200 and b"Poll now" not in page.content
    assert researcher_client.get("/sources/new/").status_code == 403
    outsider_client = Client()
    outsider_client.force_login(outsider)
    assert outsider_client.get("/sources/").status_code == 403


@pytest.mark.django_db
def test_uploading_a_file_from_the_page(editor_client, django_capture_on_commit_callbacks):
    html = article_html("Uploaded story", [DESERTION_STORY]).encode()
    upload = io.BytesIO(html)
    upload.name = "story.html"
    with django_capture_on_commit_callbacks():
        response = editor_client.post("/articles/upload/", {"file": upload, "url": "", "title": ""})
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.title == "Uploaded story" and "deserted" in article.text
    page = editor_client.get(response["Location"])
    assert b"Uploaded story" in page.content

    image = io.BytesIO(b"GIF89a")
    image.name = "cat.gif"
    refused = editor_client.post("/articles/upload/", {"file": image})
    assert refused.status_code == 200 and b"Upload an .html" in refused.content


@pytest.mark.django_db
def test_the_article_page_shows_the_other_reports_of_the_story(editor_client):
    first = make_article(publisher="Outlet A")
    copy = make_article(publisher="Outlet B", near_duplicate_of=first, status=Article.Status.DUPLICATE)
    page = editor_client.get(f"/articles/{first.pk}/")
    assert b"Also reported by" in page.content and b"Outlet B" in page.content
    page = editor_client.get(f"/articles/{copy.pk}/")
    assert b"Same story as" in page.content


@pytest.mark.django_db
def test_api_upload_and_sources(editor_client, researcher, django_capture_on_commit_callbacks):
    researcher_client = Client()
    researcher_client.force_login(researcher)
    upload = io.BytesIO(("Title line\n\n" + DESERTION_STORY).encode())
    upload.name = "story.txt"
    with django_capture_on_commit_callbacks():
        response = editor_client.post("/api/articles/upload/", {"file": upload, "language": "en"})
    assert response.status_code == 201, response.content
    assert response.json()["title"] == "Title line" and response.json()["status"] == "fetched"

    missing = editor_client.post("/api/articles/upload/", {})
    assert missing.status_code == 400 and missing.json()["error"]["code"] == "invalid"
    assert researcher_client.post("/api/articles/upload/", {}).status_code == 403

    Source.objects.create(name="Feed", url="https://example.org/feed", error_count=2)
    listing = researcher_client.get("/api/sources/")
    assert listing.status_code == 200
    assert listing.json()["results"][0]["error_count"] == 2


@pytest.mark.django_db
def test_import_articles_is_safe_to_run_twice(tmp_path, django_capture_on_commit_callbacks, capsys):
    jsonl = tmp_path / "articles.jsonl"
    rows = [
        {"url": "https://example.org/a?utm_source=x", "title": "A", "text": DESERTION_STORY},
        {
            "title": "No URL",
            "text": "Pasted text about a deserter who fled to Georgia.",
            "published": "2024-02-01",
        },
        {"url": "https://example.org/b", "title": "B"},
        {"title": "Bad date", "text": "x", "published": "yesterday"},
        {"title": "Nothing"},
    ]
    jsonl.write_text("\n".join(json.dumps(r) for r in rows) + "\n{not json\n")
    with django_capture_on_commit_callbacks():
        call_command("import_articles", str(jsonl))
    first = capsys.readouterr()
    assert "6 items read: 3 created, 3 errors." in first.out
    assert "line 4" in first.err and "line 6" in first.err
    with django_capture_on_commit_callbacks():
        call_command("import_articles", str(jsonl))
    assert "3 already known, 3 errors" in capsys.readouterr().out
    assert Article.objects.count() == 3

    csv_file = tmp_path / "articles.csv"
    csv_file.write_text("url,title,text\nhttps://example.org/c,C,Some text about desertion.\n")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "one.html").write_text(article_html("Folder page", [DESERTION_STORY + " More."]))
    (folder / "ignored.png").write_bytes(b"\x89PNG")
    with django_capture_on_commit_callbacks():
        call_command("import_articles", str(csv_file))
        call_command("import_articles", str(folder))
        call_command("import_articles", str(folder))
    out = capsys.readouterr().out
    assert "1 items read: 1 created." in out and "1 items read: 1 already known." in out
    assert Article.objects.filter(title="Folder page").count() == 1


@pytest.mark.django_db
def test_reextract_command_skips_reviewed_articles(editor, capsys):
    fresh = make_article(text=DESERTION_STORY)
    make_proposal(fresh, extractor_version="old-1")
    reviewed = make_article(text=DESERTION_STORY + " Again.")
    make_proposal(reviewed, extractor_version="old-1", status="rejected", reviewer=editor)
    call_command("reextract", "--outdated", "--dry-run")
    assert "1 articles would be re-extracted; 1 reviewed ones skipped." in capsys.readouterr().out
    call_command("reextract", "--outdated")
    out = capsys.readouterr().out
    assert "1 re-extracted" in out and "1 skipped reviewed" in out
    assert set(CaseProposal.objects.filter(article=fresh).values_list("extractor_version", flat=True)) == {
        EXTRACTOR_VERSION
    }
    assert CaseProposal.objects.get(article=reviewed).extractor_version == "old-1"
