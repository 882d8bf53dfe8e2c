"""The pure `run` function behind `manage.py extract_cases`."""

import io
import json

from cases.extraction.cli import run

GUIDELINE_KEYS = {
    "kind",
    "people_count",
    "names",
    "roles",
    "origin",
    "transit",
    "destination",
    "status",
    "dates",
}

LINES = [
    json.dumps(
        {
            "id": "a1",
            "title": "Belarusian conscript flees to Poland",
            "text": "A Belarusian conscript, 20, deserted from his unit in May and crossed into "
            "Poland, where he applied for asylum.",
            "published": "2024-06-01",
        }
    ),
    '{"id": "a2", "title": broken',
    json.dumps({"id": "a3", "title": "Weather", "text": "Sunny and warm all week."}),
    json.dumps({"title": "no id"}),
]


def test_run_writes_one_line_per_good_input_in_order_and_reports_bad_ones() -> None:
    out, err = io.StringIO(), io.StringIO()
    failures = run(LINES, out, err)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a1", "a3"]
    assert failures == 2
    errors = [json.loads(line) for line in err.getvalue().splitlines()]
    assert [e["line"] for e in errors] == [2, 4]
    assert errors[0]["id"] == "a2"


def test_run_output_shape() -> None:
    out = io.StringIO()
    run(LINES[:1], out, io.StringIO())
    record = json.loads(out.getvalue())
    assert set(record) >= {"id", "relevant", "language", "cases"}
    assert record["relevant"] is True
    case = record["cases"][0]
    assert set(case) >= GUIDELINE_KEYS | {"evidence", "confidence"}
    assert set(case["dates"]) == {
        "deserted",
        "left_origin",
        "arrived",
        "applied",
        "decided",
        "returned",
    }
    assert case["origin"] == "BY"
    assert case["destination"] == "PL"
    assert case["kind"] == "desertion"
    assert case["dates"]["deserted"] == "2024-05"


def test_irrelevant_article_has_no_cases() -> None:
    out = io.StringIO()
    run(LINES[2:3], out, io.StringIO())
    record = json.loads(out.getvalue())
    assert record == {**record, "relevant": False, "cases": []}


def test_bom_and_crlf_lines_are_read() -> None:
    out = io.StringIO()
    line = "\ufeff" + json.dumps({"id": 7, "title": "t", "text": "x"}) + "\r\n"
    assert run([line], out, io.StringIO()) == 0
    assert json.loads(out.getvalue())["id"] == 7


def test_every_line_says_whether_the_article_reaches_an_editor() -> None:
    import io

    from cases.extraction.cli import run

    lines = [
        json.dumps({"id": "a", "title": "Weather", "text": "Sunny in Paris today.", "language": "en"}),
        json.dumps(
            {
                "id": "b",
                "title": "Report",
                "language": "en",
                "text": "Rights groups say deserters keep crossing the border.",
            }
        ),
    ]
    out = io.StringIO()
    assert run(lines, out, io.StringIO()) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["id"], r["relevant"], r["topical"]) for r in records] == [
        ("a", False, False),
        ("b", False, True),
    ]
    assert all("triage" not in r for r in records)  # the contract's keys, plus topical only
