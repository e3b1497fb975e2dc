"""Every content block says the language its text is shown in, which differs from the page's when it falls back."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from common.models import ContentFallback
from h5p.minimal import choice_package
from tests import factories as f

pytestmark = pytest.mark.django_db


def swedish(client, user):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sv"
    return client


def element(page, tag, css_class=None, text=None):
    """The opening tag of the first `tag` element with `css_class`, or whose content starts with `text`."""
    if css_class:
        pattern = rf'<{tag}\b[^>]*class="[^"]*\b{re.escape(css_class)}\b[^"]*"[^>]*>'
    else:
        pattern = rf"<{tag}\b[^>]*>(?=\s*{re.escape(text)})"
    match = re.search(pattern, page)
    assert match, (tag, css_class, text)
    return match.group(0)


@pytest.fixture
def course():
    course = f.CourseFactory(
        title={"fi": "Peruskoulutus", "sv": "Grundutbildning", "en": "Basic training"},
        description={"fi": "<p>Kuvaus</p>", "en": "<p>Description</p>"},
    )
    module = f.ModuleFactory(
        course=course, order=1, title={"fi": "Ensimmäinen osa"}, summary={"fi": "Tiivistelmä", "sv": "Sammanfattning"}
    )
    f.ActivityFactory(module=module, order=1, title={"fi": "Sivu", "sv": "Sida"}, body={"en": "<p>Only English</p>"})
    return course


def test_the_course_page_marks_its_title_and_description_with_the_language_shown(client, course):
    page = swedish(client, f.enrolled_trainee(course)).get(course.get_absolute_url()).content.decode()
    assert '<html lang="sv"' in page
    assert 'lang="sv">Grundutbildning</h1>' in page
    assert '<div class="prose" lang="fi"><p>Kuvaus</p></div>' in page
    assert 'lang="fi">Ensimmäinen osa</a>' in page


def test_the_module_page_marks_its_summary_and_activity_titles(client, course):
    module = course.modules.get()
    page = swedish(client, f.enrolled_trainee(course)).get(module.get_absolute_url()).content.decode()
    assert element(page, "h1", text="Ensimmäinen osa").endswith('lang="fi">')
    assert '<p class="lead" lang="sv">Sammanfattning</p>' in page
    assert 'lang="sv">Sida</a>' in page


def test_a_page_body_in_english_only_says_so_on_the_swedish_page(client, course):
    activity = course.modules.get().activities.get()
    page = swedish(client, f.enrolled_trainee(course)).get(activity.get_absolute_url()).content.decode()
    assert '<h1 lang="sv">Sida</h1>' in page
    assert '<div class="prose" lang="en"><p>Only English</p></div>' in page


def test_the_language_follows_the_order_a_trainer_set(client, course):
    ContentFallback.objects.create(language="sv", order="sv, en, fi")
    page = swedish(client, f.enrolled_trainee(course)).get(course.get_absolute_url()).content.decode()
    assert '<div class="prose" lang="en"><p>Description</p></div>' in page


def test_options_and_questions_carry_their_own_language(client):
    module = f.ModuleFactory()
    assessment = f.assessment(module=module)
    question = f.QuestionFactory(bank=assessment.bank, text={"fi": "<p>Kysymys</p>", "sv": "<p>Fråga</p>"})
    f.OptionFactory(question=question, order=1, text={"fi": "Kyllä", "sv": "Ja"}, is_correct=True)
    f.OptionFactory(question=question, order=2, text={"fi": "Ei"}, is_correct=False)
    trainee = f.enrolled_trainee(module.course)
    client = swedish(client, trainee)
    client.post(reverse("assessments:start", args=[assessment.pk]))
    attempt = trainee.assessment_attempts.get()
    page = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    assert re.search(r'<div class="prose question-text"[^>]* lang="sv"><p>Fråga</p>', page)
    assert re.search(r'<label for="[^"]+" lang="sv">Ja</label>', page)
    assert re.search(r'<label for="[^"]+" lang="fi">Ei</label>', page)


def test_true_and_false_options_are_in_the_interface_language(client):
    module = f.ModuleFactory()
    assessment = f.assessment(module=module)
    f.QuestionFactory(bank=assessment.bank, kind="true_false", correct_statement=True, text={"fi": "<p>Väite</p>"})
    trainee = f.enrolled_trainee(module.course)
    client = swedish(client, trainee)
    client.post(reverse("assessments:start", args=[assessment.pk]))
    page = client.get(reverse("assessments:attempt", args=[trainee.assessment_attempts.get().pk])).content.decode()
    assert re.search(r'<label for="[^"]+" lang="sv">Sant</label>', page)


@pytest.mark.parametrize("package_language, expected", [("sv", "sv"), ("fi", "fi"), ("se", "se")])
def test_the_h5p_frame_and_its_document_take_the_packages_language(client, package_language, expected):
    activity = f.h5p_activity(package=choice_package(language=package_language))
    page = swedish(client, f.enrolled_trainee(activity.module.course)).get(activity.get_absolute_url()).content.decode()
    frame = re.search(r'<iframe class="h5p-player__frame"[^>]*>', page).group(0)
    assert f'lang="{expected}"' in frame
    src = re.search(r'src="([^"]+)"', frame).group(1)
    document = Client(HTTP_ACCEPT_LANGUAGE="en").get(src).content.decode()
    assert f'<html lang="{expected}">' in document


def test_a_package_that_names_no_language_leaves_the_frame_to_the_page(client):
    activity = f.h5p_activity(package=choice_package(language="und"))
    page = swedish(client, f.enrolled_trainee(activity.module.course)).get(activity.get_absolute_url()).content.decode()
    frame = re.search(r'<iframe class="h5p-player__frame"[^>]*>', page).group(0)
    assert " lang=" not in frame
