import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments import services as assessment_services
from courses.models import Activity
from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db


def home_of(client, user):
    client.force_login(user)
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    return response.content.decode()


def competency_waiting(mentee):
    """A submitted attempt of `mentee` whose practical competency item waits for a mentor's sign-off."""
    assessment = f.assessment()
    f.QuestionFactory(bank=assessment.bank, kind="competency")
    attempt = assessment_services.start_attempt(assessment, mentee)
    assessment_services.submit_attempt(attempt, mentee)
    return attempt.items.get()


@pytest.fixture
def mentoring(db):
    course = f.CourseFactory()
    f.supervision_requirement(course, training_hours="10")
    cohort = f.CohortFactory(course=course, end_date=timezone.localdate() + datetime.timedelta(days=10))
    mentor = f.mentor(first_name="Maija")
    due = f.trainee(first_name="Dora", last_name="Due")
    f.EnrolmentFactory(cohort=cohort, user=due)
    f.pair(due, mentor)
    later = f.trainee(first_name="Lauri", last_name="Later")
    f.EnrolmentFactory(
        cohort=f.CohortFactory(course=course, end_date=timezone.localdate() + datetime.timedelta(days=200)),
        user=later,
    )
    f.pair(later, mentor)
    return course, mentor, due, later


def test_mentor_lands_on_their_mentees_not_on_an_empty_course_list(client, mentoring):
    _course, mentor, due, later = mentoring
    page = home_of(client, mentor)
    assert "Et ole vielä ilmoittautunut millekään kurssille" not in page
    assert "Mentoroitavani" in page
    assert due.get_full_name() in page  # due with the cohort's end in 10 days
    assert later.get_full_name() not in page  # due in 200 days
    assert reverse("mentoring:record", args=[due.pk]) in page


def test_mentor_sees_sessions_waiting_for_the_mentees_confirmation(client, mentoring):
    _course, mentor, due, later = mentoring
    session = f.supervision_session(mentor, [later], confirmed=False, held_on=datetime.date(2026, 11, 2))
    f.supervision_session(mentor, [due], confirmed=True)
    page = home_of(client, mentor)
    assert reverse("mentoring:session", args=[session.pk]) in page
    assert "2.11.2026</a> · Lauri Later" in page


def test_mentor_sees_competency_sign_offs_of_their_mentees_only(client, mentoring):
    _course, mentor, due, _later = mentoring
    own = competency_waiting(due)
    stranger = f.trainee()
    f.pair(stranger, f.mentor())
    other = competency_waiting(stranger)
    page = home_of(client, mentor)
    assert reverse("assessments:grade", args=[own.pk]) in page
    assert reverse("assessments:grade", args=[other.pk]) not in page


def test_another_mentors_mentees_are_not_on_the_home(client, mentoring):
    _course, _mentor, due, _later = mentoring
    page = home_of(client, f.mentor())
    assert due.get_full_name() not in page
    assert "Kenenkään mentoroitavasi työnohjaus ei eräänny seuraavan 30 päivän aikana." in page


def test_mentor_home_queries_do_not_grow_with_the_number_of_mentees(client, mentoring):
    course, mentor, _due, _later = mentoring
    client.force_login(mentor)
    url = reverse("dashboard")
    client.get(url)
    counts = []
    for n in (1, 8):
        cohort = f.CohortFactory(course=course, end_date=timezone.localdate() + datetime.timedelta(days=5))
        for _ in range(n):
            person = f.trainee()
            f.EnrolmentFactory(cohort=cohort, user=person)
            f.pair(person, mentor)
            f.supervision_session(mentor, [person], confirmed=False)
            competency_waiting(person)
        counts.append(count_queries(client.get, url))
    assert counts[0] == counts[1], counts


@pytest.fixture
def trainee_course(db):
    course = f.CourseFactory()
    first = f.ModuleFactory(course=course, order=0, title={"fi": "Perusteet"})
    page = f.ActivityFactory(module=first, order=0)
    quiz = f.ActivityFactory(module=first, order=1, kind=Activity.Kind.ASSESSMENT, title={"fi": "Loppukoe"})
    second = f.ModuleFactory(course=course, order=1, title={"fi": "Kohtaaminen"})
    f.ActivityFactory(module=second, order=0)
    f.certification_rule(course, requires_coordinator_approval=True)
    f.supervision_requirement(course, training_hours="4")
    cohort = f.CohortFactory(course=course, end_date=datetime.date(2027, 3, 31))
    person = f.trainee()
    f.EnrolmentFactory(cohort=cohort, user=person)
    return course, person, page, quiz, first, second


def test_trainee_sees_what_is_missing_for_the_certificate_with_links(client, trainee_course):
    course, person, page_activity, quiz, first, second = trainee_course
    f.ActivityCompletionFactory(user=person, activity=page_activity)
    f.supervision_session(f.mentor(), [person], duration_minutes=90)
    page = home_of(client, person)
    assert "Kohti todistusta" in page
    assert "Moduulit suoritettu: 0/2" in page
    assert f'<a href="{first.get_absolute_url()}" lang="fi">Perusteet</a>' in page
    assert f'<a href="{second.get_absolute_url()}" lang="fi">Kohtaaminen</a>' in page
    assert "Arvioinnit läpäisty: 0/1" in page and f'<a href="{quiz.get_absolute_url()}" lang="fi">Loppukoe</a>' in page
    assert "Työnohjaustunnit vahvistettu: 1,50/2,00" in page
    assert reverse("mentoring:mine") in page
    assert "Koordinaattori hyväksyy, kun muu on valmis" in page


def test_trainee_sees_when_the_next_supervision_is_due(client, trainee_course):
    _course, person, *_rest = trainee_course
    page = home_of(client, person)
    assert "Seuraava työnohjaus viimeistään 31.3.2027" in page


def test_certified_trainee_sees_the_certificate_instead_of_the_checklist(client, trainee_course):
    course, person, *_rest = trainee_course
    f.certificate(person, course, timezone.localdate() - datetime.timedelta(days=10))
    page = home_of(client, person)
    assert "Todistus voimassa" in page and reverse("certificates:mine") in page
    assert "Moduulit suoritettu" not in page


def test_trainee_home_queries_do_not_grow_with_the_people_around_them(client, trainee_course):
    """Cohort-mates, mentors and sessions add rows, not queries."""
    course, person, page_activity, *_rest = trainee_course
    cohort = person.enrolments.get().cohort
    client.force_login(person)
    url = reverse("dashboard")
    client.get(url)
    counts = []
    for n in (1, 8):
        for _ in range(n):
            mate = f.trainee()
            f.EnrolmentFactory(cohort=cohort, user=mate)
            f.ActivityCompletionFactory(user=mate, activity=page_activity)
            f.supervision_session(f.mentor(), [person, mate], duration_minutes=45)
        counts.append(count_queries(client.get, url))
    assert counts[0] == counts[1], counts


def test_someone_with_several_roles_sees_each_section(client, trainee_course, mentoring):
    from accounts.models import Role
    from accounts.services import grant_role

    _course, person, *_rest = trainee_course
    grant_role(person, Role.MENTOR)
    grant_role(person, Role.COORDINATOR)
    page = home_of(client, person)
    assert "Omat kurssit" in page and "Mentoroitavani" in page
    assert reverse("overview:people", args=["pipeline-enrolled"]) in page


def test_a_trainee_sees_neither_mentor_nor_coordinator_sections(client, trainee_course):
    _course, person, *_rest = trainee_course
    page = home_of(client, person)
    assert "Mentoroitavani" not in page
    assert reverse("overview:people", args=["pipeline-enrolled"]) not in page


@pytest.mark.parametrize(
    "language, heading, pipeline",
    [
        ("fi", "Koulutusohjelma yhdellä silmäyksellä", "Koulutuksen eteneminen"),
        ("sv", "Programmet i korthet", "Utbildningens förlopp"),
        ("en", "Programme at a glance", "Training pipeline"),
    ],
)
def test_the_home_speaks_the_users_language(client, language, heading, pipeline):
    coordinator = f.coordinator(preferred_language=language)
    f.CohortFactory(coordinators=[coordinator])
    client.force_login(coordinator)
    client.cookies["django_language"] = language
    page = client.get(reverse("dashboard"), HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert f'lang="{language}"' in page
    assert heading in page
    assert f'-title">{pipeline}</title>' in page


def test_the_home_is_titled_for_what_it_holds(client, trainee_course, mentoring):
    _course, person, *_rest = trainee_course
    _course, mentor, _due, _later = mentoring
    assert "<title>Oma koulutus · Linkki</title>" in home_of(client, person)
    mentor_home = home_of(client, mentor)
    assert "<title>Etusivu · Linkki</title>" in mentor_home
    assert "<title>Oma koulutus" not in mentor_home
    assert "<title>Etusivu · Linkki</title>" in home_of(client, f.coordinator())
