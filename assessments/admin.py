from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _

from accounts.admin import AdministratorOnly
from courses.admin import TrainerAuthored

from .models import Assessment, Attempt, AttemptItem, Grade, MatchPair, Option, Question, QuestionBank


class QuestionInline(TrainerAuthored, admin.StackedInline):
    model = Question
    fields = [("order", "kind", "points", "is_active"), "text"]
    extra = 0
    ordering = ["order", "pk"]
    show_change_link = True


@admin.register(QuestionBank)
class QuestionBankAdmin(TrainerAuthored, admin.ModelAdmin):
    list_display = ["__str__", "module"]
    list_select_related = ["module"]
    list_filter = ["module__course"]
    inlines = [QuestionInline]


def _kept_rows(formset):
    """The cleaned rows the formset will keep: filled in and not marked for deletion."""
    return [form.cleaned_data for form in formset.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")]


class OptionFormSet(BaseInlineFormSet):
    """A choice question that no trainee could answer right is refused before it reaches an attempt."""

    def clean(self):
        super().clean()
        if any(self.errors) or not self.instance.has_options:
            return
        rows = _kept_rows(self)
        if len(rows) < 2:
            raise ValidationError(_("A choice question needs at least two options."))
        correct = sum(1 for row in rows if row.get("is_correct"))
        if self.instance.kind == Question.Kind.SINGLE and correct != 1:
            raise ValidationError(_("Mark exactly one option correct in a single-choice question."))


class MatchPairFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        if any(self.errors) or self.instance.kind != Question.Kind.MATCHING:
            return
        if len(_kept_rows(self)) < 2:
            raise ValidationError(_("A matching question needs at least two pairs."))


class OptionInline(TrainerAuthored, admin.StackedInline):
    model = Option
    formset = OptionFormSet
    fields = [("order", "is_correct"), "text", "feedback"]
    extra = 0
    ordering = ["order", "pk"]


class MatchPairInline(TrainerAuthored, admin.StackedInline):
    model = MatchPair
    formset = MatchPairFormSet
    fields = ["order", "prompt", "answer"]
    extra = 0
    ordering = ["order", "pk"]


@admin.register(Question)
class QuestionAdmin(TrainerAuthored, admin.ModelAdmin):
    list_display = ["__str__", "bank", "kind", "points", "order", "is_active"]
    list_select_related = ["bank"]
    list_filter = ["kind", "bank__module__course", "is_active"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "bank",
                    ("order", "kind", "points", "is_active"),
                    "text",
                    "feedback",
                    "feedback_correct",
                    "feedback_incorrect",
                ]
            },
        ),
        (_("Multiple choice"), {"fields": ["partial_credit"]}),
        (_("True or false"), {"fields": ["correct_statement"]}),
        (_("Short text"), {"fields": ["accepted_answers", "answer_pattern"]}),
        (_("Number"), {"fields": [("numeric_answer", "tolerance")]}),
        (_("Essay and practical competency"), {"fields": ["rubric"]}),
    ]
    inlines = [OptionInline, MatchPairInline]


@admin.register(Assessment)
class AssessmentAdmin(TrainerAuthored, admin.ModelAdmin):
    list_display = ["__str__", "bank", "pass_mark", "max_attempts", "time_limit_minutes", "draw_count", "show_answers"]
    list_filter = ["activity__module__course"]
    list_select_related = ["activity", "bank"]
    fields = [
        "activity",
        "bank",
        ("pass_mark", "max_attempts"),
        ("time_limit_minutes", "draw_count"),
        ("shuffle_options", "show_answers"),
    ]
    view_on_site = True


class GradeInline(AdministratorOnly, admin.TabularInline):
    model = Grade
    fields = ["points", "source", "graded_by", "comment", "is_regrade", "graded_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(AttemptItem)
class AttemptItemAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["__str__", "question", "points"]
    list_select_related = ["attempt__user", "attempt__assessment__activity", "question"]
    readonly_fields = ["attempt", "question", "position", "choice_order", "answer", "answered_at", "points"]
    inlines = [GradeInline]


@admin.register(Attempt)
class AttemptAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["__str__", "state", "percent", "passed", "started_at", "submitted_at"]
    list_filter = ["state", "assessment"]
    list_select_related = ["user", "assessment__activity"]
    raw_id_fields = ["user"]
    readonly_fields = [
        "assessment",
        "user",
        "number",
        "state",
        "started_at",
        "deadline",
        "submitted_at",
        "was_submitted_automatically",
        "score",
        "max_score",
        "percent",
        "passed",
        "graded_at",
    ]
