"""One definition of the case filters, shared by the case pages, the charts, the CSV exports
and the API, so that a shared URL means the same set of cases everywhere.

Whether a filter may look at names depends on the user: a user without the view_names
permission (and the public view) cannot search by name, so names cannot be probed.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import ClassVar

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.forms.utils import ErrorDict, ErrorList
from django.http import QueryDict
from django_filters.fields import ModelChoiceField, ModelChoiceIterator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from cases import edtf, withholding
from cases.countries import country_choices
from cases.models import (
    Article,
    Case,
    CaseProposal,
    CaseSource,
    CaseStatus,
    Kind,
    Person,
    Reliability,
    Source,
)
from cases.search import DocumentVector, document_query, name_key
from cases.widgets import FastNumberInput, FastSelect, FastTextInput

# Country and language codes are short; a longer value is a mistake, not a search.
_COUNTRY_HELP = "ISO 3166-1 alpha-2 code, e.g. RU"
ANY = "Any"


class CountrySelect(FastSelect):
    @staticmethod
    def fixed() -> list[tuple[str, str]]:
        return [("", ANY), *country_choices()]


def _edtf_bound(value: str, *, end: bool) -> date:
    """A range end given as a day, a month, a year or any EDTF value: its first or last day."""
    try:
        bounds = edtf.parse(edtf.read(value))
    except edtf.EDTFError as error:
        raise forms.ValidationError(str(error)) from None
    day = bounds.latest if end else bounds.earliest
    if day is None:
        raise forms.ValidationError("Give a date such as 2023, 2023-08 or 2023-08-17.")
    return day


class EDTFBoundField(forms.CharField):
    widget = FastTextInput

    def __init__(self, *args, end: bool = False, **kwargs):
        self.end = end
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return _edtf_bound(value, end=self.end) if value else None


@extend_schema_field(OpenApiTypes.STR)
class EDTFBoundFilter(django_filters.Filter):
    field_class = EDTFBoundField


class SourceChoices(ModelChoiceIterator):
    """The sources as (id, name), in one plain query. Django's iterator() opens a server-side
    cursor on PostgreSQL (declare, fetch, close: three round trips) and builds a model per
    source, for what is a list of a few dozen names."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.queryset.values_list("pk", "name")


class SourceChoiceField(ModelChoiceField):
    iterator = SourceChoices


@extend_schema_field(OpenApiTypes.INT)
class SourceIdFilter(django_filters.ModelChoiceFilter):
    """A source by id; filtered through the case's articles."""

    field_class = SourceChoiceField


class AnyChoiceFilter(django_filters.ChoiceFilter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("empty_label", ANY)
        kwargs.setdefault("widget", FastSelect)
        super().__init__(*args, **kwargs)


class CountryFilter(AnyChoiceFilter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", country_choices)
        kwargs.setdefault("widget", CountrySelect)
        kwargs.setdefault("help_text", _COUNTRY_HELP)
        super().__init__(*args, **kwargs)


def names_matching(text: str) -> QuerySet[Person]:
    """People whose name is like `text` in any script or spelling (pg_trgm word similarity)."""
    key = name_key(text)
    if not key:
        return Person.objects.none()
    # name_key %> key uses the GIN trigram index; word similarity lets 'Avaliani' match
    # 'Giorgi Avaliani'. Only the key is compared: OR-ing in the raw name makes the
    # planner give up the index (measured: 0.9 ms with the key alone, 230 ms with both).
    return Person.objects.filter(name_key__trigram_word_similar=key)


def passes_through(code: str) -> Q:
    """Any transit country is `code`: transit @> ARRAY[code], served by the GIN index (on
    the cases and on the route tally alike)."""
    return Q(transit__contains=[code])


def on_route(code: str) -> Q:
    """`code` is the origin, a transit country or the destination: three indexed
    conditions OR-ed by a bitmap."""
    return Q(origin=code) | Q(destination=code) | passes_through(code)


def names_spelled(text: str) -> QuerySet[Person]:
    """People whose name has `text`'s words as they are (after folding): the exact matches
    among names_matching's near spellings, which a name search shows first."""
    key = name_key(text)
    if not key:
        return Person.objects.none()
    return names_matching(text).filter(name_key__regex=rf"(^|\s){re.escape(key)}(\s|$)")


def query_without(data, *keys: str) -> str:
    """The query string of `data` (a QueryDict or a plain dict) minus `keys`, for links that
    change only those: a chip that removes its filter, a page that drops the cursor."""
    query = data.copy() if isinstance(data, QueryDict) else QueryDict(mutable=True)
    if not isinstance(data, QueryDict):
        query.update(data)
    for key in keys:
        query.pop(key, None)
    return query.urlencode()


# A branch of the search with up to this many cases is read first and given as a list.
_LISTED = 2000


def _listed(ids: QuerySet):
    """The case ids of a search branch as a list when there are few (they usually are: a
    name, a source title), so that PostgreSQL knows how many rows the search matches; to
    an OR of subqueries it gives half the table ("about 760,000" where 26,000 match).
    Many: the subquery, as it is."""
    found = list(ids.order_by().values_list("case_id", flat=True)[: _LISTED + 1])
    return ids if len(found) > _LISTED else sorted(set(found))


class CaseFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_q",
        label="Search",
        help_text="Words in summaries, places and source titles, in any language; names if you may see them.",
    )
    name = django_filters.CharFilter(
        method="filter_name", label="Name", help_text="A name in any script or spelling."
    )
    kind = AnyChoiceFilter(choices=Kind.choices)
    status = AnyChoiceFilter(choices=CaseStatus.choices)
    origin = CountryFilter()
    transit = CountryFilter(method="filter_transit", label="Transit", help_text="Any transit country")
    destination = CountryFilter()
    country = CountryFilter(
        method="filter_country",
        label="Country on the route",
        help_text="Origin, any transit country or destination",
    )
    date_from = EDTFBoundFilter(
        method="filter_date_from", label="From", help_text="Events on or after: 2023, 2023-08, 2023-08-17"
    )
    date_to = EDTFBoundFilter(
        method="filter_date_to",
        label="To",
        help_text="Events on or before: 2024, 2024-03, 2024-03-31",
        end=True,  # "to 2024" means to the end of 2024
    )
    people_min = django_filters.NumberFilter(
        field_name="people_count", lookup_expr="gte", label="People from", min_value=1, widget=FastNumberInput
    )
    people_max = django_filters.NumberFilter(
        field_name="people_count", lookup_expr="lte", label="People to", min_value=1, widget=FastNumberInput
    )
    language = django_filters.CharFilter(
        method="filter_language",
        label="Language",
        max_length=12,
        help_text="Of a source, e.g. ru",
        widget=FastTextInput,
    )
    source = SourceIdFilter(
        queryset=Source.objects.order_by("name"),
        method="filter_source",
        label="Source",
        empty_label=ANY,
        widget=FastSelect,
    )
    reliability = AnyChoiceFilter(choices=Reliability.choices)

    class Meta:
        model = Case
        fields: list[str] = []

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, public: bool = False):
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.public = public  # the public view offers no name or text search at all
        self.names_allowed = not public and request is not None and withholding.may_see_names(request.user)
        if public:
            # The public view shows no summaries, passages or source titles, which may hold
            # names; searching them would reveal what the page hides.
            for key in ("q", "name", "source", "language"):
                del self.filters[key]
        elif not self.names_allowed:
            # Not shown, not accepted: a name search would tell who is in the case base.
            del self.filters["name"]
            self.filters["q"].extra["help_text"] = "Words in summaries, places and source titles."

    NAMES_FORBIDDEN = "Searching by name needs the permission to see names."

    def _forbidden(self) -> dict[str, list[str]]:
        """A name search from who may not see names is answered, not silently dropped."""
        if (
            not self.public
            and not self.names_allowed
            and self.data
            and str(self.data.get("name") or "").strip()
        ):
            return {"name": [self.NAMES_FORBIDDEN]}
        return {}

    def is_valid(self) -> bool:
        return not self._forbidden() and super().is_valid()

    @property
    def errors(self) -> ErrorDict:
        errors = ErrorDict(super().errors)
        for key, messages in self._forbidden().items():
            errors[key] = ErrorList(messages)
        return errors

    # Form classes by variant: which filters the user has, and the search's help text.
    _form_classes: ClassVar[dict[tuple, type]] = {}

    def get_form_class(self):
        """The form class for this user's filters, built once per variant per process.

        django-filter builds a field per filter and a new form class on every request;
        the fields are the same for every user of a variant, and each form copies them.
        """
        help_text = self.filters["q"].extra.get("help_text") if "q" in self.filters else None
        key = (type(self), tuple(self.filters), help_text)
        form_class = self._form_classes.get(key)
        if form_class is None:
            form_class = self._form_classes[key] = super().get_form_class()
        return form_class

    def filter_q(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        # The other branches are id lists found through their own index (the article
        # titles' GIN, the names' trigram GIN): OR-ing the lists, not the conditions,
        # keeps PostgreSQL from computing a title's tsvector for every case.
        query = document_query(value)
        # The stored document is a column: a condition on it lets PostgreSQL walk the list
        # in its order and stop at a page of matches, where an id list must be built whole
        # first (26,000 matches for "desertion France" in a million cases: 13 ms, not 290).
        match = Q(search_vector=query)
        if self.names_allowed:
            # Source titles as they are (they may name people), straight from the articles,
            # so sources linked after the case was written are found too. Users who may not
            # see names search the stored document, where the case's names are withheld.
            titles = Article.objects.alias(document=DocumentVector("title")).filter(document=query)
            for ids in (
                CaseSource.objects.filter(article__in=titles.values("pk")).values("case_id"),
                names_matching(value).values("case_id"),
            ):
                match |= Q(pk__in=_listed(ids))
        return queryset.filter(match)

    def filter_name(self, queryset, name, value):
        if not value.strip() or not self.names_allowed:
            return queryset
        return queryset.filter(pk__in=names_matching(value).values("case_id"))

    def filter_transit(self, queryset, name, value):
        return queryset.filter(passes_through(value))

    def filter_country(self, queryset, name, value: str):
        return queryset.filter(on_route(value))

    # A case's events span [earliest, latest]; it overlaps the range [from, to] when it
    # ends on or after `from` and starts on or before `to`. Undated cases never overlap.
    def filter_date_from(self, queryset, name, value):
        return queryset.filter(latest__gte=value)

    def filter_date_to(self, queryset, name, value):
        return queryset.filter(earliest__lte=value)

    def filter_language(self, queryset, name, value):
        value = value.strip().lower()
        if not value:
            return queryset
        return queryset.filter(
            Exists(CaseSource.objects.filter(case=OuterRef("pk"), article__language__iexact=value))
        )

    def filter_source(self, queryset, name, value):
        return queryset.filter(Exists(CaseSource.objects.filter(case=OuterRef("pk"), article__source=value)))

    def applied_labels(self) -> list[tuple[str, str, str]]:
        """(filter label, value as shown, the query without it) for each applied filter: the
        chips above the results, each of which removes its own filter."""
        out = []
        for key, value in self.applied().items():
            field = self.form.fields[key]
            shown = value
            if hasattr(field, "choices"):
                shown = str(dict((str(k), v) for k, v in field.choices).get(value, value))
            out.append((str(self.form[key].label), shown, query_without(self.data, key, "cursor")))
        return out

    def applied(self) -> dict[str, str]:
        """The valid, non-empty filters, as strings: for export logs and links."""
        if not self.is_valid():
            return {}
        out = {}
        for key in self.filters:
            raw = self.data.get(key)
            if raw not in (None, "") and key in self.form.cleaned_data:
                out[key] = str(raw)
        return out


class _PerRequestFilters(dict):
    """A FilterSet's filters, as django-filter copies them for each request.

    django-filter deep-copies every filter for every FilterSet it makes, which took a
    tenth of a case-list request. A request changes only a filter's own attributes (its
    parent, its model) and its options (the search's help text): a shallow copy of each,
    with its own options and its method bound to the copy, is all it needs.
    """

    def __deepcopy__(self, memo):
        copies = {}
        for name, base in self.items():
            clone = copy.copy(base)
            clone.extra = dict(base.extra)
            if base.method is not None:
                clone.method = base.method  # binds a new FilterMethod to the clone
            copies[name] = clone
        return copies


CaseFilter.base_filters = _PerRequestFilters(CaseFilter.base_filters)


class ArticleFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=Article.Status.choices)
    language = django_filters.CharFilter(field_name="language", lookup_expr="iexact", max_length=12)
    source = django_filters.ModelChoiceFilter(queryset=Source.objects.all())
    published_from = django_filters.DateFilter(field_name="published", lookup_expr="gte")
    published_to = django_filters.DateFilter(field_name="published", lookup_expr="lte")

    class Meta:
        model = Article
        fields: list[str] = []


class ProposalFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=CaseProposal.Status.choices)
    article = django_filters.NumberFilter(field_name="article_id", min_value=1)

    class Meta:
        model = CaseProposal
        fields: list[str] = []


class SourceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Source.Kind.choices)
    active = django_filters.BooleanFilter()
    reliability = django_filters.ChoiceFilter(choices=Reliability.choices)

    class Meta:
        model = Source
        fields: list[str] = []
