"""Every model that refers to a person is in some app's privacy declaration."""

from django.apps import apps
from django.contrib.auth import get_user_model

import pytest

from common import privacy

pytestmark = pytest.mark.django_db


def _person_models():
    """The user model and every model that stands for one person (a one-to-one to the user, e.g. a
    roster entry)."""
    user = get_user_model()
    return {user} | {
        model
        for model in apps.get_models()
        if any(field.one_to_one and field.related_model is user for field in model._meta.concrete_fields)
    }


def _refers_to_a_person(model, person_models):
    return any(
        field.is_relation and not field.auto_created and field.related_model in person_models
        for field in model._meta.get_fields()
        if field.concrete or field.many_to_many
    )


def undeclared(declared):
    """Models that refer to a person and are in no declaration; a many-to-many table is covered by the
    model that owns it."""
    person_models = _person_models()
    missing = set()
    for model in apps.get_models(include_auto_created=True):
        owner = model._meta.auto_created or model
        if _refers_to_a_person(model, person_models) and owner._meta.label not in declared:
            missing.add(model._meta.label)
    return missing


def test_every_model_that_refers_to_a_person_is_declared():
    assert undeclared(privacy.declared_models()) == set()


def test_a_model_left_out_of_the_declarations_is_found():
    declared = privacy.declared_models()
    assert undeclared(declared - {"courses.Enrolment"}) == {"courses.Enrolment"}
    assert "roster.StatusChange" in undeclared(declared - {"roster.StatusChange"})
    assert "courses.Cohort_trainers" in undeclared(declared - {"courses.Cohort"})


def test_every_declared_model_exists():
    for label in privacy.declared_models():
        assert apps.get_model(label) is not None


def test_every_app_of_ours_declares_its_personal_data():
    ours = {"accounts", "courses", "assessments", "h5p", "mentoring", "certificates", "roster"}
    assert ours <= {declaration.app for declaration in privacy.declarations()}


def test_pseudonym_is_stable_per_person_and_differs_between_people():
    assert privacy.pseudonym(7) == privacy.pseudonym(7)
    assert privacy.pseudonym(7) != privacy.pseudonym(8)
    assert privacy.pseudonym(7).startswith("erased-") and len(privacy.pseudonym(7)) == len("erased-") + 16


def test_pseudonym_depends_on_the_secret_key(settings):
    before = privacy.pseudonym(7)
    settings.SECRET_KEY = "another secret key for this test, long enough to be one"
    assert privacy.pseudonym(7) != before


def test_scrub_value_replaces_identifiers_in_nested_json_ignoring_case():
    value = {"q": ["AINO Pöyhönen", 3], "note": "mail aino@example.fi"}
    assert privacy.scrub_value(value, ["aino pöyhönen", "aino@example.fi"], "X") == {"q": ["X", 3], "note": "mail X"}


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Aino Pöyhönen kertoi paljon. Bertta kuunteli.", "Bertta kuunteli."),
        (
            "Ryhmä toimi.\nKysy aino@example.fi: onko kaikki hyvin?\nSeuraavaksi 1.5 h.",
            "Ryhmä toimi.\nSeuraavaksi 1.5 h.",
        ),
        ("Hyvä ryhmä! PÖYHÖNEN AINO oli poissa", "Hyvä ryhmä!"),
        ("Ei mainintoja.", "Ei mainintoja."),
        ("", ""),
    ],
)
def test_passages_naming_the_person_go_and_the_rest_stays_as_written(text, kept):
    assert privacy.without_passages_naming(text, ["Aino Pöyhönen", "Pöyhönen Aino", "aino@example.fi"]) == kept


@pytest.mark.parametrize(
    "phone, forms",
    [
        ("040 765 4321", ["040 765 4321", "0407654321", "+358407654321"]),
        ("+358 40 765 4321", ["+358 40 765 4321", "+358407654321", "0407654321"]),
        ("12 34", ["12 34"]),
        ("", []),
    ],
)
def test_a_phone_number_is_looked_for_as_others_may_write_it(phone, forms):
    assert privacy.phone_forms(phone) == forms
