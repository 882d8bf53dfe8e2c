"""Fuzz every filter parameter, form field and API field with hostile values: no 5xx.

Values: out-of-range numbers and dates, wrong types, NUL and control characters, a
right-to-left override, 10,000-character strings, deep JSON. Schemathesis
(tests/research/test_schemathesis.py) covers the API schema's own shapes besides.
"""

from __future__ import annotations

import json

import pytest

from cases.filters import CaseFilter
from cases.forms import ArticleSubmitForm, CaseFieldsForm, QueueFilterForm
from tests.factories import make_case, make_proposal

HOSTILE = [
    "0000",
    "9999-24",
    "-1",
    "99999999999999999999",
    "1e309",
    "NaN",
    "\x00",
    "a\x00b",
    "\x1b[31m\x07",
    "\u202eevil",
    "A" * 10_000,
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "[]",
    "{}",
]
JSON_HOSTILE = [*HOSTILE, 3_000_000_000, -(10**30), 1.5, True, None, [], {}, ["x"] * 1000, "[" * 5000]
FILTER_PAGES = [
    "/cases/",
    "/api/cases/",
    "/cases/export.csv",
    "/cases/charts/",
    "/cases/map/",
    "/cases/report-origin.csv",
]


def _read(response) -> int:
    if getattr(response, "streaming", False):
        b"".join(response.streaming_content)
    return response.status_code


@pytest.fixture
def data(editor):
    make_case(actor=editor, names=["Lev Orlov"])
    return make_proposal()


def test_every_filter_parameter(client, researcher, data) -> None:
    client.force_login(researcher)
    for name in [*CaseFilter.base_filters, "sort", "cursor", "page_size", "bom", "view", "count"]:
        for value in HOSTILE:
            for page in FILTER_PAGES:
                status = _read(client.get(page, {name: value}))
                assert status < 500, (page, name, value[:40], status)


def test_every_form_field(client, editor, data) -> None:
    client.force_login(editor)
    for name in ArticleSubmitForm.base_fields:
        for value in HOSTILE:
            status = client.post("/articles/new/", {name: value, "title": "t"}).status_code
            assert status < 500, ("article-new", name, value[:40], status)
    for name in CaseFieldsForm.base_fields:
        for value in HOSTILE:
            proposal = make_proposal()
            base = {"kind": "desertion", "status": "fled", name: value}
            status = client.post(f"/review/{proposal.pk}/approve/", base).status_code
            assert status < 500, ("approve", name, value[:40], status)
    for name in QueueFilterForm.base_fields:
        for value in HOSTILE:
            status = client.get("/review/", {name: value}).status_code
            assert status < 500, ("queue", name, value[:40], status)


def test_every_api_field(client, editor, data) -> None:
    client.force_login(editor)
    fields = ["kind", "people_count", "names", "roles", "origin", "transit", "destination", "status", "dates"]
    for name in fields:
        for value in JSON_HOSTILE:
            proposal = make_proposal()
            body = json.dumps({"changes": {name: value}})
            response = client.post(
                f"/api/proposals/{proposal.pk}/approve/", body, content_type="application/json"
            )
            assert response.status_code < 500, ("approve", name, str(value)[:40], response.status_code)
    for name in ("url", "title", "text", "language", "published"):
        for value in JSON_HOSTILE:
            body = json.dumps({name: value})
            response = client.post("/api/articles/", body, content_type="application/json")
            assert response.status_code < 500, ("articles", name, str(value)[:40], response.status_code)
    for value in JSON_HOSTILE:
        body = json.dumps({"username": value, "password": value})
        response = client.post("/api/token/", body, content_type="application/json")
        assert response.status_code < 500, ("token", str(value)[:40], response.status_code)
