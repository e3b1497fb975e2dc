"""Status-change events for the referral system, signed in the Standard Webhooks style, and their
deliveries.

Headers: `webhook-id` (the event's id, the same on every retry: the receiver's idempotency key),
`webhook-timestamp` (seconds since the epoch) and `webhook-signature: v1,<base64 HMAC-SHA256>` over
"id.timestamp.body" with the endpoint's secret (the bytes after "whsec_", base64-decoded).

A status change stores its event and one delivery per subscribed endpoint in its own transaction, due
at once, and never waits on a receiver. The deliveries are sent afterwards: by a Celery worker (woken
when the change commits, and every minute by the beat task for retries) or, without a broker, by a
thread of the web process. Each sender claims a delivery before its attempt, so two never send it at
once; a failed attempt sets the next one after a growing wait, until the last is given up.
"""

import base64
import datetime
import hashlib
import hmac
import json
import logging
import threading
import time

from celery import current_app
from django.conf import settings
from django.db import connections, transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _

from common.dispatch import enqueue

from . import webhook_client
from .models import Status, WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent

logger = logging.getLogger(__name__)

EVENT_TYPES = {
    Status.IN_GOOD_STANDING: WebhookEvent.Type.CERTIFIED,
    Status.SUPERVISION_OVERDUE: WebhookEvent.Type.SUPERVISION_OVERDUE,
    Status.EXPIRED: WebhookEvent.Type.EXPIRED,
    Status.SUSPENDED: WebhookEvent.Type.SUSPENDED,
    Status.REVOKED: WebhookEvent.Type.REVOKED,
}
# 1 min, 2, 4 ... 6 h: the twelfth and last attempt comes about 20 hours after the first.
MAX_ATTEMPTS = 12
FIRST_RETRY_SECONDS = 60
LONGEST_RETRY_SECONDS = 6 * 60 * 60
SEND_BATCH = 100
Pending = WebhookDelivery.State.PENDING


def retry_delay(retries_so_far):
    """Exponential backoff: 1 min, 2 min, 4 min ... at most 6 hours."""
    return min(FIRST_RETRY_SECONDS * 2**retries_so_far, LONGEST_RETRY_SECONDS)


def claim_seconds():
    """How long a sender holds a delivery it claimed: longer than any one attempt can take."""
    per_address = settings.WEBHOOK_CONNECT_TIMEOUT + 2 * settings.WEBHOOK_READ_TIMEOUT
    return int(per_address * webhook_client.MAX_ADDRESSES_TRIED) + 60


def announce_status_change(entry, previous):
    """Create the event and its deliveries in the current transaction; wake a sender once it commits."""
    event_type = EVENT_TYPES.get(entry.status)
    if event_type is None:
        return None
    event = WebhookEvent(type=event_type, person_id=entry.person_id)
    event.payload = {
        "type": event_type,
        "timestamp": timezone.now().isoformat(),
        "data": {
            "person_id": entry.person_id,
            "status": entry.status,
            "previous_status": previous,
            "valid_until": entry.valid_until.isoformat() if entry.valid_until else None,
            "supervision_due": entry.supervision_due.isoformat() if entry.supervision_due else None,
            "reason": entry.reason,
        },
    }
    event.save()
    queue_deliveries(event)
    return event


def announce_removal(entry):
    """Tell the referral system that `entry`'s person is gone, in the current transaction: an event naming
    only the id it knows them by, and no longer any news of them still waiting to be sent."""
    now = timezone.now()
    WebhookDelivery.objects.filter(event__person_id=entry.person_id, state=Pending).update(
        state=WebhookDelivery.State.WITHDRAWN, next_attempt_at=None, finished_at=now
    )
    event_type = WebhookEvent.Type.REMOVED
    event = WebhookEvent(type=event_type, person_id=entry.person_id, created_at=now)
    event.payload = {
        "type": event_type,
        "timestamp": now.isoformat(),
        "data": {"person_id": entry.person_id, "status": "removed", "previous_status": entry.status},
    }
    event.save()
    queue_deliveries(event)
    return event


def queue_deliveries(event):
    """One delivery, due now, for each active endpoint that subscribes to the event's type."""
    endpoints = [
        endpoint
        for endpoint in WebhookEndpoint.objects.filter(is_active=True, client__is_active=True)
        if endpoint.receives(event.type)
    ]
    deliveries = WebhookDelivery.objects.bulk_create(
        [WebhookDelivery(event=event, endpoint=endpoint, next_attempt_at=event.created_at) for endpoint in endpoints]
    )
    if deliveries:
        ids = [delivery.pk for delivery in deliveries]
        # robust: the change is committed whatever happens here; a delivery not woken now is due all the same.
        transaction.on_commit(lambda: wake_sender(ids), robust=True)
    return deliveries


def wake_sender(delivery_ids):
    """Have the deliveries sent outside the request: by a worker, or by this process's sending thread."""
    if current_app.conf.task_always_eager:
        # No broker: a task would run right here, inside the request, so the thread sends instead.
        if settings.WEBHOOK_IN_PROCESS_SENDER:
            in_process_sender.wake()
        return
    for delivery_id in delivery_ids:
        enqueue("roster.send_webhook", delivery_id)


def body_of(event):
    return json.dumps(event.payload, sort_keys=True, separators=(",", ":"))


def sign(secret, message_id, timestamp, body):
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"{message_id}.{timestamp}.{body}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(endpoint, event, body, timestamp=None):
    timestamp = str(int(timestamp if timestamp is not None else time.time()))
    return {
        "content-type": "application/json",
        "webhook-id": event.message_id,
        "webhook-timestamp": timestamp,
        "webhook-signature": sign(endpoint.secret, event.message_id, timestamp, body),
    }


def post(url, body, headers):
    """Check `url` again and POST `body` to the address that was checked; returns the Answer.

    Raises AddressRefused or SendFailed (both webhook_client's).
    """
    return webhook_client.post(webhook_client.check(url), body.encode(), headers)


def send_due(limit=SEND_BATCH):
    """Make one attempt of each delivery that is due, oldest first; returns how many were attempted."""
    due = (
        WebhookDelivery.objects.filter(state=Pending, next_attempt_at__lte=timezone.now())
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    return sum(1 for delivery_id in list(due) if attempt_delivery(delivery_id) is not None)


def seconds_until_next_due():
    """Seconds until the next pending delivery is due (0 when one is due now), None when none waits."""
    next_at = WebhookDelivery.objects.filter(state=Pending).aggregate(at=Min("next_attempt_at"))["at"]
    if next_at is None:
        return None
    return max((next_at - timezone.now()).total_seconds(), 0)


def attempt_delivery(delivery_id):
    """Claim the delivery if it is due, make one attempt and log it; returns the WebhookAttempt, or None
    when it was not due, is finished, or another sender holds it.

    Only a 2xx answer delivers: a redirect is never followed and is logged with its Location.
    """
    now = timezone.now()
    held_until = now + datetime.timedelta(seconds=claim_seconds())
    claimed = WebhookDelivery.objects.filter(pk=delivery_id, state=Pending, next_attempt_at__lte=now).update(
        next_attempt_at=held_until
    )
    if not claimed:
        return None
    delivery = WebhookDelivery.objects.select_related("event", "endpoint__client").get(pk=delivery_id)
    endpoint, event = delivery.endpoint, delivery.event
    if not (endpoint.is_active and endpoint.client.is_active):
        _finish(delivery, held_until, state=WebhookDelivery.State.STOPPED)
        return None
    body = body_of(event)
    answer, error = None, ""
    started = time.monotonic()
    try:
        answer = post(endpoint.url, body, signed_headers(endpoint, event, body))
    except webhook_client.AddressRefused as refusal:
        error = _("Not sent: %(reason)s") % {"reason": refusal.message}
    except webhook_client.SendFailed as failure:
        error = str(failure)
    status_code = answer.status if answer is not None else None
    location = answer.location if answer is not None and 300 <= answer.status < 400 else ""
    succeeded = status_code is not None and 200 <= status_code < 300
    if location:
        error = _("Redirected to %(location)s; redirects are not followed.") % {"location": location[:500]}
    attempt = WebhookAttempt.objects.create(
        delivery=delivery,
        number=delivery.attempts + 1,
        status_code=status_code,
        location=location,
        error=error[:1000],
        succeeded=succeeded,
        duration_ms=int((time.monotonic() - started) * 1000),
    )
    delivery.attempts += 1
    if succeeded:
        _finish(delivery, held_until, state=WebhookDelivery.State.DELIVERED)
    elif delivery.attempts >= MAX_ATTEMPTS:
        logger.warning(
            "Webhook %s to %s given up after %d attempts: %s",
            event.message_id,
            endpoint.url,
            delivery.attempts,
            error or f"HTTP {status_code}",
        )
        _finish(delivery, held_until, state=WebhookDelivery.State.FAILED)
    else:
        next_at = timezone.now() + datetime.timedelta(seconds=retry_delay(delivery.attempts - 1))
        WebhookDelivery.objects.filter(pk=delivery.pk, next_attempt_at=held_until).update(
            attempts=delivery.attempts, next_attempt_at=next_at
        )
    return attempt


def _finish(delivery, held_until, *, state):
    # Only while this sender still holds it, so a late answer never overwrites another sender's result.
    WebhookDelivery.objects.filter(pk=delivery.pk, next_attempt_at=held_until).update(
        state=state, attempts=delivery.attempts, next_attempt_at=None, finished_at=timezone.now()
    )


class InProcessSender:
    """Without a broker, a daemon thread of this process sends due deliveries and sleeps until the
    next one is due (at most IDLE_SECONDS), or until a new delivery wakes it."""

    IDLE_SECONDS = 60

    def __init__(self):
        self._lock = threading.Lock()
        self._woken = threading.Event()
        self._stopping = False
        self._thread = None

    @property
    def is_running(self):
        return self._thread is not None and self._thread.is_alive()

    def wake(self):
        with self._lock:
            if not self.is_running:
                self._stopping = False
                self._thread = threading.Thread(target=self._run, name="linkki-webhooks", daemon=True)
                self._thread.start()
        self._woken.set()

    def stop(self, timeout=10):
        with self._lock:
            thread, self._stopping = self._thread, True
        self._woken.set()
        if thread is not None:
            thread.join(timeout)

    def _run(self):
        while not self._stopping:
            self._woken.clear()
            wait = self.IDLE_SECONDS
            try:
                while send_due() and not self._stopping:
                    pass
                due_in = seconds_until_next_due()
                if due_in is not None:
                    wait = min(due_in, wait)
            except Exception:  # a database outage must not end the thread; the next round tries again
                logger.exception("Sending webhooks failed")
            finally:
                connections.close_all()  # this thread's connections only
            self._woken.wait(wait)


in_process_sender = InProcessSender()
