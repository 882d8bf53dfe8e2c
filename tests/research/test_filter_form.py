"""The filter form above the case list: values kept, errors shown, and every description
that a field names for assistive technology present on the page."""

from __future__ import annotations

import re

import pytest

from cases.models import Source

pytestmark = pytest.mark.django_db


def _ids_described(html: str) -> set[str]:
    return {i for value in re.findall(r'aria-describedby="([^"]+)"', html) for i in value.split()}


def test_every_description_a_field_names_is_on_the_page(researcher_client):
    Source.objects.create(name="Daily <Bulletin>", url="https://example.org/feed.xml")
    html = researcher_client.get("/cases/").content.decode()
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    assert _ids_described(html) and _ids_described(html) <= ids
    assert 'id="id_date_from_helptext"' in html  # the date formats are shown
    assert "Daily &lt;Bulletin&gt;</option>" in html


def test_chosen_values_are_kept_and_a_bad_value_is_marked_invalid(researcher_client):
    source = Source.objects.create(name="Border Watch", url="https://example.org/rss")
    html = researcher_client.get(
        f"/cases/?origin=RU&source={source.pk}&date_from=2023-13&people_min=0"
    ).content.decode()
    assert '<option value="RU" selected>' in html and f'<option value="{source.pk}" selected>' in html
    date_from = re.search(r'<input[^>]*name="date_from"[^>]*>', html).group(0)
    assert 'value="2023-13"' in date_from and 'aria-invalid="true"' in date_from
    assert 'id="id_date_from_errors"' in html and 'id="id_people_min_errors"' in html
    assert _ids_described(html) <= set(re.findall(r'\bid="([^"]+)"', html))
    assert "no cases are shown" in html


def test_each_request_gets_its_own_filters(rf, researcher, researcher_without_names):
    from cases.filters import CaseFilter
    from cases.views.cases import case_filterset

    def filterset(user):
        request = rf.get("/cases/", {"q": "Kazakhstan"})
        request.user = user
        return case_filterset(request)

    nameless, named = filterset(researcher_without_names), filterset(researcher)
    assert "name" not in nameless.filters and "name" in named.filters and "name" in CaseFilter.base_filters
    assert nameless.filters["q"].extra["help_text"] != named.filters["q"].extra["help_text"]
    assert CaseFilter.base_filters["q"].extra["help_text"] == named.filters["q"].extra["help_text"]
    # Each filter's method is looked up on its own request's filterset.
    assert nameless.filters["q"].filter.method.__self__ is nameless
    assert named.filters["q"].filter.method.__self__ is named


@pytest.mark.django_db
def test_each_filter_chip_removes_its_own_filter(researcher_client, editor):
    from tests.factories import make_case

    make_case(actor=editor, origin="RU", transit=["KZ"], destination="DE")
    page = researcher_client.get(
        "/cases/", {"origin": "RU", "transit": "KZ", "sort": "-people"}
    ).content.decode()
    assert 'href="?transit=KZ&amp;sort=-people"' in page  # the origin chip drops origin only
    assert 'href="?origin=RU&amp;sort=-people"' in page
    assert "Remove the filter" in page
