"""The API of proposals: the list and detail, approve and reject (`/api/proposals/`), and
claim, release, merge candidates, merge and bulk decisions (`/api/review/`).

All of them call the same services as the pages (cases.services.proposals), so a retried
request meets the same conditional updates and acts once.
"""

from __future__ import annotations

from django.urls import path
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from cases.api.base import IdViewSet, cursor_pagination
from cases.api.permissions import CanReview
from cases.api.serializers import ApproveSerializer, CaseSerializer, ProposalSerializer, RejectSerializer
from cases.exceptions import NotFound
from cases.filters import ProposalFilter
from cases.models import CaseProposal
from cases.selectors.review import merge_candidates, review_queue
from cases.services.proposals import (
    proposal_approve_with_group,
    proposal_claim,
    proposal_merge,
    proposal_passage,
    proposal_reject,
    proposal_release,
    proposals_bulk_approve,
    proposals_bulk_reject,
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
        approval = proposal_approve_with_group(
            proposal_id=int(pk), actor=request.user, **incoming.validated_data
        )
        return Response(CaseSerializer(approval.case, context={"request": request}).data, status=201)

    @extend_schema(request=RejectSerializer, responses={200: ProposalSerializer})
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        incoming = RejectSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        proposal = proposal_reject(proposal_id=int(pk), actor=request.user, **incoming.validated_data)
        return Response(ProposalSerializer(proposal, context={"request": request}).data)


class ClaimSerializer(serializers.Serializer):
    force = serializers.BooleanField(required=False, default=False)


class MergeSerializer(serializers.Serializer):
    case = serializers.IntegerField(min_value=1)
    choices = serializers.DictField(
        child=serializers.ChoiceField(choices=["case", "proposal", "union"]), default=dict
    )


class BulkSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=["approve", "reject"])
    ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1), allow_empty=False, max_length=200
    )
    # Checked by proposal_reject; a second ChoiceField would give the schema a second name for the enum.
    reason = serializers.CharField(
        required=False, allow_blank=True, default="", help_text="not_a_case, duplicate, wrong or other"
    )
    note = serializers.CharField(required=False, allow_blank=True, default="")


class ProposalClaim(APIView):
    permission_classes = [CanReview]

    @extend_schema(request=ClaimSerializer, responses={200: dict})
    def post(self, request, pk: int):
        incoming = ClaimSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        until = proposal_claim(proposal_id=pk, actor=request.user, force=incoming.validated_data["force"])
        return Response({"proposal": pk, "claimed_by": request.user.get_username(), "claimed_until": until})


class ProposalRelease(APIView):
    permission_classes = [CanReview]

    @extend_schema(request=None, responses={200: dict})
    def post(self, request, pk: int):
        return Response({"proposal": pk, "released": proposal_release(proposal_id=pk, actor=request.user)})


class ProposalCandidates(APIView):
    permission_classes = [CanReview]

    @extend_schema(responses={200: dict})
    def get(self, request, pk: int):
        proposal = CaseProposal.objects.filter(pk=pk).first()
        if proposal is None:
            raise NotFound(f"proposal {pk} does not exist")
        found = merge_candidates(
            fields=proposal.fields, exclude_case=proposal.case_id, passage=proposal_passage(proposal)
        )
        return Response(
            [
                {
                    "case": CaseSerializer(c.case, context={"request": request}).data,
                    "score": c.score,
                    "reasons": c.reasons,
                }
                for c in found
            ]
        )


class ProposalMerge(APIView):
    permission_classes = [CanReview]

    @extend_schema(request=MergeSerializer, responses={200: CaseSerializer})
    def post(self, request, pk: int):
        incoming = MergeSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        case = proposal_merge(
            proposal_id=pk,
            case_id=incoming.validated_data["case"],
            actor=request.user,
            choices=incoming.validated_data["choices"],
        )
        return Response(CaseSerializer(case, context={"request": request}).data)


class ProposalBulk(APIView):
    permission_classes = [CanReview]

    @extend_schema(request=BulkSerializer, responses={200: dict})
    def post(self, request):
        incoming = BulkSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        if data["action"] == "approve":
            result = proposals_bulk_approve(proposal_ids=data["ids"], actor=request.user)
        else:
            result = proposals_bulk_reject(
                proposal_ids=data["ids"],
                actor=request.user,
                reason=data["reason"],
                note=data["note"],
            )
        return Response(
            {
                "done": result.done,
                "cases": result.cases,
                "skipped": {str(k): v for k, v in result.skipped.items()},
            }
        )


urlpatterns = [
    path("proposals/<int:pk>/claim/", ProposalClaim.as_view(), name="api-review-claim"),
    path("proposals/<int:pk>/release/", ProposalRelease.as_view(), name="api-review-release"),
    path("proposals/<int:pk>/candidates/", ProposalCandidates.as_view(), name="api-review-candidates"),
    path("proposals/<int:pk>/merge/", ProposalMerge.as_view(), name="api-review-merge"),
    path("proposals/bulk/", ProposalBulk.as_view(), name="api-review-bulk"),
]
