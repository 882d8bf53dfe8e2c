from datetime import date

import pytest

from cases import edtf


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("2023-08", date(2023, 8, 1), date(2023, 8, 31)),
        ("2023-08-17", date(2023, 8, 17), date(2023, 8, 17)),
        ("2023-22", date(2023, 6, 1), date(2023, 8, 31)),
        ("2023-24", date(2023, 12, 1), date(2024, 2, 29)),
        ("2022/2023", date(2022, 1, 1), date(2023, 12, 31)),
        ("2023-08~", date(2023, 8, 1), date(2023, 8, 31)),
        ("2023?", date(2023, 1, 1), date(2023, 12, 31)),
        ("../2023-05", None, date(2023, 5, 31)),
    ],
)
def test_edtf_values_have_day_bounds(value, earliest, latest):
    assert edtf.parse(value) == edtf.Bounds(earliest, latest)


@pytest.mark.parametrize("value", ["2023-13", "2023-02-30", "23", "2023/2022", "summer", "2023-22-01", "/"])
def test_invalid_edtf_is_refused(value):
    with pytest.raises(edtf.EDTFError):
        edtf.parse(value)


def test_describe_reads_like_a_person_would_write_it():
    assert edtf.describe("2023-22") == "summer 2023"
    assert edtf.describe("2023-08-17") == "17 August 2023"
    assert edtf.describe("2022/2023") == "2022 to 2023"
    assert edtf.describe("2023-13") == "2023-13"  # invalid: shown as written, never an error


@pytest.mark.parametrize(
    ("values", "month"),
    [
        (["2023-03"], date(2023, 3, 1)),
        (["2023-03-15", "2023-06"], date(2023, 3, 1)),
        (["2023"], None),  # somewhere in 2023, not in January
        (["2023-21"], None),  # spring 2023
        (["2023", "2023-01"], date(2023, 1, 1)),  # one event starting then is known to the month
        (["2023-05", "2022"], None),  # the first event is the year-only one
        ([], None),
    ],
)
def test_first_month_is_the_first_event_s_month_when_it_is_known(values, month):
    assert edtf.first_month(edtf.parse(v) for v in values) == month
