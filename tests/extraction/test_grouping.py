"""Splitting articles into cases: separate people, one person twice, groups and members."""

from cases.extraction import extract

TWO_PEOPLE = """Two Russian deserters have taken different roads, their lawyers said.

Kirill Dobrov, 26, left his unit in March and crossed into Georgia in April. He applied for
asylum in Tbilisi in May.

Another soldier, Yuri Malkin, 31, deserted in June, flew to Serbia in July and was detained in
Belgrade in August.
"""

SAME_PERSON = """Kirill Dobrov, 26, left his unit in March. Dobrov crossed into Georgia in April,
where he asked for asylum. In May Dobrov's claim was still pending, his lawyer said.
"""

GROUP = """Four Russian soldiers who deserted last year arrived in Portugal in March and applied
for asylum, activists said. One of them, Timofei, a former contract soldier, said they had
travelled through Turkey.
"""


def cases(text: str) -> list[dict]:
    return extract(title="", text=text, language="en", published="2024-10-01").to_dict()["cases"]


def test_separate_people_are_separate_cases() -> None:
    found = cases(TWO_PEOPLE)
    assert [c["names"] for c in found] == [["Kirill Dobrov"], ["Yuri Malkin"]]
    assert [c["destination"] for c in found] == ["GE", "RS"]
    assert [c["status"] for c in found] == ["applied", "detained"]


def test_one_person_mentioned_often_is_one_case() -> None:
    found = cases(SAME_PERSON)
    assert len(found) == 1
    assert found[0]["dates"]["deserted"] == "2024-03"


def test_a_named_member_of_a_group_belongs_to_the_group_case() -> None:
    (case,) = cases(GROUP)
    assert case["people_count"] == 4
    assert case["destination"] == "PT"
    assert case["transit"] == ["TR"]


def test_a_name_given_as_one_of_a_group_is_the_group_member() -> None:
    from cases.extraction import extract

    text = (
        "Border police detained nine Ukrainian men on Monday after they swam across the river into "
        "Romania to escape mobilisation. All nine asked for asylum.\n\n"
        "One of the men, a 34-year-old welder who gave his name only as Taras, said he had tried twice.\n"
    )
    (case,) = extract(title="", text=text, language="en", published="2024-08-14").cases
    assert case["people_count"] == 9
    assert case["names"] == ["Taras"]
