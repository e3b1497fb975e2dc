from django.db import migrations

TASK = "roster.refresh_due_entries"
NAME = "Roster standing refresh"


def load_themes(apps, schema_editor):
    from roster.reference import load

    load(apps)


def schedule(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    # Just after midnight in Lapland, so a certificate valid until yesterday drops off before work starts.
    crontab, _created = CrontabSchedule.objects.get_or_create(
        minute="5", hour="0", day_of_week="*", day_of_month="*", month_of_year="*", timezone="Europe/Helsinki"
    )
    PeriodicTask.objects.update_or_create(
        name=NAME, defaults={"task": TASK, "crontab": crontab, "enabled": True,
                             "description": "Daily: re-evaluate roster entries whose expiry or supervision "
                                            "due date has passed."}
    )


def unschedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("roster", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [
        migrations.RunPython(load_themes, migrations.RunPython.noop),
        migrations.RunPython(schedule, unschedule),
    ]
