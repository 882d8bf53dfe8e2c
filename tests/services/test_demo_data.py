from datetime import date

import pytest
from django.core.management import call_command

from cases.models import Article, Case, CaseEvent, CaseProposal, Source


@pytest.mark.django_db
def test_generated_demo_data_has_five_articles_per_case_and_every_proposal_state():
    call_command("generate_demo_data", cases=200, seed=1)
    assert Case.objects.count() == 200
    assert Article.objects.count() == 1000
    states = set(CaseProposal.objects.values_list("status", flat=True))
    assert states == {"approved", "merged", "rejected", "pending"}
    case = Case.objects.filter(approved_from__isnull=False).first()
    assert case is not None and case.sources.count() >= 2 and case.events.exists()
    # Every article comes from one of the demo's feeds, which are never polled.
    assert not Article.objects.filter(source__isnull=True).exists()
    assert Source.objects.count() == 60 and not Source.objects.filter(active=True).exists()
    # No event has happened after today.
    assert not CaseEvent.objects.filter(earliest__gt=date.today()).exists()
    # Sequences were moved past the copied ids, so ordinary inserts still work.
    call_command("generate_demo_data", cases=10, seed=2)
    assert Case.objects.count() == 210
