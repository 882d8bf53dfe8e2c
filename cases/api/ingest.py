"""Ingestion API: uploading a file as an article (sources are listed by the main router).

Routed from cases/api/urls.py with one include, ahead of the router, so that
`articles/upload/` is not taken for an article id.
"""

from __future__ import annotations

from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from cases.api.permissions import CanSubmit
from cases.api.serializers import ArticleSerializer
from cases.services.imports import article_upload
from cases.views.ingest import MAX_UPLOAD_BYTES


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
            actor=request.user,
            filename=upload.name,
            content=upload.read(),
            content_type=upload.content_type or "",
            **data,
        )
        return Response(
            ArticleSerializer(submission.article).data,
            status=status.HTTP_201_CREATED if submission.created else status.HTTP_200_OK,
        )


urlpatterns = [
    path("articles/upload/", ArticleUploadView.as_view(), name="api-article-upload"),
]
