# The review queue's partial index on pending proposals now covers what ranking the
# near-duplicate groups reads. Built concurrently before the old one is dropped.

from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations, models
from django.db.models import Q


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("cases", "0007_trigram_operator_cost"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="caseproposal",
            index=models.Index(
                fields=["-created_at"],
                include=["id", "article_id", "case_index", "overall_confidence"],
                condition=Q(status="pending"),
                name="proposal_queue_idx",
            ),
        ),
        RemoveIndexConcurrently(model_name="caseproposal", name="proposal_pending_idx"),
    ]
