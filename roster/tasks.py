import logging

from celery import shared_task

from . import services, webhooks

logger = logging.getLogger(__name__)


@shared_task(name="roster.refresh_due_entries")
def refresh_due_entries():
    return services.refresh_due_entries()


@shared_task(name="roster.deliver_webhook", acks_late=True)
def deliver_webhook(event_id, endpoint_id, attempt=1):
    """One delivery attempt; a failure schedules the next with exponential backoff.

    The next attempt is a new message with a countdown rather than `self.retry`, because a raised Retry
    would escape in-process (eager) runs, where the change that caused the event must still succeed.
    """
    try:
        return webhooks.deliver(event_id, endpoint_id, attempt=attempt)
    except webhooks.DeliveryFailed as error:
        if attempt >= webhooks.MAX_ATTEMPTS:
            # Given up: the delivery log shows every attempt; the change that caused it stands.
            logger.warning("Webhook %s to endpoint %s failed for good: %s", event_id, endpoint_id, error)
            return False
        deliver_webhook.apply_async((event_id, endpoint_id, attempt + 1), countdown=webhooks.retry_delay(attempt - 1))
        return False
