"""Status-change events for the referral system, signed in the Standard Webhooks style.

Headers: `webhook-id` (the event's id, the same on every retry: the receiver's idempotency key),
`webhook-timestamp` (seconds since the epoch) and `webhook-signature: v1,<base64 HMAC-SHA256>` over
"id.timestamp.body" with the endpoint's secret (the bytes after "whsec_", base64-decoded).
"""

import base64
import hashlib
import hmac
import json
import time

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.dispatch import enqueue

from . import webhook_client
from .models import Status, WebhookDelivery, WebhookEndpoint, WebhookEvent

EVENT_TYPES = {
    Status.IN_GOOD_STANDING: WebhookEvent.Type.CERTIFIED,
    Status.SUPERVISION_OVERDUE: WebhookEvent.Type.SUPERVISION_OVERDUE,
    Status.EXPIRED: WebhookEvent.Type.EXPIRED,
    Status.SUSPENDED: WebhookEvent.Type.SUSPENDED,
    Status.REVOKED: WebhookEvent.Type.REVOKED,
}
MAX_ATTEMPTS = 8
FIRST_RETRY_SECONDS = 30
LONGEST_RETRY_SECONDS = 6 * 60 * 60


class DeliveryFailed(Exception):
    pass


def retry_delay(retries_so_far):
    """Exponential backoff: 30 s, 1 min, 2 min, 4 min ... at most 6 hours."""
    return min(FIRST_RETRY_SECONDS * 2 ** retries_so_far, LONGEST_RETRY_SECONDS)


def announce_status_change(entry, previous):
    """Create the event in the current transaction and queue its deliveries once it commits."""
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
    transaction.on_commit(lambda: queue_deliveries(event.pk))
    return event


def queue_deliveries(event_id):
    for endpoint_id in WebhookEndpoint.objects.filter(is_active=True, client__is_active=True).values_list(
        "pk", flat=True
    ):
        enqueue("roster.deliver_webhook", str(event_id), endpoint_id)


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


def deliver(event_id, endpoint_id, attempt):
    """One attempt; logs it. Returns True when delivered (now or before), raises DeliveryFailed otherwise.

    Only a 2xx answer delivers: a redirect is never followed and is logged with its Location.
    """
    event = WebhookEvent.objects.get(pk=event_id)
    endpoint = WebhookEndpoint.objects.get(pk=endpoint_id)
    if WebhookDelivery.objects.filter(event=event, endpoint=endpoint, succeeded=True).exists():
        return True  # a retried task never posts an event twice after it got through
    if not endpoint.is_active:
        return False
    body = body_of(event)
    answer, error = None, ""
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
    WebhookDelivery.objects.create(event=event, endpoint=endpoint, attempt=attempt, status_code=status_code,
                                   location=location, error=error[:1000], succeeded=succeeded)
    if not succeeded:
        raise DeliveryFailed(error or f"HTTP {status_code}")
    return True
