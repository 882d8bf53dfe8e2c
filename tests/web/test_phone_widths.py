"""Every page from 360 px up: headless Chromium loads each page at 360 and 1366 px and
fails when the document is wider than the window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.factories import make_article, make_case, make_proposal

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHOTS = os.environ.get("REVIEW_SHOTS")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed"),
]

WIDTH = "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
# The outermost elements that stick out, to say what to fix.
CULPRITS = """(w) => [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > w + 1)
    .filter(el => !(el.parentElement && el.parentElement.getBoundingClientRect().right > w + 1))
    .slice(0, 3)
    .map(el => el.tagName.toLowerCase() + '.' + el.className + ' in ' + el.parentElement.className)
    .join(', ')"""

EDITOR_PAGES = ["/", "/review/", "/review/decided/", "/review/triage/", "/review/quality/", "/articles/",
                "/articles/new/", "/sources/", "/account/tokens/", "/cases/", "/cases/charts/",
                "/cases/saved/", "/cases/map/"]  # fmt: skip


def test_every_page_fits_the_window_at_360_and_1366_px(live_server, editor, monkeypatch):
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    case = make_case(actor=editor, names=["Pavel Dorin"], transit=["KZ", "TR"], summary="A long summary " * 8)
    proposal = make_proposal(make_article(title="A rather long article title about a deserter " * 2))
    pages = [*EDITOR_PAGES, f"/cases/{case.pk}/", f"/review/{proposal.pk}/", f"/review/{proposal.pk}/merge/",
             f"/articles/{proposal.article_id}/", f"/cases/{case.pk}/edit/"]  # fmt: skip
    too_wide = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for width in (360, 1366):
            page = browser.new_context(viewport={"width": width, "height": 800}).new_page()
            page.goto(f"{live_server.url}/login/")
            page.fill("input[name=username]", "editor")
            page.fill("input[name=password]", "pw-editor")
            page.press("input[name=password]", "Enter")
            page.wait_for_url(f"{live_server.url}/")
            for path in pages:
                page.goto(live_server.url + path)
                scroll = page.evaluate(WIDTH)
                if scroll > width:
                    too_wide.append(f"{path} at {width} px: {scroll} px ({page.evaluate(CULPRITS, width)})")
                if SHOTS and width == 360:
                    name = path.strip("/").replace("/", "-") or "home"
                    page.screenshot(path=str(Path(SHOTS) / f"phone-{name}.png"), full_page=True)
        browser.close()
    assert too_wide == [], "\n".join(too_wide)


def test_on_a_phone_the_filters_fold_behind_a_button_that_counts_them(
    live_server, researcher, editor, monkeypatch
):
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    make_case(actor=editor, origin="RU", transit=["KZ"])
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_context(viewport={"width": 390, "height": 800}).new_page()
        page.goto(f"{live_server.url}/login/")
        page.fill("input[name=username]", "researcher")
        page.fill("input[name=password]", "pw-researcher")
        page.press("input[name=password]", "Enter")
        page.wait_for_url(f"{live_server.url}/")
        page.goto(f"{live_server.url}/cases/?origin=RU&transit=KZ")
        summary = page.locator(".filters-fold > summary")
        assert summary.inner_text() == "Filters (2 active)"
        assert not page.locator("form.filter-grid").is_visible()
        summary.click()
        assert page.locator("form.filter-grid").is_visible()
        page.get_by_role("button", name="Menu").click()
        assert page.get_by_role("link", name="Cases", exact=True).is_visible()
        if SHOTS:
            page.screenshot(path=str(Path(SHOTS) / "phone-cases-filters.png"), full_page=True)
        browser.close()
