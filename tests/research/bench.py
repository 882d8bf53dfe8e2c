"""Research benchmark: list pages deep into the case base, searches, charts, the map and a full CSV
export, on a throwaway test database filled with synthetic cases. Prints figures and
asserts nothing (a noisy machine must not fail it).

    DATABASE_URL=... DJANGO_DEBUG=true python -m tests.research.bench [cases]
"""

from __future__ import annotations

import datetime
import os
import random
import sys
import time
import tracemalloc


def main(total: int) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        run(total)
    finally:
        teardown_databases(old, verbosity=0)


def seed(total: int) -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.utils import timezone

    from cases.models import Case, Person
    from cases.search import document_text, name_key, place_names

    random.seed(1)
    routes = [("RU", ["KZ"], "FR"), ("RU", ["GE", "TR"], "DE"), ("RU", [], "FI"), ("UA", ["PL"], "DE"),
              ("BY", ["LT"], "LT"), ("RU", ["AM"], "US")]  # fmt: skip
    surnames = ["Petrov", "Smirnov", "Kuznetsov", "Jakowlew", "Orlov", "Сидоров", "Волков", "Avaliani"]
    now = timezone.now()
    editor = get_user_model().objects.create_user("bench-editor")
    batch = []
    for i in range(total):
        origin, transit, destination = random.choice(routes)
        first = datetime.date(2022, 1, 1) + datetime.timedelta(days=random.randint(0, 1200))
        summary = random.choice(["Fled across the border.", "Бежал через границу.", "Réfugié en France.", ""])
        batch.append(Case(
            kind=random.choice(["desertion", "draft_evasion", "defection"]),
            people_count=random.randint(1, 4), origin=origin, transit=transit, destination=destination,
            status=random.choice(["applied", "fled"]),
            summary=summary, approved_by=editor, approved_at=now - datetime.timedelta(minutes=i),
            earliest=first, latest=first + datetime.timedelta(days=60),
            search_text=document_text(summary=summary, places=place_names([origin, *transit, destination]),
                                      titles=[]),
        ))  # fmt: skip
    cases = Case.objects.bulk_create(batch, batch_size=5000)
    Person.objects.bulk_create(
        (
            Person(case=case, name=name, name_key=name_key(name))
            for case in cases
            for name in [f"Ivan {random.choice(surnames)}{random.randint(0, 999)}"]
        ),
        batch_size=5000,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def run(total: int) -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from cases.services.roles import roles_sync

    started = time.perf_counter()
    seed(total)
    print(f"seeded {total} cases in {time.perf_counter() - started:.1f} s")
    roles_sync()
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("bench-researcher")
    user.groups.add(Group.objects.get(name="researcher"))
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)

    def timed(label: str, url: str, **params) -> object:
        start = time.perf_counter()
        response = client.get(url, params)
        if getattr(response, "streaming", False):
            for _ in response.streaming_content:
                pass
        print(f"{(time.perf_counter() - start) * 1000:8.0f} ms  {label}")
        return response

    page = timed("case list, page 1", "/cases/")
    cursor = page.context["page"].next_cursor
    for number in range(2, 40):
        page = client.get("/cases/", {"cursor": cursor})
        cursor = page.context["page"].next_cursor
    timed("case list, page 40 (keyset)", "/cases/", cursor=cursor)
    timed("full-text search, broad (Россия)", "/cases/", q="Россия")
    timed("full-text search, narrow (réfugié Lithuania)", "/cases/", q="réfugié Lithuania")
    timed("name search across scripts (Авалиани)", "/cases/", name="Авалиани")
    timed("filters: transit + date range", "/cases/", transit="GE", date_from="2023", date_to="2023-06")
    timed("charts, all cases", "/cases/charts/")
    timed("map of routes, all cases", "/cases/map/")
    timed("map of routes, one country (Türkiye)", "/cases/map/", country="TR")
    timed("report by transit", "/cases/report-transit.csv")
    tracemalloc.start()
    timed(f"CSV export, {total} rows", "/cases/export.csv")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"CSV export peak Python memory: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
