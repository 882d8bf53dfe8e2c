"""The topical score: high recall across languages, off-topic pages stay out."""

from __future__ import annotations

import pytest

from cases.extraction import extract
from cases.extraction.topic import topicality


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups say deserters keep crossing the border into Georgia.",
        "Дезертиры пересекают границу, сообщают правозащитники.",
        "Zwei Deserteure baten an der Grenze um Asyl.",
        "המבקש המקלט ערק מהצבא",  # the article is joined to the word
        "脱走兵が国境を越えた",
        "Legosoldater greps efter flykt över gränsen.",
    ],
)
def test_topical_in_many_languages(text):
    assert topicality("", [(0, text)]).topical


@pytest.mark.parametrize(
    "text",
    ["Heavy rain closed roads in the north.", "Die Börse schloss im Plus.", "Футбольный клуб выиграл кубок."],
)
def test_off_topic_pages_are_not_topical(text):
    assert not topicality("", [(0, text)]).topical


def test_cue_offsets_index_the_text_and_title_cues_have_none():
    text = "Lawyers say a soldier who refused to fight fled across the border."
    result = topicality("Deserter at the border", [(10, text)])
    for cue in result.cues:
        if cue.start >= 0:
            assert text[cue.start - 10 : cue.end - 10] == cue.text
        else:
            assert cue.end == -1
    assert 0 < result.score <= 1


def test_extract_reports_topical_and_a_hint_for_triage():
    result = extract(
        title="Report",
        text="Rights groups say deserters keep crossing the border. Lawyers report more asylum requests.",
        language="en",
        published="2024-03-01",
    ).to_dict()
    assert result["relevant"] is False and result["topical"] is True
    assert result["triage"]["cues"] and set(result["triage"]["hint"]) >= {
        "kind",
        "origin",
        "dates",
        "evidence",
    }
    off = extract(title="Weather", text="Sunny in Paris today.", language="en").to_dict()
    assert off["topical"] is False and off["triage"] is None
