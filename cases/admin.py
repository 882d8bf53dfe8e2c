import json

from django.contrib import admin
from django.core.serializers.json import DjangoJSONEncoder
from django.forms.models import model_to_dict

from cases import withholding
from cases.models import (
    Article,
    AuditEvent,
    Case,
    CaseEvent,
    CaseProposal,
    CaseSource,
    ExportLog,
    Person,
    Source,
)
from cases.services.audit import audit_record


def _snapshot(obj) -> dict:
    """The object's fields as JSON values, for the audit trail."""
    if obj is None or obj.pk is None:
        return {}
    return json.loads(json.dumps(model_to_dict(obj), cls=DjangoJSONEncoder, default=str))


class NamesRequired:
    """Admin pages that hold names (articles, proposals, cases, people, the audit trail,
    export logs): staff without `cases.view_names` do not see them at all."""

    names_required = True

    def _names_ok(self, request) -> bool:
        return not self.names_required or withholding.may_see_names(request.user)

    def has_module_permission(self, request) -> bool:
        return self._names_ok(request) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None) -> bool:
        return self._names_ok(request) and super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None) -> bool:
        return self._names_ok(request) and super().has_change_permission(request, obj)


class AuditedAdmin(NamesRequired, admin.ModelAdmin):
    """Edits made in the admin are audited like every other change: who, when, before, after."""

    def save_model(self, request, obj, form, change):
        before = _snapshot(type(obj).objects.filter(pk=obj.pk).first()) if change and obj.pk else None
        super().save_model(request, obj, form, change)
        audit_record(
            actor=request.user,
            action="admin.change" if change else "admin.add",
            obj=obj,
            before=before,
            after=_snapshot(obj),
        )

    def delete_model(self, request, obj):
        before = _snapshot(obj)
        pk = obj.pk
        super().delete_model(request, obj)
        obj.pk = pk
        audit_record(actor=request.user, action="admin.delete", obj=obj, before=before)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        for inline in [*formset.new_objects, *(o for o, _ in formset.changed_objects)]:
            audit_record(actor=request.user, action="admin.change", obj=inline, after=_snapshot(inline))
        for inline in formset.deleted_objects:
            audit_record(actor=request.user, action="admin.delete", obj=inline)


@admin.register(Source)
class SourceAdmin(AuditedAdmin):
    names_required = False  # feeds and sites, not people
    list_display = ["name", "kind", "language", "active", "last_polled_at", "error_count"]
    list_filter = ["kind", "active", "language"]
    search_fields = ["name", "url"]


@admin.register(Article)
class ArticleAdmin(AuditedAdmin):
    list_display = ["title", "status", "language", "published", "source", "created_at"]
    list_filter = ["status", "language"]
    search_fields = ["title", "url", "canonical_url"]
    raw_id_fields = ["duplicate_of", "near_duplicate_of", "source", "submitted_by"]


@admin.register(CaseProposal)
class CaseProposalAdmin(AuditedAdmin):
    list_display = ["id", "article", "status", "extractor_version", "overall_confidence", "created_at"]
    list_filter = ["status", "extractor_version"]
    raw_id_fields = ["article", "case", "reviewer", "claimed_by"]


class PersonInline(NamesRequired, admin.TabularInline):
    """A case's people: only for staff who may see names."""

    model = Person
    extra = 0


class CaseEventInline(admin.TabularInline):
    model = CaseEvent
    extra = 0


class CaseSourceInline(admin.TabularInline):
    model = CaseSource
    extra = 0
    raw_id_fields = ["article", "proposal", "added_by"]


@admin.register(Case)
class CaseAdmin(AuditedAdmin):
    list_display = ["id", "kind", "origin", "destination", "status", "people_count", "approved_at"]
    list_filter = ["kind", "status", "origin", "destination", "visibility"]
    inlines = [PersonInline, CaseEventInline, CaseSourceInline]
    raw_id_fields = ["approved_from", "approved_by"]


@admin.register(AuditEvent)
class AuditEventAdmin(AuditedAdmin):
    list_display = ["at", "actor", "action", "object_type", "object_id"]
    list_filter = ["action", "object_type"]

    def has_change_permission(self, request, obj=None):
        return False  # the audit trail is append-only

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ExportLog)
class ExportLogAdmin(AuditedAdmin):
    list_display = ["at", "user", "kind", "row_count"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Person)
class PersonAdmin(AuditedAdmin):
    """People are names: only for staff who may see names (AuditedAdmin.names_required)."""

    list_display = ["id", "case", "name", "is_pseudonym"]
    raw_id_fields = ["case"]


admin.site.register([CaseEvent, CaseSource], AuditedAdmin)
