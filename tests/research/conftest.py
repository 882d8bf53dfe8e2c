"""Fixtures for the research side. Cases are made by `tests.factories.make_case`, through the
real approval service; users for every role come from tests/conftest.py."""

from __future__ import annotations

import pytest


@pytest.fixture
def public_view(settings):
    settings.TRACKER_PUBLIC_VIEW = True
    return settings
