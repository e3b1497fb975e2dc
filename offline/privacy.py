"""The changes a person made offline, as the server answered them (the changes themselves live in their apps)."""

from common.privacy import declare, rows

from .models import SyncedChange


def export(person):
    return {
        "changes_made_offline": rows(
            SyncedChange.objects.filter(user=person).order_by("received_at", "pk"),
            "change_id",
            "kind",
            "status",
            "reason",
            "made_at",
            "received_at",
        )
    }


def erase(person, erasure):
    erasure.deleted(SyncedChange.objects.filter(user=person))


declare("offline", models=["offline.SyncedChange"], export=export, erase=erase, erase_order=100)
