from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts.admin import AdministratorOnly
from courses.admin import TrainerAuthored

from . import services
from .forms import ContentAdminForm
from .models import Attempt, Content, Library, Statement


@admin.register(Content)
class ContentAdmin(TrainerAuthored, admin.ModelAdmin):
    """Upload or replace an activity's package; the package is validated on the form, so errors show there."""

    form = ContentAdminForm
    list_display = ["title", "activity", "main_library", "completion_rule", "pass_threshold", "uploaded_at"]
    list_select_related = ["activity"]
    search_fields = ["title", "main_library"]
    readonly_fields = [
        "title",
        "main_library",
        "file_name",
        "size",
        "uploaded_by",
        "uploaded_at",
        "start_error",
        "start_error_at",
        "library_list",
        "links",
    ]
    fields = ["activity", "package", "completion_rule", "pass_threshold", *readonly_fields]

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields + (["activity"] if obj else [])

    @admin.display(description=_("libraries"))
    def library_list(self, content):
        return ", ".join(str(library) for library in content.libraries.all()) if content.pk else "-"

    @admin.display(description=_("links"))
    def links(self, content):
        if not content.pk:
            return "-"
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("courses:activity", args=[content.activity_id]),
            _("Preview as a trainee"),
            reverse("h5p:attempts", args=[content.activity_id]),
            _("Trainees' attempts"),
        )

    def save_model(self, request, obj, form, change):
        if form.package is None:
            obj.save()
            return
        upload = form.cleaned_data["package"]
        content = services.import_package(
            obj.activity,
            form.package,
            by=request.user,
            file_name=upload.name,
            pass_threshold=form.cleaned_data.get("pass_threshold"),
        )
        services.set_completion_rule(content, form.cleaned_data["completion_rule"])
        obj.pk = content.pk
        obj.refresh_from_db()
        obj._state.adding = False

    def save_related(self, request, form, formsets, change):
        """The libraries were set by the import; the form has no related fields of its own."""


@admin.register(Library)
class LibraryAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["machine_name", "version", "title", "updated_at"]
    search_fields = ["machine_name", "title"]
    readonly_fields = [
        "machine_name",
        "major_version",
        "minor_version",
        "patch_version",
        "title",
        "metadata",
        "files",
        "updated_at",
    ]

    def has_add_permission(self, request, *args):
        return False


@admin.register(Attempt)
class AttemptAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["user", "activity", "score_scaled", "is_passed", "finished_at"]
    list_filter = ["is_passed"]
    list_select_related = ["user", "activity"]
    raw_id_fields = ["user", "activity", "statement"]

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Statement)
class StatementAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["user", "verb", "activity", "score_scaled", "stored_at"]
    list_select_related = ["user", "activity"]
    raw_id_fields = ["user", "activity"]

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False
