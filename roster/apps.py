from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RosterConfig(AppConfig):
    name = "roster"
    verbose_name = _("Roster")

    def ready(self):
        from django.core.signals import request_started

        from . import signals  # noqa: F401 (connects the receivers)

        request_started.connect(start_in_process_sender, dispatch_uid="roster.start_in_process_sender")


def start_in_process_sender(**kwargs):
    """Without a broker, the first request of a web process starts its webhook sender, so deliveries
    left pending by a restart go out without waiting for the next status change."""
    from celery import current_app
    from django.conf import settings
    from django.core.signals import request_started

    request_started.disconnect(dispatch_uid="roster.start_in_process_sender")
    if settings.WEBHOOK_IN_PROCESS_SENDER and current_app.conf.task_always_eager:
        from .webhooks import in_process_sender

        in_process_sender.wake()
