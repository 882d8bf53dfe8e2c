"""Run the current extractor again on chosen articles, after the extractor changed.

    manage.py reextract [--all | --outdated | --ids 1,2,3] [--status extracted,irrelevant]
                        [--since YYYY-MM-DD] [--queue] [--dry-run]

Articles with a reviewed proposal (approved, rejected, merged), one an editor started from
triage, or a dismissal from triage are skipped: they are an
editor's work. For the others the pending proposals of older extractor versions are
replaced by the current version's; running again creates nothing new.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from cases import tasks
from cases.exceptions import TrackerError
from cases.extraction import EXTRACTOR_VERSION
from cases.models import Article, CaseProposal
from cases.services.articles import article_reextract

DEFAULT_STATUSES = (
    Article.Status.EXTRACTED,
    Article.Status.TRIAGE,
    Article.Status.IRRELEVANT,
    Article.Status.FAILED,
)


class Command(BaseCommand):
    help = "Re-run extraction on chosen articles without duplicating proposals or touching reviewed ones."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help="Every article in the chosen states.")
        which.add_argument(
            "--outdated", action="store_true", help=f"Articles not extracted by {EXTRACTOR_VERSION}."
        )
        which.add_argument("--ids", help="Comma-separated article ids.")
        parser.add_argument(
            "--status",
            default=",".join(DEFAULT_STATUSES),
            help="Comma-separated article states to include (default: %(default)s).",
        )
        parser.add_argument("--since", help="Only articles added on or after this date (YYYY-MM-DD).")
        parser.add_argument("--queue", action="store_true", help="Send tasks to the extract queue.")
        parser.add_argument("--dry-run", action="store_true", help="Only count the chosen articles.")

    def handle(self, *args, **options):
        statuses = [s.strip() for s in options["status"].split(",") if s.strip()]
        unknown = set(statuses) - set(Article.Status.values)
        if unknown:
            raise CommandError(f"unknown states: {', '.join(sorted(unknown))}")
        articles = Article.objects.filter(status__in=statuses).exclude(text="")
        if options["ids"]:
            try:
                ids = [int(x) for x in options["ids"].split(",") if x.strip()]
            except ValueError:
                raise CommandError("--ids takes comma-separated numbers") from None
            articles = articles.filter(pk__in=ids)
        elif options["outdated"]:
            articles = articles.exclude(extractor_version=EXTRACTOR_VERSION)
        if options["since"]:
            try:
                articles = articles.filter(created_at__date__gte=date.fromisoformat(options["since"]))
            except ValueError:
                raise CommandError("--since takes a YYYY-MM-DD date") from None
        reviewed = CaseProposal.objects.exclude(status=CaseProposal.Status.PENDING).values("article_id")
        chosen = list(articles.exclude(pk__in=reviewed).order_by("pk").values_list("pk", flat=True))
        skipped = articles.filter(pk__in=reviewed).count()
        if options["dry_run"]:
            self.stdout.write(
                f"{len(chosen)} articles would be re-extracted; {skipped} reviewed ones skipped."
            )
            return
        counts: Counter[str] = Counter(skipped_reviewed=skipped)
        for article_id in tqdm(chosen, file=sys.stderr, unit="article", disable=None):
            if options["queue"]:
                with transaction.atomic():
                    tasks.article_reextract_task.delay_on_commit(article_id)
                counts["queued"] += 1
                continue
            try:
                proposals = article_reextract(article_id=article_id)
            except TrackerError as exc:
                counts["errors"] += 1
                self.stderr.write(f"error article {article_id}: {exc.message}")
                continue
            if proposals is None:
                counts["skipped_reviewed"] += 1
            else:
                counts["re-extracted"] += 1
                counts["proposals"] += len(proposals)
        summary = ", ".join(f"{n} {key.replace('_', ' ')}" for key, n in sorted(counts.items()))
        self.stdout.write(f"extractor {EXTRACTOR_VERSION}: {summary}.")
