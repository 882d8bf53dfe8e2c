"""Hostile values at every edge answer 400 with a message, never 500 (issue: protection).

Each URL here answered 500 before: date filters out of range, numbers past any column,
NUL bytes, cursors of the wrong shape, JSON nested past any parser's depth.
"""

from __future__ import annotations

import json

import pytest

from tests.research.conftest import make_case

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
PAGES = ["/cases/", "/cases/export.csv", "/cases/charts/", "/cases/report-month.csv", "/api/cases/"]


@pytest.fixture
def signed_in(client, researcher, editor):
    make_case(reviewer=editor, names=["Lev Orlov"])
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
    submission = article_upload(submitted_by=None, filename="page.html", content=html)
    assert submission.created and not submission.article.url
