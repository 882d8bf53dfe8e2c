"""Sentence splitting with exact offsets, and page furniture."""

from cases.extraction.segment import split

PAGE = """News | World | Europe | Opinion | Podcasts
We use cookies to improve your experience
By Jane Roe | Vilnius

A Belarusian private crossed into Latvia on Sunday, officials said. He asked for asylum.

Read also:
• Latvia extends border emergency
Inside the border towns that took in Belarus's reluctant soldiers and their families
"""


def test_offsets_index_into_the_text() -> None:
    for sentence in split(PAGE):
        assert PAGE[sentence.start : sentence.end] == sentence.text


def test_menus_bylines_and_link_lists_are_furniture() -> None:
    kept = [s.text for s in split(PAGE) if not s.furniture]
    assert kept == ["A Belarusian private crossed into Latvia on Sunday, officials said.",
                    "He asked for asylum."]  # fmt: skip


def test_initials_and_abbreviations_do_not_end_sentences() -> None:
    text = "Piotr Z. left on Monday. Dr. Brown said so."
    assert [s.text for s in split(text)] == ["Piotr Z. left on Monday.", "Dr. Brown said so."]


def test_hard_wrapped_lines_are_one_paragraph() -> None:
    text = "A soldier who left his unit\nin May crossed the border. He hid."
    sentences = split(text)
    assert sentences[0].text.startswith("A soldier") and sentences[0].text.endswith("border.")
    assert {s.paragraph for s in sentences} == {0}


def test_title_comes_first_and_is_marked() -> None:
    sentences = split("Body text here.", "A title")
    assert sentences[0].in_title and sentences[0].text == "A title"


def test_japanese_sentences_split_on_ideographic_full_stop() -> None:
    assert len(split("兵士が脱走した。彼は国境を越えた。")) == 2


def test_a_short_line_with_a_bar_is_page_furniture() -> None:
    sentences = split("Share | Comments (27)\n\nThe soldier crossed the border in May.", "")
    assert [s.furniture for s in sentences] == [True, False]


def test_the_headline_printed_again_over_the_story_is_furniture() -> None:
    title = 'Seferberlikten kaçan Rus asker İstanbul\'da sığınma istedi: "Geri dönersem 15 yıl yatarım"'
    text = "Ana Sayfa | Gündem | Dünya\n" + title + "\nRus asker Kirill, 29, İstanbul'da başvurdu."
    sentences = split(text, title)
    repeated = [s for s in sentences if not s.in_title and s.text == title]
    assert repeated and all(s.furniture for s in repeated)
