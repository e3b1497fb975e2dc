import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def keep_who_was_returned(apps, schema_editor):
    """Earlier entries kept no order: their people keep the order they were stored in."""
    AuditEntry = apps.get_model("roster", "AuditEntry")
    AuditedPerson = apps.get_model("roster", "AuditedPerson")
    rows, places = [], {}
    for link in AuditEntry.people.through.objects.order_by("auditentry_id", "id").iterator():
        position = places[link.auditentry_id] = places.get(link.auditentry_id, -1) + 1
        rows.append(AuditedPerson(audit_id=link.auditentry_id, person_id=link.user_id, position=position))
    AuditedPerson.objects.bulk_create(rows, batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("roster", "0003_webhook_addresses_checked"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="auditentry",
            name="kind",
            field=models.CharField(
                choices=[
                    ("list", "Roster list"),
                    ("retrieve", "Roster record"),
                    ("certification", "Certification check"),
                    ("match", "Match"),
                ],
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.CreateModel(
            name="AuditedPerson",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("position", models.PositiveIntegerField(verbose_name="place in the answer")),
                ("score", models.IntegerField(blank=True, null=True, verbose_name="match score")),
                (
                    "audit",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="returned", to="roster.auditentry"
                    ),
                ),
                (
                    "person",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="person",
                    ),
                ),
            ],
            options={
                "verbose_name": "person returned",
                "verbose_name_plural": "people returned",
                "ordering": ["audit", "position"],
                "constraints": [models.UniqueConstraint(fields=("audit", "position"), name="roster_audited_place")],
            },
        ),
        migrations.RunPython(keep_who_was_returned, migrations.RunPython.noop),
        migrations.RemoveField(model_name="auditentry", name="people"),
        migrations.AddField(
            model_name="auditentry",
            name="people",
            field=models.ManyToManyField(
                blank=True,
                related_name="roster_audit_entries",
                through="roster.AuditedPerson",
                to=settings.AUTH_USER_MODEL,
                verbose_name="people returned",
            ),
        ),
    ]
