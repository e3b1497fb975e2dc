"""A trainer sees which content language each interface language falls back to, sets another order on
the authoring pages, and a Swedish reader's page follows it with the right lang."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from common.models import ContentFallback
from tests import factories as f
from tests.utils import count_queries, login

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:common_contentfallback_changelist"
ADD = "admin:common_contentfallback_add"


@pytest.fixture
def course():
    # Written in Finnish and English only, as most of a curriculum is before its Swedish arrives.
    return f.CourseFactory(title={"fi": "Peruskoulutus", "en": "Basic training"}, description={"fi": "<p>Kuvaus</p>"})


def swedish_reader(course):
    client = Client()
    client.force_login(f.enrolled_trainee(course))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sv"
    return client


def row_of(page, name):
    start = page.index(f'<th scope="row">{name}</th>')
    return page[start : page.index("</tr>", start)]


def test_the_trainer_sees_the_order_in_effect_for_every_interface_language(client):
    login(client, f.trainer())
    page = client.get(reverse(CHANGELIST), HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert "Voimassa nyt" in page
    swedish = row_of(page, "ruotsi")
    assert "<td>sv, fi, en</td>" in swedish and "oletus" in swedish
    assert f'href="{reverse(ADD)}?language=sv"' in swedish
    assert "<td>en, fi, sv</td>" in row_of(page, "englanti")


def test_a_new_order_starts_from_the_one_in_effect(client):
    login(client, f.trainer())
    page = client.get(reverse(ADD) + "?language=sv", HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert 'value="sv, fi, en"' in page


def test_the_order_a_trainer_sets_is_what_a_swedish_reader_gets(client, course):
    reader = swedish_reader(course)
    page = reader.get(course.get_absolute_url()).content.decode()
    assert '<h1 lang="fi">Peruskoulutus</h1>' in page

    login(client, f.trainer())
    response = client.post(reverse(ADD), {"language": "sv", "order": "sv, en, fi"})
    assert response.status_code == 302

    page = reader.get(course.get_absolute_url()).content.decode()
    assert '<html lang="sv"' in page
    assert '<h1 lang="en">Basic training</h1>' in page
    # A text that has no English falls back further, to Finnish, and says so.
    assert '<div class="prose" lang="fi"><p>Kuvaus</p></div>' in page

    listing = client.get(reverse(CHANGELIST), HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    swedish = row_of(listing, "ruotsi")
    assert "<td>sv, en, fi</td>" in swedish and "kouluttaja" in swedish


def test_a_bad_order_from_the_page_is_refused_and_the_reader_keeps_the_default(client, course):
    login(client, f.trainer())
    response = client.post(reverse(ADD), {"language": "sv", "order": "en, sv"}, HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 200
    assert "Järjestys alkaa käyttöliittymän kielellä (sv)." in response.content.decode()
    assert '<h1 lang="fi">Peruskoulutus</h1>' in swedish_reader(course).get(course.get_absolute_url()).content.decode()


@pytest.mark.parametrize("role", ["trainee", "mentor", "coordinator"])
def test_only_trainers_and_administrators_reach_the_page(client, role):
    login(client, getattr(f, role)())
    for url in (reverse(CHANGELIST), reverse(ADD) + "?language=sv"):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "Voimassa nyt" not in response.content.decode()


def test_the_administrator_reaches_the_page(client):
    login(client, f.administrator())
    assert client.get(reverse(CHANGELIST)).status_code == 200


def test_the_page_takes_the_same_number_of_queries_however_many_orders_are_stored(client):
    login(client, f.trainer())
    ContentFallback.objects.create(language="sv", order="sv, en, fi")
    few = count_queries(client.get, reverse(CHANGELIST))
    ContentFallback.objects.create(language="fi", order="fi, en, sv")
    ContentFallback.objects.create(language="en", order="en, sv, fi")
    assert count_queries(client.get, reverse(CHANGELIST)) == few
