"""Reference data: the themes link workers choose from (names are English msgids, translated where
shown), and cached look-ups of the small tables the API takes codes for."""

import logging

from django.core.cache import cache
from django.utils.translation import gettext_noop

logger = logging.getLogger(__name__)

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
    While the cache is down the table is read from the database.
    """
    key = _key(model._meta.label_lower)
    try:
        rows = cache.get(key)
    except Exception:  # any backend error: the cache is down, the database still answers
        logger.warning("The cache failed; %s is read from the database.", model._meta.label_lower, exc_info=True)
        return {row.code: row for row in model.objects.all()}
    if rows is None:
        rows = {row.code: row for row in model.objects.all()}
        try:
            cache.set(key, rows, CACHE_SECONDS)
        except Exception:
            logger.warning("The cache failed; %s is not kept in it.", model._meta.label_lower, exc_info=True)
    return rows


def forget(label):
    if label in REFERENCE_MODELS:
        try:
            cache.delete(_key(label))
        except Exception:  # the change is saved; the cached copy expires within CACHE_SECONDS
            logger.error("The cache failed; %s stays cached until it expires.", label, exc_info=True)
