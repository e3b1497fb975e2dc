"""Who may open which certificate page: one case per role per page, and the public ones without login."""

import pytest
from django.urls import reverse

from certificates import services
from certificates.models import BulkJob, Certificate

from .conftest import TODAY

pytestmark = pytest.mark.django_db

OK, FORBIDDEN, HIDDEN, LOGIN = 200, 403, 404, 302


@pytest.fixture
def issued(world):
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    job = BulkJob.objects.create(cohort=world.cohort, action="render", state="done", created_by=world.coordinator)
    return certificate, job


PAGES = {
    "mine": lambda w, c, j: reverse("certificates:mine"),
    "certificate": lambda w, c, j: reverse("certificates:certificate", args=[c.pk]),
    "pdf": lambda w, c, j: reverse("certificates:pdf", args=[c.pk]),
    "badge": lambda w, c, j: reverse("certificates:badge", args=[c.pk]),
    "cohorts": lambda w, c, j: reverse("certificates:cohorts"),
    "cohort": lambda w, c, j: reverse("certificates:cohort", args=[w.cohort.pk]),
    "job": lambda w, c, j: reverse("certificates:job", args=[j.pk]),
    "verify_form": lambda w, c, j: reverse("certificates:verify_form"),
    "verify": lambda w, c, j: reverse("certificates:verify", args=[c.verification_code]),
    "verify_json": lambda w, c, j: reverse("certificates:verify_json", args=[c.verification_code]),
    "issuer": lambda w, c, j: reverse("certificates:issuer"),
}

ROLES = [None, "ready", "trainee", "mentor", "trainer", "coordinator", "other_coordinator", "administrator"]
EXPECTED = {
    # page: status for each of ROLES in order
    "mine": [LOGIN, OK, OK, OK, OK, OK, OK, OK],
    "certificate": [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, HIDDEN, OK],
    "pdf": [LOGIN, OK, HIDDEN, HIDDEN, HIDDEN, OK, HIDDEN, OK],
    "badge": [LOGIN, OK, HIDDEN, HIDDEN, HIDDEN, OK, HIDDEN, OK],
    "cohorts": [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, OK, OK],
    "cohort": [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, HIDDEN, OK],
    "job": [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, HIDDEN, OK],
    "verify_form": [OK] * 8,
    "verify": [OK] * 8,
    "verify_json": [OK] * 8,
    "issuer": [OK] * 8,
}
CASES = [(page, role, EXPECTED[page][i]) for page in PAGES for i, role in enumerate(ROLES)]


@pytest.mark.parametrize("page, role, expected", CASES)
def test_page_access_per_role(client, world, issued, page, role, expected):
    if role:
        client.force_login(getattr(world, role))
    response = client.get(PAGES[page](world, *issued))
    assert response.status_code == expected
    if expected == LOGIN:
        assert reverse("login") in response.url


POSTS = {
    "suspend": lambda w, c: (reverse("certificates:suspend", args=[c.pk]), {"suspend-reason": "Syy"}),
    "revoke": lambda w, c: (reverse("certificates:revoke", args=[c.pk]), {"revoke-reason": "Syy"}),
    "issue": lambda w, c: (reverse("certificates:issue", args=[w.cohort.pk, w.unready.pk]), {}),
    "bulk": lambda w, c: (reverse("certificates:bulk", args=[w.cohort.pk]), {"action": "render"}),
}
POST_EXPECTED = {
    # None, holder, trainee, mentor, trainer, coordinator, other coordinator, administrator
    "suspend": [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN, HIDDEN, LOGIN],
    "revoke": [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN, HIDDEN, LOGIN],
    "issue": [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, 400, HIDDEN, 400],
    "bulk": [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN, HIDDEN, LOGIN],
}
POST_CASES = [(action, role, POST_EXPECTED[action][i]) for action in POSTS for i, role in enumerate(ROLES)]


@pytest.mark.parametrize("action, role, expected", POST_CASES)
def test_changes_per_role(client, world, issued, action, role, expected):
    """Only the holder's coordinators and administrators change anything (302 here is the redirect after
    success for them, and to the login page for nobody logged in)."""
    certificate, _job = issued
    if role:
        client.force_login(getattr(world, role))
    url, data = POSTS[action](world, certificate)
    response = client.post(url, data)
    assert response.status_code == expected
    certificate.refresh_from_db()
    changed = certificate.status != Certificate.Status.ACTIVE or BulkJob.objects.count() > 1
    assert changed == (expected == LOGIN and role is not None)


def test_trainer_sees_the_cohort_but_cannot_act(client, world, issued):
    client.force_login(world.trainer)
    page = client.get(reverse("certificates:cohort", args=[world.cohort.pk])).content.decode()
    assert reverse("certificates:bulk", args=[world.cohort.pk]) not in page
    assert "Máret Aikio" in page


def test_holder_of_another_cohort_is_hidden_from_a_coordinator(client, world):
    certificate = services.issue_certificate(world.outsider, world.course, on=TODAY)
    client.force_login(world.coordinator)
    assert client.get(reverse("certificates:certificate", args=[certificate.pk])).status_code == HIDDEN


def _suspended(world, certificate):
    services.suspend_certificate(certificate, by=world.coordinator, reason="Selvitys")
    return reverse("certificates:reinstate", args=[certificate.pk]), {"reinstate-reason": "Selvitetty"}


# None, holder, trainee, mentor, trainer, coordinator, other coordinator, administrator
REINSTATE_AND_RETRY = [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN, HIDDEN, LOGIN]


@pytest.mark.parametrize("role, expected", list(zip(ROLES, REINSTATE_AND_RETRY)))
def test_reinstating_per_role(client, world, issued, role, expected):
    certificate, _job = issued
    url, data = _suspended(world, certificate)
    if role:
        client.force_login(getattr(world, role))
    assert client.post(url, data).status_code == expected
    certificate.refresh_from_db()
    reinstated = certificate.status == Certificate.Status.ACTIVE
    assert reinstated == (expected == LOGIN and role is not None)


@pytest.mark.parametrize("role, expected", list(zip(ROLES, REINSTATE_AND_RETRY)))
def test_starting_a_stopped_job_again_per_role(client, world, issued, role, expected):
    _certificate, job = issued
    BulkJob.objects.filter(pk=job.pk).update(state=BulkJob.State.FAILED, error="worker lost")
    if role:
        client.force_login(getattr(world, role))
    assert client.post(reverse("certificates:job_retry", args=[job.pk])).status_code == expected
    job.refresh_from_db()
    assert (job.state == BulkJob.State.QUEUED) == (expected == LOGIN and role is not None)


# Revoking answers GET with its confirmation page, which changes nothing (tests/certificates/test_confirmations.py).
@pytest.mark.parametrize("name", ["suspend", "reinstate", "issue", "bulk", "job_retry"])
def test_changes_refuse_get(client, world, issued, name):
    certificate, job = issued
    args = {
        "suspend": [certificate.pk],
        "reinstate": [certificate.pk],
        "issue": [world.cohort.pk, world.ready.pk],
        "bulk": [world.cohort.pk],
        "job_retry": [job.pk],
    }[name]
    client.force_login(world.coordinator)
    assert client.get(reverse(f"certificates:{name}", args=args)).status_code == 405
