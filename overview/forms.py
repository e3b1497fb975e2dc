from django import forms
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from .selectors import followed_areas, followed_cohorts


def _attrs(attrs) -> str:
    """Attributes as Django's `django/forms/widgets/attrs.html` writes them."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class LongSelect(forms.Select):
    """A select that writes its options itself instead of through a template each: the same HTML as
    Django's `Select`, quick for the hundreds of cohorts an administrator follows."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        context = self.get_context(name, value, attrs)
        widget = context["widget"]
        if any(group_name for group_name, _choices, _index in widget["optgroups"]):
            return self._render(self.template_name, context, renderer)
        # As Django's templates write them: each option on a line of its own, followed by an empty one.
        options = "".join(
            f'\n  <option value="{conditional_escape(str(option["value"]))}"{_attrs(option["attrs"])}>'
            f"{conditional_escape(option['label'])}</option>\n"
            for _group, choices, _index in widget["optgroups"]
            for option in choices
        )
        start = f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>'
        return mark_safe(f"{start}{options}\n</select>")


class _IdsAndNames(forms.models.ModelChoiceIterator):
    def __init__(self, field):
        super().__init__(field)
        if self.queryset is not None:
            self.queryset = self.queryset.select_related(None).only("pk", "name")


class CohortChoiceField(forms.ModelChoiceField):
    """Lists the cohorts by their ids and names alone, as an administrator follows hundreds; the chosen
    one is read whole."""

    iterator = _IdsAndNames


class ScopeForm(forms.Form):
    """Narrow the coordinator's home to one of their cohorts or one of their service areas."""

    cohort = CohortChoiceField(
        label=_("Cohort"),
        queryset=None,
        required=False,
        widget=LongSelect,
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
