"""Uploaded files served by Django itself, with DEBUG on only.

Uploads include H5P content written by trainers; an SVG or XML file among them would otherwise be a
document with the LMS's origin. Each answer is a sandboxed document without script.
"""

from django.conf import settings
from django.views.static import serve

MEDIA_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'"


def serve_media(request, path):
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Content-Security-Policy"] = MEDIA_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    return response
