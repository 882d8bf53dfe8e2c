"""Generate a realistic case base for benchmarks and demos, fast, with PostgreSQL COPY.

    manage.py generate_demo_data --cases 100000

Each case gets five articles: the one it was approved from, one merged into it, one
rejected, one still pending review (for a tenth of the cases; the rest are merged too)
and one found irrelevant, so proposals exist in every state. The articles come from 60
sources, five outlets in each of twelve languages, as a deployment following news in a
dozen languages would have; the sources are inactive, so nothing ever polls their invented
addresses. All names are invented.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import Max
from psycopg.types.json import Jsonb

from cases import edtf
from cases.models import Article, Case, CaseEvent, CaseProposal, CaseSource, Person, Source
from cases.search import document_text, name_key, place_names

ROUTES = [
    # (origin, weight, transit options, destination options)
    ("RU", 60, [["KZ"], ["GE"], ["AM"], ["KZ", "TR"], ["GE", "TR"], ["MN"], ["AM", "TR"], []],
     ["FR", "DE", "ES", "KZ", "GE", "AM", "TR", "US", "NL", "IT", "AR", "KR", "LT", "BR"]),
    ("UA", 12, [["MD"], ["RO"], ["PL"], ["HU"], ["SK"], []], ["RO", "MD", "PL", "DE", "AT", "PT", "CZ"]),
    ("BY", 8, [["PL"], ["LT"], ["LV"], []], ["LT", "PL", "DE", "UA", "LV"]),
    ("MM", 6, [["TH"], []], ["IN", "TH", "MY"]),
    ("ER", 6, [["SD"], ["ET"], ["SD", "LY"], []], ["SD", "ET", "IT", "DE", "IL"]),
    ("SY", 5, [["TR"], ["LB"], []], ["DE", "TR", "SE", "NL"]),
    ("KP", 3, [["CN"], ["CN", "LA"], []], ["KR"]),
]  # fmt: skip
FIRST = ["Ivan", "Vitali", "Dmitri", "Artem", "Fedor", "Sergei", "Nikolai", "Andriy", "Yaroslav", "Yuri",
         "Yaromir", "Kirill", "Ali", "Omar", "Min", "Aung", "Tesfay", "Dawit", "Jin", "Alexei",
         "Иван", "Павел", "Дмитрий", "Ростислав", "Олег", "Святослав", "Никита", "Богдан"]  # fmt: skip
LAST = ["Kovalenko", "Sidorov", "Morozov", "Volkov", "Lebedev", "Petrenko", "Shevchuk", "Gavrilov",
        "Avaliani", "Haile", "Tun", "Kim", "Haddad", "Orlov", "Zaitsev", "Belov", "Ткаченко",
        "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов"]  # fmt: skip
KIND_WEIGHTS = [("desertion", 55), ("draft_evasion", 38), ("defection", 7)]
STATUS_WEIGHTS = [("applied", 25), ("fled", 20), ("granted", 12), ("refused", 10), ("detained", 10),
                  ("visa_granted", 8), ("returned", 6), ("unknown", 7), ("deceased", 2)]  # fmt: skip
ROLES = ["conscript", "contract", "mobilised", "officer", "mercenary"]
LANGS = ["ru", "en", "uk", "de", "fr", "es", "it", "pl", "tr", "kk", "hy", "ka"]
RELIABILITY = ["high", "reliable", "fair", "low", "unknown"]


def _weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


FIRST_DAY = date(2022, 2, 24)


def _month(rng: random.Random, start: date) -> tuple[date, str]:
    day = start + timedelta(days=rng.randint(0, 40))
    return day, f"{day.year}-{day.month:02d}"


class Command(BaseCommand):
    help = "Generate N realistic cases with five articles each and proposals in every state."

    def add_arguments(self, parser):
        parser.add_argument("--cases", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument("--batch", type=int, default=20000)

    def handle(self, *args, cases: int, seed: int, batch: int, **options):
        rng = random.Random(seed)
        User = get_user_model()
        reviewer, _ = User.objects.get_or_create(username="demo-reviewer")
        started = time.monotonic()
        sources = self._sources(rng)
        done = 0
        while done < cases:
            n = min(batch, cases - done)
            with transaction.atomic():
                self._batch(rng, n, reviewer.pk, sources)
            done += n
            self.stderr.write(f"\r{done:,}/{cases:,} cases", ending="")
        with connection.cursor() as cursor:
            for model in (Article, CaseProposal, Case, Person, CaseEvent, CaseSource):
                table = model._meta.db_table
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
                )
            # Statistics for the planner and, outside a transaction, the visibility map that
            # lets the case list read its covering index alone (autovacuum would do both later).
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        elapsed = time.monotonic() - started
        self.stderr.write("")
        self.stdout.write(
            f"generated {cases:,} cases, {cases * 5:,} articles in {elapsed:.1f} s "
            f"({cases / elapsed:,.0f} cases/s)"
        )

    @staticmethod
    def _sources(rng: random.Random) -> dict[tuple[int, str], int]:
        """The demo's feeds, by (outlet, language): made once, then reused."""
        ids = {}
        for k in range(5):
            for lang in LANGS:
                source, _ = Source.objects.get_or_create(
                    url=f"https://news{k}.example.org/{lang}/feed.xml",
                    defaults={"name": f"News {k} ({lang})", "language": lang, "active": False,
                              "reliability": rng.choice(RELIABILITY)},
                )  # fmt: skip
                ids[k, lang] = source.pk
        return ids

    def _batch(
        self, rng: random.Random, n: int, reviewer_id: int, sources: dict[tuple[int, str], int]
    ) -> None:
        def next_id(model):
            return (model.objects.aggregate(m=Max("id"))["m"] or 0) + 1

        article_id, proposal_id, case_id = next_id(Article), next_id(CaseProposal), next_id(Case)
        person_id, event_id, source_id = next_id(Person), next_id(CaseEvent), next_id(CaseSource)
        now = datetime.now(UTC)
        rows: dict[str, list[tuple]] = {
            k: [] for k in ("article", "proposal", "case", "person", "event", "source")
        }
        route_weights = [(r, r[1]) for r in ROUTES]
        # A case's events follow its first one by up to about 300 days; none lies in the future.
        span = max(0, (now.date() - timedelta(days=330) - FIRST_DAY).days)
        for i in range(n):
            origin, _, transits, destinations = _weighted(rng, route_weights)
            transit = list(rng.choice(transits))
            destination = rng.choice([d for d in destinations if d not in transit and d != origin])
            kind = _weighted(rng, KIND_WEIGHTS)
            status = _weighted(rng, STATUS_WEIGHTS)
            count = 1 if rng.random() < 0.8 else rng.randint(2, 12)
            names = [] if rng.random() < 0.3 else [f"{rng.choice(FIRST)} {rng.choice(LAST)}"]
            roles = rng.sample(ROLES, rng.choice([0, 1, 1, 1, 2]))
            lang = rng.choice(LANGS)
            base = FIRST_DAY + timedelta(days=rng.randint(0, span))
            deserted_day, deserted = _month(rng, base)
            left_day, left = _month(rng, deserted_day)
            arrived_day, arrived = _month(rng, left_day)
            dates = {"deserted": deserted if rng.random() < 0.8 else str(deserted_day.year),
                     "left_origin": left, "arrived": arrived if rng.random() < 0.6 else None,
                     "applied": None, "decided": None, "returned": None}  # fmt: skip
            if status in ("applied", "granted", "refused", "visa_granted", "detained"):
                dates["applied"] = _month(rng, arrived_day)[1]
            if status in ("granted", "refused", "visa_granted"):
                dates["decided"] = _month(rng, arrived_day + timedelta(days=120))[1]
            if status == "returned":
                dates["returned"] = _month(rng, arrived_day + timedelta(days=60))[1]
            fields = {"kind": kind, "people_count": count, "names": names, "roles": roles,
                      "origin": origin, "transit": transit, "destination": destination,
                      "status": status, "dates": dates}  # fmt: skip
            approved_at = datetime.combine(
                arrived_day + timedelta(days=rng.randint(1, 90)), datetime.min.time(), UTC
            )
            approved_at = min(approved_at, now) - timedelta(seconds=rng.randint(0, 86400))
            cid = case_id + i
            place = destination
            bounds = [edtf.parse(v) for v in dates.values() if v]
            rows["case"].append({
                "id": cid, "kind": kind, "people_count": count, "roles": roles, "origin": origin,
                "transit": transit, "destination": destination, "status": status,
                "summary": f"{kind.replace('_', ' ').capitalize()} from {origin} to {place}.",
                "reliability": rng.choice(RELIABILITY),
                "visibility": "public" if rng.random() < 0.2 else "internal",
                "approved_by_id": reviewer_id, "approved_at": approved_at,
                "earliest": min(b.earliest for b in bounds), "latest": max(b.latest for b in bounds),
                "first_month": edtf.first_month(bounds),
                "created_at": approved_at, "updated_at": approved_at,
            })  # fmt: skip
            summary = rows["case"][-1]["summary"]
            title_text = f"Case {cid}: {kind.replace('_', ' ')} from {origin} to {destination}"
            rows["case"][-1]["search_text"] = document_text(
                summary=summary, places=place_names([origin, *transit, destination]),
                titles=[title_text], names=names,
            )  # fmt: skip
            for name in names:
                rows["person"].append(
                    {"id": person_id, "case_id": cid, "name": name, "name_key": name_key(name)}
                )
                person_id += 1
            for key, value in dates.items():
                if value:
                    b = edtf.parse(value)
                    rows["event"].append({"id": event_id, "case_id": cid, "kind": key, "edtf": value,
                                          "earliest": b.earliest, "latest": b.latest})  # fmt: skip
                    event_id += 1
            # Five articles: approved, merged, rejected, pending-or-merged, irrelevant.
            states = ["approved", "merged", "rejected", "pending" if rng.random() < 0.1 else "merged", None]
            for k, state in enumerate(states):
                aid = article_id + i * 5 + k
                url = f"https://news{k}.example.org/{lang}/{cid}"
                title = f"Case {cid}: {fields['kind'].replace('_', ' ')} from {origin} to {destination}"
                who = names[0] if names else "A serviceman"
                via = ", ".join(transit) or "the border"
                text = f"{title}. {who} left {origin} via {via} and reached {destination}."
                rows["article"].append({
                    "id": aid, "url": url, "canonical_url": url, "title": title,
                    "source_id": sources[k, lang],
                    "publisher": f"news{k}.example.org", "published": approved_at.date(), "language": lang,
                    "language_confidence": 0.99, "text": text, "content_hash": f"{aid:064x}",
                    "status": "extracted" if state else "irrelevant", "extractor_version": "demo-1",
                    "created_at": approved_at, "updated_at": approved_at,
                })  # fmt: skip
                if state is None:
                    continue
                reviewed = state != "pending"
                rows["proposal"].append({
                    "id": proposal_id, "article_id": aid, "case_index": 0, "extractor_version": "demo-1",
                    "group_key": aid,  # no near-duplicates here: each article is its own group
                    "fields": Jsonb(fields), "evidence": Jsonb({}), "confidence": Jsonb({"origin": 0.9}),
                    "overall_confidence": round(rng.uniform(0.3, 0.95), 2), "status": state,
                    "reviewer_id": reviewer_id if reviewed else None,
                    "reviewed_at": approved_at if reviewed else None,
                    "reject_reason": "not_a_case" if state == "rejected" else "",
                    "reviewed_fields": Jsonb(fields) if reviewed else None,
                    "case_id": cid if state in ("approved", "merged") else None, "created_at": approved_at,
                })  # fmt: skip
                if state == "approved":
                    rows["case"][-1]["approved_from_id"] = proposal_id
                if state in ("approved", "merged"):
                    rows["source"].append({"id": source_id, "case_id": cid, "article_id": aid,
                                           "proposal_id": proposal_id, "passage": text,
                                           "added_by_id": reviewer_id, "added_at": approved_at})  # fmt: skip
                    source_id += 1
                proposal_id += 1

        # A case names its approved proposal (approved_from) and the proposal names the case;
        # the foreign keys are checked at commit, so both are written complete, in one go,
        # leaving no updated (dead) half of the case table behind.
        self._copy(Case, rows["case"])
        self._copy(Person, rows["person"])
        self._copy(CaseEvent, rows["event"])
        self._copy(Article, rows["article"])
        self._copy(CaseProposal, rows["proposal"])
        self._copy(CaseSource, rows["source"])

    @staticmethod
    def _copy(model, rows: list[dict]) -> None:
        """COPY rows given as {column: value}; columns a row leaves out get the field's default."""
        # PostgreSQL computes generated columns (the search vector) itself; COPY may not name them.
        fields = [f for f in model._meta.concrete_fields if not getattr(f, "generated", False)]
        defaults = {}
        for f in fields:
            value = f.get_default()
            defaults[f.column] = (
                Jsonb(value)
                if isinstance(value, (dict, list)) and f.get_internal_type() == "JSONField"
                else value
            )
        columns = [f.column for f in fields]
        table = model._meta.db_table
        with connection.cursor() as cursor:
            raw = cursor.cursor  # psycopg 3 cursor: COPY FROM STDIN with rows
            with raw.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[c] if c in row else defaults[c] for c in columns])
