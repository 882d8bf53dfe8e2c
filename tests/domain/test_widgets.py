from cases.widgets import FastSelect


def test_fast_select_escapes_and_marks_the_selected_option():
    widget = FastSelect(choices=[("", "Any"), ("RU", "Russia"), ("X<", "<b>bad</b>")])
    html = widget.render("origin", "RU", attrs={"id": "f-origin"})
    assert html.startswith('<select name="origin" id="f-origin">') or 'name="origin"' in html
    assert '<option value="RU" selected>Russia</option>' in html
    assert "<b>" not in html and "&lt;b&gt;bad&lt;/b&gt;" in html and 'value="X&lt;"' in html
