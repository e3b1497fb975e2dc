from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Assessment and grading")

    def ready(self):
        from courses.kinds import register
        from courses.models import Activity

        from mentoring import panels

        from .views import mentee_sign_offs, render_assessment

        register(Activity.Kind.ASSESSMENT)(render_assessment)
        panels.register(mentee_sign_offs)
