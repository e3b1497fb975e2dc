"""The seeded basic training is complete in Swedish, and Swedish users read it in Swedish."""

import io
import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from assessments.models import Assessment, MatchPair, Option, Question, QuestionBank
from common.translated import TranslatedField
from courses.curriculum import basic_training
from courses.models import Activity, Course, Module

pytestmark = pytest.mark.django_db


def texts(value, path=""):
    """Every {"fi": ..., ...} dict in the curriculum's data, with where it is."""
    if isinstance(value, dict):
        if "fi" in value:
            yield path, value
        for key, item in value.items():
            yield from texts(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from texts(item, f"{path}[{index}]")


def words(html):
    return len(re.sub(r"<[^>]+>", " ", html).split())


def test_every_text_of_the_curriculum_that_has_finnish_has_swedish_of_the_same_substance():
    found = list(texts({"course": basic_training.COURSE, "modules": basic_training.MODULES}))
    assert len(found) == 2 + 9 * 2 + 9 * 2 * 2
    for path, text in found:
        assert text.get("sv", "").strip(), path
        # Written out in full: a Swedish page is within a third of the Finnish one's length in words
        # (Swedish takes more words than Finnish for the same thing, never far fewer).
        assert words(text["sv"]) >= 0.66 * words(text["fi"]), path


def test_the_swedish_pages_keep_the_structure_of_the_finnish_ones():
    for module in basic_training.MODULES:
        for activity in module["activities"]:
            for tag in ("<h2>", "<h3>", "<li>", "<blockquote>", "<table>", "<tr>"):
                assert activity["body"]["sv"].count(tag) == activity["body"]["fi"].count(tag), (
                    module["key"],
                    tag,
                )


def swedish_text():
    return " ".join(text["sv"] for _path, text in texts({"c": basic_training.COURSE, "m": basic_training.MODULES}))


def test_the_swedish_curriculum_uses_the_terms_of_the_glossary():
    swedish = swedish_text()
    assert swedish.lower().count("välfärdsremiss") >= 15
    assert swedish.lower().count("länkperson") >= 30
    assert "Lapplands välfärdsområde" in swedish
    assert "social- och hälsovård" in swedish
    # The Finnish names appear only where they are quoted as Finnish.
    unmarked = re.sub(r'<span lang="fi">[^<]*</span>', "", swedish)
    for finnish in ("hyvinvointilähete", "hyvinvointilähetti", "linkkihenkilö", "hyvinvointialue"):
        assert finnish not in unmarked.lower(), finnish


def seed():
    call_command("seed_demo", stdout=io.StringIO())
    return Course.objects.get(code=basic_training.COURSE["code"])


def translated_values(rows):
    for row in rows:
        for field in row._meta.get_fields():
            if isinstance(field, TranslatedField):
                yield f"{row._meta.model_name} {row.pk} {field.name}", getattr(row, field.name)


def seeded_rows(course):
    modules = Module.objects.filter(course=course)
    banks = QuestionBank.objects.filter(module__course=course)
    return [
        course,
        *modules,
        *Activity.objects.filter(module__course=course),
        *banks,
        *Question.objects.filter(bank__in=banks),
        *Option.objects.filter(question__bank__in=banks),
        *MatchPair.objects.filter(question__bank__in=banks),
    ]


def test_every_seeded_text_that_has_finnish_has_swedish():
    course = seed()
    checked = 0
    for where, value in translated_values(seeded_rows(course)):
        if value.get("fi"):
            assert value.get("sv"), where
            checked += 1
    assert checked >= 90
    assert Assessment.objects.filter(activity__module__course=course).count() == 2


def test_seeding_again_gives_a_quiz_seeded_before_swedish_its_swedish_texts():
    course = seed()
    question = Question.objects.get(bank__module__course=course, kind=Question.Kind.SINGLE)
    option = question.options.order_by("order").first()
    for row, field in ((question, "text"), (option, "text"), (option, "feedback"), (question.bank, "title")):
        value = dict(getattr(row, field))
        value.pop("sv")
        setattr(row, field, value)
        row.save()
    seed()
    question.refresh_from_db()
    option.refresh_from_db()
    assert question.text["sv"] == "<p>Vem skriver en välfärdsremiss?</p>"
    assert option.text["sv"] == "En yrkesperson inom social- och hälsovården"
    assert option.feedback["sv"] == "Rätt."
    assert question.bank.title["sv"] == "Modellen med välfärdsremiss"


def swedish_trainee(client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="trainee"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sv"
    return client


def test_a_trainee_in_the_swedish_interface_reads_the_training_in_swedish(client):
    course = seed()
    client = swedish_trainee(client)
    page = client.get(course.get_absolute_url()).content.decode()
    assert '<html lang="sv"' in page
    assert '<h1 lang="sv">Grundutbildning för länkpersoner</h1>' in page
    assert '<div class="prose" lang="sv"><p>Den här utbildningen förbereder dig' in page
    assert 'lang="sv">Välfärdsremissen och vem den är till för</a>' in page
    assert "Linkkihenkilön peruskoulutus" not in page

    module = course.modules.get(order=1)
    page = client.get(module.get_absolute_url()).content.decode()
    assert '<p class="lead" lang="sv">Du lär dig vad en välfärdsremiss är' in page
    assert 'lang="sv">Frågesport: modellen med välfärdsremiss</a>' in page
    assert 'lang="sv">Övning: länkpersonens uppgift</a>' in page

    page = client.get(module.activities.get(order=1).get_absolute_url()).content.decode()
    assert '<h1 lang="sv">Vad är en välfärdsremiss?</h1>' in page
    assert '<div class="prose" lang="sv">' in page
    assert "Lapplands välfärdsområde" in page


def test_the_quiz_in_the_swedish_interface_asks_and_answers_in_swedish(client):
    course = seed()
    client = swedish_trainee(client)
    quiz = Assessment.objects.get(activity__module__course=course, activity__module__order=1)
    assert client.post(reverse("assessments:start", args=[quiz.pk])).status_code == 302
    attempt = quiz.attempts.get(user__username="trainee", submitted_at__isnull=True)
    page = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    assert 'lang="sv"><p>Vem skriver en välfärdsremiss?</p>' in page
    assert re.search(r'<label for="[^"]+" lang="sv">En yrkesperson inom social- och hälsovården</label>', page)
    assert re.search(r'<label for="[^"]+" lang="sv">Remittenten</label>', page)
    assert "Kuka tekee hyvinvointilähetteen?" not in page


def test_the_exercise_in_the_swedish_interface_plays_its_swedish_package(client):
    import json

    from django.test import Client

    from h5p.models import Content

    course = seed()
    content = Content.objects.get(activity__module__course=course)
    assert sorted(content.language_versions.values_list("language", flat=True)) == ["en", "sv"]
    page = swedish_trainee(client).get(content.activity.get_absolute_url()).content.decode()
    frame = re.search(r'<iframe class="h5p-player__frame"[^>]*>', page).group(0)
    assert 'title="Länkpersonens uppgift"' in frame
    assert 'lang="sv"' in frame
    src = re.search(r'src="([^"]+)"', frame).group(1)
    played = json.loads(Client().get(src + "package/content/content.json").getvalue())
    assert played["question"] == "Vad är länkpersonens uppgift?"
    assert played["checkLabel"] == "Kontrollera"
    assert played["correctFeedback"] == "Rätt!"
    assert '<html lang="sv">' in Client().get(src).content.decode()
