from dataclasses import dataclass
from decimal import Decimal

import pytest

from tests import factories as f


@dataclass
class World:
    course: object
    cohort: object
    assessment: object
    single: object
    multiple: object
    true_false: object
    short_text: object
    numeric: object
    matching: object
    essay: object
    competency: object
    trainee: object
    other_trainee: object
    outsider: object
    trainer: object
    other_trainer: object
    coordinator: object
    mentor: object
    other_mentor: object
    administrator: object


@pytest.fixture
def world(db):
    course = f.CourseFactory()
    module = f.ModuleFactory(course=course, order=1)
    assessment = f.assessment(module=module, pass_mark=60, max_attempts=2)
    bank = assessment.bank
    single = f.choice_question(bank, "single", correct=(1,), order=1)
    multiple = f.choice_question(bank, "multiple", correct=(0, 2), options=4, order=2)
    true_false = f.QuestionFactory(bank=bank, kind="true_false", correct_statement=False, order=3)
    short_text = f.QuestionFactory(bank=bank, kind="short_text", accepted_answers="Kela\nKansaneläkelaitos", order=4)
    numeric = f.QuestionFactory(
        bank=bank, kind="numeric", numeric_answer=Decimal("6"), tolerance=Decimal("0.5"), order=5
    )
    matching = f.matching_question(bank, pairs=3, order=6)
    essay = f.QuestionFactory(
        bank=bank, kind="essay", points=Decimal("2"), order=7, rubric={"fi": "<p>Arviointiperusteet</p>"}
    )
    competency = f.QuestionFactory(bank=bank, kind="competency", order=8)
    trainer, other_trainer, coordinator = f.trainer(), f.trainer(), f.coordinator()
    cohort = f.CohortFactory(course=course, trainers=[trainer], coordinators=[coordinator])
    trainee, other_trainee = f.trainee(), f.trainee()
    f.EnrolmentFactory(cohort=cohort, user=trainee)
    f.EnrolmentFactory(cohort=cohort, user=other_trainee)
    f.CohortFactory(course=course, trainers=[other_trainer])
    mentor, other_mentor = f.mentor(), f.mentor()
    f.pair(trainee, mentor)
    f.pair(other_trainee, other_mentor)
    return World(
        course,
        cohort,
        assessment,
        single,
        multiple,
        true_false,
        short_text,
        numeric,
        matching,
        essay,
        competency,
        trainee,
        other_trainee,
        f.trainee(),
        trainer,
        other_trainer,
        coordinator,
        mentor,
        other_mentor,
        f.administrator(),
    )


def option(question, position):
    return question.options.order_by("order", "pk")[position].pk


def all_right(world, attempt):
    """Correct answers to every automatically graded question of `world`, keyed as the services expect."""
    from assessments.models import AttemptItem

    matching_item = AttemptItem.objects.get(attempt=attempt, question=world.matching)
    pairs = list(world.matching.pairs.order_by("order", "pk"))
    return {
        str(world.single.pk): option(world.single, 1),
        str(world.multiple.pk): [option(world.multiple, 0), option(world.multiple, 2)],
        str(world.true_false.pk): "false",
        str(world.short_text.pk): "  kela ",
        str(world.numeric.pk): "6,3",
        str(world.matching.pk): {str(p.pk): matching_item.choice_order.index(p.pk) for p in pairs},
        str(world.essay.pk): "Esittäydyn ja kysyn toiveita.",
        str(world.competency.pk): "Johdin tapaamisen 3.3.",
    }
