import pytest
from django.urls import reverse

from assessments import services
from tests.common.test_error_summary import summary_of, title_of

pytestmark = pytest.mark.django_db


def test_refused_answers_of_an_attempt_written_by_hand_are_summarised_by_question(client, world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    client.force_login(world.trainee)
    response = client.post(
        reverse("assessments:attempt_save", args=[attempt.pk]),
        {"questions": [str(world.numeric.pk)], f"q{world.numeric.pk}": "kuusi", "action": "save"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    [(href, text)] = summary_of(page)
    number = [item.question_id for item in attempt.items.order_by("position")].index(world.numeric.pk) + 1
    assert href == f"#question-{world.numeric.pk}" and text.startswith(f"Kysymys {number}: ")
    assert title_of(page).startswith("Virhe: ")
