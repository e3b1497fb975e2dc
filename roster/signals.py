"""Keep roster entries current when a certificate or a supervision record changes, their copies for
matching when the person or their languages, themes and contracts change, and cached reference data
when its table changes."""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from certificates.signals import certificate_changed
from mentoring.signals import supervision_changed

from . import reference, services
from .models import RosterEntry


@receiver(certificate_changed, dispatch_uid="roster.certificate_changed")
def certificate_changed_refreshes_entry(sender, certificate, **kwargs):
    services.refresh_roster_entry(certificate.holder)


@receiver(supervision_changed, dispatch_uid="roster.supervision_changed")
def supervision_changed_refreshes_entry(sender, person, **kwargs):
    services.refresh_roster_entry(person)


@receiver([post_save, post_delete], dispatch_uid="roster.reference_changed")
def reference_changed_clears_cache(sender, **kwargs):
    reference.forget(sender._meta.label_lower)


PERSON_FIELDS_COPIED = {"municipality", "service_area", "supports_remotely"}


@receiver(post_save, sender=get_user_model(), dispatch_uid="roster.person_saved")
def person_saved_copies_for_matching(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """A person who moves, or starts or stops supporting remotely: their entry follows (a save of other
    fields, such as the last login, writes nothing)."""
    if not created and not raw and (update_fields is None or PERSON_FIELDS_COPIED & set(update_fields)):
        services.copy_for_matching([instance.pk])


@receiver(post_save, sender=RosterEntry, dispatch_uid="roster.entry_created")
def new_entry_copies_for_matching(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        services.copy_for_matching([instance.pk])


def _copies_ids(sender, instance, action, reverse, pk_set, **kwargs):
    """Any change of a person's languages or an entry's themes or contracts, from either side (a
    form, the admin, `.set()` in code): copy the ids again for everyone it touched."""
    if action == "pre_clear" and reverse:
        # Whom a clear from the other side (a language, a theme) touches is known only before it.
        owner, target = COPIED[sender]
        instance._roster_cleared = list(sender.objects.filter(**{target: instance.pk}).values_list(owner, flat=True))
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        services.copy_for_matching([instance.pk])
    elif action == "post_clear":
        services.copy_for_matching(getattr(instance, "_roster_cleared", []))
    elif pk_set:
        services.copy_for_matching(pk_set)


# Each copied table: whose row it is (the person's id) and what it names.
COPIED = {
    get_user_model().languages.through: ("user_id", "language_id"),
    RosterEntry.themes.through: ("rosterentry_id", "theme_id"),
    RosterEntry.contract_municipalities.through: ("rosterentry_id", "municipality_id"),
}
for through in COPIED:
    m2m_changed.connect(_copies_ids, sender=through, dispatch_uid=f"roster.{through._meta.db_table}_copied")
