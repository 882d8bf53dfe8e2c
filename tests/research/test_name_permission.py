"""A name search from a user who may not see names is answered with a clear error, never
silently dropped into an unfiltered count."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from tests.factories import make_case

pytestmark = pytest.mark.django_db


def test_the_api_refuses_a_name_search_without_the_permission(researcher_without_names, editor):
    make_case(actor=editor, names=["Pavel Dorin"])
    api = APIClient()
    api.force_authenticate(researcher_without_names)
    response = api.get("/api/cases/", {"name": "Dorin"})
    assert response.status_code == 400
    assert "permission to see names" in str(response.json())
    assert api.get("/api/cases/").status_code == 200


def test_the_list_page_says_why_and_shows_no_unfiltered_count(client, researcher_without_names, editor):
    make_case(actor=editor, names=["Pavel Dorin"])
    client.force_login(researcher_without_names)
    page = client.get("/cases/", {"name": "Dorin"}).content.decode()
    assert "permission to see names" in page
    assert 'type="search" name="name"' not in page  # the name filter is not shown
    export = client.get("/cases/export.csv", {"name": "Dorin"})
    assert export.status_code == 400
