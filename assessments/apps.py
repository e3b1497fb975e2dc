from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "assessments"

    def ready(self):
        from courses.kinds import register
        from courses.models import Activity

        from .views import render_assessment

        register(Activity.Kind.ASSESSMENT)(render_assessment)
