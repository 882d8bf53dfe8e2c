"""The map of routes: country shapes from Natural Earth, drawn on the server as SVG.

The shapes are the `world-atlas` package's TopoJSON (Natural Earth 1:110m), installed into
static/vendor/ by `python -m tracker.vendor` (`make venv`, the Dockerfile); nothing is
fetched when a page is drawn. The TopoJSON is decoded here, projected once per process
(Natural Earth I projection) and kept as one SVG path per country.

Flows come from the routes the count selectors aggregate in SQL (cases per origin,
transit list and destination): each route adds its cases to every leg it travels, origin
→ first transit → ... → destination, and the map draws the largest legs, as wide as their
cases and coloured by the state the people fled. Every map comes with the legs' table.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import quote

from babel.core import get_global
from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from cases.countries import country_name

ATLAS = "world-atlas/countries-110m.json"
WIDTH = 1000
_SCALE = WIDTH / 2 / 2.7353847  # x of the projection at 180° is 2.7353847
_NORTH, _SOUTH = 84.0, -58.0  # the map's latitudes: Antarctica is left out
# Okabe-Ito colours, for the origins with most cases on the map; the rest are grey.
ORIGIN_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c6d1f")
OTHER_COLOUR = "#7a7a7a"
MAX_LEGS = 300

# Shapes the atlas names instead of numbering, and territories drawn with their state.
_UNNUMBERED = {"Kosovo": "XK", "Somaliland": "SO", "N. Cyprus": "CY"}
# Where flows start and end for states too small for the 1:110m shapes (longitude, latitude).
_POINTS = {
    "SG": (103.8, 1.35),
    "MT": (14.4, 35.9),
    "BH": (50.55, 26.05),
    "HK": (114.17, 22.3),
    "MO": (113.55, 22.2),
    "AD": (1.52, 42.5),
    "LI": (9.55, 47.15),
    "MC": (7.42, 43.74),
    "SM": (12.45, 43.94),
    "VA": (12.45, 41.9),
    "MV": (73.5, 4.2),
    "MU": (57.55, -20.2),
    "BB": (-59.55, 13.15),
    "CV": (-23.6, 15.1),
    "KM": (43.3, -11.7),
    "SC": (55.45, -4.6),
    "ST": (6.6, 0.3),
}
# Where flows meet the largest states: near where most people live, not the middle of
# Siberia or the Canadian north.
_ANCHORS = {
    "RU": (40.0, 55.5),
    "CA": (-79.0, 45.5),
    "US": (-95.0, 38.5),
    "AU": (145.0, -33.5),
    "CN": (112.0, 33.0),
}


def _natural_earth(lon: float, lat: float) -> tuple[float, float]:
    """Natural Earth I (Šavrič, Jenny, Patterson, Petrovič, Hurni 2011), in radians."""
    lam, phi = math.radians(lon), math.radians(max(_SOUTH, min(_NORTH, lat)))
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


_TOP = _natural_earth(0, _NORTH)[1] * _SCALE  # the northern edge is y = 0


def _project(lon: float, lat: float) -> tuple[float, float]:
    """A longitude and latitude in map units: x from 0 to WIDTH, y from 0 to HEIGHT."""
    x, y = _natural_earth(lon, lat)
    return WIDTH / 2 + x * _SCALE, _TOP - y * _SCALE


HEIGHT = round(_project(0, _SOUTH)[1])


@dataclass(frozen=True)
class Shape:
    code: str
    path: str  # SVG path data in map units
    point: tuple[float, float]  # where flows start and end
    box: tuple[float, float, float, float]  # x0, y0, x1, y1


class MapUnavailable(Exception):
    """The atlas is not installed: `python -m tracker.vendor` installs it."""


def _atlas_path() -> Path:
    return Path(settings.BASE_DIR) / "static" / "vendor" / ATLAS


@lru_cache(maxsize=1)
def shapes() -> dict[str, Shape]:
    """Every country the atlas draws, by ISO 3166-1 alpha-2 code."""
    try:
        topology = json.loads(_atlas_path().read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise MapUnavailable(f"{ATLAS} is not installed; run `python -m tracker.vendor`") from exc
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # delta-encoded, quantised positions
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    aliases = get_global("territory_aliases")
    rings_by_code: dict[str, list[list[tuple[float, float]]]] = defaultdict(list)
    for geometry in topology["objects"]["countries"]["geometries"]:
        number = geometry.get("id")
        code = aliases.get(number, [None])[0] if number else _UNNUMBERED.get(geometry["properties"]["name"])
        if not code or code == "AQ" or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                points: list[tuple[float, float]] = []
                for index in ring:
                    arc = arcs[index] if index >= 0 else arcs[~index][::-1]
                    points.extend(arc if not points else arc[1:])
                rings_by_code[code].append([_project(lon, lat) for lon, lat in _east_of_antimeridian(points)])
    out = {code: _shape(code, rings) for code, rings in rings_by_code.items()}
    for code, (lon, lat) in _POINTS.items():
        if code not in out:
            x, y = _project(lon, lat)
            out[code] = Shape(code, "", (x, y), (x - 2, y - 2, x + 2, y + 2))
    return out


def _east_of_antimeridian(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses 180° (Chukotka, Fiji) kept on the eastern edge of the map,
    instead of a band drawn across the whole world."""
    if not any(abs(a[0] - b[0]) > 180 for a, b in pairwise(ring)):
        return ring
    return [(min(lon + 360 if lon < 0 else lon, 180.0), lat) for lon, lat in ring]


def _ring_area(ring: list[tuple[float, float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def _centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    area = _ring_area(ring)
    if abs(area) < 1e-9:
        xs, ys = zip(*ring, strict=True)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return cx / (6 * area), cy / (6 * area)


def _path(rings: list[list[tuple[float, float]]]) -> str:
    """Rings as path data: whole map units, relative moves, repeated points dropped."""
    parts = []
    for ring in rings:
        moves, last = [], None
        for x, y in ring:
            point = (round(x), round(y))
            if point == last:
                continue
            if last is None:
                moves.append(f"M{point[0]} {point[1]}")
            else:
                moves.append(f"l{point[0] - last[0]} {point[1] - last[1]}")
            last = point
        if len(moves) > 2:
            parts.append("".join(moves) + "z")
    return "".join(parts)


def _shape(code: str, rings: list[list[tuple[float, float]]]) -> Shape:
    largest = max(rings, key=lambda r: abs(_ring_area(r)))
    point = _project(*_ANCHORS[code]) if code in _ANCHORS else _centroid(largest)
    xs = [x for x, _ in largest]
    ys = [y for _, y in largest]
    return Shape(code, _path(rings), point, (min(xs), min(ys), max(xs), max(ys)))


# -- flows ---------------------------------------------------------------------------


@dataclass
class Leg:
    origin: str  # the state the people fled: the leg's colour
    source: str
    target: str
    cases: int = 0
    people: int = 0
    final: bool = False  # ends at the destination (the arrowhead)


@dataclass
class RouteMap:
    """The legs to draw and their table, and what could not be drawn."""

    legs: list[Leg]
    countries: dict[str, int]  # cases whose route touches each country
    origins: list[str]  # origins with a colour of their own, most cases first
    undrawn: int = 0  # legs left out: beyond MAX_LEGS, or a country without a shape
    unplaced: int = 0  # cases with fewer than two known countries on their route
    svg: SafeString = field(default_factory=lambda: mark_safe(""))

    def colour(self, origin: str) -> str:
        return ORIGIN_COLOURS[self.origins.index(origin)] if origin in self.origins else OTHER_COLOUR


def legs_from_routes(routes: list[dict[str, Any]]) -> tuple[list[Leg], dict[str, int], int]:
    """The legs of aggregated routes (rows of origin, transit, destination, cases, people),
    largest first; the cases whose route touches each country; the cases with no leg."""
    legs: dict[tuple[str, str, str], Leg] = {}
    countries: dict[str, int] = defaultdict(int)
    unplaced = 0
    for row in routes:
        stops = [c for c in (row["origin"], *(row["transit"] or []), row["destination"]) if c]
        # A country passed twice ("back through Turkey") is one stop after the other.
        stops = [c for i, c in enumerate(stops) if i == 0 or c != stops[i - 1]]
        for code in set(stops):
            countries[code] += row["cases"]
        if len(stops) < 2 or not row["origin"]:
            unplaced += row["cases"]
            continue
        for i, (source, target) in enumerate(pairwise(stops)):
            leg = legs.setdefault((row["origin"], source, target), Leg(row["origin"], source, target))
            leg.cases += row["cases"]
            leg.people += row["people"] or 0
            leg.final = leg.final or (i == len(stops) - 2 and bool(row["destination"]))
    ordered = sorted(legs.values(), key=lambda g: (-g.cases, g.origin, g.source, g.target))
    return ordered, dict(countries), unplaced


def route_map(
    routes: list[dict[str, Any]],
    *,
    chart_id: str,
    link: str | None = None,
    selected: str = "",
    limit: int = MAX_LEGS,
    height: int | None = None,
    region: str = "",
) -> RouteMap:
    """The map of the routes' legs. `link`: the query string (without `country`) that a
    click on a country adds `country=XX` to; None draws countries that are not links
    (the case page). `selected`: the country the filters already name. The map shows the
    part of the world the legs with most of the cases cross, or one of REGIONS."""
    legs, countries, unplaced = legs_from_routes(routes)
    try:
        known = shapes()
    except MapUnavailable:
        return RouteMap(legs, countries, [], undrawn=len(legs), unplaced=unplaced)
    drawable = [g for g in legs if g.source in known and g.target in known]
    drawn = drawable[:limit]
    by_origin: dict[str, int] = defaultdict(int)
    for leg in drawn:
        by_origin[leg.origin] += leg.cases
    origins = sorted(by_origin, key=lambda o: (-by_origin[o], o))[: len(ORIGIN_COLOURS)]
    result = RouteMap(legs, countries, origins, undrawn=len(legs) - len(drawn), unplaced=unplaced)
    result.svg = _draw(
        result, drawn, known, chart_id=chart_id, link=link, selected=selected, height=height, region=region
    )
    return result


def _view_box(codes: set[str], known: dict[str, Shape], aspect: float) -> tuple[float, float, float, float]:
    """The part of the world the routes cross, with a margin, at the map's aspect."""
    if not codes:
        return 0, 0, WIDTH, HEIGHT
    boxes = [known[c].box for c in codes]
    points = [known[c].point for c in codes]
    x0 = min(min(b[0] for b in boxes), min(p[0] for p in points))
    y0 = min(min(b[1] for b in boxes), min(p[1] for p in points))
    x1 = max(max(b[2] for b in boxes), max(p[0] for p in points))
    y1 = max(max(b[3] for b in boxes), max(p[1] for p in points))
    # Large states widen the box to the whole of their largest shape; flows matter more.
    px0, px1 = min(p[0] for p in points), max(p[0] for p in points)
    py0, py1 = min(p[1] for p in points), max(p[1] for p in points)
    x0, x1 = max(x0, px0 - 60), min(x1, px1 + 60)
    y0, y1 = max(y0, py0 - 40), min(y1, py1 + 40)
    margin = 30
    x0, y0, x1, y1 = x0 - margin, y0 - margin, x1 + margin, y1 + margin
    w, h = max(x1 - x0, 160), max(y1 - y0, 160 / aspect)
    if w / h > aspect:
        h = w / aspect
    else:
        w = h * aspect
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    w, h = min(w, WIDTH), min(h, HEIGHT)
    x = min(max(cx - w / 2, 0), WIDTH - w)
    y = min(max(cy - h / 2, 0), HEIGHT - h)
    return x, y, w, h


# The parts of the world a researcher can open the map on: (west, south, east, north).
REGIONS = {
    "world": ("The whole world", (-180.0, _SOUTH, 180.0, _NORTH)),
    "europe": ("Europe and the Middle East", (-25.0, 12.0, 70.0, 72.0)),
    "africa": ("Africa", (-20.0, -36.0, 55.0, 38.0)),
    "asia": ("Asia", (25.0, -12.0, 150.0, 60.0)),
    "americas": ("The Americas", (-130.0, -56.0, -30.0, 60.0)),
}


def _region_box(region: str, aspect: float) -> tuple[float, float, float, float]:
    if region == "world":
        return 0.0, 0.0, float(WIDTH), float(HEIGHT)
    west, south, east, north = REGIONS[region][1]
    edge = [(west + (east - west) * i / 8, lat) for i in range(9) for lat in (south, north)]
    edge += [(lon, south + (north - south) * i / 8) for i in range(9) for lon in (west, east)]
    xs, ys = zip(*(_project(lon, lat) for lon, lat in edge), strict=True)
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    w, h = x1 - x0, y1 - y0
    if w / h > aspect:
        h = w / aspect
    else:
        w = h * aspect
    w, h = min(w, WIDTH), min(h, HEIGHT)
    x = min(max((x0 + x1 - w) / 2, 0), WIDTH - w)
    y = min(max((y0 + y1 - h) / 2, 0), HEIGHT - h)
    return x, y, w, h


def _main_countries(drawn: list[Leg], share: float = 0.6) -> set[str]:
    """The countries of the largest legs that together carry `share` of the cases drawn:
    the part of the world the map opens on. A few long legs to other continents run off
    its edge rather than shrinking Europe to a corner (the whole world is one link away)."""
    total = sum(g.cases for g in drawn)
    codes: set[str] = set()
    running = 0
    for leg in drawn:  # largest first
        codes |= {leg.source, leg.target}
        running += leg.cases
        if running >= share * total:
            break
    return codes


def _curve(a: tuple[float, float], b: tuple[float, float]) -> str:
    """A gentle arc from a to b, bending to the left of the direction of travel, so that
    legs in opposite directions do not lie on each other."""
    (x0, y0), (x1, y1) = a, b
    dx, dy = x1 - x0, y1 - y0
    cx, cy = (x0 + x1) / 2 + dy * 0.2, (y0 + y1) / 2 - dx * 0.2
    return f"M{x0:.1f} {y0:.1f}Q{cx:.1f} {cy:.1f} {x1:.1f} {y1:.1f}"


def _draw(
    result: RouteMap,
    drawn: list[Leg],
    known: dict[str, Shape],
    *,
    chart_id: str,
    link: str | None,
    selected: str,
    height: int | None,
    region: str,
) -> SafeString:
    aspect = WIDTH / (height or HEIGHT)
    on_map = {c for g in drawn for c in (g.source, g.target)}
    if region in REGIONS:
        x, y, w, h = _region_box(region, aspect)
    else:
        x, y, w, h = _view_box(_main_countries(drawn), known, aspect)
    zoom = WIDTH / w  # widths are in screen-like units whatever the part shown
    top = max((g.cases for g in drawn), default=1)
    body = [
        f'<rect x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" fill="#eef4f9"/>',
        f'<g class="countries" stroke="#ffffff" stroke-width="{0.6 / zoom:.2f}" stroke-linejoin="round">',
    ]
    for code, shape in sorted(known.items()):
        if not shape.path:
            continue
        cases = result.countries.get(code, 0)
        fill = "#c9d3dd" if cases else "#dfe5ea"
        if code == selected:
            fill = "#8fa6bb"
        name = escape(country_name(code))
        label = f"{name}: {cases:,} case{'s' if cases != 1 else ''} on these routes" if cases else name
        path = f'<path d="{shape.path}" fill="{fill}" data-country="{code}"><title>{label}</title></path>'
        if link is not None and cases:
            href = escape(f"?{link}&country={quote(code)}" if link else f"?country={quote(code)}")
            path = f'<a href="{href}" aria-label="{label}: show only these">{path}</a>'
        body.append(path)
    body.append("</g>")
    # Arrowheads, one per colour.
    colours = [result.colour(o) for o in result.origins] + [OTHER_COLOUR]
    body.append("<defs>")
    for i, colour in enumerate(colours):
        body.append(
            f'<marker id="{chart_id}-arrow-{i}" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="2.2" '
            f'markerHeight="2.2" orient="auto-start-reverse">'
            f'<path d="M0 0L10 5L0 10z" fill="{colour}"/></marker>'
        )
    body.append("</defs>")
    body.append('<g class="flows" fill="none" stroke-linecap="round">')
    for leg in reversed(drawn):  # the largest on top
        colour = result.colour(leg.origin)
        width = (1.5 + 7 * leg.cases / top) / zoom
        marker = colours.index(colour)
        a, b = known[leg.source].point, known[leg.target].point
        title = (
            f"{escape(country_name(leg.source))} → {escape(country_name(leg.target))}: "
            f"{leg.cases:,} case{'s' if leg.cases != 1 else ''}, {leg.people:,} people "
            f"(fled {escape(country_name(leg.origin))})"
        )
        end = f' marker-end="url(#{chart_id}-arrow-{marker})"' if leg.final else ""
        body.append(
            f'<path class="flow" tabindex="0" d="{_curve(a, b)}" stroke="{colour}" '
            f'stroke-width="{width:.2f}" '
            f'stroke-opacity="{0.55 + 0.35 * leg.cases / top:.2f}"{end} data-origin="{leg.origin}">'
            f"<title>{title}</title></path>"
        )
    body.append("</g>")
    # Points where the routes stop, drawn last, and the names of the busiest.
    for code in sorted(on_map):
        px, py = known[code].point
        body.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="{2.2 / zoom:.2f}" fill="#14213d"/>')
    busiest = sorted(on_map, key=lambda c: (-result.countries.get(c, 0), c))
    size = 14 / zoom  # the larger of the desktop and phone sizes (app.css)
    placed: list[tuple[float, float, float, float]] = []
    for code in busiest:
        px, py = known[code].point
        if not (x <= px <= x + w and y <= py <= y + h):
            continue
        # A label that would overlap one already placed (a busier country's) is left out;
        # the country's name is in its title and in the table.
        box = (
            px + 4 / zoom,
            py - 4 / zoom - size,
            px + 4 / zoom + 0.6 * size * len(country_name(code)),
            py - 4 / zoom,
        )
        if box[2] > x + w or box[1] < y:
            continue  # it would run off the map's edge
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            continue
        if len(placed) == 16:
            break
        placed.append(box)
        body.append(
            f'<text x="{px + 4 / zoom:.1f}" y="{py - 4 / zoom:.1f}" fill="#14213d" '
            f'stroke="#ffffff" stroke-width="{3 / zoom:.2f}" paint-order="stroke">'
            f"{escape(country_name(code))}</text>"
        )
    biggest = (
        "; ".join(f"{country_name(g.source)} → {country_name(g.target)} {g.cases}" for g in drawn[:4])
        or "none"
    )
    description = (
        f"{len(drawn)} legs of the routes, as wide as their cases and coloured by the state the "
        f"people fled. Largest: {biggest}. The table after the map lists every leg."
    )
    # Safe: every text in `body` was escaped above; codes are from the atlas and the database.
    return mark_safe(  # noqa: S308
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x:.0f} {y:.0f} {w:.0f} {h:.0f}" width="100%" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" class="chart world-map" '
        f'style="--zoom: {zoom:.3f}" '
        f'font-family="system-ui, sans-serif">'
        f'<title id="{chart_id}-title">Routes on a world map</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>' + "".join(body) + "</svg>"
    )
