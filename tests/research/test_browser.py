"""The researcher's journey in headless Chromium: search, filter, open a case, chart and
export. Screenshots go to $SHOTS_DIR (default /tmp/shots-research) for a person to look at."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from tests.factories import make_case

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(os.environ.get("SHOTS_DIR", "/tmp/shots-research"))

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]


@pytest.fixture
def browser_page(live_server, researcher):
    # Playwright's sync API runs an event loop in this thread; the ORM work is all done
    # before it starts or in the live server's own thread, so the guard may be relaxed.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )  # fmt: skip
        context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        page = context.new_page()
        page.goto(f"{live_server.url}/login/")
        page.fill("input[name=username]", "researcher")
        page.fill("input[name=password]", "pw-researcher")
        page.click("main button[type=submit], main input[type=submit]")
        page.wait_for_url(f"{live_server.url}/")
        yield page
        context.close()
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def world(editor):
    georgia = make_case(
        actor=editor, names=["Giorgi Avaliani"], origin="RU", transit=["GE", "TR"], destination="DE",
        summary="Left his unit in Belgorod and crossed at Verkhny Lars.", dates={"deserted": "2023-22"},
        article={"title": "Дезертир попросил убежища в Германии", "language": "ru"},
    )  # fmt: skip
    others = [
        make_case(actor=editor, names=["Ivan Petrov"], transit=["KZ"], destination="FR", kind="draft_evasion")
        for _ in range(3)
    ]
    return georgia, others


def test_search_filter_open_chart_and_export(browser_page, live_server, world):
    page = browser_page
    georgia, others = world
    page.goto(f"{live_server.url}/cases/")
    assert page.locator("tbody tr").count() == 4
    page.screenshot(path=SHOTS / "browser-1-list.png", full_page=True)

    # Search a name in another script: the Cyrillic spelling finds the Latin name.
    page.fill("input[name=q]", "Авалиани")
    page.click("text=Apply filters")
    page.wait_for_url("**q=*")
    assert page.locator("tbody tr").count() == 1
    assert page.locator("tbody").inner_text().count("Giorgi Avaliani") == 1
    page.screenshot(path=SHOTS / "browser-2-search.png", full_page=True)

    # Filters combine and live in the URL.
    page.goto(f"{live_server.url}/cases/")
    page.select_option("select[name=transit]", "KZ")
    page.select_option("select[name=kind]", "draft_evasion")
    page.click("text=Apply filters")
    page.wait_for_url("**transit=KZ*")
    assert "kind=draft_evasion" in page.url
    assert page.locator("tbody tr").count() == 3
    assert page.locator(".chip").count() == 2

    # The CSV is exactly what the page shows.
    with page.expect_download() as download_info:
        page.click("text=Export CSV")
    content = Path(download_info.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert sorted(int(r["case_id"]) for r in rows) == sorted(c.pk for c in others)
    page.screenshot(path=SHOTS / "browser-3-filtered.png", full_page=True)

    # Charts follow the same filters.
    page.click("text=Charts")
    page.wait_for_url("**/cases/charts/?*transit=KZ*")
    assert page.locator("svg[role=img]").count() == 5
    assert "Kazakhstan (3)" in page.locator("#h-flows + figure").inner_text()
    page.screenshot(path=SHOTS / "browser-4-charts.png", full_page=True)

    # Open a case: people, route, timeline, sources.
    page.goto(f"{live_server.url}/cases/")
    page.click(f"a[href='/cases/{georgia.pk}/']")
    page.wait_for_url(f"**/cases/{georgia.pk}/")
    journey = page.locator(".journey").inner_text()
    assert "Russia" in journey and "Georgia" in journey and "Türkiye" in journey and "Germany" in journey
    assert "summer 2023" in page.locator(".timeline").inner_text()
    assert "Дезертир попросил убежища в Германии" in page.locator(".sources").inner_text()
    page.screenshot(path=SHOTS / "browser-5-case.png", full_page=True)


def test_a_researcher_saves_a_search_finds_it_again_and_sees_what_is_new(
    browser_page, live_server, world, editor
):
    page, base = browser_page, live_server.url
    page.goto(f"{base}/cases/?transit=KZ")
    page.fill("#save-name", "Through Kazakhstan")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url(f"{base}/cases/saved/")
    row = page.locator("table.saved tbody tr", has_text="Through Kazakhstan")
    assert "3" in row.inner_text() and "none" in row.inner_text()
    assert page.locator(".share-link").input_value() == f"{base}/cases/?transit=KZ"
    make_case(actor=editor, transit=["KZ"], destination="DE")  # approved after the save
    page.reload()
    assert "1 new" in page.locator("table.saved").inner_text()
    page.screenshot(path=str(SHOTS / "saved-searches.png"))
    page.get_by_role("link", name="Through Kazakhstan").click()
    page.wait_for_url(f"{base}/cases/?transit=KZ")
    assert "4 match" in page.locator("h1").inner_text()


def test_the_map_of_routes_filters_by_a_country_and_fits_a_phone(browser_page, live_server, world):
    page = browser_page
    page.goto(f"{live_server.url}/cases/map/")
    flows = page.locator("svg.world-map path.flow")
    assert flows.count() >= 3
    # Hover or focus names a leg; the table lists every leg.
    assert "Georgia → Türkiye: 1 case" in flows.evaluate_all("els => els.map(e => e.textContent).join('|')")
    page.screenshot(path=str(SHOTS / "map-desktop.png"), full_page=True)
    # A country is a link, reached from the keyboard too (Tab, then Enter).
    page.locator('svg.world-map a[href*="country=GE"]').first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**country=GE**")
    assert "Country on the route: Georgia" in page.locator(".applied").inner_text()
    assert page.locator("svg.world-map path.flow").count() == 3  # RU → GE → TR → DE only
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/cases/map/?view=europe")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390
    box = page.locator(".map-scroll").bounding_box()
    assert box is not None and box["width"] <= 390
    # The map keeps a readable size and opens on its middle, scrolled inside its box.
    assert page.evaluate("() => document.querySelector('.map-scroll').scrollLeft") > 0
    page.screenshot(path=str(SHOTS / "map-phone.png"), full_page=True)
