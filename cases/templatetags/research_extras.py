"""Template helpers for the research pages (tables beside charts, labels)."""

from __future__ import annotations

from typing import Any

from django import template

from cases.models import Role
from cases.search import redact_names

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
    if names is None:
        return text
    return redact_names(text or "", names)
