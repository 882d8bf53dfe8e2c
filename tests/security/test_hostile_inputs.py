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
