from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from h5p import services
from h5p.minimal import choice_package
from h5p.models import Content, Library
from tests import factories as f

pytestmark = pytest.mark.django_db


def upload(name="kysymys.h5p", data=None):
    return SimpleUploadedFile(
        name, data if data is not None else choice_package(title="Kysymys"), content_type="application/octet-stream"
    )


def package_url(activity):
    return reverse("h5p:package", args=[activity.pk])


def attempts_url(activity):
    return reverse("h5p:attempts", args=[activity.pk])


# The activity page


def test_the_trainee_sees_the_player_with_a_no_javascript_fallback(client, world):
    client.force_login(world.trainee)
    page = client.get(world.activity.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "data-h5p-player" in page
    assert "interactive content needs JavaScript" in page
    assert reverse("h5p:statements", args=[world.activity.pk]) in page
    assert "A score of at least 80 % completes the activity." in page


def test_the_trainee_sees_their_best_score(client, world):
    for scaled in (0.5, 0.7):
        services.record_xapi_statement(world.trainee, world.activity, f.xapi_statement(scaled=scaled))
    client.force_login(world.trainee)
    page = client.get(world.activity.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Your best score is 70 % (2 tries)." in page


def test_the_activity_page_takes_the_same_queries_for_1_or_20_attempts(client, world):
    from tests.utils import count_queries

    client.force_login(world.trainee)
    services.record_xapi_statement(world.trainee, world.activity, f.xapi_statement(scaled=0.1))
    one = count_queries(client.get, world.activity.get_absolute_url())
    for _ in range(19):
        services.record_xapi_statement(world.trainee, world.activity, f.xapi_statement(scaled=0.2))
    assert count_queries(client.get, world.activity.get_absolute_url()) == one


def test_a_trainer_previews_the_player_without_recording_anything(client, world):
    client.force_login(world.trainer)
    page = client.get(world.activity.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "data-h5p-player" in page
    assert "data-statements-url" not in page
    assert package_url(world.activity) in page
    assert attempts_url(world.activity) in page


def test_an_activity_without_a_package_says_so(client, world):
    bare = f.ActivityFactory(module=world.activity.module, kind="h5p")
    client.force_login(world.trainee)
    page = client.get(bare.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "has not been added yet" in page
    assert "data-h5p-player" not in page


def test_the_player_is_not_shown_to_people_outside_the_course(client, world):
    client.force_login(world.outsider)
    assert client.get(world.activity.get_absolute_url()).status_code == 403


# Uploading


@pytest.mark.parametrize(
    "role, status",
    [
        ("trainee", 403),
        ("outsider", 403),
        ("mentor", 403),
        ("coordinator", 403),
        ("trainer", 200),
        ("administrator", 200),
    ],
)
def test_only_trainers_and_administrators_open_the_upload_page(client, world, role, status):
    client.force_login(getattr(world, role))
    assert client.get(package_url(world.activity)).status_code == status
    assert client.post(package_url(world.activity), {"pass_threshold": 50}).status_code in (
        (status,) if status == 403 else (302,)
    )


def test_anonymous_visitors_are_sent_to_log_in_from_the_upload_page(client, world):
    response = client.get(package_url(world.activity))
    assert response.status_code == 302
    assert reverse("login") in response.url


def test_the_upload_page_is_only_for_h5p_activities(client, world):
    page = f.ActivityFactory(module=world.activity.module)
    client.force_login(world.trainer)
    assert client.get(package_url(page)).status_code == 404


def test_a_trainer_uploads_a_package_for_a_new_activity(client, world):
    activity = f.ActivityFactory(module=world.activity.module, kind="h5p")
    client.force_login(world.trainer)
    response = client.post(
        package_url(activity), {"package": upload(), "pass_threshold": 60}, HTTP_ACCEPT_LANGUAGE="en", follow=True
    )
    assert "The H5P content is saved." in response.content.decode()
    content = Content.objects.get(activity=activity)
    assert (content.title, content.pass_threshold, content.uploaded_by) == ("Kysymys", Decimal("0.60"), world.trainer)


def test_a_rejected_package_shows_the_reason_in_the_trainers_language_and_stores_nothing(client, world):
    activity = f.ActivityFactory(module=world.activity.module, kind="h5p")
    client.force_login(world.trainer)
    response = client.post(
        package_url(activity), {"package": upload(data=b"garbage"), "pass_threshold": 70}, HTTP_ACCEPT_LANGUAGE="fi"
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Tiedosto ei ole H5P-paketti" in page
    assert 'value="70"' in page  # what was typed is kept
    assert not Content.objects.filter(activity=activity).exists()


def test_a_file_that_is_not_h5p_by_name_is_refused_on_the_form(client, world):
    client.force_login(world.trainer)
    response = client.post(
        package_url(world.activity), {"package": upload("notes.pdf"), "pass_threshold": 80}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert "ends in .h5p" in response.content.decode()


@pytest.mark.parametrize("threshold", ["", "-1", "101", "many"])
def test_an_invalid_pass_mark_is_refused(client, world, threshold):
    client.force_login(world.trainer)
    response = client.post(package_url(world.activity), {"pass_threshold": threshold})
    assert response.status_code == 400
    assert Content.objects.get().pass_threshold == Decimal("0.80")


def test_a_new_activity_needs_a_package(client, world):
    activity = f.ActivityFactory(module=world.activity.module, kind="h5p")
    client.force_login(world.trainer)
    assert client.post(package_url(activity), {"pass_threshold": 80}).status_code == 400


def test_a_trainer_changes_the_pass_mark_without_a_new_package(client, world):
    client.force_login(world.trainer)
    client.post(package_url(world.activity), {"pass_threshold": 55})
    assert Content.objects.get().pass_threshold == Decimal("0.55")


def test_replacing_the_package_on_the_page_keeps_the_attempts(client, world):
    services.record_xapi_statement(world.trainee, world.activity, f.xapi_statement(scaled=0.5))
    client.force_login(world.trainer)
    client.post(
        package_url(world.activity), {"package": upload(data=choice_package(title="Uusi versio")), "pass_threshold": 80}
    )
    assert Content.objects.get().title == "Uusi versio"
    assert world.activity.h5p_attempts.count() == 1


# Attempts


@pytest.mark.parametrize(
    "role, status",
    [
        ("trainee", 403),
        ("mentor", 403),
        ("coordinator", 200),
        ("trainer", 200),
        ("administrator", 200),
    ],
)
def test_attempts_page_permissions(client, world, role, status):
    client.force_login(getattr(world, role))
    assert client.get(attempts_url(world.activity)).status_code == status


def test_a_trainer_sees_every_attempt_and_the_best_as_the_grade(client, world):
    for scaled in (0.4, 0.9, 0.6):
        services.record_xapi_statement(
            world.trainee, world.activity, f.xapi_statement(scaled=scaled, raw=scaled * 10, max_score=10)
        )
    client.force_login(world.trainer)
    page = client.get(attempts_url(world.activity), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Aino Korhonen" in page
    assert page.split('class="h5p-attempts"', 1)[1].split("</ol>", 1)[0].count("<li>") == 3
    grade = page.split("Aino Korhonen", 1)[1].split("</td>", 1)[0]
    assert "90 %" in grade and "Passed" in grade
    assert "(4 / 10)" in page


def test_a_trainer_sees_only_the_trainees_of_their_cohorts(client, world):
    stranger = f.trainee(first_name="Vieras", last_name="Henkilö")
    f.EnrolmentFactory(cohort=f.CohortFactory(course=world.course), user=stranger)
    services.record_xapi_statement(stranger, world.activity, f.xapi_statement(scaled=1.0))
    client.force_login(world.trainer)
    assert "Vieras" not in client.get(attempts_url(world.activity)).content.decode()
    client.force_login(world.administrator)
    assert "Vieras" in client.get(attempts_url(world.activity)).content.decode()


def test_the_attempts_page_takes_the_same_queries_for_1_or_20_trainees(client, world, django_assert_num_queries):
    from tests.utils import count_queries

    client.force_login(world.trainer)
    services.record_xapi_statement(world.trainee, world.activity, f.xapi_statement(scaled=0.5))
    one = count_queries(client.get, attempts_url(world.activity))
    for _ in range(19):
        person = f.trainee()
        f.EnrolmentFactory(cohort=world.cohort, user=person)
        services.record_xapi_statement(person, world.activity, f.xapi_statement(scaled=0.5))
        services.record_xapi_statement(person, world.activity, f.xapi_statement(scaled=0.8))
    assert count_queries(client.get, attempts_url(world.activity)) == one


# The admin site


def test_a_trainer_uploads_through_the_admin_and_sees_errors_on_the_form(client, world):
    world.trainer.is_staff = True
    world.trainer.save()
    activity = f.ActivityFactory(module=world.activity.module, kind="h5p")
    client.force_login(world.trainer)
    url = reverse("admin:h5p_content_add")
    bad = client.post(
        url,
        {"activity": activity.pk, "pass_threshold": "0.80", "package": upload(data=b"nope")},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert bad.status_code == 200
    assert "not a valid zip archive" in bad.content.decode()
    assert not Content.objects.filter(activity=activity).exists()
    good = client.post(url, {"activity": activity.pk, "pass_threshold": "0.70", "package": upload()})
    assert good.status_code == 302
    content = Content.objects.get(activity=activity)
    assert content.pass_threshold == Decimal("0.70")
    assert content.libraries.get() == Library.objects.get()


def test_replacing_the_package_in_the_admin_keeps_the_attempts(client, world):
    world.trainer.is_staff = True
    world.trainer.save()
    services.record_xapi_statement(world.trainee, world.activity, f.xapi_statement(scaled=0.5))
    content = world.activity.h5p_content
    client.force_login(world.trainer)
    response = client.post(
        reverse("admin:h5p_content_change", args=[content.pk]),
        {
            "pass_threshold": "0.50",
            "package": upload(data=choice_package(title="Korvattu")),
        },
    )
    assert response.status_code == 302
    content.refresh_from_db()
    assert (content.title, content.pass_threshold) == ("Korvattu", Decimal("0.50"))
    assert world.activity.h5p_attempts.count() == 1


@pytest.mark.parametrize(
    "language, expected",
    [
        ("fi", ["library.json-tiedostosta puuttuu “title”", "nimi ei ole kielikoodi", "ei ole tiedostopäätettä"]),
        ("sv", ["saknas “title”", "har inte en språkkod som namn", "har inget filnamnstillägg"]),
        ("en", ["has no “title”", "is not named by a language code", "has no file name extension"]),
    ],
)
def test_the_package_checks_speak_the_trainers_language_and_store_nothing(client, world, language, expected):
    import json

    from h5p.minimal import LIBRARY_FOLDER, package_files, zip_files

    untitled = package_files()
    library = json.loads(untitled[f"{LIBRARY_FOLDER}/library.json"])
    library.pop("title")
    untitled[f"{LIBRARY_FOLDER}/library.json"] = json.dumps(library).encode()
    packages = [
        zip_files(untitled),
        zip_files({**package_files(), f"{LIBRARY_FOLDER}/language/XXX!.json": b"{}"}),
        zip_files({**package_files(), "content/README": b"read me"}),
    ]
    world.trainer.is_staff = True
    world.trainer.save()
    activity = f.ActivityFactory(module=world.activity.module, kind="h5p")
    client.force_login(world.trainer)
    for data, part in zip(packages, expected):
        page = client.post(
            package_url(activity), {"package": upload(data=data), "pass_threshold": 80}, HTTP_ACCEPT_LANGUAGE=language
        )
        assert page.status_code == 400
        assert part in page.content.decode()
        admin = client.post(
            reverse("admin:h5p_content_add"),
            {
                "activity": activity.pk,
                "pass_threshold": "0.80",
                "package": upload(data=data),
            },
            HTTP_ACCEPT_LANGUAGE=language,
        )
        assert part in admin.content.decode()
    assert not Content.objects.filter(activity=activity).exists()
