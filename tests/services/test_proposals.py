import threading

import pytest
from django.db import connection

from cases.exceptions import AlreadyReviewed, InvalidInput
from cases.models import AuditEvent, Case, CaseProposal
from cases.services.proposals import proposal_approve, proposal_reject
from tests.factories import make_proposal


@pytest.mark.django_db
def test_approving_creates_a_case_linked_to_its_article(editor):
    proposal = make_proposal()
    case = proposal_approve(proposal_id=proposal.pk, actor=editor, changes={"status": "granted"})
    proposal.refresh_from_db()
    assert proposal.status == CaseProposal.Status.APPROVED
    assert proposal.case == case and case.approved_from == proposal
    assert case.status == "granted" and case.transit == ["KZ", "TR"]
    assert [p.name for p in case.people.all()] == ["Ivan Testov"]
    source = case.sources.get()
    assert source.article == proposal.article and "soldier" in source.passage
    summer = case.events.get(kind="deserted")
    assert (summer.earliest.isoformat(), summer.latest.isoformat()) == ("2023-06-01", "2023-08-31")
    assert case.earliest.isoformat() == "2023-06-01" and case.latest.isoformat() == "2024-01-31"
    assert AuditEvent.objects.filter(action="proposal.approve", object_id=proposal.pk, actor=editor).exists()


@pytest.mark.django_db
def test_approving_twice_creates_one_case(editor):
    proposal = make_proposal()
    proposal_approve(proposal_id=proposal.pk, actor=editor)
    with pytest.raises(AlreadyReviewed):
        proposal_approve(proposal_id=proposal.pk, actor=editor)
    assert Case.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_approvals_of_one_proposal_create_one_case(editor):
    proposal = make_proposal()
    outcomes: list[str] = []
    barrier = threading.Barrier(20)

    def approve():
        barrier.wait()
        try:
            proposal_approve(proposal_id=proposal.pk, actor=editor)
            outcomes.append("approved")
        except AlreadyReviewed:
            outcomes.append("already")
        finally:
            connection.close()

    threads = [threading.Thread(target=approve) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("approved") == 1
    assert Case.objects.count() == 1


@pytest.mark.django_db
def test_approval_with_invalid_edits_is_refused_and_changes_nothing(editor):
    proposal = make_proposal()
    with pytest.raises(InvalidInput) as err:
        proposal_approve(
            proposal_id=proposal.pk,
            actor=editor,
            changes={"origin": "XX", "dates": {"arrived": "2023-13"}},
        )
    assert "origin" in err.value.details and "dates.arrived" in err.value.details
    proposal.refresh_from_db()
    assert proposal.status == "pending" and Case.objects.count() == 0


@pytest.mark.django_db
def test_rejecting_records_reason_and_reviewer(editor):
    proposal = make_proposal()
    proposal_reject(proposal_id=proposal.pk, actor=editor, reason="not_a_case")
    proposal.refresh_from_db()
    assert (proposal.status, proposal.reject_reason, proposal.reviewer) == ("rejected", "not_a_case", editor)
    with pytest.raises(AlreadyReviewed):
        proposal_approve(proposal_id=proposal.pk, actor=editor)


@pytest.mark.django_db
def test_rejecting_with_other_needs_a_note(editor):
    proposal = make_proposal()
    with pytest.raises(InvalidInput):
        proposal_reject(proposal_id=proposal.pk, actor=editor, reason="other")
