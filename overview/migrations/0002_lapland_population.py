from django.db import migrations


def load(apps, schema_editor):
    from overview import reference

    reference.load(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("overview", "0001_population"),
        ("accounts", "0002_reference_data"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
