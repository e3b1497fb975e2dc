from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CourseFeedback
from .selectors import people_by_email

MAX_CSV_BYTES = 1024 * 1024


class EnrolPersonForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email", "").lower()
        exists = bool(people_by_email([email])) if email else True
        if not exists and not (cleaned.get("first_name") and cleaned.get("last_name")):
            raise forms.ValidationError(
                _("Nobody has this address yet: give a first and last name to create the account.")
            )
        return cleaned


class CsvEnrolmentForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("Columns: email, first_name, last_name, and optionally municipality and phone."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_CSV_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        return upload.read()


class CourseFeedbackForm(forms.ModelForm):
    recommend = forms.TypedChoiceField(
        label=_("How likely is it that you would recommend this training to a colleague?"),
        help_text=_("0 means not at all likely, 10 extremely likely."),
        choices=[(value, str(value)) for value in range(11)],
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "scale"}),
    )

    class Meta:
        model = CourseFeedback
        fields = ["recommend", "comment"]
        widgets = {"comment": forms.Textarea(attrs={"rows": 4})}
