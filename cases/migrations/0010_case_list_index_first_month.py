# The case list's covering index also carries first_month, so the monthly charts read the
# index alone. The new index is built concurrently under another name, the old one dropped
# concurrently, and the new one renamed: the list never goes without its index and writes
# are not blocked while it builds.

from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations, models

COLUMNS = [
    *("kind", "status", "origin", "destination", "transit", "earliest", "latest"),
    *("people_count", "reliability", "visibility", "first_month"),
]


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("cases", "0009_case_first_month"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="case",
            index=models.Index(fields=["-approved_at", "-id"], include=COLUMNS, name="case_list_idx_new"),
        ),
        RemoveIndexConcurrently(model_name="case", name="case_list_idx"),
        migrations.RenameIndex(model_name="case", new_name="case_list_idx", old_name="case_list_idx_new"),
    ]
