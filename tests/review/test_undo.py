"""Undo and reopen: an approval undone within minutes, a case withdrawn later with a reason
(kept, never deleted, out of every research view), a rejected proposal reopened, the
decided view, and Back to a decided proposal."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from cases.exceptions import AlreadyReviewed, InvalidInput
from cases.models import AuditEvent, Case, CaseProposal
from cases.services.cases import case_update, case_withdraw
from cases.services.proposals import (
    proposal_approve,
    proposal_approve_with_group,
    proposal_merge,
    proposal_reject,
    proposal_reopen,
    proposal_undo_approve,
)
from tests.factories import make_article, make_case, make_proposal

pytestmark = pytest.mark.django_db


def test_undo_withdraws_the_case_and_puts_the_proposal_and_its_siblings_back(editor):
    lead_article = make_article()
    lead = make_proposal(lead_article)
    copy = make_proposal(make_article(near_duplicate_of=lead_article))
    approval = proposal_approve_with_group(proposal_id=lead.pk, actor=editor, attach_group=True)
    proposal_undo_approve(proposal_id=lead.pk, actor=editor)
    case = Case.objects.get(pk=approval.case.pk)
    assert case.withdrawn_at is not None and case.withdrawn_by == editor
    for p in (lead, copy):
        p.refresh_from_db()
        assert p.status == CaseProposal.Status.PENDING and p.case is None and p.reviewer is None
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"proposal.undo", "case.withdraw"} <= actions
    # Approving again makes a new case; the withdrawn one stays.
    again = proposal_approve(proposal_id=lead.pk, actor=editor)
    assert again.pk != case.pk and Case.objects.filter(pk=case.pk).exists()
    with pytest.raises(AlreadyReviewed):
        proposal_undo_approve(proposal_id=copy.pk, actor=editor)


def test_only_the_approver_undoes_and_only_for_a_few_minutes(editor, second_editor):
    proposal = make_proposal()
    proposal_approve(proposal_id=proposal.pk, actor=editor)
    with pytest.raises(InvalidInput, match="withdraw the case"):
        proposal_undo_approve(proposal_id=proposal.pk, actor=second_editor)
    CaseProposal.objects.filter(pk=proposal.pk).update(reviewed_at=timezone.now() - timedelta(hours=1))
    with pytest.raises(InvalidInput, match="minutes"):
        proposal_undo_approve(proposal_id=proposal.pk, actor=editor)


def test_a_withdrawn_case_leaves_every_research_view(editor, researcher_client):
    case = make_case(actor=editor, names=["Pavel Dorin"], summary="Withdrawn soon")
    kept = make_case(actor=editor)
    with pytest.raises(InvalidInput):
        case_withdraw(case_id=case.pk, actor=editor, reason="  ")
    case_withdraw(case_id=case.pk, actor=editor, reason="the article was a hoax")
    with pytest.raises(AlreadyReviewed):
        case_withdraw(case_id=case.pk, actor=editor, reason="again")
    ids = [r["id"] for r in researcher_client.get("/api/cases/").json()["results"]]
    assert ids == [kept.pk]
    assert researcher_client.get(f"/api/cases/{case.pk}/").status_code == 404
    assert researcher_client.get(f"/cases/{case.pk}/").status_code == 404
    assert "Withdrawn soon" not in researcher_client.get("/cases/", {"q": "Withdrawn"}).content.decode()
    export = b"".join(researcher_client.get("/cases/export.csv").streaming_content).decode()
    assert "Withdrawn soon" not in export and f"/cases/{kept.pk}/" in export
    with pytest.raises(InvalidInput):
        case_update(case_id=case.pk, actor=editor, changes={"summary": "x"})
    with pytest.raises(InvalidInput):
        proposal_merge(proposal_id=make_proposal().pk, case_id=case.pk, actor=editor)


def test_withdrawing_from_the_case_page_which_editors_still_open(editor, editor_client):
    case = make_case(actor=editor)
    assert "Withdraw this case" in editor_client.get(f"/cases/{case.pk}/").content.decode()
    response = editor_client.post(f"/cases/{case.pk}/withdraw/", {"reason": "duplicate of another case"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.withdrawn_reason == "duplicate of another case"
    assert AuditEvent.objects.filter(action="case.withdraw", object_id=case.pk).exists()
    page = editor_client.get(f"/cases/{case.pk}/").content.decode()
    assert "Withdrawn" in page and "duplicate of another case" in page and "Edit case" not in page


def test_reopening_a_rejected_proposal(editor):
    proposal = make_proposal()
    proposal_reject(proposal_id=proposal.pk, actor=editor, reason="wrong")
    proposal_reopen(proposal_id=proposal.pk, actor=editor)
    proposal.refresh_from_db()
    assert proposal.status == CaseProposal.Status.PENDING and proposal.reject_reason == ""
    event = AuditEvent.objects.get(action="proposal.reopen")
    assert event.before["reason"] == "wrong"
    with pytest.raises(AlreadyReviewed):
        proposal_reopen(proposal_id=proposal.pk, actor=editor)


def test_the_approve_message_links_the_case_and_offers_undo(editor_client):
    from tests.review.test_views import APPROVE_FORM

    proposal = make_proposal()
    page = editor_client.post(f"/review/{proposal.pk}/approve/", APPROVE_FORM, follow=True).content.decode()
    case = Case.objects.get()
    assert f'href="/cases/{case.pk}/"' in page
    assert f'action="/review/{proposal.pk}/undo/"' in page
    done = editor_client.post(f"/review/{proposal.pk}/undo/", follow=True).content.decode()
    assert "Approval undone" in done and 'id="approve-form"' in done  # the pending form again


def test_the_decided_view_lists_decisions_with_who_and_when_filtered(editor, second_editor, editor_client):
    approved, rejected, pending = make_proposal(), make_proposal(), make_proposal()
    proposal_approve(proposal_id=approved.pk, actor=editor)
    proposal_reject(proposal_id=rejected.pk, actor=second_editor, reason="not_a_case")
    page = editor_client.get("/review/decided/").content.decode()
    assert f"/review/{approved.pk}/" in page and f"/review/{rejected.pk}/" in page
    assert f"/review/{pending.pk}/" not in page
    assert "Undo approval" in page and "Reopen" in page
    only_rejected = editor_client.get("/review/decided/", {"decision": "rejected"}).content.decode()
    assert f"/review/{approved.pk}/" not in only_rejected and f"/review/{rejected.pk}/" in only_rejected
    mine = editor_client.get("/review/decided/", {"mine": "1"}).content.decode()
    assert f"/review/{approved.pk}/" in mine and f"/review/{rejected.pk}/" not in mine


def test_a_decided_proposal_shows_its_decision_and_is_never_cached(editor, editor_client):
    proposal = make_proposal()
    pending = editor_client.get(f"/review/{proposal.pk}/")
    assert pending["Cache-Control"] == "no-store"
    proposal_reject(proposal_id=proposal.pk, actor=editor, reason="duplicate")
    page = editor_client.get(f"/review/{proposal.pk}/").content.decode()
    assert 'id="approve-form"' not in page and "Rejected" in page and "Reopen" in page


def test_a_failed_reject_keeps_the_reject_panel_open_with_the_reason(editor_client):
    proposal = make_proposal()
    response = editor_client.post(f"/review/{proposal.pk}/reject/", {"reason": "other", "note": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert '<details class="reject" id="reject-panel" open>' in page
    assert CaseProposal.objects.get(pk=proposal.pk).status == CaseProposal.Status.PENDING
