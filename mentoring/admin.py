from django.contrib import admin

from accounts.admin import AdministratorOnly
from courses.admin import TrainerAuthored

from .models import MentoringGroup, Pairing, ReminderSent, SupervisionRequirement, Topic


@admin.register(Topic)
class TopicAdmin(TrainerAuthored, admin.ModelAdmin):
    list_display = ["__str__", "order", "is_active"]
    list_editable = ["order", "is_active"]


@admin.register(SupervisionRequirement)
class SupervisionRequirementAdmin(TrainerAuthored, admin.ModelAdmin):
    list_display = ["course", "training_hours", "sessions_per_period", "period_months"]


@admin.register(Pairing)
class PairingAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["mentee", "mentor", "started_on", "ended_on"]
    raw_id_fields = ["mentor", "mentee", "created_by"]


@admin.register(MentoringGroup)
class MentoringGroupAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["name", "mentor", "is_active"]
    raw_id_fields = ["mentor"]
    filter_horizontal = ["members"]


@admin.register(ReminderSent)
class ReminderSentAdmin(AdministratorOnly, admin.ModelAdmin):
    list_display = ["person", "kind", "due_date", "sent_at"]
    list_filter = ["kind"]
