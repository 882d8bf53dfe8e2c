"""Charts drawn on the server as SVG: no JavaScript, nothing fetched from the internet, and
each chart comes with the table it was drawn from as its text alternative.

Input rows come from the count selectors in cases.selectors.cases; every function returns
markup that is safe to put in a template (all text is escaped here).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from cases.countries import country_name
from cases.models import CaseStatus, Kind

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
KIND_COLOURS = {Kind.DESERTION: "#0072b2", Kind.DRAFT_EVASION: "#e69f00", Kind.DEFECTION: "#009e73"}
BAR_COLOUR = "#0b5cad"
NODE_COLOUR = "#14213d"
LINK_COLOUR = "#56b4e9"
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _svg(
    width: int, height: int, title: str, description: str, body: list[str], *, chart_id: str
) -> SafeString:
    # Safe: every text that reaches `body` or the title is passed through escape() here.
    return mark_safe(  # noqa: S308
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" class="chart" {FONT}>'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>' + "".join(body) + "</svg>"
    )


def _axis(value: float, *, ticks: int = 4) -> tuple[int, int]:
    """A whole-number axis step (1, 2, 5, 10, 20, ...) and the maximum it reaches at or above value."""
    value = max(1, int(value))
    scale = 1
    while True:
        for factor in (1, 2, 5):
            step = scale * factor
            if step * ticks >= value:
                return step, step * -(-value // step)
        scale *= 10


def _months_between(first: date, last: date) -> list[date]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@dataclass
class MonthTable:
    """The text alternative of the monthly chart: one row per month, a column per kind."""

    kinds: list[tuple[str, str]]
    rows: list[dict[str, Any]]


def monthly_table(rows: list[dict[str, Any]], *, metric: str) -> MonthTable:
    """Every month from the first to the last (empty months included), `metric` per kind."""
    kinds = [(k.value, k.label) for k in Kind]
    if not rows:
        return MonthTable(kinds=kinds, rows=[])
    values: dict[date, dict[str, int]] = defaultdict(dict)
    for row in rows:
        month = row["month"].date() if hasattr(row["month"], "date") else row["month"]
        values[month][row["kind"]] = row[metric]
    months = _months_between(min(values), max(values))
    table = []
    for month in months:
        by_kind = {k: values.get(month, {}).get(k, 0) for k, _ in kinds}
        table.append({"month": month, "by_kind": by_kind, "total": sum(by_kind.values())})
    return MonthTable(kinds=kinds, rows=table)


def monthly_chart(table: MonthTable, *, metric_label: str, chart_id: str) -> SafeString:
    """Stacked columns per month, one colour per kind."""
    width, height, left, right, top, bottom = 900, 280, 44, 12, 28, 44
    if not table.rows:
        return _empty_chart(f"{metric_label} per month", chart_id=chart_id)
    plot_w, plot_h = width - left - right, height - top - bottom
    step, peak = _axis(max(r["total"] for r in table.rows))
    slot = plot_w / len(table.rows)
    bar_w = min(48.0, max(1.0, slot * 0.8))  # a lone month is a column, not a wall
    body = []
    for value in range(0, peak + 1, step):  # horizontal grid lines and y labels
        y = top + plot_h - plot_h * value / peak
        body.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d0d7de"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#57606a">{value}</text>')
    label_every = max(1, round(len(table.rows) / 12))
    for index, row in enumerate(table.rows):
        x = left + index * slot + (slot - bar_w) / 2
        y = top + plot_h
        for kind, kind_label in table.kinds:
            value = row["by_kind"][kind]
            if not value:
                continue
            h = plot_h * value / peak
            y -= h
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{KIND_COLOURS[kind]}"><title>{row["month"]:%b %Y}: {value} '
                f"{escape(metric_label.lower())}, {escape(kind_label.lower())}</title></rect>"
            )
        if index % label_every == 0:
            cx = left + index * slot + slot / 2
            body.append(
                f'<text x="{cx:.1f}" y="{height - bottom + 16}" text-anchor="middle" fill="#57606a">'
                f"{row['month']:%b %Y}</text>"
            )
    legend_x = left
    for kind, kind_label in table.kinds:
        body.append(f'<rect x="{legend_x}" y="6" width="12" height="12" fill="{KIND_COLOURS[kind]}"/>')
        body.append(f'<text x="{legend_x + 16}" y="16">{escape(kind_label)}</text>')
        legend_x += 30 + 7 * len(kind_label)
    first, last = table.rows[0]["month"], table.rows[-1]["month"]
    total = sum(r["total"] for r in table.rows)
    return _svg(
        width,
        height,
        f"{metric_label} per month by kind",
        f"{total} {metric_label.lower()} from {first:%B %Y} to {last:%B %Y}, stacked by kind. "
        "The table after the chart lists every month.",
        body,
        chart_id=chart_id,
    )


def bar_chart(
    rows: list[dict[str, Any]], *, label: str, chart_id: str, limit: int = 15, names: dict | None = None
) -> SafeString:
    """Horizontal bars of cases per value, largest first; the rest summed as 'Other'."""
    if not rows:
        return _empty_chart(f"Cases by {label}", chart_id=chart_id)
    shown = rows[:limit]
    rest = sum(r["cases"] for r in rows[limit:])
    items = [(_value_label(r["value"], names), r["cases"]) for r in shown]
    if rest:
        items.append(("Other", rest))
    bar_h, gap, left, right, top = 22, 6, 170, 60, 8
    width = 560  # drawn at about its own size in a half-width column, so the text stays legible
    height = top * 2 + len(items) * (bar_h + gap)
    peak = max(count for _, count in items)
    plot_w = width - left - right
    body = []
    for index, (text, count) in enumerate(items):
        y = top + index * (bar_h + gap)
        w = max(1.0, plot_w * count / peak)
        body.append(
            f'<text x="{left - 8}" y="{y + bar_h * 0.7:.1f}" text-anchor="end">{escape(text[:28])}</text>'
        )
        body.append(
            f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{BAR_COLOUR}" rx="2">'
            f"<title>{escape(text)}: {count} cases</title></rect>"
        )
        body.append(f'<text x="{left + w + 6:.1f}" y="{y + bar_h * 0.7:.1f}">{count}</text>')
    top_text = ", ".join(f"{text} {count}" for text, count in items[:5])
    return _svg(
        width,
        height,
        f"Cases by {label}",
        f"Cases by {label}, largest first: {top_text}. The table after the chart lists all.",
        body,
        chart_id=chart_id,
    )


def _value_label(value: str | None, names: dict | None) -> str:
    if not value:
        return "Not reported"
    if names is not None:
        return str(names.get(value, value))
    return country_name(value)


STATUS_NAMES = dict(CaseStatus.choices)


@dataclass
class Flow:
    """One column-to-column link of the flow chart (origin → first transit → destination)."""

    source: tuple[int, str]
    target: tuple[int, str]
    cases: int


OTHER = "*"


def route_flows(routes: list[dict[str, Any]], *, per_column: int = 10) -> list[Flow]:
    """Links origin → first transit country (or 'direct') → destination (or 'unknown').

    Each column keeps its `per_column` largest countries; the rest become one 'Other'
    node, so that labels stay readable however many countries the filters leave.
    """
    columns: list[dict[str, int]] = [defaultdict(int), defaultdict(int), defaultdict(int)]
    paths = []
    for route in routes:
        path = (
            route["origin"] or "",
            route["transit"][0] if route["transit"] else "-",
            route["destination"] or "",
        )
        paths.append((path, route["cases"]))
        for column, code in enumerate(path):
            columns[column][code] += route["cases"]
    kept = [set(sorted(counts, key=lambda c: -counts[c])[:per_column]) for counts in columns]
    totals: dict[tuple[tuple[int, str], tuple[int, str]], int] = defaultdict(int)
    for path, cases in paths:
        origin, via, destination = ((i, code if code in kept[i] else OTHER) for i, code in enumerate(path))
        totals[(origin, via)] += cases
        totals[(via, destination)] += cases
    return [Flow(s, t, n) for (s, t), n in sorted(totals.items(), key=lambda item: -item[1])]


def _node_label(node: tuple[int, str]) -> str:
    column, code = node
    if code == OTHER:
        return "Other countries"
    if column == 1 and code == "-":
        return "Direct (no transit)"
    return country_name(code) if code else "Unknown"


def sankey_chart(flows: list[Flow], *, chart_id: str) -> SafeString:
    """Three columns of countries joined by bands as wide as the number of cases."""
    if not flows:
        return _empty_chart("Flows from origin through transit to destination", chart_id=chart_id)
    width, height, node_w, pad, top = 900, 420, 14, 10, 30
    columns: dict[int, dict[tuple[int, str], int]] = {0: {}, 1: {}, 2: {}}
    for flow in flows:
        # A node's size is the larger of what enters and what leaves it.
        for node in (flow.source, flow.target):
            columns[node[0]].setdefault(node, 0)
    inflow: dict[tuple[int, str], int] = defaultdict(int)
    outflow: dict[tuple[int, str], int] = defaultdict(int)
    for flow in flows:
        outflow[flow.source] += flow.cases
        inflow[flow.target] += flow.cases
    for nodes in columns.values():
        for node in nodes:
            nodes[node] = max(inflow[node], outflow[node])
    plot_h = height - top - 10
    scale = min(
        (plot_h - pad * (len(nodes) - 1)) / max(1, sum(nodes.values())) for nodes in columns.values() if nodes
    )
    xs = {0: 170, 1: width / 2 - node_w / 2, 2: width - 170 - node_w}
    position: dict[tuple[int, str], tuple[float, float]] = {}
    body = []
    for column, nodes in columns.items():
        y = top
        for node, size in sorted(nodes.items(), key=lambda item: -item[1]):
            h = max(2.0, size * scale)
            position[node] = (y, h)
            x = xs[column]
            text = _node_label(node)
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{node_w}" height="{h:.1f}" fill="{NODE_COLOUR}">'
                f"<title>{escape(text)}: {size} cases</title></rect>"
            )
            # Labels beside their node, never on it, with a white halo so that a band
            # passing behind does not blur them; a node too thin for its label leaves it to
            # the tooltip and to the routes table after the chart.
            anchor, tx = ("end", x - 6) if column == 0 else ("start", x + node_w + 6)
            if h >= 9 or len(nodes) <= 12:
                body.append(
                    f'<text x="{tx:.1f}" y="{y + h / 2 + 4:.1f}" text-anchor="{anchor}" paint-order="stroke" '
                    f'stroke="#fff" stroke-width="4" stroke-linejoin="round">{escape(text)} ({size})</text>'
                )
            y += h + pad
    out_offset: dict[tuple[int, str], float] = defaultdict(float)
    in_offset: dict[tuple[int, str], float] = defaultdict(float)
    links = []
    ordered = sorted(flows, key=lambda f: (f.source[0], position[f.source][0], position[f.target][0]))
    for flow in ordered:
        band = flow.cases * scale
        sy = position[flow.source][0] + out_offset[flow.source] + band / 2
        ty = position[flow.target][0] + in_offset[flow.target] + band / 2
        out_offset[flow.source] += band
        in_offset[flow.target] += band
        x0 = xs[flow.source[0]] + node_w
        x1 = xs[flow.target[0]]
        mid = (x0 + x1) / 2
        title = f"{_node_label(flow.source)} → {_node_label(flow.target)}: {flow.cases} cases"
        links.append(
            f'<path d="M{x0:.1f},{sy:.1f} C{mid:.1f},{sy:.1f} {mid:.1f},{ty:.1f} {x1:.1f},{ty:.1f}" '
            f'fill="none" stroke="{LINK_COLOUR}" stroke-opacity="0.55" stroke-width="{max(1.0, band):.1f}">'
            f"<title>{escape(title)}</title></path>"
        )
    for column, text in ((0, "Origin"), (1, "First transit country"), (2, "Destination")):
        anchor = "end" if column == 0 else "start" if column == 2 else "middle"
        x = xs[column] + (node_w if column == 2 else 0) + (node_w / 2 if column == 1 else 0)
        body.append(
            f'<text x="{x:.1f}" y="16" text-anchor="{anchor}" font-weight="600" fill="#57606a">{text}</text>'
        )
    biggest = ", ".join(f"{_node_label(f.source)} → {_node_label(f.target)} {f.cases}" for f in flows[:4])
    return _svg(
        width,
        height,
        "Flows from origin through the first transit country to destination",
        f"Bands as wide as the number of cases. Largest flows: {biggest}. "
        "The routes table after the chart lists every route in full.",
        links + body,
        chart_id=chart_id,
    )


def _empty_chart(title: str, *, chart_id: str) -> SafeString:
    return _svg(
        600,
        60,
        title,
        "No cases match the filters.",
        ['<text x="10" y="35" fill="#57606a">No cases match the filters.</text>'],
        chart_id=chart_id,
    )
