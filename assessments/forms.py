from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from common.forms import DecimalCommaField

from .models import Question


def answers_from_post(data, items_by_question):
    """The answers a page form sent, as {question id: raw answer}, for the questions it lists.

    Every question fieldset carries a hidden "questions" field, so a multiple-choice question with
    every box unticked still arrives (as an empty list) and clears the earlier answer.
    """
    answers = {}
    for key in data.getlist("questions"):
        item = items_by_question.get(key)
        kind = item.question.kind if item else None
        name = f"q{key}"
        if kind == Question.Kind.MULTIPLE:
            answers[key] = data.getlist(name)
        elif kind == Question.Kind.MATCHING:
            prefix = f"{name}_"
            answers[key] = {k[len(prefix) :]: v for k, v in data.items() if k.startswith(prefix)}
        else:
            answers[key] = data.get(name, "")
    return answers


class GradeForm(forms.Form):
    points = forms.DecimalField(label=_("Points"), min_value=0, max_digits=7, decimal_places=2)
    comment = forms.CharField(
        label=_("Comment to the trainee"), required=False, widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )

    def __init__(self, *args, maximum, **kwargs):
        super().__init__(*args, **kwargs)
        maximum = maximum.normalize()
        self.fields["points"] = DecimalCommaField(
            label=_("Points"),
            min_value=0,
            max_value=maximum,
            max_digits=7,
            decimal_places=2,
            help_text=_("From 0 to %(max)s.") % {"max": number_format(maximum)},
        )


class SignOffForm(forms.Form):
    achieved = forms.TypedChoiceField(
        label=_("Did you observe the trainee do this?"),
        widget=forms.RadioSelect,
        choices=[("yes", _("Yes, achieved")), ("no", _("Not yet"))],
        coerce=lambda value: value == "yes",
    )
    comment = forms.CharField(
        label=_("Comment to the trainee"), required=False, widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
