from __future__ import annotations

from rest_framework import serializers

from cases import withholding
from cases.models import Article, Case, CaseProposal, CaseSource, Source
from cases.search import people_with_aliases
from cases.validation import NEED_URL_OR_TEXT


class ArticleSubmitSerializer(serializers.Serializer):
    url = serializers.URLField(required=False, allow_blank=True, max_length=2000)
    title = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    text = serializers.CharField(required=False, allow_blank=True)
    language = serializers.CharField(required=False, allow_blank=True, max_length=12)
    published = serializers.DateField(required=False, allow_null=True)

    def validate(self, attrs):
        if not attrs.get("url") and not attrs.get("text"):
            raise serializers.ValidationError(NEED_URL_OR_TEXT)
        return attrs


class ArticleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = [
            "id", "url", "canonical_url", "title", "publisher", "published", "language",
            "language_confidence", "status", "last_error", "extractor_version", "duplicate_of",
            "source", "created_at",
        ]  # fmt: skip
        read_only_fields = fields

    def to_representation(self, article):
        data = super().to_representation(article)
        request = self.context.get("request")
        if request is None or not withholding.may_see_names(request.user):
            # Titles and addresses name people: withheld like everywhere (cases.withholding).
            names = withholding.article_names(
                title=article.title, body=article.text, language=article.language or None
            )
            data["title"] = withholding.text(data["title"], names)
            data["url"] = withholding.url(data["url"], names)
            data["canonical_url"] = withholding.url(data["canonical_url"], names)
        return data


class ProposalSerializer(serializers.ModelSerializer):
    article_title = serializers.CharField(source="article.title", read_only=True)

    class Meta:
        model = CaseProposal
        fields = [
            "id", "article", "article_title", "case_index", "extractor_version", "fields",
            "evidence", "confidence", "overall_confidence", "status", "reviewer", "reviewed_at",
            "reject_reason", "reason", "case", "created_at",
        ]  # fmt: skip
        read_only_fields = fields

    def to_representation(self, proposal):
        data = super().to_representation(proposal)
        request = self.context.get("request")
        if request is None or not withholding.may_see_names(request.user):
            # A reviewer who may not see names (a volunteer coder) codes the case without
            # them: names, passages and the title are withheld (cases.withholding).
            data = withholding.proposal_data(data, withholding.names_for_proposal(proposal))
        return data


class ApproveSerializer(serializers.Serializer):
    changes = serializers.DictField(required=False, default=dict)
    # The pending proposals of the same story from other outlets join the case as sources.
    attach_group = serializers.BooleanField(required=False, default=False)
    # Passages selected in the article, per field: {"transit": [{"start": 120, "end": 127}]}.
    evidence = serializers.DictField(required=False, default=dict)
    summary = serializers.CharField(required=False, allow_blank=True, default="")
    reliability = serializers.CharField(required=False, default="unknown")
    visibility = serializers.CharField(required=False, default="internal")


class RejectSerializer(serializers.Serializer):
    reason = serializers.ChoiceField(choices=CaseProposal.RejectReason.choices)
    note = serializers.CharField(required=False, allow_blank=True, default="")


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = [
            "id", "name", "url", "kind", "language", "active", "poll_interval", "reliability",
            "last_polled_at", "next_poll_at", "last_new_articles", "error_count", "last_error",
            "created_at",
        ]  # fmt: skip
        read_only_fields = fields


class CaseSourceSerializer(serializers.ModelSerializer):
    url = serializers.CharField(source="article.url", read_only=True)
    title = serializers.CharField(source="article.title", read_only=True)

    class Meta:
        model = CaseSource
        fields = ["article", "url", "title", "passage"]


class CaseSerializer(serializers.ModelSerializer):
    names = serializers.SerializerMethodField()
    people = serializers.SerializerMethodField()
    dates = serializers.SerializerMethodField()
    sources = CaseSourceSerializer(many=True, read_only=True)
    url = serializers.SerializerMethodField()
    approved_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = Case
        fields = [
            "id", "url", "kind", "people_count", "names", "people", "roles", "origin", "transit",
            "destination", "status", "dates", "earliest", "latest", "summary", "reliability", "visibility",
            "approved_by", "approved_at", "sources",
        ]  # fmt: skip
        read_only_fields = fields

    def _names_allowed(self) -> bool:
        request = self.context.get("request")
        return request is not None and withholding.may_see_names(request.user)

    def get_names(self, case) -> list[str]:
        if not self._names_allowed():
            return []
        return [p.name for p in case.people.all()]

    def get_people(self, case) -> list[dict]:
        """Each person once, with the other spellings recorded for them (names lists all)."""
        if not self._names_allowed():
            return []
        return [
            {"name": p.name, "aliases": aliases, "pseudonym": p.is_pseudonym}
            for p, aliases in people_with_aliases(case.people.all())
        ]

    def to_representation(self, case):
        data = super().to_representation(case)
        if not self._names_allowed():
            # Article-derived text may name people: every name known for the case is
            # withheld from it, as on the pages (cases.withholding).
            names = withholding.names_for_case(case)
            data["summary"] = withholding.text(data["summary"], names)
            for source in data["sources"]:
                source["title"] = withholding.text(source["title"], names)
                source["passage"] = withholding.text(source["passage"], names)
                source["url"] = withholding.url(source["url"], names)
        return data

    def get_url(self, case) -> str:
        request = self.context.get("request")
        path = f"/cases/{case.pk}/"
        return request.build_absolute_uri(path) if request is not None else path

    def get_dates(self, case) -> dict[str, dict]:
        return {
            e.kind: {"edtf": e.edtf, "earliest": e.earliest, "latest": e.latest} for e in case.events.all()
        }
