"""Reference data: the themes link workers choose from (names are English msgids, translated where
shown), and cached look-ups of the small tables the API takes codes for."""

from django.core.cache import cache
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


REFERENCE_MODELS = {"accounts.municipality", "accounts.servicearea", "accounts.language", "roster.theme"}
CACHE_SECONDS = 60 * 60


def _key(label):
    return f"roster:reference:{label}"


def by_code(model):
    """Every row of a small reference table (municipalities, service areas, languages, themes) by its code.

    Kept in the cache, so the API validates codes without a query; any change to the table clears it.
    """
    key = _key(model._meta.label_lower)
    rows = cache.get(key)
    if rows is None:
        rows = {row.code: row for row in model.objects.all()}
        cache.set(key, rows, CACHE_SECONDS)
    return rows


def forget(label):
    if label in REFERENCE_MODELS:
        cache.delete(_key(label))
