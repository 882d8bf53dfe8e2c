import pytest
from django import forms

from cases.widgets import FastNumberInput, FastSelect, FastTextInput


def test_fast_select_escapes_and_marks_the_selected_option():
    widget = FastSelect(choices=[("", "Any"), ("RU", "Russia"), ("X<", "<b>bad</b>")])
    html = widget.render("origin", "RU", attrs={"id": "f-origin"})
    assert html.startswith('<select name="origin" id="f-origin">') or 'name="origin"' in html
    assert '<option value="RU" selected>Russia</option>' in html
    assert "<b>" not in html and "&lt;b&gt;bad&lt;/b&gt;" in html and 'value="X&lt;"' in html


@pytest.mark.parametrize("value", [None, "", "2023-08", 'a"<b>&', 5])
@pytest.mark.parametrize(
    ("fast", "django"), [(FastTextInput, forms.TextInput), (FastNumberInput, forms.NumberInput)]
)
def test_fast_inputs_render_what_django_renders(fast, django, value):
    attrs = {"id": "f-x", "min": 1, "required": True, "disabled": False, "placeholder": "a <b>"}
    assert fast(attrs=attrs).render("x", value) == django(attrs=attrs).render("x", value)


def test_a_fixed_select_builds_its_options_once_and_marks_the_chosen_one():
    calls = []

    class TransitSelect(FastSelect):
        @staticmethod
        def fixed():
            calls.append(1)
            return [("", "Any"), ("GE", "Georgia"), ("KZ", "Kazakhstan")]

    widget = TransitSelect()
    first = widget.render("transit", "KZ")
    second = widget.render("transit", "GE")
    assert '<option value="KZ" selected>Kazakhstan</option>' in first
    assert '<option value="GE" selected>Georgia</option>' in second and 'KZ" selected' not in second
    assert len(calls) == 1
