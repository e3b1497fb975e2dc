from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from drf_spectacular.views import SpectacularSwaggerSplitView

from accounts.views import set_language
from common import health
from common.views import favicon
from common.media import serve_media
from overview.views import home
from roster.schema import SchemaView

admin.site.site_header = _("Linkki administration")
admin.site.site_title = _("Linkki")

urlpatterns = [
    path("", home, name="dashboard"),
    path("healthz", health.healthz, name="healthz"),
    path("favicon.ico", favicon, name="favicon"),
    path("", include("offline.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("accounts/", include("accounts.urls")),
    path("admin/", admin.site.urls),
    path("", include("courses.urls")),
    path("assessments/", include("assessments.urls")),
    path("mentoring/", include("mentoring.urls")),
    path("certificates/", include("certificates.urls")),
    path("roster/", include("roster.urls")),
    path("overview/", include("overview.urls")),
    path("reports/", include("reports.urls")),
    path("h5p/", include("h5p.urls")),
    path("h5p-content/", include("h5p.content_urls")),
    path("api/v1/", include("roster.api_urls")),
    path("api/schema/", SchemaView.as_view(), name="schema"),
    # The split view serves the page's set-up as a script of its own, so the docs need no inline script.
    path(
        "api/docs/",
        SpectacularSwaggerSplitView.as_view(url_name="schema", template_name="api/swagger_ui.html"),
        name="api-docs",
    ),
]

if settings.DEBUG:
    urlpatterns.append(re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$", serve_media))
