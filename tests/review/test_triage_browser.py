"""Triage in headless Chromium, as an editor works it: from the queue to the list, one
article dismissed with a reason, another started as a proposal; at desktop and phone width."""

from __future__ import annotations

from cases.models import Article, CaseProposal
from tests.review.test_browser import _log_in, _shot, browser_page  # noqa: F401 - a fixture
from tests.review.test_browser import pytestmark as browser_marks
from tests.review.test_triage import triaged

pytestmark = browser_marks


def test_an_editor_works_through_the_triage_list(browser_page, live_server, editor):  # noqa: F811
    page, base = browser_page, live_server.url
    first, second = triaged(title="Deserters at the border"), triaged(title="Soldiers seek asylum")
    _log_in(page, base, "editor")
    page.get_by_role("link", name="Review", exact=True).click()
    page.get_by_role("link", name="Possibly relevant: 2").click()
    _shot(page, "triage-list")
    page.get_by_role("link", name="Deserters at the border").click()
    assert page.locator("mark.cue-topic").count() >= 1
    _shot(page, "triage-detail")
    page.get_by_label("Statistics, policy or comment: no specific person or group").check()
    page.get_by_role("button", name="Dismiss").click()
    page.wait_for_url(f"{base}/review/triage/{second.pk}/")
    assert "Dismissed" in page.content()
    page.get_by_role("button", name="Start a proposal from this article").click()
    proposal = CaseProposal.objects.get(article=second)
    page.wait_for_url(f"{base}/review/{proposal.pk}/")
    _shot(page, "triage-started-proposal")
    first.refresh_from_db()
    assert first.status == Article.Status.DISMISSED and first.dismissed_by == editor
    # The dismissed article can be put back, and the page fits a phone.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base}/review/triage/{first.pk}/")
    _shot(page, "triage-dismissed-phone")
    # The top bar's overflow on phones is issue 14's; the triage page itself fits.
    width = page.evaluate("document.querySelector('.review').scrollWidth")
    assert width <= 390, width
    page.get_by_role("button", name="Undo: put it back on the list").click()
    first.refresh_from_db()
    assert first.status == Article.Status.TRIAGE
