"""Fixtures for the research side: cases made through the real approval service, and users
for every role, including a researcher who may not see names."""

from __future__ import annotations

import pytest

from cases.services.proposals import proposal_approve
from tests.factories import CASE_FIELDS, make_article, make_proposal

NO_DATES = {"deserted": None, "left_origin": None, "arrived": None, "applied": None, "decided": None,
            "returned": None}  # fmt: skip


def make_case(
    *,
    reviewer,
    summary: str = "",
    visibility: str = "internal",
    reliability: str = "unknown",
    article: dict | None = None,
    **fields,
):
    """An approved case with one source article, written by proposal_approve like in production."""
    values = {**CASE_FIELDS, **fields}
    values["dates"] = (
        {**NO_DATES, **(fields.get("dates") or {})} if "dates" in fields else CASE_FIELDS["dates"]
    )
    proposal = make_proposal(make_article(**(article or {})), fields=values)
    return proposal_approve(
        proposal_id=proposal.pk,
        reviewer=reviewer,
        summary=summary,
        visibility=visibility,
        reliability=reliability,
    )


@pytest.fixture
def public_view(settings):
    settings.TRACKER_PUBLIC_VIEW = True
    return settings
