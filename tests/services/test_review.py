"""The review transitions beyond approve/reject: merge, claims, bulk decisions, case edits."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from cases.exceptions import AlreadyReviewed, ClaimedByOther, InvalidInput, NotFound, StaleEdit
from cases.models import AuditEvent, Case, CaseProposal
from cases.services.cases import case_update
from cases.services.proposals import (
    proposal_approve,
    proposal_claim,
    proposal_merge,
    proposal_reject,
    proposal_release,
    proposals_bulk_approve,
    proposals_bulk_reject,
)
from tests.factories import CASE_FIELDS, make_proposal

AVALIANI_LATIN = {
    **CASE_FIELDS,
    "names": ["Giorgi Avaliani"],
    "transit": ["KZ", "TR"],
    "destination": "DE",
    "status": "granted",
    "dates": {**CASE_FIELDS["dates"], "decided": "2024-06"},
}


@pytest.mark.django_db
def test_merging_picks_fields_one_by_one_and_keeps_every_source(editor, avaliani_case):
    proposal = make_proposal(fields=AVALIANI_LATIN)
    case = proposal_merge(
        proposal_id=proposal.pk,
        case_id=avaliani_case.pk,
        actor=editor,
        choices={"status": "proposal", "names": "union", "transit": "proposal", "dates.decided": "proposal"},
    )
    proposal.refresh_from_db()
    assert (proposal.status, proposal.case_id, proposal.reviewer) == ("merged", case.pk, editor)
    assert case.status == "granted" and case.transit == ["KZ", "TR"] and case.destination == "DE"
    assert sorted(p.name for p in case.people.all()) == ["Giorgi Avaliani", "Георгий Авалиани"]
    assert case.roles == ["contract"]  # kept from the case: not chosen
    assert {e.kind: e.edtf for e in case.events.all()} == {
        "deserted": "2023-09",
        "applied": "2024-02",
        "decided": "2024-06",
    }
    assert case.sources.count() == 2 and all(s.passage for s in case.sources.all())
    merge = AuditEvent.objects.get(action="case.merge", object_id=case.pk)
    assert merge.before["status"] == "applied" and merge.after["status"] == "granted"


@pytest.mark.django_db
def test_merging_twice_acts_once(editor, second_editor, avaliani_case):
    proposal = make_proposal(fields=AVALIANI_LATIN)
    proposal_merge(proposal_id=proposal.pk, case_id=avaliani_case.pk, actor=editor, choices={})
    with pytest.raises(AlreadyReviewed):
        proposal_merge(proposal_id=proposal.pk, case_id=avaliani_case.pk, actor=second_editor, choices={})
    with pytest.raises(AlreadyReviewed):
        proposal_approve(proposal_id=proposal.pk, actor=second_editor)
    assert avaliani_case.sources.count() == 2 and Case.objects.count() == 1


@pytest.mark.django_db
def test_merging_into_a_missing_case_changes_nothing(editor):
    proposal = make_proposal()
    with pytest.raises(NotFound):
        proposal_merge(proposal_id=proposal.pk, case_id=999_999, actor=editor, choices={})
    proposal.refresh_from_db()
    assert proposal.status == "pending"


@pytest.mark.django_db
def test_a_merge_choice_must_be_known(editor, avaliani_case):
    proposal = make_proposal()
    with pytest.raises(InvalidInput):
        proposal_merge(
            proposal_id=proposal.pk, case_id=avaliani_case.pk, actor=editor, choices={"kind": "mine"}
        )


@pytest.mark.django_db
def test_a_second_proposal_from_one_article_adds_its_passage_to_the_same_source(editor, avaliani_case):
    article = avaliani_case.sources.get().article
    evidence = {"names": [{"start": 0, "end": 5, "text": "Воен", "sentence": "Другой отрывок."}]}
    second = make_proposal(article, case_index=1, fields=AVALIANI_LATIN, evidence=evidence)
    proposal_merge(proposal_id=second.pk, case_id=avaliani_case.pk, actor=editor, choices={})
    source = avaliani_case.sources.get()
    assert "Другой отрывок." in source.passage


@pytest.mark.django_db(transaction=True)
def test_concurrent_merge_and_approve_of_one_proposal_act_once(editor, second_editor, avaliani_case):
    proposal = make_proposal(fields=AVALIANI_LATIN)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def run(action):
        barrier.wait()
        try:
            action()
            outcomes.append("done")
        except AlreadyReviewed:
            outcomes.append("already")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(lambda: proposal_approve(proposal_id=proposal.pk, actor=editor),)),
        threading.Thread(
            target=run,
            args=(
                lambda: proposal_merge(
                    proposal_id=proposal.pk, case_id=avaliani_case.pk, actor=second_editor
                ),
            ),
        ),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["already", "done"]
    proposal.refresh_from_db()
    assert proposal.status in ("approved", "merged")
    assert Case.objects.count() == (2 if proposal.status == "approved" else 1)


@pytest.mark.django_db
def test_a_claim_keeps_other_editors_off_until_it_expires(editor, second_editor):
    proposal = make_proposal()
    proposal_claim(proposal_id=proposal.pk, actor=editor)
    proposal_claim(proposal_id=proposal.pk, actor=editor)  # renewing one's own claim is fine
    with pytest.raises(ClaimedByOther) as err:
        proposal_claim(proposal_id=proposal.pk, actor=second_editor)
    assert "editor" in err.value.message
    CaseProposal.objects.filter(pk=proposal.pk).update(claimed_until=timezone.now() - timedelta(seconds=1))
    proposal_claim(proposal_id=proposal.pk, actor=second_editor)
    proposal.refresh_from_db()
    assert proposal.claimed_by == second_editor


@pytest.mark.django_db
def test_taking_over_and_releasing_a_claim(editor, second_editor):
    proposal = make_proposal()
    proposal_claim(proposal_id=proposal.pk, actor=editor)
    proposal_claim(proposal_id=proposal.pk, actor=second_editor, force=True)
    assert proposal_release(proposal_id=proposal.pk, actor=editor) is False  # not theirs any more
    assert proposal_release(proposal_id=proposal.pk, actor=second_editor) is True
    proposal.refresh_from_db()
    assert proposal.claimed_by is None and proposal.claimed_until is None


@pytest.mark.django_db
def test_a_decided_proposal_cannot_be_claimed_and_deciding_clears_the_claim(editor):
    proposal = make_proposal()
    proposal_claim(proposal_id=proposal.pk, actor=editor)
    proposal_reject(proposal_id=proposal.pk, actor=editor, reason="duplicate")
    proposal.refresh_from_db()
    assert proposal.claimed_by is None
    with pytest.raises(AlreadyReviewed):
        proposal_claim(proposal_id=proposal.pk, actor=editor)


@pytest.mark.django_db
def test_bulk_approve_reports_invalid_and_decided_proposals_without_undoing_the_rest(editor):
    good = make_proposal()
    invalid = make_proposal(fields={**CASE_FIELDS, "origin": None})
    decided = make_proposal()
    proposal_reject(proposal_id=decided.pk, actor=editor, reason="wrong")
    result = proposals_bulk_approve(proposal_ids=[good.pk, invalid.pk, decided.pk], actor=editor)
    assert result.done == [good.pk] and len(result.cases) == 1
    assert set(result.skipped) == {invalid.pk, decided.pk}
    assert "origin" in result.skipped[invalid.pk]
    invalid.refresh_from_db()
    assert invalid.status == "pending"


@pytest.mark.django_db
def test_bulk_reject_twice_rejects_once(editor):
    proposals = [make_proposal() for _ in range(3)]
    ids = [p.pk for p in proposals]
    first = proposals_bulk_reject(proposal_ids=ids, actor=editor, reason="not_a_case")
    again = proposals_bulk_reject(proposal_ids=ids, actor=editor, reason="not_a_case")
    assert first.done == ids and again.done == [] and set(again.skipped) == set(ids)
    assert AuditEvent.objects.filter(action="proposal.reject").count() == 3
    with pytest.raises(InvalidInput):
        proposals_bulk_reject(proposal_ids=ids, actor=editor, reason="other")


@pytest.mark.django_db
def test_editing_a_case_records_only_what_changed_before_and_after(editor, avaliani_case):
    case_update(
        case_id=avaliani_case.pk,
        actor=editor,
        changes={
            "status": "granted",
            "transit": ["TR", "KZ"],
            "reliability": "high",
            "dates": {"decided": "2024-07"},
        },
        note="Follow-up report",
    )
    event = AuditEvent.objects.get(action="case.update", object_id=avaliani_case.pk)
    assert event.actor == editor and event.note == "Follow-up report"
    assert event.before == {"status": "applied", "transit": ["KZ"], "reliability": "unknown",
                            "dates": {"deserted": "2023-09", "applied": "2024-02"}}  # fmt: skip
    assert event.after["transit"] == ["TR", "KZ"]
    assert event.after["dates"] == {"deserted": "2023-09", "applied": "2024-02", "decided": "2024-07"}
    avaliani_case.refresh_from_db()
    assert avaliani_case.status == "granted" and avaliani_case.reliability == "high"


@pytest.mark.django_db
def test_saving_an_unchanged_case_records_nothing(editor, avaliani_case):
    case_update(case_id=avaliani_case.pk, actor=editor, changes={"status": "applied", "summary": ""})
    assert not AuditEvent.objects.filter(action="case.update").exists()


@pytest.mark.django_db
def test_an_edit_based_on_a_stale_page_is_refused(editor, second_editor, avaliani_case):
    opened = Case.objects.get(pk=avaliani_case.pk).updated_at
    case_update(
        case_id=avaliani_case.pk, actor=second_editor, changes={"status": "granted"}, loaded_at=opened
    )
    with pytest.raises(StaleEdit):
        case_update(case_id=avaliani_case.pk, actor=editor, changes={"status": "refused"}, loaded_at=opened)
    avaliani_case.refresh_from_db()
    assert avaliani_case.status == "granted"


@pytest.mark.django_db
def test_an_invalid_case_edit_changes_nothing(editor, avaliani_case):
    with pytest.raises(InvalidInput):
        case_update(case_id=avaliani_case.pk, actor=editor, changes={"origin": "XX"})
    with pytest.raises(InvalidInput):
        case_update(case_id=avaliani_case.pk, actor=editor, changes={"visibility": "everyone"})
    avaliani_case.refresh_from_db()
    assert avaliani_case.origin == "RU" and not AuditEvent.objects.filter(action="case.update").exists()


@pytest.mark.django_db
def test_pseudonyms_are_marked_on_approval_and_survive_merges_and_edits(editor):
    fields = {**CASE_FIELDS, "names": ["Bogdan", "Ivan Testov"]}
    case = proposal_approve(proposal_id=make_proposal(fields=fields).pk, actor=editor, pseudonyms=["Bogdan"])
    flags = lambda: dict(case.people.values_list("name", "is_pseudonym"))  # noqa: E731
    assert flags() == {"Bogdan": True, "Ivan Testov": False}
    proposal_merge(
        proposal_id=make_proposal().pk, case_id=case.pk, actor=editor, choices={"status": "proposal"}
    )
    assert flags() == {"Bogdan": True, "Ivan Testov": False}
    case_update(case_id=case.pk, actor=editor, changes={"status": "granted"})
    assert flags() == {"Bogdan": True, "Ivan Testov": False}
    case_update(case_id=case.pk, actor=editor, changes={}, pseudonyms=[])
    assert flags() == {"Bogdan": False, "Ivan Testov": False}
    event = AuditEvent.objects.filter(action="case.update").first()
    assert event.before == {"pseudonyms": ["Bogdan"]} and event.after == {"pseudonyms": []}


@pytest.mark.django_db
def test_a_sibling_decided_meanwhile_is_skipped_and_the_approval_stands(editor, second_editor, monkeypatch):
    from cases.services.proposals import proposal_approve_with_group
    from tests.factories import make_article

    lead_article = make_article()
    lead = make_proposal(lead_article)
    decided = make_proposal(make_article(near_duplicate_of=lead_article))
    pending = make_proposal(make_article(near_duplicate_of=lead_article))
    from cases.selectors.review import proposal_group

    assert {p.pk for p in proposal_group(lead)} == {decided.pk, pending.pk}
    # The group is read before the approval; a second editor rejects one sibling first.
    from cases.services import proposals

    real_approve = proposals.proposal_approve

    def approve_then_race(**kwargs):
        case = real_approve(**kwargs)
        proposal_reject(proposal_id=decided.pk, actor=second_editor, reason="duplicate")
        return case

    monkeypatch.setattr(proposals, "proposal_approve", approve_then_race)
    approval = proposal_approve_with_group(proposal_id=lead.pk, actor=editor, attach_group=True)
    assert approval.attached == [pending.pk]
    assert list(approval.skipped) == [decided.pk]
    assert Case.objects.filter(pk=approval.case.pk).exists()


@pytest.mark.django_db
def test_selected_evidence_is_checked_against_the_article_and_stored_as_the_extractors(editor):
    from cases.services.proposals import selected_evidence
    from tests.factories import make_article

    text = "Intro line.\nHe crossed into Georgia at Upper Lars. Then he flew on."
    at = text.index("Georgia")
    (item,) = selected_evidence(text, {"destination": [{"start": at, "end": at + 7}]})["destination"]
    assert item == {"start": at, "end": at + 7, "text": "Georgia", "by": "editor",
                    "sentence": "He crossed into Georgia at Upper Lars."}  # fmt: skip
    for bad in (
        {"destination": [{"start": 5, "end": 999}]},
        {"nonsense": []},
        {"names": [{"start": "1"}]},
        [],
    ):
        with pytest.raises(InvalidInput):
            selected_evidence(text, bad)
    proposal = make_proposal(make_article(text=text))
    case = proposal_approve(
        proposal_id=proposal.pk, actor=editor, evidence={"destination": [{"start": at, "end": at + 7}]}
    )
    proposal.refresh_from_db()
    assert proposal.evidence["destination"][-1]["text"] == "Georgia"
    assert "He crossed into Georgia" in case.sources.get().passage
