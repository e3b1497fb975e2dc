from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    name = "h5p"
    verbose_name = _("Interactive content (H5P)")

    def ready(self):
        from courses.kinds import register
        from courses.models import Activity

        from . import checks  # noqa: F401  (registers the deploy check)
        from .views import render_h5p

        register(Activity.Kind.H5P)(render_h5p)
