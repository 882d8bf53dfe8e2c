"""Withheld names: the one place that decides what a user without `cases.view_names` sees
of the people in a case, whatever field the names hide in.

A case's names are not only its current people. An editor may have replaced a real name by
a pseudonym at approval or later (the earlier value is in the history and the proposal);
the article may name a companion or a relative that the case does not record; and source
titles, passages and URLs repeat all of them. So the names withheld from a case are every
name known for it:

- the case's people, now and in every earlier value of its history;
- the names of every proposal approved or merged into it, as extracted and as reviewed;
- the people its source articles name, found by the extractor's person finder (high
  recall: anyone named like a person, in any role) and its sentence rules.

Every surface that shows article-derived text to a user without the permission (the case
page, its history, the API, the CSV writers, the search document) asks this module for the
withheld form: `text()` for free text, `url()` for a link, `names_for_case()` for the list.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from django.core.cache import cache

from cases import permissions
from cases.extraction.analysis import analyse
from cases.extraction.language import detect
from cases.extraction.people import find_people
from cases.extraction.segment import split
from cases.models import AuditEvent, CaseProposal
from cases.search import WITHHELD, redact_names

__all__ = [
    "WITHHELD",
    "article_names",
    "may_see_names",
    "names_for_case",
    "names_for_proposal",
    "proposal_data",
    "text",
    "url",
    "withheld_for",
]

# Article texts are fixed once stored; the names found in one are cached by its text.
_CACHE_SECONDS = 24 * 3600


def article_names(*, title: str, body: str, language: str | None) -> list[str]:
    """Everyone an article names like a person, in any role: high recall on purpose (a
    name shown to the wrong user is the one failure that cannot be undone)."""
    digest = hashlib.sha256("\x00".join((title or "", body or "", language or "")).encode()).hexdigest()
    key = f"withheld-names:v1:{digest}"
    found = cache.get(key)
    if found is None:
        found = _find_names(title, body, language)
        cache.set(key, found, _CACHE_SECONDS)
    return found


def _find_names(title: str, body: str, language: str | None) -> list[str]:
    lang, _ = detect(title, body, language)
    infos = [analyse(sentence, lang, None) for sentence in split(body or "", title or "")]
    names = [name.text for info in infos for name in info.names]
    names += [person.text for person in find_people(infos, lang, everyone=True)]
    return _distinct(names)


def _names_in(value) -> Iterable[str]:
    """Names inside an audit or proposal value: any "names" list, at any depth."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("names", "pseudonyms") and isinstance(item, list):
                yield from (n for n in item if isinstance(n, str))
            else:
                yield from _names_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _names_in(item)


def names_for_case(case) -> list[str]:
    """Every name known for `case`: see the module docstring."""
    names = [p.name for p in case.people.all()]
    proposals = list(CaseProposal.objects.filter(case=case).only("id", "fields", "reviewed_fields"))
    for proposal in proposals:
        names += _names_in(proposal.fields)
        names += _names_in(proposal.reviewed_fields)
    events = AuditEvent.objects.filter(object_type="case", object_id=case.pk).only("before", "after")
    proposal_events = AuditEvent.objects.filter(
        object_type="caseproposal", object_id__in=[p.id for p in proposals]
    ).only("before", "after")
    for event in [*events, *proposal_events]:
        names += _names_in(event.before)
        names += _names_in(event.after)
    for source in case.sources.all():
        names += _named_in(source.article)
    return _distinct(names)


def names_for_proposal(proposal) -> list[str]:
    """Every name known for a proposal: its fields as extracted and reviewed, and everyone
    its article names."""
    names = [*_names_in(proposal.fields), *_names_in(proposal.reviewed_fields)]
    return _distinct(names + _named_in(proposal.article))


def _named_in(article) -> list[str]:
    return article_names(title=article.title, body=article.text, language=article.language or None)


def _distinct(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n and n.strip()))


def proposal_data(data: dict, names: list[str]) -> dict:
    """A serialised proposal as a user without names may see it: names in its fields
    replaced by WITHHELD, and every passage, the title and the evidence withheld."""
    fields = dict(data.get("fields") or {})
    if isinstance(fields.get("names"), list):
        fields["names"] = [WITHHELD for _ in fields["names"]]
    data["fields"] = fields
    if "article_title" in data:
        data["article_title"] = text(data["article_title"], names)
    data["evidence"] = _withhold_all(data.get("evidence"), names)
    return data


def _withhold_all(value, names: list[str]):
    if isinstance(value, str):
        return text(value, names)
    if isinstance(value, list):
        return [_withhold_all(v, names) for v in value]
    if isinstance(value, dict):
        return {k: _withhold_all(v, names) for k, v in value.items()}
    return value


def may_see_names(user) -> bool:
    """Whether `user` sees people's names: the one question every surface asks here."""
    return user is not None and permissions.can_view_names(user)


def withheld_for(user, case) -> list[str] | None:
    """The names to withhold from `user` on `case`, or None when the user may see names."""
    if may_see_names(user):
        return None
    return names_for_case(case)


def text(value: str | None, names: list[str] | None) -> str:
    """`value` with the names withheld; unchanged when `names` is None (names allowed)."""
    if names is None:
        return value or ""
    return redact_names(value or "", names)


_SLUG_WORD = re.compile(r"[^\W_]+")


def url(value: str | None, names: list[str] | None) -> str:
    """A URL as it may be shown: with a name in its path or query ("/news/ivan-petrov-
    deserter"), only the site and "[name withheld]" for the rest; unchanged otherwise."""
    if not value or names is None:
        return value or ""
    parts = urlsplit(value)
    rest = unquote(f"{parts.path} {parts.query} {parts.fragment}")
    words = " ".join(_SLUG_WORD.findall(rest))
    if redact_names(words, names) == words:
        return value
    return f"{parts.scheme}://{parts.netloc}/{WITHHELD}" if parts.netloc else WITHHELD
