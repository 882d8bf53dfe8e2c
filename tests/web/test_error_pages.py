"""The pages people land on: 403, 404 and 500 look like the app and lead back; the home
page links only what the user may open, and the API."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string

pytestmark = pytest.mark.django_db


def test_a_missing_case_is_the_apps_own_page_even_with_debug(researcher_client, settings):
    settings.DEBUG = True
    response = researcher_client.get("/cases/999999/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "No case 999999" in page and 'class="topbar"' in page and "Back to the overview" in page


def test_a_forbidden_page_explains_and_leads_back(researcher_client):
    response = researcher_client.get("/review/")
    assert response.status_code == 403
    page = response.content.decode()
    assert "You may not open this page" in page and "Back to the overview" in page


def test_the_500_page_renders_without_a_request():
    page = render_to_string("500.html")
    assert "Something went wrong" in page and "app.css" in page


def test_the_researchers_home_links_only_what_opens(researcher_client):
    page = researcher_client.get("/").content.decode()
    assert "Articles by state" not in page and "/articles/?status=" not in page
    assert "/api/docs/" in page and "/account/tokens/" in page
    for link in ("/cases/", "/api/docs/", "/account/tokens/"):
        assert researcher_client.get(link).status_code == 200, link


def test_the_editors_home_keeps_the_article_states(editor_client):
    from tests.factories import make_article

    make_article()
    assert "Articles by state" in editor_client.get("/").content.decode()
