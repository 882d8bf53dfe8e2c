"""Form widgets that render fast.

Django renders every <option> of a select through a template; a filter form with four
250-country selects spent most of a case-list request there. FastSelect builds the same
HTML with escaped string formatting instead.
"""

from __future__ import annotations

from functools import lru_cache

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import escape
from django.utils.safestring import mark_safe


class FastSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, attrs)
        final_attrs["name"] = name
        if self.allow_multiple_selected:
            final_attrs["multiple"] = True
        raw = value if isinstance(value, (list, tuple)) else [value]
        choices = tuple(
            (value, tuple(label) if isinstance(label, list) else label) for value, label in self.choices
        )
        # Only fixed lists are kept: a model's choices change with its table.
        cached = not isinstance(self.choices, ModelChoiceIterator)
        options = _options_html(choices) if cached else _options_html.__wrapped__(choices)
        for chosen in dict.fromkeys(str(v) for v in raw if v is not None):
            tag = f'<option value="{escape(chosen)}">'
            options = options.replace(tag, f"{tag[:-1]} selected>", 1)
        return mark_safe(f"<select{flatatt(final_attrs)}>{options}</select>")  # noqa: S308 - escaped


@lru_cache(maxsize=64)
def _options_html(choices: tuple) -> str:
    """The <option>s of a choice list, none selected; the country lists are the same on every
    request, so they are built once."""
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
