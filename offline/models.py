"""Linkki on a phone without a connection: the changes a trainee made offline, as the server took them.

Each change arrives with an id the phone gave it. The answer given to it (accepted, or refused and
why) is kept under that id, so a change that arrives twice (the connection broke before the answer
came back) is taken once and answered the same way again.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SyncedChange(models.Model):
    class Status(models.TextChoices):
        ACCEPTED = "accepted", _("Accepted")
        REFUSED = "refused", _("Refused")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("trainee"), on_delete=models.CASCADE, related_name="+"
    )
    change_id = models.UUIDField(_("change id"))
    kind = models.CharField(_("kind"), max_length=20)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    made_at = models.DateTimeField(_("made at"), null=True, blank=True)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "change_id"], name="one_synced_change_per_id")]
        verbose_name = _("change made offline")
        verbose_name_plural = _("changes made offline")

    def __str__(self):
        return f"{self.user_id}: {self.kind} {self.change_id} {self.status}"
