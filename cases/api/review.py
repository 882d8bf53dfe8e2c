"""Review actions beyond approve/reject: claim, release, merge candidates, merge, bulk decisions.

All of them call the same services as the pages, so a retried request meets the same
conditional updates and acts once.
"""

from __future__ import annotations

from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from cases.api.permissions import CanReview
from cases.api.serializers import CaseSerializer
from cases.exceptions import NotFound
from cases.models import CaseProposal
from cases.selectors.review import merge_candidates
from cases.services.proposals import proposal_merge
from cases.services.review import (
    proposal_claim,
    proposal_release,
    proposals_bulk_approve,
    proposals_bulk_reject,
)


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
        until = proposal_claim(proposal_id=pk, editor=request.user, force=incoming.validated_data["force"])
        return Response({"proposal": pk, "claimed_by": request.user.get_username(), "claimed_until": until})


class ProposalRelease(APIView):
    permission_classes = [CanReview]

    @extend_schema(request=None, responses={200: dict})
    def post(self, request, pk: int):
        return Response({"proposal": pk, "released": proposal_release(proposal_id=pk, editor=request.user)})


class ProposalCandidates(APIView):
    permission_classes = [CanReview]

    @extend_schema(responses={200: dict})
    def get(self, request, pk: int):
        proposal = CaseProposal.objects.filter(pk=pk).first()
        if proposal is None:
            raise NotFound(f"proposal {pk} does not exist")
        found = merge_candidates(fields=proposal.fields, exclude_case=proposal.case_id)
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
            reviewer=request.user,
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
            result = proposals_bulk_approve(proposal_ids=data["ids"], reviewer=request.user)
        else:
            result = proposals_bulk_reject(
                proposal_ids=data["ids"],
                reviewer=request.user,
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
