"""The match finds and scores candidates from what is copied onto their roster entries: every way of
changing a person's place, remote support, languages, themes and contracts keeps the copies in step,
and the migration fills them."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from accounts.models import Language
from roster import services
from roster.models import RosterEntry, Theme
from tests import factories as f

URL = "/api/v1/match/"


def scored(api, **needs):
    response = api.post(URL, {"municipality": "758", **needs}, format="json")
    assert response.status_code == 200, response.content
    return {c["id"]: c["score"] for c in response.json()["candidates"]}


def copies(entry):
    entry = RosterEntry.objects.get(pk=entry.pk)
    return entry.language_ids, entry.theme_ids, entry.contract_ids


@pytest.mark.django_db
def test_a_language_added_after_certification_scores_at_once(api):
    entry = f.certified_worker(languages=["fi"])
    before = scored(api, languages=["se"])[entry.pk]
    entry.person.languages.add(f.language("se"))
    assert scored(api, languages=["se"])[entry.pk] == before + 30
    assert copies(entry)[0] == sorted(Language.objects.filter(code__in=["fi", "se"]).values_list("pk", flat=True))


@pytest.mark.django_db
def test_a_language_changed_from_its_own_side_is_copied_for_everyone_it_touches(api):
    first, second = f.certified_worker(languages=["se"]), f.certified_worker(languages=["se"])
    north_sami = f.language("se")
    north_sami.user_set.remove(first.person)
    assert copies(first)[0] == [] and copies(second)[0] == [north_sami.pk]
    north_sami.user_set.clear()
    assert copies(second)[0] == []
    north_sami.user_set.add(first.person, second.person)
    assert copies(first)[0] == copies(second)[0] == [north_sami.pk]
    scores = scored(api, languages=["se"])
    assert scores[first.pk] == scores[second.pk]


@pytest.mark.django_db
def test_themes_and_contracts_set_in_the_worker_settings_score(api):
    entry = f.certified_worker(municipality_name="Kittilä")
    before = scored(api, themes=["nature"])[entry.pk]
    nature = Theme.objects.get(code="nature")
    services.update_worker_settings(
        entry,
        by=entry.person,
        themes=[nature],
        max_clients=entry.max_clients,
        current_clients=entry.current_clients,
        contract_municipalities=[f.municipality("Sodankylä")],
    )
    # contract 20 instead of the service area's 10, and the theme's 5
    assert scored(api, themes=["nature"])[entry.pk] == before + 10 + 5
    assert copies(entry)[1:] == ([nature.pk], [f.municipality("Sodankylä").pk])


@pytest.mark.django_db
def test_a_person_who_moves_or_starts_supporting_remotely_is_matched_where_they_now_are(api):
    entry = f.certified_worker(municipality_name="Tornio")
    assert entry.pk not in scored(api, remote_acceptable=True)
    person = entry.person
    person.supports_remotely = True
    person.save()
    assert entry.pk in scored(api, remote_acceptable=True)
    person.municipality = f.municipality("Sodankylä")
    person.save(update_fields=["municipality"])
    assert entry.pk in scored(api)
    stored = RosterEntry.objects.get(pk=entry.pk)
    assert (stored.person_municipality_id, stored.person_service_area_id) == (
        person.municipality_id,
        person.municipality.service_area_id,
    )


@pytest.mark.django_db
def test_an_entry_read_before_a_change_of_languages_does_not_put_the_old_ones_back_when_saved():
    entry = f.certified_worker(languages=["fi"])
    stale = RosterEntry.objects.get(pk=entry.pk)
    entry.person.languages.add(f.language("se"))
    stale.max_clients = 5
    stale.save()
    assert len(copies(entry)[0]) == 2
    assert RosterEntry.objects.get(pk=entry.pk).max_clients == 5


@pytest.mark.django_db(transaction=True)
def test_the_migration_copies_the_ids_of_entries_made_before_it():
    before, after = [("roster", "0007_free_text_length_limits")], [("roster", "0008_copies_for_matching")]
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    entry = f.certified_worker(languages=["fi", "se"], themes=["nature", "culture"], contracts=["Inari"])
    expected = copies(entry)
    quiet = f.certified_worker()
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        executor = MigrationExecutor(connection)
        executor.migrate(after)
        Entry = executor.loader.project_state(after).apps.get_model("roster", "RosterEntry")
        made = Entry.objects.get(pk=entry.pk)
        assert (made.language_ids, made.theme_ids, made.contract_ids) == expected
        assert (made.person_municipality_id, made.person_service_area_id, made.person_supports_remotely) == (
            entry.person.municipality_id,
            entry.person.service_area_id,
            False,
        )
        assert len(expected[0]) == 2 and len(expected[1]) == 2 and len(expected[2]) == 1
        made = Entry.objects.get(pk=quiet.pk)
        assert (made.language_ids, made.theme_ids, made.contract_ids) == ([], [], [])
    finally:
        MigrationExecutor(connection).migrate(latest)
