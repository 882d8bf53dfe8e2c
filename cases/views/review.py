"""The editor's workspace: queue, one proposal beside its article, merge, bulk, case edits.

Every POST redirects (post/redirect/get), and every transition underneath is a conditional
update, so a reload or a retried request shows the outcome instead of acting twice.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from cases import edtf, permissions
from cases.countries import country_choices, country_in, country_name
from cases.exceptions import AlreadyReviewed, ClaimedByOther, InvalidInput, TrackerError
from cases.extraction.model import STATUS_ORDER
from cases.forms import BulkForm, CaseEditForm, CaseFieldsForm, QueueFilterForm, RejectForm
from cases.highlight import highlight_segments
from cases.models import Case, CaseProposal, EventKind
from cases.search import alias_of
from cases.selectors.review import (
    DECIDED,
    claim_is_live,
    decided_page,
    extraction_quality,
    merge_candidates,
    proposal_group,
    quality_by_field,
    queue_languages,
    review_queue,
    review_queue_page,
)
from cases.selectors.triage import review_decisions, triage_count
from cases.services.cases import case_pseudonyms, case_snapshot, case_update, case_withdraw
from cases.services.proposals import (
    MERGE_FIELDS,
    MERGE_UNION_FIELDS,
    proposal_approve_with_group,
    proposal_claim,
    proposal_merge,
    proposal_passage,
    proposal_reject,
    proposal_release,
    proposal_reopen,
    proposal_undo_approve,
    proposals_bulk_approve,
    proposals_bulk_reject,
    undoable,
)
from cases.templatetags.review_tags import display as audit_display
from cases.views.common import require

QUEUE_SESSION_KEY = "review_queue_query"
SHORTCUTS = [
    ("j", "next proposal"),
    ("k", "previous proposal"),
    ("a", "approve (with your edits)"),
    ("r", "reject: choose a reason"),
    ("m", "merge into an existing case"),
    ("e", "edit: go to the first field"),
    ("Esc", "leave a field, so the keys work again"),
    ("?", "show or hide these keys"),
]
FIELD_SECTIONS = [
    ("What happened", ["kind", "status", "people_count", "roles"]),
    ("People", ["names"]),
    ("Route", ["origin", "transit", "destination"]),
    ("Dates", [f"date_{key}" for key in EventKind.values]),
    ("Editorial", ["summary", "reliability", "visibility"]),
]


def _queue_filter_form(query) -> QueueFilterForm:
    return QueueFilterForm(query, languages=queue_languages())


def _queue_from_session(request):
    """The queue as the editor last filtered it, so next/previous follow their view."""
    query = request.session.get(QUEUE_SESSION_KEY, "")
    return review_queue(_queue_filter_form(QueryDict(query)).filters()), query


@require(permissions.can_review_articles)
def queue(request):
    form = _queue_filter_form(request.GET)
    query = request.GET.copy()
    query.pop("page", None)
    request.session[QUEUE_SESSION_KEY] = query.urlencode()
    page = review_queue_page(form.filters(), number=request.GET.get("page"))
    return render(
        request,
        "review/queue.html",
        {
            "page": page,
            "filter_form": form,
            "reject_reasons": CaseProposal.RejectReason.choices,
            "now": timezone.now(),
            "triage_count": triage_count(),
            "filtered": any(v for k, v in request.GET.items() if k not in ("page", "sort")),
            "shortcuts": [("j / k", "move down / up the list"), ("Enter", "open"), ("x", "select for bulk")],
        },
    )


def _neighbours(request, proposal: CaseProposal) -> tuple[int | None, int | None]:
    proposals, _ = _queue_from_session(request)
    ids = list(proposals.values_list("pk", flat=True)[:2000])
    if proposal.pk not in ids:
        return (ids[0] if ids else None), None
    i = ids.index(proposal.pk)
    return (ids[i + 1] if i + 1 < len(ids) else None), (ids[i - 1] if i > 0 else None)


def _successors(request, proposal: CaseProposal) -> list[int]:
    """Queue ids after this proposal, then those before it; taken before a decision, while the
    proposal still holds its place in the editor's sort order."""
    proposals, _ = _queue_from_session(request)
    ids = list(proposals.values_list("pk", flat=True)[:2000])
    if proposal.pk not in ids:
        return ids
    i = ids.index(proposal.pk)
    return ids[i + 1 :] + ids[:i]


def _go_next(request, successors: list[int]):
    """To the next proposal that is still pending and that nobody else is working on."""
    free = {
        p.pk: p
        for p in CaseProposal.objects.filter(pk__in=successors[:200], status=CaseProposal.Status.PENDING)
        if not claim_is_live(p) or p.claimed_by_id == request.user.pk
    }
    following = next((pk for pk in successors[:200] if pk in free), None)
    if following:
        return redirect("proposal-detail", pk=following)
    _, query = _queue_from_session(request)
    return HttpResponseRedirect(reverse("review-queue") + (f"?{query}" if query else ""))


def _preview(value: str | None) -> str:
    """Beside a date field: its plain reading, and the EDTF it becomes when typed in words.
    An unreadable one gets its error message beside the field instead."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        stored = edtf.read(value)
    except edtf.EDTFError:
        return ""
    reading = edtf.describe(stored)
    return reading if stored == value else f"{stored} · {reading}"


@require(permissions.can_review_articles)
def place_lookup(request):
    """The country a selected place names, for evidence by selection: "Tbilisi" →
    `{"code": "GE", "name": "Georgia"}`, or `{"code": null}`."""
    code = country_in(request.GET.get("q", "")[:200], request.GET.get("lang", "")[:12])
    return JsonResponse({"code": code, "name": country_name(code) if code else None})


@require(permissions.can_review_articles)
def date_preview(request):
    """What a typed date becomes, for the preview beside a date field as the editor types:
    `{"edtf": "2023-22", "reading": "summer 2023"}`, or `{"error": ...}` with status 400."""
    value = request.GET.get("value", "")[:200]
    try:
        stored = edtf.read(value, request.GET.get("lang", "")[:12] or None)
    except edtf.EDTFError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"edtf": stored, "reading": edtf.describe(stored)})


def _field_rows(form, proposal: CaseProposal | None) -> list[dict]:
    evidence = (proposal.evidence if proposal else None) or {}
    confidence = (proposal.confidence if proposal else None) or {}
    sections = []
    for title, names in FIELD_SECTIONS:
        rows = []
        for name in names:
            if name not in form.fields:
                continue
            key = name.replace("date_", "dates.") if name.startswith("date_") else name
            items = [i for i in evidence.get(key) or [] if isinstance(i, dict)]
            rows.append(
                {
                    "field": form[name],
                    "key": key,
                    "in_text": sum(1 for i in items if isinstance(i.get("start"), int) and i["start"] >= 0),
                    "in_title": any(i.get("start", -1) == -1 for i in items),
                    "confidence": confidence.get(key),
                    "is_date": name.startswith("date_"),
                    "preview": _preview(form[name].value()) if name.startswith("date_") else "",
                }
            )
        sections.append({"title": title, "rows": rows})
    return sections


def _render_proposal(request, proposal, form, reject_form, status=200, claim_error=""):
    response = _proposal_page(request, proposal, form, reject_form, status, claim_error)
    # Back to a proposal decided meanwhile shows its decided state: the browser may not keep
    # the page (review.js also reloads one restored from the back-forward cache).
    response["Cache-Control"] = "no-store"
    return response


def _proposal_page(request, proposal, form, reject_form, status, claim_error):
    fields = proposal.fields
    next_id, prev_id = _neighbours(request, proposal) if proposal.status == "pending" else (None, None)
    group = proposal_group(proposal) if proposal.status == "pending" else []
    candidates = (
        merge_candidates(fields=fields, limit=3, passage=proposal_passage(proposal))
        if proposal.status == "pending"
        else []
    )
    return render(
        request,
        "review/proposal.html",
        {
            "proposal": proposal,
            "article": proposal.article,
            "form": form,
            "sections": _field_rows(form, proposal),
            "reject_form": reject_form,
            "route": [country_name(fields.get("origin")) or "?"]
            + [country_name(c) for c in fields.get("transit") or []]
            + [country_name(fields.get("destination")) or "?"],
            "segments": highlight_segments(proposal.article.text, proposal.evidence),
            "group": group,
            "candidates": candidates,
            "next_id": next_id,
            "prev_id": prev_id,
            "claim_error": claim_error,
            "shortcuts": SHORTCUTS,
            "countries": dict(country_choices()),
            "can_undo": undoable(proposal, request.user),
        },
        status=status,
    )


@require(permissions.can_review_articles)
def proposal_detail(request, pk: int):
    proposal = get_object_or_404(
        CaseProposal.objects.select_related("article", "article__source", "case", "reviewer", "claimed_by"),
        pk=pk,
    )
    claim_error = ""
    if proposal.status == CaseProposal.Status.PENDING:
        try:
            proposal.claimed_until = proposal_claim(proposal_id=pk, actor=request.user)
            proposal.claimed_by = request.user
        except ClaimedByOther as exc:
            claim_error = exc.message
        except AlreadyReviewed:
            proposal.refresh_from_db()
    initial = CaseFieldsForm.initial_from_fields(proposal.fields)
    if proposal.article.source:
        # The source's standing reliability is the editor's starting point for the case.
        initial["reliability"] = proposal.article.source.reliability
    form = CaseFieldsForm(initial=initial)
    return _render_proposal(request, proposal, form, RejectForm(), claim_error=claim_error)


@require_POST
@require(permissions.can_review)
def proposal_claim_view(request, pk: int):
    try:
        proposal_claim(proposal_id=pk, actor=request.user, force=True)
        messages.success(request, "You are now working on this proposal.")
    except TrackerError as exc:
        messages.error(request, exc.message)
    return redirect("proposal-detail", pk=pk)


@require_POST
@require(permissions.can_review)
def proposal_release_view(request, pk: int):
    proposal_release(proposal_id=pk, actor=request.user)
    messages.info(request, "Released: other editors see this proposal as free.")
    _, query = _queue_from_session(request)
    return HttpResponseRedirect(reverse("review-queue") + (f"?{query}" if query else ""))


def _already(request, pk: int, exc: TrackerError):
    proposal = CaseProposal.objects.filter(pk=pk).first()
    if proposal and proposal.case_id and proposal.reviewer_id == request.user.pk:
        messages.info(request, f"Already done: this proposal is {proposal.get_status_display().lower()}.")
    else:
        messages.error(request, exc.message)
    return redirect("proposal-detail", pk=pk)


@require_POST
@require(permissions.can_review)
def proposal_approve_view(request, pk: int):
    proposal = get_object_or_404(CaseProposal.objects.select_related("article"), pk=pk)
    form = CaseFieldsForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Please correct the highlighted fields.")
        return _render_proposal(request, proposal, form, RejectForm(), status=400)
    successors = _successors(request, proposal)
    try:
        approval = proposal_approve_with_group(
            proposal_id=pk,
            actor=request.user,
            attach_group=bool(request.POST.get("attach_group")),
            changes=form.case_fields,
            summary=form.cleaned_data["summary"],
            reliability=form.cleaned_data["reliability"],
            visibility=form.cleaned_data["visibility"],
            pseudonyms=form.pseudonyms,
            evidence=form.cleaned_data["evidence"],
        )
    except AlreadyReviewed as exc:
        return _already(request, pk, exc)
    except TrackerError as exc:
        messages.error(request, exc.message)
        return redirect("proposal-detail", pk=pk)
    case, attached = approval.case, len(approval.attached)
    extra = f", with {attached} more source{'s' if attached != 1 else ''}" if attached else ""
    messages.success(
        request, f"Approved: case {case.pk} created{extra}.", extra_tags=f"case:{case.pk} undo:{pk}"
    )
    return _go_next(request, successors)


@require_POST
@require(permissions.can_review)
def proposal_undo_view(request, pk: int):
    """Undo one's approval of a few minutes ago: the case is withdrawn, the proposal pending."""
    try:
        proposal_undo_approve(proposal_id=pk, actor=request.user)
    except TrackerError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request, f"Approval undone: the case is withdrawn and proposal {pk} is pending again."
        )
    return redirect("proposal-detail", pk=pk)


@require_POST
@require(permissions.can_review)
def proposal_reopen_view(request, pk: int):
    """Put a rejected proposal back in the queue."""
    try:
        proposal_reopen(proposal_id=pk, actor=request.user)
    except TrackerError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"Proposal {pk} is pending again.")
    return redirect("proposal-detail", pk=pk)


@require(permissions.can_review_articles)
def decided(request):
    """The decided side of the queue: approved, rejected and merged proposals, with who
    decided and when, filtered like the pending view."""
    form = _queue_filter_form(request.GET)
    decision = request.GET.get("decision", "")
    decision = decision if decision in DECIDED else ""
    mine = request.GET.get("mine") == "1"
    page = decided_page(
        form.filters(),
        status=decision,
        reviewer=request.user.pk if mine else None,
        number=request.GET.get("page"),
    )
    return render(
        request,
        "review/decided.html",
        {
            "page": page,
            "filter_form": form,
            "decision": decision,
            "decisions": [(s, CaseProposal.Status(s).label) for s in DECIDED],
            "mine": mine,
            "filtered": any(v for k, v in request.GET.items() if k not in ("page", "sort")),
            "undoable": {p.pk for p in page if undoable(p, request.user)},
        },
    )


@require_POST
@require(permissions.can_review)
def proposal_reject_view(request, pk: int):
    proposal = get_object_or_404(CaseProposal.objects.select_related("article"), pk=pk)
    reject_form = RejectForm(request.POST)
    if not reject_form.is_valid():
        form = CaseFieldsForm(initial=CaseFieldsForm.initial_from_fields(proposal.fields))
        return _render_proposal(request, proposal, form, reject_form, status=400)
    successors = _successors(request, proposal)
    try:
        proposal_reject(
            proposal_id=pk,
            actor=request.user,
            reason=reject_form.cleaned_data["reason"],
            note=reject_form.cleaned_data["note"],
        )
    except AlreadyReviewed as exc:
        return _already(request, pk, exc)
    except InvalidInput as exc:
        # "Other" without a note: the panel stays open with the reason beside the note.
        reject_form.add_error("note", exc.message)
        form = CaseFieldsForm(initial=CaseFieldsForm.initial_from_fields(proposal.fields))
        return _render_proposal(request, proposal, form, reject_form, status=400)
    except TrackerError as exc:
        messages.error(request, exc.message)
        return redirect("proposal-detail", pk=pk)
    messages.success(
        request, f"Rejected proposal {pk}: {proposal.RejectReason(reject_form.cleaned_data['reason']).label}."
    )
    return _go_next(request, successors)


def _display(key: str, value) -> str:
    if value in (None, "", []):
        return "—"
    if key in ("kind", "status", "roles"):
        return audit_display(key, value)
    if key in ("origin", "destination"):
        return f"{country_name(value)} ({value})"
    if key == "transit":
        return " → ".join(country_name(c) for c in value)
    if key.startswith("dates."):
        return f"{edtf.describe(value)} ({value})"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def merge_rows(case_fields: dict, proposal_fields: dict) -> list[dict]:
    """One row per field for the side-by-side merge table, with the sensible default pick."""
    labels = dict(CaseFieldsForm.base_fields.items())
    rows = []
    keys = [(k, labels[k].label or k.replace("_", " ").capitalize()) for k in MERGE_FIELDS]
    keys += [(f"dates.{k}", label) for k, label in EventKind.choices]
    for key, label in keys:
        if key.startswith("dates."):
            kind = key.split(".", 1)[1]
            ours, theirs = (
                (case_fields.get("dates") or {}).get(kind),
                (proposal_fields.get("dates") or {}).get(kind),
            )
        else:
            ours, theirs = case_fields.get(key), proposal_fields.get(key)
        empty = (None, "", [])
        default = "proposal" if ours in empty and theirs not in empty else "case"
        note = ""
        if ours not in empty and theirs not in empty and ours != theirs:
            default, note = _suggestion(key, ours, theirs) or (default, "")
        rows.append(
            {
                "key": key,
                "label": label,
                "case": _display(key, ours),
                "proposal": _display(key, theirs),
                "same": ours == theirs or (ours in empty and theirs in empty),
                "default": default,
                "union": key in MERGE_UNION_FIELDS,
                "note": note,
            }
        )
    return rows


def _suggestion(key: str, ours, theirs) -> tuple[str, str] | None:
    """A newer fact the merged article reports, picked by default with the reason said: a
    later status (GUIDELINES precedence), a later date of the same event, or another
    spelling of a person the case names (both kept, as aliases)."""
    if key == "status" and {ours, theirs} <= set(STATUS_ORDER):
        later = STATUS_ORDER.index(theirs) < STATUS_ORDER.index(ours)
        return ("proposal", "newer: a later state of the case") if later else None
    if key.startswith("dates.") and edtf.is_valid(str(ours)) and edtf.is_valid(str(theirs)):
        later = (edtf.parse(str(theirs)).latest or date.min) > (edtf.parse(str(ours)).latest or date.min)
        return ("proposal", "newer: a later date for this event") if later else None
    if key == "names":
        owners = alias_of([*ours, *theirs])
        if any(owner is not None and owner < len(ours) for owner in owners[len(ours) :]):
            return "union", "another spelling of a person the case names: both kept"
    return None


@require(permissions.can_review_articles)
def proposal_merge_view(request, pk: int):
    proposal = get_object_or_404(CaseProposal.objects.select_related("article", "case"), pk=pk)
    if request.method == "POST":
        successors = _successors(request, proposal)
        choices = {k[len("choice_") :]: v for k, v in request.POST.items() if k.startswith("choice_")}
        try:
            case = proposal_merge(
                proposal_id=pk,
                case_id=int(request.POST.get("case", 0)),
                actor=request.user,
                choices=choices,
            )
        except AlreadyReviewed as exc:
            return _already(request, pk, exc)
        except (TrackerError, ValueError) as exc:
            messages.error(request, getattr(exc, "message", "Choose a case to merge into."))
            return redirect(reverse("proposal-merge", args=[pk]) + f"?case={request.POST.get('case', '')}")
        messages.success(request, f"Merged proposal {pk} into case {case.pk}.", extra_tags=f"case:{case.pk}")
        return _go_next(request, successors)
    if proposal.status != CaseProposal.Status.PENDING:
        return redirect("proposal-detail", pk=pk)
    candidates = merge_candidates(fields=proposal.fields, limit=6, passage=proposal_passage(proposal))
    chosen = None
    raw = request.GET.get("case", "").strip().lstrip("#")
    if raw.isdigit():
        chosen = (
            Case.objects.prefetch_related("people", "events", "sources__article").filter(pk=int(raw)).first()
        )
        if chosen is None:
            messages.error(request, f"There is no case {raw}.")
    elif candidates:
        chosen = candidates[0].case
    return render(
        request,
        "review/merge.html",
        {
            "proposal": proposal,
            "article": proposal.article,
            "candidates": candidates,
            "chosen": chosen,
            "rows": merge_rows(case_snapshot(chosen), proposal.fields) if chosen else [],
            "shortcuts": [("1–6", "compare with candidate 1–6"), ("Esc", "back to the proposal")],
        },
    )


@require_POST
@require(permissions.can_review)
def bulk_view(request):
    form = BulkForm(request.POST)
    ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()]
    back = reverse("review-queue") + (
        f"?{request.session.get(QUEUE_SESSION_KEY)}" if request.session.get(QUEUE_SESSION_KEY) else ""
    )
    if not form.is_valid():
        messages.error(request, "Choose approve or reject.")
        return HttpResponseRedirect(back)
    try:
        if form.cleaned_data["action"] == "approve":
            result = proposals_bulk_approve(proposal_ids=ids, actor=request.user)
            verb = "Approved"
        else:
            result = proposals_bulk_reject(
                proposal_ids=ids,
                actor=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
            verb = "Rejected"
    except TrackerError as exc:
        messages.error(request, exc.message)
        return HttpResponseRedirect(back)
    if result.done:
        messages.success(
            request, f"{verb} {len(result.done)} proposal{'s' if len(result.done) != 1 else ''}."
        )
    for proposal_id, why in result.skipped.items():
        messages.warning(request, f"Proposal {proposal_id} was skipped: {why}")
    return HttpResponseRedirect(back)


@require(permissions.can_review_articles)
def case_edit(request, pk: int):
    case = Case.objects.filter(pk=pk).first()
    if case is None:
        raise Http404("No such case")
    if request.method == "POST":
        form = CaseEditForm(request.POST)
        if form.is_valid():
            changes = {
                **form.case_fields,
                **{k: form.cleaned_data[k] for k in ("summary", "reliability", "visibility")},
            }
            try:
                case_update(
                    case_id=pk,
                    actor=request.user,
                    changes=changes,
                    loaded_at=form.cleaned_data["loaded_at"],
                    note=form.cleaned_data["note"],
                    pseudonyms=form.pseudonyms,
                )
            except TrackerError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, f"Case {pk} saved.")
                return redirect("case-detail", pk=pk)
    else:
        form = CaseEditForm(
            initial=CaseEditForm.initial_from_case(
                case_snapshot(case), case.updated_at, case_pseudonyms(case)
            )
        )
    return render(
        request,
        "review/case_edit.html",
        {
            "case": case,
            "form": form,
            "sections": _field_rows(form, None),
            "countries": dict(country_choices()),
        },
        status=400 if form.errors else 200,
    )


@require_POST
@require(permissions.can_review)
def case_withdraw_view(request, pk: int):
    """Withdraw an approved case, with the editor's reason; it stays, with its history."""
    try:
        case_withdraw(case_id=pk, actor=request.user, reason=request.POST.get("reason", ""))
    except TrackerError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"Case {pk} withdrawn: it no longer appears in lists, charts or exports.")
    return redirect("case-detail", pk=pk)


@require(permissions.can_review)
def quality(request):
    # A period keeps the page quick on a large base (the counts read every approved proposal
    # in it); the latest 90 days also say most about the current extractor.
    periods = {"90": "last 90 days", "365": "last year", "all": "all time"}
    period = request.GET.get("period", "90")
    if period not in periods:
        period = "90"
    since = None if period == "all" else (timezone.now() - timedelta(days=int(period))).date()
    rows = extraction_quality(since=since)
    return render(
        request,
        "review/quality.html",
        {
            "rows": rows,
            "totals": quality_by_field(rows),
            "decisions": review_decisions(since=since),
            "period": period,
            "periods": periods,
        },
    )
