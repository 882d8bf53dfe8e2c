from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from cases import permissions
from cases.countries import country_name
from cases.exceptions import TrackerError
from cases.forms import CaseFieldsForm, RejectForm
from cases.highlight import highlight_segments
from cases.models import CaseProposal
from cases.selectors import review_queue
from cases.services.proposals import proposal_approve, proposal_reject
from cases.views.common import require


@require(permissions.can_review)
def queue(request):
    page = Paginator(review_queue(), 50).get_page(request.GET.get("page"))
    return render(request, "review/queue.html", {"page": page})


def _next_pending(after: CaseProposal) -> CaseProposal | None:
    return review_queue().filter(created_at__lte=after.created_at).exclude(pk=after.pk).first()


@require(permissions.can_review)
def proposal_detail(request, pk: int):
    proposal = get_object_or_404(CaseProposal.objects.select_related("article", "case"), pk=pk)
    form = CaseFieldsForm(initial=CaseFieldsForm.initial_from_fields(proposal.fields))
    return _render_proposal(request, proposal, form, RejectForm())


def _render_proposal(request, proposal, form, reject_form, status=200):
    fields = proposal.fields
    return render(
        request,
        "review/proposal.html",
        {
            "proposal": proposal,
            "article": proposal.article,
            "form": form,
            "reject_form": reject_form,
            "route": [country_name(fields.get("origin"))]
            + [country_name(c) for c in fields.get("transit") or []]
            + [country_name(fields.get("destination"))],
            "evidence": proposal.evidence,
            "segments": highlight_segments(proposal.article.text, proposal.evidence),
        },
        status=status,
    )


@require_POST
@require(permissions.can_review)
def proposal_approve_view(request, pk: int):
    proposal = get_object_or_404(CaseProposal.objects.select_related("article"), pk=pk)
    form = CaseFieldsForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Please correct the highlighted fields.")
        return _render_proposal(request, proposal, form, RejectForm(), status=400)
    try:
        case = proposal_approve(
            proposal_id=pk,
            reviewer=request.user,
            changes=form.case_fields,
            summary=form.cleaned_data["summary"],
            reliability=form.cleaned_data["reliability"],
            visibility=form.cleaned_data["visibility"],
        )
    except TrackerError as exc:
        messages.error(request, exc.message)
        return redirect("proposal-detail", pk=pk)
    messages.success(request, f"Approved: case {case.pk} created.")
    following = _next_pending(proposal)
    return redirect("proposal-detail", pk=following.pk) if following else redirect("review-queue")


@require_POST
@require(permissions.can_review)
def proposal_reject_view(request, pk: int):
    proposal = get_object_or_404(CaseProposal.objects.select_related("article"), pk=pk)
    reject_form = RejectForm(request.POST)
    if not reject_form.is_valid():
        form = CaseFieldsForm(initial=CaseFieldsForm.initial_from_fields(proposal.fields))
        return _render_proposal(request, proposal, form, reject_form, status=400)
    try:
        proposal_reject(
            proposal_id=pk,
            reviewer=request.user,
            reason=reject_form.cleaned_data["reason"],
            note=reject_form.cleaned_data["note"],
        )
    except TrackerError as exc:
        messages.error(request, exc.message)
        return redirect("proposal-detail", pk=pk)
    messages.success(request, "Rejected.")
    following = _next_pending(proposal)
    return redirect("proposal-detail", pk=following.pk) if following else redirect("review-queue")
