"""The route tally (models.RouteTally, kept by a trigger) always equals counting the
current cases, through approval, edits and withdrawal, and the map and charts
read it whenever their filters allow."""

from __future__ import annotations

from django.db.models import Count, Sum
from django.db.models.functions import Coalesce

from cases.models import Case, RouteTally
from cases.services.cases import case_withdraw
from tests.factories import make_case

KEY = ("visibility", "kind", "status", "origin", "destination", "transit")


def _live() -> dict:
    rows = (
        Case.objects.current()
        .order_by()
        .values(*KEY)
        .annotate(cases=Count("id"), people=Coalesce(Sum("people_count"), 0))
    )
    return {
        tuple(r[k] if k != "transit" else tuple(r[k]) for k in KEY): (r["cases"], r["people"]) for r in rows
    }


def _tally() -> dict:
    return {
        tuple(r[k] if k != "transit" else tuple(r[k]) for k in KEY): (r["cases"], r["people"])
        for r in RouteTally.objects.values(*KEY, "cases", "people")
    }


def test_the_tally_follows_every_change_to_the_cases(editor):
    first = make_case(actor=editor, origin="RU", transit=["KZ"], destination="DE", people_count=2)
    second = make_case(actor=editor, origin="RU", transit=["KZ"], destination="DE", people_count=3)
    third = make_case(actor=editor, origin="BY", transit=[], destination="PL", visibility="public")
    assert _tally() == _live() and sum(c for c, _ in _tally().values()) == 3
    # An edit moves the case to its new row; a change the tally does not count leaves it.
    Case.objects.filter(pk=first.pk).update(destination="FR", status="granted")
    Case.objects.filter(pk=second.pk).update(summary="Reworded.")
    assert _tally() == _live()
    case_withdraw(case_id=second.pk, actor=editor, reason="A duplicate of another case")
    assert _tally() == _live() and sum(c for c, _ in _tally().values()) == 2
    Case.objects.filter(pk=third.pk).update(visibility="internal")
    assert _tally() == _live()
    assert RouteTally.objects.filter(cases__lte=0).count() == 0  # emptied rows are removed


def test_the_map_and_charts_read_the_tally_when_the_filters_allow(researcher_client, editor):
    make_case(actor=editor, origin="RU", transit=["GE"], destination="DE", summary="Crossed at night.")
    make_case(actor=editor, origin="RU", transit=["KZ"], destination="FR", summary="Flew out.")
    # Counted from the tally: the same answer as from the cases.
    on_tally = researcher_client.get("/cases/map/", {"country": "GE"})
    assert [(g.source, g.target) for g in on_tally.context["route_map"].legs] == [("GE", "DE"), ("RU", "GE")]
    charts = researcher_client.get("/cases/charts/", {"origin": "RU"})
    assert charts.context["count"] == 2 and charts.context["count_exact"]
    assert [(r["value"], r["cases"]) for r in charts.context["by_destination"]] == [("DE", 1), ("FR", 1)]
    # A search needs the cases themselves.
    searched = researcher_client.get("/cases/map/", {"q": "night"})
    assert [(g.source, g.target) for g in searched.context["route_map"].legs] == [("GE", "DE"), ("RU", "GE")]


MONTH_KEY = ("visibility", "kind", "status", "origin", "destination", "first_month")


def test_the_month_tally_follows_the_cases_and_the_charts_read_it(researcher_client, editor):
    from cases.models import MonthTally

    make_case(actor=editor, origin="RU", destination="DE", dates={"deserted": "2023-03"})
    make_case(actor=editor, origin="RU", destination="DE", dates={"deserted": "2023"})
    undated = make_case(actor=editor, origin="RU", destination="FR", dates={})
    Case.objects.filter(pk=undated.pk).update(status="granted")

    def live():
        rows = Case.objects.current().order_by().values(*MONTH_KEY).annotate(cases=Count("id"))
        return {(*(r[k] for k in MONTH_KEY),): r["cases"] for r in rows}

    def tallied():
        rows = MonthTally.objects.values(*MONTH_KEY).annotate(n=Sum("cases"))
        return {(*(r[k] for k in MONTH_KEY),): r["n"] for r in rows}

    assert tallied() == live()
    on_tally = researcher_client.get("/cases/charts/", {"origin": "RU"}).context
    assert (on_tally["count"], on_tally["undated"], on_tally["year_only"]) == (3, 1, 1)
    assert [(r["month"].isoformat(), r["total"]) for r in on_tally["cases_table"].rows] == [("2023-03-01", 1)]
    # The same figures counted from the cases (a filter the tallies cannot answer).
    live_charts = researcher_client.get("/cases/charts/", {"origin": "RU", "reliability": "unknown"}).context
    assert (live_charts["undated"], live_charts["year_only"]) == (1, 1)
    assert [r["total"] for r in live_charts["cases_table"].rows] == [1]


def test_the_charts_from_the_tallies_equal_the_charts_from_the_cases(researcher_client, editor):
    route = {"origin": "RU", "destination": "DE", "transit": ["KZ"]}
    make_case(actor=editor, **route, status="applied", people_count=2, dates={"deserted": "2023-03"})
    make_case(actor=editor, **route, status="granted", dates={"deserted": "2023"})
    make_case(actor=editor, origin="RU", destination="FR", status="granted", dates={"deserted": "2024-01"})
    make_case(actor=editor, origin="RU", destination="AM", status="applied", dates={})
    keys = ("routes", "by_destination", "by_status", "count", "undated", "year_only")
    on_tally = researcher_client.get("/cases/charts/", {"origin": "RU"}).context
    # "reliability" is a filter the tallies cannot answer: the same charts counted from the cases.
    live = researcher_client.get("/cases/charts/", {"origin": "RU", "reliability": "unknown"}).context
    for key in keys:
        assert on_tally[key] == live[key], key
    totals = [[r["total"] for r in context["cases_table"].rows] for context in (on_tally, live)]
    assert totals[0] == totals[1]
    assert on_tally["routes"][0]["transit"] == ["KZ"] and on_tally["routes"][0]["cases"] == 2
