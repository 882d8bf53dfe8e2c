"""Screens (screen.py): a screen may let through a sentence its regex does not match, never
turn down one it matches. Folding must agree with the regex engine's IGNORECASE for every
character, and the clauses with the regexes they stand for.

Every sentence here is invented for the test, or made of the lexicons' own words.
"""

import re
import sys

import pytest

from cases.extraction import screen
from cases.extraction.analysis import CUES, status_rules
from cases.extraction.dates import _DIGIT, _maybe_dated, _undated
from cases.extraction.names import _patterns, _screens
from cases.extraction.places import gazetteer
from cases.extraction.rules import FULL_LANGUAGES, PARTIAL_LANGUAGES, compiled
from cases.extraction.screen import Folded, Screen, fold, fragment

_sre = pytest.importorskip("_sre")
_casefix = pytest.importorskip("re._casefix")

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def test_fold_is_the_engines_lower_casing_for_every_character():
    # One character for one, and the engine's own: its lower case, then one per set of
    # characters its table holds equal.
    folded = fold(_ALL)
    assert len(folded) == len(_ALL)
    fixes = _casefix._EXTRA_CASES
    for ch, out in zip(_ALL, folded):
        lower = _sre.unicode_tolower(ord(ch))
        assert ord(out) == min((lower, *fixes.get(lower, ()))), hex(ord(ch))


def test_fold_agrees_with_ignorecase_on_the_lexicons_letters():
    letters = set()
    for lang in FULL_LANGUAGES + PARTIAL_LANGUAGES:
        for part in compiled(lang).parts:
            letters.update(ch for v in vars(part).values() if isinstance(v, str) for ch in v)
    bmp = _ALL[: 0x10000 - 0x800]  # the Basic Multilingual Plane, without surrogates
    for letter in sorted(ch for ch in letters if ch.lower() != ch.upper()):
        for m in re.finditer(re.escape(letter), bmp, re.IGNORECASE):
            assert fold(m.group(0)) == fold(letter), (letter, m.group(0))


@pytest.mark.parametrize(
    ("pattern", "clauses"),
    [
        ("(?:the )?unit", [{"unit"}]),
        # The parser makes "ed|er" "e[dr]": a class, which ends the literal.
        ("desert(?:ed|er)|awol", [{"deserte", "awol"}]),
        (r"fled \w+ to (?:the )?border", [{"fled "}, {" to border", " to the border"}]),
        (r"(?<=army )left(?!\w)", [{"left"}]),
        (r"[a-z]+|x", []),  # one alternative holds no literal: no screen
        (r"(?:ab)*c", [{"c"}]),
        (r"(?:ab)+c", [{"ab"}, {"c"}]),
        ("İSTANBUL", [{"istanbul"}]),
    ],
)
def test_clauses(pattern, clauses):
    assert sorted(map(set, fragment(pattern, re.IGNORECASE)), key=sorted) == sorted(clauses, key=sorted)


def test_a_screen_passes_what_ignorecase_matches():
    s = Screen(fragment("istanbul|ıspanya|σοφία", re.IGNORECASE))
    for text in ("in İstanbul", "İSTANBUL", "ISPANYA", "ıspanya", "ΣΟΦΊΑ", "σοφία"):
        assert re.search("istanbul|ıspanya|σοφία", text, re.IGNORECASE)
        assert s.may_match(Folded(text)), text
    assert not s.may_match(Folded("in Ankara"))


def _texts(lang: str) -> list[str]:
    """The words of the language's own lexicon fragments as text, in pieces: many of its
    cues match them."""
    part = compiled(lang).parts[0]
    words = " ".join(v for v in vars(part).values() if isinstance(v, str))
    words += " " + " ".join(part.roles.values())
    plain = re.sub(r"\\[wdsb]|[\\()|?*+\[\]{}^$]", " ", words)
    out = ["Ivan, 30, left the army in May and fled abroad."]
    for text in (plain, plain.upper(), plain.replace("i", "ı")):
        out += [text[i : i + 300] for i in range(0, len(text), 300)]
    return out


# Latin, Cyrillic, Turkish, partial languages, other scripts and one without spaces.
@pytest.mark.parametrize("lang", ["en", "ru", "de", "tr", "pl", "kk", "ka", "ar", "ja"])
def test_no_screen_turns_down_a_match(lang):
    cl, rules = compiled(lang), status_rules(lang)
    patterns = [(getattr(cl, n), cl.screen(n)) for n in CUES if getattr(cl, n) is not None]
    patterns += [(p, rules.screens[s]) for s, p in rules.patterns if p is not None]
    patterns += [(p, cl.role_screen(r)) for r, p in cl.roles.items()]
    patterns += list(zip(_patterns(lang)[0], _screens(lang)))
    gaz = gazetteer(lang)
    matched = 0
    for sentence in _texts(lang):
        for pattern, s in patterns:
            if pattern.search(sentence):
                matched += 1
                assert s.may_match(screen.folded(sentence)), (pattern.pattern[:60], sentence)
        if gaz.names.search(sentence):
            assert gaz.names_screen.may_match(screen.folded(sentence, False))
        if gaz.demonyms.search(sentence):
            assert gaz.demonyms_screen.may_match(screen.folded(sentence))
        if _maybe_dated(lang).search(sentence) and not _DIGIT.search(sentence):
            assert _undated(lang).may_match(screen.folded(sentence))
    assert matched > 0


def test_screens_turn_down_sentences_without_cues():
    cl = compiled("en")
    plain = screen.folded("Officials declined to comment on the matter.")
    assert not cl.screen("desert").may_match(plain)
    assert not cl.screen("asylum").may_match(plain)
    assert not status_rules("en").screens["granted"].may_match(plain)
