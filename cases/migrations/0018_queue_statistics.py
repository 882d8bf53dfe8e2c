from django.db import migrations

# The queue counts its groups exactly up to a bound and asks the planner past it. The
# planner takes status, group_head and language to be independent, and they are not (only
# pending proposals head a group): without statistics on the combination it estimated
# 2,100 groups among 100,000. A most-common-values list over the three gives it the real
# shares.
STATISTICS_SQL = """
CREATE STATISTICS IF NOT EXISTS proposal_queue_stats (mcv) ON status, group_head, language
FROM cases_caseproposal;
ANALYZE cases_caseproposal;
"""


class Migration(migrations.Migration):
    dependencies = [("cases", "0017_proposal_language")]

    operations = [
        migrations.RunSQL(STATISTICS_SQL, "DROP STATISTICS IF EXISTS proposal_queue_stats;"),
    ]
