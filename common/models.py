"""Settings shared by every app: the order in which translated content falls back, per interface language.

A translated field (common.translated) shows the text of the first language in this order that has
text. Trainers set the order; an interface language without a row uses CONTENT_FALLBACK_ORDERS.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

MAX_ORDER_LENGTH = 100


def parse_language_order(text):
    """ "sv, fi en" -> ["sv", "fi", "en"]: codes separated by commas or spaces, lower-cased."""
    return [code for code in text.replace(",", " ").lower().split() if code]


class ContentFallback(models.Model):
    """For one interface language, the content languages to look in, in order."""

    language = models.CharField(_("interface language"), max_length=10, choices=settings.LANGUAGES, unique=True)
    order = models.CharField(
        _("content languages in order"),
        max_length=MAX_ORDER_LENGTH,
        help_text=_(
            "Language codes separated by commas, the interface language first, for example “sv, fi, en”. "
            "A text missing in every one of them is shown in any language that has it."
        ),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["language"]
        verbose_name = _("content language fallback")
        verbose_name_plural = _("content language fallbacks")

    def __str__(self):
        return f"{self.get_language_display()}: {self.order}"

    @property
    def codes(self):
        return parse_language_order(self.order)

    def clean(self):
        super().clean()
        if not self.language:
            return
        codes = self.codes
        known = [code for code, _name in settings.CONTENT_LANGUAGES]
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise ValidationError(
                {
                    "order": _("Unknown language code: %(codes)s. Use these: %(known)s.")
                    % {"codes": ", ".join(unknown), "known": ", ".join(known)}
                }
            )
        repeated = sorted({code for code in codes if codes.count(code) > 1})
        if repeated:
            raise ValidationError(
                {"order": _("Each language may appear once: %(codes)s.") % {"codes": ", ".join(repeated)}}
            )
        if not codes or codes[0] != self.language:
            raise ValidationError(
                {"order": _("The order starts with the interface language (%(code)s).") % {"code": self.language}}
            )
        self.order = ", ".join(codes)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        _changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        _changed()
        return result


def _changed():
    from .translated import fallback_orders_changed

    fallback_orders_changed()
    transaction.on_commit(fallback_orders_changed)
