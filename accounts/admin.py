from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Language, Municipality, Role, RoleGrant, ServiceArea, User


class AdministratorOnly:
    """Admin pages only administrators may use."""

    def _allowed(self, request):
        return request.user.is_active and request.user.has_role(Role.ADMINISTRATOR)

    def has_module_permission(self, request):
        return self._allowed(request)

    def has_view_permission(self, request, obj=None):
        return self._allowed(request)

    def has_add_permission(self, request, *args):
        return self._allowed(request)

    def has_change_permission(self, request, obj=None):
        return self._allowed(request)

    def has_delete_permission(self, request, obj=None):
        return self._allowed(request)


class RoleGrantInline(admin.TabularInline):
    model = RoleGrant
    extra = 0


@admin.register(User)
class UserAdmin(AdministratorOnly, BaseUserAdmin):
    inlines = [RoleGrantInline]
    list_display = ["username", "first_name", "last_name", "email", "municipality", "is_active"]
    list_filter = ["role_grants__role", "municipality__service_area", "supports_remotely", "is_active"]
    search_fields = ["username", "first_name", "last_name", "email"]
    fieldsets = BaseUserAdmin.fieldsets + (
        (
            _("Work"),
            {
                "fields": [
                    "phone",
                    "municipality",
                    "service_area",
                    "languages",
                    "supports_remotely",
                    "preferred_language",
                ]
            },
        ),
    )
    filter_horizontal = ["languages", "groups", "user_permissions"]


@admin.register(Municipality)
class MunicipalityAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["name", "code", "service_area"]
    list_filter = ["service_area"]


@admin.register(ServiceArea)
class ServiceAreaAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["name", "code"]


@admin.register(Language)
class LanguageAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["code", "name", "is_sami"]
