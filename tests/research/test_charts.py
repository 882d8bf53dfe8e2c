"""Charts: drawn on the server from the filtered set, readable without JavaScript, each with
its table."""

from __future__ import annotations

from datetime import date

from cases import charts
from tests.factories import make_case


def test_monthly_table_includes_empty_months_between_first_and_last():
    rows = [
        {"month": date(2023, 11, 1), "kind": "desertion", "cases": 2, "people": 4},
        {"month": date(2024, 2, 1), "kind": "defection", "cases": 1, "people": 1},
    ]
    table = charts.monthly_table(rows, metric="cases")
    assert [r["month"] for r in table.rows] == [date(2023, 11, 1), date(2023, 12, 1), date(2024, 1, 1),
                                                 date(2024, 2, 1)]  # fmt: skip
    assert [r["total"] for r in table.rows] == [2, 0, 0, 1]
    svg = charts.monthly_chart(table, metric_label="Cases", chart_id="c")
    assert svg.startswith("<svg") and 'role="img"' in svg and '<title id="c-title">' in svg
    assert "3 cases from November 2023 to February 2024" in svg


def test_route_flows_join_origin_first_transit_and_destination():
    routes = [
        {"origin": "RU", "transit": ["KZ", "TR"], "destination": "FR", "cases": 3},
        {"origin": "RU", "transit": [], "destination": "", "cases": 1},
        {"origin": "RU", "transit": ["KZ"], "destination": "DE", "cases": 2},
    ]
    flows = {(f.source, f.target): f.cases for f in charts.route_flows(routes)}
    assert flows == {((0, "RU"), (1, "KZ")): 5, ((1, "KZ"), (2, "FR")): 3, ((1, "KZ"), (2, "DE")): 2,
                     ((0, "RU"), (1, "-")): 1, ((1, "-"), (2, "")): 1}  # fmt: skip
    svg = charts.sankey_chart(charts.route_flows(routes), chart_id="s")
    assert "Kazakhstan (5)" in svg and "Direct (no transit) (1)" in svg and "Unknown (1)" in svg


def test_empty_charts_say_so():
    assert "No cases match the filters." in charts.bar_chart([], label="status", chart_id="x")
    assert "No cases match" in charts.sankey_chart([], chart_id="y")


def test_charts_page_follows_the_filters_and_has_tables(researcher_client, editor):
    make_case(actor=editor, transit=["KZ"], destination="FR", dates={"deserted": "2023-03"})
    make_case(actor=editor, transit=["GE"], destination="DE", dates={"deserted": "2023-04"})
    make_case(actor=editor, transit=["GE"], destination="DE", dates={})
    response = researcher_client.get("/cases/charts/", {"transit": "GE"})
    assert response.status_code == 200
    context = response.context
    assert context["count"] == 2 and context["undated"] == 1 and context["year_only"] == 0
    assert [(r["value"], r["cases"]) for r in context["by_destination"]] == [("DE", 2)]
    text = response.content.decode()
    assert text.count('role="img"') == 5
    # The charts run nothing and fetch nothing: the one script is the site's phone menu.
    assert text.count("<script") == 1 and 'src="/static/js/nav.js"' in text
    assert "Georgia (2)" in text and "Kazakhstan" not in text.split('id="h-flows"')[1].split("</section>")[0]
    assert '<th scope="row">Apr 2023</th>' in text


def test_a_case_dated_only_to_a_year_is_left_out_of_the_months_not_put_in_january(researcher_client, editor):
    make_case(actor=editor, dates={"deserted": "2023-03"})
    make_case(actor=editor, dates={"deserted": "2023", "arrived": "2023-06"})
    make_case(actor=editor, dates={})
    response = researcher_client.get("/cases/charts/")
    context = response.context
    assert (context["count"], context["undated"], context["year_only"]) == (3, 1, 1)
    assert [(r["month"], r["total"]) for r in context["cases_table"].rows] == [(date(2023, 3, 1), 1)]
    text = response.content.decode()
    assert "1 without any dates and 1 whose first event is known only to a year or a season" in text
    report = b"".join(researcher_client.get("/cases/report-month.csv").streaming_content).decode()
    assert "2023-03" in report and "2023-01" not in report


def test_flow_chart_groups_small_countries_so_labels_stay_readable():
    codes = ["KZ", "GE", "TR", "AM", "MN", "FI", "NO", "EE", "LV", "LT", "PL", "RS"]
    routes = [
        {"origin": "RU", "transit": [code], "destination": "FR", "cases": n}
        for n, code in enumerate(codes, 1)
    ]
    flows = charts.route_flows(routes, per_column=10)
    transit = {f.target[1] for f in flows if f.target[0] == 1}
    assert len(transit) == 11 and charts.OTHER in transit and "KZ" not in transit and "RS" in transit
    assert sum(f.cases for f in flows if f.source == (0, "RU")) == sum(range(1, 13))
