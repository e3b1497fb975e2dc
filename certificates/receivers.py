"""Progress and supervision changes start the automatic issuing task once they are committed."""

from django.db import transaction
from django.dispatch import receiver

from courses.services import activity_completed
from mentoring.signals import supervision_changed


def _check_later(person):
    from .tasks import check_person

    # robust: a failure to queue the check is logged and never undoes the progress that triggered it.
    transaction.on_commit(lambda: check_person.delay(person.pk), robust=True)


@receiver(activity_completed, dispatch_uid="certificates.activity_completed")
def on_activity_completed(sender, user, activity, **kwargs):
    _check_later(user)


@receiver(supervision_changed, dispatch_uid="certificates.supervision_changed")
def on_supervision_changed(sender, person, **kwargs):
    _check_later(person)
