"""The REST API: the same selectors, filters and permissions as the pages.

Lists use cursor pagination (stable and fast however deep), filters are the FilterSets in
cases.filters, and every error has the one shape from cases.api.errors.
"""

from __future__ import annotations

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.decorators import action
from rest_framework.pagination import CursorPagination
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response

from cases import tokens
from cases.api.pagination import SafeCursorPagination
from cases.api.parsers import DepthLimitedJSONParser
from cases.api.permissions import CanReview, CanSubmit, CanViewCases, CanViewSources
from cases.api.serializers import (
    ApproveSerializer,
    ArticleSerializer,
    ArticleSubmitSerializer,
    CaseSerializer,
    ProposalSerializer,
    RejectSerializer,
    SourceSerializer,
)
from cases.filters import ArticleFilter, CaseFilter, ProposalFilter, SourceFilter
from cases.models import Article, CaseProposal, Source
from cases.selectors import case_list, review_queue
from cases.services.articles import article_submit
from cases.services.proposals import proposal_approve, proposal_reject


def cursor_pagination(*fields: str) -> type[CursorPagination]:
    """A cursor paginator ordered by `fields`, ending in a unique column so it is total."""
    return type(
        "CursorPagination_" + "_".join(f.strip("-") for f in fields),
        (SafeCursorPagination,),
        {"ordering": fields, "page_size_query_param": "page_size", "max_page_size": 200},
    )


class IdViewSet(viewsets.GenericViewSet):
    # Ids are integers: anything else is a 404 from the router, never int() in an action.
    lookup_value_regex = "[0-9]+"


class ArticleViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, IdViewSet):
    serializer_class = ArticleSerializer
    permission_classes = [CanSubmit]
    queryset = Article.objects.select_related("source")
    pagination_class = cursor_pagination("-created_at", "-id")
    filter_backends = [DjangoFilterBackend]
    filterset_class = ArticleFilter

    @extend_schema(
        request=ArticleSubmitSerializer, responses={201: ArticleSerializer, 200: ArticleSerializer}
    )
    def create(self, request):
        incoming = ArticleSubmitSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        submission = article_submit(submitted_by=request.user, **incoming.validated_data)
        return Response(
            ArticleSerializer(submission.article).data,
            status=status.HTTP_201_CREATED if submission.created else status.HTTP_200_OK,
        )


class ProposalViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, IdViewSet):
    serializer_class = ProposalSerializer
    permission_classes = [CanReview]
    pagination_class = cursor_pagination("-created_at", "-id")
    filter_backends = [DjangoFilterBackend]
    filterset_class = ProposalFilter

    def get_queryset(self):
        if self.action == "list" and self.request.query_params.get("status", "pending") == "pending":
            return review_queue()
        return CaseProposal.objects.select_related("article")

    @extend_schema(request=ApproveSerializer, responses={201: CaseSerializer})
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        incoming = ApproveSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        case = proposal_approve(proposal_id=int(pk), reviewer=request.user, **incoming.validated_data)
        return Response(CaseSerializer(case, context={"request": request}).data, status=201)

    @extend_schema(request=RejectSerializer, responses={200: ProposalSerializer})
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        incoming = RejectSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        proposal = proposal_reject(proposal_id=int(pk), reviewer=request.user, **incoming.validated_data)
        return Response(ProposalSerializer(proposal, context={"request": request}).data)


class CaseFilterBackend(DjangoFilterBackend):
    """CaseFilter needs the request (names may only be searched by who may see them)."""

    def get_filterset_kwargs(self, request, queryset, view):
        return {"data": request.query_params, "queryset": queryset, "request": request}


class CaseViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, IdViewSet):
    """Approved cases; `names` is empty unless the user may see names."""

    serializer_class = CaseSerializer
    permission_classes = [CanViewCases]
    pagination_class = cursor_pagination("-approved_at", "-id")
    filter_backends = [CaseFilterBackend]
    filterset_class = CaseFilter

    def get_queryset(self):
        return (
            case_list(user=self.request.user)
            .select_related("approved_by")
            .prefetch_related("sources__article")
        )


class SourceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, IdViewSet):
    """The feeds and sites articles come from, with their reliability; read only."""

    serializer_class = SourceSerializer
    permission_classes = [CanViewSources]
    queryset = Source.objects.all()
    pagination_class = cursor_pagination("name", "id")
    filter_backends = [DjangoFilterBackend]
    filterset_class = SourceFilter


class TokenView(ObtainAuthToken):
    """POST username and password for a token (a new one when the last expired); JSON
    nested past any real body is a 400."""

    parser_classes = (FormParser, MultiPartParser, DepthLimitedJSONParser)

    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        token = tokens.token_issue(user=serializer.validated_data["user"])
        return Response({"token": token.key, "expires": tokens.expires_at(token).isoformat()})
