import pytest
from django.urls import reverse

from assessments import services
from tests.courses.test_accessibility import structure_of

pytestmark = pytest.mark.django_db


def test_assessment_pages_have_one_heading_a_main_landmark_and_labelled_controls(client, world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    submitted = services.start_attempt(world.assessment, world.other_trainee)
    services.submit_attempt(submitted, world.other_trainee)
    essay = submitted.items.get(question=world.essay)
    competency = submitted.items.get(question=world.competency)
    pages = [
        (world.trainee, reverse("courses:activity", args=[world.assessment.activity_id])),
        (world.trainee, reverse("assessments:attempt", args=[attempt.pk])),
        (world.other_trainee, reverse("assessments:attempt", args=[submitted.pk])),
        (world.trainer, reverse("assessments:attempt", args=[submitted.pk])),
        (world.trainer, reverse("assessments:grading")),
        (world.trainer, reverse("assessments:grade", args=[essay.pk])),
        (world.administrator, reverse("assessments:grade", args=[competency.pk])),
        (world.coordinator, reverse("assessments:gradebook", args=[world.cohort.pk])),
    ]
    for user, url in pages:
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200, url
        page = structure_of(response.content.decode())
        assert page.html_lang == "fi", url
        assert page.tags.count("main") == 1 and page.tags.count("h1") == 1, url
        unlabelled = [c for c in page.controls if c.get("id") not in page.labels_for and not c.get("aria-label")]
        assert unlabelled == [], (url, unlabelled)


def test_every_question_is_a_fieldset_with_a_legend(client, world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    client.force_login(world.trainee)
    page = structure_of(client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode())
    assert page.tags.count("fieldset") == page.tags.count("legend") == 8
