"""Saved searches: a researcher's named filter sets. The query is kept as the case list
wrote it, so the saved link and the shared link are the same URL."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from django.db import IntegrityError, transaction
from django.utils import timezone

from cases.exceptions import InvalidInput, NotFound
from cases.models import SavedSearch
from cases.services.audit import Actor

MAX_SAVED = 100
# Not part of what a search is: the page of results.
_NOT_SAVED = {"cursor", "page"}


def clean_query(query: str) -> str:
    """The query string without paging, in a stable order."""
    pairs = [(k, v) for k, v in parse_qsl(query or "", keep_blank_values=False) if k not in _NOT_SAVED]
    return urlencode(sorted(pairs))[:2000]


def search_save(*, actor: Actor, name: str, query: str) -> SavedSearch:
    """Save (or, under the same name, replace) a named search for `actor`.

    Side effects: one SavedSearch row; its seen_at is now, so nothing is "new" yet.
    Raises InvalidInput for an empty name or too many saved searches.
    """
    name = " ".join((name or "").split())[:120]
    if not name:
        raise InvalidInput("Give the search a name.", details={"name": "required"})
    query = clean_query(query)
    with transaction.atomic():
        existing = SavedSearch.objects.filter(user=actor, name=name).first()
        if existing is not None:
            existing.query, existing.seen_at = query, timezone.now()
            existing.save(update_fields=["query", "seen_at"])
            return existing
        if SavedSearch.objects.filter(user=actor).count() >= MAX_SAVED:
            raise InvalidInput(f"At most {MAX_SAVED} saved searches: delete one first.")
        try:
            return SavedSearch.objects.create(user=actor, name=name, query=query, seen_at=timezone.now())
        except IntegrityError:  # the same name saved twice at once
            return SavedSearch.objects.get(user=actor, name=name)


def search_open(*, actor: Actor, search_id: int) -> SavedSearch:
    """One's own saved search, marked as seen now (the count of new cases starts again)."""
    search = SavedSearch.objects.filter(pk=search_id, user=actor).first()
    if search is None:
        raise NotFound(f"saved search {search_id} does not exist")
    SavedSearch.objects.filter(pk=search.pk).update(seen_at=timezone.now())
    return search


def search_delete(*, actor: Actor, search_id: int) -> None:
    if not SavedSearch.objects.filter(pk=search_id, user=actor).delete()[0]:
        raise NotFound(f"saved search {search_id} does not exist")
