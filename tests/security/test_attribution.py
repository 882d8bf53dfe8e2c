"""Every change is attributable: claims, releases, re-extraction and admin edits are audited."""

from __future__ import annotations

from cases.models import AuditEvent, CaseProposal, Source
from cases.services.articles import article_reextract
from cases.services.proposals import proposal_claim, proposal_release
from tests.factories import make_article, make_proposal


def _actions(**filters) -> list[str]:
    return list(AuditEvent.objects.filter(**filters).order_by("id").values_list("action", flat=True))


def test_claims_and_releases_are_audited(editor) -> None:
    proposal = make_proposal()
    proposal_claim(proposal_id=proposal.pk, actor=editor)
    assert proposal_release(proposal_id=proposal.pk, actor=editor)
    events = AuditEvent.objects.filter(object_type="caseproposal", object_id=proposal.pk).order_by("id")
    assert [e.action for e in events] == ["proposal.claim", "proposal.release"]
    assert all(e.actor == editor for e in events)


def test_reextract_records_the_proposals_it_replaces(db) -> None:
    article = make_article(
        text="A conscript, 24, deserted in May and crossed into Georgia, where he asked for asylum."
    )
    old = make_proposal(article, extractor_version="rules-0.9")
    article_reextract(article_id=article.pk)
    assert not CaseProposal.objects.filter(pk=old.pk).exists()
    event = AuditEvent.objects.get(action="article.reextract", object_id=article.pk)
    assert [p["id"] for p in event.before["proposals"]] == [old.pk]


def test_admin_edits_are_audited(client, admin_user) -> None:
    admin_user.is_staff = admin_user.is_superuser = True
    admin_user.save()
    source = Source.objects.create(name="Old name", url="https://feeds.example.org/rss", kind="feed")
    client.force_login(admin_user)
    page = client.get(f"/admin/cases/source/{source.pk}/change/")
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(name="New name", url=source.url, kind=source.kind, poll_interval=source.poll_interval)
    data = {k: ("on" if v is True else v) for k, v in data.items() if v is not False}
    response = client.post(f"/admin/cases/source/{source.pk}/change/", data)
    assert response.status_code == 302, response.content[:2000]
    event = AuditEvent.objects.get(action="admin.change", object_type="source", object_id=source.pk)
    assert event.actor == admin_user
    assert event.before["name"] == "Old name" and event.after["name"] == "New name"
