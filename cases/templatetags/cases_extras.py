from functools import lru_cache
from html import escape

from django import forms, template
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.dates import MONTHS_3
from django.utils.safestring import mark_safe

from cases import edtf, search, worldmap
from cases.countries import country_name
from cases.models import CaseStatus, Kind

register = template.Library()


@register.simple_tag
def cached_url(name: str, *args) -> str:
    """`{% url name args %}`, remembered per process: the same name and arguments always
    give the same path. Every page's top bar and the case list's export links use it;
    reversing them took as long as the rest of the top bar."""
    return _reversed(get_script_prefix(), get_urlconf(), name, args)


@lru_cache(maxsize=1024)
def _reversed(prefix: str, urlconf, name: str, args: tuple) -> str:
    return reverse(name, urlconf=urlconf, args=args)


@register.filter
def country(code: str) -> str:
    return country_name(code)


@register.filter
def edtf_describe(value: str) -> str:
    return edtf.describe(value)


def _abbr(code: str, *, unknown: str = "") -> str:
    title = country_name(code) or unknown
    return f'<abbr title="{escape(title)}">{escape(code or "?")}</abbr>'


@register.simple_tag
def case_rows(rows, *, show_names: bool, public: bool = False) -> str:
    """The case list's table rows, of case_keyset_page's rows.

    The list is the page researchers load most, and rendering 50 rows through the template
    engine took longer than all of its queries; this builds the same escaped HTML directly.
    """
    # What every row looks up, once per page: month names ("Mar 2023", as the date filter's
    # "M Y" gives), choice labels, and the case URL around a placeholder id.
    months = {m: str(label).title() for m, label in MONTHS_3.items()}
    kinds = {value: escape(str(label)) for value, label in Kind.choices}
    statuses = {value: escape(str(label)) for value, label in CaseStatus.choices}
    placeholder = "2147483647"
    url = escape(cached_url("public-case-detail" if public else "case-detail", int(placeholder)))
    url_head, url_tail = url.split(placeholder)
    abbrs: dict[tuple[str, str], str] = {}
    badges: dict[str, str] = {}

    def month(value) -> str:
        return f"{months[value.month]} {value.year}"

    def abbr(code: str, unknown: str = "") -> str:
        html = abbrs.get((code, unknown))
        if html is None:
            html = abbrs[code, unknown] = _abbr(code, unknown=unknown)
        return html

    def badge(status: str) -> str:
        html = badges.get(status)
        if html is None:
            shown = escape(status)
            html = badges[status] = (
                f'<span class="badge badge-{shown}">{statuses.get(status) or shown}</span>'
            )
        return html

    parts = []
    for case in rows:
        names = ""
        if show_names:
            names = "".join(f"<br><small>{escape(name)}</small>" for name in case.names)
        route = " → ".join([abbr(case.origin), *map(abbr, case.transit), abbr(case.destination, "unknown")])
        dates = month(case.earliest) if case.earliest else "—"
        if case.latest and (not case.earliest or month(case.latest) != dates):
            dates += f" – {month(case.latest)}"
        parts.append(
            f'<tr><td><a href="{url_head}{case.id}{url_tail}">#{case.id}</a>{names}</td>'
            f"<td>{kinds.get(case.kind) or escape(case.kind)}</td>"
            f"<td>{case.people_count or '—'}</td>"
            f'<td class="route-cell">{route}</td>'
            f"<td>{badge(case.status)}</td>"
            f"<td>{dates}</td></tr>"
        )
    return mark_safe("\n".join(parts))  # noqa: S308 - every value above is escaped


@register.simple_tag
def filter_fields(form, *, skip: str = "") -> str:
    """Each field of a filter form but those named in `skip`: label, widget, help and errors.

    The list page renders this form on every request; built here it costs a fraction of
    the template loop it replaces. A text field's help (the date formats, say) is shown and
    named by the field's aria-describedby; a select's help is for the API documentation
    only. A field with errors is marked aria-invalid and described by its errors.
    """
    skipped = set(skip.split())
    parts = []
    for field in form:
        if field.name in skipped:
            continue
        widget = field.field.widget
        attrs = {"id": field.auto_id}
        described_by = []
        help_html = ""
        if field.help_text and not isinstance(widget, forms.Select):
            described_by.append(f"{field.auto_id}_helptext")
            help_html = f'<small class="help" id="{described_by[-1]}">{escape(str(field.help_text))}</small>'
        errors = ""
        if field.errors:
            attrs["aria-invalid"] = "true"
            described_by.append(f"{field.auto_id}_errors")
            errors = "".join(f"<span>{escape(str(error))}</span>" for error in field.errors)
            errors = f'<small class="error" id="{described_by[-1]}">{errors}</small>'
        if described_by:
            attrs["aria-describedby"] = " ".join(described_by)
        parts.append(
            f'<div class="field{" has-error" if errors else ""}">'
            f'<label for="{escape(field.id_for_label)}">{escape(str(field.label))}</label>'
            f"{widget.render(field.html_name, field.value(), attrs=attrs)}{help_html}{errors}</div>"
        )
    return mark_safe("\n".join(parts))  # noqa: S308 - labels, help and errors are escaped, widgets escape


@register.filter
def thousands(value) -> str:
    """12345 as "12,345": counts in the tens of thousands are read at a glance."""
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return value


@register.filter
def message_actions(message) -> dict:
    """What a message links to, from its extra tags: `case:12` (open the case), `undo:34`
    (undo the approval of proposal 34, for a few minutes)."""
    actions = {}
    for tag in (getattr(message, "extra_tags", "") or "").split():
        key, _, value = tag.partition(":")
        if key in ("case", "undo") and value.isdigit():
            actions[key] = int(value)
    return actions


@register.filter
def people_with_aliases(people) -> list[tuple]:
    """A case's people, each once, with their other spellings (cases.search)."""
    return search.people_with_aliases(people)


@register.simple_tag
def case_route_map(case):
    """The case's own route on the world map (empty when it names fewer than two countries)."""
    route = {
        "origin": case.origin,
        "transit": case.transit,
        "destination": case.destination,
        "cases": 1,
        "people": case.people_count or 0,
    }
    drawn = worldmap.route_map([route], chart_id=f"case-{case.pk}-map", link=None)
    return drawn.svg if drawn.legs else ""
