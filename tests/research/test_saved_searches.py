"""Saved searches: a researcher names a filter set, finds it again, shares its link, and
sees how many cases were added since the last visit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from cases.models import Case, SavedSearch
from cases.services.searches import clean_query, search_save
from tests.factories import make_case

pytestmark = pytest.mark.django_db


def test_the_query_is_kept_without_its_page_in_a_stable_order():
    assert clean_query("transit=KZ&cursor=abc&origin=RU") == "origin=RU&transit=KZ"


def test_saving_finding_again_and_the_new_cases_since_the_last_visit(researcher, researcher_client, editor):
    make_case(actor=editor, origin="RU", transit=["KZ"])
    make_case(actor=editor, origin="UA", transit=["PL"])
    response = researcher_client.post(
        "/cases/saved/", {"name": "Via Kazakhstan", "query": "transit=KZ&cursor=x"}
    )
    assert response.status_code == 302
    search = SavedSearch.objects.get(user=researcher)
    assert search.query == "transit=KZ"
    # Saved yesterday, say: a case approved since is new.
    SavedSearch.objects.filter(pk=search.pk).update(seen_at=timezone.now() - timedelta(days=1))
    Case.objects.filter(transit__contains=["KZ"]).update(approved_at=timezone.now() - timedelta(days=2))
    make_case(actor=editor, origin="RU", transit=["KZ"])
    page = researcher_client.get("/cases/saved/").content.decode()
    assert "Via Kazakhstan" in page and "1 new" in page
    assert "/cases/?transit=KZ" in page  # the link to share
    opened = researcher_client.get(f"/cases/saved/{search.pk}/")
    assert opened.status_code == 302 and opened["Location"] == "/cases/?transit=KZ"
    assert "1 new" not in researcher_client.get("/cases/saved/").content.decode()


def test_a_search_is_its_owners_and_a_name_is_needed(researcher, researcher_client, editor):
    other = search_save(actor=editor, name="Editor's", query="origin=RU")
    assert researcher_client.get(f"/cases/saved/{other.pk}/").status_code == 302
    assert researcher_client.post(f"/cases/saved/{other.pk}/delete/").status_code == 302
    assert SavedSearch.objects.filter(pk=other.pk).exists()
    researcher_client.post("/cases/saved/", {"name": "  ", "query": "origin=RU"})
    assert not SavedSearch.objects.filter(user=researcher).exists()
    # The same name again replaces the query.
    search_save(actor=researcher, name="Mine", query="origin=RU")
    search_save(actor=researcher, name="Mine", query="origin=UA")
    assert list(SavedSearch.objects.filter(user=researcher).values_list("query", flat=True)) == ["origin=UA"]
