import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


COPIES = [
    ("language_ids", "accounts_user_languages", "user_id", "language_id"),
    ("theme_ids", "roster_rosterentry_themes", "rosterentry_id", "theme_id"),
    ("contract_ids", "roster_rosterentry_contract_municipalities", "rosterentry_id", "municipality_id"),
]
PERSON = [
    ("person_municipality_id", "municipality_id"),
    ("person_service_area_id", "service_area_id"),
    ("person_supports_remotely", "supports_remotely"),
]


def copy_for_matching(apps, schema_editor):
    """Every entry's copies from the person and the three tables, in one pass over the roster."""
    postgresql = schema_editor.connection.vendor == "postgresql"
    person = 'FROM "accounts_user" WHERE "accounts_user"."id" = "roster_rosterentry"."person_id"'
    assignments = [f'"{name}" = (SELECT "{column}" {person})' for name, column in PERSON]
    for name, table, owner, target in COPIES:
        rows = f'SELECT "{target}" FROM "{table}" WHERE "{owner}" = "roster_rosterentry"."person_id"'
        if postgresql:
            value = f"COALESCE((SELECT jsonb_agg(ids ORDER BY ids) FROM ({rows}) AS t(ids)), '[]'::jsonb)"
        else:
            value = f'(SELECT json_group_array("{target}") FROM ({rows} ORDER BY 1))'
        assignments.append(f'"{name}" = {value}')
    schema_editor.execute(f'UPDATE "roster_rosterentry" SET {", ".join(assignments)}')


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_username_fits_every_email_address"),
        ("roster", "0007_free_text_length_limits"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="rosterentry",
            name="contract_ids",
            field=models.JSONField(blank=True, default=list, editable=False),
        ),
        migrations.AddField(
            model_name="rosterentry",
            name="language_ids",
            field=models.JSONField(blank=True, default=list, editable=False),
        ),
        migrations.AddField(
            model_name="rosterentry",
            name="person_municipality",
            field=models.ForeignKey(
                db_index=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="accounts.municipality",
            ),
        ),
        migrations.AddField(
            model_name="rosterentry",
            name="person_service_area",
            field=models.ForeignKey(
                db_index=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="accounts.servicearea",
            ),
        ),
        migrations.AddField(
            model_name="rosterentry",
            name="person_supports_remotely",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name="rosterentry",
            name="theme_ids",
            field=models.JSONField(blank=True, default=list, editable=False),
        ),
        migrations.RunPython(copy_for_matching, migrations.RunPython.noop, elidable=True),
        migrations.AddIndex(
            model_name="rosterentry",
            index=models.Index(
                condition=models.Q(("status", "in_good_standing")),
                fields=["person_service_area"],
                name="roster_matchable_by_area",
            ),
        ),
    ]
