"""Dates as people write them: one reader (cases.edtf.read) for the review form, the case
list's filters and the API, and the preview beside a date field."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from cases import edtf
from cases.models import Case, CaseProposal
from tests.factories import make_case, make_proposal


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2023-22", "2023-22"),
        ("2022/2023", "2022/2023"),
        ("summer 2023", "2023-22"),
        ("15 March 2023", "2023-03-15"),
        ("März 2023", "2023-03"),
        ("весной 2023", "2023-21"),
        ("в марте 2023 года", "2023-03"),
        ("15.03.2023", "2023-03-15"),
        ("été 2023", "2023-22"),
        ("primavera de 2022", "2022-21"),
        ("jesienią 2023", "2023-23"),
        ("15 березня 2023 р.", "2023-03-15"),
        ("  summer   2023 ", "2023-22"),
    ],
)
def test_a_typed_date_becomes_edtf(typed: str, stored: str) -> None:
    assert edtf.read(typed) == stored


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("2023-13", "month must be 01-12"),
        ("1850", "between 1900 and 2100"),
        ("in June", "date in words"),  # no year: nothing to resolve it against
        ("last summer", "date in words"),
        ("next week", "date in words"),
        ("", "empty"),
    ],
)
def test_what_is_no_date_is_refused_with_the_reason(typed: str, reason: str) -> None:
    with pytest.raises(edtf.EDTFError, match=reason):
        edtf.read(typed)


@pytest.mark.django_db
def test_the_review_form_stores_a_date_in_words_as_edtf(editor_client):
    from tests.review.test_views import APPROVE_FORM

    proposal = make_proposal()
    form = {**APPROVE_FORM, "date_deserted": "summer 2023", "date_applied": "15 января 2024"}
    response = editor_client.post(f"/review/{proposal.pk}/approve/", form)
    assert response.status_code == 302
    case = Case.objects.get(approved_from=proposal)
    assert {e.kind: e.edtf for e in case.events.all()} == {"deserted": "2023-22", "applied": "2024-01-15"}


@pytest.mark.django_db
def test_the_api_approval_reads_dates_in_words(editor):
    api = APIClient()
    api.force_authenticate(editor)
    proposal = make_proposal()
    changes = {"dates": {"deserted": "summer 2023", "applied": None}}
    response = api.post(f"/api/proposals/{proposal.pk}/approve/", {"changes": changes}, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["dates"]["deserted"]["edtf"] == "2023-22"
    bad = make_proposal()
    response = api.post(
        f"/api/proposals/{bad.pk}/approve/", {"changes": {"dates": {"deserted": "next week"}}}, format="json"
    )
    assert response.status_code == 400
    assert "dates.deserted" in str(response.json())
    assert CaseProposal.objects.get(pk=bad.pk).status == CaseProposal.Status.PENDING


@pytest.mark.django_db
def test_the_list_filters_read_dates_in_words(researcher_client, editor):
    case = make_case(actor=editor, dates={"deserted": "2023-07"})
    make_case(actor=editor, dates={"deserted": "2021-02"})
    for params in ({"date_from": "summer 2023", "date_to": "summer 2023"}, {"date_from": "Juli 2023"}):
        results = researcher_client.get("/api/cases/", params).json()["results"]
        assert [r["id"] for r in results] == [case.pk], params
    page = researcher_client.get("/cases/", {"date_from": "summer 2023"})
    assert page.status_code == 200 and case.summary is not None


@pytest.mark.django_db
def test_the_preview_says_what_a_typed_date_becomes(editor_client):
    ok = editor_client.get("/review/date/", {"value": "Sommer 2023", "lang": "de"})
    assert ok.json() == {"edtf": "2023-22", "reading": "summer 2023"}
    bad = editor_client.get("/review/date/", {"value": "bald"})
    assert bad.status_code == 400 and "Not an EDTF date" in bad.json()["error"]


@pytest.mark.django_db
def test_the_preview_is_for_editors(researcher_client):
    assert researcher_client.get("/review/date/", {"value": "2023"}).status_code == 403


@pytest.mark.django_db
def test_the_form_shows_the_edtf_beside_a_date_typed_in_words(editor_client):
    from tests.review.test_views import APPROVE_FORM

    proposal = make_proposal()
    form = {**APPROVE_FORM, "date_deserted": "summer 2023", "names": "", "people_count": "-1"}
    page = editor_client.post(f"/review/{proposal.pk}/approve/", form).content.decode()
    assert "2023-22 · summer 2023" in page
