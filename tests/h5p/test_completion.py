"""The trainer chooses how an H5P activity completes, and the pages say which rule is in force."""

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import ActivityCompletion
from h5p import services
from h5p.models import Content
from tests import factories as f
from tests.h5p.test_isolation import player_src, policy

pytestmark = pytest.mark.django_db
RULE = Content.CompletionRule


def package_url(activity):
    return reverse("h5p:package", args=[activity.pk])


def is_done(world):
    return ActivityCompletion.objects.filter(user=world.trainee, activity=world.activity).exists()


def choose(client, world, rule, mark=80):
    client.force_login(world.trainer)
    return client.post(package_url(world.activity), {"pass_threshold": mark, "completion_rule": rule})


@pytest.mark.parametrize(
    ("rule", "stated"),
    [
        (RULE.PASS_MARK, "Vähintään 80 % pisteistä tekee tehtävästä valmiin."),
        (RULE.COMPLETED, "Tämän sisällön suorittaminen loppuun tekee tehtävästä valmiin pisteistä riippumatta."),
        (RULE.VIEWED, "Tämän sisällön avaaminen tekee tehtävästä valmiin."),
    ],
)
def test_the_trainer_chooses_the_rule_and_every_page_states_the_one_in_force(client, world, rule, stated):
    assert choose(client, world, rule).status_code == 302
    assert Content.objects.get(activity=world.activity).completion_rule == rule
    for viewer, url in [
        (world.trainer, package_url(world.activity)),
        (world.trainer, reverse("h5p:attempts", args=[world.activity.pk])),
        (world.trainee, world.activity.get_absolute_url()),
    ]:
        client.force_login(viewer)
        assert stated in client.get(url).content.decode(), (viewer, url)


def test_the_pass_mark_is_the_rule_until_the_trainer_chooses_another(client, world):
    assert world.activity.h5p_content.completion_rule == RULE.PASS_MARK
    client.force_login(world.trainer)
    assert client.post(package_url(world.activity), {"pass_threshold": 60}).status_code == 302
    assert Content.objects.get(activity=world.activity).completion_rule == RULE.PASS_MARK


def test_an_unknown_rule_is_refused_with_a_message_and_nothing_changes(client, world):
    response = choose(client, world, "sometimes")
    assert response.status_code == 400
    assert "Valitse oikea vaihtoehto. sometimes ei ole vaihtoehtojen joukossa." in response.content.decode()
    assert Content.objects.get(activity=world.activity).completion_rule == RULE.PASS_MARK


def test_under_the_pass_mark_a_low_score_does_not_complete_but_under_completed_it_does(client, world):
    services.record_xapi_statement(world.trainee, world.activity, f.xapi_statement(scaled=0.1))
    assert not is_done(world)
    choose(client, world, RULE.COMPLETED)
    activity = type(world.activity).objects.get(pk=world.activity.pk)
    recorded = services.record_xapi_statement(world.trainee, activity, f.xapi_statement(scaled=0.1))
    assert recorded.attempt.is_passed and recorded.completed_activity
    assert is_done(world)


def test_content_without_a_score_completes_when_opened_under_the_viewed_rule(client, world):
    viewed = reverse("h5p:viewed", args=[world.activity.pk])
    client.force_login(world.trainee)
    answer = client.post(viewed)
    assert answer.status_code == 200 and answer.json()["activity_done"] is False
    assert not is_done(world)
    choose(client, world, RULE.VIEWED)
    client.force_login(world.trainee)
    page = client.get(world.activity.get_absolute_url()).content.decode()
    assert f'data-viewed-url="{viewed}"' in page
    answer = client.post(viewed)
    assert answer.json() == {"activity_done": True, "message": "Hienoa: tehtävä on tehty."}
    assert is_done(world)


def test_only_an_enrolled_trainee_completes_by_opening(client, world):
    choose(client, world, RULE.VIEWED)
    viewed = reverse("h5p:viewed", args=[world.activity.pk])
    assert Client().post(viewed).status_code == 403
    client.force_login(world.outsider)
    assert client.post(viewed).status_code == 403
    assert not ActivityCompletion.objects.exists()


def test_opening_takes_the_same_queries_whatever_the_trainees_history(client, world, django_assert_max_num_queries):
    choose(client, world, RULE.VIEWED)
    client.force_login(world.trainee)
    for _ in range(5):
        services.record_xapi_statement(world.trainee, world.activity, f.xapi_statement(scaled=0.1))
    with django_assert_max_num_queries(12):
        client.post(reverse("h5p:viewed", args=[world.activity.pk]))


# Content that fails to start


def report(client, activity, body, content_type="application/json"):
    import json

    data = json.dumps(body) if content_type == "application/json" and not isinstance(body, str) else body
    return client.post(reverse("h5p:start_error", args=[activity.pk]), data, content_type=content_type)


def test_a_start_error_is_kept_and_the_trainer_sees_that_the_activity_is_broken(client, world):
    folder = world.activity.h5p_content.folder
    client.force_login(world.trainee)
    assert report(client, world.activity, {"message": "Unable to find constructor", "package": folder}).json() == {
        "kept": True
    }
    page = client.get(world.activity.get_absolute_url()).content.decode()
    assert "Tämä tehtävä on rikki" not in page  # the trainee is told in the player, not this
    assert "Tätä sisältöä ei voitu käynnistää." in page
    for url in [world.activity.get_absolute_url(), package_url(world.activity)]:
        client.force_login(world.trainer)
        page = client.get(url).content.decode()
        assert "Tämä tehtävä on rikki: sisältö ei käynnistynyt selaimessa" in page
        assert "Unable to find constructor" in page


def test_a_new_package_is_not_broken_by_a_report_about_the_old_one(client, world):
    old = world.activity.h5p_content.folder
    services.report_start_error(world.activity.h5p_content, "boom", old)
    from h5p.minimal import choice_package

    content = services.import_package(world.activity, choice_package(), by=world.trainer)
    assert not content.is_broken
    client.force_login(world.trainee)
    assert report(client, world.activity, {"message": "late", "package": old}).json() == {"kept": False}
    assert not Content.objects.get(pk=content.pk).is_broken


def test_a_long_start_error_is_cut_to_its_limit(client, world):
    client.force_login(world.trainee)
    report(client, world.activity, {"message": "x" * 3000, "package": world.activity.h5p_content.folder})
    assert len(Content.objects.get(activity=world.activity).start_error) == 500


@pytest.mark.parametrize(
    ("body", "content_type", "field"),
    [
        ("{not json", "application/json", None),
        ({"package": "abc"}, "application/json", "message"),
        ({"message": "boom"}, "application/json", "package"),
        ([1, 2], "application/json", "message"),
    ],
)
def test_a_malformed_start_error_report_is_refused_with_its_reason(client, world, body, content_type, field):
    client.force_login(world.trainee)
    response = report(client, world.activity, body, content_type)
    assert response.status_code == 400
    if field:
        assert field in response.json()["errors"]
    assert not Content.objects.get(activity=world.activity).start_error


def test_only_people_who_may_open_the_content_report_start_errors(client, world):
    body = {"message": "boom", "package": world.activity.h5p_content.folder}
    assert report(Client(), world.activity, body).status_code == 403
    client.force_login(world.outsider)
    assert report(client, world.activity, body).status_code == 403
    client.force_login(world.trainer)
    assert report(client, world.activity, body).status_code == 200
    assert report(client, f.ActivityFactory(), body).status_code == 404


# Video hosts


def test_the_content_policy_lets_the_allowed_video_hosts_play_and_no_other(client, world):
    client.force_login(world.trainee)
    rules = policy(Client().get(player_src(client, world.activity)))
    assert rules["frame-src"] == "https://www.youtube-nocookie.com https://player.vimeo.com"
    assert "https://www.youtube.com/iframe_api" in rules["script-src"]
    assert "https://player.vimeo.com/api/" in rules["script-src"]


def test_the_video_hosts_come_from_the_setting_and_none_means_no_video_frames(client, world, settings):
    client.force_login(world.trainee)
    settings.H5P_VIDEO_HOSTS = ["https://www.youtube.com", "http://insecure.example", "video.example.org"]
    rules = policy(Client().get(player_src(client, world.activity)))
    assert rules["frame-src"] == "https://www.youtube.com https://video.example.org"
    settings.H5P_VIDEO_HOSTS = []
    rules = policy(Client().get(player_src(client, world.activity)))
    assert rules["frame-src"] == "'none'"
    assert "youtube" not in rules["script-src"]


def test_the_trainers_page_says_which_video_hosts_are_allowed(client, world, settings):
    client.force_login(world.trainer)
    page = client.get(package_url(world.activity)).content.decode()
    assert "Sisällön videoita voi toistaa vain näistä palveluista:" in page
    assert "YouTube (https://www.youtube-nocookie.com), Vimeo (https://player.vimeo.com)" in page
    settings.H5P_VIDEO_HOSTS = []
    page = client.get(package_url(world.activity)).content.decode()
    assert "Sisältö ei voi toistaa videoita muista palveluista." in page
