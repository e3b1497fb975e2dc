from django import forms
from django.utils.translation import gettext_lazy as _

from .models import BulkJob


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
        help_text=_("The code printed under the QR code, or the end of the verification address."),
        error_messages={"required": _("Enter the verification code.")},
    )

    def clean_code(self):
        code = self.cleaned_data["code"].strip().rstrip("/").rsplit("/", 1)[-1]
        if not 10 <= len(code) <= 60 or not all(c.isalnum() or c in "-_" for c in code):
            raise forms.ValidationError(_("This is not a verification code. Check it and try again."))
        return code
