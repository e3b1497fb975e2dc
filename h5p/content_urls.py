"""Content paths: kept apart from the LMS's own, opened by a signed token, never by the session."""

from django.urls import path

from . import content

app_name = "h5p_content"

urlpatterns = [
    path("", content.root, name="root"),
    path("player/<str:version>/<path:path>", content.player_file, name="player_file"),
    path("libraries/<str:folder>/<path:path>", content.shared_library_file, name="shared_library_file"),
    path("<str:token>/", content.document, name="document"),
    path("<str:token>/package/<path:path>", content.package_file, name="package_file"),
    path("<str:token>/libraries/<str:folder>/<path:path>", content.library_file, name="library_file"),
]
