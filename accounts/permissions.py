"""Role checks for pages and endpoints, enforced on the server."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from rest_framework.permissions import BasePermission

from .models import Role


def role_required(*roles):
    """Page decorator: the person must be logged in and hold one of `roles` (administrators always pass)."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_role(*roles, Role.ADMINISTRATOR):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


class RoleRequiredMixin(LoginRequiredMixin):
    roles = ()

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not request.user.has_role(*self.roles, Role.ADMINISTRATOR):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class HasRole(BasePermission):
    """DRF permission: `HasRole.of(Role.COORDINATOR)` as a permission class."""

    roles = ()

    @classmethod
    def of(cls, *roles):
        return type("HasRole", (cls,), {"roles": roles})

    def has_permission(self, request, view):
        user = request.user
        return bool(user and user.is_authenticated and user.has_role(*self.roles, Role.ADMINISTRATOR))
