import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Municipality, ServiceArea

# A longer period says nothing that a few shorter ones would not, and keeps the report's work bounded.
LONGEST_PERIOD_DAYS = 3660


class ReportForm(forms.Form):
    """The report's scope. Only the service areas and municipalities the viewer follows are offered."""

    start = forms.DateField(
        label=_("From"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), required=True
    )
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    service_area = forms.ModelChoiceField(
        label=_("Service area"), queryset=ServiceArea.objects.none(), required=False, empty_label=_("All you follow")
    )
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), queryset=Municipality.objects.none(), required=False, empty_label=_("All you follow")
    )

    def __init__(self, data=None, *, service_areas, municipalities, **kwargs):
        today = timezone.localdate()
        if data is not None and not any(key in data for key in ("start", "end", "service_area", "municipality")):
            data = None
        super().__init__(
            data,
            initial={"start": today - datetime.timedelta(days=364), "end": today},
            **kwargs,
        )
        self.fields["service_area"].queryset = service_areas
        self.fields["municipality"].queryset = municipalities

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                self.add_error("end", _("The end of the period cannot be before its start."))
            elif (end - start).days >= LONGEST_PERIOD_DAYS:
                self.add_error("end", _("A report covers at most ten years. Choose a shorter period."))
        area, place = cleaned.get("service_area"), cleaned.get("municipality")
        if area and place and place.service_area_id != area.pk:
            self.add_error(
                "municipality", _("%(municipality)s is not in %(area)s.") % {"municipality": place, "area": area}
            )
        return cleaned

    def scope(self):
        """(start, end, service area, municipality) from valid input, or the defaults on an empty form."""
        if self.is_bound:
            data = self.cleaned_data
            return data["start"], data["end"], data.get("service_area"), data.get("municipality")
        return self.initial["start"], self.initial["end"], None, None
