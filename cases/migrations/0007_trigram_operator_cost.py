# pg_trgm declares its similarity operators as cheap as `=` (COST 1), while each call
# compares two sets of trigrams. At 70,000 names the planner then prefers reading every
# name to the trigram index, and a name search takes 100 ms instead of 10. Declaring the
# real cost makes it choose the index. The extension's owner may change its functions; a
# database where the app's role may not keeps the default, with a notice, and still works.

from django.db import migrations

OPERATOR_FUNCTIONS = [
    "similarity_op",
    "word_similarity_op",
    "word_similarity_commutator_op",
    "strict_word_similarity_op",
    "strict_word_similarity_commutator_op",
]


def _alter(cost: int) -> str:
    statements = " ".join(f"ALTER FUNCTION {name}(text, text) COST {cost};" for name in OPERATOR_FUNCTIONS)
    return (
        "DO $$ BEGIN "
        f"{statements} "
        "EXCEPTION WHEN insufficient_privilege THEN "
        "RAISE NOTICE 'pg_trgm operator costs left unchanged: not the extension owner'; "
        "END $$;"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0006_case_list_covering_index"),
    ]

    operations = [migrations.RunSQL(_alter(100), reverse_sql=_alter(1))]
