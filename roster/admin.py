from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _, ngettext

from accounts.admin import AdministratorOnly

from . import services
from .models import (
    ApiClient,
    ApiToken,
    AuditedPerson,
    AuditEntry,
    EventType,
    RosterEntry,
    StatusChange,
    Theme,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)


class ReadOnly:
    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Theme)
class ThemeAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["name", "code"]


class StatusChangeInline(ReadOnly, admin.TabularInline):
    model = StatusChange
    extra = 0
    fields = ["changed_at", "previous", "status", "reason"]
    readonly_fields = fields


@admin.register(RosterEntry)
class RosterEntryAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = [
        "person",
        "status",
        "valid_until",
        "supervision_due",
        "max_clients",
        "current_clients",
        "paused_until",
    ]
    list_filter = ["status", "person__municipality", "themes"]
    search_fields = ["person__first_name", "person__last_name", "person__username"]
    readonly_fields = ["person", "status", "reason", "valid_until", "supervision_due", "status_since"]
    filter_horizontal = ["themes", "contract_municipalities"]
    inlines = [StatusChangeInline]

    def has_add_permission(self, request, *args):
        return False  # entries follow certificates


class ApiTokenInline(ReadOnly, admin.TabularInline):
    model = ApiToken
    extra = 0
    fields = ["prefix", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = fields


class WebhookEndpointInline(admin.TabularInline):
    model = WebhookEndpoint
    extra = 0
    fields = ["url", "is_active", "secret"]
    readonly_fields = ["secret"]


@admin.register(ApiClient)
class ApiClientAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["name", "scopes", "requests_per_minute", "is_active", "created_by", "created_at"]
    fields = ["name", "scopes", "requests_per_minute", "is_active"]
    inlines = [ApiTokenInline, WebhookEndpointInline]
    actions = ["issue_new_token", "revoke_tokens"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if not change:
            self._show_token(request, obj)

    def save_formset(self, request, form, formset, change):
        for endpoint in formset.save(commit=False):
            if not endpoint.pk:
                endpoint.created_by = request.user
            endpoint.save()
        formset.save_m2m()
        for removed in formset.deleted_objects:
            removed.delete()

    def _show_token(self, request, client):
        _token, raw = services.issue_token(client)
        self.message_user(
            request,
            _("New token for %(client)s: %(token)s. Copy it now: it is not shown again.")
            % {"client": client, "token": raw},
            messages.WARNING,
        )

    @admin.action(description=_("Issue a new token"))
    def issue_new_token(self, request, queryset):
        for client in queryset:
            self._show_token(request, client)

    @admin.action(description=_("Revoke every token"))
    def revoke_tokens(self, request, queryset):
        tokens = ApiToken.objects.filter(client__in=queryset, revoked_at__isnull=True)
        count = 0
        for token in tokens:
            services.revoke_token(token)
            count += 1
        self.message_user(
            request, ngettext("%(count)d token revoked.", "%(count)d tokens revoked.", count) % {"count": count}
        )


class AuditedPersonInline(ReadOnly, admin.TabularInline):
    model = AuditedPerson
    extra = 0
    fields = ["position", "person", "score"]
    readonly_fields = fields


@admin.register(AuditEntry)
class AuditEntryAdmin(AdministratorOnly, ReadOnly, admin.ModelAdmin):
    list_display = ["at", "kind", "client", "user"]
    list_filter = ["kind", "client"]
    date_hierarchy = "at"
    inlines = [AuditedPersonInline]


class WebhookDeliveryInline(ReadOnly, admin.TabularInline):
    model = WebhookDelivery
    extra = 0
    fields = ["endpoint", "state", "attempts", "next_attempt_at", "finished_at"]
    readonly_fields = fields


@admin.register(WebhookEvent)
class WebhookEventAdmin(AdministratorOnly, ReadOnly, admin.ModelAdmin):
    list_display = ["created_at", "type", "person", "id"]
    list_filter = ["type"]
    inlines = [WebhookDeliveryInline]


class WebhookAttemptInline(ReadOnly, admin.TabularInline):
    model = WebhookAttempt
    extra = 0
    fields = ["number", "attempted_at", "status_code", "succeeded", "location", "error", "duration_ms"]
    readonly_fields = fields


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(AdministratorOnly, ReadOnly, admin.ModelAdmin):
    list_display = ["created_at", "event", "endpoint", "state", "attempts", "next_attempt_at"]
    list_filter = ["state", "endpoint"]
    list_select_related = ["event", "endpoint"]
    inlines = [WebhookAttemptInline]


class WebhookEndpointAdminForm(forms.ModelForm):
    event_types = forms.MultipleChoiceField(
        label=_("events sent"), choices=EventType.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["client", "url", "event_types", "is_active"]


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(AdministratorOnly, admin.ModelAdmin):
    form = WebhookEndpointAdminForm
    list_display = ["url", "client", "is_active"]
    fields = ["client", "url", "event_types", "is_active", "secret"]
    readonly_fields = ["secret"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
