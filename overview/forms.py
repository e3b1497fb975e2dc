from django import forms
from django.utils.translation import gettext_lazy as _

from .selectors import followed_areas, followed_cohorts


class ScopeForm(forms.Form):
    """Narrow the coordinator's home to one of their cohorts or one of their service areas."""

    cohort = forms.ModelChoiceField(
        label=_("Cohort"),
        queryset=None,
        required=False,
        empty_label=_("All cohorts I follow"),
        error_messages={"invalid_choice": _("You do not follow that cohort. Choose one from the list.")},
    )
    area = forms.ModelChoiceField(
        label=_("Service area"),
        queryset=None,
        required=False,
        to_field_name="code",
        empty_label=_("All service areas I follow"),
        error_messages={"invalid_choice": _("You do not follow that service area. Choose one from the list.")},
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = followed_cohorts(user)
        self.fields["area"].queryset = followed_areas(user)

    def clean(self):
        data = super().clean()
        if data.get("cohort") and data.get("area"):
            raise forms.ValidationError(_("Choose a cohort or a service area, not both."), code="both")
        return data
