"""Form widgets that render fast.

Django renders every widget, and every <option> of a select, through a template; the case
list's filter form, with four 250-country selects, spent most of a request there. These
widgets build the same HTML with escaped string formatting instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from django import forms
from django.utils.html import escape
from django.utils.safestring import mark_safe


def _attrs(attrs: dict) -> str:
    """HTML attributes in order, as Django's attrs.html writes them: True as a bare name,
    False left out."""
    return "".join(
        f" {name}" if value is True else f' {name}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class FastInput(forms.widgets.Input):
    """An <input>, the same HTML as Django's template gives."""

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, attrs)
        value = self.format_value(value)
        shown = "" if value is None else f' value="{escape(value)}"'
        html = f'<input type="{self.input_type}" name="{escape(name)}"{shown}{_attrs(final_attrs)}>'
        return mark_safe(html)  # noqa: S308 - every value is escaped


class FastTextInput(FastInput, forms.TextInput):
    pass


class FastNumberInput(FastInput, forms.NumberInput):
    pass


class FastSelect(forms.Select):
    """A <select> built in Python.

    A subclass whose choices are the same on every call, such as the list of countries,
    sets `fixed` to a function returning them (the empty choice included): their HTML is
    then built once per process, without iterating the field's choices on each request.
    """

    fixed: Callable[[], Iterable] | None = None

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, attrs)
        final_attrs["name"] = name
        if self.allow_multiple_selected:
            final_attrs["multiple"] = True
        raw = value if isinstance(value, (list, tuple)) else [value]
        if self.fixed is not None:
            options = _fixed_options_html(type(self).fixed)
        else:
            # Keyed by the choices themselves, so a model's choices read afresh on each
            # request are built again only when they have changed.
            options = _options_html(_frozen(self.choices))
        for chosen in dict.fromkeys(str(v) for v in raw if v is not None):
            tag = f'<option value="{escape(chosen)}">'
            options = options.replace(tag, f"{tag[:-1]} selected>", 1)
        return mark_safe(f"<select{_attrs(final_attrs)}>{options}</select>")  # noqa: S308 - escaped


def _frozen(choices) -> tuple:
    return tuple((value, tuple(label) if isinstance(label, list) else label) for value, label in choices)


@lru_cache(maxsize=16)
def _fixed_options_html(fixed: Callable[[], Iterable]) -> str:
    return _options_html.__wrapped__(_frozen(fixed()))


@lru_cache(maxsize=64)
def _options_html(choices: tuple) -> str:
    """The <option>s of a choice list, none selected."""
    parts = []
    for option_value, option_label in choices:
        if isinstance(option_label, (list, tuple)):  # an optgroup
            parts.append(f'<optgroup label="{escape(option_value)}">')
            parts.extend(_option(v, label) for v, label in option_label)
            parts.append("</optgroup>")
        else:
            parts.append(_option(option_value, option_label))
    return "".join(parts)


def _option(value, label) -> str:
    value = "" if value is None else str(value)
    return f'<option value="{escape(value)}">{escape(label)}</option>'
