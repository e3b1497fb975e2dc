"""A mentor finds the competencies waiting for a sign-off on the mentees page, worded as sign-offs, and
after grading or signing off one the grader goes on to the queue's next item."""

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import AttemptItem
from tests import factories as f
from tests.utils import count_queries

from .conftest import all_right

pytestmark = pytest.mark.django_db


def submitted(world, user=None):
    user = user or world.trainee
    attempt = services.start_attempt(world.assessment, user)
    services.save_answers(attempt, user, all_right(world, attempt))
    attempt, _new = services.submit_attempt(attempt, user)
    return attempt


def item(attempt, question):
    return AttemptItem.objects.get(attempt=attempt, question=question)


def second_mentee(world):
    person = f.trainee(first_name="Bertta", last_name="Böök")
    f.EnrolmentFactory(cohort=world.cohort, user=person)
    f.pair(person, world.mentor)
    return person


def sign_off(client, competency_item, achieved="yes"):
    return client.post(
        reverse("assessments:grade", args=[competency_item.pk]), {"achieved": achieved, "comment": "Näin sen."}
    )


def test_the_mentees_page_lists_the_competencies_waiting_for_the_mentors_sign_off(client, world):
    attempt = submitted(world)
    client.force_login(world.mentor)
    page = client.get(reverse("mentoring:mentees")).content.decode()
    assert "Osaamisen kuittaukset" in page
    assert "Odottavat kuittaustasi" in page
    assert f'href="{reverse("assessments:grade", args=[item(attempt, world.competency).pk])}"' in page
    assert f"Kuittaa: {world.trainee}" in page
    # Worded as sign-offs: no points, no grading.
    section = page[page.index('id="sign-offs"') :]
    section = section[: section.index("</section>")]
    assert "pistettä" not in section and "Arvioi" not in section and "arvio" not in section


def test_another_mentors_mentee_is_not_on_the_page(client, world):
    attempt = submitted(world, world.other_trainee)
    client.force_login(world.mentor)
    page = client.get(reverse("mentoring:mentees")).content.decode()
    assert reverse("assessments:grade", args=[item(attempt, world.competency).pk]) not in page
    assert "Mikään osaaminen ei odota kuittaustasi." in page


def test_a_sign_off_given_shows_as_achieved_or_not_yet_on_the_mentees_page(client, world):
    attempt = submitted(world)
    client.force_login(world.mentor)
    sign_off(client, item(attempt, world.competency), achieved="no")
    page = client.get(reverse("mentoring:mentees")).content.decode()
    assert "Viimeisimmät kuittauksesi" in page
    assert "Ei vielä näytetty" in page
    assert "Mikään osaaminen ei odota kuittaustasi." in page


def test_signing_off_goes_on_to_the_next_competency_in_the_queue(client, world):
    first = item(submitted(world), world.competency)
    second = item(submitted(world, second_mentee(world)), world.competency)
    client.force_login(world.mentor)
    response = sign_off(client, first)
    assert response.status_code == 302
    assert response.url == reverse("assessments:grade", args=[second.pk])
    page = client.get(response.url).content.decode()
    assert "Kuittaus on tallennettu. Tässä seuraava." in page
    response = sign_off(client, second)
    assert response.url == reverse("assessments:grading")
    page = client.get(response.url).content.decode()
    assert "Kuittaus on tallennettu. Muuta ei odota sinua." in page
    assert "<h1>Osaamisen kuittaukset</h1>" in page


def test_signing_off_an_item_from_the_middle_goes_on_to_the_one_after_it_then_back_to_the_oldest(client, world):
    extra = second_mentee(world)
    third_person = second_mentee(world)
    items = [item(submitted(world, person), world.competency) for person in (world.trainee, extra, third_person)]
    client.force_login(world.mentor)
    assert sign_off(client, items[1]).url == reverse("assessments:grade", args=[items[2].pk])
    assert sign_off(client, items[2]).url == reverse("assessments:grade", args=[items[0].pk])


def test_grading_an_essay_goes_on_to_the_next_essay(client, world):
    first = item(submitted(world), world.essay)
    second = item(submitted(world, world.other_trainee), world.essay)
    client.force_login(world.trainer)
    response = client.post(reverse("assessments:grade", args=[first.pk]), {"points": "1,5", "comment": ""})
    assert response.url == reverse("assessments:grade", args=[second.pk])
    assert "Arvio on tallennettu. Tässä seuraava." in client.get(response.url).content.decode()


def test_a_regrade_still_returns_to_the_attempt(client, world):
    attempt = submitted(world)
    second_mentee_attempt = submitted(world, second_mentee(world))
    client.force_login(world.mentor)
    sign_off(client, item(attempt, world.competency))
    assert item(second_mentee_attempt, world.competency).points is None
    response = sign_off(client, item(attempt, world.competency), achieved="no")
    assert response.url == attempt.get_absolute_url()


def test_the_sign_off_page_words_its_history_as_sign_offs(client, world):
    attempt = submitted(world)
    client.force_login(world.mentor)
    sign_off(client, item(attempt, world.competency))
    page = client.get(reverse("assessments:grade", args=[item(attempt, world.competency).pk])).content.decode()
    assert "Aiemmat kuittaukset" in page
    assert "Osaaminen näytetty (" in page
    assert "Aiemmat arviot" not in page


@pytest.mark.parametrize("role", ["trainee", "trainer", "coordinator"])
def test_the_mentees_page_with_its_sign_offs_is_the_mentors_own(client, world, role):
    submitted(world)
    client.force_login(getattr(world, role))
    assert client.get(reverse("mentoring:mentees")).status_code == 403


def test_an_administrator_has_no_mentees_and_so_no_sign_offs_on_the_page(client, world):
    attempt = submitted(world)
    client.force_login(world.administrator)
    page = client.get(reverse("mentoring:mentees")).content.decode()
    assert reverse("assessments:grade", args=[item(attempt, world.competency).pk]) not in page


@pytest.mark.parametrize("role", ["trainee", "trainer", "coordinator", "other_mentor"])
def test_only_the_mentees_mentor_signs_off(client, world, role):
    competency_item = item(submitted(world), world.competency)
    client.force_login(getattr(world, role))
    assert sign_off(client, competency_item).status_code in (403, 404)
    competency_item.refresh_from_db()
    assert competency_item.points is None


def test_a_bad_sign_off_is_refused_with_a_message(client, world):
    competency_item = item(submitted(world), world.competency)
    client.force_login(world.mentor)
    response = sign_off(client, competency_item, achieved="maybe")
    assert response.status_code == 400
    assert "Valitse oikea vaihtoehto" in response.content.decode()


def test_the_mentees_page_takes_the_same_number_of_queries_for_more_sign_offs(client, world):
    submitted(world)
    client.force_login(world.mentor)
    url = reverse("mentoring:mentees")
    few = count_queries(client.get, url)
    for _ in range(3):
        person = second_mentee(world)
        attempt = submitted(world, person)
        services.sign_off_competency(item(attempt, world.competency), world.mentor, achieved=True)
        submitted(world, second_mentee(world))
    assert count_queries(client.get, url) == few


def test_going_on_to_the_next_item_takes_the_same_number_of_queries_however_long_the_queue(client, world):
    client.force_login(world.mentor)
    short = [item(submitted(world, second_mentee(world)), world.competency) for _ in range(2)]
    few = count_queries(sign_off, client, short[0])
    longer = [item(submitted(world, second_mentee(world)), world.competency) for _ in range(5)]
    assert longer
    assert count_queries(sign_off, client, short[1]) == few


def test_a_swedish_mentor_reads_the_sign_offs_in_swedish(client, world):
    first = item(submitted(world), world.competency)
    item(submitted(world, second_mentee(world)), world.competency)
    client.force_login(world.mentor)
    client.cookies["django_language"] = "sv"
    page = client.get(reverse("mentoring:mentees")).content.decode()
    assert "Intyg om kompetenser" in page and "Väntar på ditt intyg" in page
    response = sign_off(client, first)
    assert "Intyget är sparat. Här är nästa." in client.get(response.url).content.decode()


def test_the_menu_offers_a_mentor_sign_offs_and_a_trainer_grading(client, world):
    queue = reverse("assessments:grading")
    client.force_login(world.mentor)
    menu = client.get(reverse("dashboard")).content.decode()
    assert f'<a href="{queue}">Osaamisen kuittaukset</a>' in menu
    assert f'<a href="{queue}">Arvioitavat</a>' not in menu
    client.force_login(f.trainer())
    menu = client.get(reverse("dashboard")).content.decode()
    assert f'<a href="{queue}">Arvioitavat</a>' in menu
