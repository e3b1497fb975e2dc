import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

import roster.models
from common.schedules import scheduled_task

# The attempts that the earlier releases made, at most this many for one event and address.
EARLIER_MAX_ATTEMPTS = 8


def group_attempts(apps, schema_editor):
    """Each event and address that earlier attempts were made for becomes one delivery: delivered if an
    attempt got through, given up after the earlier last attempt, otherwise due now."""
    Attempt = apps.get_model("roster", "WebhookAttempt")
    Delivery = apps.get_model("roster", "WebhookDelivery")
    now = django.utils.timezone.now()
    pairs = Attempt.objects.values_list("event_id", "endpoint_id").distinct().order_by()
    for event_id, endpoint_id in pairs.iterator():
        attempts = Attempt.objects.filter(event_id=event_id, endpoint_id=endpoint_id)
        last = attempts.order_by("-attempted_at", "-pk").first()
        count = attempts.count()
        if attempts.filter(succeeded=True).exists():
            state, next_at, finished = "delivered", None, last.attempted_at
        elif count >= EARLIER_MAX_ATTEMPTS:
            state, next_at, finished = "failed", None, last.attempted_at
        else:
            state, next_at, finished = "pending", now, None
        first = attempts.order_by("attempted_at", "pk").first()
        delivery = Delivery.objects.create(
            event_id=event_id,
            endpoint_id=endpoint_id,
            state=state,
            attempts=count,
            next_attempt_at=next_at,
            created_at=first.attempted_at,
            finished_at=finished,
        )
        attempts.update(delivery=delivery)


class Migration(migrations.Migration):
    dependencies = [
        ("roster", "0004_audited_people_in_order"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [
        # The per-attempt log of the earlier releases becomes WebhookAttempt, under a delivery of its own.
        migrations.RemoveIndex(model_name="webhookdelivery", name="roster_delivery_lookup"),
        migrations.RenameModel(old_name="WebhookDelivery", new_name="WebhookAttempt"),
        migrations.AlterField(
            model_name="webhookattempt",
            name="event",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="roster.webhookevent"
            ),
        ),
        migrations.AlterField(
            model_name="webhookattempt",
            name="endpoint",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="roster.webhookendpoint"
            ),
        ),
        migrations.RenameField(model_name="webhookattempt", old_name="attempt", new_name="number"),
        migrations.AddField(
            model_name="webhookattempt",
            name="duration_ms",
            field=models.PositiveIntegerField(blank=True, null=True, verbose_name="duration (ms)"),
        ),
        migrations.CreateModel(
            name="WebhookDelivery",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "state",
                    models.CharField(
                        choices=[
                            ("pending", "Waiting to be sent"),
                            ("delivered", "Delivered"),
                            ("failed", "Given up"),
                            ("stopped", "Not sent: the address is no longer in use"),
                        ],
                        default="pending",
                        max_length=10,
                        verbose_name="state",
                    ),
                ),
                ("attempts", models.PositiveSmallIntegerField(default=0, verbose_name="attempts")),
                (
                    "next_attempt_at",
                    models.DateTimeField(
                        blank=True, default=django.utils.timezone.now, null=True, verbose_name="next attempt"
                    ),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="created at")),
                ("finished_at", models.DateTimeField(blank=True, null=True, verbose_name="finished at")),
                (
                    "endpoint",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="deliveries",
                        to="roster.webhookendpoint",
                    ),
                ),
                (
                    "event",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="deliveries", to="roster.webhookevent"
                    ),
                ),
            ],
            options={
                "verbose_name": "webhook delivery",
                "verbose_name_plural": "webhook deliveries",
                "ordering": ["-created_at", "-pk"],
                "indexes": [models.Index(fields=["state", "next_attempt_at"], name="roster_delivery_due")],
                "constraints": [models.UniqueConstraint(fields=("event", "endpoint"), name="roster_delivery_once")],
            },
        ),
        migrations.AddField(
            model_name="webhookattempt",
            name="delivery",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="tries",
                to="roster.webhookdelivery",
            ),
        ),
        migrations.RunPython(group_attempts, migrations.RunPython.noop),
        migrations.RemoveField(model_name="webhookattempt", name="event"),
        migrations.RemoveField(model_name="webhookattempt", name="endpoint"),
        migrations.AlterField(
            model_name="webhookattempt",
            name="delivery",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="tries", to="roster.webhookdelivery"
            ),
        ),
        migrations.AlterModelOptions(
            name="webhookattempt",
            options={
                "ordering": ["-attempted_at", "-pk"],
                "verbose_name": "webhook delivery attempt",
                "verbose_name_plural": "webhook delivery attempts",
            },
        ),
        # Endpoints registered before subscriptions existed keep receiving every event type.
        migrations.AddField(
            model_name="webhookendpoint",
            name="event_types",
            field=models.JSONField(
                blank=True,
                default=roster.models.all_event_types,
                help_text="The status changes this address receives.",
                verbose_name="events sent",
            ),
        ),
        scheduled_task(
            "Webhook deliveries",
            "roster.send_due_webhooks",
            "Every minute: send the webhook deliveries that are due, first attempts and retries.",
            every_minutes=1,
        ),
    ]
