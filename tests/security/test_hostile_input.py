"""Hostile input: script in stored text, malformed API requests, formula cells, huge bodies,
values out of range."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command

from cases.models import Article
from cases.services.proposals import proposal_approve
from tests.factories import CASE_FIELDS, make_article, make_case, make_proposal

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def hostile_case(editor):
    article = make_article(title=XSS, text=f"{XSS} A soldier deserted. {XSS}")
    proposal = make_proposal(article, fields={**CASE_FIELDS, "names": [XSS, '=HYPERLINK("http://evil")']})
    return proposal_approve(proposal_id=proposal.pk, actor=editor, summary=XSS)


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


# Hostile values at every edge answer 400 with a message, never 500. Each request here
# answered 500 before: date filters out of range, numbers past any column, NUL bytes,
# cursors of the wrong shape, JSON nested past any parser's depth.
BAD_QUERIES = [
    "date_from=0000",
    "date_to=9999-24",
    "date_from=0001&date_to=9999",
    "name=-1",
    "people_min=99999999999999999999",
    "people_max=-99999999999999999999",
    "sort=%00",
    "q=%00",
    "cursor=cD0yMDI2",
    "cursor=%00%00",
    "origin=%00",
    "transit=" + "A" * 10000,
]
PAGES = [
    "/cases/",
    "/cases/export.csv",
    "/cases/charts/",
    "/cases/map/",
    "/cases/report-month.csv",
    "/api/cases/",
]


@pytest.fixture
def signed_in(client, researcher, editor):
    make_case(actor=editor, names=["Lev Orlov"])
    client.force_login(researcher)
    return client


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_hostile_filters_never_give_a_server_error(signed_in, page, query) -> None:
    response = signed_in.get(f"{page}?{query}")
    if getattr(response, "streaming", False):
        b"".join(response.streaming_content)
    assert response.status_code < 500, (page, query, response.status_code)


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("path", ["/api/token/"])
def test_deep_json_is_a_400(client, db, path) -> None:
    response = client.post(path, data=_deep(100_000), content_type="application/json")
    assert response.status_code == 400


def test_deep_json_on_an_api_write_is_a_400(client, editor) -> None:
    client.force_login(editor)
    response = client.post("/api/articles/", data=_deep(100_000), content_type="application/json")
    assert response.status_code in (400, 403, 405)


def test_a_hostile_approval_is_a_400(client, editor) -> None:
    from tests.factories import make_proposal

    client.force_login(editor)
    for changes in (
        {"dates": {"deserted": "0000"}},
        {"dates": {"deserted": "9999-24"}},
        {"people_count": 3_000_000_000},
        {"names": ["x" * 400]},
        {"transit": "KZ"},
    ):
        proposal = make_proposal()
        url = f"/api/proposals/{proposal.pk}/approve/"
        response = client.post(url, data=json.dumps({"changes": changes}), content_type="application/json")
        assert response.status_code == 400, (changes, response.status_code, response.content[:300])


def test_an_import_reports_bad_rows_by_line_and_imports_the_rest(db, tmp_path) -> None:
    from io import StringIO

    from django.core.management import call_command

    from cases.models import Article

    path = tmp_path / "rows.jsonl"
    rows = [
        json.dumps({"url": "https://news.example.org/" + "a" * 2100}),
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"title": "Kept", "text": "A soldier deserted and fled abroad."}),
    ]
    path.write_text("\n".join(rows) + "\n")
    out, err = StringIO(), StringIO()
    call_command("import_articles", str(path), stdout=out, stderr=err)
    assert "line 1" in err.getvalue() and "longer than" in err.getvalue()
    assert "line 2" in err.getvalue()
    assert Article.objects.filter(title="Kept").exists()


def test_an_upload_with_a_very_long_canonical_link_is_kept(db) -> None:
    from cases.services.imports import article_upload

    long_link = "https://news.example.org/" + "b" * 2100
    html = (
        f'<html><head><title>A page</title><link rel="canonical" href="{long_link}"></head>'
        "<body><article><p>"
        + "A soldier deserted and crossed the border into Georgia. " * 20
        + "</p></article></body></html>"
    ).encode()
    submission = article_upload(actor=None, filename="page.html", content=html)
    assert submission.created and not submission.article.url
