import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from h5p.models import UserData
from tests import factories as f

pytestmark = pytest.mark.django_db


def save(client, activity, body):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(
        reverse("h5p:state", args=[activity.pk]), data, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )


def player_config(client, activity):
    """The configuration the player document hands to the player, read as the browser would."""
    page = client.get(activity.get_absolute_url()).content.decode()
    src = re.search(r'<iframe class="h5p-player__frame" src="([^"]+)"', page).group(1)
    document = Client().get(src).content.decode()
    return json.loads(
        re.search(r'<script id="h5p-config" type="application/json">(.*?)</script>', document, re.S).group(1)
    )


def test_saved_state_is_restored_on_another_device(client, world):
    client.force_login(world.trainee)
    assert save(client, world.activity, {"data": '{"selected": 2, "checked": true}'}).json() == {"saved": True}
    other_device = Client()
    other_device.force_login(world.trainee)
    assert player_config(other_device, world.activity)["state"] == '{"selected": 2, "checked": true}'


def test_a_later_save_replaces_the_earlier_one(client, world):
    client.force_login(world.trainee)
    save(client, world.activity, {"data": '{"selected": 0}'})
    save(client, world.activity, {"data": '{"selected": 1}'})
    assert UserData.objects.get().data == '{"selected": 1}'


def test_each_trainee_gets_only_their_own_state(client, world):
    other = f.trainee()
    f.EnrolmentFactory(cohort=world.cohort, user=other)
    client.force_login(world.trainee)
    save(client, world.activity, {"data": '{"selected": 2}'})
    client.force_login(other)
    assert player_config(client, world.activity)["state"] is None


def test_reset_forgets_the_state(client, world):
    client.force_login(world.trainee)
    save(client, world.activity, {"data": '{"selected": 2}'})
    save(client, world.activity, {"data": "RESET"})
    assert not UserData.objects.exists()


@pytest.mark.parametrize(
    "body, status",
    [
        ("{oops", 400),
        ({"nothing": "here"}, 400),
        ({"data": "not json"}, 400),
        ({"data": 5}, 400),
    ],
)
def test_bad_state_gets_400_and_keeps_the_old_one(client, world, body, status):
    client.force_login(world.trainee)
    save(client, world.activity, {"data": '{"selected": 1}'})
    response = save(client, world.activity, body)
    assert response.status_code == status
    assert response.json()["detail"]
    assert UserData.objects.get().data == '{"selected": 1}'


def test_oversized_state_gets_413(client, world, settings):
    settings.H5P_MAX_STATE_BYTES = 100
    client.force_login(world.trainee)
    response = save(client, world.activity, {"data": json.dumps({"text": "x" * 2000})})
    assert response.status_code == 413
    assert not UserData.objects.exists()


def test_state_of_content_the_trainee_is_not_enrolled_in_gets_403(client, world):
    client.force_login(world.outsider)
    assert save(client, world.activity, {"data": "{}"}).status_code == 403
    assert not UserData.objects.exists()


@pytest.mark.parametrize("role", ["trainer", "coordinator", "mentor", "administrator"])
def test_staff_who_are_not_enrolled_cannot_save_state(client, world, role):
    client.force_login(getattr(world, role))
    assert save(client, world.activity, {"data": "{}"}).status_code == 403


def test_anonymous_visitors_cannot_save_state(client, world):
    assert save(client, world.activity, {"data": "{}"}).status_code == 403
