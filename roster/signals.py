"""Keep roster entries current when a certificate or a supervision record changes, and cached\nreference data when its table changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from certificates.signals import certificate_changed
from mentoring.signals import supervision_changed

from . import reference, services


@receiver(certificate_changed, dispatch_uid="roster.certificate_changed")
def certificate_changed_refreshes_entry(sender, certificate, **kwargs):
    services.refresh_roster_entry(certificate.holder)


@receiver(supervision_changed, dispatch_uid="roster.supervision_changed")
def supervision_changed_refreshes_entry(sender, person, **kwargs):
    services.refresh_roster_entry(person)


@receiver([post_save, post_delete], dispatch_uid="roster.reference_changed")
def reference_changed_clears_cache(sender, **kwargs):
    reference.forget(sender._meta.label_lower)
