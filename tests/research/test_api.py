"""The API: the pages' filters, names by permission, cursor pages, sources, one error
shape, token auth, and an OpenAPI schema with docs that need no internet."""

from __future__ import annotations

from rest_framework.authtoken.models import Token

from cases.models import Source
from tests.factories import make_case


def test_case_filters_are_the_pages_filters(researcher_client, editor):
    match = make_case(
        actor=editor, transit=["GE", "TR"], names=["Giorgi Avaliani"], dates={"deserted": "2023"}
    )
    make_case(actor=editor, transit=["KZ"], names=["Ivan Petrov"], dates={"deserted": "2021"})
    for params in (
        {"transit": "TR"},
        {"name": "Авалиани"},
        {"q": "Грузия"},
        {"date_from": "2023-06", "date_to": "2023-07"},
    ):
        results = researcher_client.get("/api/cases/", params).json()["results"]
        assert [r["id"] for r in results] == [match.pk], params
    case = researcher_client.get(f"/api/cases/{match.pk}/").json()
    assert case["names"] == ["Giorgi Avaliani"] and case["transit"] == ["GE", "TR"]
    assert case["url"] == f"http://testserver/cases/{match.pk}/"
    assert case["dates"]["deserted"] == {"edtf": "2023", "earliest": "2023-01-01", "latest": "2023-12-31"}


def test_invalid_filters_answer_in_the_one_error_shape(researcher_client):
    response = researcher_client.get("/api/cases/", {"origin": "Narnia", "people_min": "0"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid" and set(error["details"]) == {"origin", "people_min"}


def test_cursor_pages_walk_every_case_once(researcher_client, editor):
    made = {make_case(actor=editor).pk for _ in range(5)}
    seen, url = [], "/api/cases/?page_size=2"
    while url:
        page = researcher_client.get(url).json()
        seen += [r["id"] for r in page["results"]]
        url = page["next"]
    assert sorted(seen) == sorted(made)


def test_sources_are_listed_and_filtered(researcher_client):
    Source.objects.create(name="Meduza", url="https://meduza.example/rss", reliability="reliable")
    Source.objects.create(name="Other", url="https://other.example/rss", active=False)
    names = [s["name"] for s in researcher_client.get("/api/sources/", {"active": "true"}).json()["results"]]
    assert names == ["Meduza"]
    assert researcher_client.post("/api/sources/", {"name": "x"}).status_code == 405


def test_token_authentication(client, researcher, editor):
    make_case(actor=editor)
    response = client.post("/api/token/", {"username": "researcher", "password": "pw-researcher"})
    token = response.json()["token"]
    assert token == Token.objects.get(user=researcher).key
    assert client.get("/api/cases/", headers={"Authorization": f"Token {token}"}).status_code == 200
    assert client.get("/api/cases/", headers={"Authorization": "Token wrong"}).json()["error"]["code"] in (
        "authentication_failed",
        "not_authenticated",
    )


def test_schema_lists_the_case_filters_and_docs_load_nothing_from_a_cdn(researcher_client):
    schema = researcher_client.get("/api/schema/", {"format": "json"}).json()
    parameters = {p["name"] for p in schema["paths"]["/api/cases/"]["get"]["parameters"]}
    assert {"q", "name", "kind", "transit", "date_from", "date_to", "people_min", "cursor"} <= parameters
    assert "/api/sources/" in schema["paths"]
    page = researcher_client.get("/api/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "https://" not in page  # nothing fetched from the internet


def test_the_schema_generates_without_warnings_and_validates(tmp_path):
    from django.core.management import call_command

    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yml"))
    assert (tmp_path / "schema.yml").read_text().startswith("openapi: 3")
