"""The map of routes: Natural Earth shapes drawn on the server, legs aggregated from the
filtered routes, countries that filter, a table of every leg, and each case's own route."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import tarfile

import pytest

from cases import worldmap
from tests.factories import make_case
from tracker import vendor

ROUTES = [
    {"origin": "RU", "transit": ["KZ", "TR"], "destination": "DE", "cases": 5, "people": 7},
    {"origin": "RU", "transit": ["GE"], "destination": "DE", "cases": 2, "people": 2},
    {"origin": "ER", "transit": ["SD", "LY"], "destination": "IT", "cases": 3, "people": 4},
    {"origin": "RU", "transit": [], "destination": None, "cases": 4, "people": 4},
    {"origin": "UA", "transit": ["PL", "PL"], "destination": "DE", "cases": 1, "people": 1},
]


def test_each_route_adds_its_cases_to_every_leg_it_travels():
    legs, countries, unplaced = worldmap.legs_from_routes(ROUTES)
    by_leg = {(g.origin, g.source, g.target): (g.cases, g.people, g.final) for g in legs}
    assert by_leg[("RU", "RU", "KZ")] == (5, 7, False)
    assert by_leg[("RU", "TR", "DE")] == (5, 7, True)
    assert by_leg[("ER", "LY", "IT")] == (3, 4, True)
    # A country passed twice in a row is one stop.
    assert by_leg[("UA", "UA", "PL")] == (1, 1, False) and by_leg[("UA", "PL", "DE")] == (1, 1, True)
    assert ("UA", "PL", "PL") not in by_leg
    assert unplaced == 4  # Russia with no other country has no line
    assert countries["DE"] == 8 and countries["RU"] == 11 and countries["KZ"] == 5
    assert [(g.source, g.target) for g in legs[:2]] == [("KZ", "TR"), ("RU", "KZ")]  # largest first


def test_the_atlas_gives_every_state_of_the_routes_a_shape_and_a_point():
    shapes = worldmap.shapes()
    for code in (
        "RU",
        "UA",
        "BY",
        "GE",
        "AM",
        "KZ",
        "TR",
        "DE",
        "FR",
        "ES",
        "ER",
        "SY",
        "IL",
        "KP",
        "KR",
        "MM",
    ):
        assert shapes[code].path.startswith("M"), code
    assert "XK" in shapes and "AQ" not in shapes  # Kosovo by name; Antarctica left out
    assert shapes["SG"].path == "" and shapes["SG"].point  # too small to draw, still a point
    # Moscow's side of Russia, not the middle of Siberia, is where its routes start.
    assert shapes["RU"].point[0] < shapes["KZ"].point[0]
    # No ring runs across the whole map (Chukotka and Fiji cross 180°).
    for shape in shapes.values():
        for ring in shape.path.split("z"):
            if not ring:
                continue
            xs, x = [], 0
            for move, dx in re.findall(r"([Ml])(-?\d+)", ring):
                x = int(dx) if move == "M" else x + int(dx)
                xs.append(x)
            assert max(xs) - min(xs) < worldmap.WIDTH * 0.6, shape.code


def test_the_map_draws_legs_as_wide_as_their_cases_with_titles_and_country_links():
    drawn = worldmap.route_map(ROUTES, chart_id="m", link="kind=desertion&q=a<b")
    svg = str(drawn.svg)
    assert svg.startswith("<svg") and 'role="img"' in svg and '<title id="m-title">' in svg
    assert "Kazakhstan → Türkiye: 5 cases, 7 people (fled Russia)" in svg
    widths = {
        m.group(2): float(m.group(1))
        for m in re.finditer(r'stroke-width="([\d.]+)"[^>]*><title>([^<]+)</title>', svg)
    }
    assert (
        widths["Kazakhstan → Türkiye: 5 cases, 7 people (fled Russia)"]
        > widths["Georgia → Germany: 2 cases, 2 people (fled Russia)"]
    )
    # A country on the routes is a link that keeps the other filters and adds its own.
    assert 'href="?kind=desertion&amp;q=a&lt;b&amp;country=GE"' in svg
    assert 'country=CN"' not in svg  # no case touches China: no link
    assert drawn.origins[:2] == ["RU", "ER"] and drawn.colour("RU") != drawn.colour("ER")
    assert drawn.colour("VE") == worldmap.OTHER_COLOUR
    # Legs are reachable from the keyboard and the destination has an arrowhead.
    assert 'class="flow" tabindex="0"' in svg and 'marker-end="url(#m-arrow-' in svg


def test_the_map_opens_on_the_main_routes_or_a_chosen_region():
    europe = str(worldmap.route_map(ROUTES[:2], chart_id="m", link="").svg)
    world = str(worldmap.route_map(ROUTES[:2], chart_id="m", link="", region="world").svg)
    box = re.search(r'viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"', europe).groups()
    assert float(box[2]) < worldmap.WIDTH * 0.6  # zoomed on Europe and Central Asia
    assert f'viewBox="0 0 {worldmap.WIDTH} {worldmap.HEIGHT}"' in world


def test_without_the_atlas_the_table_still_has_every_leg(settings, tmp_path):
    worldmap.shapes.cache_clear()
    settings.BASE_DIR = tmp_path
    try:
        drawn = worldmap.route_map(ROUTES, chart_id="m", link="")
    finally:
        worldmap.shapes.cache_clear()
    assert str(drawn.svg) == "" and len(drawn.legs) == 10 and drawn.undrawn == 10


def test_the_map_page_follows_the_filters_and_lists_every_leg(researcher_client, editor):
    make_case(actor=editor, origin="RU", transit=["KZ"], destination="DE")
    make_case(actor=editor, origin="RU", transit=["GE"], destination="FR")
    make_case(actor=editor, origin="SY", transit=["TR"], destination="DE")
    response = researcher_client.get("/cases/map/", {"origin": "RU"})
    assert response.status_code == 200
    legs = {(g.source, g.target) for g in response.context["route_map"].legs}
    assert legs == {("RU", "KZ"), ("KZ", "DE"), ("RU", "GE"), ("GE", "FR")}
    text = response.content.decode()
    assert text.count('class="flow"') == 4 and "Table: cases per leg of the routes" in text
    assert "<td>Kazakhstan</td><td>Germany <span" in text
    assert 'href="?origin=RU&amp;country=GE"' in text
    assert text.count("<script") == 1  # the site's phone menu, nothing fetched for the map


def test_a_country_filters_cases_whose_route_touches_it_in_any_role(researcher_client, editor):
    origin = make_case(actor=editor, origin="GE", transit=[], destination="DE")
    transit = make_case(actor=editor, origin="RU", transit=["KZ", "GE"], destination="FR")
    destination = make_case(actor=editor, origin="RU", transit=[], destination="GE")
    make_case(actor=editor, origin="RU", transit=["KZ"], destination="DE")
    response = researcher_client.get("/cases/", {"country": "GE"})
    assert {c.id for c in response.context["page"].rows} == {origin.pk, transit.pk, destination.pk}
    assert "Country on the route: Georgia" in response.content.decode()
    shown = researcher_client.get("/cases/map/", {"country": "GE"})
    assert shown.context["count"] == 3 and 'fill="#8fa6bb" data-country="GE"' in shown.content.decode()
    assert researcher_client.get("/cases/map/", {"country": "XX"}).context["count"] == 0


def test_the_case_page_shows_its_own_route_on_the_map(researcher_client, editor):
    case = make_case(actor=editor, origin="RU", transit=["GE"], destination="FR")
    lone = make_case(actor=editor, origin="RU", transit=[], destination=None)
    text = researcher_client.get(f"/cases/{case.pk}/").content.decode()
    assert f'id="case-{case.pk}-map-title"' in text and "Russia → Georgia: 1 case" in text
    assert "href=" not in text.split("world-map")[1].split("</svg>")[0]  # no filter links here
    assert "world-map" not in researcher_client.get(f"/cases/{lone.pk}/").content.decode()


def test_the_public_map_shows_public_cases_only(client, editor, public_view):
    make_case(actor=editor, origin="RU", transit=["AM"], destination="FR", visibility="public")
    make_case(actor=editor, origin="BY", transit=["LT"], destination="PL")
    response = client.get("/public/cases/map/")
    assert response.status_code == 200
    assert {g.origin for g in response.context["route_map"].legs} == {"RU"}


def test_the_public_map_is_off_with_the_public_view(client, settings):
    settings.TRACKER_PUBLIC_VIEW = False
    assert client.get("/public/cases/map/").status_code == 404


def test_the_map_needs_the_permission_to_view_cases(client):
    response = client.get("/cases/map/")
    assert response.status_code in (302, 403)


# -- the atlas install -----------------------------------------------------------------


def _package(tmp_path, files: dict[str, bytes]) -> tuple[str, bytes]:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    data = buffer.getvalue()
    folder = tmp_path / "registry" / "demo-atlas" / "-"
    folder.mkdir(parents=True)
    (folder / "demo-atlas-1.0.0.tgz").write_bytes(data)
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode(), data


def test_the_atlas_is_installed_from_the_registry_only_when_its_integrity_matches(tmp_path, monkeypatch):
    integrity, _ = _package(tmp_path, {"countries-110m.json": b"{}", "LICENSE": b"ISC"})
    monkeypatch.setenv("NPM_CONFIG_REGISTRY", (tmp_path / "registry").as_uri())
    monkeypatch.setattr(vendor, "VENDOR", tmp_path / "vendor")
    package = vendor.Package("demo-atlas", "1.0.0", integrity, ("countries-110m.json", "LICENSE"))
    assert vendor.install(package) is True
    assert (tmp_path / "vendor" / "demo-atlas" / "countries-110m.json").read_bytes() == b"{}"
    assert json.loads(package.stamp.read_text())["version"] == "1.0.0"
    assert vendor.install(package) is False  # already there: nothing fetched again
    tampered = vendor.Package("demo-atlas", "1.0.0", "sha512-" + "A" * 88, ("LICENSE",))
    (tmp_path / "vendor" / "demo-atlas" / ".installed.json").unlink()
    with pytest.raises(vendor.VendorError, match="integrity mismatch"):
        vendor.install(tampered)
    missing = vendor.Package("demo-atlas", "1.0.0", integrity, ("countries-50m.json",))
    with pytest.raises(vendor.VendorError, match=r"has no countries-50m\.json"):
        vendor.install(missing)
