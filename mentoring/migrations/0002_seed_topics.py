from django.db import migrations

TOPICS = [
    {
        "fi": "Oma jaksaminen ja rajat",
        "sv": "Det egna välbefinnandet och gränser",
        "en": "Own wellbeing and limits",
        "se": "Iežas veadju ja rájit",
    },
    {"fi": "Vaikeat tilanteet", "sv": "Svåra situationer", "en": "Difficult situations", "se": "Váttis dilálašvuođat"},
    {
        "fi": "Palvelut ja järjestöt",
        "sv": "Tjänster och organisationer",
        "en": "Services and NGOs",
        "se": "Bálvalusat ja searvvit",
    },
    {"fi": "Tavoitteiden asettaminen", "sv": "Att sätta mål", "en": "Goal setting", "se": "Ulbmiliid bidjan"},
    {
        "fi": "Asiakassuhteen päättäminen",
        "sv": "Att avsluta en klientrelation",
        "en": "Ending a client relationship",
        "se": "Áššehasgaskavuođa loahpaheapmi",
    },
    {
        "fi": "Kulttuuriset kysymykset",
        "sv": "Kulturella frågor",
        "en": "Cultural questions",
        "se": "Kultuvrralaš gažaldagat",
    },
    {"fi": "Muu", "sv": "Annat", "en": "Other", "se": "Eará"},
]


def seed(apps, schema_editor):
    Topic = apps.get_model("mentoring", "Topic")
    for order, name in enumerate(TOPICS):
        if not Topic.objects.filter(name__en=name["en"]).exists():
            Topic.objects.create(name=name, order=order * 10)


def unseed(apps, schema_editor):
    Topic = apps.get_model("mentoring", "Topic")
    for name in TOPICS:
        Topic.objects.filter(name__en=name["en"], sessions__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("mentoring", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
