# The month of a case's first event, when that event is known to the month (see
# cases.edtf.first_month), for the monthly charts. Existing cases are filled in from their
# events: the month of the earliest start, when an event starting then also ends in that
# month.

from django.db import migrations, models

BACKFILL = """
UPDATE cases_case c SET first_month = date_trunc('month', c.earliest)::date
WHERE c.earliest IS NOT NULL AND EXISTS (
    SELECT 1 FROM cases_caseevent e
    WHERE e.case_id = c.id AND e.earliest = c.earliest
      AND date_trunc('month', e.latest) = date_trunc('month', e.earliest)
)
"""


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0008_proposal_queue_covering_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="case",
            name="first_month",
            field=models.DateField(blank=True, null=True),
        ),
        migrations.RunSQL(BACKFILL, reverse_sql=migrations.RunSQL.noop),
    ]
