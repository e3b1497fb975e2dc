"""The themes link workers choose from; names are English msgids, translated where shown."""

from django.utils.translation import gettext_noop

THEMES = [
    ("physical-activity", gettext_noop("physical activity")),
    ("culture", gettext_noop("culture")),
    ("nature", gettext_noop("nature and the outdoors")),
    ("peer-groups", gettext_noop("peer groups")),
    ("everyday-matters", gettext_noop("everyday matters")),
    ("debt-and-money", gettext_noop("debt and money")),
    ("sami-culture", gettext_noop("Sámi culture")),
    ("volunteering", gettext_noop("volunteering")),
    ("arts-and-crafts", gettext_noop("arts and crafts")),
    ("work-and-study", gettext_noop("work and study")),
]


def load(apps):
    Theme = apps.get_model("roster", "Theme")
    for code, name in THEMES:
        Theme.objects.update_or_create(code=code, defaults={"name": name})
