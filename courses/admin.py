from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts.admin import AdministratorOnly
from accounts.models import Role
from common.models import ContentFallback
from common.translated import fallback_order

from .models import Activity, Cohort, Course, Enrolment, Module


class TrainerAuthored(AdministratorOnly):
    """Curriculum pages trainers author; administrators may too."""

    def _allowed(self, request):
        return request.user.is_active and request.user.has_role(Role.TRAINER, Role.ADMINISTRATOR)


class ModuleInline(TrainerAuthored, admin.TabularInline):
    model = Module
    fields = ["order", "title", "is_required", "estimated_minutes", "preview"]
    readonly_fields = ["preview"]
    extra = 0
    show_change_link = True

    @admin.display(description=_("preview"))
    def preview(self, module):
        if not module.pk:
            return "-"
        return format_html(
            '<a href="{}">{}</a>', reverse("courses:module", args=[module.pk]), _("Preview as a trainee")
        )


@admin.register(Course)
class CourseAdmin(TrainerAuthored, admin.ModelAdmin):
    list_display = ["__str__", "code", "version", "is_published"]
    list_filter = ["is_published"]
    inlines = [ModuleInline]
    view_on_site = True


class ActivityInline(TrainerAuthored, admin.StackedInline):
    model = Activity
    fields = [("order", "kind", "is_required", "estimated_minutes"), "title", "body", "video_url"]
    extra = 0
    ordering = ["order", "pk"]
    show_change_link = True


@admin.register(Module)
class ModuleAdmin(TrainerAuthored, admin.ModelAdmin):
    list_display = ["__str__", "course", "order", "is_required", "estimated_minutes"]
    list_filter = ["course"]
    list_editable = ["order"]
    ordering = ["course", "order"]
    filter_horizontal = ["prerequisites"]
    inlines = [ActivityInline]
    view_on_site = True


@admin.register(Activity)
class ActivityAdmin(TrainerAuthored, admin.ModelAdmin):
    list_display = ["__str__", "module", "kind", "order", "is_required"]
    list_filter = ["kind", "module__course"]
    ordering = ["module__course", "module__order", "order"]
    view_on_site = True


class EnrolmentInline(TrainerAuthored, admin.TabularInline):
    model = Enrolment
    fields = ["user", "enrolled_at"]
    readonly_fields = ["enrolled_at"]
    raw_id_fields = ["user"]
    extra = 0


@admin.register(Cohort)
class CohortAdmin(TrainerAuthored, admin.ModelAdmin):
    list_display = ["name", "course", "municipality", "start_date", "end_date"]
    list_filter = ["course", "municipality"]
    filter_horizontal = ["trainers", "coordinators"]
    inlines = [EnrolmentInline]
    view_on_site = True


@admin.register(ContentFallback)
class ContentFallbackAdmin(TrainerAuthored, admin.ModelAdmin):
    """Trainers decide which language a learner sees when a text is missing in the interface language."""

    list_display = ["language", "order", "updated_at"]
    fields = ["language", "order"]

    def changelist_view(self, request, extra_context=None):
        # The list shows only the orders a trainer stored; the table above it shows what every
        # interface language uses now, the default included, so nobody has to guess it.
        stored = set(ContentFallback.objects.values_list("language", flat=True))
        in_effect = [
            {"name": name, "code": code, "order": ", ".join(fallback_order(code)), "is_stored": code in stored}
            for code, name in settings.LANGUAGES
        ]
        return super().changelist_view(request, {**(extra_context or {}), "orders_in_effect": in_effect})

    def get_changeform_initial_data(self, request):
        """A new order starts from the one in effect for the language asked for (?language=sv)."""
        initial = super().get_changeform_initial_data(request)
        language = initial.get("language")
        if language in dict(settings.LANGUAGES):
            initial.setdefault("order", ", ".join(fallback_order(language)))
        return initial
