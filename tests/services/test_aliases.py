"""One person, many spellings: names of one person across scripts and spellings are one
person with aliases, kept and searchable, shown together."""

from __future__ import annotations

import pytest

from cases.models import Person
from cases.search import alias_of
from cases.services.proposals import proposal_merge
from tests.factories import CASE_FIELDS, make_case, make_proposal


def test_spellings_of_one_person_are_aliases_and_relatives_stay_apart():
    names = ["Dmitry Sokolov", "Дмитрий Соколов", "Sokolov", "Petr Ivanenko", "Pavel Ivanenko"]
    assert alias_of(names) == [None, 0, 0, None, None]


@pytest.mark.django_db
def test_merging_another_spelling_keeps_one_person_with_an_alias(editor, researcher_client):
    case = make_case(actor=editor, names=["Dmitry Sokolov"], people_count=1)
    proposal = make_proposal(fields={**CASE_FIELDS, "names": ["Дмитрий Соколов"]})
    proposal_merge(proposal_id=proposal.pk, case_id=case.pk, actor=editor, choices={"names": "union"})
    people = list(Person.objects.filter(case=case).order_by("id"))
    assert [(p.name, p.alias_of_id) for p in people] == [
        ("Dmitry Sokolov", None),
        ("Дмитрий Соколов", people[0].pk),
    ]
    data = researcher_client.get(f"/api/cases/{case.pk}/").json()
    assert data["people"] == [{"name": "Dmitry Sokolov", "aliases": ["Дмитрий Соколов"], "pseudonym": False}]
    assert data["names"] == ["Dmitry Sokolov", "Дмитрий Соколов"] and data["people_count"] == 1
    # Both spellings find the case, and its list row shows them together.
    for query in ("Соколов", "Sokolov"):
        results = researcher_client.get("/api/cases/", {"name": query}).json()["results"]
        assert [r["id"] for r in results] == [case.pk]
    page = researcher_client.get("/cases/").content.decode()
    assert "Dmitry Sokolov (Дмитрий Соколов)" in page


@pytest.mark.django_db
def test_the_merge_suggests_newer_facts_field_by_field(editor, editor_client):
    case = make_case(actor=editor, names=["Dmitry Sokolov"], status="applied", dates={"applied": "2023-05"})
    dates = {**dict.fromkeys(CASE_FIELDS["dates"]), "applied": "2023-05", "decided": "2024-02"}
    fields = {**CASE_FIELDS, "names": ["Дмитрий Соколов"], "status": "granted", "dates": dates}
    proposal = make_proposal(fields=fields)
    page = editor_client.get(f"/review/{proposal.pk}/merge/", {"case": case.pk}).content.decode()
    assert 'name="choice_status" value="proposal" checked' in page
    assert "newer: a later state of the case" in page
    assert 'name="choice_names" value="union" checked' in page
    assert 'name="choice_dates.decided" value="proposal" checked' in page  # the case had none
