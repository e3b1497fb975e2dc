from django.contrib import admin

from .models import BulkJob, Certificate, CertificateEvent, CertificationRule


@admin.register(CertificationRule)
class CertificationRuleAdmin(admin.ModelAdmin):
    list_display = [
        "course",
        "validity_days",
        "required_supervision_hours",
        "requires_coordinator_approval",
        "renewal_window_days",
        "renewal_supervision_hours",
    ]
    list_select_related = ["course"]


class CertificateEventInline(admin.TabularInline):
    model = CertificateEvent
    extra = 0
    can_delete = False
    readonly_fields = ["action", "by", "reason", "at"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    # Changes go through the coordinator pages, which audit them and notify the roster.
    list_display = ["number", "holder", "programme", "issued_on", "valid_until", "status"]
    list_filter = ["status", "programme"]
    search_fields = ["number", "holder__first_name", "holder__last_name", "holder__email"]
    list_select_related = ["holder"]
    readonly_fields = [field.name for field in Certificate._meta.fields]
    inlines = [CertificateEventInline]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(BulkJob)
class BulkJobAdmin(admin.ModelAdmin):
    list_display = ["cohort", "action", "state", "processed", "total", "created_at"]
    readonly_fields = [field.name for field in BulkJob._meta.fields]

    def has_add_permission(self, request):
        return False
