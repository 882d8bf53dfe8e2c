"""The triage list: topical articles without a confident case reach an editor, who starts a
proposal from one or dismisses it with a reason; both audited, both once only."""

from __future__ import annotations

import pytest

from cases.exceptions import AlreadyReviewed, InvalidInput
from cases.models import Article, AuditEvent, CaseProposal
from cases.services.articles import article_extract, article_reextract
from cases.services.triage import triage_dismiss, triage_restore, triage_start
from tests.factories import make_article

TOPICAL = (
    "Rights groups say deserters keep crossing the border. Lawyers in Tbilisi report more "
    "asylum requests from soldiers who refused to fight."
)
OFF_TOPIC = "Heavy rain closed roads in the north. Farmers expect a poor harvest."


def triaged(**overrides) -> Article:
    values = {"text": TOPICAL, "title": "Deserters at the border", "language": "en",
              "status": Article.Status.FETCHED, **overrides}  # fmt: skip
    article = make_article(**values)
    assert article_extract(article_id=article.pk) == []
    article.refresh_from_db()
    return article


@pytest.mark.django_db
def test_a_topical_article_without_a_case_goes_to_triage_with_its_cues():
    article = triaged()
    assert article.status == Article.Status.TRIAGE
    assert article.get_status_display() == "Possibly relevant"
    assert 0 < article.topical_score <= 1
    cues = {c["text"] for c in article.triage["cues"]}
    assert {"deserters", "border", "asylum"} <= cues
    # Offsets of body cues index into the text, so the page can highlight them.
    body = [c for c in article.triage["cues"] if c["start"] >= 0]
    assert all(article.text[c["start"] : c["end"]] == c["text"] for c in body)
    assert "hint" in article.triage and "dates" in article.triage["hint"]


@pytest.mark.django_db
def test_an_article_off_the_topic_is_still_no_case_found():
    article = make_article(text=OFF_TOPIC, title="Weather", status=Article.Status.FETCHED)
    article_extract(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.IRRELEVANT and article.triage == {}


@pytest.mark.django_db
def test_dismissing_needs_a_reason_is_audited_and_happens_once(editor):
    article = triaged()
    with pytest.raises(InvalidInput):
        triage_dismiss(article_id=article.pk, actor=editor, reason="bogus")
    with pytest.raises(InvalidInput):
        triage_dismiss(article_id=article.pk, actor=editor, reason="other", note="  ")
    triage_dismiss(article_id=article.pk, actor=editor, reason="no_case", note="figures only")
    article.refresh_from_db()
    assert (article.status, article.dismiss_reason, article.dismissed_by) == ("dismissed", "no_case", editor)
    event = AuditEvent.objects.get(action="triage.dismiss", object_id=article.pk)
    assert event.actor == editor and event.after["reason"] == "no_case" and event.note == "figures only"
    with pytest.raises(AlreadyReviewed):
        triage_dismiss(article_id=article.pk, actor=editor, reason="no_case")
    with pytest.raises(AlreadyReviewed):
        triage_start(article_id=article.pk, actor=editor)
    # Undo puts it back, audited too.
    triage_restore(article_id=article.pk, actor=editor)
    article.refresh_from_db()
    assert article.status == "triage" and article.dismiss_reason == "" and article.dismissed_by is None
    assert AuditEvent.objects.filter(action="triage.restore", object_id=article.pk).count() == 1


@pytest.mark.django_db
def test_starting_a_proposal_prefills_it_and_reextraction_leaves_it_alone(editor):
    article = triaged()
    proposal = triage_start(article_id=article.pk, actor=editor)
    article.refresh_from_db()
    assert article.status == Article.Status.EXTRACTED
    assert proposal.status == "pending" and proposal.extractor_version == CaseProposal.EDITOR_VERSION
    assert proposal.fields["destination"] == article.triage["hint"]["destination"]
    assert proposal.claimed_by == editor
    assert (
        AuditEvent.objects.get(action="triage.start", object_id=article.pk).after["proposal"] == proposal.pk
    )
    with pytest.raises(AlreadyReviewed):
        triage_start(article_id=article.pk, actor=editor)
    # The editor's proposal is their work: re-extraction neither deletes nor duplicates it.
    assert article_reextract(article_id=article.pk) is None
    assert list(article.proposals.all()) == [proposal]


@pytest.mark.django_db
def test_reextraction_keeps_a_dismissal(editor):
    article = triaged()
    triage_dismiss(article_id=article.pk, actor=editor, reason="no_case")
    assert article_reextract(article_id=article.pk) is None
    article.refresh_from_db()
    assert article.status == Article.Status.DISMISSED


@pytest.mark.django_db
def test_reextraction_moves_an_old_no_case_article_to_triage():
    article = make_article(text=TOPICAL, title="Deserters at the border", language="en",
                           status=Article.Status.IRRELEVANT, extractor_version="rules-0")  # fmt: skip
    assert article_reextract(article_id=article.pk) == []
    article.refresh_from_db()
    assert article.status == Article.Status.TRIAGE


@pytest.mark.django_db
def test_the_triage_pages_end_to_end(editor_client, editor):
    article = triaged()
    other = triaged()
    queue = editor_client.get("/review/").content.decode()
    assert "Possibly relevant: 2" in queue
    listing = editor_client.get("/review/triage/").content.decode()
    assert f"/review/triage/{article.pk}/" in listing and "deserters" in listing.lower()
    page = editor_client.get(f"/review/triage/{article.pk}/").content.decode()
    assert '<mark class="cue-topic"' in page and "Start a proposal" in page
    # A dismissal without a reason is refused on the page, nothing changes.
    response = editor_client.post(f"/review/triage/{article.pk}/dismiss/", {"reason": ""})
    assert response.status_code == 400
    response = editor_client.post(f"/review/triage/{article.pk}/dismiss/", {"reason": "off_topic"})
    assert response.status_code == 302 and response["Location"] == f"/review/triage/{other.pk}/"
    article.refresh_from_db()
    assert article.status == "dismissed"
    # A second click (a retried request) shows the outcome instead of acting again.
    response = editor_client.post(f"/review/triage/{article.pk}/dismiss/", {"reason": "off_topic"})
    assert response.status_code == 409 and "dismissed by" in response.content.decode().lower()
    response = editor_client.post(f"/review/triage/{other.pk}/start/")
    proposal = CaseProposal.objects.get(article=other)
    assert response.status_code == 302 and response["Location"] == f"/review/{proposal.pk}/"
    assert editor_client.get(response["Location"]).status_code == 200
    quality = editor_client.get("/review/quality/").content.decode()
    assert "Triage: dismissed" in quality and "Not about leaving or evading military service" in quality
    assert "Triage: proposal started" in quality


@pytest.mark.django_db
def test_researchers_and_outsiders_cannot_triage(client, researcher, outsider):
    article = triaged()
    for user in (researcher, outsider):
        client.force_login(user)
        assert client.get("/review/triage/").status_code == 403
        assert client.get(f"/review/triage/{article.pk}/").status_code == 403
        assert client.post(f"/review/triage/{article.pk}/dismiss/", {"reason": "no_case"}).status_code == 403
        assert client.post(f"/review/triage/{article.pk}/start/").status_code == 403
    article.refresh_from_db()
    assert article.status == Article.Status.TRIAGE
