"""Hostile input: script in stored text, malformed API requests, formula cells, huge bodies."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command

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


@pytest.mark.django_db
def test_a_malformed_csv_import_reports_each_bad_row_and_keeps_the_good_ones(
    tmp_path, django_capture_on_commit_callbacks, capsys
):
    rows = [
        "url,title,text",
        "https://example.org/kept-1,Первая,Солдат дезертировал и уехал в Грузию.",
        "https://example.org/extra,Too,many,fields,here",
        ",No URL and no text,",
        '"https://example.org/kept-2","Вторая","Офицер попросил убежища во Франции."',
    ]
    path = tmp_path / "export-from-a-spreadsheet.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1251"))  # not UTF-8
    with django_capture_on_commit_callbacks():
        call_command("import_articles", str(path))
    out, err = capsys.readouterr()
    assert "2 created, 2 errors" in out
    assert "line 3: 5 fields where the header has 3" in err and "line 4:" in err
    assert set(Article.objects.values_list("title", flat=True)) == {"Первая", "Вторая"}


@pytest.mark.django_db
def test_a_csv_without_a_usable_header_is_refused_whole(tmp_path):
    path = tmp_path / "no-header.csv"
    path.write_text("https://example.org/a,A title,Some words\n")
    with pytest.raises(CommandError, match="the first line must name the columns"):
        call_command("import_articles", str(path))
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_an_oversized_upload_is_refused_with_a_clear_message(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from cases.views.ingest import MAX_UPLOAD_BYTES

    big = SimpleUploadedFile("huge.html", b"<p>" + b"x" * MAX_UPLOAD_BYTES + b"</p>", "text/html")
    response = editor_client.post("/api/articles/upload/", {"file": big})
    assert response.status_code == 400
    assert "larger than 10 MB" in str(response.json())
    assert Article.objects.count() == 0


def test_production_settings_send_cookies_only_over_https(tmp_path):
    """What `check --deploy` also asserts in `make test`, read from the settings a production
    process gets (DJANGO_DEBUG=false)."""
    import json
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = (
        "import json, django; from django.conf import settings; django.setup(); print(json.dumps({k: "
        "getattr(settings, k) for k in ('SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', "
        "'SESSION_COOKIE_HTTPONLY', 'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', 'DEBUG')}))"
    )
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="tracker.settings", DJANGO_DEBUG="false",
               DJANGO_SECRET_KEY="x" * 60, DJANGO_ALLOWED_HOSTS="tracker.example.org")  # fmt: skip
    env.pop("DJANGO_SECURE_SSL_REDIRECT", None)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    values = json.loads(out.stdout.strip().splitlines()[-1])
    assert values == {
        "SESSION_COOKIE_SECURE": True, "CSRF_COOKIE_SECURE": True, "SESSION_COOKIE_HTTPONLY": True,
        "SECURE_SSL_REDIRECT": True, "SECURE_HSTS_SECONDS": 31536000, "DEBUG": False,
    }  # fmt: skip


@pytest.mark.django_db
def test_control_characters_are_dropped_or_refused_never_a_server_error(editor_client, tmp_path, capsys):
    refused = editor_client.post(
        "/api/articles/", {"title": "Nul\x00", "text": "A deserter."}, content_type="application/json"
    )
    assert refused.status_code == 400 and "title" in refused.json()["error"]["details"]
    response = editor_client.post(
        "/api/articles/",
        {"title": "Bell\x07 in the title", "text": "A deserter\x1b fled\x07 to Georgia.\tTabs stay."},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    article = Article.objects.get()
    assert article.title == "Bell in the title" and article.text == "A deserter fled to Georgia.\tTabs stay."
    path = tmp_path / "nul.csv"
    path.write_bytes(b"url,title,text\nhttps://example.org/n,A\x00B,Text about a deserter\x00.\n")
    call_command("import_articles", str(path))
    assert "1 created" in capsys.readouterr().out
    assert Article.objects.get(url="https://example.org/n").title == "AB"
