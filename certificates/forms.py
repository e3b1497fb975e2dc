import re

from django import forms
from django.utils.translation import gettext_lazy as _

from . import codes
from .models import BulkJob

# A certificate's number as printed (LK-2027-000123), which is not a verification code.
CERTIFICATE_NUMBER = re.compile(r"LK-?\d{4}-?\d{1,6}", re.IGNORECASE)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the audit trail. It is not shown on the public verification page."),
        error_messages={"required": _("Give a reason; it is kept in the audit trail.")},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Give a reason; it is kept in the audit trail."))
        return reason


class BulkForm(forms.Form):
    action = forms.ChoiceField(label=_("What to do"), choices=BulkJob.Action.choices)


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=300,
        help_text=_(
            "The code printed beside the QR code, for example K7QM-4XJD-P2HB-9TNE-3RWC, in capitals or not, "
            "with or without the dashes; or the whole verification address."
        ),
        error_messages={"required": _("Enter the verification code.")},
    )

    def clean_code(self):
        text = self.cleaned_data["code"].strip().rstrip("/").rsplit("/", 1)[-1].strip()
        if CERTIFICATE_NUMBER.fullmatch(text.replace(" ", "")):
            raise forms.ValidationError(
                _(
                    "This is the certificate number. Verification needs the code printed beside the QR code: "
                    "the number alone tells nobody whose certificate it is."
                )
            )
        if (code := codes.typed(text)) is not None:
            return code
        if not 10 <= len(text) <= 60 or not all(c.isalnum() or c in "-_" for c in text):
            raise forms.ValidationError(_("This is not a verification code. Check it and try again."))
        return text
