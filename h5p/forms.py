from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from courses.models import Activity

from .models import Content
from .packages import PackageRejected, read_h5p_package
from .uploads import is_refused


def _too_large(upload):
    return forms.ValidationError(
        gettext("The file is larger than %(size)s MB.") % {"size": f"{upload.limit / 1024 / 1024:.0f}"}
    )


class PackageForm(forms.Form):
    package = forms.FileField(
        label=_("H5P package"),
        required=False,
        help_text=_("A .h5p file with its libraries. Replacing the package keeps the trainees' results."),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p"}),
    )
    pass_threshold = forms.IntegerField(
        label=_("Pass mark (%)"),
        min_value=0,
        max_value=100,
        initial=80,
        help_text=_(
            "The score a try needs to complete the activity. Content without a score is done when "
            "the trainee completes it."
        ),
    )

    completion_rule = forms.ChoiceField(
        label=_("The activity is done by"),
        choices=Content.CompletionRule.choices,
        initial=Content.CompletionRule.PASS_MARK,
        widget=forms.RadioSelect,
        required=False,
        help_text=_("Choose finishing or opening for content that reports no score, such as a video or a text."),
    )

    def __init__(self, *args, content=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.content = content
        if content is not None:
            self.fields["pass_threshold"].initial = round(content.pass_threshold * 100)
            self.fields["completion_rule"].initial = content.completion_rule
        else:
            self.fields["package"].required = True

    def clean_package(self):
        package = self.cleaned_data.get("package")
        if package and is_refused(package):
            raise _too_large(package)
        if package and not package.name.lower().endswith(".h5p"):
            raise forms.ValidationError(_("Choose a file whose name ends in .h5p."))
        return package

    @property
    def rule(self):
        """The rule chosen; a form sent without one keeps the rule in force."""
        chosen = self.cleaned_data.get("completion_rule")
        return chosen or (self.content.completion_rule if self.content else Content.CompletionRule.PASS_MARK)

    @property
    def threshold(self):
        return Decimal(self.cleaned_data["pass_threshold"]) / 100


class LanguageVersionForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.CONTENT_LANGUAGES)
    package = forms.FileField(
        label=_("H5P package in this language"),
        help_text=_(
            "The same content, of the same content type, written in this language. Trainees whose "
            "language it is play it instead; their results stay the activity's."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p"}),
    )

    def __init__(self, *args, content, **kwargs):
        super().__init__(*args, **kwargs)
        self.content = content

    def clean_language(self):
        language = self.cleaned_data["language"]
        if self.content is not None and language == self.content.language.split("-")[0].lower():
            raise forms.ValidationError(_("The activity's package is already in this language."))
        return language

    def clean_package(self):
        package = self.cleaned_data["package"]
        if is_refused(package):
            raise _too_large(package)
        if not package.name.lower().endswith(".h5p"):
            raise forms.ValidationError(_("Choose a file whose name ends in .h5p."))
        return package


class ContentAdminForm(forms.ModelForm):
    package = forms.FileField(
        label=_("H5P package"),
        required=False,
        help_text=_("A .h5p file with its libraries. Replacing the package keeps the trainees' results."),
    )

    class Meta:
        model = Content
        fields = ["activity", "completion_rule", "pass_threshold"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.package = None
        if "completion_rule" in self.fields:
            self.fields["completion_rule"].required = False
        if "activity" in self.fields:
            self.fields["activity"].queryset = Activity.objects.filter(kind=Activity.Kind.H5P).select_related("module")

    def clean_completion_rule(self):
        return self.cleaned_data.get("completion_rule") or self.instance.completion_rule

    def clean(self):
        cleaned = super().clean()
        package = cleaned.get("package")
        if package is None:
            if self.instance.pk is None:
                self.add_error("package", _("Choose the .h5p file to upload."))
            return cleaned
        if is_refused(package):
            self.add_error("package", _too_large(package))
            return cleaned
        try:
            self.package = read_h5p_package(package)
        except PackageRejected as rejected:
            self.add_error("package", rejected.messages)
        return cleaned
