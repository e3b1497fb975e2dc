"""Points are typed with a comma or a point in every interface language: "1,5" and "1.5" are one and a half."""

from decimal import Decimal

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import AttemptItem, Grade

from .conftest import all_right

pytestmark = pytest.mark.django_db


def essay_item(world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    services.save_answers(attempt, world.trainee, all_right(world, attempt))
    attempt, _new = services.submit_attempt(attempt, world.trainee)
    return AttemptItem.objects.get(attempt=attempt, question=world.essay)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("typed", ["1,5", "1.5", " 1,50 "])
def test_points_with_a_comma_or_a_point_are_one_and_a_half_in_every_language(client, world, language, typed):
    item = essay_item(world)
    client.force_login(world.trainer)
    response = client.post(
        reverse("assessments:grade", args=[item.pk]), {"points": typed, "comment": ""}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 302
    assert Grade.objects.get(item=item).points == Decimal("1.5")


@pytest.mark.parametrize("language, message", [("fi", "Syötä luku."), ("en", "Enter a number.")])
def test_points_that_are_not_a_number_are_refused_with_a_message(client, world, language, message):
    item = essay_item(world)
    client.force_login(world.trainer)
    response = client.post(
        reverse("assessments:grade", args=[item.pk]), {"points": "1,5,0", "comment": ""}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 400 and message in response.content.decode()
    assert not Grade.objects.filter(item=item).exists()


def test_the_points_box_opens_a_number_keyboard_that_has_both_separators(client, world):
    item = essay_item(world)
    client.force_login(world.trainer)
    page = client.get(reverse("assessments:grade", args=[item.pk])).content.decode()
    assert 'inputmode="decimal"' in page and 'type="number"' not in page
