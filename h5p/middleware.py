"""Keeps the H5P content paths apart from the LMS: no cookies in, no cookies out, a sandboxing policy on every answer.

It runs before the session middleware, so a view under the content prefix sees an anonymous visitor
even when the browser sent the trainee's session cookie: the signed token in the URL is its only key.
"""

from django.urls import reverse

from .access import lms_origin

CONTENT_PREFIX_NAME = "h5p_content:root"


def fallback_policy(request):
    return f"sandbox; default-src 'none'; frame-ancestors {lms_origin(request)}; base-uri 'none'; form-action 'none'"


def is_sandboxed(policy):
    return policy.split(";", 1)[0].split()[:1] == ["sandbox"]


class ContentIsolationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = None

    def __call__(self, request):
        if self.prefix is None:
            self.prefix = reverse(CONTENT_PREFIX_NAME)
        if not request.path.startswith(self.prefix):
            return self.get_response(request)
        request.META.pop("HTTP_COOKIE", None)
        request.COOKIES = {}
        response = self.get_response(request)
        response.cookies.clear()
        # frame-ancestors in the policy decides who may frame content; X-Frame-Options would forbid the LMS too.
        if "X-Frame-Options" in response:
            del response["X-Frame-Options"]
        # Every answer on a content path is a sandboxed document with an opaque origin; a policy set on
        # the way out by something else (a site-wide policy, an error page) is replaced.
        if not is_sandboxed(response.get("Content-Security-Policy", "")):
            response["Content-Security-Policy"] = fallback_policy(request)
        response.setdefault("X-Content-Type-Options", "nosniff")
        response.setdefault("Referrer-Policy", "no-referrer")
        response.setdefault("Cross-Origin-Resource-Policy", "cross-origin")
        return response
