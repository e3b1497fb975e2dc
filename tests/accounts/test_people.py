import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import Language, Municipality, Role
from accounts.services import grant_role, revoke_role
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_lapland_has_21_municipalities_in_four_service_areas():
    assert Municipality.objects.count() == 21
    assert Municipality.objects.values("service_area").distinct().count() == 4
    assert Municipality.objects.get(name="Utsjoki").service_area.code == "north"


def test_the_three_sami_languages_are_known():
    assert set(Language.objects.filter(is_sami=True).values_list("code", flat=True)) == {"se", "smn", "sms"}


def test_a_person_can_hold_several_roles():
    user = f.UserFactory(roles=[Role.TRAINEE, Role.MENTOR])
    assert user.has_role(Role.MENTOR) and user.has_role(Role.TRAINEE)
    assert not user.has_role(Role.COORDINATOR)


def test_trainer_role_opens_the_authoring_site_and_revoking_closes_it():
    user = f.UserFactory()
    grant_role(user, Role.TRAINER)
    assert user.is_staff
    revoke_role(user, Role.TRAINER)
    user.refresh_from_db()
    assert not user.is_staff and not user.has_role(Role.TRAINER)


def test_service_area_follows_the_municipality():
    user = f.UserFactory(municipality=f.municipality("Kemijärvi"))
    assert user.service_area.code == "east"


def test_login_and_logout(client):
    user = f.trainee(username="aino")
    response = client.post(reverse("login"), {"username": "aino", "password": "correct-horse-battery"})
    assert response.status_code == 302
    assert client.get(reverse("dashboard")).status_code == 200
    client.post(reverse("logout"))
    assert client.get(reverse("dashboard")).status_code == 302
    assert user.pk


def test_wrong_password_shows_an_error_in_finnish(client):
    f.trainee(username="aino")
    response = client.post(reverse("login"), {"username": "aino", "password": "wrong"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert "salasana" in response.content.decode().lower()


def test_password_reset_sends_a_link_that_sets_a_new_password(client):
    f.trainee(username="aino", email="aino@example.fi")
    response = client.post(reverse("password_reset"), {"email": "aino@example.fi"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0]
    response = client.post(set_url, {"new_password1": "uusi-Salasana-2026", "new_password2": "uusi-Salasana-2026"})
    assert response.status_code == 302
    response = client.post(reverse("login"), {"username": "aino", "password": "uusi-Salasana-2026"})
    assert response.status_code == 302 and "_auth_user_id" in client.session


def test_profile_saves_languages_municipality_and_remote_support(client):
    user = f.trainee()
    client.force_login(user)
    response = client.post(
        reverse("profile"),
        {
            "first_name": "Máret",
            "last_name": "Aikio",
            "email": "maret@example.fi",
            "phone": "",
            "municipality": f.municipality("Utsjoki").pk,
            "languages": [f.language("se").pk, f.language("fi").pk],
            "supports_remotely": "on",
            "preferred_language": "sv",
            "other_languages": "ru, fkv",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert set(user.languages.values_list("code", flat=True)) == {"se", "fi", "ru", "fkv"}
    assert user.supports_remotely and user.service_area.code == "north"
    assert user.preferred_language == "sv"


def test_profile_refuses_a_bad_language_code_and_keeps_what_was_typed(client):
    user = f.trainee()
    client.force_login(user)
    response = client.post(
        reverse("profile"),
        {
            "first_name": "Máret",
            "last_name": "Aikio",
            "email": "maret@example.fi",
            "preferred_language": "fi",
            "other_languages": "russian",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="Máret"' in page and "russian" in page
    user.refresh_from_db()
    assert user.first_name != "Máret"


def test_profile_needs_login(client):
    assert client.get(reverse("profile")).status_code == 302


@pytest.mark.parametrize("make_user", [f.trainee, f.mentor, f.coordinator, f.trainer, f.administrator])
def test_every_role_can_open_their_own_profile(client, make_user):
    client.force_login(make_user())
    assert client.get(reverse("profile")).status_code == 200


def test_moving_to_another_municipality_moves_the_service_area(client):
    user = f.trainee(municipality=f.municipality("Utsjoki"))
    client.force_login(user)
    response = client.post(
        reverse("profile"),
        {
            "first_name": "Aino",
            "last_name": "Aikio",
            "email": "aino@example.fi",
            "municipality": f.municipality("Kemijärvi").pk,
            "preferred_language": "fi",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.service_area.code == "east"
    assert "Itäinen palvelualue" in client.get(reverse("profile")).content.decode()


def test_profile_offers_the_language_being_read_until_one_is_chosen(client):
    client.force_login(f.trainee(preferred_language=""))
    client.cookies["django_language"] = "sv"
    page = client.get(reverse("profile")).content.decode()
    assert '<option value="sv" selected>' in page


def test_working_languages_are_a_group_named_by_its_legend(client):
    client.force_login(f.trainee())
    page = client.get(reverse("profile")).content.decode()
    assert re.search(r'<fieldset class="choices"><legend>Työkielet</legend>.*?name="languages"', page, re.S)


def test_password_reset_refuses_a_malformed_address_and_keeps_it(client):
    response = client.post(reverse("password_reset"), {"email": "aino(at)example.fi"})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="aino(at)example.fi"' in page and 'role="alert"' in page
    assert len(mail.outbox) == 0


def test_password_change_refuses_two_different_new_passwords(client):
    user = f.trainee()
    client.force_login(user)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": "correct-horse-battery",
            "new_password1": "uusi-Salasana-2026",
            "new_password2": "toinen-Salasana-2026",
        },
    )
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    user.refresh_from_db()
    assert user.check_password("correct-horse-battery")


@pytest.mark.parametrize("name", ["password_change", "password_change_done"])
def test_password_change_pages_need_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and reverse("login") in response.url


def test_logging_in_opens_linkki_in_the_language_chosen_in_the_profile(client):
    f.trainee(username="maret", preferred_language="sv")
    response = client.post(reverse("login"), {"username": "maret", "password": "correct-horse-battery"})
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "sv"
    assert "Min utbildning" in client.get(reverse("dashboard")).content.decode()


def test_the_language_switcher_remembers_the_choice_for_emails(client):
    user = f.trainee()
    client.force_login(user)
    response = client.post(reverse("set_language"), {"language": "sv", "next": reverse("dashboard")})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.preferred_language == "sv"


def test_the_language_switcher_ignores_an_unknown_language(client):
    user = f.trainee(preferred_language="fi")
    client.force_login(user)
    client.post(reverse("set_language"), {"language": "xx", "next": reverse("dashboard")})
    user.refresh_from_db()
    assert user.preferred_language == "fi"


def test_the_language_switcher_works_for_a_visitor_who_is_not_logged_in(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": reverse("login")})
    assert response.status_code == 302
    assert "Log in" in client.get(reverse("login")).content.decode()


def profile_with_other_languages(client, other_languages, language="fi"):
    user = f.trainee()
    client.force_login(user)
    response = client.post(
        reverse("profile"),
        {
            "first_name": "Máret",
            "last_name": "Aikio",
            "email": "maret@example.fi",
            "preferred_language": "fi",
            "other_languages": other_languages,
        },
        HTTP_ACCEPT_LANGUAGE=language,
    )
    return user, response


@pytest.mark.parametrize("code", ["zz", "qaa", "zxx", "mul", "tlh", "ru1", "ру"])
def test_profile_refuses_a_code_of_no_living_language_and_adds_nothing_to_the_list(client, code):
    before = set(Language.objects.values_list("code", flat=True))
    user, response = profile_with_other_languages(client, f"ru, {code}")
    assert response.status_code == 400
    assert f"Ei ole ISO 639 -luettelon kieli: {code}." in response.content.decode()
    assert set(Language.objects.values_list("code", flat=True)) == before
    assert not user.languages.exists()


def test_profile_refusal_of_a_language_code_is_in_the_readers_language(client):
    _user, response = profile_with_other_languages(client, "zz", language="sv")
    assert "Inte ett språk i ISO 639-listan: zz." in response.content.decode()


def test_profile_names_a_new_language_as_the_reference_list_does_and_keeps_one_code_for_it(client):
    import pycountry

    user, response = profile_with_other_languages(client, "rus, RU, fkv")
    assert response.status_code == 302
    assert sorted(user.languages.values_list("code", "name")) == [
        ("fkv", pycountry.languages.get(alpha_3="fkv").name),
        ("ru", pycountry.languages.get(alpha_3="rus").name),
    ]


def test_profile_refuses_an_overlong_list_of_languages(client):
    _user, response = profile_with_other_languages(client, ", ".join(["ru"] * 100))
    assert response.status_code == 400
    assert not Language.objects.filter(code="ru").exists()
