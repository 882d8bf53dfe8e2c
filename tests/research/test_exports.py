"""CSV exports: documented stable columns, exactly the filtered set, names only for who may
see them, formulas neutralised, a BOM on request, streamed in chunks, and always logged."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from cases.exports import COLUMNS, case_rows, neutralise, report_columns
from cases.models import Case, ExportLog
from tests.factories import make_case

DOC = Path(__file__).resolve().parents[2] / "docs" / "csv-columns.md"


def read_csv(response) -> list[dict]:
    raw = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(raw.removeprefix("\ufeff"))))


def documented_case_columns() -> list[str]:
    section = DOC.read_text().split("## Cases")[1].split("## Summary")[0]
    columns = []
    for line in section.splitlines():
        if line.startswith("| `"):
            columns += re.findall(r"`([a-z_]+)`", line.split("|")[1])
    return columns


def test_the_documented_columns_are_the_exported_columns_in_order():
    assert documented_case_columns() == COLUMNS


def test_export_is_exactly_the_filtered_set_in_list_order(researcher_client, editor):
    kz = [make_case(actor=editor, transit=["KZ"], people_count=n) for n in (1, 3, 2)]
    make_case(actor=editor, transit=["GE"])
    response = researcher_client.get("/cases/export.csv", {"transit": "KZ", "sort": "-people"})
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="cases-')
    rows = read_csv(response)
    assert [int(r["case_id"]) for r in rows] == [kz[1].pk, kz[2].pk, kz[0].pk]
    first = rows[0]
    assert list(first) == COLUMNS
    assert first["case_url"] == f"http://testserver/cases/{kz[1].pk}/"
    assert (
        first["transit"] == "KZ"
        and first["origin_name"] == "Russia"
        and first["destination_name"] == "France"
    )
    assert first["deserted_edtf"] == "2023-22"
    assert (first["deserted_earliest"], first["deserted_latest"]) == ("2023-06-01", "2023-08-31")
    assert first["source_urls"].startswith("https://news.example.org/story-")
    assert first["approved_by"] == "editor"


def test_names_are_exported_only_to_users_who_may_see_them(
    client, researcher, researcher_without_names, editor
):
    make_case(actor=editor, names=["Giorgi Avaliani", "A. Pseudonym"])
    client.force_login(researcher)
    assert read_csv(client.get("/cases/export.csv"))[0]["names"] == "Giorgi Avaliani; A. Pseudonym"
    client.force_login(researcher_without_names)
    assert read_csv(client.get("/cases/export.csv"))[0]["names"] == ""


@pytest.mark.parametrize(
    ("value", "cell"),
    [("=1+1", "'=1+1"), ("+7 999", "'+7 999"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
     ("\tx", "'\tx"), ("Ivan", "Ivan"), (None, ""), (3, "3")],
)  # fmt: skip
def test_cells_a_spreadsheet_would_run_as_formulas_are_neutralised(value, cell):
    assert neutralise(value) == cell


def test_a_formula_in_a_name_reaches_the_file_as_text(researcher_client, editor):
    make_case(actor=editor, names=['=HYPERLINK("http://evil.example","x")'])
    assert read_csv(researcher_client.get("/cases/export.csv"))[0]["names"].startswith("'=HYPERLINK")


def test_byte_order_mark_only_on_request(researcher_client, editor):
    make_case(actor=editor)
    plain = b"".join(researcher_client.get("/cases/export.csv").streaming_content)
    excel = b"".join(researcher_client.get("/cases/export.csv", {"bom": "1"}).streaming_content)
    assert plain.startswith(b"case_id,") and excel.startswith(b"\xef\xbb\xbfcase_id,")


def test_every_export_is_logged_with_user_filters_and_row_count(researcher_client, researcher, editor):
    make_case(actor=editor, transit=["KZ"])
    make_case(actor=editor, transit=["KZ"])
    make_case(actor=editor, transit=["GE"])
    researcher_client.get("/cases/export.csv", {"transit": "KZ", "kind": "desertion", "ignored": "x"})
    researcher_client.get("/cases/report-origin.csv", {"transit": "GE"})
    case_log, report_log = ExportLog.objects.order_by("at", "id")
    assert case_log.user == researcher and case_log.kind == "cases" and case_log.row_count == 2
    assert case_log.filters == {"transit": "KZ", "kind": "desertion", "sort": "-approved", "names": True}
    assert (
        report_log.kind == "report_origin"
        and report_log.filters == {"transit": "GE"}
        and report_log.row_count == 1
    )


def test_invalid_filters_refuse_the_export_and_log_nothing(researcher_client):
    response = researcher_client.get("/cases/export.csv", {"date_from": "soon"})
    assert response.status_code == 400 and b"date_from" in response.content
    assert not ExportLog.objects.exists()


def test_rows_come_from_one_query_whatever_the_number_of_cases(editor, django_assert_num_queries):
    for _ in range(30):
        make_case(actor=editor)
    # People, events and sources are folded in by subqueries and the rows are fetched
    # through one server-side cursor in chunks: round trips and memory stay flat.
    with django_assert_num_queries(1):
        rows = list(case_rows(Case.objects.all(), base_url="http://x", with_names=True))
    assert len(rows) == 30


def test_summary_reports_count_cases_and_people(researcher_client, editor):
    make_case(actor=editor, origin="RU", transit=["KZ", "TR"], destination="FR", people_count=2,
              status="applied", dates={"deserted": "2023-05-10"})  # fmt: skip
    make_case(actor=editor, origin="RU", transit=["TR"], destination="DE", people_count=3,
              status="granted", dates={"deserted": "2023-05"})  # fmt: skip
    make_case(
        actor=editor, origin="BY", transit=[], destination="", people_count=None, status="fled", dates={}
    )

    def report(by: str) -> list[list[str]]:
        response = researcher_client.get(f"/cases/report-{by}.csv")
        assert response.status_code == 200
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        assert rows[0] == report_columns(by)
        return rows[1:]

    assert report("origin") == [["RU", "Russia", "2", "5"], ["BY", "Belarus", "1", "0"]]
    assert report("transit") == [["TR", "Türkiye", "2", "5"], ["KZ", "Kazakhstan", "1", "2"]]
    assert ["", "", "1", "0"] in report("destination")
    assert sorted(report("status")) == [
        ["applied", "Applied", "1", "2"],
        ["fled", "Fled / in hiding", "1", "0"],
        ["granted", "Protection granted", "1", "3"],
    ]
    assert report("month") == [["2023-05", "desertion", "2", "5"]]
    assert researcher_client.get("/cases/report-planet.csv").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("with_names", [True, False])
def test_the_copy_export_writes_the_same_rows_as_case_rows(editor, with_names):
    from cases.exports import case_csv_copy, csv_stream

    make_case(actor=editor, names=["=cmd|' /C calc'!A0", "Ivan"], summary="x")
    make_case(actor=editor, names=[], transit=["KZ", "TR"], dates={"deserted": "2023-22"})
    cases = Case.objects.order_by("-approved_at", "-id")
    fast = b"".join(case_csv_copy(cases, base_url="http://x", with_names=with_names)).decode()
    slow = "".join(csv_stream(case_rows(cases, base_url="http://x", with_names=with_names), columns=COLUMNS))
    assert fast.splitlines() == slow.splitlines()


@pytest.mark.django_db
@pytest.mark.parametrize("with_names", [True, False])
def test_every_row_has_its_provenance_also_for_a_pasted_article(editor, with_names):
    from cases.exports import case_csv_copy, csv_stream
    from cases.models import Source
    from cases.services.proposals import proposal_merge
    from tests.factories import make_article, make_proposal

    case = make_case(
        actor=editor,
        summary="Reached Georgia",
        article={"title": "Deserter reaches Georgia", "url": "", "canonical_url": None},
    )
    feed = Source.objects.create(name="Caucasus Daily", url="https://daily.invalid/feed", kind="feed")
    second = make_article(
        title="-A second report", url="https://daily.invalid/story", source=feed, published="2024-03-02"
    )
    proposal_merge(proposal_id=make_proposal(second).pk, case_id=case.pk, actor=editor)
    cases = Case.objects.order_by("-approved_at", "-id")
    fast = b"".join(case_csv_copy(cases, base_url="http://x", with_names=with_names)).decode()
    slow = "".join(csv_stream(case_rows(cases, base_url="http://x", with_names=with_names), columns=COLUMNS))
    assert fast.splitlines() == slow.splitlines()
    (row,) = list(csv.DictReader(io.StringIO(fast)))
    pasted = case.sources.order_by("added_at").first().article
    assert row["summary"] == "Reached Georgia"
    assert row["source_titles"] == "Deserter reaches Georgia | -A second report"
    assert row["source_publishers"] == " | Caucasus Daily"
    assert row["source_dates"] == " | 2024-03-02"
    assert row["source_links"] == f"http://x/articles/{pasted.pk}/ https://daily.invalid/story"
