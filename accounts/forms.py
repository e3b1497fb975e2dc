from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Language, User
from .reference import living_language


class ProfileForm(forms.ModelForm):
    other_languages = forms.CharField(
        label=_("Other languages"),
        required=False,
        max_length=200,
        help_text=_("ISO 639 codes separated by commas, for example ru, de, fkv."),
    )
    preferred_language = forms.ChoiceField(label=_("Language of the user interface"), choices=settings.LANGUAGES)

    class Meta:
        model = User
        fields = [
            "first_name",
            "last_name",
            "email",
            "phone",
            "municipality",
            "languages",
            "supports_remotely",
            "preferred_language",
        ]
        widgets = {"languages": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["languages"].queryset = Language.objects.order_by("-is_sami", "code")
        self.fields["municipality"].queryset = self.fields["municipality"].queryset.select_related("service_area")

    def clean_other_languages(self):
        """Only languages of the ISO 639 reference list: a new one becomes a filter value for everybody."""
        codes = [c.strip() for c in self.cleaned_data["other_languages"].split(",") if c.strip()]
        found = {code: living_language(code) for code in codes}
        bad = [code for code, language in found.items() if language is None]
        if bad:
            raise forms.ValidationError(
                _("Not a language of the ISO 639 list: %(codes)s. Use its two- or three-letter code, e.g. ru or fkv."),
                params={"codes": ", ".join(bad)},
            )
        return list(dict.fromkeys(found.values()))

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            extra = [
                Language.objects.get_or_create(code=code, defaults={"name": name})[0]
                for code, name in self.cleaned_data["other_languages"]
            ]
            if extra:
                user.languages.add(*extra)
        return user


class UnlockForm(forms.Form):
    """One locked-out login name or one client address to let in again."""

    # Sent by a row's button as hidden inputs; its errors are summarised without a field to link to.
    username = forms.CharField(required=False, max_length=254, widget=forms.HiddenInput)
    address = forms.GenericIPAddressField(required=False, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if bool(data.get("username")) == bool(data.get("address")):
            raise forms.ValidationError(_("Choose one login name or one address to unlock."))
        return data


class ErasureForm(forms.Form):
    """The administrator types the person's login name, so that the wrong person is not erased by a slip."""

    username = forms.CharField(label=_("The person's login name"), max_length=254)
    confirm = forms.BooleanField(
        label=_("I understand that the erasure cannot be undone."),
        error_messages={"required": _("Tick the box to confirm that the erasure cannot be undone.")},
    )

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person

    def clean_username(self):
        typed = self.cleaned_data["username"].strip()
        if typed.casefold() != self.person.username.casefold():
            raise forms.ValidationError(_("This is not the login name of the person you are erasing."))
        return typed
