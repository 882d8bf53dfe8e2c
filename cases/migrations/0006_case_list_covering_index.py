# The case list's index now covers every filter on the case row (see Case.Meta.indexes).
# Built concurrently, before the index it replaces is dropped, so a live list never loses
# its index and writes are not blocked while it builds.

from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("cases", "0005_article_created_index"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="case",
            index=models.Index(
                fields=["-approved_at", "-id"],
                include=[
                    *("kind", "status", "origin", "destination", "transit", "earliest", "latest"),
                    *("people_count", "reliability", "visibility"),
                ],
                name="case_list_idx",
            ),
        ),
        RemoveIndexConcurrently(model_name="case", name="case_approved_idx"),
    ]
