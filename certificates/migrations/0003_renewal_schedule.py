from django.db import migrations

from common.schedules import scheduled_task


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_documents_events_bulk_renewal"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [
        scheduled_task(
            "Certificate renewals and expiry",
            "certificates.renew_and_expire",
            "Daily: renew certificates whose renewal is met, announce expiries.",
            daily_at=(0, 15),
        ),
    ]
