import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from common import translated
from common.models import ContentFallback
from common.translated import FALLBACK_VERSION_KEY, Translated, fallback_order
from tests import factories
from tests.utils import count_queries, login

pytestmark = pytest.mark.django_db

FINNISH_AND_ENGLISH = Translated({"fi": "Tervetuloa", "en": "Welcome"})


def test_swedish_interface_looks_in_swedish_then_finnish_then_english_by_default():
    assert fallback_order("sv") == ("sv", "fi", "en")
    assert FINNISH_AND_ENGLISH.text("sv") == "Tervetuloa"
    assert FINNISH_AND_ENGLISH.language_of_text("sv") == "fi"
    assert Translated({"en": "Welcome"}).language_of_text("sv") == "en"


def test_a_text_missing_in_every_language_of_the_order_shows_in_any_language_that_has_it():
    only_sami = Translated({"se": "Bures boahtin"})
    assert only_sami.text("sv") == "Bures boahtin"
    assert only_sami.language_of_text("sv") == "se"


def test_an_order_a_trainer_stored_is_used_for_that_interface_language_only():
    ContentFallback.objects.create(language="sv", order="sv, en, fi")
    assert FINNISH_AND_ENGLISH.text("sv") == "Welcome"
    assert FINNISH_AND_ENGLISH.language_of_text("sv") == "en"
    assert FINNISH_AND_ENGLISH.text("fi") == "Tervetuloa"
    with translation.override("sv"):
        assert str(FINNISH_AND_ENGLISH) == "Welcome"


def test_deleting_the_stored_order_brings_back_the_default():
    row = ContentFallback.objects.create(language="sv", order="sv, en, fi")
    assert FINNISH_AND_ENGLISH.text("sv") == "Welcome"
    row.delete()
    assert FINNISH_AND_ENGLISH.text("sv") == "Tervetuloa"


def test_reading_texts_reads_the_stored_orders_once_not_per_text():
    ContentFallback.objects.create(language="sv", order="sv, en, fi")
    assert count_queries(FINNISH_AND_ENGLISH.text, "sv") == 1
    texts = [Translated({"fi": f"Teksti {n}", "en": f"Text {n}"}) for n in range(50)]
    assert count_queries(lambda: [text.text("sv") for text in texts]) == 0


def test_an_order_changed_by_another_process_is_read_again_after_the_check_interval(django_capture_on_commit_callbacks):
    assert FINNISH_AND_ENGLISH.text("sv") == "Tervetuloa"
    # Another process stores an order: the row and a new version in the shared cache; this process's
    # copy is untouched until its next check.
    ContentFallback.objects.bulk_create([ContentFallback(language="sv", order="sv, en, fi")])
    cache.set(FALLBACK_VERSION_KEY, "from-another-process", None)
    translated._fallbacks["checked_at"] = 0.0
    assert FINNISH_AND_ENGLISH.text("sv") == "Welcome"


def test_a_cleared_cache_keeps_the_orders_this_process_read():
    ContentFallback.objects.create(language="sv", order="sv, en, fi")
    assert FINNISH_AND_ENGLISH.text("sv") == "Welcome"
    cache.clear()
    translated._fallbacks["checked_at"] = 0.0
    assert count_queries(FINNISH_AND_ENGLISH.text, "sv") == 0
    assert FINNISH_AND_ENGLISH.text("sv") == "Welcome"


def test_saving_an_order_tells_the_other_processes_once_committed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ContentFallback.objects.create(language="sv", order="sv, en, fi")
    assert cache.get(FALLBACK_VERSION_KEY)


def add_url():
    return reverse("admin:common_contentfallback_add")


@pytest.mark.parametrize("role", ["trainer", "administrator"])
def test_trainers_and_administrators_set_the_order_in_the_admin(client, role):
    login(client, getattr(factories, role)())
    response = client.post(add_url(), {"language": "sv", "order": "SV en,fi"})
    assert response.status_code == 302
    assert ContentFallback.objects.get(language="sv").order == "sv, en, fi"
    assert FINNISH_AND_ENGLISH.text("sv") == "Welcome"


@pytest.mark.parametrize("role", ["trainee", "mentor", "coordinator"])
def test_other_roles_may_not_see_or_set_the_order(client, role):
    login(client, getattr(factories, role)())
    assert client.get(reverse("admin:common_contentfallback_changelist")).status_code in (302, 403)
    response = client.post(add_url(), {"language": "sv", "order": "sv, en, fi"})
    assert response.status_code in (302, 403)
    assert not ContentFallback.objects.exists()


@pytest.mark.parametrize(
    "order, message",
    [
        ("sv, xx, fi", "Tuntematon kielikoodi: xx."),
        ("sv, fi, sv", "Kukin kieli saa esiintyä vain kerran: sv."),
        ("fi, sv, en", "Järjestys alkaa käyttöliittymän kielellä (sv)."),
        ("", "Tämä kenttä vaaditaan."),
        ("sv, " * 40, "enintään 100 merkkiä pitkä"),
    ],
)
def test_a_bad_order_is_refused_with_the_reason_and_nothing_is_stored(client, order, message):
    login(client, factories.trainer())
    response = client.post(add_url(), {"language": "sv", "order": order}, HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ContentFallback.objects.exists()


def test_the_same_interface_language_cannot_have_two_orders(client):
    ContentFallback.objects.create(language="sv", order="sv, fi, en")
    login(client, factories.trainer())
    response = client.post(add_url(), {"language": "sv", "order": "sv, en, fi"})
    assert response.status_code == 200
    assert ContentFallback.objects.get().order == "sv, fi, en"
