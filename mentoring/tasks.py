from celery import shared_task

from . import services


@shared_task(name="mentoring.send_supervision_reminders")
def send_supervision_reminders():
    return services.send_supervision_reminders()
