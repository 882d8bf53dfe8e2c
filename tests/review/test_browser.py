"""The workspace in headless Chromium: the keyboard review loop and a merge, as an editor does them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cases.models import Case
from tests.factories import CASE_FIELDS, make_article, make_proposal

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip
SHOTS = os.environ.get("REVIEW_SHOTS")  # a folder to keep screenshots in, when looking at the pages

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason="Debian chromium is not installed at /usr/bin/chromium"
    ),
]


@pytest.fixture
def browser_page(live_server, monkeypatch):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are
    # still plain synchronous code, so Django's async guard does not apply to them.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
        page.set_default_timeout(10_000)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        yield page
        browser.close()
    assert not errors, errors


def _log_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", f"pw-{username}")
    page.press("input[name=password]", "Enter")
    page.wait_for_url(f"{base}/")


def _shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))


def test_an_editor_corrects_a_field_approves_with_the_keyboard_and_finds_the_case(
    browser_page, live_server, editor
):
    page, base = browser_page, live_server.url
    text = (
        "A mobilised soldier, Ivan Testov, deserted in summer 2023 "
        "and fled via Kazakhstan and Turkey to France."
    )
    article = make_article(title="Mobilised soldier reaches France", text=text, language="en")
    start = text.index("Kazakhstan")
    make_proposal(
        article,
        evidence={"transit": [{"start": start, "end": start + 10, "text": "Kazakhstan", "sentence": text}]},
    )

    _log_in(page, base, "editor")
    page.get_by_role("link", name="Review", exact=True).click()
    page.get_by_role("link", name="Mobilised soldier reaches France").click()
    _shot(page, "browser-proposal")
    # Every visible control has a name a screen reader can announce.
    unnamed = page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea')]
            .filter(el => el.type !== 'hidden' && el.offsetParent !== null)
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
            .map(el => el.name || el.id)"""
    )
    assert unnamed == []

    # The transit field's passage button scrolls to and marks its evidence.
    page.click('[data-evidence="transit"]')
    assert "active" in page.locator('mark[data-fields~="transit"]').first.get_attribute("class")
    # A field without a passage clears the highlight of the one before.
    page.focus("#id_people_count")
    assert page.locator("mark.active").count() == 0
    # Correct two fields: the status, and the transit route (remove Türkiye with the list editor).
    page.select_option("#id_status", "granted")
    page.get_by_role("button", name="Remove Türkiye").click()
    page.fill("#id_date_decided", "2024-22")
    assert page.locator('output[data-edtf-for="id_date_decided"]').inner_text() == "summer 2024"
    # A date in words: the preview says the EDTF it becomes, as the editor types.
    page.fill("#id_date_arrived", "15 März 2024")
    preview = page.locator('output[data-edtf-for="id_date_arrived"]')
    page.wait_for_function(
        "el => el.textContent.startsWith('2024-03-15')", arg=preview.element_handle(), timeout=5000
    )
    assert preview.inner_text() == "2024-03-15 · 15 March 2024"
    page.fill("#id_date_arrived", "soon")
    page.wait_for_function("el => el.classList.contains('invalid')", arg=preview.element_handle())
    page.fill("#id_date_arrived", "15 März 2024")
    _shot(page, "browser-date-in-words")
    page.keyboard.press("Escape")  # leave the field, so the one-key shortcuts act
    page.keyboard.press("a")
    page.wait_for_url(f"{base}/review/")
    assert "Approved: case" in page.locator(".messages").inner_text()

    page.get_by_role("link", name="Cases", exact=True).click()
    case = Case.objects.get()
    page.locator(f'a[href="/cases/{case.pk}/"]').first.click()
    _shot(page, "browser-case")
    assert page.locator(".badge", has_text="Protection granted").is_visible()
    assert "Kazakhstan" in page.locator("ol.journey").inner_text()
    assert "Türkiye" not in page.locator("ol.journey").inner_text()
    assert case.events.get(kind="arrived").edtf == "2024-03-15"


def test_an_editor_merges_a_proposal_into_a_case_named_in_another_script(
    browser_page, live_server, second_editor, avaliani_case
):
    page, base = browser_page, live_server.url
    fields = {
        **CASE_FIELDS,
        "names": ["Giorgi Avaliani"],
        "transit": ["KZ"],
        "destination": "DE",
        "status": "granted",
    }
    make_proposal(make_article(title="Avaliani granted protection", language="en"), fields=fields)

    _log_in(page, base, "editor2")
    page.goto(f"{base}/review/")
    page.get_by_role("link", name="Avaliani granted protection").click()
    assert page.get_by_text(f"Case {avaliani_case.pk}").first.is_visible()  # proposed as a likely duplicate
    page.keyboard.press("m")
    page.wait_for_url("**/merge/")
    # Names matched across scripts: Авалиани ≈ Avaliani.
    assert "Авалиани" in page.locator(".candidate-list").inner_text()
    # The newer facts are suggested, field by field: a later status, the other spelling.
    assert page.get_by_role("radio", name="Protection granted").is_checked()
    assert page.locator('input[name="choice_names"][value="union"]').is_checked()
    assert "newer: a later state" in page.locator("table.compare").inner_text()
    _shot(page, "browser-merge")
    page.get_by_role("button", name=f"Merge into case {avaliani_case.pk}").click()
    page.wait_for_url(f"{base}/review/")
    assert f"into case {avaliani_case.pk}" in page.locator(".messages").inner_text()

    page.goto(f"{base}/cases/{avaliani_case.pk}/")
    _shot(page, "browser-merged-case")
    assert page.locator(".sources > li").count() == 2
    # One person, two spellings: shown together, and the case still names one person.
    assert "Георгий Авалиани (also written Giorgi Avaliani)" in page.locator("dl.meta").inner_text()
    assert page.locator(".history .diff").first.is_visible()


def test_the_article_page_follows_its_processing_without_a_reload(browser_page, live_server, editor):
    from cases.models import Article

    page, base = browser_page, live_server.url
    article = Article.objects.create(
        title="Queued story", url="https://news.invalid/q", text="", status=Article.Status.QUEUED
    )
    _log_in(page, base, "editor")
    page.goto(f"{base}/articles/{article.pk}/")
    assert page.locator("#article-state").inner_text() == "Queued for fetching"
    # What the worker does, meanwhile: fetched, then extracted with a proposal.
    Article.objects.filter(pk=article.pk).update(status=Article.Status.FETCHED)
    page.wait_for_function("() => document.getElementById('article-state').textContent.startsWith('Fetched')")
    Article.objects.filter(pk=article.pk).update(status=Article.Status.EXTRACTED)
    proposal = make_proposal(article)
    page.wait_for_selector(f'a[href="/review/{proposal.pk}/"]', timeout=10_000)
    assert page.locator("#article-state").inner_text() == "Extracted"
    _shot(page, "browser-article-progress")


def test_an_editor_attaches_evidence_by_selection_from_the_keyboard_and_the_mouse(
    browser_page, live_server, editor
):
    from cases.models import CaseProposal

    page, base = browser_page, live_server.url
    text = "Pavel Dorin left his unit in May 2024. He reached Tbilisi in June 2024 and asked for asylum."
    article = make_article(title="Dorin reaches Georgia", text=text, language="en")
    fields = {**CASE_FIELDS, "names": [], "transit": [], "destination": None, "status": "applied"}
    proposal = make_proposal(article, fields=fields, evidence={})
    _log_in(page, base, "editor")
    page.goto(f"{base}/review/{proposal.pk}/")
    # From the keyboard: find the passage, choose the field, attach.
    page.fill("#find-passage", "Tbilisi")
    page.press("#find-passage", "Enter")
    assert "Tbilisi" in page.locator("#selected-passage").inner_text()
    page.select_option("#evidence-field", "destination")
    page.click("#attach-evidence")
    page.wait_for_function("() => document.getElementById('id_destination').value === 'GE'")
    assert page.locator('mark.added[data-fields="destination"]').inner_text() == "Tbilisi"
    # With the mouse: a selection of the name (made as a drag would make it) fills names.
    page.evaluate(
        """() => { const pane = document.getElementById('article-text');
                   const node = [...pane.childNodes]
                     .find(n => n.nodeType === 3 && n.nodeValue.includes('Pavel'));
                   const r = document.createRange(); const i = node.nodeValue.indexOf('Pavel Dorin');
                   r.setStart(node, i); r.setEnd(node, i + 11);
                   const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); }"""
    )
    page.wait_for_function("() => !document.getElementById('attach-evidence').disabled")
    page.select_option("#evidence-field", "names")
    page.click("#attach-evidence")
    assert page.locator("#id_names").input_value() == "Pavel Dorin"
    _shot(page, "browser-evidence-by-selection")
    page.click("#approve-button")
    page.wait_for_url(f"{base}/review/")
    proposal.refresh_from_db()
    assert proposal.status == CaseProposal.Status.APPROVED
    (item,) = proposal.evidence["destination"]
    assert (item["start"], item["end"], item["text"]) == (
        text.index("Tbilisi"),
        text.index("Tbilisi") + 7,
        "Tbilisi",
    )
    assert item["sentence"] == "He reached Tbilisi in June 2024 and asked for asylum."
    assert proposal.evidence["names"][0]["text"] == "Pavel Dorin"
    assert proposal.case.destination == "GE" and [p.name for p in proposal.case.people.all()] == [
        "Pavel Dorin"
    ]
    assert "He reached Tbilisi" in proposal.case.sources.get().passage


def test_an_editor_undoes_an_approval_from_the_message_and_reopens_from_the_decided_view(
    browser_page, live_server, editor, second_editor
):
    from cases.models import CaseProposal
    from cases.services.proposals import proposal_approve, proposal_reject

    page, base = browser_page, live_server.url
    lead = make_proposal(make_article(title="Story to approve", language="en"))
    rejected = make_proposal(make_article(title="Story rejected by mistake", language="de"))
    proposal_reject(proposal_id=rejected.pk, actor=editor, reason="wrong")
    other = make_proposal(make_article(title="Story approved by a colleague", language="ru"))
    proposal_approve(proposal_id=other.pk, actor=second_editor)
    _log_in(page, base, "editor")
    page.goto(f"{base}/review/{lead.pk}/")
    page.click("#approve-button")
    page.wait_for_url(f"{base}/review/")
    page.locator(".messages").get_by_role("button", name="Undo").click()
    assert "Approval undone" in page.locator(".messages").inner_text()
    assert CaseProposal.objects.get(pk=lead.pk).status == CaseProposal.Status.PENDING

    page.goto(f"{base}/review/decided/")
    _shot(page, "review-decided")
    assert page.locator("table.decided tbody tr").count() == 2
    page.locator("tr", has_text="Story rejected by mistake").get_by_role("button", name="Reopen").click()
    assert "pending again" in page.locator(".messages").inner_text()
    assert CaseProposal.objects.get(pk=rejected.pk).status == CaseProposal.Status.PENDING
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{base}/review/decided/")
    _shot(page, "review-decided-phone")
