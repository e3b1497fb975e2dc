"""Nothing of the seeded training is missing in Swedish: every translated field of every seeded row,
whichever app seeds it (pages, quizzes and their feedback, supervision topics), and every H5P package."""

import io
import json
import re

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from common.translated import TranslatedField
from courses.curriculum import basic_training
from courses.models import Course

pytestmark = pytest.mark.django_db

FINNISH_TERMS = ("hyvinvointilähete", "hyvinvointilähetti", "linkkihenkilö", "hyvinvointialue")


def seed():
    call_command("seed_demo", stdout=io.StringIO())
    return Course.objects.get(code=basic_training.COURSE["code"])


def translated_fields():
    for model in apps.get_models():
        names = [f.name for f in model._meta.get_fields() if isinstance(f, TranslatedField)]
        if names:
            yield model, names


def seeded_texts():
    """(where, value) for every translated field of every row in the database after seeding."""
    for model, names in translated_fields():
        for row in model.objects.all():
            for name in names:
                yield f"{model._meta.label} {row.pk} {name}", dict(getattr(row, name))


def plain(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_every_seeded_text_in_finnish_has_its_swedish_and_it_is_not_the_finnish_copied():
    seed()
    missing, copied, checked, models = [], [], 0, set()
    for where, value in seeded_texts():
        finnish = plain(value.get("fi") or "")
        if not finnish:
            continue
        checked += 1
        models.add(where.split()[0])
        swedish = plain(value.get("sv") or "")
        if not swedish:
            missing.append(where)
        elif swedish == finnish and len(finnish.split()) > 1:
            copied.append(where)
    assert missing == []
    assert copied == []
    # The walk reached the pages, the quizzes with their feedback and the supervision topics.
    assert {
        "courses.Course",
        "courses.Module",
        "courses.Activity",
        "assessments.QuestionBank",
        "assessments.Question",
        "assessments.Option",
        "assessments.MatchPair",
        "mentoring.Topic",
    } <= models
    assert checked >= 100


def test_the_walk_reaches_the_quiz_feedback():
    seed()
    feedback = [where for where, value in seeded_texts() if " feedback" in where and value.get("fi")]
    assert feedback
    for where, value in seeded_texts():
        if where in feedback:
            assert value.get("sv"), where


def test_no_swedish_text_uses_a_finnish_term_unless_it_is_quoted_as_finnish():
    seed()
    for where, value in seeded_texts():
        swedish = re.sub(r'<span lang="fi">[^<]*</span>', "", value.get("sv") or "").lower()
        for term in FINNISH_TERMS:
            assert term not in swedish, (where, term)


def a_missing_swedish_text_is_found(model_label, field):
    model = apps.get_model(model_label)
    row = model.objects.filter(**{f"{field}__sv__isnull": False}).first()
    value = dict(getattr(row, field))
    value.pop("sv")
    setattr(row, field, value)
    row.save()
    return [where for where, text in seeded_texts() if text.get("fi") and not text.get("sv")]


@pytest.mark.parametrize(
    "model_label, field",
    [("assessments.Option", "feedback"), ("courses.Activity", "body"), ("mentoring.Topic", "name")],
)
def test_the_walk_names_a_text_whose_swedish_is_missing(model_label, field):
    seed()
    found = a_missing_swedish_text_is_found(model_label, field)
    assert len(found) == 1 and found[0].startswith(model_label) and found[0].endswith(field)


def played_package(activity, language):
    client = Client()
    client.force_login(get_user_model().objects.get(username="trainee"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = client.get(activity.get_absolute_url()).content.decode()
    frame = re.search(r'<iframe class="h5p-player__frame"[^>]*>', page).group(0)
    src = re.search(r'src="([^"]+)"', frame).group(1)
    content = json.loads(Client().get(src + "package/content/content.json").getvalue())
    return frame, content


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def test_every_seeded_h5p_exercise_plays_a_swedish_package_with_no_finnish_left_in_it():
    from h5p.models import Content

    course = seed()
    contents = list(Content.objects.filter(activity__module__course=course).select_related("activity"))
    assert contents
    for content in contents:
        assert content.language_versions.filter(language="sv", metadata__language="sv").exists(), content
        _frame, finnish = played_package(content.activity, "fi")
        frame, swedish = played_package(content.activity, "sv")
        assert 'lang="sv"' in frame
        finnish_texts = {text for text in strings(finnish) if text.strip()}
        swedish_texts = {text for text in strings(swedish) if text.strip()}
        assert swedish_texts
        assert finnish_texts & swedish_texts == set(), content
