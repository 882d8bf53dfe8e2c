"""Template helpers for the research pages (tables beside charts, labels)."""

from __future__ import annotations

from typing import Any

from django import template

from cases import withholding
from cases.models import Role

register = template.Library()
_ROLE_LABELS = dict(Role.choices)


@register.filter
def role_label(value: str) -> str:
    return str(_ROLE_LABELS.get(value, value))


@register.filter
def get(mapping: dict, key: str) -> Any:
    return mapping.get(key, "") if isinstance(mapping, dict) else ""


@register.filter
def index(sequence, position: int) -> Any:
    try:
        return sequence[position]
    except (IndexError, TypeError, KeyError):
        return None


@register.filter
def withhold_names(text: str, names: list[str] | None) -> str:
    """The text with the case's names withheld, unless `names` is None (the user may see them)."""
    return withholding.text(text, names)


@register.filter
def withhold_url(url: str, names: list[str] | None) -> str:
    """A source URL as the user may see it: a name in its slug withholds the path."""
    return withholding.url(url, names)
