"""Who may open which supervision page: one case per role per page."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

OK, FORBIDDEN, HIDDEN, LOGIN = 200, 403, 404, 302


def attendance(world):
    return world.session.attendances.get(mentee=world.mentee)


def pairing(world):
    return world.mentee.pairings_as_mentee.get()


GET_PAGES = {
    "mine": lambda w: reverse("mentoring:mine"),
    "mentees": lambda w: reverse("mentoring:mentees"),
    "session_create": lambda w: reverse("mentoring:session_create"),
    "session": lambda w: reverse("mentoring:session", args=[w.session.pk]),
    "session_edit": lambda w: reverse("mentoring:session_edit", args=[w.session.pk]),
    "group_create": lambda w: reverse("mentoring:group_create"),
    "record": lambda w: reverse("mentoring:record", args=[w.mentee.pk]),
    "record_pdf": lambda w: reverse("mentoring:record_pdf", args=[w.mentee.pk]),
    "cohorts": lambda w: reverse("mentoring:cohorts"),
    "cohort": lambda w: reverse("mentoring:cohort", args=[w.cohort.pk]),
    "cohort_export": lambda w: reverse("mentoring:cohort_export", args=[w.cohort.pk]),
}

CASES = [
    # page, role, expected
    ("mine", None, LOGIN),
    ("mine", "trainee", OK),
    ("mine", "mentee", OK),
    ("mine", "mentor", OK),
    ("mentees", None, LOGIN),
    ("mentees", "mentee", FORBIDDEN),
    ("mentees", "coordinator", FORBIDDEN),
    ("mentees", "mentor", OK),
    ("mentees", "administrator", OK),
    ("session_create", "mentee", FORBIDDEN),
    ("session_create", "coordinator", FORBIDDEN),
    ("session_create", "trainer", FORBIDDEN),
    ("session_create", "mentor", OK),
    ("session", None, LOGIN),
    ("session", "mentor", OK),
    ("session", "mentee", OK),
    ("session", "coordinator", OK),
    ("session", "trainer", OK),
    ("session", "administrator", OK),
    ("session", "other_mentor", HIDDEN),
    ("session", "other_coordinator", HIDDEN),
    ("session", "trainee", HIDDEN),
    ("session_edit", "mentor", OK),
    ("session_edit", "other_mentor", HIDDEN),
    ("session_edit", "mentee", FORBIDDEN),
    ("session_edit", "coordinator", FORBIDDEN),
    ("group_create", "mentor", OK),
    ("group_create", "mentee", FORBIDDEN),
    ("group_create", "coordinator", FORBIDDEN),
    ("record", None, LOGIN),
    ("record", "mentee", OK),
    ("record", "mentor", OK),
    ("record", "coordinator", OK),
    ("record", "trainer", OK),
    ("record", "administrator", OK),
    ("record", "other_mentor", HIDDEN),
    ("record", "other_coordinator", HIDDEN),
    ("record", "trainee", HIDDEN),
    ("record", "mentee2", HIDDEN),
    ("record_pdf", "mentee", OK),
    ("record_pdf", "mentor", OK),
    ("record_pdf", "coordinator", OK),
    ("record_pdf", "other_mentor", HIDDEN),
    ("record_pdf", "other_coordinator", HIDDEN),
    ("record_pdf", "trainee", HIDDEN),
    ("cohorts", "coordinator", OK),
    ("cohorts", "trainer", OK),
    ("cohorts", "mentor", FORBIDDEN),
    ("cohorts", "mentee", FORBIDDEN),
    ("cohort", "coordinator", OK),
    ("cohort", "trainer", OK),
    ("cohort", "administrator", OK),
    ("cohort", "other_coordinator", HIDDEN),
    ("cohort", "mentor", FORBIDDEN),
    ("cohort", "mentee", FORBIDDEN),
    ("cohort_export", "coordinator", OK),
    ("cohort_export", "trainer", OK),
    ("cohort_export", "other_coordinator", HIDDEN),
    ("cohort_export", "mentor", FORBIDDEN),
    ("cohort_export", "mentee", FORBIDDEN),
]


@pytest.mark.parametrize("page, role, expected", CASES)
def test_page_access_per_role(client, world, page, role, expected):
    if role:
        client.force_login(getattr(world, role))
    response = client.get(GET_PAGES[page](world))
    assert response.status_code == expected
    if expected == LOGIN:
        assert reverse("login") in response.url


def test_group_page_of_another_mentor_is_hidden(client, world):
    from mentoring.models import MentoringGroup

    group = MentoringGroup.objects.create(mentor=world.other_mentor, name="Ryhmä")
    client.force_login(world.mentor)
    assert client.get(reverse("mentoring:group_edit", args=[group.pk])).status_code == HIDDEN
    client.force_login(world.other_mentor)
    assert client.get(reverse("mentoring:group_edit", args=[group.pk])).status_code == OK


POST_CASES = [
    # action, role, expected
    ("attendance_confirm", "mentee", LOGIN),
    ("attendance_confirm", "mentee2", HIDDEN),
    ("attendance_confirm", "mentor", HIDDEN),
    ("attendance_confirm", "coordinator", HIDDEN),
    ("confirm_on_behalf", "coordinator", LOGIN),
    ("confirm_on_behalf", "administrator", LOGIN),
    ("confirm_on_behalf", "other_coordinator", HIDDEN),
    ("confirm_on_behalf", "trainer", FORBIDDEN),
    ("confirm_on_behalf", "mentor", FORBIDDEN),
    ("confirm_on_behalf", "mentee", FORBIDDEN),
    ("session_delete", "mentor", LOGIN),
    ("session_delete", "other_mentor", HIDDEN),
    ("session_delete", "coordinator", FORBIDDEN),
    ("cohort_pair", "coordinator", LOGIN),
    ("cohort_pair", "other_coordinator", HIDDEN),
    ("cohort_pair", "trainer", FORBIDDEN),
    ("cohort_pair", "mentor", FORBIDDEN),
    ("pairing_end", "coordinator", LOGIN),
    ("pairing_end", "other_coordinator", HIDDEN),
    ("pairing_end", "trainer", FORBIDDEN),
    ("pairing_end", "mentee", FORBIDDEN),
]


def post_request(world, action):
    attendance_ = attendance(world)
    return {
        "attendance_confirm": (
            reverse("mentoring:attendance_confirm", args=[attendance_.pk]),
            {f"a{attendance_.pk}-reflection": ""},
        ),
        "confirm_on_behalf": (
            reverse("mentoring:confirm_on_behalf", args=[attendance_.pk]),
            {f"c{attendance_.pk}-reason": "Ei verkkotunnuksia"},
        ),
        "session_delete": (reverse("mentoring:session_delete", args=[world.session.pk]), {}),
        "cohort_pair": (
            reverse("mentoring:cohort_pair", args=[world.cohort.pk]),
            {"mentee": world.mentee.pk, "mentor": world.other_mentor.pk, "started_on": "2026-03-01"},
        ),
        "pairing_end": (
            reverse("mentoring:pairing_end", args=[world.cohort.pk, pairing(world).pk]),
            {"ended_on": "2026-03-01"},
        ),
    }[action]


@pytest.mark.parametrize("action, role, expected", POST_CASES)
def test_actions_per_role(client, world, action, role, expected):
    """Allowed actions redirect back to their page (302); others are refused or hidden."""
    client.force_login(getattr(world, role))
    url, data = post_request(world, action)
    response = client.post(url, data)
    assert response.status_code == expected
    if expected == LOGIN:
        assert reverse("login") not in response.url


def test_anonymous_actions_are_sent_to_login(client, world):
    for action in ("attendance_confirm", "confirm_on_behalf", "session_delete", "cohort_pair", "pairing_end"):
        url, data = post_request(world, action)
        response = client.post(url, data)
        assert response.status_code == 302 and reverse("login") in response.url
