from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Municipality

from .models import ApiClient, EventType, RosterEntry, Scope, Status, Theme, WebhookEndpoint, all_event_types


class WorkerSettingsForm(forms.ModelForm):
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes you like to work with"),
        queryset=Theme.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    contract_municipalities = forms.ModelMultipleChoiceField(
        label=_("Municipalities you hold a contract with"),
        queryset=Municipality.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = RosterEntry
        fields = ["themes", "max_clients", "current_clients", "paused_until", "contract_municipalities", "gender"]
        widgets = {"paused_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        help_texts = {
            "current_clients": _("Clients you walk alongside now."),
            "gender": _("Only used when a client asks for a link worker of a certain gender."),
        }


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Name or municipality"), required=False, max_length=100)
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), queryset=Municipality.objects.all(), required=False, empty_label=_("Any")
    )
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("Any"))] + list(Status.choices))


class AuditFilterForm(forms.Form):
    client = forms.ModelChoiceField(
        label=_("API client"), queryset=ApiClient.objects.all(), required=False, empty_label=_("Any")
    )
    date_from = forms.DateField(
        label=_("From (day)"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    date_to = forms.DateField(
        label=_("To (day)"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise forms.ValidationError(_("The first day comes after the last."))
        return data


class ApiClientForm(forms.ModelForm):
    scopes = forms.MultipleChoiceField(label=_("Scopes"), choices=Scope.choices, widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = ApiClient
        fields = ["name", "scopes", "requests_per_minute"]


class TokenForm(forms.Form):
    valid_days = forms.IntegerField(
        label=_("Valid for (days)"),
        required=False,
        min_value=1,
        max_value=3650,
        help_text=_("Leave empty for a token that is valid until it is revoked."),
    )
    retire_current_in_days = forms.IntegerField(
        label=_("Retire the current tokens in (days)"),
        required=False,
        min_value=0,
        max_value=90,
        help_text=_(
            "For a rotation: the current tokens keep working this long, then stop. Leave empty to keep "
            "them as they are."
        ),
    )


class WebhookEndpointForm(forms.ModelForm):
    event_types = forms.MultipleChoiceField(
        label=_("Status changes to send"),
        choices=EventType.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=all_event_types,
        error_messages={"required": _("Choose at least one status change to send.")},
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "event_types"]
        help_texts = {"url": _("An https:// address of the referral system that receives status changes.")}


class WebhookEventsForm(forms.Form):
    event_types = forms.MultipleChoiceField(
        label=_("Status changes to send"),
        choices=EventType.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one status change to send.")},
    )
