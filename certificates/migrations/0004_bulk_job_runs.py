from django.db import migrations, models

from common.schedules import scheduled_task


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0003_renewal_schedule"),
    ]
    operations = [
        migrations.AddField(
            model_name="bulkjob",
            name="run_token",
            field=models.UUIDField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="bulkjob",
            name="heartbeat_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="bulkjob",
            name="last_person_id",
            field=models.PositiveBigIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="bulkjob",
            name="broker_unavailable",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddConstraint(
            model_name="bulkjob",
            constraint=models.CheckConstraint(
                condition=models.Q(processed__lte=models.F("total")), name="bulk_job_processed_within_total"
            ),
        ),
        scheduled_task(
            "Resume stalled bulk certificate jobs",
            "certificates.resume_stale_bulk_jobs",
            "Every minute: hand over again a bulk job whose worker died or that never reached one.",
            every_minutes=1,
        ),
    ]
