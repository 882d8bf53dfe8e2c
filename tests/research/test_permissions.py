"""Every role against every research page, export and API endpoint, and who sees names.

Rows are roles; each test walks the same table of URLs so a new endpoint is one line.
"""

from __future__ import annotations

import pytest

from tests.factories import make_case

NAME = "Giorgi Avaliani"
ROLES = ["anonymous", "outsider", "researcher", "nameless", "editor", "admin"]
ROLE_FIXTURE = {"outsider": "outsider", "researcher": "researcher", "nameless": "researcher_without_names",
                "editor": "editor", "admin": "admin_user"}  # fmt: skip
STAFF = {"researcher", "nameless", "editor", "admin"}
REVIEWERS = {"editor", "admin"}
SEES_NAMES = {"researcher", "editor", "admin"}

# (url template, who gets 200, whether it lists names); everyone else is refused.
PAGES = [
    ("/cases/", STAFF, True),
    ("/cases/{internal}/", STAFF, True),
    ("/cases/{public}/", STAFF, True),
    ("/cases/?q=Kazakhstan", STAFF, True),
    ("/cases/charts/", STAFF, False),
    ("/cases/export.csv", STAFF, True),
    ("/cases/export.csv?bom=1&kind=desertion", STAFF, True),
    ("/cases/report-origin.csv", STAFF, False),
    ("/cases/report-month.csv", STAFF, False),
]
API = [
    ("/api/cases/", STAFF, True),
    ("/api/cases/{internal}/", STAFF, True),
    ("/api/cases/?q=Kazakhstan", STAFF, True),
    ("/api/sources/", STAFF, False),
    ("/api/proposals/", REVIEWERS, False),
    ("/api/articles/", REVIEWERS, False),
]


@pytest.fixture
def cases(editor):
    internal = make_case(actor=editor, names=[NAME], summary="Fled via Kazakhstan.")
    public = make_case(actor=editor, names=[NAME], visibility="public", origin="RU", destination="DE")
    return {"internal": internal.pk, "public": public.pk}


def login(client, request, role: str):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(ROLE_FIXTURE[role]))
    return client


def body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_every_role_against_every_page_and_export(client, request, cases, role):
    login(client, request, role)
    for template, allowed, lists_names in PAGES:
        url = template.format(**cases)
        response = client.get(url)
        if role in allowed:
            assert response.status_code == 200, url
            assert (NAME in body(response)) == (lists_names and role in SEES_NAMES), url
        elif role == "anonymous":
            assert response.status_code == 302 and "/login/" in response["Location"], url
        else:
            assert response.status_code == 403, url


@pytest.mark.parametrize("role", ROLES)
def test_every_role_against_every_api_endpoint(client, request, cases, role):
    login(client, request, role)
    for template, allowed, lists_names in API:
        url = template.format(**cases)
        response = client.get(url)
        if role in allowed:
            assert response.status_code == 200, url
            assert (NAME in body(response)) == (lists_names and role in SEES_NAMES), url
        else:
            assert response.status_code in (401, 403), url
            assert set(response.json()) == {"error"}, url


@pytest.mark.parametrize("role", ROLES)
def test_public_view_is_off_by_default_for_everyone(client, request, cases, role):
    login(client, request, role)
    for url in ("/public/cases/", f"/public/cases/{cases['public']}/", "/public/cases/charts/"):
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("role", ROLES)
def test_public_view_when_on_shows_only_public_cases_and_never_names(
    client, request, cases, public_view, role
):
    login(client, request, role)
    listing = client.get("/public/cases/")
    assert listing.status_code == 200
    text = listing.content.decode()
    assert f"/public/cases/{cases['public']}/" in text
    assert f"/public/cases/{cases['internal']}/" not in text
    assert NAME not in text
    detail = client.get(f"/public/cases/{cases['public']}/")
    assert detail.status_code == 200 and NAME not in detail.content.decode()
    assert client.get(f"/public/cases/{cases['internal']}/").status_code == 404
    charts = client.get("/public/cases/charts/")
    assert charts.status_code == 200 and NAME not in charts.content.decode()


def test_public_view_cannot_search_names_or_text(client, cases, public_view):
    # Even a name that is in the case base is not a filter here: the parameter is ignored.
    response = client.get("/public/cases/", {"name": "Avaliani", "q": "Avaliani"})
    assert response.status_code == 200
    assert f"/public/cases/{cases['public']}/" in response.content.decode()
    assert 'name="q"' not in response.content.decode()


def test_a_user_without_view_names_cannot_find_cases_by_name(client, researcher_without_names, cases):
    client.force_login(researcher_without_names)
    by_name = client.get("/api/cases/", {"name": "Avaliani"})
    by_text = client.get("/api/cases/", {"q": "Avaliani"}).json()["results"]
    # `name` is refused with a clear error (#14: never an unfiltered count); `q` does not
    # look at names.
    assert by_name.status_code == 400 and "permission to see names" in str(by_name.json())
    assert by_text == []


def test_names_in_free_text_are_withheld_from_users_without_view_names(
    client, researcher, researcher_without_names, editor
):
    case = make_case(
        actor=editor, names=["Giorgi Avaliani"], summary="Giorgi Avaliani left his unit in May.",
        article={"title": "Авалиани попросил убежища", "text": "Рядовой Авалиани попросил убежища."},
    )  # fmt: skip
    client.force_login(researcher_without_names)
    page = client.get(f"/cases/{case.pk}/").content.decode()
    api = client.get(f"/api/cases/{case.pk}/").json()
    for text in (page, str(api)):
        assert "Avaliani" not in text and "Авалиани" not in text
        assert "[name withheld] left his unit in May." in text and "[name withheld] попросил убежища" in text
    # Nor can the stored search document be probed for the name.
    assert client.get("/api/cases/", {"q": "Авалиани"}).json()["results"] == []
    # The source title joined the document at approval, with the name withheld from it.
    assert len(client.get("/api/cases/", {"q": "убежища"}).json()["results"]) == 1
    client.force_login(researcher)
    assert "Giorgi Avaliani left his unit" in client.get(f"/cases/{case.pk}/").content.decode()
    assert [r["id"] for r in client.get("/api/cases/", {"q": "убежища"}).json()["results"]] == [case.pk]
