from django.db import migrations, models

REMOVED = "worker.removed"


def every_endpoint_hears_of_removals(apps, schema_editor):
    """Each address already registered received news of people, so it must also hear when one of them is
    erased; an administrator may untick it afterwards."""
    for endpoint in apps.get_model("roster", "WebhookEndpoint").objects.all():
        if REMOVED not in (endpoint.event_types or []):
            endpoint.event_types = [*(endpoint.event_types or []), REMOVED]
            endpoint.save(update_fields=["event_types"])


def forget_removals(apps, schema_editor):
    for endpoint in apps.get_model("roster", "WebhookEndpoint").objects.all():
        if REMOVED in (endpoint.event_types or []):
            endpoint.event_types = [value for value in endpoint.event_types if value != REMOVED]
            endpoint.save(update_fields=["event_types"])


class Migration(migrations.Migration):
    dependencies = [
        ("roster", "0008_copies_for_matching"),
    ]

    operations = [
        migrations.AlterField(
            model_name="webhookdelivery",
            name="state",
            field=models.CharField(
                choices=[
                    ("pending", "Waiting to be sent"),
                    ("delivered", "Delivered"),
                    ("failed", "Given up"),
                    ("stopped", "Not sent: the address is no longer in use"),
                    ("withdrawn", "Not sent: the person's data was erased"),
                ],
                default="pending",
                max_length=10,
                verbose_name="state",
            ),
        ),
        migrations.AlterField(
            model_name="webhookevent",
            name="type",
            field=models.CharField(
                choices=[
                    ("worker.certified", "Certified, in good standing"),
                    ("worker.supervision_overdue", "Supervision overdue"),
                    ("worker.expired", "Expired"),
                    ("worker.suspended", "Suspended"),
                    ("worker.revoked", "Revoked"),
                    ("worker.removed", "Removed: the person's data was erased"),
                ],
                max_length=40,
                verbose_name="type",
            ),
        ),
        migrations.RunPython(every_endpoint_hears_of_removals, forget_removals),
    ]
