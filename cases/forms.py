from __future__ import annotations

import json

from django import forms

from cases.countries import country_choices
from cases.exceptions import InvalidInput
from cases.models import (
    Article,
    CaseProposal,
    CaseStatus,
    EventKind,
    Kind,
    Reliability,
    Role,
    Source,
    Visibility,
)
from cases.selectors.review import QueueFilters
from cases.validation import NEED_URL_OR_TEXT, clean_case_fields
from cases.widgets import FastSelect


class ArticleSubmitForm(forms.Form):
    url = forms.URLField(label="Article URL", required=False, max_length=2000, assume_scheme="https")
    title = forms.CharField(required=False, max_length=1000)
    text = forms.CharField(
        label="Article text",
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="Paste the text when the page cannot be fetched, or leave empty to fetch the URL.",
    )
    language = forms.CharField(
        required=False, max_length=12, help_text="Optional ISO 639-1 code, e.g. ru. Detected if empty."
    )
    published = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}), label="Publication date"
    )

    def clean(self):
        data = super().clean()
        if not data.get("url") and not data.get("text"):
            raise forms.ValidationError(NEED_URL_OR_TEXT)
        return data


def _country_field(label: str, required: bool = False) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        required=required,
        choices=[("", "—")] + [(c, f"{n} ({c})") for c, n in country_choices()],
        widget=FastSelect,
    )


PSEUDONYM_MARK = " (pseudonym)"


def split_pseudonyms(text: str) -> tuple[list[str], list[str]]:
    """Names one per line, and those of them marked "(pseudonym)", without the mark."""
    names, pseudonyms = [], []
    for line in text.splitlines():
        name = line.strip()
        if name.casefold().endswith(PSEUDONYM_MARK.strip()):
            name = name[: -len(PSEUDONYM_MARK.strip())].strip()
            pseudonyms.append(name)
        if name:
            names.append(name)
    return names, pseudonyms


class CaseFieldsForm(forms.Form):
    """Every GUIDELINES field, edited by a reviewer; cleaned by cases.validation."""

    # Passages the editor selected in the article, per field, as JSON offsets (review.js).
    evidence = forms.CharField(required=False, widget=forms.HiddenInput, max_length=20_000)

    def clean_evidence(self) -> dict:
        raw = self.cleaned_data.get("evidence") or ""
        if not raw.strip():
            return {}
        try:
            value = json.loads(raw)
        except ValueError:
            raise forms.ValidationError("The selected passages could not be read.") from None
        if not isinstance(value, dict):
            raise forms.ValidationError("The selected passages could not be read.")
        return value

    kind = forms.ChoiceField(choices=Kind.choices)
    people_count = forms.IntegerField(required=False, min_value=1, label="People count")
    names = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One per line, as written in the text. Mark a pseudonym: Bogdan (pseudonym).",
    )
    roles = forms.MultipleChoiceField(
        required=False, choices=Role.choices, widget=forms.CheckboxSelectMultiple
    )
    origin = _country_field("Origin (army left)", required=True)
    transit = forms.CharField(
        required=False,
        label="Transit countries, in order",
        help_text="ISO codes in travel order, e.g. KZ, TR.",
        # review.js turns this into an ordered list with add, remove and move buttons.
        widget=forms.TextInput(attrs={"data-transit-editor": "", "autocomplete": "off"}),
    )
    destination = _country_field("Destination")
    status = forms.ChoiceField(choices=CaseStatus.choices)
    summary = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    reliability = forms.ChoiceField(choices=Reliability.choices, initial=Reliability.UNKNOWN)
    visibility = forms.ChoiceField(choices=Visibility.choices, initial=Visibility.INTERNAL)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in EventKind.choices:
            self.fields[f"date_{key}"] = forms.CharField(
                required=False,
                label=label,
                max_length=40,
                help_text="As you would write it (summer 2023, 15 March 2023, März 2023) or EDTF "
                "(2023-22, 2022/2023, 2023?)",
                widget=forms.TextInput(attrs={"data-edtf": "", "autocomplete": "off", "spellcheck": "false"}),
            )

    @staticmethod
    def initial_from_fields(fields: dict, pseudonyms: list[str] = ()) -> dict:
        initial = {
            "kind": fields.get("kind"),
            "people_count": fields.get("people_count"),
            "names": "\n".join(
                n + (PSEUDONYM_MARK if n in pseudonyms else "") for n in fields.get("names") or []
            ),
            "roles": fields.get("roles") or [],
            "origin": fields.get("origin") or "",
            "transit": ", ".join(fields.get("transit") or []),
            "destination": fields.get("destination") or "",
            "status": fields.get("status"),
        }
        for key, value in (fields.get("dates") or {}).items():
            initial[f"date_{key}"] = value or ""
        return initial

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        names, self.pseudonyms = split_pseudonyms(data.get("names") or "")
        raw = {
            "kind": data.get("kind"),
            "people_count": data.get("people_count"),
            "names": names,
            "roles": data.get("roles") or [],
            "origin": data.get("origin") or None,
            "transit": [
                c.strip() for c in (data.get("transit") or "").replace(">", ",").split(",") if c.strip()
            ],
            "destination": data.get("destination") or None,
            "status": data.get("status"),
            "dates": {key: (data.get(f"date_{key}") or "").strip() or None for key in EventKind.values},
        }
        try:
            self.case_fields = clean_case_fields(raw)
        except InvalidInput as exc:
            for field, message in exc.details.items():
                name = field.replace("dates.", "date_")
                self.add_error(name if name in self.fields else None, message)
        return data


class RejectForm(forms.Form):
    reason = forms.ChoiceField(choices=CaseProposal.RejectReason.choices, widget=forms.RadioSelect)
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))


class DismissForm(forms.Form):
    reason = forms.ChoiceField(choices=Article.DismissReason.choices, widget=forms.RadioSelect)
    note = forms.CharField(required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2}))


class CaseEditForm(CaseFieldsForm):
    """The case fields as an editor changes them after approval, with a note for the history."""

    loaded_at = forms.DateTimeField(widget=forms.HiddenInput)
    note = forms.CharField(
        required=False, label="Note for the history", max_length=500, help_text="Why you changed the case."
    )

    @staticmethod
    def initial_from_case(snapshot: dict, loaded_at, pseudonyms: list[str] = ()) -> dict:
        initial = CaseFieldsForm.initial_from_fields(snapshot, pseudonyms)
        initial.update(
            summary=snapshot["summary"],
            reliability=snapshot["reliability"],
            visibility=snapshot["visibility"],
            loaded_at=loaded_at.isoformat(),
        )
        return initial


QUEUE_SORT_CHOICES = [
    ("newest", "Newest first"),
    ("oldest", "Oldest first"),
    ("confidence", "Most confident first"),
    ("low-confidence", "Least confident first"),
    ("published", "Recently published first"),
]


class QueueFilterForm(forms.Form):
    """The review queue's filters; every field is optional and a bad value is ignored."""

    language = forms.ChoiceField(required=False)
    source = forms.ModelChoiceField(
        queryset=Source.objects.order_by("name"), required=False, empty_label="Any"
    )
    min_confidence = forms.FloatField(
        required=False,
        min_value=0,
        max_value=1,
        label="Confidence ≥",
        widget=forms.NumberInput(attrs={"step": "0.1"}),
    )
    country = _country_field("Country on the route")
    published_from = forms.DateField(
        required=False, label="Published from", widget=forms.DateInput(attrs={"type": "date"})
    )
    published_to = forms.DateField(required=False, label="to", widget=forms.DateInput(attrs={"type": "date"}))
    sort = forms.ChoiceField(required=False, choices=QUEUE_SORT_CHOICES, label="Sort")

    def __init__(self, *args, languages: list[str] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", "Any")] + [(code, code) for code in languages]
        self.fields["country"].choices = [("", "Any"), *self.fields["country"].choices[1:]]

    def filters(self):
        data = self.cleaned_data if self.is_valid() else {}
        return QueueFilters(
            language=data.get("language") or "",
            source=data["source"].pk if data.get("source") else None,
            min_confidence=data.get("min_confidence"),
            country=data.get("country") or "",
            published_from=data.get("published_from"),
            published_to=data.get("published_to"),
            sort=data.get("sort") or "newest",
        )


class BulkForm(forms.Form):
    action = forms.ChoiceField(choices=[("approve", "Approve"), ("reject", "Reject")])
    reason = forms.ChoiceField(required=False, choices=[("", "—"), *CaseProposal.RejectReason.choices])
    note = forms.CharField(required=False, max_length=500)
