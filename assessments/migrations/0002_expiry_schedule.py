from django.db import migrations

from common.schedules import scheduled_task


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [
        scheduled_task(
            "Submit expired assessment attempts",
            "assessments.submit_expired_attempts",
            "Submits attempts whose time limit has passed, so they are graded.",
            every_minutes=1,
        ),
    ]
