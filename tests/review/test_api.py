"""The review API: claim, candidates, merge and bulk, with the one error shape."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from cases.models import CaseProposal
from tests.factories import CASE_FIELDS, make_proposal


@pytest.fixture
def api(editor):
    client = APIClient()
    client.force_authenticate(editor)
    return client


@pytest.mark.django_db
def test_claiming_through_the_api_and_the_conflict_shape(api, second_editor):
    proposal = make_proposal()
    assert api.post(f"/api/review/proposals/{proposal.pk}/claim/").status_code == 200
    other = APIClient()
    other.force_authenticate(second_editor)
    response = other.post(f"/api/review/proposals/{proposal.pk}/claim/")
    assert response.status_code == 409 and response.json()["error"]["code"] == "claimed"
    assert api.post(f"/api/review/proposals/{proposal.pk}/release/").json()["released"] is True


@pytest.mark.django_db
def test_candidates_and_merge_through_the_api(api, avaliani_case):
    proposal = make_proposal(fields={**CASE_FIELDS, "names": ["Avaliani"], "destination": "DE"})
    found = api.get(f"/api/review/proposals/{proposal.pk}/candidates/").json()
    assert found[0]["case"]["id"] == avaliani_case.pk
    url = f"/api/review/proposals/{proposal.pk}/merge/"
    response = api.post(url, {"case": avaliani_case.pk, "choices": {"names": "union"}}, format="json")
    assert response.status_code == 200 and len(response.json()["sources"]) == 2
    again = api.post(url, {"case": avaliani_case.pk, "choices": {}}, format="json")
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_reviewed"


@pytest.mark.django_db
def test_a_bad_merge_choice_is_a_validation_error(api, avaliani_case):
    proposal = make_proposal()
    response = api.post(
        f"/api/review/proposals/{proposal.pk}/merge/",
        {"case": avaliani_case.pk, "choices": {"names": "mine"}},
        format="json",
    )
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid"


@pytest.mark.django_db
def test_bulk_approve_through_the_api(api):
    ids = [make_proposal().pk for _ in range(2)]
    body = api.post("/api/review/proposals/bulk/", {"action": "approve", "ids": ids}, format="json").json()
    assert body["done"] == ids and len(body["cases"]) == 2
    assert set(CaseProposal.objects.values_list("status", flat=True)) == {"approved"}


@pytest.mark.django_db
def test_a_researcher_cannot_use_the_review_api(researcher, avaliani_case):
    client = APIClient()
    client.force_authenticate(researcher)
    proposal = make_proposal()
    assert client.post(f"/api/review/proposals/{proposal.pk}/claim/").status_code == 403
    response = client.post(
        f"/api/review/proposals/{proposal.pk}/merge/", {"case": avaliani_case.pk}, format="json"
    )
    assert response.status_code == 403
    assert client.get(f"/api/review/proposals/{proposal.pk}/candidates/").status_code == 403


@pytest.mark.django_db
def test_approving_through_the_api_attaches_the_same_story_from_other_outlets(api):
    """The API's approve is the page's: one service attaches the siblings (attach_group)."""
    from tests.factories import make_article

    lead_article = make_article()
    lead = make_proposal(lead_article)
    copy = make_proposal(make_article(near_duplicate_of=lead_article))
    response = api.post(f"/api/proposals/{lead.pk}/approve/", {"attach_group": True}, format="json")
    assert response.status_code == 201
    copy.refresh_from_db()
    assert copy.status == CaseProposal.Status.MERGED
    assert copy.case_id == response.json()["id"]
    # Without it, a sibling stays pending.
    other_lead = make_proposal(make_article())
    other_copy = make_proposal(make_article(near_duplicate_of=other_lead.article))
    assert api.post(f"/api/proposals/{other_lead.pk}/approve/", {}, format="json").status_code == 201
    other_copy.refresh_from_db()
    assert other_copy.status == CaseProposal.Status.PENDING
