"""A person's roster entry and its history, the API answers that named them, and what they set up.

Erasure removes the entry, so the referral system's list and match no longer offer the person, and
tells the referral system with a `worker.removed` webhook event naming only the person's id. The
audit rows of API answers that named them stay, pointing at the erased account, whose only name is the
pseudonym; searches that typed their name keep the pseudonym in its place.
"""

from common.privacy import declare, rows

from . import services
from .models import ApiClient, AuditedPerson, AuditEntry, RosterEntry, StatusChange, WebhookEndpoint, WebhookEvent


def export(person):
    entry = rows(
        RosterEntry.objects.filter(person=person),
        "status",
        "reason",
        "valid_until",
        "supervision_due",
        "status_since",
        "max_clients",
        "current_clients",
        "paused_until",
        "gender",
        "updated_at",
    )
    if entry:
        entry[0]["themes"] = list(
            RosterEntry.themes.through.objects.filter(rosterentry_id=person.pk)
            .order_by("theme__code")
            .values_list("theme__code", flat=True)
        )
        entry[0]["contract_municipalities"] = list(
            RosterEntry.contract_municipalities.through.objects.filter(rosterentry_id=person.pk)
            .order_by("municipality__code")
            .values_list("municipality__code", flat=True)
        )
    return {
        "roster_entry": entry[0] if entry else None,
        "status_changes": rows(
            StatusChange.objects.filter(entry_id=person.pk).order_by("changed_at", "pk"),
            "previous",
            "status",
            "reason",
            "changed_at",
        ),
        "named_in_api_answers": rows(
            AuditedPerson.objects.filter(person=person).order_by("audit__at", "audit_id"),
            "audit__kind",
            "audit__at",
            "audit__client__name",
            "position",
            "score",
        ),
        "webhook_events": rows(
            WebhookEvent.objects.filter(person=person).order_by("created_at"), "type", "created_at", "payload"
        ),
        "roster_searches": rows(AuditEntry.objects.filter(user=person).order_by("at", "pk"), "kind", "query", "at"),
        "api_clients_created": rows(ApiClient.objects.filter(created_by=person).order_by("pk"), "name", "created_at"),
        "webhook_endpoints_added": rows(
            WebhookEndpoint.objects.filter(created_by=person).order_by("pk"), "url", "created_at"
        ),
    }


def erase(person, erasure):
    # The referral system hears of the removal in the erasure's own transaction: all of it or nothing.
    for label, number in services.remove_from_roster(person).items():
        erasure.count(label, number)
    erasure.scrub(AuditEntry.objects.all(), "query")
    erasure.scrub(WebhookEvent.objects.filter(person=person), "payload")


declare(
    "roster",
    models=[
        "roster.RosterEntry",
        "roster.StatusChange",
        "roster.AuditEntry",
        "roster.AuditedPerson",
        "roster.WebhookEvent",
        "roster.ApiClient",
        "roster.WebhookEndpoint",
    ],
    export=export,
    erase=erase,
    erase_order=100,
)
