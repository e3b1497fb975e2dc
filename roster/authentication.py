"""How API clients prove who they are, what they may do, and how often they may ask."""

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions, permissions, throttling

from accounts.models import Role
from common import ratelimit

from . import services
from .models import ApiToken

SESSION_REQUESTS_PER_MINUTE = 60


class BearerTokenAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer <token>`; the request's `auth` is the ApiToken, its user anonymous."""

    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(_("Give the token after the word Bearer, with no spaces."))
        token = services.token_for(header[1].decode(errors="replace"))
        if token is None:
            raise exceptions.AuthenticationFailed(_("The token is not valid or has been revoked."))
        return AnonymousUser(), token

    def authenticate_header(self, request):
        return self.keyword


def client_of(request):
    return request.auth.client if isinstance(request.auth, ApiToken) else None


class HasScope(permissions.BasePermission):
    """A token carrying `scope`, or (where `coordinators` is set) a logged-in coordinator."""

    scope = None
    coordinators = False

    @classmethod
    def of(cls, scope, coordinators=False):
        return type("HasScope", (cls,), {"scope": scope, "coordinators": coordinators})

    def has_permission(self, request, view):
        client = client_of(request)
        if client is not None:
            return client.has_scope(self.scope)
        user = request.user
        return bool(self.coordinators and user.is_authenticated and user.has_role(Role.COORDINATOR, Role.ADMINISTRATOR))


class ClientRateThrottle(throttling.BaseThrottle):
    """Per API client (its own limit per minute), or per logged-in person, in the shared rate limiter."""

    window_seconds = 60

    def allow_request(self, request, view):
        client = client_of(request)
        if client is not None:
            key, limit = f"api-client:{client.pk}", client.requests_per_minute
        elif request.user.is_authenticated:
            key, limit = f"api-user:{request.user.pk}", SESSION_REQUESTS_PER_MINUTE
        else:
            key, limit = f"api-ip:{ratelimit.client_ip(request)}", SESSION_REQUESTS_PER_MINUTE
        self.verdict = ratelimit.hit(key, limit, self.window_seconds)
        return self.verdict.allowed

    def wait(self):
        return self.verdict.retry_after


class BearerTokenScheme(OpenApiAuthenticationExtension):
    """Describes the bearer token in the OpenAPI schema."""

    target_class = "roster.authentication.BearerTokenAuthentication"
    name = "bearerToken"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "description": "An API client token (lk_...)."}
