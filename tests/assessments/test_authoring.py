"""Trainers author question banks, questions and assessments in the admin site; the demo seeds two assessments."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from assessments.models import Assessment, Option, Question
from courses.models import Activity
from tests import factories as f

pytestmark = pytest.mark.django_db

LANGUAGES = 6  # fi, sv, en and three Sámi languages


def translated(name, fi="", en=""):
    data = {f"{name}_{index}": "" for index in range(LANGUAGES)}
    data[f"{name}_0"], data[f"{name}_2"] = fi, en
    return data


def question_form(bank, **overrides):
    data = {
        "bank": bank.pk,
        "order": "1",
        "kind": "single",
        "points": "1",
        "is_active": "on",
        "partial_credit": "right_minus_wrong",
        "correct_statement": "unknown",
        "accepted_answers": "",
        "answer_pattern": "",
        "numeric_answer": "",
        "tolerance": "0",
        **translated("text", "<p>Kuka tekee lähetteen?</p>", "<p>Who refers?</p>"),
        **translated("feedback"),
        **translated("feedback_correct"),
        **translated("feedback_incorrect"),
        **translated("rubric"),
        "options-TOTAL_FORMS": "2",
        "options-INITIAL_FORMS": "0",
        "options-MIN_NUM_FORMS": "0",
        "options-MAX_NUM_FORMS": "1000",
        "options-0-order": "1",
        "options-0-is_correct": "on",
        **{
            k.replace("text", "options-0-text"): v
            for k, v in translated("text", "Ammattilainen", "Professional").items()
        },
        **{k.replace("feedback", "options-0-feedback"): v for k, v in translated("feedback", "Oikein").items()},
        "options-1-order": "2",
        **{k.replace("text", "options-1-text"): v for k, v in translated("text", "Naapuri", "Neighbour").items()},
        **{k.replace("feedback", "options-1-feedback"): v for k, v in translated("feedback").items()},
        "pairs-TOTAL_FORMS": "0",
        "pairs-INITIAL_FORMS": "0",
        "pairs-MIN_NUM_FORMS": "0",
        "pairs-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    "make_user, status",
    [
        (f.trainer, 200),
        (f.administrator, 200),
        (f.coordinator, 302),
        (f.mentor, 302),
        (f.trainee, 302),
    ],
)
def test_only_trainers_and_administrators_author_question_banks(client, make_user, status):
    client.force_login(make_user())
    for name in ("questionbank", "question", "assessment"):
        assert client.get(reverse(f"admin:assessments_{name}_changelist")).status_code == status


def test_a_trainer_writes_a_question_with_translated_options_and_feedback(client):
    bank = f.QuestionBankFactory()
    client.force_login(f.trainer())
    response = client.post(reverse("admin:assessments_question_add"), question_form(bank))
    assert response.status_code == 302, response.content.decode()[:3000]
    question = Question.objects.get()
    assert question.text == {"fi": "<p>Kuka tekee lähetteen?</p>", "en": "<p>Who refers?</p>"}
    options = list(Option.objects.order_by("order").values_list("text", "is_correct", "feedback"))
    assert options == [
        ({"fi": "Ammattilainen", "en": "Professional"}, True, {"fi": "Oikein"}),
        ({"fi": "Naapuri", "en": "Neighbour"}, False, {}),
    ]


def test_the_admin_refuses_a_true_or_false_question_without_the_answer(client):
    bank = f.QuestionBankFactory()
    client.force_login(f.trainer())
    response = client.post(
        reverse("admin:assessments_question_add"),
        question_form(bank, kind="true_false", **{"options-TOTAL_FORMS": "0"}),
    )
    assert response.status_code == 200
    assert "Kerro, onko väite totta." in response.content.decode()
    assert not Question.objects.exists()


def test_a_short_text_question_needs_an_answer_or_a_valid_pattern():
    with pytest.raises(ValidationError) as error:
        f.QuestionFactory.build(kind="short_text", bank=None).clean()
    assert set(error.value.message_dict) == {"accepted_answers"}
    with pytest.raises(ValidationError) as error:
        f.QuestionFactory.build(kind="short_text", answer_pattern="(kela", bank=None).clean()
    assert set(error.value.message_dict) == {"answer_pattern"}


def test_a_numeric_question_needs_the_number():
    with pytest.raises(ValidationError):
        f.QuestionFactory.build(kind="numeric", bank=None).clean()


def test_an_assessment_must_use_an_assessment_activity_and_a_bank_of_its_course():
    assessment = f.assessment()
    assessment.bank = f.QuestionBankFactory()
    with pytest.raises(ValidationError) as error:
        assessment.clean()
    assert "bank" in error.value.message_dict
    text_page = f.ActivityFactory(module=assessment.activity.module)
    with pytest.raises(ValidationError) as error:
        Assessment(activity=text_page, bank=f.QuestionBankFactory(module=text_page.module)).clean()
    assert "activity" in error.value.message_dict


def test_the_demo_seeds_a_quiz_and_an_observed_practice_and_can_run_again():
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assessments = Assessment.objects.select_related("activity")
    assert assessments.count() == 2
    assert all(a.activity.kind == Activity.Kind.ASSESSMENT for a in assessments)
    kinds = set(Question.objects.values_list("kind", flat=True))
    assert kinds == {"single", "multiple", "true_false", "short_text", "numeric", "matching", "essay", "competency"}
    assert all(q.text.get("fi") and q.text.get("en") for q in Question.objects.all())
    for question in Question.objects.all():
        question.full_clean()


def test_the_demo_trainee_can_start_the_demo_quiz(client):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    from django.contrib.auth import get_user_model

    quiz = Assessment.objects.get(max_attempts=3)
    client.force_login(get_user_model().objects.get(username="trainee"))
    response = client.post(reverse("assessments:start", args=[quiz.pk]), follow=True)
    assert response.status_code == 200
    assert response.content.decode().count("<fieldset") == 7


def _mark_correct(data, *indexes):
    for index in range(int(data["options-TOTAL_FORMS"])):
        data.pop(f"options-{index}-is_correct", None)
    for index in indexes:
        data[f"options-{index}-is_correct"] = "on"
    return data


@pytest.mark.parametrize("correct", [(), (0, 1)])
def test_the_admin_refuses_a_single_choice_question_without_exactly_one_correct_option(client, correct):
    client.force_login(f.trainer())
    response = client.post(
        reverse("admin:assessments_question_add"), _mark_correct(question_form(f.QuestionBankFactory()), *correct)
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Merkitse oikeaksi täsmälleen yksi vaihtoehto" in page
    assert "Naapuri" in page  # what the trainer typed stays on the form
    assert not Question.objects.exists() and not Option.objects.exists()


def test_a_multiple_choice_question_may_have_several_correct_options(client):
    client.force_login(f.trainer())
    response = client.post(
        reverse("admin:assessments_question_add"),
        _mark_correct(question_form(f.QuestionBankFactory(), kind="multiple"), 0, 1),
    )
    assert response.status_code == 302
    assert Option.objects.filter(is_correct=True).count() == 2


def test_the_admin_refuses_a_choice_question_with_one_option_in_the_trainers_language(client):
    client.force_login(f.trainer())
    data = question_form(f.QuestionBankFactory(), kind="multiple", **{"options-TOTAL_FORMS": "1"})
    response = client.post(reverse("admin:assessments_question_add"), data, HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 200
    assert "En fråga med svarsalternativ behöver minst två alternativ." in response.content.decode()
    assert not Question.objects.exists()


def test_the_admin_refuses_a_matching_question_with_fewer_than_two_pairs(client):
    client.force_login(f.trainer())
    data = question_form(f.QuestionBankFactory(), kind="matching", **{"options-TOTAL_FORMS": "0"})
    response = client.post(reverse("admin:assessments_question_add"), data)
    assert response.status_code == 200
    assert "Yhdistelykysymyksessä tarvitaan vähintään kaksi paria." in response.content.decode()
    assert not Question.objects.exists()
