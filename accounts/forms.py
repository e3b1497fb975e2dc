import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Language, User

ISO_639 = re.compile(r"^[a-z]{2,3}$")


class ProfileForm(forms.ModelForm):
    other_languages = forms.CharField(
        label=_("Other languages"),
        required=False,
        help_text=_("ISO 639 codes separated by commas, for example ru, de, fkv."),
    )
    preferred_language = forms.ChoiceField(label=_("Language of the user interface"), choices=settings.LANGUAGES)

    class Meta:
        model = User
        fields = ["first_name", "last_name", "email", "phone", "municipality", "languages", "supports_remotely",
                  "preferred_language"]
        widgets = {"languages": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["languages"].queryset = Language.objects.order_by("-is_sami", "code")
        self.fields["municipality"].queryset = self.fields["municipality"].queryset.select_related("service_area")

    def clean_other_languages(self):
        codes = [c.strip().lower() for c in self.cleaned_data["other_languages"].split(",") if c.strip()]
        bad = [c for c in codes if not ISO_639.match(c)]
        if bad:
            raise forms.ValidationError(
                _("Not an ISO 639 code: %(codes)s. Use two or three letters, e.g. ru."), params={"codes": ", ".join(bad)}
            )
        return codes

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            extra = [Language.objects.get_or_create(code=code, defaults={"name": code})[0]
                     for code in self.cleaned_data["other_languages"]]
            if extra:
                user.languages.add(*extra)
        return user


class UnlockForm(forms.Form):
    """One locked-out login name or one client address to let in again."""

    username = forms.CharField(required=False, max_length=254)
    address = forms.GenericIPAddressField(required=False)

    def clean(self):
        data = super().clean()
        if bool(data.get("username")) == bool(data.get("address")):
            raise forms.ValidationError(_("Choose one login name or one address to unlock."))
        return data
