"""Finding cases: full-text in any language, names across scripts, every filter, and keyset
pages that neither skip nor repeat a case."""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from cases.filters import CaseFilter
from cases.models import Case, Person, Source
from cases.search import name_key
from cases.selectors.cases import SORTS, case_keyset_page, case_list
from tests.factories import make_case


def found(user, **params) -> set[int]:
    request = RequestFactory().get("/cases/", params)
    request.user = user
    filterset = CaseFilter(request.GET, queryset=case_list(user=user), request=request)
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs.values_list("pk", flat=True))


@pytest.mark.parametrize(
    ("spelling", "key"),
    [("Avaliani", "avaliani"), ("Авалиани", "avaliani"), ("Awaliani", "avaliani"), ("ავალიანი", "avaliani"),
     ("Jakowlew", "iakovlev"), ("Яковлев", "iakovlev"), ("Khodorkovsky", "hodorkovski"),
     ("Chodorkowski", "hodorkovski"), ("Émile Dürr", "emile dur")],
)  # fmt: skip
def test_name_key_folds_scripts_and_spellings_to_one_form(spelling, key):
    assert name_key(spelling) == key


@pytest.mark.parametrize(
    "query", ["Avaliani", "Авалиани", "Awaliani", "avaliani", "Avalliani", "Giorgi Awaliani"]
)
def test_name_search_survives_transliteration_and_spelling(researcher, editor, query):
    case = make_case(actor=editor, names=["Giorgi Avaliani"])
    make_case(actor=editor, names=["Ivan Petrov"])
    assert found(researcher, name=query) == {case.pk}
    assert found(researcher, q=query) == {case.pk}


def test_cyrillic_names_are_found_by_latin_spelling(researcher, editor):
    case = make_case(actor=editor, names=["Дмитрий Яковлев"])
    assert found(researcher, name="Yakovlev") == {case.pk}
    assert found(researcher, name="Jakowlew") == {case.pk}
    assert Person.objects.get(case=case).name_key == "dmitri iakovlev"


def test_full_text_search_is_accent_blind_and_language_neutral(researcher, editor):
    french = make_case(actor=editor, summary="Soldat réfugié en France après la désertion.")
    russian = make_case(actor=editor, summary="Уклонился от мобилизации, уехал через Верхний Ларс.")
    assert found(researcher, q="refugie") == {french.pk}
    assert found(researcher, q="Désertion") == {french.pk}
    assert found(researcher, q="Ларс") == {russian.pk}
    assert found(researcher, q="мобилизации Ларс") == {russian.pk}
    assert found(researcher, q="мобилизации -Ларс") == set()


def test_places_are_found_by_their_names_in_several_languages(researcher, editor):
    case = make_case(actor=editor, origin="RU", transit=["KZ"], destination="FR")
    other = make_case(actor=editor, origin="RU", transit=["GE"], destination="DE")
    assert found(researcher, q="Kazakhstan") == {case.pk}
    assert found(researcher, q="Казахстан") == {case.pk}
    assert found(researcher, q="Frankreich") == {case.pk}
    assert found(researcher, q="Грузия") == {other.pk}


def test_source_titles_are_searched_once_the_approval_links_them(researcher, editor):
    case = make_case(actor=editor, article={"title": "Дезертир попросил убежища"})
    assert found(researcher, q="убежища") == {case.pk}
    # Approval refreshes the stored document after linking the source.
    assert "убежища" in Case.objects.get(pk=case.pk).search_text


def test_filters_combine(researcher, editor):
    source = Source.objects.create(name="Meduza", url="https://meduza.example/rss")
    match = make_case(
        actor=editor, kind="desertion", status="applied", origin="RU", transit=["GE", "TR"],
        destination="DE", people_count=3, reliability="reliable",
        dates={"deserted": "2023-05", "applied": "2023-09"}, article={"language": "ru", "source": source},
    )  # fmt: skip
    make_case(actor=editor, kind="defection", transit=["TR"], dates={"deserted": "2021"})
    make_case(actor=editor, kind="desertion", transit=["KZ"], people_count=1, dates={"deserted": "2024-02"})
    assert found(researcher, kind="desertion", transit="TR") == {match.pk}
    assert found(researcher, transit="GE") == {match.pk}
    assert found(researcher, origin="RU", destination="DE", status="applied") == {match.pk}
    assert found(researcher, people_min=2, people_max=3) == {match.pk}
    assert found(researcher, language="RU") == {match.pk}
    assert found(researcher, source=source.pk) == {match.pk}
    assert found(researcher, reliability="reliable") == {match.pk}


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [("2023-08", "2023-08", True), ("2023-09-30", "", True), ("", "2023-05-01", True),
     ("2023-10", "2024", False), ("2022", "2023-04", False), ("2023", "2023", True), ("2023-22", "", True)],
)  # fmt: skip
def test_date_range_matches_cases_whose_events_overlap_it(researcher, editor, date_from, date_to, expected):
    case = make_case(actor=editor, dates={"deserted": "2023-05", "applied": "2023-09"})
    make_case(actor=editor, dates={})  # undated: never in a date range
    params = {key: value for key, value in (("date_from", date_from), ("date_to", date_to)) if value}
    assert found(researcher, **params) == ({case.pk} if expected else set())


def test_an_invalid_filter_is_reported_not_ignored(researcher):
    request = RequestFactory().get("/cases/", {"date_from": "last summer", "origin": "XX1"})
    request.user = researcher
    filterset = CaseFilter(request.GET, queryset=case_list(user=researcher), request=request)
    assert not filterset.is_valid()
    assert set(filterset.errors) == {"date_from", "origin"}


@pytest.mark.parametrize("sort", list(SORTS))
def test_keyset_pages_walk_every_case_once_forwards_and_back(editor, sort):
    made = [
        make_case(actor=editor, people_count=1 + i % 3, dates={"deserted": f"202{i % 4}"} if i % 5 else {})
        for i in range(23)
    ]
    cases = Case.objects.all()
    seen, cursor, pages = [], None, []
    while True:
        page = case_keyset_page(cases, sort=sort, cursor=cursor, size=5)
        pages.append(page)
        seen += [row.id for row in page.rows]
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert sorted(seen) == sorted(case.pk for case in made) and len(seen) == 23
    assert len(pages) == 5 and pages[0].is_first and pages[0].previous_cursor is None
    # Back from the last page gives the page before it, in the same order.
    back = case_keyset_page(cases, sort=sort, cursor=pages[-1].previous_cursor, size=5)
    assert [r.id for r in back.rows] == [r.id for r in pages[-2].rows]


def test_keyset_page_ignores_a_forged_cursor(editor):
    make_case(actor=editor)
    page = case_keyset_page(Case.objects.all(), cursor="not-a-cursor!!", size=5)
    assert len(page.rows) == 1 and page.is_first


def test_case_list_page_is_found_deep_with_the_cursor_in_the_url(researcher_client, editor):
    for _ in range(55):
        make_case(actor=editor)
    first = researcher_client.get("/cases/")
    assert first.context["count"] == 55 and len(first.context["page"].rows) == 50
    second = researcher_client.get("/cases/", {"cursor": first.context["page"].next_cursor})
    assert len(second.context["page"].rows) == 5
    assert 'rel="prev"' in second.content.decode()


def test_case_list_keeps_filters_in_the_url_and_shows_them(researcher_client, editor):
    make_case(actor=editor, transit=["KZ"])
    response = researcher_client.get("/cases/", {"transit": "KZ", "kind": "desertion", "sort": "-people"})
    text = response.content.decode()
    assert response.context["count"] == 1
    assert "transit=KZ" in text
    assert 'class="chip">Transit: Kazakhstan' in text and 'class="chip">Kind: Desertion' in text


def test_an_invalid_filter_on_the_page_shows_no_cases_and_says_why(researcher_client, editor):
    make_case(actor=editor)
    response = researcher_client.get("/cases/", {"date_from": "soon"})
    assert response.status_code == 200 and response.context["count"] == 0
    assert "could not be read" in response.content.decode()


def test_a_list_row_shows_the_route_dates_kind_and_status_escaped(researcher_client, editor):
    case = make_case(
        actor=editor,
        names=["<b>Pyotr</b> Example"],
        transit=["KZ", "GE"],
        destination="FR",
        status="granted",
        dates={"deserted": "2023-03", "applied": "2024-01-15"},
    )
    text = researcher_client.get("/cases/").content.decode()
    row = text[text.index(f'<a href="/cases/{case.pk}/">') :].split("</tr>")[0]
    assert "<small>&lt;b&gt;Pyotr&lt;/b&gt; Example</small>" in row
    assert (
        '<abbr title="Russia">RU</abbr> → <abbr title="Kazakhstan">KZ</abbr> → '
        '<abbr title="Georgia">GE</abbr> → <abbr title="France">FR</abbr>'
    ) in row
    assert "<td>Desertion</td>" in row
    assert '<span class="badge badge-granted">Protection granted</span>' in row
    assert "<td>Mar 2023 – Jan 2024</td>" in row


def test_a_list_row_without_names_permission_or_dates(client, researcher_without_names, editor):
    make_case(actor=editor, names=["Pyotr Example"], destination="", dates={})
    client.force_login(researcher_without_names)
    text = client.get("/cases/").content.decode()
    assert "Pyotr" not in text
    assert '<abbr title="unknown">?</abbr>' in text and "<td>—</td>" in text


def test_a_near_spelling_finds_the_name(researcher, editor):
    case = make_case(actor=editor, names=["Dmitry Sokolov"])
    make_case(actor=editor, names=["Giorgi Avaliani"])
    assert found(researcher, name="Sakolov") == {case.pk}
    assert found(researcher, name="Sokolov") == {case.pk}
    assert found(researcher, name="Avalani") != {case.pk}


def test_a_name_search_shows_the_cases_spelled_as_typed_first(researcher_client, editor):
    exact = make_case(actor=editor, names=["Dmitry Sokolov"])
    near = make_case(actor=editor, names=["Dmitri Sakolov"])
    response = researcher_client.get("/cases/", {"name": "Sokolov"})
    assert {row.id for row in response.context["page"].rows} == {exact.pk, near.pk}
    assert [row.id for row in response.context["spelled"].rows] == [exact.pk]
    text = response.content.decode()
    assert text.index("Spelled “Sokolov”") < text.index("All matches, with near spellings")
    assert text.index(f"/cases/{exact.pk}/") < text.index(f"/cases/{near.pk}/")
    # A search that matches nothing as typed shows no block.
    assert researcher_client.get("/cases/", {"name": "Sokolova"}).context["spelled"].rows == []


def test_past_some_thousands_the_list_says_about_how_many_and_counts_exactly_on_request(
    researcher_client, editor, settings
):
    from cases.models import Case
    from cases.selectors.cases import Tally, tally

    for _ in range(4):
        make_case(actor=editor, origin="RU")
    settings.TRACKER_EXACT_COUNT_BELOW = 2
    counted = tally(Case.objects.current())
    assert not counted.exact and counted.value >= 3
    text = researcher_client.get("/cases/").content.decode()
    assert "about " in text and "count=exact" in text
    exact = researcher_client.get("/cases/", {"count": "exact"})
    assert exact.context["count"] == 4 and exact.context["count_exact"]
    assert "about " not in exact.content.decode().split("</h1>")[0]
    # Filters the route tally answers count exactly from it; others count the cases.
    assert researcher_client.get("/cases/charts/").context["count_exact"] is True
    charts = researcher_client.get("/cases/charts/", {"reliability": "unknown"})
    assert charts.context["count_exact"] is False
    settings.TRACKER_EXACT_COUNT_BELOW = 10
    assert tally(Case.objects.current()) == Tally(4, True)
    # Exports stay exact whatever the pages say.
    rows = (
        b"".join(researcher_client.get("/cases/export.csv").streaming_content).decode().strip().splitlines()
    )
    assert len(rows) == 5


def test_far_past_the_bound_the_estimate_stands_without_counting(editor, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cases.models import Case
    from cases.selectors.cases import tally

    for _ in range(30):
        make_case(actor=editor, origin="RU")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE cases_case")
    settings.TRACKER_EXACT_COUNT_BELOW = 1
    with CaptureQueriesContext(connection) as queries:
        counted = tally(Case.objects.current())
    assert not counted.exact and counted.value > 10
    assert not any("COUNT(" in q["sql"].upper() for q in queries.captured_queries)


@pytest.mark.parametrize("listed", [2000, 0])
def test_a_search_finds_titles_and_names_listed_or_as_subqueries(researcher, editor, monkeypatch, listed):
    from cases import filters

    monkeypatch.setattr(filters, "_LISTED", listed)
    titled = make_case(actor=editor, article={"title": "Ein Deserteur bittet um Schutz"})
    named = make_case(actor=editor, names=["Oskar Wendelin"])
    make_case(actor=editor, names=["Pavel Orlov"])
    assert found(researcher, q="Schutz") == {titled.pk}
    assert found(researcher, q="Wendelin") == {named.pk}
