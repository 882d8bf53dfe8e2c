"""The case base: sources, articles, proposals from extraction, and approved cases.

Field meanings and vocabularies follow shared/eval/GUIDELINES.md. Countries are ISO
3166-1 alpha-2 codes; dates are EDTF strings stored with their computed day bounds.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, Q

from cases.search import DocumentVector


class Kind(models.TextChoices):
    DESERTION = "desertion", "Desertion"
    DRAFT_EVASION = "draft_evasion", "Draft evasion"
    DEFECTION = "defection", "Defection"


class Role(models.TextChoices):
    CONSCRIPT = "conscript", "Conscript"
    CONTRACT = "contract", "Contract soldier"
    MOBILISED = "mobilised", "Mobilised"
    OFFICER = "officer", "Officer"
    MERCENARY = "mercenary", "Mercenary"


class CaseStatus(models.TextChoices):
    # In GUIDELINES precedence order: the latest state reported wins, first listed first.
    RETURNED = "returned", "Returned to origin"
    DECEASED = "deceased", "Deceased"
    GRANTED = "granted", "Protection granted"
    REFUSED = "refused", "Refused"
    VISA_GRANTED = "visa_granted", "Visa granted"
    DETAINED = "detained", "Detained"
    APPLIED = "applied", "Applied"
    FLED = "fled", "Fled / in hiding"
    UNKNOWN = "unknown", "Unknown"


class EventKind(models.TextChoices):
    DESERTED = "deserted", "Left the unit or evaded the call-up"
    LEFT_ORIGIN = "left_origin", "Left the origin country"
    ARRIVED = "arrived", "Arrived in the destination"
    APPLIED = "applied", "Applied for protection"
    DECIDED = "decided", "Decision on protection or visa"
    RETURNED = "returned", "Returned to the origin"


class Reliability(models.TextChoices):
    # The HURIDOCS source reliability scale.
    HIGH = "high", "Highly reliable"
    RELIABLE = "reliable", "Reliable"
    FAIR = "fair", "Fairly reliable"
    LOW = "low", "Not reliable"
    UNKNOWN = "unknown", "Unknown"


class Visibility(models.TextChoices):
    INTERNAL = "internal", "Internal (signed-in staff)"
    PUBLIC = "public", "Public (without names)"


class Source(models.Model):
    class Kind(models.TextChoices):
        FEED = "feed", "Feed (RSS, Atom, RDF)"
        SITE = "site", "Web site"
        MANUAL = "manual", "Manual submissions"

    name = models.CharField(max_length=200)
    url = models.URLField(max_length=2000, unique=True)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.FEED)
    language = models.CharField(max_length=12, blank=True, help_text="Language hint, e.g. ru")
    active = models.BooleanField(default=True)
    poll_interval = models.PositiveIntegerField(default=60, help_text="Minutes between polls")
    next_poll_at = models.DateTimeField(null=True, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_new_articles = models.PositiveIntegerField(default=0)
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    error_count = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    reliability = models.CharField(max_length=10, choices=Reliability.choices, default=Reliability.UNKNOWN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        indexes = [
            # The beat task: active sources whose next poll time has passed.
            models.Index(fields=["next_poll_at"], condition=Q(active=True), name="source_due_idx"),
        ]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued for fetching"
        FETCHED = "fetched", "Fetched, awaiting extraction"
        EXTRACTED = "extracted", "Extracted"
        IRRELEVANT = "irrelevant", "No case found"
        # Topical, but no confident case: on the editors' triage list until one acts.
        TRIAGE = "triage", "Possibly relevant"
        DISMISSED = "dismissed", "Dismissed from triage"
        DUPLICATE = "duplicate", "Duplicate of another article"
        FAILED = "failed", "Failed"

    class DismissReason(models.TextChoices):
        OFF_TOPIC = "off_topic", "Not about leaving or evading military service"
        NO_CASE = "no_case", "Statistics, policy or comment: no specific person or group"
        NO_FLIGHT = "no_flight", "No flight abroad (a trial or story at home)"
        OTHER_REASON = "other_reason", "Fled or sought protection for another reason"
        COVERED = "covered", "Already covered by a case or proposal"
        OTHER = "other", "Other"

    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    url = models.URLField(max_length=2000, blank=True)
    canonical_url = models.URLField(max_length=2000, null=True, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    publisher = models.CharField(max_length=300, blank=True)
    author = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=12, blank=True)
    language_confidence = models.FloatField(null=True, blank=True)
    text = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    # MinHash/SimHash signature of the text, for grouping near-duplicate wire stories.
    near_duplicate_key = models.CharField(max_length=64, blank=True)
    # The signature's LSH band keys (cases/ingestion/dedup.py): sharing one makes a candidate.
    near_duplicate_bands = ArrayField(models.CharField(max_length=20), default=list, blank=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    near_duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="near_duplicates"
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    last_error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    # The extractor's topical score (0..1) and, for a triaged article, the cues that made it
    # topical and the fields it found ({"score", "cues", "hint"}; see cases.extraction.topic).
    topical_score = models.FloatField(null=True, blank=True)
    triage = models.JSONField(default=dict, blank=True)
    dismiss_reason = models.CharField(max_length=20, choices=DismissReason.choices, blank=True)
    dismiss_note = models.TextField(blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    dismissed_at = models.DateTimeField(null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # One canonical URL is one article; pasted text without a URL has none.
            models.UniqueConstraint(
                fields=["canonical_url"],
                condition=Q(canonical_url__isnull=False),
                name="article_unique_canonical_url",
            ),
        ]
        indexes = [
            # Exact duplicate detection: the same text under another URL.
            models.Index(fields=["content_hash"], name="article_content_hash_idx"),
            # The articles page filtered by status, newest first.
            models.Index(fields=["status", "-created_at"], name="article_status_created_idx"),
            # The articles page and API, newest first, unfiltered (keyset on created_at, id).
            models.Index(fields=["-created_at", "-id"], name="article_created_idx"),
            # Case search also matches the titles of a case's sources, in any language.
            GinIndex(DocumentVector(F("title")), name="article_title_search_gin"),
            # Near-duplicate candidates: near_duplicate_bands && ARRAY[this article's keys].
            GinIndex(fields=["near_duplicate_bands"], name="article_near_dup_bands_gin"),
            # The triage list: most topical first.
            models.Index(
                F("topical_score").desc(nulls_last=True),
                F("created_at").desc(),
                condition=Q(status="triage"),
                name="article_triage_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"Article {self.pk}"


class CaseProposal(models.Model):
    # The extractor_version of a proposal an editor started by hand (from the triage list).
    EDITOR_VERSION = "editor"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending review"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        MERGED = "merged", "Merged into a case"

    class RejectReason(models.TextChoices):
        NOT_A_CASE = "not_a_case", "Not a case"
        DUPLICATE = "duplicate", "Duplicate"
        WRONG = "wrong", "Wrong extraction"
        OTHER = "other", "Other"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="proposals")
    # Position of this case among those the extractor found in the article.
    case_index = models.PositiveSmallIntegerField(default=0)
    extractor_version = models.CharField(max_length=40)
    fields = models.JSONField(help_text="Proposed GUIDELINES fields, validated")
    evidence = models.JSONField(default=dict, blank=True)
    confidence = models.JSONField(default=dict, blank=True)
    overall_confidence = models.FloatField(default=0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_proposals",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reject_reason = models.CharField(max_length=12, choices=RejectReason.choices, blank=True)
    reason = models.TextField(blank=True)
    # The fields as the reviewer approved them, to learn where extraction is weak.
    reviewed_fields = models.JSONField(null=True, blank=True)
    case = models.ForeignKey(
        "Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals"
    )
    # A soft claim, so that two editors do not work on one proposal; it expires by itself.
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claimed_proposals",
    )
    claimed_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The review queue's near-duplicate groups, kept by PostgreSQL triggers in the same
    # transaction as every insert, update and delete of a proposal or change of an article's
    # near-duplicate (migration 0016), so that the queue reads one row per group from an
    # index instead of ranking every pending proposal: the group (its first article), whether
    # this is the group's oldest pending proposal at its case position (the one the queue
    # shows), and how many pending proposals the group has there.
    group_key = models.BigIntegerField(null=True, editable=False)
    group_head = models.BooleanField(default=False, editable=False)
    group_size = models.IntegerField(default=0, editable=False)
    # The article's language, copied by the same triggers (migration 0017), so that the
    # queue filters and lists its languages from its own indexes.
    language = models.CharField(max_length=12, blank=True, default="", editable=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # Re-running one extractor version on one article never duplicates proposals.
            models.UniqueConstraint(
                fields=["article", "extractor_version", "case_index"],
                name="proposal_unique_per_extraction",
            ),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(reviewer__isnull=False),
                name="proposal_reviewed_has_reviewer",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["approved", "merged"]) | Q(case__isnull=False),
                name="proposal_approved_has_case",
            ),
        ]
        indexes = [
            # The review queue: pending proposals, newest first. It carries what ranking the
            # near-duplicate groups reads, so that pass does not visit the wide rows.
            models.Index(
                fields=["-created_at"],
                include=["id", "article_id", "case_index", "overall_confidence"],
                condition=Q(status="pending"),
                name="proposal_queue_idx",
            ),
            # One row per group, in each of the queue's own sort orders.
            models.Index(
                F("created_at").desc(),
                F("id").desc(),
                condition=Q(status="pending", group_head=True),
                name="proposal_head_newest_idx",
            ),
            models.Index(
                F("overall_confidence").desc(),
                F("id").desc(),
                condition=Q(status="pending", group_head=True),
                name="proposal_head_confidence_idx",
            ),
            # The queue's language filter and the languages it offers.
            models.Index(
                fields=["language", "created_at"],
                condition=Q(status="pending"),
                name="proposal_language_idx",
            ),
            # The few pending proposals that share a group with an older one.
            models.Index(
                fields=["group_key", "case_index", "created_at"],
                condition=Q(status="pending", group_size__gt=1, group_head=False),
                name="proposal_group_members_idx",
            ),
            # The triggers' lookup of a group's pending members.
            models.Index(
                fields=["group_key", "case_index"],
                condition=Q(status="pending"),
                name="proposal_group_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"Proposal {self.pk} ({self.get_status_display()}) from article {self.article_id}"


# Every column of the case row the filters read; the case list's index carries them all.
# The monthly charts' month (first_month) rides along, so they read the index alone too.
CASE_FILTER_COLUMNS = [
    *("kind", "status", "origin", "destination", "transit", "earliest", "latest"),
    *("people_count", "reliability", "visibility", "first_month", "withdrawn_at"),
]


class CaseQuerySet(models.QuerySet):
    def current(self) -> CaseQuerySet:
        """The cases not withdrawn: what every list, chart, search, export and merge reads."""
        return self.filter(withdrawn_at__isnull=True)


class Case(models.Model):
    kind = models.CharField(max_length=14, choices=Kind.choices)
    people_count = models.PositiveIntegerField(null=True, blank=True)
    roles = ArrayField(models.CharField(max_length=10, choices=Role.choices), default=list, blank=True)
    origin = models.CharField(max_length=2, blank=True)
    transit = ArrayField(models.CharField(max_length=2), default=list, blank=True)
    destination = models.CharField(max_length=2, blank=True)
    status = models.CharField(max_length=12, choices=CaseStatus.choices, default=CaseStatus.UNKNOWN)
    summary = models.TextField(blank=True)
    reliability = models.CharField(max_length=10, choices=Reliability.choices, default=Reliability.UNKNOWN)
    visibility = models.CharField(max_length=10, choices=Visibility.choices, default=Visibility.INTERNAL)
    # The proposal this case was approved from; unique, so one proposal makes one case.
    approved_from = models.OneToOneField(
        CaseProposal, null=True, blank=True, on_delete=models.SET_NULL, related_name="created_case"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField()
    # Earliest and latest day over all events, for range filters and sorting.
    earliest = models.DateField(null=True, blank=True)
    latest = models.DateField(null=True, blank=True)
    # The month of the first event, when that event is known to the month (edtf.first_month);
    # the monthly charts count by it, so a case dated only "2023" is not put in January.
    first_month = models.DateField(null=True, blank=True)
    # What full-text search reads (summary, places in several languages, source titles);
    # written by case_apply_fields via cases.search.document_text, never names.
    search_text = models.TextField(blank=True, default="")
    # Its tsvector, computed by PostgreSQL on write, so a broad search does not re-parse
    # every case's text; to_tsvector('simple', tracker_unaccent(search_text)).
    search_vector = models.GeneratedField(
        expression=DocumentVector(F("search_text")), output_field=SearchVectorField(), db_persist=True
    )
    # A case an editor withdrew (an approval undone, or found wrong later): kept with its
    # history, never deleted, and out of every list, chart, search and export.
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-approved_at", "-id"]
        permissions = [
            ("review_proposal", "Can review proposals"),
            ("export_case", "Can export cases"),
            ("view_names", "Can see names and pseudonyms"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(people_count__isnull=True) | Q(people_count__gte=1),
                name="case_people_count_positive",
            ),
        ]
        indexes = [
            # The case list, newest first, with keyset pagination on (approved_at, id). It
            # covers every filter on the case row, so a filtered page's ids and its count are
            # read from this index alone (an index-only scan), not from the wide table.
            models.Index(
                fields=["-approved_at", "-id"],
                include=CASE_FILTER_COLUMNS,
                name="case_list_idx",
            ),
            # Filters by route.
            models.Index(fields=["origin", "destination"], name="case_route_idx"),
            # "any transit country is X": transit @> ARRAY['X'].
            GinIndex(fields=["transit"], name="case_transit_gin"),
            # Date range filters: events overlapping [from, to].
            models.Index(fields=["earliest", "latest"], name="case_dates_idx"),
            # Full-text search: search_vector @@ websearch_to_tsquery('simple', ...).
            GinIndex(fields=["search_vector"], name="case_search_gin"),
        ]

    def __str__(self) -> str:
        return f"Case {self.pk}: {self.get_kind_display()} {self.origin}→{self.destination or '?'}"


class Person(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="people")
    name = models.CharField(max_length=300)
    # cases.search.name_key(name): Latin, accent-free, spelling-folded; written with name.
    name_key = models.CharField(max_length=600, blank=True, default="")
    is_pseudonym = models.BooleanField(default=False)
    # One person written several ways ("Dmitry Sokolov", "Дмитрий Соколов"): every
    # spelling is kept and searchable, the later ones as aliases of the first
    # (cases.search.alias_of), so a case names one person once.
    alias_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="aliases"
    )

    class Meta:
        ordering = ["id"]
        indexes = [
            # Name search that survives spelling: name % 'query' via pg_trgm.
            GinIndex(fields=["name"], name="person_name_trgm", opclasses=["gin_trgm_ops"]),
            # Name search across scripts: name_key %> name_key(query) (word similarity).
            GinIndex(fields=["name_key"], name="person_name_key_trgm", opclasses=["gin_trgm_ops"]),
        ]

    def __str__(self) -> str:
        return self.name


class CaseEvent(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=12, choices=EventKind.choices)
    edtf = models.CharField(max_length=40)
    earliest = models.DateField(null=True)
    latest = models.DateField(null=True)

    class Meta:
        ordering = ["earliest", "id"]
        constraints = [
            models.UniqueConstraint(fields=["case", "kind"], name="event_unique_kind_per_case"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.edtf}"


class CaseSource(models.Model):
    """An article that supports a case, with the passage that does."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="sources")
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="case_links")
    proposal = models.ForeignKey(
        CaseProposal, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    passage = models.TextField(blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["added_at"]
        constraints = [
            models.UniqueConstraint(fields=["case", "article"], name="case_source_unique"),
        ]

    def __str__(self) -> str:
        return f"Case {self.case_id} ← article {self.article_id}"


class AuditEvent(models.Model):
    """Who changed what, when, with the values before and after."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=40)
    object_type = models.CharField(max_length=40)
    object_id = models.BigIntegerField()
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    note = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            # A case's or proposal's history page.
            models.Index(fields=["object_type", "object_id", "-at"], name="audit_object_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.object_type} {self.object_id}"


class ExportLog(models.Model):
    """Every export: who, when, which filter, how many rows."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    kind = models.CharField(max_length=40, default="cases")
    filters = models.JSONField(default=dict)
    row_count = models.PositiveIntegerField(default=0)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.kind} export by {self.user_id} at {self.at:%Y-%m-%d %H:%M}"


class SavedSearch(models.Model):
    """A researcher's named set of case filters, to find again and share; `seen_at` is
    when they last opened it, so the list says how many cases were added since."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(max_length=120)
    # The case list's query string, without paging: what the filters and the sort were.
    query = models.CharField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    seen_at = models.DateTimeField()

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["user", "name"], name="saved_search_unique_name")]

    def __str__(self) -> str:
        return self.name


class Tally(models.Model):
    """Current cases counted by some of their columns, kept exact by a PostgreSQL trigger
    in the same transaction as every change to a case (migration 0015)."""

    visibility = models.CharField(max_length=10)
    kind = models.CharField(max_length=14)
    status = models.CharField(max_length=12)
    origin = models.CharField(max_length=2)
    destination = models.CharField(max_length=2)
    cases = models.IntegerField(default=0)
    people = models.BigIntegerField(default=0)

    class Meta:
        abstract = True


class RouteTally(Tally):
    """By route: the map and the route, destination and status charts read a few thousand
    rows instead of a million. Only filters on these columns can be answered here
    (cases.selectors.tallies)."""

    transit = ArrayField(models.CharField(max_length=2), default=list)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["visibility", "kind", "status", "origin", "destination", "transit"],
                name="route_tally_key",
            )
        ]

    def __str__(self) -> str:
        route = " → ".join([self.origin, *self.transit, self.destination])
        return f"{route} ({self.kind}, {self.status}, {self.visibility}): {self.cases}"


class MonthTally(Tally):
    """By the month of the first event: the monthly charts and the count of undated cases."""

    first_month = models.DateField(null=True)
    dated = models.BooleanField()  # the case has any date (Case.earliest is set)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["visibility", "kind", "status", "origin", "destination", "first_month", "dated"],
                name="month_tally_key",
                nulls_distinct=False,
            )
        ]

    def __str__(self) -> str:
        return f"{self.origin} → {self.destination}, {self.first_month or 'no month'}: {self.cases}"
