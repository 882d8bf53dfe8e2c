"""The REST API of articles, cases, sources and tokens (proposals: cases.api.proposals),
with the same selectors, filters and permissions as the pages.

Lists use cursor pagination (stable and fast however deep), filters are the FilterSets in
cases.filters, and every error has the one shape from cases.api.errors.
"""

from __future__ import annotations

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response

from cases import tokens
from cases.api.base import IdViewSet, cursor_pagination
from cases.api.parsers import DepthLimitedJSONParser
from cases.api.permissions import CanSubmit, CanViewCases, CanViewSources
from cases.api.serializers import ArticleSerializer, ArticleSubmitSerializer, CaseSerializer, SourceSerializer
from cases.filters import ArticleFilter, CaseFilter, SourceFilter
from cases.models import Article, Source
from cases.selectors import case_list
from cases.services.articles import article_submit


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
        submission = article_submit(actor=request.user, check_address=True, **incoming.validated_data)
        return Response(
            ArticleSerializer(submission.article).data,
            status=status.HTTP_201_CREATED if submission.created else status.HTTP_200_OK,
        )


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
