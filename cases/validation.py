"""Validation of case fields as GUIDELINES.md defines them, shared by forms, API and services."""

from __future__ import annotations

from typing import Any

from cases import edtf
from cases.countries import is_country
from cases.exceptions import InvalidInput
from cases.models import CaseStatus, EventKind, Kind, Reliability, Role, Visibility

# The one wording of the rule every way of submitting an article checks (form, API, service).
NEED_URL_OR_TEXT = "Give a URL, or a title and the article text."

DATE_KEYS = [choice.value for choice in EventKind]
FIELD_KEYS = [
    "kind", "people_count", "names", "roles", "origin", "transit", "destination", "status", "dates",
]  # fmt: skip


def _country(value: Any, field: str, errors: dict) -> str | None:
    if value in (None, ""):
        return None
    code = str(value).strip().upper()
    if not is_country(code):
        errors[field] = f"{value!r} is not an ISO 3166-1 alpha-2 country code"
        return None
    return code


# Bounds of the values a case holds: a group that acted together is never this large, and a
# name this long is not a name (Person.name holds 300 characters).
MAX_PEOPLE = 100_000
MAX_NAME = 300
MAX_NAMES = 50


def clean_case_fields(data: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Normalise and check proposed or edited case fields; raise InvalidInput listing every error.

    With partial=True only the keys present are checked and returned.
    """
    if not isinstance(data, dict):
        raise InvalidInput("case fields must be an object")
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    keys = [key for key in FIELD_KEYS if key in data] if partial else FIELD_KEYS

    for key in keys:
        value = data.get(key)
        if key == "kind":
            if value not in Kind.values:
                errors[key] = f"kind must be one of {', '.join(Kind.values)}"
            out[key] = value
        elif key == "people_count":
            if value in (None, ""):
                out[key] = None
            else:
                try:
                    count = int(value)
                except (TypeError, ValueError):
                    count = 0
                if count < 1 or str(value).strip() != str(count):
                    errors[key] = "people count must be a whole number of at least 1, or empty"
                elif count > MAX_PEOPLE:
                    limit = f"{MAX_PEOPLE:,}"
                    errors[key] = f"people count must be at most {limit}: larger figures are statistics"
                    count = 0
                out[key] = count
        elif key == "names":
            names = value or []
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                errors[key] = "names must be a list of strings"
                names = []
            out[key] = [n.strip() for n in names if n.strip()]
            if any(len(n) > MAX_NAME for n in out[key]):
                errors[key] = f"a name may have at most {MAX_NAME} characters"
            elif len(out[key]) > MAX_NAMES:
                errors[key] = f"at most {MAX_NAMES} names"
        elif key == "roles":
            roles = value or []
            bad = [r for r in roles if r not in Role.values] if isinstance(roles, list) else roles
            if bad:
                errors[key] = f"roles must be among {', '.join(Role.values)}"
            out[key] = [r for r in Role.values if isinstance(roles, list) and r in roles]
        elif key in ("origin", "destination"):
            out[key] = _country(value, key, errors)
        elif key == "transit":
            codes = []
            if value is not None and not isinstance(value, list):
                errors[key] = "transit must be a list of country codes"
                value = []
            for item in value or []:
                code = _country(item, key, errors)
                if code and code not in codes:
                    codes.append(code)
            out[key] = codes
        elif key == "status":
            if value not in CaseStatus.values:
                errors[key] = f"status must be one of {', '.join(CaseStatus.values)}"
            out[key] = value
        elif key == "dates":
            dates = value or {}
            if not isinstance(dates, dict):
                errors[key] = "dates must be an object"
                dates = {}
            unknown = set(dates) - set(DATE_KEYS)
            if unknown:
                errors[key] = f"unknown date keys: {', '.join(sorted(unknown))}"
            cleaned = {}
            for date_key in DATE_KEYS:
                raw = dates.get(date_key)
                if raw in (None, ""):
                    cleaned[date_key] = None
                    continue
                try:
                    # "summer 2023" or 2023-22, however it arrives: stored as EDTF.
                    cleaned[date_key] = edtf.read(str(raw))
                except edtf.EDTFError as exc:
                    errors[f"dates.{date_key}"] = str(exc)
                    cleaned[date_key] = str(raw).strip()
            out[key] = cleaned

    if not partial or ("transit" in out and ("origin" in out or "destination" in out)):
        # Transit never repeats the origin or the destination (GUIDELINES).
        ends = {out.get("origin"), out.get("destination")}
        out["transit"] = [code for code in out.get("transit", []) if code not in ends]
    if not partial and not out.get("origin") and "origin" not in errors:
        errors["origin"] = "origin is required: the state whose military service was left"
    if errors:
        raise InvalidInput("Some case fields are invalid.", details=errors)
    return out


def coerce_case_fields(data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Keep what is valid of machine-proposed fields, blank what is not, and say what was blanked.

    A proposal with a missing origin is still worth an editor's look; approval then
    insists on clean_case_fields.
    """
    empty: dict[str, Any] = {
        "kind": Kind.DESERTION.value, "people_count": None, "names": [], "roles": [],
        "origin": None, "transit": [], "destination": None, "status": CaseStatus.UNKNOWN.value,
        "dates": dict.fromkeys(DATE_KEYS),
    }  # fmt: skip
    out = dict(empty)
    problems: dict[str, str] = {}
    for key in FIELD_KEYS:
        if key not in data:
            continue
        try:
            out.update(clean_case_fields({key: data[key]}, partial=True))
        except InvalidInput as exc:
            problems.update(exc.details)
            if key == "dates" and isinstance(data[key], dict):
                out["dates"] = {
                    k: v if isinstance(v, str) and edtf.is_valid(v) else None
                    for k, v in ((k, data[key].get(k)) for k in DATE_KEYS)
                }
    ends = {out["origin"], out["destination"]}
    out["transit"] = [code for code in out["transit"] if code not in ends]
    return out, problems


def check_reason(reason: str, choices: list[str], note: str, *, action: str) -> None:
    """An editor's decision names one of `choices`, and says why when it is "other".

    Raises InvalidInput naming the field at fault.
    """
    if reason not in choices:
        raise InvalidInput(
            f"Choose a reason for {action}.", details={"reason": f"one of {', '.join(choices)}"}
        )
    if reason == "other" and not note.strip():
        raise InvalidInput("Say why, when the reason is 'other'.", details={"note": "required"})


def check_editorial(values: dict[str, Any]) -> None:
    """The reliability and visibility among `values`, when given, are known choices."""
    from_choices = {"reliability": Reliability.values, "visibility": Visibility.values}
    for key, choices in from_choices.items():
        if key in values and values[key] not in choices:
            raise InvalidInput(f"Unknown {key}.", details={key: values[key]})
