from django.db import migrations

from common.schedules import scheduled_task


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_personal_data"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [
        scheduled_task(
            "Personal data retention",
            "accounts.apply_retention",
            "Daily: expire old personal-data exports and remove accounts that never certified and have been "
            "inactive for INACTIVE_ACCOUNT_MONTHS.",
            daily_at=(3, 30),
        ),
    ]
