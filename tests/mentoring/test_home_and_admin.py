import pytest
from django.urls import reverse

from mentoring.models import Topic

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "role, target",
    [
        ("mentor", "mentoring:mentees"),
        ("coordinator", "mentoring:cohorts"),
        ("trainer", "mentoring:cohorts"),
        ("mentee", "mentoring:mine"),
        ("administrator", "mentoring:cohorts"),
    ],
)
def test_supervision_link_leads_each_role_to_its_own_page(client, world, role, target):
    client.force_login(getattr(world, role))
    response = client.get(reverse("mentoring:home"))
    assert response.status_code == 302 and response.url == reverse(target)


def test_supervision_link_is_in_the_navigation(client, world):
    client.force_login(world.mentee)
    assert reverse("mentoring:home") in client.get(reverse("dashboard")).content.decode()


def test_trainer_edits_the_topic_list_in_every_language(client, world):
    topic = Topic.objects.order_by("order").first()
    client.force_login(world.trainer)
    url = reverse("admin:mentoring_topic_change", args=[topic.pk])
    assert client.get(url).status_code == 200
    data = {
        "name_0": "Oma hyvinvointi",
        "name_1": "Eget välmående",
        "name_2": "Own wellbeing",
        "name_3": "",
        "name_4": "",
        "name_5": "",
        "order": "0",
        "is_active": "on",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.name.text("sv") == "Eget välmående"


def test_mentor_cannot_edit_topics(client, world):
    client.force_login(world.mentor)
    response = client.get(reverse("admin:mentoring_topic_changelist"))
    assert response.status_code == 302  # the admin sends people without staff access to its login


def test_topic_not_in_use_is_not_offered_for_new_sessions(client, world):
    topic = Topic.objects.order_by("order").first()
    topic.is_active = False
    topic.save()
    client.force_login(world.mentor)
    page = client.get(reverse("mentoring:session_create")).content.decode()
    assert "Vaikeat tilanteet" in page
    assert str(topic.name) not in page
