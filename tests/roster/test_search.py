"""The coordinator's roster search finds people however their names and places are typed."""

import unicodedata

import pytest

from accounts.search import fold
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator_client(client):
    client.force_login(f.coordinator())
    return client


def found(coordinator_client, query):
    response = coordinator_client.get("/roster/", {"q": query})
    assert response.status_code == 200
    return [entry.person.last_name for entry in response.context["page"]]


@pytest.fixture
def people():
    maret = f.certified_worker(municipality_name="Utsjoki")
    maret.person.first_name, maret.person.last_name = "Máret", "Aikio"
    maret.person.save()
    decomposed = f.certified_worker(municipality_name="Muonio")
    # Typed on a system that sends decomposed letters: "A" followed by a combining ring.
    decomposed.person.first_name, decomposed.person.last_name = "Elina", unicodedata.normalize("NFD", "Åberg")
    decomposed.person.save()
    sodankyla = f.certified_worker(municipality_name="Sodankylä")
    sodankyla.person.first_name, sodankyla.person.last_name = "Pekka", "Mäkelä"
    sodankyla.person.save()
    return maret, decomposed, sodankyla


def test_a_name_typed_without_its_accent_is_found(coordinator_client, people):
    assert found(coordinator_client, "maret") == ["Aikio"]
    assert found(coordinator_client, "MAKELA") == ["Mäkelä"]


def test_a_municipality_typed_without_its_accent_is_found(coordinator_client, people):
    assert found(coordinator_client, "sodankyla") == ["Mäkelä"]


def test_a_municipality_is_found_by_its_sami_name(coordinator_client, people):
    assert found(coordinator_client, "Ohcejohka") == ["Aikio"]


def test_a_name_stored_decomposed_is_kept_composed_and_found_as_typed(coordinator_client, people):
    _maret, decomposed, _sodankyla = people
    decomposed.person.refresh_from_db()
    assert decomposed.person.last_name == unicodedata.normalize("NFC", "Åberg")
    assert found(coordinator_client, "Åberg") == ["Åberg"]
    assert found(coordinator_client, unicodedata.normalize("NFD", "åberg")) == ["Åberg"]
    assert found(coordinator_client, "aberg muonio") == ["Åberg"]


def test_a_changed_name_is_found_by_the_new_one_only_with_update_fields(coordinator_client, people):
    maret, _decomposed, _sodankyla = people
    maret.person.last_name = "Sárá"
    maret.person.save(update_fields=["last_name"])
    assert found(coordinator_client, "sara") == ["Sárá"]
    assert found(coordinator_client, "aikio") == []


@pytest.mark.parametrize(
    "typed, folded",
    [
        ("Máret Åberg, Sodankylä", "maret aberg, sodankyla"),
        ("Čeavetjávri", "ceavetjavri"),
        ("Đuvdnjá Ŋuolja Ŧ", "duvdnja nuolja t"),
        ("Sevettijärvi Ǩiõllõk", "sevettijarvi kiollok"),
    ],
)
def test_folding_drops_marks_of_finnish_swedish_and_sami_letters(typed, folded):
    assert fold(typed) == folded
    assert fold(unicodedata.normalize("NFD", typed)) == folded
