from celery import shared_task

from . import services


@shared_task(name="assessments.submit_expired_attempts")
def submit_expired_attempts():
    return services.submit_expired_attempts()
