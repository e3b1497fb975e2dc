from celery import shared_task

from . import services, webhooks


@shared_task(name="roster.refresh_due_entries")
def refresh_due_entries():
    return services.refresh_due_entries()


@shared_task(name="roster.send_webhook", acks_late=True)
def send_webhook(delivery_id):
    """The first attempt of a delivery, sent when the change that caused it commits."""
    return webhooks.attempt_delivery(delivery_id) is not None


@shared_task(name="roster.send_due_webhooks")
def send_due_webhooks():
    """On the beat every minute: every delivery that is due, retries and any not woken on commit."""
    return webhooks.send_due()
