"""The workspace pages: permissions, the queue, approve/reject/merge from the page, case edits."""

from __future__ import annotations

import pytest

from cases.models import AuditEvent, Case, CaseProposal
from cases.services.proposals import proposal_approve
from tests.factories import CASE_FIELDS, make_article, make_proposal

APPROVE_FORM = {
    "kind": "desertion", "people_count": "1", "names": "Ivan Testov", "roles": ["mobilised"], "origin": "RU",
    "transit": "KZ, TR", "destination": "FR", "status": "applied", "summary": "", "reliability": "reliable",
    "visibility": "internal", "date_deserted": "2023-22", "date_left_origin": "", "date_arrived": "",
    "date_applied": "2024-01", "date_decided": "", "date_returned": "",
}  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize(
    "method,url",
    [
        ("get", "/review/{p}/"),
        ("get", "/review/{p}/merge/"),
        ("post", "/review/{p}/merge/"),
        ("post", "/review/{p}/claim/"),
        ("post", "/review/bulk/"),
        ("get", "/review/quality/"),
        ("get", "/cases/{c}/edit/"),
        ("post", "/cases/{c}/edit/"),
    ],
)
def test_researchers_and_outsiders_cannot_use_the_workspace(
    client, researcher, outsider, editor, method, url
):
    proposal = make_proposal()
    case = proposal_approve(proposal_id=make_proposal().pk, actor=editor)
    target = url.format(p=proposal.pk, c=case.pk)
    for user in (researcher, outsider):
        client.force_login(user)
        assert getattr(client, method)(target).status_code == 403
    client.logout()
    assert getattr(client, method)(target).status_code == 302  # a visitor is sent to log in
    proposal.refresh_from_db()
    assert proposal.status == "pending" and proposal.claimed_by is None


@pytest.mark.django_db
def test_an_outsider_cannot_see_the_case_history(outsider_client, editor):
    case = proposal_approve(proposal_id=make_proposal().pk, actor=editor)
    assert outsider_client.get(f"/cases/{case.pk}/").status_code == 403


@pytest.mark.django_db
def test_the_queue_filters_and_shows_the_group_size(editor_client):
    lead_article = make_article(language="ru", title="Lead story")
    lead = make_proposal(lead_article)
    make_proposal(make_article(near_duplicate_of=lead_article, language="ru"))
    make_proposal(make_article(language="en", title="Other story"))
    page = editor_client.get("/review/?language=ru").content.decode()
    assert "Lead story" in page and "Other story" not in page
    assert "also reported by 1 other source" in page
    assert f'href="/review/{lead.pk}/"' in page


@pytest.mark.django_db
def test_opening_a_proposal_claims_it_and_warns_the_second_editor(client, editor, second_editor):
    proposal = make_proposal()
    client.force_login(editor)
    assert "Reserved for you" in client.get(f"/review/{proposal.pk}/").content.decode()
    client.force_login(second_editor)
    page = client.get(f"/review/{proposal.pk}/").content.decode()
    assert "editor is working on this proposal" in page and "take it over" in page
    proposal.refresh_from_db()
    assert proposal.claimed_by == editor


@pytest.mark.django_db
def test_approving_from_the_page_with_a_correction_and_reloading_acts_once(editor_client):
    proposal = make_proposal()
    form = {**APPROVE_FORM, "status": "granted", "transit": "TR, KZ"}
    response = editor_client.post(f"/review/{proposal.pk}/approve/", form)
    assert response.status_code == 302
    again = editor_client.post(f"/review/{proposal.pk}/approve/", form, follow=True)
    assert "Already done" in again.content.decode()
    case = Case.objects.get()
    assert case.status == "granted" and case.transit == ["TR", "KZ"] and case.reliability == "reliable"
    proposal.refresh_from_db()
    assert proposal.reviewed_fields["status"] == "granted"


@pytest.mark.django_db
def test_the_second_editor_approving_sees_a_clear_message(client, editor, second_editor):
    proposal = make_proposal()
    client.force_login(editor)
    client.post(f"/review/{proposal.pk}/approve/", APPROVE_FORM)
    client.force_login(second_editor)
    page = client.post(f"/review/{proposal.pk}/approve/", APPROVE_FORM, follow=True).content.decode()
    assert "already approved by editor" in page
    assert Case.objects.count() == 1


@pytest.mark.django_db
def test_an_invalid_date_is_shown_beside_its_field_and_nothing_is_approved(editor_client):
    proposal = make_proposal()
    response = editor_client.post(
        f"/review/{proposal.pk}/approve/", {**APPROVE_FORM, "date_arrived": "2023-13"}
    )
    assert response.status_code == 400
    assert "Not an EDTF date" in response.content.decode()
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_approving_a_story_adds_its_other_reports_as_sources(editor_client):
    lead_article = make_article()
    lead = make_proposal(lead_article)
    copy = make_proposal(make_article(near_duplicate_of=lead_article))
    editor_client.post(f"/review/{lead.pk}/approve/", {**APPROVE_FORM, "attach_group": "1"})
    case = Case.objects.get()
    assert case.sources.count() == 2
    copy.refresh_from_db()
    assert (copy.status, copy.case) == ("merged", case)


@pytest.mark.django_db
def test_after_a_decision_the_next_proposal_opens(editor_client):
    older = make_proposal()
    newer = make_proposal()
    editor_client.get("/review/")
    response = editor_client.post(f"/review/{newer.pk}/reject/", {"reason": "not_a_case", "note": ""})
    assert response.url == f"/review/{older.pk}/"


@pytest.mark.django_db
def test_merging_from_the_page_picks_fields(editor_client, avaliani_case):
    proposal = make_proposal(
        fields={**CASE_FIELDS, "names": ["Avaliani"], "destination": "DE", "status": "granted"}
    )
    page = editor_client.get(f"/review/{proposal.pk}/merge/").content.decode()
    assert f"Case {avaliani_case.pk}" in page and "Георгий Авалиани" in page
    response = editor_client.post(
        f"/review/{proposal.pk}/merge/",
        {
            "case": avaliani_case.pk,
            "choice_status": "proposal",
            "choice_names": "union",
            "choice_kind": "case",
        },
    )
    assert response.status_code == 302
    avaliani_case.refresh_from_db()
    assert avaliani_case.status == "granted" and avaliani_case.people.count() == 2
    proposal.refresh_from_db()
    assert proposal.status == "merged"


@pytest.mark.django_db
def test_bulk_reject_from_the_queue(editor_client):
    proposals = [make_proposal() for _ in range(2)]
    editor_client.post(
        "/review/bulk/", {"action": "reject", "reason": "duplicate", "ids": [p.pk for p in proposals]}
    )
    assert set(CaseProposal.objects.values_list("status", flat=True)) == {"rejected"}


@pytest.mark.django_db
def test_editing_a_case_shows_before_and_after_in_its_history(editor_client, avaliani_case):
    form = editor_client.get(f"/cases/{avaliani_case.pk}/edit/").context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(status="granted", note="Decision reported", names=data["names"])
    response = editor_client.post(f"/cases/{avaliani_case.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    event = AuditEvent.objects.get(action="case.update")
    assert event.before == {"status": "applied"} and event.after == {"status": "granted"}
    page = editor_client.get(f"/cases/{avaliani_case.pk}/").content.decode()
    assert "Decision reported" in page and "Protection granted" in page and "Applied" in page
    assert "Edit case" in page


@pytest.mark.django_db
def test_a_stale_case_edit_is_refused_on_the_page(editor_client, editor, avaliani_case):
    from cases.services.cases import case_update

    form = editor_client.get(f"/cases/{avaliani_case.pk}/edit/").context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None}
    case_update(case_id=avaliani_case.pk, actor=editor, changes={"status": "refused"})
    response = editor_client.post(f"/cases/{avaliani_case.pk}/edit/", {**data, "status": "granted"})
    assert response.status_code == 400 and "Someone changed this case" in response.content.decode()


@pytest.mark.django_db
def test_the_quality_page_lists_fields_by_language_and_version(editor_client, editor):
    proposal = make_proposal(make_article(language="ru"))
    proposal_approve(proposal_id=proposal.pk, actor=editor, changes={"status": "granted"})
    response = editor_client.get("/review/quality/")
    rows = {(r.field, r.language, r.extractor_version): r for r in response.context["rows"]}
    assert rows[("status", "ru", "test-1")].corrected == 1
    assert response.context["totals"][0].field == "status"  # the weakest field comes first
    assert '<th scope="row">Date: deserted</th>' in response.content.decode()


@pytest.mark.django_db
def test_the_case_history_lists_the_proposals_merged_into_it(editor_client, editor, avaliani_case):
    from cases.services.proposals import proposal_merge

    proposal = make_proposal()
    proposal_merge(
        proposal_id=proposal.pk, case_id=avaliani_case.pk, actor=editor, choices={"status": "proposal"}
    )
    page = editor_client.get(f"/cases/{avaliani_case.pk}/").content.decode()
    assert f'href="/review/{proposal.pk}/">proposal {proposal.pk}</a>' in page
    assert "merged a proposal into the case" in page


@pytest.mark.django_db
def test_the_next_proposal_follows_the_filters_and_skips_those_claimed_by_others(
    client, editor, second_editor
):
    from cases.services.proposals import proposal_claim

    oldest_ru = make_proposal(make_article(language="ru"))
    claimed_ru = make_proposal(make_article(language="ru"))
    make_proposal(make_article(language="en"))
    newest_ru = make_proposal(make_article(language="ru"))
    proposal_claim(proposal_id=claimed_ru.pk, actor=second_editor)
    client.force_login(editor)
    client.get("/review/?language=ru&sort=newest")
    response = client.post(f"/review/{newest_ru.pk}/reject/", {"reason": "wrong", "note": ""})
    assert response.url == f"/review/{oldest_ru.pk}/"


@pytest.mark.django_db
def test_a_name_marked_as_pseudonym_on_the_page_is_stored_as_one(editor_client):
    proposal = make_proposal()
    editor_client.post(
        f"/review/{proposal.pk}/approve/", {**APPROVE_FORM, "names": "Bogdan (pseudonym)\nIvan"}
    )
    case = Case.objects.get()
    assert dict(case.people.values_list("name", "is_pseudonym")) == {"Bogdan": True, "Ivan": False}
    form = editor_client.get(f"/cases/{case.pk}/edit/").context["form"]
    assert form.initial["names"] == "Bogdan (pseudonym)\nIvan"


@pytest.mark.django_db
def test_the_reliability_starts_from_the_sources_rating(editor_client):
    from cases.models import Source

    source = Source.objects.create(name="Mediazona", url="https://zona.example/rss", reliability="high")
    proposal = make_proposal(make_article(source=source))
    form = editor_client.get(f"/review/{proposal.pk}/").context["form"]
    assert form.initial["reliability"] == "high"
