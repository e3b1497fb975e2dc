from django.db import migrations

from common.schedules import scheduled_task


class Migration(migrations.Migration):
    dependencies = [
        ("mentoring", "0002_seed_topics"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [
        scheduled_task(
            "Supervision reminders",
            "mentoring.send_supervision_reminders",
            "Daily e-mails when supervision falls due or is overdue.",
            daily_at=(7, 0),
        ),
    ]
