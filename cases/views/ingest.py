"""Editors' ingestion pages: feed sources with their health, and uploading a file."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from cases import permissions
from cases.exceptions import TrackerError
from cases.models import Source
from cases.selectors.articles import source_list
from cases.services.imports import article_upload
from cases.services.sources import source_poll_soon, source_save
from cases.views.common import require, submission_redirect

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def can_view_sources(user) -> bool:
    return user.is_authenticated and user.has_perm("cases.view_source")


def can_change_sources(user) -> bool:
    return (
        user.is_authenticated and user.has_perm("cases.change_source") and user.has_perm("cases.add_source")
    )


class SourceForm(forms.ModelForm):
    # Declared here to say that a URL typed without a scheme means https.
    url = forms.URLField(label="Feed URL", max_length=2000, assume_scheme="https")

    class Meta:
        model = Source
        fields = ["name", "url", "kind", "language", "poll_interval", "active", "reliability"]
        labels = {"url": "Feed URL", "poll_interval": "Poll every (minutes)", "language": "Language hint"}
        help_texts = {
            "url": "The RSS, Atom or RDF feed's address.",
            "language": "ISO 639-1 code, e.g. ru; used when an article's language cannot be detected.",
            "active": "Inactive sources are kept but not polled.",
        }
        widgets = {"url": forms.URLInput()}

    def clean_poll_interval(self):
        value = self.cleaned_data["poll_interval"]
        if value < 5:
            raise forms.ValidationError("Poll at most every 5 minutes.")
        return value


class UploadForm(forms.Form):
    file = forms.FileField(help_text="An HTML page, a plain text file or a PDF, up to 10 MB.")
    url = forms.URLField(
        label="Original URL", required=False, max_length=2000, assume_scheme="https",
        help_text="Where the article was published, if known.",
    )  # fmt: skip
    title = forms.CharField(required=False, max_length=1000, help_text="Taken from the file if empty.")
    language = forms.CharField(required=False, max_length=12, help_text="Detected if empty.")
    published = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}), label="Publication date"
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The file is larger than 10 MB.")
        name = upload.name.lower()
        if not name.endswith((".html", ".htm", ".xhtml", ".txt", ".text", ".pdf")):
            raise forms.ValidationError("Upload an .html, .txt or .pdf file.")
        return upload


@require(can_view_sources)
def source_index(request):
    return render(
        request,
        "ingest/sources.html",
        {"sources": source_list(), "can_change": can_change_sources(request.user)},
    )


@require(can_change_sources)
def source_edit(request, pk: int | None = None):
    source = get_object_or_404(Source, pk=pk) if pk else None
    form = SourceForm(request.POST or None, instance=source)
    if request.method == "POST" and form.is_valid():
        try:
            # The form has written into `source` while validating: give the service the stored row.
            stored = Source.objects.get(pk=source.pk) if source else None
            saved = source_save(actor=request.user, data=form.cleaned_data, source=stored)
        except TrackerError as exc:
            for field, message in exc.details.items():
                form.add_error(field if field in form.fields else None, message)
            if not exc.details:
                form.add_error(None, exc.message)
        else:
            messages.success(request, f"Source “{saved.name}” saved.")
            return redirect("source-list")
    return render(request, "ingest/source_form.html", {"form": form, "source": source})


@require_POST
@require(can_change_sources)
def source_poll_view(request, pk: int):
    try:
        source_poll_soon(source_id=pk, actor=request.user)
        messages.success(request, "Polling now; reload in a moment.")
    except TrackerError as exc:
        messages.error(request, exc.message)
    return redirect("source-list")


@require(permissions.can_submit)
def article_upload_view(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            submission = article_upload(
                actor=request.user,
                filename=upload.name,
                content=upload.read(),
                content_type=upload.content_type or "",
                url=form.cleaned_data["url"],
                title=form.cleaned_data["title"],
                language=form.cleaned_data["language"],
                published=form.cleaned_data["published"],
            )
        except TrackerError as exc:
            form.add_error(None, exc.message)
        else:
            stored = "File stored; extraction runs in the background."
            return submission_redirect(request, submission, stored=stored)
    return render(request, "ingest/upload.html", {"form": form})
