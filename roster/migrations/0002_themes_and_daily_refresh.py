from django.db import migrations

from common.schedules import scheduled_task


def load_themes(apps, schema_editor):
    from roster.reference import load

    load(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("roster", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [
        migrations.RunPython(load_themes, migrations.RunPython.noop),
        # Just after midnight in Lapland, so a certificate valid until yesterday drops off before work starts.
        scheduled_task(
            "Roster standing refresh",
            "roster.refresh_due_entries",
            "Daily: re-evaluate roster entries whose expiry or supervision due date has passed.",
            daily_at=(0, 5),
        ),
    ]
