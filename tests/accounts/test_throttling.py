import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.urls import reverse

from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"  # the factories' password


def log_in(client, username, password, address="192.0.2.10", **headers):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def is_logged_in(client):
    return "_auth_user_id" in client.session


def test_the_right_password_after_too_many_wrong_ones_is_refused_with_when_to_try_again(client):
    person = f.trainee(username="aino@example.fi")
    answers = [log_in(client, person.username, f"wrong-{n}").status_code for n in range(50)]
    assert answers[:4] == [200] * 4  # the form again, with its error
    assert set(answers[4:]) == {429}  # the fifth wrong password locks the account
    response = log_in(client, person.username, PASSWORD)
    assert response.status_code == 429
    assert not is_logged_in(client)
    page = response.content.decode()
    assert "Yritä uudelleen kello" in page and "15 minuutin" in page
    assert response["Retry-After"] == "900"


def test_failures_count_per_account_whatever_the_letter_case_and_the_address(client):
    person = f.trainee(username="aino@example.fi")
    for n, name in enumerate(
        ["aino@example.fi", "AINO@example.fi", "Aino@Example.fi", "aino@EXAMPLE.FI", "aino@example.fi"]
    ):
        log_in(client, name, "wrong", address=f"192.0.2.{n + 1}")
    response = log_in(client, person.username, PASSWORD, address="198.51.100.7")
    assert response.status_code == 429
    assert not is_logged_in(client)


def test_failures_count_per_client_address_across_accounts(client):
    someone = f.trainee(username="someone@example.fi")
    for n in range(5):
        log_in(client, f"guess{n}@example.fi", "wrong", address="203.0.113.9")
    assert log_in(client, someone.username, PASSWORD, address="203.0.113.9").status_code == 429
    assert log_in(client, someone.username, PASSWORD, address="203.0.113.10").status_code == 302


def test_a_right_password_before_the_limit_logs_in_and_clears_the_count(client):
    person = f.trainee(username="aino@example.fi")
    for _ in range(4):
        log_in(client, person.username, "wrong")
    assert log_in(client, person.username, PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username="aino@example.fi", failures_since_start__gt=0).exists()


def test_the_lockout_message_is_in_the_readers_language(client):
    f.trainee(username="aino@example.fi")
    for _ in range(5):
        log_in(client, "aino@example.fi", "wrong")
    response = log_in(client, "aino@example.fi", PASSWORD, HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 429
    assert "Försök igen klockan" in response.content.decode()


def test_the_admin_login_is_throttled_too(client):
    admin = f.administrator(username="admin@example.fi")
    for _ in range(5):
        client.post(reverse("admin:login"), {"username": admin.username, "password": "wrong"}, REMOTE_ADDR="192.0.2.1")
    response = client.post(
        reverse("admin:login"), {"username": admin.username, "password": PASSWORD}, REMOTE_ADDR="192.0.2.1"
    )
    assert response.status_code == 429


def lock_out(client, username="aino@example.fi", address="192.0.2.10"):
    for _ in range(5):
        log_in(client, username, "wrong", address=address)


def test_coordinator_sees_the_locked_account_and_address_and_unlocks_the_account(client):
    person = f.trainee(username="aino@example.fi")
    lock_out(client)
    client.force_login(f.coordinator())
    page = client.get(reverse("lockouts")).content.decode()
    assert "aino@example.fi" in page and "192.0.2.10" in page
    response = client.post(reverse("unlock"), {"username": "aino@example.fi"})
    assert response.status_code == 302
    client.logout()
    assert log_in(client, person.username, PASSWORD, address="198.51.100.1").status_code == 302


def test_unlocking_an_address_lets_its_logins_through(client):
    person = f.trainee(username="aino@example.fi")
    for n in range(5):
        log_in(client, f"guess{n}@example.fi", "wrong", address="203.0.113.9")
    client.force_login(f.administrator())
    assert client.post(reverse("unlock"), {"address": "203.0.113.9"}).status_code == 302
    client.logout()
    assert log_in(client, person.username, PASSWORD, address="203.0.113.9").status_code == 302


@pytest.mark.parametrize(
    "make_user, status",
    [
        (f.trainee, 403),
        (f.mentor, 403),
        (f.trainer, 403),
        (f.coordinator, 200),
        (f.administrator, 200),
    ],
)
def test_lockout_page_is_for_coordinators_and_administrators(client, make_user, status):
    client.force_login(make_user())
    assert client.get(reverse("lockouts")).status_code == status


@pytest.mark.parametrize("make_user", [f.trainee, f.mentor, f.trainer])
def test_other_roles_cannot_unlock(client, make_user):
    lock_out(client)
    client.force_login(make_user())
    assert client.post(reverse("unlock"), {"username": "aino@example.fi"}).status_code == 403
    assert AccessAttempt.objects.filter(username="aino@example.fi").exists()


def test_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get(reverse("lockouts"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


@pytest.mark.parametrize(
    "data",
    [{}, {"username": "a@example.fi", "address": "192.0.2.1"}, {"address": "not-an-ip"}, {"username": "x" * 300}],
)
def test_unlock_with_bad_input_is_refused_with_a_message(client, data):
    lock_out(client)
    client.force_login(f.coordinator())
    response = client.post(reverse("unlock"), data)
    assert response.status_code == 400
    assert AccessAttempt.objects.filter(username="aino@example.fi").exists()


def test_lockout_page_query_count_does_not_grow_with_lockouts(client):
    lock_out(client, "one@example.fi", "192.0.2.1")
    client.force_login(f.coordinator())
    few = count_queries(client.get, reverse("lockouts"))
    client.logout()
    for n in range(5):
        lock_out(client, f"more{n}@example.fi", f"192.0.2.{n + 20}")
    client.force_login(f.coordinator())
    page = client.get(reverse("lockouts")).content.decode()
    assert "more4@example.fi" in page
    assert count_queries(client.get, reverse("lockouts")) == few


def reset(client, email, address="192.0.2.50"):
    return client.post(reverse("password_reset"), {"email": email}, REMOTE_ADDR=address)


def test_thirty_reset_requests_for_one_address_send_three_emails_and_answer_the_same(client):
    f.trainee(email="aino@example.fi")
    answers = [reset(client, "aino@example.fi", address=f"192.0.2.{n + 1}") for n in range(30)]
    assert {(a.status_code, a["Location"]) for a in answers} == {(302, reverse("password_reset_done"))}
    assert len(mail.outbox) == 3


def test_an_unknown_address_gets_the_same_answer_as_a_known_one(client):
    f.trainee(email="aino@example.fi")
    known, unknown = reset(client, "aino@example.fi"), reset(client, "nobody@example.fi")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert len(mail.outbox) == 1


def test_the_reset_limit_counts_one_address_whatever_the_letter_case(client):
    f.trainee(email="aino@example.fi")
    for email in ["aino@example.fi", "AINO@example.fi", "Aino@Example.FI", "aino@example.FI"]:
        reset(client, email)
    assert len(mail.outbox) == 3


def test_one_client_asking_for_many_addresses_is_limited_too(client):
    for n in range(25):
        f.trainee(email=f"p{n}@example.fi")
    for n in range(25):
        reset(client, f"p{n}@example.fi", address="203.0.113.77")
    assert len(mail.outbox) == 20


def test_behind_a_trusted_proxy_failures_count_per_forwarded_client_not_per_proxy(client, settings):
    settings.TRUSTED_PROXIES = 1
    person = f.trainee(username="aino@example.fi")
    for n in range(5):
        log_in(client, f"guess{n}@example.fi", "wrong", address="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    # The guessing client is locked out; another visitor through the same proxy is not.
    assert (
        log_in(client, person.username, PASSWORD, address="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code
        == 429
    )
    assert (
        log_in(client, person.username, PASSWORD, address="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.4").status_code
        == 302
    )
    assert AccessAttempt.objects.filter(ip_address="203.0.113.9").exists()
