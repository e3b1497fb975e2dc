"""Periodic tasks that the apps' migrations put on django-celery-beat's schedule."""

from django.db import migrations


def scheduled_task(name, task, description, *, daily_at=None, every_minutes=None):
    """A migration operation putting `task` on the schedule under `name`, daily at `daily_at` = (hour,
    minute) Helsinki time or every `every_minutes`; migrating back takes it off again."""

    def schedule(apps, schema_editor):
        timing = {"crontab": None, "interval": None}
        if daily_at:
            hour, minute = daily_at
            crontabs = apps.get_model("django_celery_beat", "CrontabSchedule").objects
            timing["crontab"], _created = crontabs.get_or_create(
                minute=str(minute),
                hour=str(hour),
                day_of_week="*",
                day_of_month="*",
                month_of_year="*",
                timezone="Europe/Helsinki",
            )
        else:
            intervals = apps.get_model("django_celery_beat", "IntervalSchedule").objects
            timing["interval"], _created = intervals.get_or_create(every=every_minutes, period="minutes")
        apps.get_model("django_celery_beat", "PeriodicTask").objects.update_or_create(
            name=name, defaults={"task": task, "enabled": True, "description": description, **timing}
        )

    def unschedule(apps, schema_editor):
        apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=name).delete()

    return migrations.RunPython(schedule, unschedule)
