"""The queue, merge candidates across scripts, and the extraction-quality counts."""

from __future__ import annotations

import datetime

import pytest

from cases.models import Source
from cases.selectors.review import (
    QueueFilters,
    extraction_quality,
    latinise,
    merge_candidates,
    name_similarity,
    proposal_group,
    review_queue,
)
from cases.services.proposals import proposal_approve
from tests.factories import CASE_FIELDS, make_article, make_proposal


def test_names_match_across_scripts_and_spellings():
    assert latinise("Авалиани") == "avaliani"
    assert latinise("Щербаков Юрий") == latinise("Shcherbakov Iurii")
    assert latinise("Aleksandr") == latinise("Alexandr")
    assert name_similarity("Георгий Авалиани", "Giorgi Avaliani") > 0.4
    assert name_similarity("Авалиани", "Petrov") < 0.1


@pytest.mark.django_db
def test_candidates_find_a_case_named_in_another_script(avaliani_case):
    fields = {**CASE_FIELDS, "names": ["Avaliani"], "origin": "RU", "destination": "FR", "transit": []}
    found = merge_candidates(fields=fields)
    assert found and found[0].case == avaliani_case
    assert any("Avaliani" in r for r in found[0].reasons)


@pytest.mark.django_db
def test_candidates_find_a_case_by_route_and_time_without_names(avaliani_case):
    fields = {**CASE_FIELDS, "names": [], "transit": ["KZ"], "destination": "DE",
              "dates": {**CASE_FIELDS["dates"], "deserted": "2023-10"}}  # fmt: skip
    found = merge_candidates(fields=fields)
    assert [c.case for c in found] == [avaliani_case]
    assert "overlapping dates" in found[0].reasons


@pytest.mark.django_db
def test_an_unrelated_case_is_not_a_candidate(avaliani_case):
    fields = {**CASE_FIELDS, "names": ["Olena Koval"], "origin": "UA", "transit": ["PL"], "destination": "ES"}
    assert merge_candidates(fields=fields) == []


@pytest.mark.django_db
def test_the_queue_shows_one_proposal_per_near_duplicate_group():
    first = make_article()
    copies = [make_article(near_duplicate_of=first) for _ in range(2)]
    lead = make_proposal(first)
    others = [make_proposal(a) for a in copies]
    alone = make_proposal()
    shown = list(review_queue())
    assert {p.pk for p in shown} == {lead.pk, alone.pk}
    assert {p.pk: p.group_size for p in shown} == {lead.pk: 3, alone.pk: 1}
    assert {p.pk for p in proposal_group(lead)} == {o.pk for o in others}


@pytest.mark.django_db
def test_queue_filters_narrow_by_language_source_confidence_country_and_date():
    source = Source.objects.create(name="Meduza", url="https://meduza.example/rss")
    match = make_proposal(
        make_article(language="ru", source=source, published=datetime.date(2024, 3, 1)),
        overall_confidence=0.9,
        fields={**CASE_FIELDS, "transit": ["GE"]},
    )
    make_proposal(make_article(language="en", published=datetime.date(2024, 3, 1)), overall_confidence=0.9)
    make_proposal(
        make_article(language="ru", source=source, published=datetime.date(2023, 1, 1)),
        overall_confidence=0.2,
    )
    filters = QueueFilters(
        language="ru",
        source=source.pk,
        min_confidence=0.5,
        country="GE",
        published_from=datetime.date(2024, 1, 1),
        published_to=datetime.date(2024, 12, 31),
    )
    assert [p.pk for p in review_queue(filters)] == [match.pk]
    assert review_queue(QueueFilters(sort="low-confidence"))[0].overall_confidence == 0.2


@pytest.mark.django_db
def test_quality_counts_unchanged_corrected_and_added_fields(editor):
    fields = {**CASE_FIELDS, "destination": None}
    a = make_proposal(make_article(language="ru"), fields=fields)
    b = make_proposal(make_article(language="ru"), fields=fields)
    proposal_approve(proposal_id=a.pk, actor=editor)
    proposal_approve(proposal_id=b.pk, actor=editor, changes={"status": "granted", "destination": "FR"})
    rows = {(r.field, r.language, r.extractor_version): r for r in extraction_quality()}
    status = rows[("status", "ru", "test-1")]
    assert (status.unchanged, status.corrected, status.added) == (1, 1, 0)
    destination = rows[("destination", "ru", "test-1")]
    assert (destination.unchanged, destination.corrected, destination.added) == (0, 0, 1)
    assert rows[("dates.deserted", "ru", "test-1")].unchanged == 2
    assert ("dates.arrived", "ru", "test-1") not in rows  # empty on both sides


@pytest.mark.django_db
def test_a_filtered_queue_shows_the_group_member_that_matches():
    lead = make_article(language="ru")
    make_proposal(lead)
    english = make_proposal(make_article(language="en", near_duplicate_of=lead))
    shown = list(review_queue(QueueFilters(language="en")))
    assert [p.pk for p in shown] == [english.pk] and shown[0].group_size == 2


@pytest.mark.django_db
def test_a_route_and_a_count_alone_suggest_no_case(avaliani_case):
    """Many people take Russia → Kazakhstan → Germany: without a similar name, dates or
    passage, the same route is no duplicate."""
    fields = {**CASE_FIELDS, "names": [], "transit": ["KZ"], "destination": "DE", "people_count": 1,
              "dates": dict.fromkeys(CASE_FIELDS["dates"])}  # fmt: skip
    assert merge_candidates(fields=fields) == []
    # The same story told again: the passage is what matches, and the suggestion says so.
    passage = "Военнослужащий Авалиани бежал через Казахстан в Германию."
    found = merge_candidates(fields=fields, passage=passage)
    assert [c.case for c in found] == [avaliani_case]
    assert any(r.startswith("similar passage") for r in found[0].reasons)


def _groups() -> dict[int, tuple[bool, int]]:
    from cases.models import CaseProposal

    return {p.pk: (p.group_head, p.group_size) for p in CaseProposal.objects.all()}


@pytest.mark.django_db
def test_the_database_keeps_each_group_s_oldest_pending_proposal_and_size(editor):
    """The triggers of migration 0016, through every way a proposal changes."""
    first = make_article()
    lead = make_proposal(first)
    copy = make_proposal(make_article(near_duplicate_of=first))
    assert _groups() == {lead.pk: (True, 2), copy.pk: (False, 2)}
    # The group's oldest is decided: the next one stands for the group.
    proposal_approve(proposal_id=lead.pk, actor=editor)
    assert _groups() == {lead.pk: (False, 0), copy.pk: (True, 1)}
    assert [p.pk for p in review_queue()] == [copy.pk]
    # Deleted with its article: nothing pending is left in the group.
    copy.article.delete()
    assert list(review_queue()) == []


@pytest.mark.django_db
def test_an_article_found_to_be_a_near_duplicate_later_joins_its_group():
    first, later = make_article(), make_article()
    lead, other = make_proposal(first), make_proposal(later)
    assert {p.pk for p in review_queue()} == {lead.pk, other.pk}
    later.near_duplicate_of = first
    later.save(update_fields=["near_duplicate_of"])
    assert [(p.pk, p.group_size) for p in review_queue()] == [(lead.pk, 2)]
    later.near_duplicate_of = None
    later.save(update_fields=["near_duplicate_of"])
    assert {p.pk for p in review_queue()} == {lead.pk, other.pk}


@pytest.mark.django_db
def test_proposals_written_in_bulk_are_grouped_too():
    from cases.models import CaseProposal

    first = make_article()
    copies = [make_article(near_duplicate_of=first) for _ in range(3)]
    template = make_proposal(first)
    CaseProposal.objects.bulk_create(
        [CaseProposal(article=a, extractor_version="bulk-1", fields=template.fields) for a in copies]
    )
    assert [(p.pk, p.group_size) for p in review_queue()] == [(template.pk, 4)]


@pytest.mark.django_db
def test_a_stale_full_save_cannot_write_wrong_groups(editor):
    first = make_article()
    lead = make_proposal(first)
    copy = make_proposal(make_article(near_duplicate_of=first))
    copy.refresh_from_db()  # copy: not the head, group of 2
    proposal_approve(proposal_id=lead.pk, actor=editor)
    copy.reason = "a note"
    copy.save()  # writes the group columns as they were read
    assert _groups()[copy.pk] == (True, 1)


@pytest.mark.django_db
def test_the_queue_offers_and_filters_the_languages_of_pending_proposals(editor):
    from cases.selectors.review import queue_languages

    ru, en, decided = make_article(language="ru"), make_article(language="en"), make_article(language="ka")
    make_proposal(ru)
    english = make_proposal(en)
    proposal_approve(proposal_id=make_proposal(decided).pk, actor=editor)
    assert queue_languages() == ["en", "ru"]
    assert [p.pk for p in review_queue(QueueFilters(language="en"))] == [english.pk]
    # The language detected again: the proposal follows its article.
    en.language = "uk"
    en.save(update_fields=["language"])
    assert queue_languages() == ["ru", "uk"]
    assert [p.pk for p in review_queue(QueueFilters(language="uk"))] == [english.pk]


@pytest.mark.django_db
def test_past_the_exact_bound_the_queue_says_about(settings, client, editor):
    from cases.selectors.review import review_queue_page

    settings.TRACKER_EXACT_COUNT_BELOW = 2
    for _ in range(4):
        make_proposal()
    page = review_queue_page()
    assert not page.paginator.tally.exact and len(page.object_list) == 4
    client.force_login(editor)
    assert "about " in client.get("/review/").content.decode()
