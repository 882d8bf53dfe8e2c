"""A cheap test that a rule's regex cannot match a sentence, to skip running it.

Most cue, name, date and place regexes find nothing in most sentences, yet a
case-insensitive alternation behind a lookbehind costs the engine a try at every position.
From the parse tree of a lexicon fragment we take the literal strings any match must
contain, as clauses (a match holds one string of every clause); a sentence that holds no
string of some clause cannot match, and the regex is not run. Where the tree gives nothing
certain there is no clause and the regex always runs, so a screen never changes a result.
Merged lexicons are screened from their parts' fragments (rules.Compiled.clauses), which
keeps parsing out of start-up.

Case: strings and sentences are compared after `fold`, which maps all the characters that
the regex engine's IGNORECASE takes as one to the same character.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import product

try:  # the engine's parser, and its table of characters equal under IGNORECASE beyond lower()
    import re._constants as _sre_constants
    import re._parser as _sre_parse
    from re._casefix import _EXTRA_CASES
except ImportError:  # another Python: no clauses, so every regex runs
    _sre_parse = None
    _EXTRA_CASES = {}

Clauses = tuple[frozenset[str], ...]  # every clause holds; () holds for any text

# One character for each set of characters equal under IGNORECASE: "ı" is "i", "ς" is "σ".
# The smallest of a set, so that ASCII text folds by lower() alone.
_FOLD = {code: min(code, *others) for code, others in _EXTRA_CASES.items() if min(code, *others) != code}
# A finite part of a regex ("(?:the )?unit") is spelled out up to this many strings.
_SPELL = 64
# Clauses of a branch are distributed over its alternatives up to this many.
_DISTRIBUTE = 16
# Sentences are indexed by substrings of this length, the clauses' strings by one of theirs.
_GRAM = 4


def fold(text: str) -> str:
    """`text` with one character per IGNORECASE class, as long as `text`: str.lower() is
    the engine's lower-casing for every character but "İ" (which it makes two)."""
    if text.isascii():
        return text.lower()
    return text.replace("İ", "i").lower().translate(_FOLD)


def _minimal(words: set[str]) -> frozenset[str]:
    """The clause of the few strings a finite part spells, without those that contain
    another ("the unit" holds "unit")."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _rarity(clause: frozenset[str]) -> float:
    """A rough guess at how often some string of the clause occurs in a sentence (lower
    is rarer): many strings, or short ones, occur often."""
    return len(clause) * 20.0 ** -min(min(map(len, clause)), 6)


def _simplest(clauses) -> Clauses:
    """Without empty clauses (unknown) and those a smaller clause implies, rarest first."""
    found = {c for c in clauses if c and "" not in c}
    if len(found) < 2:
        return tuple(found)
    return tuple(sorted((c for c in found if not any(o < c for o in found)), key=_rarity))


def all_of(*parts: Clauses) -> Clauses:
    """Clauses of a regex that matches all of `parts` (in a sequence, or near each other)."""
    return _simplest(c for part in parts for c in part)


def any_of(alternatives: list[Clauses]) -> Clauses:
    """Clauses of an alternation: (A and B) or (C and D) is (A or C) and (A or D) and ...,
    distributed over the rarest clauses of each alternative."""
    if not alternatives or any(not alt for alt in alternatives):
        return ()
    width = 1  # the rarest `width` clauses of every alternative take part
    while any(len(alt) > width for alt in alternatives):
        size = 1
        for alt in alternatives:
            size *= min(len(alt), width + 1)
        if size > _DISTRIBUTE:
            break
        width += 1
    combos = product(*(alt[:width] for alt in alternatives))
    return _simplest(frozenset().union(*combo) for combo in combos)


class _Tree:
    """Literal requirements of a parse tree (re._parser)."""

    def __init__(self) -> None:
        c = _sre_constants
        self.literal, self.branch, self.subpattern = c.LITERAL, c.BRANCH, c.SUBPATTERN
        self.repeats = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}
        self.atomic = c.ATOMIC_GROUP

    def spell(self, op, av) -> set[str] | None:
        """Every string one item can match, if they are few; else None."""
        if op is self.literal:
            return {chr(av)}
        if op is self.subpattern:
            return self.spell_all(av[3])
        if op is self.branch:
            out: set[str] = set()
            for alt in av[1]:
                spelled = self.spell_all(alt)
                if spelled is None or len(out) + len(spelled) > _SPELL:
                    return None
                out |= spelled
            return out
        if op in self.repeats and av[0] == 0 and av[1] == 1:
            body = self.spell_all(av[2])
            return None if body is None else body | {""}
        return None  # classes, assertions, other repeats: too many or unknown

    def spell_all(self, seq) -> set[str] | None:
        out = {""}
        for op, av in seq:
            part = self.spell(op, av)
            if part is None or len(out) * len(part) > _SPELL:
                return None
            out = {a + b for a in out for b in part}
        return out

    def need(self, seq) -> Clauses:
        """Clauses that every match of the sequence `seq` satisfies."""
        clauses: list[Clauses] = []
        run: set[str] = {""}  # the strings of the consecutive items spelled out so far
        for op, av in seq:
            spelled = self.spell(op, av)
            if spelled is not None and len(run) * len(spelled) <= _SPELL:
                run = {a + b for a in run for b in spelled}
                continue
            clauses.append((_minimal(run),))
            run = {""}
            if spelled is not None:
                run = spelled
            elif op is self.subpattern:
                clauses.append(self.need(av[3]))
            elif op is self.atomic:
                clauses.append(self.need(av))
            elif op in self.repeats and av[0] >= 1:
                clauses.append(self.need(av[2]))
            elif op is self.branch:
                clauses.append(any_of([self.need(alt) for alt in av[1]]))
            # Anything else (a class, an assertion, an optional part) holds nothing sure.
        clauses.append((_minimal(run),))
        return all_of(*clauses)


@lru_cache(maxsize=4096)
def fragment(pattern: str, flags: int = 0) -> Clauses:
    """Clauses of a regex (a lexicon fragment); () where it cannot say."""
    if not pattern or _sre_parse is None:
        return ()
    try:
        tree = _sre_parse.parse(pattern, flags)
    except Exception:  # anything unexpected: no clauses, the regex runs
        return ()
    return _simplest(frozenset(fold(w) for w in clause) for clause in _Tree().need(tree))


class Folded:
    """A sentence as screens read it: folded (unless `folding` is False, for the strings of
    a case-sensitive regex), with the set of its substrings of `_GRAM` characters."""

    __slots__ = ("grams", "text")

    def __init__(self, text: str, folding: bool = True) -> None:
        t = fold(text) if folding else text
        self.text = t
        self.grams = {t[i : i + _GRAM] for i in range(len(t) - _GRAM + 1)}


# The last sentence read, folded and as it is: the cue, name, date and place rules read
# one sentence in turn.
_LAST: dict[bool, tuple[str, Folded]] = {True: ("", Folded("")), False: ("", Folded("", False))}


def folded(text: str, folding: bool = True) -> Folded:
    """`Folded(text, folding)`, made once for the rules that read the same sentence."""
    last = _LAST[folding]
    if last[0] == text:
        return last[1]
    found = Folded(text, folding)
    _LAST[folding] = (text, found)
    return found


# A clause as a screen tests it: see Screen.__init__.
_Test = tuple[frozenset[str], tuple[str, ...], frozenset[str], dict[str, tuple[str, ...]]]


class Screen:
    """`may_match(sentence)` is False only where the regex of `clauses` cannot match."""

    __slots__ = ("_tests",)

    def __init__(self, clauses: Clauses) -> None:
        # Per clause: the strings of one gram (found in the sentence's set), the shorter
        # ones (searched for), and the longer ones by their first gram, searched for only
        # in a sentence that holds the gram.
        self._tests: list[_Test] = []
        for clause in clauses:
            longer: dict[str, list[str]] = {}
            for word in clause:
                if len(word) > _GRAM:
                    longer.setdefault(word[:_GRAM], []).append(word)
            self._tests.append(
                (
                    frozenset(w for w in clause if len(w) == _GRAM),
                    tuple(w for w in clause if len(w) < _GRAM),
                    frozenset(longer),
                    {g: tuple(ws) for g, ws in longer.items()},
                )
            )

    def may_match(self, sentence: Folded) -> bool:
        text, grams = sentence.text, sentence.grams
        for exact, short, starts, longer in self._tests:
            if not exact.isdisjoint(grams) or _found(short, text):
                continue
            if not any(_found(longer[g], text) for g in starts.intersection(grams)):
                return False
        return True


def _found(words: tuple[str, ...], text: str) -> bool:
    """Some of `words` is in `text` (a loop: cheaper than any() on a generator)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def any_word(words: Iterable[str], folding: bool = True) -> Screen:
    """The screen of a regex that holds one of the literal `words` (escaped) in every
    match. `folding`: the regex ignores case."""
    if folding and _sre_parse is None:
        return Screen(())  # without the engine's table, folding is not sure
    return Screen(_simplest([frozenset(fold(w) if folding else w for w in words)]))
