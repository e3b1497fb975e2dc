from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Municipality

from .models import ApiClient, RosterEntry, Scope, Status, Theme, WebhookEndpoint


class WorkerSettingsForm(forms.ModelForm):
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes you like to work with"), queryset=Theme.objects.all(), widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    contract_municipalities = forms.ModelMultipleChoiceField(
        label=_("Municipalities you hold a contract with"), queryset=Municipality.objects.all(),
        widget=forms.CheckboxSelectMultiple, required=False,
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
    municipality = forms.ModelChoiceField(label=_("Municipality"), queryset=Municipality.objects.all(),
                                          required=False, empty_label=_("Any"))
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("Any"))] + list(Status.choices))


class AuditFilterForm(forms.Form):
    client = forms.ModelChoiceField(label=_("API client"), queryset=ApiClient.objects.all(), required=False,
                                    empty_label=_("Any"))
    date_from = forms.DateField(label=_("From (day)"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    date_to = forms.DateField(label=_("To (day)"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

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


class WebhookEndpointForm(forms.ModelForm):
    class Meta:
        model = WebhookEndpoint
        fields = ["url"]
        help_texts = {"url": _("An https:// address of the referral system that receives status changes.")}
