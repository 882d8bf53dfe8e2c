"""Ingestion API: uploading a file as an article, and a read-only list of sources.

Routed from cases/api/urls.py with one include, ahead of the router, so that
`articles/upload/` is not taken for an article id.
"""

from __future__ import annotations

from django.urls import include, path
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.pagination import CursorPagination
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.routers import SimpleRouter
from rest_framework.views import APIView

from cases.api.permissions import CanSubmit
from cases.api.serializers import ArticleSerializer
from cases.models import Source
from cases.services.imports import article_upload
from cases.views.ingest import MAX_UPLOAD_BYTES, can_view_sources


class CanViewSources(BasePermission):
    def has_permission(self, request, view):
        return can_view_sources(request.user)


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = [
            "id", "name", "url", "kind", "language", "active", "poll_interval", "reliability",
            "last_polled_at", "next_poll_at", "last_new_articles", "error_count", "last_error",
        ]  # fmt: skip
        read_only_fields = fields


class ArticleUploadSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="HTML, plain text or PDF, up to 10 MB.")
    url = serializers.URLField(required=False, allow_blank=True, max_length=2000)
    title = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    language = serializers.CharField(required=False, allow_blank=True, max_length=12)
    published = serializers.DateField(required=False, allow_null=True)

    def validate_file(self, upload):
        if upload.size > MAX_UPLOAD_BYTES:
            raise serializers.ValidationError("The file is larger than 10 MB.")
        return upload


class SourcePagination(CursorPagination):
    ordering = ("name", "id")


class SourceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = SourceSerializer
    permission_classes = [CanViewSources]
    pagination_class = SourcePagination
    queryset = Source.objects.all()


class ArticleUploadView(APIView):
    permission_classes = [CanSubmit]
    parser_classes = [MultiPartParser]

    @extend_schema(
        request=ArticleUploadSerializer, responses={201: ArticleSerializer, 200: ArticleSerializer}
    )
    def post(self, request):
        incoming = ArticleUploadSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        upload = data.pop("file")
        submission = article_upload(
            submitted_by=request.user,
            filename=upload.name,
            content=upload.read(),
            content_type=upload.content_type or "",
            **data,
        )
        return Response(
            ArticleSerializer(submission.article).data,
            status=status.HTTP_201_CREATED if submission.created else status.HTTP_200_OK,
        )


router = SimpleRouter()
router.register("sources", SourceViewSet, basename="api-source")

urlpatterns = [
    path("articles/upload/", ArticleUploadView.as_view(), name="api-article-upload"),
    path("", include(router.urls)),
]
