from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from cases.api.permissions import CanReview, CanSubmit, CanViewCases
from cases.api.serializers import (
    ApproveSerializer,
    ArticleSerializer,
    ArticleSubmitSerializer,
    CaseSerializer,
    ProposalSerializer,
    RejectSerializer,
)
from cases.models import Article, CaseProposal
from cases.selectors import case_list, review_queue
from cases.services.articles import article_submit
from cases.services.proposals import proposal_approve, proposal_reject


class ArticleViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = ArticleSerializer
    permission_classes = [CanSubmit]
    queryset = Article.objects.select_related("source").order_by("-created_at", "-id")
    ordering = "-created_at"

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


class ProposalViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = ProposalSerializer
    permission_classes = [CanReview]
    ordering = "-created_at"

    def get_queryset(self):
        if self.action == "list" and self.request.query_params.get("status", "pending") == "pending":
            return review_queue()
        return CaseProposal.objects.select_related("article").order_by("-created_at", "-id")

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
        return Response(ProposalSerializer(proposal).data)


class CaseViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = CaseSerializer
    permission_classes = [CanViewCases]
    ordering = "-approved_at"

    def get_queryset(self):
        return case_list().prefetch_related("sources__article")
