from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import selectors
from .models import MentoringGroup, SessionAttendance, SupervisionSession, Topic
from .client_details import validate_no_client_details


class PersonChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, person):
        return person.get_full_name() or person.username


class SessionForm(forms.ModelForm):
    mentees = PersonChoiceField(
        label=_("Mentees"),
        queryset=get_user_model().objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("For a group session you can also just choose the group."),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"), queryset=Topic.objects.none(), widget=forms.CheckboxSelectMultiple, required=False
    )
    # Offered only once the same session turns out to be logged already (see `ask_about_duplicates`).
    allow_duplicate = forms.BooleanField(
        label=_("This is another session: log it anyway"), required=False, widget=forms.HiddenInput
    )

    class Meta:
        model = SupervisionSession
        fields = [
            "held_on",
            "duration_minutes",
            "format",
            "kind",
            "group",
            "mentees",
            "topics",
            "summary",
            "action_points",
            "private_notes",
        ]
        widgets = {
            "held_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "format": forms.RadioSelect,
            "kind": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 5}),
            "action_points": forms.Textarea(attrs={"rows": 4}),
            "private_notes": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, mentor, allowed_mentees, **kwargs):
        super().__init__(*args, **kwargs)
        self.mentor = mentor
        self.fields["mentees"].queryset = allowed_mentees
        self.fields["group"].queryset = MentoringGroup.objects.filter(mentor=mentor, is_active=True)
        offered = Q(is_active=True)
        if self.instance.pk:
            offered |= Q(pk__in=self.instance.topics.values("pk"))
            self.initial.setdefault("mentees", list(self.instance.attendances.values_list("mentee_id", flat=True)))
        self.fields["topics"].queryset = Topic.objects.filter(offered).order_by("order", "pk")
        if not self.instance.pk:
            # A new session is most often logged on the day it was held, and an hour is the usual length.
            self.initial["held_on"] = self.initial.get("held_on") or timezone.localdate()
            self.initial["duration_minutes"] = self.initial.get("duration_minutes") or 60
        self.duplicates: list[SupervisionSession] = []
        if self.is_bound and self.data.get(self.add_prefix("allow_duplicate")) in ("on", "true", "True"):
            self.fields["allow_duplicate"].widget = forms.CheckboxInput()

    def ask_about_duplicates(self, duplicates):
        """Show the sessions already logged, and the box that says this one is another."""
        self.duplicates = list(duplicates)
        self.fields["allow_duplicate"].widget = forms.CheckboxInput()

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError(_("Log a session once it has been held; this date is in the future."))
        return held_on

    def clean(self):
        data = super().clean()
        mentees = list(data.get("mentees") or [])
        group = data.get("group")
        if not mentees and group is not None:
            allowed = set(self.fields["mentees"].queryset.values_list("pk", flat=True))
            mentees = [m for m in group.members.all() if m.pk in allowed]
        kind = data.get("kind")
        if not mentees:
            self.add_error("mentees", _("Choose at least one mentee."))
        elif kind == SupervisionSession.Kind.ONE_TO_ONE and len(mentees) != 1:
            self.add_error("mentees", _("A one-to-one session has exactly one mentee."))
        data["mentees"] = mentees
        return data


class ReflectionForm(forms.ModelForm):
    class Meta:
        model = SessionAttendance
        fields = ["reflection"]
        widgets = {"reflection": forms.Textarea(attrs={"rows": 3})}
        labels = {"reflection": _("Your reflection (optional)")}
        help_texts = {"reflection": _("A few words on what you take with you from this session.")}


class DeclineForm(forms.ModelForm):
    class Meta:
        model = SessionAttendance
        fields = ["decline_reason"]
        widgets = {"decline_reason": forms.Textarea(attrs={"rows": 2})}
        labels = {"decline_reason": _("What is wrong?")}
        help_texts = {
            "decline_reason": _(
                "For example: I was not there, or the date or the length is wrong. Your mentor sees this. "
                "At most 500 characters."
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decline_reason"].required = True


class ConfirmOnBehalfForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        validators=[validate_no_client_details],
        help_text=_("Why you confirm this for the mentee, e.g. the mentee has no access to Linkki."),
    )


class PairingForm(forms.Form):
    mentee = forms.ModelChoiceField(label=_("Trainee"), queryset=get_user_model().objects.none())
    mentor = forms.ModelChoiceField(label=_("Mentor"), queryset=get_user_model().objects.none())
    started_on = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentee"].queryset = (
            get_user_model().objects.filter(enrolments__cohort=cohort).order_by("last_name", "first_name")
        )
        self.fields["mentor"].queryset = selectors.mentors()
        self.initial.setdefault("started_on", timezone.localdate())


class EndPairingForm(forms.Form):
    ended_on = forms.DateField(label=_("Ended on"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))


class GroupForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    members = PersonChoiceField(
        label=_("Members"), queryset=get_user_model().objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, allowed_members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["members"].queryset = allowed_members
